/* The floor for bench/config: reads every file named on the command line
 * with libyaml's event parser (the same library and the same parsing work
 * bulkhead does first), builds nothing and checks nothing. Prints the number
 * of files, documents and events; exits 1 on a parse error.
 *
 *   cc -O2 yaml_events.c $(pkg-config --cflags --libs yaml-0.1) -o yaml-events */
#include <stdio.h>
#include <yaml.h>

int main(int argc, char **argv)
{
	unsigned long docs = 0, events = 0;
	int rc = 0;
	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		if (!f) {
			perror(argv[i]);
			return 1;
		}
		yaml_parser_t p;
		yaml_parser_initialize(&p);
		yaml_parser_set_input_file(&p, f);
		for (;;) {
			yaml_event_t e;
			if (!yaml_parser_parse(&p, &e)) {
				fprintf(stderr, "%s:%zu: %s\n", argv[i], p.problem_mark.line + 1,
					p.problem ? p.problem : "parse error");
				rc = 1;
				break;
			}
			events++;
			docs += e.type == YAML_DOCUMENT_START_EVENT;
			int done = e.type == YAML_STREAM_END_EVENT;
			yaml_event_delete(&e);
			if (done)
				break;
		}
		yaml_parser_delete(&p);
		fclose(f);
	}
	printf("%d files, %lu documents, %lu events\n", argc - 1, docs, events);
	return rc;
}
