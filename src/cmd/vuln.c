/* bulkhead vuln: match a package list or an SBOM against the vulnerability
 * database. `bulkhead scan` uses the same library (vuln/match.h). */
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cmd/vuln_opts.h"
#include "core/jsonw.h"
#include "core/util.h"
#include "vuln/match.h"
#include "vuln/pkg_input.h"

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
	VULN_HELP COMMON_HELP
	"\n"
	"A policy ignore entry whose rule is a vulnerability id (CVE-..., GHSA-...)\n"
	"suppresses that vulnerability, until its expiry date.\n";

enum { OPT_SBOM = 1000, OPT_PACKAGES };

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
		VULN_LONG_OPTIONS,
		{ "sbom", required_argument, NULL, OPT_SBOM },
		{ "packages", required_argument, NULL, OPT_PACKAGES },
		{ 0 },
	};
	common_opts co;
	common_init(&co);
	const char *sbom = NULL, *packages = NULL;
	vuln_opts vo;
	vuln_opts_init(&vo);
	bh_findings f;
	bh_findings_init(&f);
	int opt, rc = 2;
	optind = 1;
	while ((opt = getopt_long(argc, argv, COMMON_SHORT_OPTIONS, longopts, NULL)) != -1) {
		if (opt == OPT_HELP) {
			fputs(vuln_help, stdout);
			rc = 0;
			goto out;
		}
		int h = common_option(&co, opt, optarg);
		if (!h)
			h = vuln_option(&vo, opt, optarg);
		if (h < 0)
			goto out;
		if (h)
			continue;
		switch (opt) {
		case OPT_SBOM: sbom = optarg; break;
		case OPT_PACKAGES: packages = optarg; break;
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
	vuln_opts_prepare(&vo, &co.policy, &f);
	bh_package_list pkgs = { 0 };
	bh_packages_load(input, sbom ? BH_PKGS_SBOM : BH_PKGS_JSON, &pkgs, &f);
	if (f.nerrors) {
		bh_report_errors(stderr, &f);
		bh_package_list_free(&pkgs);
		goto out;
	}
	bh_vuln_matches m;
	if (bh_vuln_scan_packages(vo.db, &pkgs, &vo.match, &m, &f) < 0) {
		bh_report_errors(stderr, &f);
		bh_vuln_matches_free(&m);
		bh_package_list_free(&pkgs);
		goto out;
	}
	if (m.unmatchable && co.verbose)
		fprintf(stderr, "bulkhead: %zu package(s) could not be matched (no distribution release, or a type "
				"without a vulnerability source)\n", m.unmatchable);

	vuln_out out = { &m, &pkgs };
	rc = vuln_finish(&co, &f, "vuln", write_vulns, &out);
	bh_vuln_matches_free(&m);
	bh_package_list_free(&pkgs);
out:
	bh_findings_release(&f);
	vuln_opts_release(&vo);
	common_release(&co);
	return rc;
}
