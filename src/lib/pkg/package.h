/* Installed software as one model: what the package inventory of an image or
 * a root filesystem produces, what an SBOM is read into, and what the
 * vulnerability matcher consumes. Every string is owned by the package. */
#ifndef BH_PACKAGE_H
#define BH_PACKAGE_H
#include <stddef.h>

typedef struct bh_package {
	char *type;           /* purl type: deb, apk, rpm, npm, pypi, golang, maven, cargo, gem */
	char *name;           /* as the ecosystem spells it (normalised by the matcher, not here) */
	char *version;        /* full version as installed (dpkg: [epoch:]upstream[-revision]) */
	char *source_name;    /* deb/rpm source package; NULL when the same as name */
	char *source_version; /* NULL when the same as version */
	char *distro;         /* OS packages: os-release ID ("debian", "ubuntu", "alpine"); else NULL */
	char *distro_release; /* OS packages: VERSION_ID ("12", "3.19"); else NULL */
	char *purl;           /* package URL */
	char *license;        /* SPDX expression when the metadata declares one; else NULL */
	char *license_name;   /* a declared licence that maps to no SPDX id, as written; NULL when license is set */
	char *path;           /* file the package was read from, relative to the root */
	int layer;            /* 0-based image layer that file came from; -1 when not an image */
} bh_package;

typedef struct bh_package_list {
	bh_package *items;
	size_t n, alloc;
} bh_package_list;

/* Appends a zeroed package (layer -1) and returns it. */
bh_package *bh_package_add(bh_package_list *l);
void bh_package_list_free(bh_package_list *l);
#endif
