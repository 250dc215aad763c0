/* Package lists read from files, for matching without an inventory:
 *
 *   bulkhead package JSON   {"packages": [{"type", "name", "version",
 *                           "source_name", "source_version", "distro",
 *                           "distro_release", "purl", "license", "path",
 *                           "layer"}]} (or the bare array), the field names
 *                           of bh_package
 *   CycloneDX JSON          components[] (nested too) by purl; the
 *                           operating-system component gives the distro
 *   SPDX 2.x JSON           packages[] by their purl external reference
 *
 * For deb and apk purls the distro comes from the "distro" qualifier
 * ("debian-12", "alpine-3.19.1") or the SBOM's operating-system entry, and
 * the source package from the "upstream" qualifier. */
#ifndef BH_VULN_PKG_INPUT_H
#define BH_VULN_PKG_INPUT_H

#include <stddef.h>

#include "core/finding.h"
#include "pkg/package.h"

#define BH_PKG_INPUT_MAX_BYTES (256u * 1024 * 1024)

/* Which format to expect; AUTO looks at the document. */
typedef enum { BH_PKGS_AUTO, BH_PKGS_JSON, BH_PKGS_SBOM } bh_pkgs_format;

int bh_packages_load(const char *path, bh_pkgs_format fmt, bh_package_list *out, bh_findings *errs);
int bh_packages_load_buffer(const char *name, const char *data, size_t len, bh_pkgs_format fmt,
			    bh_package_list *out, bh_findings *errs);

/* The two readers bh_packages_load_buffer tries in turn: the fast one
 * (pkg_json_fast.c) takes only a well-formed bulkhead package list of plain
 * ASCII strings and returns false, with out untouched, on anything else;
 * the tree reader takes every format and reports every error. */
bool bh_packages_fast_json(const char *data, size_t len, bh_package_list *out);
int bh_packages_load_tree(const char *name, const char *data, size_t len, bh_pkgs_format fmt,
			  bh_package_list *out, bh_findings *errs);

/* The fields of a package in the bulkhead package JSON, in this order. */
enum { BH_PKG_TYPE, BH_PKG_NAME, BH_PKG_VERSION, BH_PKG_SOURCE_NAME, BH_PKG_SOURCE_VERSION, BH_PKG_DISTRO,
       BH_PKG_DISTRO_RELEASE, BH_PKG_PURL, BH_PKG_LICENSE, BH_PKG_LICENSE_NAME, BH_PKG_PATH, BH_PKG_LAYER,
       BH_PKG_FIELDS };
const char *bh_package_field_name(int i);
/* Appends the package the field values describe (v[BH_PKG_LAYER] unused:
 * layer is given as a number); false when it needs its purl and the purl
 * does not parse (the package stays appended). With len, v[f] is the
 * len[f] bytes at v[f] (not necessarily NUL-terminated); without, C
 * strings. Empty values count as absent. */
bool bh_package_from_fields(bh_package_list *out, const char *const v[BH_PKG_FIELDS], const size_t *len,
			    int layer);

/* Fills type, name, version, distro, source and purl of p from a purl;
 * false when it is not one. */
bool bh_package_from_purl(bh_package *p, const char *purl);

#endif
