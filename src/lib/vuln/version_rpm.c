/* RPM version ordering: rpmvercmp() applied to [epoch:]version[-release].
 *
 * The epoch is compared numerically (missing = 0), then the version, then the
 * release (a missing release is the empty string, older than any release).
 * Each part is cut into segments: runs of digits, runs of ASCII letters, and the
 * separators '~' and '^'; every other character only separates segments.
 *   - '~' sorts before everything, even the end of the string: 1.0~rc1 < 1.0;
 *   - '^' sorts after the end of the string but before anything else:
 *     1.0 < 1.0^git1 < 1.0.1;
 *   - a numeric segment is newer than an alphabetic one;
 *   - numeric segments compare as numbers (leading zeros ignored), alphabetic
 *     ones byte-wise;
 *   - when one side runs out of segments, the side with segments left is newer. */
#include <string.h>

#include "vuln/version_impl.h"

static bool rpm_sep(unsigned char c)
{
	return !ver_isalnum(c) && c != '~' && c != '^';
}

static int rpmvercmp(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i = 0, j = 0;
	while (i < alen || j < blen) {
		while (i < alen && rpm_sep((unsigned char)a[i]))
			i++;
		while (j < blen && rpm_sep((unsigned char)b[j]))
			j++;
		char ca = i < alen ? a[i] : 0, cb = j < blen ? b[j] : 0;
		if (ca == '~' || cb == '~') {
			if (ca != '~')
				return 1;
			if (cb != '~')
				return -1;
			i++, j++;
			continue;
		}
		if (ca == '^' || cb == '^') {
			if (!ca)
				return -1;
			if (!cb)
				return 1;
			if (ca != '^')
				return 1;
			if (cb != '^')
				return -1;
			i++, j++;
			continue;
		}
		if (!ca || !cb)
			break;
		bool num = ver_isdigit((unsigned char)ca);
		size_t si = i, sj = j;
		if (num) {
			while (i < alen && ver_isdigit((unsigned char)a[i]))
				i++;
			while (j < blen && ver_isdigit((unsigned char)b[j]))
				j++;
		} else {
			while (i < alen && ver_isalpha((unsigned char)a[i]))
				i++;
			while (j < blen && ver_isalpha((unsigned char)b[j]))
				j++;
		}
		if (sj == j) /* the segments differ in type */
			return num ? 1 : -1;
		int r = num ? ver_numcmp(a + si, i - si, b + sj, j - sj)
			    : ver_memcmp(a + si, i - si, b + sj, j - sj);
		if (r)
			return r;
	}
	bool aend = i >= alen, bend = j >= blen;
	if (aend && bend)
		return 0;
	return aend ? -1 : 1;
}

typedef struct {
	const char *epoch, *version, *release;
	size_t epoch_len, version_len, release_len;
} rpm_evr;

static void rpm_split(const char *s, rpm_evr *v)
{
	size_t len = strlen(s);
	memset(v, 0, sizeof(*v));
	v->epoch = "";
	size_t d = ver_span_digits(s, len);
	if (d < len && s[d] == ':') {
		v->epoch = s;
		v->epoch_len = d;
		s += d + 1;
		len -= d + 1;
	}
	const char *hyphen = NULL;
	for (size_t i = len; i > 0; i--) {
		if (s[i - 1] == '-') {
			hyphen = s + i - 1;
			break;
		}
	}
	v->version = s;
	v->version_len = hyphen ? (size_t)(hyphen - s) : len;
	v->release = hyphen ? hyphen + 1 : "";
	v->release_len = hyphen ? len - v->version_len - 1 : 0;
}

int bh_ver_cmp_rpm(const char *a, const char *b)
{
	rpm_evr va, vb;
	rpm_split(a, &va);
	rpm_split(b, &vb);
	int r = ver_numcmp(va.epoch, va.epoch_len, vb.epoch, vb.epoch_len);
	if (!r)
		r = rpmvercmp(va.version, va.version_len, vb.version, vb.version_len);
	if (!r)
		r = rpmvercmp(va.release, va.release_len, vb.release, vb.release_len);
	return r;
}

static bool rpm_part_ok(const char *s, size_t len)
{
	if (!len)
		return false;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!ver_isalnum(c) && !strchr("._+~^", c))
			return false;
	}
	return true;
}

bool bh_ver_valid_rpm(const char *s)
{
	rpm_evr v;
	rpm_split(s, &v);
	if (memchr(v.version, ':', v.version_len))
		return false;
	bool has_release = v.release_len || (v.version + v.version_len)[0] == '-';
	return rpm_part_ok(v.version, v.version_len) &&
	       (!has_release || rpm_part_ok(v.release, v.release_len));
}
