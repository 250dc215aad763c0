/* libFuzzer target: what `bulkhead vuln` reads besides the database: package
 * lists, CycloneDX and SPDX SBOMs (with their purls) and OpenVEX documents. */
#include <stddef.h>
#include <stdint.h>

#include "core/finding.h"
#include "pkg/package.h"
#include "vuln/pkg_input.h"
#include "vuln/vex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bh_findings errs;
	bh_findings_init(&errs);
	static const bh_pkgs_format formats[] = { BH_PKGS_JSON, BH_PKGS_SBOM };
	for (size_t i = 0; i < 2; i++) {
		bh_package_list l = { 0 };
		bh_packages_load_buffer("fuzz.json", (const char *)data, size, formats[i], &l, &errs);
		bh_package_list_free(&l);
	}
	bh_vex v = { 0 };
	if (bh_vex_load_buffer(&v, "fuzz.json", (const char *)data, size, &errs) == 0) {
		char *aliases[] = { (char *)"CVE-2021-23337" };
		(void)bh_vex_clears(&v, "GHSA-35jh-r3h4-6jhm", aliases, 1, "pkg:npm/lodash@4.17.20");
		(void)bh_vex_clears(&v, "CVE-2023-6129", NULL, 0, "pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64");
	}
	bh_vex_free(&v);
	bh_findings_release(&errs);
	return 0;
}
