/* Shared by the per-scheme version files; not part of the public interface. */
#ifndef BH_VULN_VERSION_IMPL_H
#define BH_VULN_VERSION_IMPL_H

#include <stdbool.h>
#include <stddef.h>

#include "vuln/version.h"

static inline bool ver_isdigit(int c) { return c >= '0' && c <= '9'; }
static inline bool ver_islower(int c) { return c >= 'a' && c <= 'z'; }
static inline bool ver_isupper(int c) { return c >= 'A' && c <= 'Z'; }
static inline bool ver_isalpha(int c) { return ver_islower(c) || ver_isupper(c); }
static inline bool ver_isalnum(int c) { return ver_isalpha(c) || ver_isdigit(c); }
static inline int ver_tolower(int c) { return ver_isupper(c) ? c - 'A' + 'a' : c; }
static inline bool ver_isspace(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static inline int ver_sign(long long x) { return (x > 0) - (x < 0); }

/* Compares two runs of ASCII digits as unbounded non-negative integers:
 * leading zeros are ignored, then the longer run is larger, then bytes decide.
 * An empty run is zero. */
int ver_numcmp(const char *a, size_t alen, const char *b, size_t blen);

/* Whether a digit run (possibly empty) is zero. */
bool ver_numzero(const char *s, size_t len);

/* Length of the run of ASCII digits at the start of [s, s + len). */
size_t ver_span_digits(const char *s, size_t len);

/* Byte-wise comparison of two ranges, a shorter prefix sorting first. */
int ver_memcmp(const char *a, size_t alen, const char *b, size_t blen);

/* Trims leading and trailing ASCII whitespace from [*s, *s + *len). */
void ver_trim(const char **s, size_t *len);

int bh_ver_cmp_dpkg(const char *a, const char *b);
bool bh_ver_valid_dpkg(const char *s);
int bh_ver_cmp_apk(const char *a, const char *b);
bool bh_ver_valid_apk(const char *s);
int bh_ver_cmp_rpm(const char *a, const char *b);
bool bh_ver_valid_rpm(const char *s);
int bh_ver_cmp_semver(const char *a, const char *b);
bool bh_ver_valid_semver(const char *s);
int bh_ver_cmp_pep440(const char *a, const char *b);
bool bh_ver_valid_pep440(const char *s);
int bh_ver_cmp_go(const char *a, const char *b);
bool bh_ver_valid_go(const char *s);
int bh_ver_cmp_maven(const char *a, const char *b);
bool bh_ver_valid_maven(const char *s);
int bh_ver_cmp_gem(const char *a, const char *b);
bool bh_ver_valid_gem(const char *s);

/* Splits s (after an optional leading v/V) into its parts (version.h)
 * without validating. The _n functions here take the length of a C string
 * the caller already knows. */
void ver_semver_split(const char *s, ver_semver *out);
void ver_semver_split_n(const char *s, size_t len, ver_semver *out);
/* SemVer precedence of two split versions (build metadata ignored). */
int ver_semver_cmp_parts(const ver_semver *a, const ver_semver *b);
/* Strict SemVer 2.0.0 syntax of the split parts. need_all_three: 1.2 is not valid. */
bool ver_semver_parts_valid(const ver_semver *v, bool need_all_three);
/* Splits a Go version; false when Go calls it invalid. */
bool ver_go_split(const char *s, ver_semver *out);
int ver_go_cmp_parsed(const ver_semver *a, bool a_ok, const char *b);

/* The other parsed forms of bh_ver_parsed and their comparison with a
 * string: the same function bh_ver_cmp_<scheme> uses on both sides. */
void ver_dpkg_split(const char *s, ver_dpkg *out);
void ver_dpkg_split_n(const char *s, size_t len, ver_dpkg *out);
int ver_dpkg_cmp_parsed(const ver_dpkg *a, const char *b, size_t blen);
bool ver_pep440_parse(const char *s, ver_pep440 *out);
bool ver_pep440_parse_n(const char *s, size_t len, ver_pep440 *out);
int ver_pep440_cmp_parsed(const ver_pep440 *a, bool a_ok, const char *a_text, const char *b, size_t blen);

#endif
