/* bulkhead vuln: match a package list or an SBOM against the vulnerability
 * database. `bulkhead scan` uses the same library (vuln/match.h). */
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "core/jsonw.h"
#include "core/util.h"
#include "vuln/db.h"
#include "vuln/match.h"
#include "vuln/pkg_input.h"
#include "vuln/vex.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static const char vuln_help[] =
	"usage: bulkhead vuln [options] (--sbom FILE | --packages FILE)\n"
	"\n"
	"Reports the known vulnerabilities of the packages an SBOM (CycloneDX or SPDX\n"
	"JSON) or a package list (JSON, the fields of docs/vuln.md) describes, from the\n"
	"database `bulkhead db update` or `bulkhead db import` built. Works offline.\n"
	"\n"
	"options:\n"
	"      --sbom FILE        CycloneDX or SPDX JSON SBOM\n"
	"      --packages FILE    package list JSON: {\"packages\": [{\"type\", \"name\", ...}]}\n"
	"      --db PATH          database (default $BULKHEAD_DB, else\n"
	"                         $XDG_CACHE_HOME/bulkhead/vuln.db)\n"
	"      --ignore-unfixed   only report vulnerabilities that have a fixed version\n"
	"      --severity LIST    only these severities: critical,high,medium,low,\n"
	"                         negligible,unknown\n"
	"      --vex FILE         OpenVEX document; not_affected and fixed statements\n"
	"                         suppress their matches (may be repeated)\n" COMMON_HELP
	"\n"
	"A policy ignore entry whose rule is a vulnerability id (CVE-..., GHSA-...)\n"
	"suppresses that vulnerability, until its expiry date.\n";

enum { OPT_SBOM = 1000, OPT_PACKAGES, OPT_DB, OPT_IGNORE_UNFIXED, OPT_SEVERITY, OPT_VEX };

typedef struct vuln_out {
	const bh_vuln_matches *m;
	const bh_package_list *pkgs;
} vuln_out;

static void write_vulns(jsonw *w, void *arg)
{
	vuln_out *o = arg;
	jsonw_key(w, "vulnerabilities");
	bh_vuln_matches_json(w, o->m, o->pkgs);
}

int cmd_vuln(int argc, char **argv)
{
	static const struct option longopts[] = {
		COMMON_LONG_OPTIONS,
		{ "sbom", required_argument, NULL, OPT_SBOM },
		{ "packages", required_argument, NULL, OPT_PACKAGES },
		{ "db", required_argument, NULL, OPT_DB },
		{ "ignore-unfixed", no_argument, NULL, OPT_IGNORE_UNFIXED },
		{ "severity", required_argument, NULL, OPT_SEVERITY },
		{ "vex", required_argument, NULL, OPT_VEX },
		{ 0 },
	};
	common_opts co;
	common_init(&co);
	const char *sbom = NULL, *packages = NULL, *db_opt = NULL;
	bh_match_opts mo = { 0 };
	bh_vex vex = { 0 };
	bh_findings f;
	bh_findings_init(&f);
	const char **vex_files = NULL;
	size_t nvex = 0, vex_alloc = 0;
	int opt, rc = 2;
	optind = 1;
	while ((opt = getopt_long(argc, argv, COMMON_SHORT_OPTIONS, longopts, NULL)) != -1) {
		if (opt == OPT_HELP) {
			fputs(vuln_help, stdout);
			rc = 0;
			goto out;
		}
		int h = common_option(&co, opt, optarg);
		if (h < 0)
			goto out;
		if (h)
			continue;
		switch (opt) {
		case OPT_SBOM: sbom = optarg; break;
		case OPT_PACKAGES: packages = optarg; break;
		case OPT_DB: db_opt = optarg; break;
		case OPT_IGNORE_UNFIXED: mo.ignore_unfixed = true; break;
		case OPT_VEX: *BH_ARRAY_PUSH(vex_files, nvex, vex_alloc) = optarg; break;
		case OPT_SEVERITY:
			if (!bh_vuln_severity_mask(optarg, &mo.severity_mask)) {
				fprintf(stderr, "bulkhead: --severity expects a list of critical, high, medium, low, "
						"negligible, unknown; not \"%s\"\n", optarg);
				goto out;
			}
			break;
		default:
			fputs(vuln_help, stderr);
			goto out;
		}
	}
	if (optind != argc || !sbom == !packages) {
		fputs("bulkhead: vuln needs exactly one of --sbom FILE or --packages FILE\n", stderr);
		fputs(vuln_help, stderr);
		goto out;
	}
	const char *input = sbom ? sbom : packages;
	if (common_load_policy(&co, input, &f) < 0) {
		bh_report_errors(stderr, &f);
		goto out;
	}
	for (size_t i = 0; i < nvex; i++)
		bh_vex_load(&vex, vex_files[i], &f);
	bh_package_list pkgs = { 0 };
	bh_packages_load(input, sbom ? BH_PKGS_SBOM : BH_PKGS_JSON, &pkgs, &f);
	if (f.nerrors) {
		bh_report_errors(stderr, &f);
		bh_package_list_free(&pkgs);
		goto out;
	}
	mo.vex = &vex;
	mo.policy = &co.policy;
	bh_vuln_matches m;
	if (bh_vuln_scan_packages(db_opt, &pkgs, &mo, &m, &f) < 0) {
		bh_report_errors(stderr, &f);
		bh_vuln_matches_free(&m);
		bh_package_list_free(&pkgs);
		goto out;
	}
	if (m.unmatchable && co.verbose)
		fprintf(stderr, "bulkhead: %zu package(s) could not be matched (no distribution release, or a type "
				"without a vulnerability source)\n", m.unmatchable);

	/* as common_finish, with the structured matches in the JSON report */
	bh_policy_apply(&co.policy, &f);
	bh_findings_sort(&f);
	for (size_t i = 0; i < f.n; i++)
		if (f.items[i].ignore_expired)
			fprintf(stderr, "bulkhead: warning: %s\n", f.items[i].ignore_expired);
	FILE *outf = stdout;
	if (co.output && !(outf = fopen(co.output, "w"))) {
		fprintf(stderr, "bulkhead: cannot write %s: %s\n", co.output, strerror(errno));
		rc = 2;
	} else {
		bh_report_opts ro = {
			.format = co.format,
			.color = !co.output && bh_want_color(outf),
			.verbose = co.verbose,
			.command = "vuln",
		};
		bh_report_errors(stderr, &f);
		vuln_out vo = { &m, &pkgs };
		if (co.format == BH_FORMAT_JSON)
			bh_report_json_extra(outf, &f, &ro, write_vulns, &vo);
		else
			bh_report(outf, &f, &ro);
		rc = f.nerrors ? 2 : bh_findings_any_at_or_above(&f, co.fail_on) ? 1 : 0;
		if (outf != stdout && fclose(outf) != 0) {
			fprintf(stderr, "bulkhead: cannot write %s: %s\n", co.output, strerror(errno));
			rc = 2;
		}
	}
	bh_vuln_matches_free(&m);
	bh_package_list_free(&pkgs);
out:
	bh_findings_release(&f);
	bh_vex_free(&vex);
	free(vex_files);
	common_release(&co);
	return rc;
}
