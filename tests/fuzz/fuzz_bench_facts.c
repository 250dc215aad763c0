/* libFuzzer target: the parsers behind `bulkhead bench` that read text from
 * the audited host: daemon.json, a dockerd command line (NUL-separated, as in
 * /proc/<pid>/cmdline), audit rule lines and /proc/<pid>/status. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "host/facts.h"
#include "host/files.h"
#include "host/workloads.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = bh_malloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';

	hf_config c = { 0 };
	char *err = NULL;
	if (hf_parse_daemon_json(&c, text, size, "daemon.json", &err) == 0) {
		bool b;
		(void)hf_bool(&c, "icc", &b);
		for (size_t i = 0; i < hf_count(&c, "hosts"); i++)
			(void)hf_nth(&c, "hosts", i, NULL);
	}
	free(err);
	err = NULL;

	/* the same bytes as a command line: argv[0] is the program */
	char *argv[257];
	int argc = 0;
	argv[argc++] = "dockerd";
	for (size_t off = 0; off < size && argc < 256;) {
		argv[argc++] = text + off;
		off += strlen(text + off) + 1;
	}
	argv[argc] = NULL;
	(void)hf_parse_cmdline(&c, argc, argv, &err);
	(void)hf_value(&c, "log-level");
	free(err);
	hf_config_release(&c);

	/* line by line as audit rules; the whole text as a status file */
	char *copy = bh_strdup(text);
	for (char *line = copy, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		bh_audit_rule r = { 0 };
		if (bh_audit_parse_line(line, &r)) {
			free(r.path);
			free(r.origin);
		}
	}
	free(copy);
	bh_runtime rt = { 0 };
	bh_runtime_parse_status(&rt, text);
	bh_runtime_release(&rt);
	free(text);
	return 0;
}
