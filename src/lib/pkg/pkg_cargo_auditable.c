/* Rust binaries built with `cargo auditable`: the ".dep-v0" section the
 * scanner kept (cargoaudit.h), zlib-compressed JSON of the form
 * {"packages":[{"name","version","source","kind","dependencies":[...],"root"}]}.
 * Every package is reported, the binary's own crate (root) included; the
 * dependency indices are not needed for an inventory and are not read. */
#include "pkg/cargoaudit.h"
#include "pkg/pkgint.h"
#include "pkg/purl.h"
#include "core/util.h"
#include "core/yamldoc.h"

#include <string.h>

#define DEP_MAX_PACKAGES 20000

void bh_pkg_parse_cargo_auditable(bh_pkg_ctx *c, const char *data, size_t len)
{
	const char *why = NULL;
	size_t n;
	char *json = bh_dep_inflate(data, len, &n, &why);
	if (!json) {
		bh_pkg_diag(c, 0, "cargo-auditable dependency list: %s", why);
		return;
	}
	ydoc_set set = { 0 };
	yerror err;
	if (ydoc_parse(json, n, &set, &err) != 0) {
		bh_pkg_diag(c, 0, "cargo-auditable dependency list: not valid JSON (line %d): %s", err.line, err.message);
		goto out;
	}
	const ynode *pkgs = set.ndocs == 1 ? ymap_get(set.docs[0], "packages") : NULL;
	if (!yis_seq(pkgs)) {
		bh_pkg_diag(c, 0, "cargo-auditable dependency list: no \"packages\" array");
		goto out;
	}
	size_t count = pkgs->n;
	if (count > DEP_MAX_PACKAGES) {
		bh_pkg_diag(c, 0, "cargo-auditable dependency list: %zu packages, only the first %d are read", count,
			    DEP_MAX_PACKAGES);
		count = DEP_MAX_PACKAGES;
	}
	for (size_t i = 0; i < count; i++) {
		const ynode *p = pkgs->items[i];
		const char *name = yscalar(ymap_get(p, "name")), *version = yscalar(ymap_get(p, "version"));
		if (!name || !version || !*name || !*version || !bh_pkg_printable(name) || !bh_pkg_printable(version) ||
		    strlen(name) > 256 || strlen(version) > 256) {
			bh_pkg_diag(c, 0, "cargo-auditable dependency list: package %zu without a valid name and version", i);
			continue;
		}
		bh_package *pk = bh_pkg_new(c, "cargo", name, version);
		pk->purl = bh_purl("cargo", NULL, name, version, NULL);
	}
out:
	ydoc_free(&set);
	free(json);
}
