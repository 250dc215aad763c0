/* Semantic Versioning 2.0.0 precedence (https://semver.org, section 11).
 *
 * major.minor.patch compare numerically; a version with a pre-release is older
 * than the same version without one; pre-release identifiers compare left to
 * right, numeric ones as numbers, others byte-wise in ASCII, numeric before
 * alphanumeric, and a longer list wins when all shared identifiers are equal.
 * Build metadata (after '+') never affects the order.
 *
 * Tolerance for what registries actually hold: a leading 'v' or 'V' and
 * surrounding blanks are ignored, leading zeros compare numerically, missing
 * minor/patch fields count as 0 ("1.2" == "1.2.0"), and extra core fields
 * ("1.2.3.4") continue the comparison after patch, missing ones counting as 0. */
#include <string.h>

#include "vuln/version_impl.h"

void ver_semver_split(const char *s, ver_semver *v)
{
	ver_semver_split_n(s, strlen(s), v);
}

void ver_semver_split_n(const char *s, size_t len, ver_semver *v)
{
	ver_trim(&s, &len);
	memset(v, 0, sizeof(*v));
	if (len && (s[0] == 'v' || s[0] == 'V'))
		s++, len--;
	size_t core_end = 0;
	while (core_end < len && s[core_end] != '-' && s[core_end] != '+')
		core_end++;
	size_t i = 0;
	for (int f = 0; f < 3 && i <= core_end; f++) {
		if (f > 0) {
			if (i >= core_end || s[i] != '.')
				break;
			i++;
		}
		size_t st = i;
		while (i < core_end && s[i] != '.')
			i++;
		v->core[f] = s + st;
		v->core_len[f] = i - st;
		v->ncore = f + 1;
	}
	if (i < core_end) { /* ".4.5" after the patch field */
		v->extra = s + i;
		v->extra_len = core_end - i;
	}
	if (core_end < len && s[core_end] == '-') {
		size_t st = core_end + 1, e = st;
		while (e < len && s[e] != '+')
			e++;
		v->pre = s + st;
		v->pre_len = e - st;
		core_end = e;
	}
	if (core_end < len && s[core_end] == '+') {
		v->build = s + core_end + 1;
		v->build_len = len - core_end - 1;
	}
}

static bool all_digits(const char *s, size_t n)
{
	return n && ver_span_digits(s, n) == n;
}

/* Numeric identifiers sort numerically and before alphanumeric ones, which
 * sort byte-wise. */
static int ident_cmp(const char *a, size_t an, const char *b, size_t bn)
{
	bool na = all_digits(a, an), nb = all_digits(b, bn);
	if (na && nb)
		return ver_numcmp(a, an, b, bn);
	if (na != nb)
		return na ? -1 : 1;
	return ver_memcmp(a, an, b, bn);
}

/* Next '.'-separated identifier of [*p, end); returns false when none is left. */
static bool next_ident(const char **p, const char *end, const char **id, size_t *n)
{
	if (!*p || *p > end)
		return false;
	const char *dot = memchr(*p, '.', (size_t)(end - *p));
	const char *stop = dot ? dot : end;
	*id = *p;
	*n = (size_t)(stop - *p);
	*p = dot ? dot + 1 : end + 1;
	return true;
}

/* Dotted numeric lists where missing fields count as "0". */
static int padded_list_cmp(const char *a, size_t an, const char *b, size_t bn)
{
	const char *pa = a, *pb = b, *ea = a ? a + an : NULL, *eb = b ? b + bn : NULL;
	for (;;) {
		const char *ia = "0", *ib = "0";
		size_t la = 1, lb = 1;
		bool ha = next_ident(&pa, ea, &ia, &la);
		bool hb = next_ident(&pb, eb, &ib, &lb);
		if (!ha && !hb)
			return 0;
		if (!ha)
			ia = "0", la = 1;
		if (!hb)
			ib = "0", lb = 1;
		int r = ident_cmp(ia, la, ib, lb);
		if (r)
			return r;
	}
}

int ver_semver_cmp_parts(const ver_semver *a, const ver_semver *b)
{
	for (int f = 0; f < 3; f++) {
		/* a missing or empty field counts as 0 */
		bool ha = a->core[f] && a->core_len[f], hb = b->core[f] && b->core_len[f];
		const char *ca = ha ? a->core[f] : "0", *cb = hb ? b->core[f] : "0";
		size_t la = ha ? a->core_len[f] : 1, lb = hb ? b->core_len[f] : 1;
		int r = ident_cmp(ca, la, cb, lb);
		if (r)
			return r;
	}
	/* extra starts with '.', skip it */
	int r = padded_list_cmp(a->extra ? a->extra + 1 : NULL, a->extra ? a->extra_len - 1 : 0,
				b->extra ? b->extra + 1 : NULL, b->extra ? b->extra_len - 1 : 0);
	if (r)
		return r;
	if (!a->pre || !b->pre)
		return a->pre ? -1 : b->pre ? 1 : 0;
	const char *pa = a->pre, *pb = b->pre, *ea = a->pre + a->pre_len, *eb = b->pre + b->pre_len;
	for (;;) {
		const char *ia = NULL, *ib = NULL;
		size_t la = 0, lb = 0;
		bool ha = next_ident(&pa, ea, &ia, &la);
		bool hb = next_ident(&pb, eb, &ib, &lb);
		if (!ha || !hb)
			return ha ? 1 : hb ? -1 : 0;
		r = ident_cmp(ia, la, ib, lb);
		if (r)
			return r;
	}
}

static bool ident_chars_ok(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!ver_isalnum((unsigned char)s[i]) && s[i] != '-')
			return false;
	return n > 0;
}

static bool numeric_ok(const char *s, size_t n)
{
	return all_digits(s, n) && (n == 1 || s[0] != '0');
}

static bool ident_list_ok(const char *s, size_t n, bool check_numeric)
{
	const char *p = s, *e = s + n, *id;
	size_t len;
	while (next_ident(&p, e, &id, &len)) {
		if (!ident_chars_ok(id, len))
			return false;
		if (check_numeric && all_digits(id, len) && !numeric_ok(id, len))
			return false;
	}
	return true;
}

bool ver_semver_parts_valid(const ver_semver *v, bool need_all_three)
{
	if (v->extra || (need_all_three && v->ncore != 3) || v->ncore < 1)
		return false;
	for (int f = 0; f < v->ncore; f++)
		if (!numeric_ok(v->core[f], v->core_len[f]))
			return false;
	if (v->pre && !ident_list_ok(v->pre, v->pre_len, true))
		return false;
	if (v->build && !ident_list_ok(v->build, v->build_len, false))
		return false;
	return true;
}

int bh_ver_cmp_semver(const char *a, const char *b)
{
	ver_semver va, vb;
	ver_semver_split(a, &va);
	ver_semver_split(b, &vb);
	return ver_semver_cmp_parts(&va, &vb);
}

bool bh_ver_valid_semver(const char *s)
{
	size_t len = strlen(s);
	if (!len || ver_isspace((unsigned char)s[0]) || ver_isspace((unsigned char)s[len - 1]))
		return false;
	ver_semver v;
	ver_semver_split(s, &v);
	return ver_semver_parts_valid(&v, true);
}
