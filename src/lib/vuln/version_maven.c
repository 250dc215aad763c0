/* Maven version ordering: org.apache.maven.artifact.versioning.ComparableVersion
 * as in Maven 3.9 (with MNG-7644: a qualifier after a dot reads like one after
 * a hyphen; without Maven 4's "combination" items).
 *
 * A version is split into items at '.', at '-' and at every switch between
 * digits and non-digits. Numbers become integers; other runs become
 * qualifiers, matched case-insensitively. A '-' or a digit/letter switch opens
 * a nested sub-list that holds the rest of the version: "1.0-rc-1" is
 * [1, [rc, [1]]]. In each list trailing "null" items (0, "", ga, final,
 * release, empty lists) are dropped, so 1 == 1.0 == 1-ga == 1.0.0-final.
 *
 * Qualifiers order as
 *   alpha = a < beta = b < milestone = m < rc = cr < snapshot < "" = ga =
 *   final = release < sp < any other qualifier (those byte-wise, lowercased),
 * where a, b and m are aliases only when a digit follows ("1.0a1").
 * Comparing items: number > qualifier, number > list > qualifier; numbers
 * compare numerically (any length), and a missing item on the shorter side
 * compares like a null item: 1.0 < 1.0.1, 1-rc < 1, 1 < 1-sp, 1-x < 1.x.
 *
 * The parse is flat (a list per nesting level, each nested list being the last
 * item of its parent), so comparison is a loop, not a recursion. */
#include <string.h>

#include "core/util.h"
#include "vuln/version_impl.h"

enum mvn_kind { MVN_INT, MVN_STR };

#define MVN_RELEASE 5 /* the index of "" among the known qualifiers */
#define MVN_UNKNOWN 7

typedef struct {
	enum mvn_kind kind;
	int qual;     /* MVN_STR: 0..6 known qualifier, MVN_UNKNOWN otherwise */
	const char *p;
	size_t n;
} mvn_item;

typedef struct {
	size_t start, end; /* own items [start, end) of items[] */
} mvn_list;

typedef struct {
	mvn_item *items;
	mvn_list *lists;
	size_t nitems, nlists;
} mvn_ver;

static bool mvn_word(const char *p, size_t n, const char *w)
{
	if (strlen(w) != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (ver_tolower((unsigned char)p[i]) != w[i])
			return false;
	return true;
}

static void mvn_add(mvn_ver *v, bool digit, bool followed_by_digit, const char *p, size_t n)
{
	mvn_item *it = &v->items[v->nitems++];
	it->p = p;
	it->n = n;
	it->qual = 0;
	if (digit) {
		it->kind = MVN_INT;
		return;
	}
	it->kind = MVN_STR;
	static const char *const known[] = { "alpha", "beta", "milestone", "rc", "snapshot", "", "sp" };
	if (followed_by_digit && n == 1) {
		int c = ver_tolower((unsigned char)p[0]);
		if (c == 'a' || c == 'b' || c == 'm') {
			it->qual = c == 'a' ? 0 : c == 'b' ? 1 : 2;
			return;
		}
	}
	if (mvn_word(p, n, "ga") || mvn_word(p, n, "final") || mvn_word(p, n, "release")) {
		it->qual = MVN_RELEASE;
		return;
	}
	if (mvn_word(p, n, "cr")) {
		it->qual = 3;
		return;
	}
	for (int q = 0; q < 7; q++) {
		if (mvn_word(p, n, known[q])) {
			it->qual = q;
			return;
		}
	}
	it->qual = MVN_UNKNOWN;
}

static void mvn_open_list(mvn_ver *v)
{
	v->lists[v->nlists - 1].end = v->nitems;
	v->lists[v->nlists].start = v->nitems;
	v->nlists++;
}

static bool mvn_null(const mvn_item *it)
{
	return it->kind == MVN_INT ? ver_numzero(it->p, it->n) : it->qual == MVN_RELEASE;
}

static void mvn_parse(const char *s, mvn_ver *v)
{
	size_t len = strlen(s);
	/* at most one item and one list per character, plus the root */
	v->items = bh_calloc(len + 1, sizeof(*v->items));
	v->lists = bh_calloc(len + 2, sizeof(*v->lists));
	v->nitems = 0;
	v->nlists = 1;
	v->lists[0].start = 0;
	size_t start = 0;
	bool digit = false;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '.' || c == '-') {
			mvn_add(v, i == start || digit, false, s + start, i - start);
			start = i + 1;
			if (c == '-')
				mvn_open_list(v);
		} else if (ver_isdigit(c)) {
			if (!digit && i > start) {
				/* MNG-7644: ".X1" reads like "-X1" */
				if (v->nitems > v->lists[v->nlists - 1].start)
					mvn_open_list(v);
				mvn_add(v, false, true, s + start, i - start);
				start = i;
				mvn_open_list(v);
			}
			digit = true;
		} else {
			if (digit && i > start) {
				mvn_add(v, true, false, s + start, i - start);
				start = i;
				mvn_open_list(v);
			}
			digit = false;
		}
	}
	if (len > start) {
		/* a trailing ".X" reads like "-X" too */
		if (!digit && v->nitems > v->lists[v->nlists - 1].start)
			mvn_open_list(v);
		mvn_add(v, digit, false, s + start, len - start);
	}
	v->lists[v->nlists - 1].end = v->nitems;

	/* normalise from the innermost list out: drop an empty child list, then
	 * the null items at the end of the list's own items */
	size_t n = v->nlists;
	for (size_t k = n; k-- > 0;) {
		mvn_list *l = &v->lists[k];
		if (n == k + 2 && v->lists[k + 1].start == v->lists[k + 1].end)
			n = k + 1;
		while (l->end > l->start && mvn_null(&v->items[l->end - 1]))
			l->end--;
	}
	v->nlists = n;
}

static int mvn_qual_cmp(const mvn_item *a, const mvn_item *b)
{
	if (a->qual != b->qual)
		return a->qual < b->qual ? -1 : 1;
	if (a->qual != MVN_UNKNOWN)
		return 0;
	size_t n = a->n < b->n ? a->n : b->n;
	for (size_t i = 0; i < n; i++) {
		int d = ver_tolower((unsigned char)a->p[i]) - ver_tolower((unsigned char)b->p[i]);
		if (d)
			return ver_sign(d);
	}
	return a->n == b->n ? 0 : a->n < b->n ? -1 : 1;
}

/* An element of a list: an item, the nested list, or nothing (past the end). */
enum mvn_elem { ELEM_NONE, ELEM_ITEM, ELEM_LIST };

static enum mvn_elem mvn_elem_at(const mvn_ver *v, size_t k, size_t pos, const mvn_item **it)
{
	const mvn_list *l = &v->lists[k];
	if (pos < l->end - l->start) {
		*it = &v->items[l->start + pos];
		return ELEM_ITEM;
	}
	if (pos == l->end - l->start && k + 1 < v->nlists)
		return ELEM_LIST;
	return ELEM_NONE;
}

static int mvn_item_vs_null(const mvn_item *it)
{
	if (it->kind == MVN_INT)
		return ver_numzero(it->p, it->n) ? 0 : 1;
	return it->qual < MVN_RELEASE ? -1 : it->qual == MVN_RELEASE ? 0 : 1;
}

/* List k (and everything nested in it) compared with a missing item. */
static int mvn_list_vs_null(const mvn_ver *v, size_t k)
{
	for (; k < v->nlists; k++) {
		const mvn_list *l = &v->lists[k];
		for (size_t i = l->start; i < l->end; i++) {
			int r = mvn_item_vs_null(&v->items[i]);
			if (r)
				return r;
		}
	}
	return 0;
}

static int mvn_item_cmp(const mvn_item *a, const mvn_item *b)
{
	if (a->kind == MVN_INT && b->kind == MVN_INT)
		return ver_numcmp(a->p, a->n, b->p, b->n);
	if (a->kind != b->kind)
		return a->kind == MVN_INT ? 1 : -1;
	return mvn_qual_cmp(a, b);
}

static int mvn_cmp(const mvn_ver *a, const mvn_ver *b)
{
	size_t ka = 0, kb = 0, pos = 0;
	for (;;) {
		const mvn_item *ia = NULL, *ib = NULL;
		enum mvn_elem ea = mvn_elem_at(a, ka, pos, &ia), eb = mvn_elem_at(b, kb, pos, &ib);
		int r = 0;
		if (ea == ELEM_NONE && eb == ELEM_NONE)
			return 0;
		if (ea == ELEM_LIST && eb == ELEM_LIST) { /* both go on in a nested list */
			ka++, kb++, pos = 0;
			continue;
		}
		if (ea == ELEM_NONE)
			r = eb == ELEM_ITEM ? -mvn_item_vs_null(ib) : -mvn_list_vs_null(b, kb + 1);
		else if (eb == ELEM_NONE)
			r = ea == ELEM_ITEM ? mvn_item_vs_null(ia) : mvn_list_vs_null(a, ka + 1);
		else if (ea == ELEM_LIST) /* list vs item: after a qualifier, before a number */
			r = ib->kind == MVN_INT ? -1 : 1;
		else if (eb == ELEM_LIST)
			r = ia->kind == MVN_INT ? 1 : -1;
		else
			r = mvn_item_cmp(ia, ib);
		if (r)
			return r;
		pos++;
	}
}

int bh_ver_cmp_maven(const char *a, const char *b)
{
	mvn_ver va, vb;
	mvn_parse(a, &va);
	mvn_parse(b, &vb);
	int r = mvn_cmp(&va, &vb);
	free(va.items);
	free(va.lists);
	free(vb.items);
	free(vb.lists);
	return r;
}

/* Maven accepts any string; we ask for a non-empty one of printable ASCII
 * without blanks that starts with a digit. */
bool bh_ver_valid_maven(const char *s)
{
	if (!ver_isdigit((unsigned char)s[0]))
		return false;
	for (; *s; s++)
		if ((unsigned char)*s <= ' ' || (unsigned char)*s >= 0x7f)
			return false;
	return true;
}
