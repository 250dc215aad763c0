/* RubyGems version ordering (Gem::Version#<=>).
 *
 * Surrounding blanks are ignored and every '-' reads as ".pre.", so 1.0-rc1 is
 * 1.0.pre.rc1. The version is cut into segments, runs of digits (numbers) and
 * runs of ASCII letters (strings); everything else only separates. The
 * segments before the first string are the release part, the rest the
 * pre-release part; trailing zeros are dropped from each part ("canonical
 * segments": 1.0.a.0 == 1.a). The canonical lists are then compared item by
 * item, a missing item counting as 0: numbers numerically, strings byte-wise,
 * and a string before any number. Hence 1.0.a < 1.0.b < 1.0 < 1.0.1, and
 * 1.0.0 == 1.
 *
 * An empty version is "0", as in RubyGems. */
#include <string.h>

#include "core/util.h"
#include "vuln/version_impl.h"

typedef struct {
	const char *p;
	size_t n;
	bool num;
} gem_seg;

static const char gem_pre[] = "pre";

/* Fills segs (room for strlen(s) + 1) and returns how many canonical
 * segments there are. */
static size_t gem_segments(const char *s, gem_seg *segs)
{
	size_t len = strlen(s), n = 0;
	ver_trim(&s, &len);
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)s[i];
		size_t st = i;
		if (ver_isdigit(c)) {
			while (i < len && ver_isdigit((unsigned char)s[i]))
				i++;
			segs[n++] = (gem_seg){ s + st, i - st, true };
		} else if (ver_isalpha(c)) {
			while (i < len && ver_isalpha((unsigned char)s[i]))
				i++;
			segs[n++] = (gem_seg){ s + st, i - st, false };
		} else {
			if (c == '-')
				segs[n++] = (gem_seg){ gem_pre, 3, false };
			i++;
		}
	}
	/* split at the first string; drop trailing zeros of both parts */
	size_t first_str = 0;
	while (first_str < n && segs[first_str].num)
		first_str++;
	size_t rel_end = first_str;
	while (rel_end > 0 && ver_numzero(segs[rel_end - 1].p, segs[rel_end - 1].n))
		rel_end--;
	size_t pre_end = n;
	while (pre_end > first_str && segs[pre_end - 1].num && ver_numzero(segs[pre_end - 1].p, segs[pre_end - 1].n))
		pre_end--;
	memmove(segs + rel_end, segs + first_str, (pre_end - first_str) * sizeof(*segs));
	return rel_end + (pre_end - first_str);
}

int bh_ver_cmp_gem(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	gem_seg *sa = bh_calloc(la + 1, sizeof(*sa)), *sb = bh_calloc(lb + 1, sizeof(*sb));
	size_t na = gem_segments(a, sa), nb = gem_segments(b, sb);
	int r = 0;
	static const gem_seg zero = { "0", 1, true };
	for (size_t i = 0; !r && (i < na || i < nb); i++) {
		const gem_seg *x = i < na ? &sa[i] : &zero, *y = i < nb ? &sb[i] : &zero;
		if (x->num != y->num)
			r = x->num ? 1 : -1;
		else if (x->num)
			r = ver_numcmp(x->p, x->n, y->p, y->n);
		else
			r = ver_memcmp(x->p, x->n, y->p, y->n);
	}
	free(sa);
	free(sb);
	return r;
}

/* Gem::Version::ANCHORED_VERSION_PATTERN:
 *   \s* ( [0-9]+ (\.[0-9a-zA-Z]+)* (-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)? )? \s*  */
bool bh_ver_valid_gem(const char *s)
{
	size_t len = strlen(s);
	ver_trim(&s, &len);
	if (!len)
		return true;
	size_t i = ver_span_digits(s, len);
	if (!i)
		return false;
	while (i < len && s[i] == '.') {
		size_t st = ++i;
		while (i < len && ver_isalnum((unsigned char)s[i]))
			i++;
		if (i == st)
			return false;
	}
	if (i == len)
		return true;
	if (s[i] != '-')
		return false;
	for (;;) {
		size_t st = ++i;
		while (i < len && (ver_isalnum((unsigned char)s[i]) || s[i] == '-'))
			i++;
		if (i == st)
			return false;
		if (i == len)
			return true;
		if (s[i] != '.')
			return false;
	}
}
