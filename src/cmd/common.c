#include "cmd/common.h"
#include "core/util.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

void common_init(common_opts *o)
{
	memset(o, 0, sizeof *o);
	o->format = BH_FORMAT_TEXT;
	o->fail_on = BH_SEV_LOW;
	bh_policy_init(&o->policy);
}

int common_option(common_opts *o, int opt, const char *arg)
{
	switch (opt) {
	case OPT_FORMAT:
		if (!bh_format_parse(arg, &o->format)) {
			fprintf(stderr, "bulkhead: unknown format \"%s\" (expected text, json or sarif)\n", arg);
			return -1;
		}
		return 1;
	case OPT_OUTPUT:
		o->output = arg;
		return 1;
	case OPT_VERBOSE:
		o->verbose = true;
		return 1;
	case OPT_FAIL_ON:
		if (!bh_severity_parse(arg, &o->fail_on)) {
			fprintf(stderr, "bulkhead: --fail-on expects critical, high, medium, low or info, not \"%s\"\n", arg);
			return -1;
		}
		o->fail_on_set = true;
		return 1;
	case OPT_CONFIG:
		o->config = arg;
		return 1;
	case OPT_NO_CONFIG:
		o->no_config = true;
		return 1;
	default:
		return 0;
	}
}

int common_load_policy(common_opts *o, const char *start, bh_findings *f)
{
	if (o->no_config)
		return 0;
	char *path = NULL;
	if (o->config) {
		path = bh_strdup(o->config);
	} else {
		struct stat st;
		char *dir;
		if (start && stat(start, &st) == 0 && S_ISDIR(st.st_mode)) {
			dir = bh_strdup(start);
		} else if (start && strchr(start, '/')) {
			dir = bh_strndup(start, (size_t)(strrchr(start, '/') - start));
			if (!*dir) {
				free(dir);
				dir = bh_strdup("/");
			}
		} else {
			dir = bh_strdup(".");
		}
		path = bh_policy_discover(dir);
		free(dir);
		if (!path)
			return 0;
	}
	int rc = bh_policy_load(&o->policy, path, f);
	free(path);
	if (rc == 0 && o->policy.has_fail_on && !o->fail_on_set)
		o->fail_on = o->policy.fail_on;
	return rc;
}

int common_finish(common_opts *o, bh_findings *f, const char *command)
{
	bh_policy_apply(&o->policy, f);
	bh_findings_sort(f);
	for (size_t i = 0; i < f->n; i++)
		if (f->items[i].ignore_expired)
			fprintf(stderr, "bulkhead: warning: %s\n", f->items[i].ignore_expired);
	FILE *out = stdout;
	if (o->output) {
		out = fopen(o->output, "w");
		if (!out) {
			fprintf(stderr, "bulkhead: cannot write %s: %s\n", o->output, strerror(errno));
			return 2;
		}
	}
	bh_report_opts ro = {
		.format = o->format,
		.color = !o->output && bh_want_color(out),
		.verbose = o->verbose,
		.command = command,
	};
	bh_report_errors(stderr, f);
	bh_report(out, f, &ro);
	if (out != stdout && fclose(out) != 0) {
		fprintf(stderr, "bulkhead: cannot write %s: %s\n", o->output, strerror(errno));
		return 2;
	}
	fflush(stdout);
	if (f->nerrors)
		return 2;
	return bh_findings_any_at_or_above(f, o->fail_on) ? 1 : 0;
}

void common_release(common_opts *o)
{
	bh_policy_release(&o->policy);
}
