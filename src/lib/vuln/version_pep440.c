/* Python package versions, PEP 440 ("Version Identification and Dependency
 * Specification"), with the normalisations PEP 440 requires of tools:
 *
 *   [v][N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]
 *
 * Matching is case-insensitive; alpha/beta/c/pre/preview spell a/b/rc/rc/rc;
 * rev and r spell post; "-N" is a post-release; '-', '_' and '.' (or nothing)
 * may separate the pre, post and dev parts; a missing pre/post/dev number is 0;
 * surrounding blanks and a leading 'v' are ignored.
 *
 * Order: epoch; release, trailing zeros ignored (1.0 == 1.0.0); then
 * X.devN < XaN < XbN < XrcN < X < X.postN, where a dev release comes before
 * the same version without it (1.0a1.dev1 < 1.0a1, 1.0.post1.dev1 < 1.0.post1);
 * finally a local version label sorts after the same version without one, its
 * segments compared numerically when numeric, otherwise as lowercase strings,
 * numeric segments after alphanumeric ones.
 *
 * A string that is not a PEP 440 version sorts before every valid version;
 * two such strings compare byte-wise. */
#include <string.h>

#include "vuln/version_impl.h"

typedef struct {
	const char *s;
	size_t len, i;
} pep_cursor;

static bool pep_sep(const pep_cursor *c, size_t at)
{
	return at < c->len && (c->s[at] == '-' || c->s[at] == '_' || c->s[at] == '.');
}

static bool pep_digit(const pep_cursor *c, size_t at)
{
	return at < c->len && ver_isdigit((unsigned char)c->s[at]);
}

/* A lowercase label and its length (the matcher parses hundreds of
 * thousands of versions: no strlen per label and version). */
typedef struct {
	const char *w;
	size_t n;
} pep_label;

#define PEP_LABEL(s) { s, sizeof(s) - 1 }

/* Case-insensitive match of a lowercase word at position at. */
static bool pep_word(const pep_cursor *c, size_t at, const pep_label *w)
{
	if (at > c->len || c->len - at < w->n)
		return false;
	for (size_t k = 0; k < w->n; k++)
		if (ver_tolower((unsigned char)c->s[at + k]) != w->w[k])
			return false;
	return true;
}

/* [-_.]?label[-_.]?N? for one of the given labels ("1.0a-" is 1.0a0). */
static bool pep_labelled(pep_cursor *c, const pep_label *labels, size_t nlabels, size_t *which,
			 const char **num, size_t *num_len)
{
	size_t at = c->i + (pep_sep(c, c->i) ? 1 : 0);
	if (at >= c->len)
		return false; /* the common end of a version: no label fits */
	for (size_t l = 0; l < nlabels; l++) {
		if (!pep_word(c, at, &labels[l]))
			continue;
		at += labels[l].n;
		if (pep_sep(c, at))
			at++;
		size_t d = ver_span_digits(c->s + at, c->len - at);
		*num = c->s + at;
		*num_len = d;
		c->i = at + d;
		*which = l;
		return true;
	}
	return false;
}

bool ver_pep440_parse(const char *s, ver_pep440 *v)
{
	return ver_pep440_parse_n(s, strlen(s), v);
}

bool ver_pep440_parse_n(const char *s, size_t len, ver_pep440 *v)
{
	ver_trim(&s, &len);
	memset(v, 0, sizeof(*v));
	v->pre = -1;
	pep_cursor c = { s, len, 0 };
	if (c.i < len && (s[0] == 'v' || s[0] == 'V'))
		c.i++;
	size_t d = ver_span_digits(s + c.i, len - c.i);
	if (!d)
		return false;
	if (c.i + d < len && s[c.i + d] == '!') {
		v->epoch = s + c.i;
		v->epoch_len = d;
		c.i += d + 1;
		d = ver_span_digits(s + c.i, len - c.i);
		if (!d)
			return false;
	}
	v->release = s + c.i;
	c.i += d;
	while (c.i + 1 < len && s[c.i] == '.' && pep_digit(&c, c.i + 1))
		c.i += 1 + ver_span_digits(s + c.i + 1, len - c.i - 1);
	v->release_len = (size_t)(s + c.i - v->release);

	static const pep_label pre_labels[] = {
		PEP_LABEL("alpha"), PEP_LABEL("a"), PEP_LABEL("beta"), PEP_LABEL("b"),
		PEP_LABEL("preview"), PEP_LABEL("pre"), PEP_LABEL("c"), PEP_LABEL("rc"),
	};
	static const int pre_kind[] = { 0, 0, 1, 1, 2, 2, 2, 2 };
	size_t which;
	if (pep_labelled(&c, pre_labels, 8, &which, &v->pre_n, &v->pre_n_len))
		v->pre = pre_kind[which];

	static const pep_label post_labels[] = { PEP_LABEL("post"), PEP_LABEL("rev"), PEP_LABEL("r") };
	if (c.i < len && s[c.i] == '-' && pep_digit(&c, c.i + 1)) {
		v->post = true;
		v->post_n = s + c.i + 1;
		v->post_n_len = ver_span_digits(v->post_n, len - c.i - 1);
		c.i += 1 + v->post_n_len;
	} else if (pep_labelled(&c, post_labels, 3, &which, &v->post_n, &v->post_n_len)) {
		v->post = true;
	}

	static const pep_label dev_labels[] = { PEP_LABEL("dev") };
	if (pep_labelled(&c, dev_labels, 1, &which, &v->dev_n, &v->dev_n_len))
		v->dev = true;

	if (c.i < len && s[c.i] == '+') {
		c.i++;
		v->local = s + c.i;
		for (;;) {
			size_t st = c.i;
			while (c.i < len && ver_isalnum((unsigned char)s[c.i]))
				c.i++;
			if (c.i == st)
				return false;
			if (!pep_sep(&c, c.i))
				break;
			c.i++;
		}
		v->local_len = (size_t)(s + c.i - v->local);
	}
	return c.i == len;
}

/* Release segments with missing trailing ones counting as 0. */
static int pep_release_cmp(const ver_pep440 *a, const ver_pep440 *b)
{
	size_t i = 0, j = 0;
	while (i < a->release_len || j < b->release_len) {
		size_t an = ver_span_digits(a->release + i, a->release_len - i);
		size_t bn = ver_span_digits(b->release + j, b->release_len - j);
		int r = ver_numcmp(a->release + i, an, b->release + j, bn);
		if (r)
			return r;
		i += an + (i + an < a->release_len);
		j += bn + (j + bn < b->release_len);
	}
	return 0;
}

/* Sort class of the pre-release part: 0 "before any pre-release" (a bare dev
 * release), 1 a pre-release, 2 "no pre-release". */
static int pep_pre_class(const ver_pep440 *v)
{
	if (v->pre >= 0)
		return 1;
	return !v->post && v->dev ? 0 : 2;
}

static int pep_local_cmp(const ver_pep440 *a, const ver_pep440 *b)
{
	if (!a->local || !b->local)
		return a->local ? 1 : b->local ? -1 : 0;
	size_t i = 0, j = 0;
	for (;;) {
		bool ha = i < a->local_len, hb = j < b->local_len;
		if (!ha || !hb)
			return ha ? 1 : hb ? -1 : 0;
		size_t an = 0, bn = 0;
		while (i + an < a->local_len && ver_isalnum((unsigned char)a->local[i + an]))
			an++;
		while (j + bn < b->local_len && ver_isalnum((unsigned char)b->local[j + bn]))
			bn++;
		const char *sa = a->local + i, *sb = b->local + j;
		bool na = ver_span_digits(sa, an) == an, nb = ver_span_digits(sb, bn) == bn;
		int r;
		if (na && nb) {
			r = ver_numcmp(sa, an, sb, bn);
		} else if (na != nb) {
			r = na ? 1 : -1;
		} else {
			r = 0;
			size_t n = an < bn ? an : bn;
			for (size_t k = 0; k < n && !r; k++)
				r = ver_sign(ver_tolower((unsigned char)sa[k]) - ver_tolower((unsigned char)sb[k]));
			if (!r)
				r = ver_sign((long long)an - (long long)bn);
		}
		if (r)
			return r;
		i += an + 1;
		j += bn + 1;
	}
}

static int pep_cmp(const ver_pep440 *a, const ver_pep440 *b)
{
	int r = ver_numcmp(a->epoch, a->epoch_len, b->epoch, b->epoch_len);
	if (!r)
		r = pep_release_cmp(a, b);
	if (r)
		return r;
	int ca = pep_pre_class(a), cb = pep_pre_class(b);
	if (ca != cb)
		return ca < cb ? -1 : 1;
	if (ca == 1) {
		if (a->pre != b->pre)
			return a->pre < b->pre ? -1 : 1;
		r = ver_numcmp(a->pre_n, a->pre_n_len, b->pre_n, b->pre_n_len);
		if (r)
			return r;
	}
	if (a->post != b->post)
		return a->post ? 1 : -1;
	if (a->post && (r = ver_numcmp(a->post_n, a->post_n_len, b->post_n, b->post_n_len)))
		return r;
	if (a->dev != b->dev)
		return a->dev ? -1 : 1;
	if (a->dev && (r = ver_numcmp(a->dev_n, a->dev_n_len, b->dev_n, b->dev_n_len)))
		return r;
	return pep_local_cmp(a, b);
}

int ver_pep440_cmp_parsed(const ver_pep440 *a, bool a_ok, const char *a_text, const char *b, size_t blen)
{
	ver_pep440 vb;
	bool okb = ver_pep440_parse_n(b, blen, &vb);
	if (a_ok && okb)
		return pep_cmp(a, &vb);
	if (a_ok != okb)
		return a_ok ? 1 : -1;
	return ver_sign(strcmp(a_text, b));
}

int bh_ver_cmp_pep440(const char *a, const char *b)
{
	ver_pep440 va;
	bool oka = ver_pep440_parse(a, &va);
	return ver_pep440_cmp_parsed(&va, oka, a, b, strlen(b));
}

bool bh_ver_valid_pep440(const char *s)
{
	ver_pep440 v;
	return ver_pep440_parse(s, &v);
}
