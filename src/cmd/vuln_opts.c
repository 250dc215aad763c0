/* Vulnerability options and report shared by `bulkhead vuln` and `bulkhead scan`. */
#include "cmd/vuln_opts.h"

#include "core/util.h"
#include "vuln/db.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

void vuln_opts_init(vuln_opts *v)
{
	memset(v, 0, sizeof *v);
}

int vuln_option(vuln_opts *v, int opt, const char *arg)
{
	switch (opt) {
	case OPT_VULN_DB: v->db = arg; return 1;
	case OPT_VULN_IGNORE_UNFIXED: v->match.ignore_unfixed = true; return 1;
	case OPT_VULN_VEX: *BH_ARRAY_PUSH(v->vex_files, v->nvex, v->vex_alloc) = arg; return 1;
	case OPT_VULN_SEVERITY:
		if (!bh_vuln_severity_mask(arg, &v->match.severity_mask)) {
			fprintf(stderr, "bulkhead: --severity expects a list of critical, high, medium, low, "
					"negligible, unknown; not \"%s\"\n", arg);
			return -1;
		}
		return 1;
	default: return 0;
	}
}

void vuln_opts_prepare(vuln_opts *v, const bh_policy *policy, bh_findings *f)
{
	for (size_t i = 0; i < v->nvex; i++)
		bh_vex_load(&v->vex, v->vex_files[i], f);
	v->match.vex = &v->vex;
	v->match.policy = policy;
}

void vuln_opts_release(vuln_opts *v)
{
	bh_vex_free(&v->vex);
	free(v->vex_files);
	v->vex_files = NULL;
}

char *vuln_db_path(const vuln_opts *v)
{
	return bh_vulndb_default_path(v->db);
}

int vuln_finish(common_opts *co, bh_findings *f, const char *command, void (*extra)(jsonw *w, void *arg), void *arg)
{
	bh_policy_apply(&co->policy, f);
	bh_findings_sort(f);
	for (size_t i = 0; i < f->n; i++)
		if (f->items[i].ignore_expired)
			fprintf(stderr, "bulkhead: warning: %s\n", f->items[i].ignore_expired);
	FILE *outf = stdout;
	if (co->output && !(outf = fopen(co->output, "w"))) {
		fprintf(stderr, "bulkhead: cannot write %s: %s\n", co->output, strerror(errno));
		return 2;
	}
	bh_report_opts ro = {
		.format = co->format,
		.color = !co->output && bh_want_color(outf),
		.verbose = co->verbose,
		.command = command,
	};
	bh_report_errors(stderr, f);
	if (co->format == BH_FORMAT_JSON && extra)
		bh_report_json_extra(outf, f, &ro, extra, arg);
	else
		bh_report(outf, f, &ro);
	int rc = f->nerrors ? 2 : bh_findings_any_at_or_above(f, co->fail_on) ? 1 : 0;
	if (outf != stdout && fclose(outf) != 0) {
		fprintf(stderr, "bulkhead: cannot write %s: %s\n", co->output, strerror(errno));
		rc = 2;
	}
	fflush(stdout);
	return rc;
}
