/* Version comparison for the vulnerability matcher: one ordering per packaging
 * scheme, and OSV-style range checks built on top of it.
 *
 * Every function accepts hostile input: NULL is treated as "", strings of any
 * length are compared in linear time without recursion, and digit runs of any
 * length compare numerically without overflow. Every comparison is a total
 * preorder (reflexive, antisymmetric in sign, transitive) even over strings the
 * scheme does not consider valid, so sorting with it is always well defined. */
#ifndef BH_VULN_VERSION_H
#define BH_VULN_VERSION_H

#include <stdbool.h>

typedef enum {
	BH_VER_DPKG,    /* Debian Policy 5.6.12: [epoch:]upstream[-revision] */
	BH_VER_APK,     /* apk-tools: 1.2.3a_rc1_p2-r4 */
	BH_VER_RPM,     /* rpmvercmp over [epoch:]version[-release], with ~ and ^ */
	BH_VER_SEMVER,  /* SemVer 2.0.0 precedence; a leading v is tolerated */
	BH_VER_PEP440,  /* PEP 440, including normalisation of alternate spellings */
	BH_VER_GO,      /* Go module versions: semver, pseudo-versions, +incompatible */
	BH_VER_MAVEN,   /* Maven ComparableVersion */
	BH_VER_GEM,     /* RubyGems Gem::Version */
} bh_ver_scheme;

#define BH_VER_SCHEME_COUNT 8

/* <0, 0 or >0 as a sorts before, equal to or after b under the scheme. */
int bh_ver_cmp(bh_ver_scheme scheme, const char *a, const char *b);

/* Whether s is a well-formed version in the scheme (strict syntax; bh_ver_cmp
 * still orders ill-formed strings deterministically). */
bool bh_ver_valid(bh_ver_scheme scheme, const char *s);

/* Maps an OSV ecosystem name ("Debian", "Debian:12", "Alpine:v3.19", "PyPI",
 * "npm", "crates.io", "Red Hat", ...) to its scheme. The part after the first
 * ':' (a release) is ignored; names match case-insensitively. Returns false for
 * an unknown ecosystem and leaves *out untouched. */
bool bh_ver_scheme_for_ecosystem(const char *ecosystem, bh_ver_scheme *out);

/* Short lowercase name ("dpkg", "apk", ...) and its inverse. */
const char *bh_ver_scheme_name(bh_ver_scheme scheme);
bool bh_ver_scheme_from_name(const char *name, bh_ver_scheme *out);

/* One OSV-style affected range: introduced <= v, and v < fixed, and
 * v <= last_affected. introduced NULL, "" or "0" means "from the beginning";
 * fixed and last_affected NULL or "" mean "no bound". */
bool bh_ver_in_range(bh_ver_scheme scheme, const char *v, const char *introduced,
		     const char *fixed, const char *last_affected);

#endif
