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
#include <stddef.h>

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

/* A version parsed once, to be compared with many: the matcher compares an
 * installed version with every bound of every range of its package, and
 * parsing it again each time was most of the comparison. It points into the
 * string it was parsed from, which must outlive it. The parts are the
 * comparators' own (version_<scheme>.c); only these functions look at them. */
typedef struct {
	const char *core[3];   /* major, minor, patch digit runs (may be NULL = 0) */
	size_t core_len[3];
	const char *extra;     /* fourth and later core fields ("1.2.3.4"), tolerant mode */
	size_t extra_len;
	const char *pre;       /* prerelease identifiers without the '-', or NULL */
	size_t pre_len;
	const char *build;     /* build metadata without the '+', or NULL */
	size_t build_len;
	int ncore;             /* how many of major/minor/patch were written */
} ver_semver;

typedef struct {
	const char *epoch, *upstream, *revision;
	size_t epoch_len, upstream_len, revision_len;
} ver_dpkg;

typedef struct {
	const char *epoch, *release, *pre_n, *post_n, *dev_n, *local;
	size_t epoch_len, release_len, pre_n_len, post_n_len, dev_n_len, local_len;
	int pre;   /* -1: none, 0: a, 1: b, 2: rc */
	bool post, dev;
} ver_pep440;

typedef struct bh_ver_parsed {
	bh_ver_scheme scheme;
	const char *text;      /* the version as given ("" for NULL) */
	bool ok;               /* PEP 440 and Go: whether it is a valid version */
	union {
		ver_dpkg dpkg;
		ver_semver semver; /* semver and Go */
		ver_pep440 pep440;
	} u;
} bh_ver_parsed;

void bh_ver_parse(bh_ver_parsed *out, bh_ver_scheme scheme, const char *v);
/* bh_ver_cmp(a->scheme, a->text, b), without parsing a again. */
int bh_ver_cmp_parsed(const bh_ver_parsed *a, const char *b);
/* The same for a b whose length is known (b[blen] is its NUL). */
int bh_ver_cmp_parsed_n(const bh_ver_parsed *a, const char *b, size_t blen);

/* A C string and its length; s NULL: none. */
typedef struct bh_ver_text {
	const char *s;
	size_t len;
} bh_ver_text;

bh_ver_text bh_ver_text_of(const char *s);

/* bh_ver_in_range(v->scheme, v->text, ...), without parsing v again. */
bool bh_ver_in_range_parsed(const bh_ver_parsed *v, bh_ver_text introduced, bh_ver_text fixed,
			    bh_ver_text last_affected);

#endif
