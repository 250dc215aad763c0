/* Dockerfile parser.
 *
 * Follows the BuildKit Dockerfile frontend: parser directives at the top,
 * a configurable escape character, line continuations that skip comment and
 * empty lines, heredocs for RUN/COPY/ADD, JSON (exec) and shell forms, flags,
 * and ARG/ENV substitution per build stage so rules see resolved values. */
#include "dockerfile/parser.h"
#include "dockerfile/expand.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <strings.h>
#include <string.h>

typedef struct src_line {
	const char *s;
	size_t len;
} src_line;

typedef struct parser {
	const char *path;
	src_line *lines;
	size_t nlines;
	size_t cur;          /* next physical line (0-based) */
	char esc;
	df_file *f;
	bh_findings *errs;
	df_vars build_args;  /* from the command src_line */
	df_vars global_args; /* ARGs before the first FROM (with defaults) */
	df_vars stage_args;  /* ARGs declared in the current stage */
	df_vars stage_env;   /* ENV of the current stage */
	df_vars *stage_envs; /* final ENV of each finished stage, for FROM <stage> */
	size_t nstage_envs, stage_envs_alloc;
	char **pending_ignores;
	size_t npending, pending_alloc;
	strbuf scratch;      /* reused for every expansion (p_expand) */
} parser;

/* Every string of the tree (df_file) lives in the file's arena: a file is
 * thousands of small strings, and allocating and freeing each of them was a
 * fifth of the time spent linting it. */
static char *p_strndup(parser *p, const char *s, size_t n)
{
	return bh_arena_strndup(&p->f->arena, s, n);
}

static char *p_strdup(parser *p, const char *s)
{
	return bh_arena_strdup(&p->f->arena, s);
}

/* The arena copy of a buffer built on the heap, which is released. */
static char *p_keep(parser *p, strbuf *sb)
{
	char *r = p_strndup(p, sb->buf, sb->len);
	strbuf_release(sb);
	return r;
}

static char *p_expand(parser *p, const char *s, size_t len, const df_scope *sc, bool *unresolved)
{
	strbuf_reset(&p->scratch);
	df_expand_to(&p->scratch, s, len, p->esc, sc, unresolved);
	return p_strndup(p, p->scratch.buf, p->scratch.len);
}

static const struct {
	const char *name;
	df_kind kind;
} keywords[] = {
	{ "FROM", DF_FROM }, { "RUN", DF_RUN }, { "CMD", DF_CMD }, { "LABEL", DF_LABEL },
	{ "MAINTAINER", DF_MAINTAINER }, { "EXPOSE", DF_EXPOSE }, { "ENV", DF_ENV },
	{ "ADD", DF_ADD }, { "COPY", DF_COPY }, { "ENTRYPOINT", DF_ENTRYPOINT },
	{ "VOLUME", DF_VOLUME }, { "USER", DF_USER }, { "WORKDIR", DF_WORKDIR },
	{ "ARG", DF_ARG }, { "ONBUILD", DF_ONBUILD }, { "STOPSIGNAL", DF_STOPSIGNAL },
	{ "HEALTHCHECK", DF_HEALTHCHECK }, { "SHELL", DF_SHELL },
};

static int perr(parser *p, int line, int col, const char *fmt, const char *arg)
{
	bh_findings_error(p->errs, p->path, line, col, fmt, arg ? arg : "");
	return -1;
}

static bool is_blank(const src_line *l)
{
	for (size_t i = 0; i < l->len; i++)
		if (!isspace((unsigned char)l->s[i]))
			return false;
	return true;
}

static bool is_comment(const src_line *l)
{
	size_t i = 0;
	while (i < l->len && isspace((unsigned char)l->s[i]))
		i++;
	return i < l->len && l->s[i] == '#';
}

/* A line continues when its last non-blank character is the escape character. */
static bool continues(const parser *p, const src_line *l, size_t *content_len)
{
	size_t e = l->len;
	while (e > 0 && (l->s[e - 1] == ' ' || l->s[e - 1] == '\t'))
		e--;
	if (e > 0 && l->s[e - 1] == p->esc) {
		*content_len = e - 1;
		return true;
	}
	*content_len = l->len;
	return false;
}

static void split_lines(parser *p, const char *data, size_t len)
{
	size_t alloc = 0;
	size_t i = 0;
	/* A UTF-8 byte order mark is not part of the first instruction. */
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < len) {
		const char *nl = memchr(data + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - data) : len;
		src_line *l = BH_ARRAY_PUSH(p->lines, p->nlines, alloc);
		l->s = data + i;
		l->len = e - i;
		if (l->len && l->s[l->len - 1] == '\r')
			l->len--;
		i = e + 1;
	}
}

/* "# key=value" lines at the very top. */
static void parse_directives(parser *p)
{
	while (p->cur < p->nlines) {
		const src_line *l = &p->lines[p->cur];
		size_t i = 0;
		while (i < l->len && isspace((unsigned char)l->s[i]))
			i++;
		if (i >= l->len || l->s[i] != '#')
			return;
		i++;
		while (i < l->len && isspace((unsigned char)l->s[i]))
			i++;
		size_t ks = i;
		while (i < l->len && (isalnum((unsigned char)l->s[i]) || l->s[i] == '_'))
			i++;
		size_t ke = i;
		while (i < l->len && isspace((unsigned char)l->s[i]))
			i++;
		if (ke == ks || i >= l->len || l->s[i] != '=')
			return;
		i++;
		while (i < l->len && isspace((unsigned char)l->s[i]))
			i++;
		size_t ve = l->len;
		while (ve > i && isspace((unsigned char)l->s[ve - 1]))
			ve--;
		char *key = bh_strndup(l->s + ks, ke - ks);
		char *val = bh_strndup(l->s + i, ve - i);
		for (char *k = key; *k; k++)
			*k = (char)tolower((unsigned char)*k);
		bool known = true;
		if (!strcmp(key, "escape") && (!strcmp(val, "\\") || !strcmp(val, "`"))) {
			p->esc = val[0];
			p->f->escape = val[0];
		} else if (!strcmp(key, "syntax") && !p->f->syntax) {
			p->f->syntax = p_strdup(p, val);
		} else if (!strcmp(key, "check") && !p->f->check) {
			p->f->check = p_strdup(p, val);
		} else {
			known = false;
		}
		free(key);
		free(val);
		if (!known)
			return; /* an unknown directive is a comment and ends the directives */
		p->cur++;
	}
}

/* "# bulkhead ignore=DF001,DF002" collects ids for the next instruction. */
static void collect_ignores(parser *p, const src_line *l)
{
	char *text = bh_strndup(l->s, l->len);
	const char *m = strstr(text, "bulkhead");
	if (m) {
		m += 8;
		while (*m == ' ' || *m == '\t' || *m == ':')
			m++;
		if (bh_starts_with(m, "ignore=") || bh_starts_with(m, "ignore ")) {
			m += 7;
			while (*m == ' ')
				m++;
			while (*m) {
				size_t n = strcspn(m, ", \t");
				if (n)
					*BH_ARRAY_PUSH(p->pending_ignores, p->npending, p->pending_alloc) = p_strndup(p, m, n);
				m += n;
				if (*m == ' ' || *m == '\t')
					break; /* the rest is a free-text reason */
				if (*m)
					m++;
			}
		}
	}
	free(text);
}

static void add_seg(df_instr *in, size_t *alloc, size_t off, int line, int col)
{
	struct df_seg *s = BH_ARRAY_PUSH(in->segs, in->nsegs, *alloc);
	s->off = off;
	s->line = line;
	s->col = col;
}

/* ---------- JSON (exec) form ---------- */

static bool parse_json_string(const char *s, size_t len, size_t *i, strbuf *out)
{
	if (*i >= len || s[*i] != '"')
		return false;
	(*i)++;
	while (*i < len) {
		unsigned char c = (unsigned char)s[*i];
		if (c == '"') {
			(*i)++;
			return true;
		}
		if (c < 0x20)
			return false;
		if (c == '\\') {
			if (*i + 1 >= len)
				return false;
			char e = s[*i + 1];
			*i += 2;
			switch (e) {
			case '"': strbuf_addch(out, '"'); break;
			case '\\': strbuf_addch(out, '\\'); break;
			case '/': strbuf_addch(out, '/'); break;
			case 'b': strbuf_addch(out, '\b'); break;
			case 'f': strbuf_addch(out, '\f'); break;
			case 'n': strbuf_addch(out, '\n'); break;
			case 'r': strbuf_addch(out, '\r'); break;
			case 't': strbuf_addch(out, '\t'); break;
			case 'u': {
				if (*i + 4 > len)
					return false;
				unsigned cp = 0;
				for (int k = 0; k < 4; k++) {
					char h = s[*i + (size_t)k];
					cp <<= 4;
					if (h >= '0' && h <= '9') cp |= (unsigned)(h - '0');
					else if (h >= 'a' && h <= 'f') cp |= (unsigned)(h - 'a' + 10);
					else if (h >= 'A' && h <= 'F') cp |= (unsigned)(h - 'A' + 10);
					else return false;
				}
				*i += 4;
				/* Surrogates are not expected in Dockerfiles; keep them as U+FFFD. */
				if (cp >= 0xD800 && cp <= 0xDFFF)
					cp = 0xFFFD;
				if (cp < 0x80) {
					strbuf_addch(out, (char)cp);
				} else if (cp < 0x800) {
					strbuf_addch(out, (char)(0xC0 | (cp >> 6)));
					strbuf_addch(out, (char)(0x80 | (cp & 0x3F)));
				} else {
					strbuf_addch(out, (char)(0xE0 | (cp >> 12)));
					strbuf_addch(out, (char)(0x80 | ((cp >> 6) & 0x3F)));
					strbuf_addch(out, (char)(0x80 | (cp & 0x3F)));
				}
				break;
			}
			default: return false;
			}
			continue;
		}
		strbuf_addch(out, (char)c);
		(*i)++;
	}
	return false;
}

/* Parses text[off..] as a JSON array of strings. On success fills args. */
static bool parse_exec_form(parser *p, df_instr *in, size_t off)
{
	const char *s = in->text;
	size_t len = strlen(s), i = off;
	while (i < len && isspace((unsigned char)s[i]))
		i++;
	if (i >= len || s[i] != '[')
		return false;
	i++;
	df_word *args = NULL;
	size_t n = 0, alloc = 0;
	bool ok = false, first = true;
	for (;;) {
		while (i < len && isspace((unsigned char)s[i]))
			i++;
		if (i < len && s[i] == ']' && (first || n == 0)) {
			i++;
			ok = true;
			break;
		}
		size_t st = i;
		strbuf v = STRBUF_INIT;
		if (!parse_json_string(s, len, &i, &v)) {
			strbuf_release(&v);
			break;
		}
		df_word *w = BH_ARRAY_PUSH(args, n, alloc);
		w->raw = p_strndup(p, s + st, i - st);
		w->value = p_keep(p, &v);
		w->pos = df_pos_at(in, st);
		w->unresolved = false;
		first = false;
		while (i < len && isspace((unsigned char)s[i]))
			i++;
		if (i < len && s[i] == ',') {
			i++;
			continue;
		}
		if (i < len && s[i] == ']') {
			i++;
			ok = true;
		}
		break;
	}
	while (ok && i < len && isspace((unsigned char)s[i]))
		i++;
	if (!ok || i != len) {
		free(args); /* the strings are the arena's */
		return false;
	}
	in->exec_form = true;
	in->args = args;
	in->nargs = n;
	return true;
}

/* ---------- words, flags, key=value ---------- */

static df_scope scope_of(parser *p)
{
	df_scope sc = { .env = &p->stage_env, .args = &p->stage_args };
	return sc;
}

static void add_words(parser *p, df_instr *in, size_t off, const df_scope *sc)
{
	size_t *starts, *lens;
	size_t n = df_split(in->text + off, strlen(in->text + off), p->esc, &starts, &lens);
	size_t alloc = 0;
	for (size_t i = 0; i < n; i++) {
		df_word *w = BH_ARRAY_PUSH(in->args, in->nargs, alloc);
		const char *raw = in->text + off + starts[i];
		w->raw = p_strndup(p, raw, lens[i]);
		w->value = p_expand(p, raw, lens[i], sc, &w->unresolved);
		w->pos = df_pos_at(in, off + starts[i]);
	}
	free(starts);
	free(lens);
}

/* Consumes leading --flag[=value] words; returns the offset after them. */
static size_t parse_flags(parser *p, df_instr *in, const df_scope *sc)
{
	const char *t = in->text;
	size_t len = strlen(t), i = 0, alloc = 0;
	for (;;) {
		while (i < len && isspace((unsigned char)t[i]))
			i++;
		if (i + 2 > len || t[i] != '-' || t[i + 1] != '-')
			return i;
		/* only the flag word: splitting the whole rest of the text for
		 * every flag made an instruction of many flags quadratic */
		size_t wl = df_first_word_len(t + i, len - i, p->esc);
		const char *w = t + i + 2;
		size_t body = wl - 2;
		const char *eq = memchr(w, '=', body);
		df_flag *fl = BH_ARRAY_PUSH(in->flags, in->nflags, alloc);
		fl->pos = df_pos_at(in, i);
		if (eq) {
			fl->name = p_strndup(p, w, (size_t)(eq - w));
			fl->value = p_expand(p, eq + 1, body - (size_t)(eq - w) - 1, sc, NULL);
		} else {
			fl->name = p_strndup(p, w, body);
			fl->value = NULL;
		}
		i += wl;
	}
}

static void add_kv(df_instr *in, size_t *alloc, char *key, char *value, char *raw, df_pos pos)
{
	df_kv *kv = BH_ARRAY_PUSH(in->kvs, in->nkvs, *alloc);
	kv->key = key;
	kv->value = value;
	kv->raw_value = raw;
	kv->pos = pos;
}

/* ENV/LABEL: NAME=value ..., or the legacy "NAME value with spaces". */
static int parse_pairs(parser *p, df_instr *in, bool is_env)
{
	const char *t = in->text;
	size_t len = strlen(t), alloc = 0;
	size_t *starts, *lens;
	size_t n = df_split(t, len, p->esc, &starts, &lens);
	int rc = 0;
	if (n == 0) {
		rc = perr(p, in->pos.line, in->pos.col, "%s needs at least one NAME=value", in->keyword);
		goto out;
	}
	if (!memchr(t + starts[0], '=', lens[0])) {
		if (n < 2) {
			rc = perr(p, in->pos.line, in->pos.col, "%s needs a value: NAME=value or NAME value", in->keyword);
			goto out;
		}
		df_scope sc = scope_of(p);
		size_t vs = starts[1];
		size_t ve = len;
		while (ve > vs && isspace((unsigned char)t[ve - 1]))
			ve--;
		char *key = p_expand(p, t + starts[0], lens[0], &sc, NULL);
		char *val = p_expand(p, t + vs, ve - vs, &sc, NULL);
		add_kv(in, &alloc, key, val, p_strndup(p, t + vs, ve - vs), df_pos_at(in, starts[0]));
		if (is_env)
			df_vars_set(&p->stage_env, key, val);
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		const char *w = t + starts[i];
		const char *eq = memchr(w, '=', lens[i]);
		if (!eq) {
			rc = perr(p, df_pos_at(in, starts[i]).line, df_pos_at(in, starts[i]).col,
				  "expected NAME=value in %s", in->keyword);
			goto out;
		}
		/* ENV a=1 b=$a sees a=1: expand with the values set so far. */
		df_scope sc = scope_of(p);
		char *key = p_expand(p, w, (size_t)(eq - w), &sc, NULL);
		size_t vl = lens[i] - (size_t)(eq - w) - 1;
		char *val = p_expand(p, eq + 1, vl, &sc, NULL);
		add_kv(in, &alloc, key, val, p_strndup(p, eq + 1, vl), df_pos_at(in, starts[i]));
		if (is_env)
			df_vars_set(&p->stage_env, key, val);
	}
out:
	free(starts);
	free(lens);
	return rc;
}

static const char *build_arg(parser *p, const char *name, bool *given)
{
	for (size_t i = 0; i < p->build_args.n; i++) {
		if (!strcmp(p->build_args.items[i].name, name)) {
			*given = true;
			return p->build_args.items[i].value;
		}
	}
	*given = false;
	return NULL;
}

static int parse_arg(parser *p, df_instr *in, bool global)
{
	const char *t = in->text;
	size_t *starts, *lens, alloc = 0;
	size_t n = df_split(t, strlen(t), p->esc, &starts, &lens);
	int rc = 0;
	if (n == 0)
		rc = perr(p, in->pos.line, in->pos.col, "ARG needs a name%s", NULL);
	for (size_t i = 0; i < n && rc == 0; i++) {
		const char *w = t + starts[i];
		const char *eq = memchr(w, '=', lens[i]);
		char *name = p_strndup(p, w, eq ? (size_t)(eq - w) : lens[i]);
		df_scope sc = global ? (df_scope){ .args = &p->global_args } : scope_of(p);
		char *def = NULL, *raw = NULL;
		if (eq) {
			size_t vl = lens[i] - (size_t)(eq - w) - 1;
			raw = p_strndup(p, eq + 1, vl);
			def = p_expand(p, eq + 1, vl, &sc, NULL);
		}
		bool given;
		const char *cli = build_arg(p, name, &given);
		const char *value = given ? cli : def;
		if (!global && !eq && !given)
			/* "ARG NAME" inside a stage brings a global ARG's default into scope. */
			value = df_vars_get(&p->global_args, name);
		if (global)
			df_vars_set(&p->global_args, name, value);
		else
			df_vars_set(&p->stage_args, name, value);
		add_kv(in, &alloc, name, value ? p_strdup(p, value) : NULL, raw, df_pos_at(in, starts[i]));
	}
	free(starts);
	free(lens);
	return rc;
}

/* ---------- heredocs ---------- */

typedef struct hd_marker {
	size_t off;
	char *delim;
	bool strip, quoted;
} hd_marker;

/* Finds <<EOF, <<-EOF, <<"EOF", <<'EOF' outside quotes, in order. */
static size_t find_heredocs(const char *t, char esc, hd_marker **out)
{
	size_t n = 0, alloc = 0;
	*out = NULL;
	if (!strstr(t, "<<"))
		return 0; /* most instructions: no marker, no need to scan */
	char q = 0;
	size_t len = strlen(t);
	for (size_t i = 0; i < len; i++) {
		char c = t[i];
		if (q) {
			if (c == esc && q == '"')
				i++;
			else if (c == q)
				q = 0;
			continue;
		}
		if (c == esc) {
			i++;
			continue;
		}
		if (c == '\'' || c == '"') {
			q = c;
			continue;
		}
		if (c != '<' || i + 1 >= len || t[i + 1] != '<')
			continue;
		if (i + 2 < len && t[i + 2] == '<') { /* <<< here-string */
			i += 2;
			continue;
		}
		/* Like BuildKit, only a word that starts with [fd]<< opens a
		 * heredoc: $((1<<20)) and cat<<EOF are not heredocs. */
		size_t ws0 = i;
		while (ws0 > 0 && isdigit((unsigned char)t[ws0 - 1]))
			ws0--;
		if (ws0 > 0 && !isspace((unsigned char)t[ws0 - 1])) {
			i++;
			continue;
		}
		size_t j = i + 2;
		bool strip = false, quoted = false;
		if (j < len && t[j] == '-') {
			strip = true;
			j++;
		}
		char dq = 0;
		if (j < len && (t[j] == '"' || t[j] == '\'')) {
			dq = t[j];
			quoted = true;
			j++;
		}
		size_t ws = j;
		while (j < len && (isalnum((unsigned char)t[j]) || t[j] == '_' || t[j] == '-' || t[j] == '.'))
			j++;
		if (j == ws)
			continue;
		size_t we = j;
		if (dq) {
			if (j >= len || t[j] != dq)
				continue;
			j++;
		}
		hd_marker *m = BH_ARRAY_PUSH(*out, n, alloc);
		m->off = i;
		m->delim = bh_strndup(t + ws, we - ws);
		m->strip = strip;
		m->quoted = quoted;
		i = j - 1;
	}
	return n;
}

static int read_heredocs(parser *p, df_instr *in)
{
	hd_marker *ms;
	size_t n = find_heredocs(in->text, p->esc, &ms);
	size_t alloc = 0;
	int rc = 0;
	for (size_t k = 0; k < n; k++) {
		df_heredoc *h = BH_ARRAY_PUSH(in->heredocs, in->nheredocs, alloc);
		h->delim = p_strdup(p, ms[k].delim);
		free(ms[k].delim);
		h->strip_tabs = ms[k].strip;
		h->quoted = ms[k].quoted;
		h->pos = df_pos_at(in, ms[k].off);
		h->body_line = (int)p->cur + 1;
		strbuf body = STRBUF_INIT;
		bool closed = false;
		while (p->cur < p->nlines) {
			const src_line *l = &p->lines[p->cur++];
			const char *s = l->s;
			size_t len = l->len;
			if (h->strip_tabs)
				while (len && *s == '\t') {
					s++;
					len--;
				}
			if (len == strlen(h->delim) && !memcmp(s, h->delim, len)) {
				closed = true;
				break;
			}
			strbuf_add(&body, s, len);
			strbuf_addch(&body, '\n');
		}
		h->content = p_keep(p, &body);
		in->end_line = (int)p->cur;
		if (!closed) {
			rc = perr(p, h->pos.line, h->pos.col, "heredoc <<%s is never closed (expected a line with only the delimiter)", h->delim);
			for (size_t r = k + 1; r < n; r++)
				free(ms[r].delim);
			break;
		}
	}
	free(ms);
	return rc;
}

/* ---------- instructions ---------- */

static df_kind lookup_kind(const char *word)
{
	for (size_t i = 0; i < BH_ARRAY_SIZE(keywords); i++)
		if (keywords[i].name[0] == toupper((unsigned char)word[0]) && !strcasecmp(keywords[i].name, word))
			return keywords[i].kind;
	return DF_UNKNOWN;
}

static bool shell_or_exec(parser *p, df_instr *in, size_t off)
{
	if (parse_exec_form(p, in, off))
		return true;
	const char *s = in->text + off;
	while (isspace((unsigned char)*s)) {
		s++;
		off++;
	}
	in->shell = p_strdup(p, s);
	in->shell_off = off;
	return false;
}

static int parse_body(parser *p, df_instr *in, bool nested);

static void stage_start(parser *p, df_instr *in, size_t index)
{
	/* Keep the environment the previous stage ended with. */
	if (p->f->nstages) {
		df_vars *saved = BH_ARRAY_PUSH(p->stage_envs, p->nstage_envs, p->stage_envs_alloc);
		*saved = p->stage_env;
		memset(&p->stage_env, 0, sizeof p->stage_env);
		p->f->stages[p->f->nstages - 1].end = index;
	}
	df_vars_free(&p->stage_env);
	df_vars_free(&p->stage_args);
	df_stage *st = BH_ARRAY_PUSH(p->f->stages, p->f->nstages, p->f->stages_alloc);
	memset(st, 0, sizeof *st);
	st->from = index;
	st->end = index + 1;
	st->base_stage = -1;
	(void)in;
}

static int parse_from(parser *p, df_instr *in)
{
	/* FROM sees only the global ARGs (and build-time platform ARGs). */
	df_scope sc = { .args = &p->global_args };
	size_t off = parse_flags(p, in, &sc);
	add_words(p, in, off, &sc);
	if (in->nargs != 1 && !(in->nargs == 3 && !strcasecmp(in->args[1].value, "as")))
		return perr(p, in->pos.line, in->pos.col, "FROM expects an image and optionally \"AS name\"%s", NULL);
	df_stage *st = &p->f->stages[p->f->nstages - 1];
	st->base = p_strdup(p, in->args[0].value);
	st->base_unresolved = in->args[0].unresolved;
	/* "ARG BASE" without a default then "FROM $BASE" is the common way to
	 * take the image from --build-arg: lint it with the base unknown. Only
	 * an image that is empty by its own definition is an error. */
	if (!*st->base && !st->base_unresolved)
		return perr(p, in->args[0].pos.line, in->args[0].pos.col,
			    "FROM image resolves to an empty name (%s); give the ARG a default or pass --build-arg", in->args[0].raw);
	if (in->nargs == 3) {
		st->name = p_strdup(p, in->args[2].value);
		for (char *c = st->name; *c; c++)
			*c = (char)tolower((unsigned char)*c);
	}
	const df_flag *pl = df_flag_get(in, "platform");
	if (pl && pl->value)
		st->platform = p_strdup(p, pl->value);
	/* FROM <earlier stage>: inherit its environment. */
	int i = df_stage_find(p->f, st->base, p->f->nstages - 1);
	if (i >= 0) {
		st->base_stage = i;
		if ((size_t)i < p->nstage_envs)
			df_vars_copy(&p->stage_env, &p->stage_envs[i]);
	}
	df_stage_index_add(p->f, p->f->nstages - 1);
	return 0;
}

static int parse_body(parser *p, df_instr *in, bool nested)
{
	df_scope sc = scope_of(p);
	size_t off;
	switch (in->kind) {
	case DF_FROM:
		return parse_from(p, in);
	case DF_RUN:
		off = parse_flags(p, in, &sc);
		if (!nested && read_heredocs(p, in) < 0)
			return -1;
		shell_or_exec(p, in, off);
		return 0;
	case DF_CMD:
	case DF_ENTRYPOINT:
		shell_or_exec(p, in, 0);
		return 0;
	case DF_SHELL:
		if (!parse_exec_form(p, in, 0) || in->nargs == 0)
			return perr(p, in->pos.line, in->pos.col, "SHELL requires a JSON array, e.g. SHELL [\"/bin/sh\", \"-c\"]%s", NULL);
		return 0;
	case DF_HEALTHCHECK: {
		off = parse_flags(p, in, &sc);
		const char *t = in->text + off;
		while (isspace((unsigned char)*t)) {
			t++;
			off++;
		}
		if (!strncasecmp(t, "NONE", 4) && (!t[4] || isspace((unsigned char)t[4]))) {
			df_word *w = BH_ARRAY_PUSH(in->args, in->nargs, (size_t){ 0 });
			w->raw = p_strdup(p, "NONE");
			w->value = p_strdup(p, "NONE");
			w->pos = df_pos_at(in, off);
			return 0;
		}
		if (strncasecmp(t, "CMD", 3) || (t[3] && !isspace((unsigned char)t[3])))
			return perr(p, in->pos.line, in->pos.col, "HEALTHCHECK expects NONE or CMD <command>%s", NULL);
		shell_or_exec(p, in, off + 3);
		if (!in->exec_form && !*in->shell)
			return perr(p, in->pos.line, in->pos.col, "HEALTHCHECK CMD needs a command%s", NULL);
		return 0;
	}
	case DF_ADD:
	case DF_COPY:
		off = parse_flags(p, in, &sc);
		if (!nested && read_heredocs(p, in) < 0)
			return -1;
		if (!parse_exec_form(p, in, off))
			add_words(p, in, off, &sc);
		if (in->nargs < 2 && in->nheredocs == 0)
			return perr(p, in->pos.line, in->pos.col, "%s needs at least a source and a destination", in->keyword);
		return 0;
	case DF_ENV:
		return parse_pairs(p, in, true);
	case DF_LABEL:
		return parse_pairs(p, in, false);
	case DF_ARG:
		return parse_arg(p, in, false);
	case DF_VOLUME:
		if (!parse_exec_form(p, in, 0))
			add_words(p, in, 0, &sc);
		return 0;
	case DF_EXPOSE:
	case DF_USER:
	case DF_WORKDIR:
	case DF_STOPSIGNAL:
	case DF_MAINTAINER:
		add_words(p, in, 0, &sc);
		if (in->nargs == 0)
			return perr(p, in->pos.line, in->pos.col, "%s needs an argument", in->keyword);
		if (in->kind == DF_WORKDIR && in->nargs > 1) {
			/* Like BuildKit, WORKDIR takes the rest of the line as one
			 * path: WORKDIR C:\Program Files\app */
			in->nargs = 1;
			in->args[0].raw = p_strdup(p, in->text);
			in->args[0].value = p_expand(p, in->text, strlen(in->text), &sc, &in->args[0].unresolved);
		}
		if ((in->kind == DF_USER || in->kind == DF_WORKDIR || in->kind == DF_STOPSIGNAL) && in->nargs != 1)
			return perr(p, in->args[1].pos.line, in->args[1].pos.col, "%s takes exactly one argument", in->keyword);
		return 0;
	case DF_ONBUILD: {
		const char *t = in->text;
		size_t ks = 0;
		while (isalpha((unsigned char)t[ks]))
			ks++;
		char *kw = bh_strndup(t, ks);
		df_kind k = lookup_kind(kw);
		if (k == DF_UNKNOWN || k == DF_ONBUILD || k == DF_FROM || k == DF_MAINTAINER) {
			int rc = perr(p, in->pos.line, in->pos.col, "ONBUILD cannot wrap \"%s\"", kw);
			free(kw);
			return rc;
		}
		df_instr *sub = bh_calloc(1, sizeof *sub);
		in->sub = sub;
		sub->kind = k;
		for (char *c = kw; *c; c++)
			*c = (char)toupper((unsigned char)*c);
		sub->keyword = p_strdup(p, kw);
		free(kw);
		sub->pos = df_pos_at(in, 0);
		sub->end_line = in->end_line;
		sub->stage = in->stage;
		/* Rules report on the wrapped instruction, so "# bulkhead ignore="
		 * before the ONBUILD must reach it too. */
		if (in->nignores) {
			sub->ignores = bh_calloc(in->nignores, sizeof *sub->ignores);
			for (size_t i = 0; i < in->nignores; i++)
				sub->ignores[i] = p_strdup(p, in->ignores[i]);
			sub->nignores = in->nignores;
		}
		size_t bs = ks;
		while (isspace((unsigned char)t[bs]))
			bs++;
		sub->text = p_strdup(p, t + bs);
		size_t salloc = 0;
		for (size_t i = 0; i < in->nsegs; i++) {
			size_t so = in->segs[i].off;
			if (so + 0 < bs && (i + 1 == in->nsegs || in->segs[i + 1].off > bs))
				add_seg(sub, &salloc, 0, in->segs[i].line, in->segs[i].col + (int)(bs - so));
			else if (so >= bs)
				add_seg(sub, &salloc, so - bs, in->segs[i].line, in->segs[i].col);
		}
		/* ONBUILD runs in a later build: do not resolve variables now.
		 * BuildKit reads heredocs of ONBUILD RUN/COPY/ADD here, though:
		 * their bodies follow this line, not the later build's. */
		int rc = parse_body(p, sub, false);
		in->end_line = sub->end_line;
		return rc;
	}
	default:
		return 0;
	}
}

/* Reads one logical instruction starting at the current line. */
static int read_instruction(parser *p)
{
	const src_line *first = &p->lines[p->cur];
	size_t i = 0;
	while (i < first->len && isspace((unsigned char)first->s[i]))
		i++;
	int line_no = (int)p->cur + 1;
	size_t ks = i;
	while (i < first->len && isalpha((unsigned char)first->s[i]))
		i++;
	if (i == ks || (i < first->len && !isspace((unsigned char)first->s[i]) &&
			!(i + 1 == first->len && first->s[i] == p->esc) && first->s[i] != p->esc)) {
		char shown[64];
		size_t sl = first->len - ks < 40 ? first->len - ks : 40;
		memcpy(shown, first->s + ks, sl);
		shown[sl] = '\0';
		return perr(p, line_no, (int)ks + 1, "expected an instruction (FROM, RUN, COPY, ...), found \"%s\"", shown);
	}
	char *kw = bh_strndup(first->s + ks, i - ks);
	df_kind kind = lookup_kind(kw);
	if (kind == DF_UNKNOWN) {
		int rc = perr(p, line_no, (int)ks + 1, "unknown instruction \"%s\"", kw);
		free(kw);
		return rc;
	}
	if (p->f->n >= DF_MAX_INSTRUCTIONS) {
		free(kw);
		return perr(p, line_no, 1, "more than 100000 instructions%s", NULL);
	}
	df_instr *in = BH_ARRAY_PUSH(p->f->instrs, p->f->n, p->f->alloc);
	memset(in, 0, sizeof *in);
	in->kind = kind;
	for (char *c = kw; *c; c++)
		*c = (char)toupper((unsigned char)*c);
	in->keyword = p_strdup(p, kw);
	free(kw);
	in->pos.line = line_no;
	in->pos.col = (int)ks + 1;
	in->stage = (int)p->f->nstages - 1;
	in->ignores = p->pending_ignores;
	in->nignores = p->npending;
	p->pending_ignores = NULL;
	p->npending = p->pending_alloc = 0;

	/* Join continuation lines, remembering where each piece came from. */
	strbuf text = STRBUF_INIT;
	size_t seg_alloc = 0;
	while (i < first->len && isspace((unsigned char)first->s[i]))
		i++;
	const src_line *l = first;
	size_t start = i;
	for (;;) {
		size_t content;
		bool more = continues(p, l, &content);
		if (start < content) {
			add_seg(in, &seg_alloc, text.len, (int)p->cur + 1, (int)start + 1);
			strbuf_add(&text, l->s + start, content - start);
		}
		p->cur++;
		if (!more)
			break;
		/* Comments and empty lines inside a continuation are skipped. */
		while (p->cur < p->nlines && (is_comment(&p->lines[p->cur]) || is_blank(&p->lines[p->cur])))
			p->cur++;
		if (p->cur >= p->nlines)
			break;
		l = &p->lines[p->cur];
		start = 0;
	}
	/* Trailing blanks are not part of the arguments. */
	while (text.len && isspace((unsigned char)text.buf[text.len - 1]))
		text.buf[--text.len] = '\0';
	in->text = p_keep(p, &text);
	in->end_line = (int)p->cur;

	if (kind == DF_FROM) {
		stage_start(p, in, p->f->n - 1);
		in->stage = (int)p->f->nstages - 1;
	} else if (p->f->nstages == 0 && kind != DF_ARG) {
		return perr(p, line_no, (int)ks + 1, "%s before the first FROM (only ARG may come before FROM)", in->keyword);
	}
	if (kind == DF_ARG && p->f->nstages == 0)
		return parse_arg(p, in, true);
	int rc = parse_body(p, in, false);
	if (p->f->nstages)
		p->f->stages[p->f->nstages - 1].end = p->f->n;
	return rc;
}

static void predefined_args(parser *p)
{
	/* BuildKit defines these for FROM lines without any declaration. */
	static const char *const defs[][2] = {
		{ "TARGETPLATFORM", "linux/amd64" }, { "TARGETOS", "linux" }, { "TARGETARCH", "amd64" },
		{ "TARGETVARIANT", "" }, { "BUILDPLATFORM", "linux/amd64" }, { "BUILDOS", "linux" },
		{ "BUILDARCH", "amd64" }, { "BUILDVARIANT", "" },
	};
	for (size_t i = 0; i < BH_ARRAY_SIZE(defs); i++)
		df_vars_set(&p->global_args, defs[i][0], defs[i][1]);
}

int df_parse(const char *path, const char *data, size_t len, const df_parse_opts *o,
	     df_file *out, bh_findings *errs)
{
	memset(out, 0, sizeof *out);
	out->path = bh_arena_strdup(&out->arena, path);
	out->escape = '\\';
	parser p = { .path = path, .esc = '\\', .f = out, .errs = errs };
	strbuf_init(&p.scratch);
	if (len > DF_MAX_BYTES) {
		perr(&p, 0, 0, "file is larger than 16 MiB; not a Dockerfile%s", NULL);
		return -1;
	}
	if (memchr(data, '\0', len)) {
		perr(&p, 0, 0, "file contains NUL bytes; not a Dockerfile%s", NULL);
		return -1;
	}
	for (size_t i = 0; o && i < o->nbuild_args; i++) {
		const char *a = o->build_args[i];
		const char *eq = strchr(a, '=');
		char *name = bh_strndup(a, eq ? (size_t)(eq - a) : strlen(a));
		/* "--build-arg NAME" takes the value from the environment, like docker build. */
		const char *val = eq ? eq + 1 : getenv(name);
		if (val)
			df_vars_set(&p.build_args, name, val);
		free(name);
	}
	predefined_args(&p);
	split_lines(&p, data, len);
	out->nlines = (int)p.nlines;
	parse_directives(&p);
	int rc = 0;
	while (p.cur < p.nlines && rc == 0) {
		const src_line *l = &p.lines[p.cur];
		if (is_blank(l)) {
			p.cur++;
			continue;
		}
		if (is_comment(l)) {
			collect_ignores(&p, l);
			p.cur++;
			continue;
		}
		rc = read_instruction(&p);
	}
	if (rc == 0 && out->nstages == 0)
		rc = perr(&p, 0, 0, "no FROM instruction: not a Dockerfile, or an empty one%s", NULL);
	df_vars_free(&p.build_args);
	df_vars_free(&p.global_args);
	df_vars_free(&p.stage_args);
	df_vars_free(&p.stage_env);
	for (size_t i = 0; i < p.nstage_envs; i++)
		df_vars_free(&p.stage_envs[i]);
	free(p.stage_envs);
	free(p.pending_ignores);
	strbuf_release(&p.scratch);
	free(p.lines);
	return rc;
}

/* The strings are the arena's (df_file_free releases it); only the arrays
 * and the ONBUILD instruction are freed one by one. */
static void free_instr(df_instr *in)
{
	free(in->flags);
	free(in->args);
	free(in->kvs);
	free(in->heredocs);
	if (in->sub) {
		free_instr(in->sub);
		free(in->sub);
	}
	free(in->ignores);
	free(in->segs);
}

void df_file_free(df_file *f)
{
	for (size_t i = 0; i < f->n; i++)
		free_instr(&f->instrs[i]);
	free(f->instrs);
	free(f->stages);
	free(f->stage_index);
	bh_arena_release(&f->arena);
	memset(f, 0, sizeof *f);
}
