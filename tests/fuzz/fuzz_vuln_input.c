/* libFuzzer target: what `bulkhead vuln` reads besides the database: package
 * lists, CycloneDX and SPDX SBOMs (with their purls) and OpenVEX documents. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/finding.h"
#include "pkg/package.h"
#include "vuln/pkg_input.h"
#include "vuln/vex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool same_str(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* The fast package-list reader may only accept what the tree reader
 * accepts, and must read it the same. */
static void check_fast_reader(const uint8_t *data, size_t size)
{
	bh_package_list fast = { 0 }, tree = { 0 };
	if (!bh_packages_fast_json((const char *)data, size, &fast))
		return;
	bh_findings errs;
	bh_findings_init(&errs);
	if (bh_packages_load_tree("fuzz.json", (const char *)data, size, BH_PKGS_JSON, &tree, &errs) != 0 ||
	    errs.nerrors || tree.n != fast.n)
		abort();
	for (size_t i = 0; i < fast.n; i++) {
		const bh_package *a = &fast.items[i], *b = &tree.items[i];
		if (!same_str(a->type, b->type) || !same_str(a->name, b->name) || !same_str(a->version, b->version) ||
		    !same_str(a->source_name, b->source_name) || !same_str(a->source_version, b->source_version) ||
		    !same_str(a->distro, b->distro) || !same_str(a->distro_release, b->distro_release) ||
		    !same_str(a->purl, b->purl) || !same_str(a->license, b->license) ||
		    !same_str(a->license_name, b->license_name) || !same_str(a->path, b->path) ||
		    a->layer != b->layer)
			abort();
	}
	bh_package_list_free(&fast);
	bh_package_list_free(&tree);
	bh_findings_release(&errs);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bh_findings errs;
	bh_findings_init(&errs);
	check_fast_reader(data, size);
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
