#include "dockerfile/expand.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Names are found through a hash index: a linear search made a Dockerfile
 * of many ENV or ARG instructions quadratic. */
static size_t *index_slot(const df_vars *v, const char *name, size_t nlen)
{
	uint64_t h = 1469598103934665603u; /* FNV-1a */
	for (size_t i = 0; i < nlen; i++)
		h = (h ^ (unsigned char)name[i]) * 1099511628211u;
	size_t i = (size_t)h & (v->index_cap - 1);
	while (v->index[i]) {
		const df_var *x = &v->items[v->index[i] - 1];
		if (strlen(x->name) == nlen && !memcmp(x->name, name, nlen))
			break;
		i = (i + 1) & (v->index_cap - 1);
	}
	return &v->index[i];
}

void df_vars_set(df_vars *v, const char *name, const char *value)
{
	if ((v->n + 1) * 2 > v->index_cap) {
		free(v->index);
		v->index_cap = v->index_cap ? v->index_cap * 2 : 16;
		v->index = bh_calloc(v->index_cap, sizeof *v->index);
		for (size_t i = 0; i < v->n; i++)
			*index_slot(v, v->items[i].name, strlen(v->items[i].name)) = i + 1;
	}
	size_t *slot = index_slot(v, name, strlen(name));
	if (*slot) {
		df_var *x = &v->items[*slot - 1];
		free(x->value);
		x->value = value ? bh_strdup(value) : NULL;
		return;
	}
	df_var *x = BH_ARRAY_PUSH(v->items, v->n, v->alloc);
	x->name = bh_strdup(name);
	x->value = value ? bh_strdup(value) : NULL;
	*slot = v->n;
}

static const df_var *find(const df_vars *v, const char *name, size_t nlen)
{
	if (!v || !v->index_cap)
		return NULL;
	size_t *slot = index_slot(v, name, nlen);
	return *slot ? &v->items[*slot - 1] : NULL;
}

const char *df_vars_get(const df_vars *v, const char *name)
{
	const df_var *x = find(v, name, strlen(name));
	return x ? x->value : NULL;
}

void df_vars_copy(df_vars *dst, const df_vars *src)
{
	for (size_t i = 0; i < src->n; i++)
		df_vars_set(dst, src->items[i].name, src->items[i].value);
}

void df_vars_free(df_vars *v)
{
	for (size_t i = 0; i < v->n; i++) {
		free(v->items[i].name);
		free(v->items[i].value);
	}
	free(v->items);
	free(v->index);
	memset(v, 0, sizeof *v);
}

static const char *lookup(const df_scope *sc, const char *name, size_t nlen, bool *declared)
{
	const df_var *x = sc ? find(sc->env, name, nlen) : NULL;
	if (!x && sc)
		x = find(sc->args, name, nlen);
	*declared = x != NULL;
	return x ? x->value : NULL;
}

static bool is_name_start(char c) { return isalpha((unsigned char)c) || c == '_'; }
static bool is_name_char(char c) { return isalnum((unsigned char)c) || c == '_'; }

typedef struct cursor {
	const char *s;
	size_t len, i;
	char esc;
	const df_scope *scope;
	bool *unresolved;
	int depth;
} cursor;

static void expand_until(cursor *c, strbuf *out, char stop, bool in_dquote);

/* Shell-style pattern removal used by ${VAR#pat} and friends; supports
 * literal text and a single leading/trailing '*', which covers real use. */
static void remove_affix(strbuf *val, const char *pat, bool prefix, bool longest)
{
	size_t pl = strlen(pat);
	if (prefix) {
		if (pl && pat[pl - 1] == '*') {
			/* "abc*": shortest removes "abc", longest removes all */
			if (!strncmp(val->buf, pat, pl - 1)) {
				size_t cut = longest ? val->len : pl - 1;
				memmove(val->buf, val->buf + cut, val->len - cut + 1);
				val->len -= cut;
			}
		} else if (pl && pat[0] == '*') {
			const char *lit = pat + 1;
			const char *hit = longest ? NULL : strstr(val->buf, lit);
			if (longest)
				for (const char *p = strstr(val->buf, lit); p; p = strstr(p + 1, lit))
					hit = p;
			if (hit) {
				size_t cut = (size_t)(hit - val->buf) + strlen(lit);
				memmove(val->buf, val->buf + cut, val->len - cut + 1);
				val->len -= cut;
			}
		} else if (!strncmp(val->buf, pat, pl)) {
			memmove(val->buf, val->buf + pl, val->len - pl + 1);
			val->len -= pl;
		}
	} else {
		if (pl > 1 && pat[pl - 1] == '*') {
			/* "lit*" (${IMAGE%:*} drops the tag): shortest cuts at the last
			 * "lit", longest at the first */
			char *lit = bh_strndup(pat, pl - 1);
			const char *hit = NULL;
			for (const char *p = strstr(val->buf, lit); p; p = strstr(p + 1, lit)) {
				hit = p;
				if (longest)
					break;
			}
			free(lit);
			if (hit) {
				val->len = (size_t)(hit - val->buf);
				val->buf[val->len] = '\0';
			}
		} else if (pl && pat[0] == '*') {
			/* "*lit": only a value ending in lit matches; longest is all of it */
			size_t ll = pl - 1;
			if (ll <= val->len && !strcmp(val->buf + val->len - ll, pat + 1)) {
				val->len = longest ? 0 : val->len - ll;
				val->buf[val->len] = '\0';
			}
		} else if (pl <= val->len && !strcmp(val->buf + val->len - pl, pat)) {
			val->len -= pl;
			val->buf[val->len] = '\0';
		}
	}
}

static void expand_braced(cursor *c, strbuf *out)
{
	/* at: after "${" */
	size_t start = c->i;
	while (c->i < c->len && is_name_char(c->s[c->i]))
		c->i++;
	size_t nlen = c->i - start;
	const char *name = c->s + start;
	bool declared;
	const char *val = lookup(c->scope, name, nlen, &declared);
	bool set = val != NULL;
	if (c->i >= c->len) {
		/* unterminated: keep it literally */
		strbuf_addstr(out, "${");
		strbuf_add(out, name, nlen);
		return;
	}
	char op = c->s[c->i];
	if (op == '}') {
		c->i++;
		if (set)
			strbuf_addstr(out, val);
		else if (c->unresolved)
			*c->unresolved = true;
		return;
	}
	bool colon = false;
	if (op == ':') {
		colon = true;
		c->i++;
		op = c->i < c->len ? c->s[c->i] : '}';
	}
	if (op != '-' && op != '+' && op != '?' && op != '#' && op != '%') {
		/* Unsupported modifier: skip to the brace, leave nothing. */
		while (c->i < c->len && c->s[c->i] != '}')
			c->i++;
		if (c->i < c->len)
			c->i++;
		return;
	}
	c->i++;
	bool longest = false;
	if ((op == '#' || op == '%') && c->i < c->len && c->s[c->i] == op) {
		longest = true;
		c->i++;
	}
	strbuf word = STRBUF_INIT;
	expand_until(c, &word, '}', false);
	if (c->i < c->len && c->s[c->i] == '}')
		c->i++;
	bool empty = !set || !*val;
	bool use_val = colon ? !empty : set;
	switch (op) {
	case '-':
		strbuf_addstr(out, use_val ? val : word.buf);
		break;
	case '+':
		if (use_val)
			strbuf_addstr(out, word.buf);
		break;
	case '?':
		if (use_val)
			strbuf_addstr(out, val);
		else if (c->unresolved)
			*c->unresolved = true;
		break;
	default: {
		strbuf v = STRBUF_INIT;
		strbuf_addstr(&v, set ? val : "");
		remove_affix(&v, word.buf, op == '#', longest);
		strbuf_add(out, v.buf, v.len);
		strbuf_release(&v);
		if (!set && c->unresolved)
			*c->unresolved = true;
	}
	}
	strbuf_release(&word);
}

static void expand_dollar(cursor *c, strbuf *out)
{
	/* at: the '$' */
	c->i++;
	if (c->i >= c->len) {
		strbuf_addch(out, '$');
		return;
	}
	char ch = c->s[c->i];
	if (ch == '{' && c->depth < 32) {
		c->i++;
		c->depth++;
		expand_braced(c, out);
		c->depth--;
		return;
	}
	if (is_name_start(ch)) {
		size_t start = c->i;
		while (c->i < c->len && is_name_char(c->s[c->i]))
			c->i++;
		bool declared;
		const char *val = lookup(c->scope, c->s + start, c->i - start, &declared);
		if (val)
			strbuf_addstr(out, val);
		else if (c->unresolved)
			*c->unresolved = true;
		return;
	}
	strbuf_addch(out, '$');
}

static void expand_until(cursor *c, strbuf *out, char stop, bool in_dquote)
{
	while (c->i < c->len) {
		char ch = c->s[c->i];
		if (stop && ch == stop && !in_dquote)
			return;
		if (ch == c->esc && c->i + 1 < c->len) {
			char nx = c->s[c->i + 1];
			if (in_dquote && nx != '"' && nx != '$' && nx != c->esc) {
				/* inside double quotes only these are escapable */
				strbuf_addch(out, ch);
				c->i++;
				continue;
			}
			strbuf_addch(out, nx);
			c->i += 2;
			continue;
		}
		if (ch == '$') {
			expand_dollar(c, out);
			continue;
		}
		if (!in_dquote && ch == '\'') {
			c->i++;
			while (c->i < c->len && c->s[c->i] != '\'')
				strbuf_addch(out, c->s[c->i++]);
			if (c->i < c->len)
				c->i++;
			continue;
		}
		if (ch == '"') {
			c->i++;
			if (in_dquote)
				return;
			expand_until(c, out, 0, true);
			continue;
		}
		strbuf_addch(out, ch);
		c->i++;
	}
}

void df_expand_to(strbuf *out, const char *s, size_t len, char esc, const df_scope *scope, bool *unresolved)
{
	cursor c = { .s = s, .len = len, .esc = esc, .scope = scope, .unresolved = unresolved };
	if (unresolved)
		*unresolved = false;
	while (c.i < c.len) {
		expand_until(&c, out, 0, false);
		if (c.i < c.len) /* a stray closing quote or brace */
			strbuf_addch(out, c.s[c.i++]);
	}
}

char *df_expand(const char *s, size_t len, char esc, const df_scope *scope, bool *unresolved)
{
	strbuf out = STRBUF_INIT;
	df_expand_to(&out, s, len, esc, scope, unresolved);
	return strbuf_detach(&out, NULL);
}

/* End of the word that starts at s[i] (not a space): quotes and the escape
 * character keep spaces inside it. */
static size_t word_end(const char *s, size_t len, char esc, size_t i)
{
	char q = 0;
	while (i < len) {
		char ch = s[i];
		if (q) {
			if (ch == esc && q == '"' && i + 1 < len)
				i++;
			else if (ch == q)
				q = 0;
		} else if (ch == esc && i + 1 < len) {
			i++;
		} else if (ch == '\'' || ch == '"') {
			q = ch;
		} else if (isspace((unsigned char)ch)) {
			break;
		}
		i++;
	}
	return i;
}

size_t df_first_word_len(const char *s, size_t len, char esc)
{
	return word_end(s, len, esc, 0);
}

size_t df_split(const char *s, size_t len, char esc, size_t **starts, size_t **lens)
{
	size_t n = 0, alloc = 0, lalloc = 0, nl = 0;
	*starts = NULL;
	*lens = NULL;
	size_t i = 0;
	while (i < len) {
		while (i < len && isspace((unsigned char)s[i]))
			i++;
		if (i >= len)
			break;
		size_t st = i;
		i = word_end(s, len, esc, i);
		*BH_ARRAY_PUSH(*starts, n, alloc) = st;
		*BH_ARRAY_PUSH(*lens, nl, lalloc) = i - st;
	}
	return n;
}
