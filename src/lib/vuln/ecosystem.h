/* How packages and advisories are named, so that both sides meet in one key:
 * (ecosystem, release, package name). Importers store advisories under it and
 * the matcher looks packages up by it. */
#ifndef BH_VULN_ECOSYSTEM_H
#define BH_VULN_ECOSYSTEM_H

#include <stdbool.h>

#include "pkg/package.h"
#include "vuln/version.h"

/* The key of one installed package (release is "" for language
 * ecosystems); version points into the package. The ecosystem of a
 * language package and a Debian codename are constants; the other strings
 * are malloc'd and listed in mem, which bh_pkg_key_release frees (the
 * matcher makes a key for every package). */
typedef struct bh_pkg_key {
	const char *ecosystem; /* "debian", "ubuntu", "alpine", "pypi", "npm", "go", ... */
	const char *release;   /* "bookworm", "22.04", "3.19", or "" */
	const char *name;      /* normalised; the source package for deb and apk */
	const char *version;   /* the version advisories are written against */
	bh_ver_scheme scheme;
	size_t ecosystem_len, release_len, name_len;
	char *mem[3];          /* the allocated ones of the three strings above */
} bh_pkg_key;

/* False (and a reason in *why) when the package cannot be matched: unknown
 * type, or an OS package without a release. */
bool bh_pkg_key_of(const bh_package *p, bh_pkg_key *k, const char **why);
void bh_pkg_key_release(bh_pkg_key *k);

/* Splits an OSV ecosystem ("Debian:12", "Ubuntu:22.04:LTS", "Alpine:v3.19",
 * "PyPI") into the database's ecosystem and release. False for ecosystems
 * bulkhead cannot match. */
bool bh_osv_ecosystem_key(const char *osv, char **ecosystem, char **release);

/* The name as the ecosystem compares names: PEP 503 for PyPI, lowercase for
 * npm, crates.io and OS packages, unchanged for Go module paths and Maven. */
char *bh_pkg_normalize_name(const char *ecosystem, const char *name);

/* Debian VERSION_ID (major) to codename ("12" -> "bookworm"); NULL if unknown. */
const char *bh_debian_codename(const char *version_id);
/* "3.19.1" or "v3.19" -> "3.19" (malloc'd). */
char *bh_alpine_branch(const char *release);

/* Severity words stored in the database: critical, high, medium, low,
 * negligible, unknown. */
const char *bh_vuln_severity_from_urgency(const char *urgency);
/* CVSS v3.0/v3.1 base score of a vector; false when it is not one. */
bool bh_cvss3_base_score(const char *vector, double *score);
const char *bh_vuln_severity_from_score(double score);
/* Ordering of the severity words: critical 5 ... negligible 1, unknown 0. */
int bh_vuln_severity_rank(const char *severity);

#endif
