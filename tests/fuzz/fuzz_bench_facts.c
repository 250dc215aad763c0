/* libFuzzer target: the parsers behind `bulkhead bench` that read text from
 * the audited host: daemon.json, a dockerd command line (NUL-separated, as in
 * /proc/<pid>/cmdline), audit rule lines, /proc/<pid>/status, and the same
 * bytes as /etc/subgid and /etc/passwd of a root directory (rootless hosts). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/util.h"
#include "host/facts.h"
#include "host/files.h"
#include "host/workloads.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char root[64];

static void remove_root(void)
{
	static const char *const parts[] = { "/etc/subgid", "/etc/passwd", "/etc", "" };
	for (size_t i = 0; i < 4; i++) {
		char path[128];
		snprintf(path, sizeof path, "%s%s", root, parts[i]);
		if (i < 2)
			unlink(path);
		else
			rmdir(path);
	}
}

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

	/* a private root directory whose subgid and passwd hold the input */
	if (!root[0]) {
		snprintf(root, sizeof root, "/tmp/fuzz-bench-facts.%ld", (long)getpid());
		char etc[96];
		snprintf(etc, sizeof etc, "%s/etc", root);
		mkdir(root, 0700);
		mkdir(etc, 0700);
		atexit(remove_root);
	}
	static const char *const tables[] = { "/etc/subgid", "/etc/passwd" };
	for (size_t i = 0; i < 2; i++) {
		char path[128];
		snprintf(path, sizeof path, "%s%s", root, tables[i]);
		FILE *f = fopen(path, "we");
		if (f) {
			fwrite(data, 1, size, f);
			fclose(f);
		}
	}
	(void)bh_subid_owned(root, "/etc/subgid", "alice", 1000, 165641);
	free(bh_user_home(root, 1000));
	free(text);
	return 0;
}
