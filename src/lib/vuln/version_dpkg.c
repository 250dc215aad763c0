/* Debian version ordering, as Debian Policy 5.6.12 describes it and as
 * `dpkg --compare-versions` implements it:
 *
 *   [epoch:]upstream_version[-debian_revision]
 *
 * The epoch is compared as a number (a missing one is 0). The upstream version
 * and the revision are each compared as alternating runs: first the longest
 * run of non-digits, compared character by character with a modified ASCII
 * order in which '~' sorts before everything (even the end of the string),
 * letters sort before non-letters and the end of the string sorts before any
 * other character; then the longest run of digits, compared numerically (an
 * absent run counts as 0). A missing revision equals "0".
 *
 * Like dpkg, leading and trailing blanks are ignored, the epoch ends at the
 * first ':' and the revision starts after the last '-'. Bytes outside ASCII
 * order after letters and before other characters, which is what dpkg does
 * with a signed char. Epochs of any length are compared as digit strings. */
#include <string.h>

#include "vuln/version_impl.h"

void ver_dpkg_split(const char *s, ver_dpkg *v)
{
	ver_dpkg_split_n(s, strlen(s), v);
}

void ver_dpkg_split_n(const char *s, size_t len, ver_dpkg *v)
{
	ver_trim(&s, &len);
	memset(v, 0, sizeof(*v));
	const char *colon = memchr(s, ':', len);
	if (colon) {
		v->epoch = s;
		v->epoch_len = (size_t)(colon - s);
		len -= v->epoch_len + 1;
		s = colon + 1;
	}
	const char *hyphen = NULL;
	for (size_t i = len; i > 0; i--) {
		if (s[i - 1] == '-') {
			hyphen = s + i - 1;
			break;
		}
	}
	v->upstream = s;
	v->upstream_len = hyphen ? (size_t)(hyphen - s) : len;
	if (hyphen) {
		v->revision = hyphen + 1;
		v->revision_len = len - v->upstream_len - 1;
	} else {
		v->revision = "";
	}
}

/* The weight of one character in a non-digit run; 0 is the end of the run. */
static int dpkg_order(const char *s, size_t len, size_t i)
{
	if (i >= len)
		return 0;
	int c = (unsigned char)s[i];
	if (ver_isdigit(c))
		return 0;
	if (ver_isalpha(c))
		return c;
	if (c == '~')
		return -1;
	if (c >= 0x80)
		return c; /* dpkg: (signed char)c + 256 */
	return c + 256;
}

static int dpkg_part_cmp(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i = 0, j = 0;
	while (i < alen || j < blen) {
		while ((i < alen && !ver_isdigit((unsigned char)a[i])) ||
		       (j < blen && !ver_isdigit((unsigned char)b[j]))) {
			int ac = dpkg_order(a, alen, i), bc = dpkg_order(b, blen, j);
			if (ac != bc)
				return ac < bc ? -1 : 1;
			i++;
			j++;
		}
		size_t an = ver_span_digits(a + i, alen - i);
		size_t bn = ver_span_digits(b + j, blen - j);
		int r = ver_numcmp(a + i, an, b + j, bn);
		if (r)
			return r;
		i += an;
		j += bn;
	}
	return 0;
}

static int dpkg_cmp(const ver_dpkg *va, const ver_dpkg *vb)
{
	int r = ver_numcmp(va->epoch, va->epoch_len, vb->epoch, vb->epoch_len);
	if (!r)
		r = dpkg_part_cmp(va->upstream, va->upstream_len, vb->upstream, vb->upstream_len);
	if (!r)
		r = dpkg_part_cmp(va->revision, va->revision_len, vb->revision, vb->revision_len);
	return r;
}

int ver_dpkg_cmp_parsed(const ver_dpkg *a, const char *b, size_t blen)
{
	ver_dpkg vb;
	ver_dpkg_split_n(b, blen, &vb);
	return dpkg_cmp(a, &vb);
}

int bh_ver_cmp_dpkg(const char *a, const char *b)
{
	ver_dpkg va;
	ver_dpkg_split(a, &va);
	return ver_dpkg_cmp_parsed(&va, b, strlen(b));
}

static bool dpkg_chars_ok(const char *s, size_t len, bool allow_hyphen)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!ver_isalnum(c) && c != '.' && c != '+' && c != '~' && !(allow_hyphen && c == '-'))
			return false;
	}
	return true;
}

/* What dpkg accepts without an error or a warning. */
bool bh_ver_valid_dpkg(const char *s)
{
	size_t len = strlen(s);
	ver_trim(&s, &len);
	for (size_t i = 0; i < len; i++)
		if (ver_isspace((unsigned char)s[i]))
			return false;
	ver_dpkg v;
	ver_dpkg_split(s, &v);
	if (v.epoch) {
		size_t e = v.epoch_len;
		if (!e || ver_span_digits(v.epoch, e) != e)
			return false;
		/* dpkg keeps the epoch in an int */
		if (ver_numcmp(v.epoch, e, "2147483647", 10) > 0)
			return false;
	}
	if (!v.upstream_len || !ver_isdigit((unsigned char)v.upstream[0]))
		return false;
	if (memchr(s, '-', len) && !v.revision_len)
		return false;
	return dpkg_chars_ok(v.upstream, v.upstream_len, true) &&
	       dpkg_chars_ok(v.revision, v.revision_len, false);
}
