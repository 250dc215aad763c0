/* Alpine (apk-tools) version ordering.
 *
 *   digit{.digit}...{letter}{_suffix{number}}...{-rN}
 *
 * Two versions are compared token by token. Tokens of the same kind compare by
 * value: the first number numerically; a later dotted number numerically too,
 * unless either side has a leading zero, in which case both compare as strings
 * (like decimal fractions: 1.01 < 1.1, 1.001 < 1.01); a letter by its byte;
 * suffixes in the order _alpha < _beta < _pre < _rc < _cvs < _svn < _git <
 * _hg < _p; suffix numbers and the -r release numerically.
 *
 * When the kinds differ, the version that continues with a pre-release suffix
 * (_alpha.._rc) is older; otherwise the one that goes on with more version
 * components is newer, in this order of kinds:
 *   dotted number > letter > post suffix > suffix number > -rN > end
 * so 1.2 < 1.2.1, 1.2 < 1.2a < 1.2.1, 1.2_rc1 < 1.2 < 1.2_p1, and 1.2 < 1.2-r0.
 * Text that fits no rule forms a final "invalid" token which, as in apk, sorts
 * after anything valid; two invalid tails compare byte-wise. */
#include <string.h>

#include "vuln/version_impl.h"

enum apk_kind { APK_DIGIT, APK_LETTER, APK_SUFFIX, APK_SUFFIX_NO, APK_REVISION, APK_END, APK_INVALID };

typedef struct {
	const char *s;
	size_t len, pos;
	enum apk_kind next; /* the kind of the token starting at pos */
	bool first;         /* the next digit token is the leading number */
} apk_lexer;

typedef struct {
	enum apk_kind kind;
	const char *p;
	size_t n;
	int suffix; /* -4.. -1 pre-release suffixes, 0..4 post-release ones */
	bool first;
} apk_token;

static const char *const apk_pre[] = { "alpha", "beta", "pre", "rc" };
static const char *const apk_post[] = { "cvs", "svn", "git", "hg", "p" };

static bool at(const apk_lexer *lx, size_t off, char c)
{
	return lx->pos + off < lx->len && lx->s[lx->pos + off] == c;
}

static bool digit_at(const apk_lexer *lx, size_t off)
{
	return lx->pos + off < lx->len && ver_isdigit((unsigned char)lx->s[lx->pos + off]);
}

/* Decides the kind of the token at lx->pos from what came before (prev). */
static void apk_classify(apk_lexer *lx, enum apk_kind prev)
{
	if (lx->pos >= lx->len) {
		lx->next = APK_END;
		return;
	}
	unsigned char c = (unsigned char)lx->s[lx->pos];
	enum apk_kind k = APK_INVALID;
	if (c == '.' && digit_at(lx, 1) && (prev == APK_DIGIT || prev == APK_LETTER)) {
		lx->pos++;
		k = APK_DIGIT;
	} else if (ver_islower(c) && prev == APK_DIGIT) {
		k = APK_LETTER;
	} else if (ver_isdigit(c) && prev == APK_LETTER) {
		k = APK_DIGIT;
	} else if (ver_isdigit(c) && prev == APK_SUFFIX) {
		k = APK_SUFFIX_NO;
	} else if (c == '_' && prev != APK_REVISION) {
		lx->pos++;
		k = APK_SUFFIX;
	} else if (c == '-' && at(lx, 1, 'r') && digit_at(lx, 2) && prev != APK_REVISION) {
		lx->pos += 2;
		k = APK_REVISION;
	}
	lx->next = k;
}

static void apk_init(apk_lexer *lx, const char *s)
{
	lx->s = s;
	lx->len = strlen(s);
	lx->pos = 0;
	lx->first = true;
	lx->next = digit_at(lx, 0) ? APK_DIGIT : lx->len ? APK_INVALID : APK_END;
}

static void apk_next(apk_lexer *lx, apk_token *t)
{
	t->kind = lx->next;
	t->p = lx->s + lx->pos;
	t->n = 0;
	t->suffix = 0;
	t->first = false;
	size_t rest = lx->len - lx->pos;
	switch (t->kind) {
	case APK_DIGIT:
		t->first = lx->first;
		lx->first = false;
		/* fallthrough */
	case APK_SUFFIX_NO:
	case APK_REVISION:
		t->n = ver_span_digits(t->p, rest);
		break;
	case APK_LETTER:
		t->n = 1;
		break;
	case APK_SUFFIX: {
		size_t n = 0;
		while (n < rest && ver_islower((unsigned char)t->p[n]))
			n++;
		t->n = n;
		bool known = false;
		for (int i = 0; i < 4 && !known; i++)
			if (strlen(apk_pre[i]) == n && !memcmp(apk_pre[i], t->p, n))
				t->suffix = i - 4, known = true;
		for (int i = 0; i < 5 && !known; i++)
			if (strlen(apk_post[i]) == n && !memcmp(apk_post[i], t->p, n))
				t->suffix = i, known = true;
		if (!known) {
			t->p--; /* the invalid tail starts at the '_' */
			t->kind = APK_INVALID;
		}
		break;
	}
	case APK_END:
	case APK_INVALID:
		break;
	}
	if (t->kind == APK_INVALID) {
		t->n = (size_t)(lx->s + lx->len - t->p);
		lx->pos = lx->len;
		lx->next = APK_END;
		return;
	}
	if (t->kind == APK_END)
		return;
	lx->pos += t->n;
	apk_classify(lx, t->kind);
}

/* Position of a token kind in the order used when two versions diverge. */
static int apk_rank(const apk_token *t)
{
	switch (t->kind) {
	case APK_SUFFIX:
		return t->suffix < 0 ? 0 : 4;
	case APK_END:
		return 1;
	case APK_REVISION:
		return 2;
	case APK_SUFFIX_NO:
		return 3;
	case APK_LETTER:
		return 5;
	case APK_DIGIT:
		return 6;
	case APK_INVALID:
		return 7;
	}
	return 7;
}

static int apk_token_cmp(const apk_token *a, const apk_token *b)
{
	int ra = apk_rank(a), rb = apk_rank(b);
	if (ra != rb)
		return ra < rb ? -1 : 1;
	switch (a->kind) {
	case APK_DIGIT:
		if (!a->first && !b->first && (a->p[0] == '0' || b->p[0] == '0'))
			return ver_memcmp(a->p, a->n, b->p, b->n);
		return ver_numcmp(a->p, a->n, b->p, b->n);
	case APK_SUFFIX_NO:
	case APK_REVISION:
		return ver_numcmp(a->p, a->n, b->p, b->n);
	case APK_LETTER:
	case APK_INVALID:
		return ver_memcmp(a->p, a->n, b->p, b->n);
	case APK_SUFFIX:
		return ver_sign(a->suffix - b->suffix);
	case APK_END:
		return 0;
	}
	return 0;
}

int bh_ver_cmp_apk(const char *a, const char *b)
{
	apk_lexer la, lb;
	apk_init(&la, a);
	apk_init(&lb, b);
	for (;;) {
		apk_token ta, tb;
		apk_next(&la, &ta);
		apk_next(&lb, &tb);
		int r = apk_token_cmp(&ta, &tb);
		if (r || ta.kind == APK_END || ta.kind == APK_INVALID)
			return r;
	}
}

bool bh_ver_valid_apk(const char *s)
{
	if (!*s)
		return false;
	apk_lexer lx;
	apk_init(&lx, s);
	apk_token t;
	do {
		apk_next(&lx, &t);
		if (t.kind == APK_INVALID)
			return false;
	} while (t.kind != APK_END);
	return true;
}
