/* ARG/ENV substitution as the BuildKit frontend does it. */
#include <stdlib.h>

#include "check.h"
#include "dockerfile/expand.h"

static char *ex(const df_scope *sc, const char *s, bool *unres)
{
	return df_expand(s, strlen(s), '\\', sc, unres);
}

int main(void)
{
	df_vars env = { 0 }, args = { 0 };
	df_vars_set(&args, "TAG", "1.2");
	df_vars_set(&args, "EMPTY", "");
	df_vars_set(&env, "HOME", "/root");
	df_vars_set(&args, "HOME", "/shadowed");
	df_scope sc = { .env = &env, .args = &args };
	bool u;
	char *r;
#define T(in, want)                       \
	r = ex(&sc, in, &u);              \
	CHECK_STR(r, want);               \
	free(r)
	T("debian:$TAG", "debian:1.2");
	T("debian:${TAG}", "debian:1.2");
	T("${HOME}/x", "/root/x"); /* ENV shadows ARG */
	T("${MISSING:-default}", "default");
	T("${EMPTY:-default}", "default");
	T("${EMPTY-default}", "");
	T("${TAG:+set}", "set");
	T("${MISSING:+set}", "");
	T("'$TAG'", "$TAG");            /* single quotes: literal */
	T("\"$TAG\"", "1.2");           /* double quotes: expanded, quotes removed */
	T("\\$TAG", "$TAG");            /* escaped dollar */
	T("a\\ b", "a b");
	T("${TAG%.2}", "1");
	T("${TAG#1.}", "2");
	T("$", "$");
	T("${unterminated", "${unterminated");
	r = ex(&sc, "x$MISSING", &u);
	CHECK_STR(r, "x");
	CHECK(u);
	free(r);
	r = ex(&sc, "x$TAG", &u);
	CHECK(!u);
	free(r);
	/* backtick as escape character */
	r = df_expand("a`$TAG", 6, '`', &sc, NULL);
	CHECK_STR(r, "a$TAG");
	free(r);

	size_t *st, *ln;
	const char *w = "a \"b c\" 'd e'  f\\ g";
	size_t n = df_split(w, strlen(w), '\\', &st, &ln);
	CHECK_INT(n, 4);
	CHECK_INT(st[1], 2);
	CHECK_INT(ln[1], 5);
	CHECK_INT(ln[3], 4);
	free(st);
	free(ln);
	df_vars_free(&env);
	df_vars_free(&args);
	return check_summary();
}
