#include "dockerfile/shell.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <string.h>

#define SH_MAX_DEPTH 32

typedef struct sp {
	const char *s;
	size_t len, i;
	sh_script *out;
	char **pending_heredocs; /* delimiters whose bodies start at the next newline */
	bool *pending_strip;
	size_t npending, pending_alloc, strip_alloc;
	/* One buffer per nesting depth for the word being read: a word at depth
	 * d only nests words at d + 1 ($(...)), and the buffers are reused
	 * instead of allocated for every word. */
	strbuf word_bufs[SH_MAX_DEPTH + 1];
} sp;

static sh_cmd *new_cmd(sp *p, int depth, int parent, bool pipe_in, int group)
{
	sh_cmd *c = BH_ARRAY_PUSH(p->out->cmds, p->out->n, p->out->alloc);
	memset(c, 0, sizeof *c);
	c->depth = depth;
	c->parent = parent;
	c->pipe_in = pipe_in;
	c->and_group = group;
	return c;
}

static void skip_heredoc_bodies(sp *p)
{
	/* at: just after a newline */
	for (size_t k = 0; k < p->npending; k++) {
		const char *d = p->pending_heredocs[k];
		size_t dl = strlen(d);
		while (p->i < p->len) {
			size_t ls = p->i;
			const char *nl = memchr(p->s + ls, '\n', p->len - ls);
			size_t le = nl ? (size_t)(nl - p->s) : p->len;
			p->i = nl ? le + 1 : p->len;
			size_t a = ls;
			if (p->pending_strip[k])
				while (a < le && p->s[a] == '\t')
					a++;
			if (le - a == dl && !memcmp(p->s + a, d, dl))
				break;
		}
	}
	p->npending = 0;
}

static bool is_op_char(char c)
{
	return c == '&' || c == '|' || c == ';' || c == '(' || c == ')' || c == '<' || c == '>' || c == '\n';
}

static int parse_list(sp *p, char stop, int depth, int parent);

/* Parses a substitution body starting at p->i until `stop`; returns the
 * index of its first command (or -1 when empty). */
static int parse_subst(sp *p, char stop, int depth, int parent)
{
	if (depth >= SH_MAX_DEPTH) {
		/* Too deep to care: skip to the closing character. */
		int lvl = 1;
		while (p->i < p->len && lvl) {
			char c = p->s[p->i++];
			if (c == '(')
				lvl++;
			else if (c == stop)
				lvl--;
		}
		return -1;
	}
	size_t before = p->out->n;
	parse_list(p, stop, depth + 1, parent);
	if (p->i < p->len && p->s[p->i] == stop)
		p->i++;
	return p->out->n > before ? (int)before : -1;
}

/* Reads one word at p->i into w. Returns false if no word is there. */
static bool read_word(sp *p, sh_word *w, int depth, int cmd_index)
{
	strbuf *sb = &p->word_bufs[depth < SH_MAX_DEPTH ? depth : SH_MAX_DEPTH];
	strbuf_reset(sb);
	w->off = p->i;
	w->subst = -1;
	bool any = false;
	while (p->i < p->len) {
		char c = p->s[p->i];
		if (isspace((unsigned char)c) || is_op_char(c))
			break;
		any = true;
		if (c == '\\') {
			if (p->i + 1 < p->len && p->s[p->i + 1] == '\n') {
				p->i += 2; /* line continuation inside a script */
				continue;
			}
			if (p->i + 1 < p->len)
				strbuf_addch(sb, p->s[p->i + 1]);
			p->i += 2;
			continue;
		}
		if (c == '\'') {
			w->quoted = true;
			p->i++;
			while (p->i < p->len && p->s[p->i] != '\'')
				strbuf_addch(sb, p->s[p->i++]);
			p->i++;
			continue;
		}
		if (c == '"') {
			w->quoted = true;
			p->i++;
			while (p->i < p->len && p->s[p->i] != '"') {
				char d = p->s[p->i];
				if (d == '\\' && p->i + 1 < p->len) {
					char e = p->s[p->i + 1];
					if (e == '"' || e == '\\' || e == '$' || e == '`')
						strbuf_addch(sb, e);
					else if (e != '\n') {
						strbuf_addch(sb, d);
						strbuf_addch(sb, e);
					}
					p->i += 2;
					continue;
				}
				if (d == '$' && p->i + 1 < p->len && p->s[p->i + 1] == '(' &&
				    !(p->i + 2 < p->len && p->s[p->i + 2] == '(')) {
					p->i += 2;
					int first = parse_subst(p, ')', depth, cmd_index);
					if (w->subst < 0)
						w->subst = first;
					w->dynamic = true;
					strbuf_addstr(sb, "$(...)");
					continue;
				}
				if (d == '`') {
					p->i++;
					int first = parse_subst(p, '`', depth, cmd_index);
					if (w->subst < 0)
						w->subst = first;
					w->dynamic = true;
					strbuf_addstr(sb, "$(...)");
					continue;
				}
				if (d == '$')
					w->dynamic = true;
				strbuf_addch(sb, d);
				p->i++;
			}
			p->i++;
			continue;
		}
		if (c == '$' && p->i + 1 < p->len && p->s[p->i + 1] == '(') {
			if (p->i + 2 < p->len && p->s[p->i + 2] == '(') {
				/* $(( arithmetic )) */
				int lvl = 0;
				while (p->i < p->len) {
					char d = p->s[p->i++];
					strbuf_addch(sb, d);
					if (d == '(')
						lvl++;
					else if (d == ')' && --lvl == 0)
						break;
				}
				w->dynamic = true;
				continue;
			}
			p->i += 2;
			int first = parse_subst(p, ')', depth, cmd_index);
			if (w->subst < 0)
				w->subst = first;
			w->dynamic = true;
			strbuf_addstr(sb, "$(...)");
			continue;
		}
		if (c == '`') {
			p->i++;
			int first = parse_subst(p, '`', depth, cmd_index);
			if (w->subst < 0)
				w->subst = first;
			w->dynamic = true;
			strbuf_addstr(sb, "$(...)");
			continue;
		}
		if (c == '$' && p->i + 1 < p->len && p->s[p->i + 1] == '{') {
			/* ${...} may contain spaces and quotes; copy to the brace. */
			w->dynamic = true;
			int lvl = 0;
			while (p->i < p->len) {
				char d = p->s[p->i++];
				strbuf_addch(sb, d);
				if (d == '{')
					lvl++;
				else if (d == '}' && --lvl == 0)
					break;
			}
			continue;
		}
		if (c == '$')
			w->dynamic = true;
		strbuf_addch(sb, c);
		p->i++;
	}
	/* words live in the script's arena: sh_script_free does not free
	 * them one by one */
	w->text = any ? bh_arena_strndup(&p->out->arena, sb->buf, sb->len) : NULL;
	return any;
}

static void add_word(sh_cmd *c, sh_word *w)
{
	if (c->n == 0)
		c->off = w->off;
	*BH_ARRAY_PUSH(c->w, c->n, c->alloc) = *w;
}

/* Most words differ from the names they are compared with in the first
 * byte: settle that inline before calling strcmp. */
static inline bool streq(const char *a, const char *b)
{
	return a[0] == b[0] && !strcmp(a, b);
}

static bool is_reserved(const char *t)
{
	static const char *const words[] = { "if", "then", "else", "elif", "fi", "do", "done",
					     "while", "until", "for", "case", "esac", "{", "}", "!", "in" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(words); i++)
		if (streq(t, words[i]))
			return true;
	return false;
}

static int parse_list(sp *p, char stop, int depth, int parent)
{
	int cur = -1;          /* index of the command being filled */
	bool pipe_in = false;
	int group = p->out->next_group++;
	bool for_header = false; /* "for x in a b c" words are data */
	while (p->i < p->len) {
		char c = p->s[p->i];
		if (stop && c == stop)
			return 0;
		if (c == '\n') {
			p->i++;
			cur = -1;
			pipe_in = false;
			for_header = false;
			group = p->out->next_group++;
			if (p->npending)
				skip_heredoc_bodies(p);
			continue;
		}
		if (isspace((unsigned char)c)) {
			p->i++;
			continue;
		}
		if (c == '\\' && p->i + 1 < p->len && p->s[p->i + 1] == '\n') {
			p->i += 2;
			continue;
		}
		if (c == '#' && (cur < 0 || p->out->cmds[cur].n == 0 || isspace((unsigned char)p->s[p->i - 1]))) {
			while (p->i < p->len && p->s[p->i] != '\n')
				p->i++;
			continue;
		}
		if (c == '|' || c == '&' || c == ';') {
			bool dbl = p->i + 1 < p->len && p->s[p->i + 1] == c;
			if (c == '|' && !dbl) {
				if (cur >= 0)
					p->out->cmds[cur].pipe_out = true;
				pipe_in = true;
				p->i += (p->i + 1 < p->len && p->s[p->i + 1] == '&') ? 2 : 1;
			} else {
				pipe_in = false;
				if (c == ';' || (c == '&' && !dbl)) {
					group = p->out->next_group++;
					for_header = false;
				}
				p->i += dbl ? 2 : 1;
			}
			cur = -1;
			continue;
		}
		if (c == '(' || c == ')') {
			p->i++;
			cur = -1;
			continue;
		}
		if (c == '<' || c == '>') {
			/* process substitution: <(...) and >(...) */
			if (p->i + 1 < p->len && p->s[p->i + 1] == '(') {
				p->i += 2;
				if (cur < 0) {
					cur = (int)p->out->n;
					new_cmd(p, depth, parent, pipe_in, group);
					pipe_in = false;
				}
				sh_word w = { .off = p->i - 2, .subst = -1, .procsub = true, .dynamic = true };
				w.subst = parse_subst(p, ')', depth, cur);
				w.text = bh_arena_strdup(&p->out->arena, "/dev/fd/63");
				add_word(&p->out->cmds[cur], &w);
				continue;
			}
			/* redirection: <, >, >>, <<, <<-, <<<, >&, <&, &> */
			bool heredoc = c == '<' && p->i + 1 < p->len && p->s[p->i + 1] == '<' &&
				       !(p->i + 2 < p->len && p->s[p->i + 2] == '<');
			bool herestring = c == '<' && p->i + 2 < p->len && p->s[p->i + 1] == '<' && p->s[p->i + 2] == '<';
			bool strip = false;
			p->i++;
			while (p->i < p->len && (p->s[p->i] == '<' || p->s[p->i] == '>' || p->s[p->i] == '&' || p->s[p->i] == '|'))
				p->i++;
			if (heredoc && p->i < p->len && p->s[p->i] == '-') {
				strip = true;
				p->i++;
			}
			while (p->i < p->len && (p->s[p->i] == ' ' || p->s[p->i] == '\t'))
				p->i++;
			sh_word target = { 0 };
			if (read_word(p, &target, depth, cur) && target.text) {
				if (heredoc) {
					*BH_ARRAY_PUSH(p->pending_heredocs, p->npending, p->pending_alloc) = target.text;
					size_t nn = p->npending - 1;
					bh_array_grow((void **)&p->pending_strip, &p->strip_alloc, p->npending, sizeof(bool));
					p->pending_strip[nn] = strip;
					if (cur >= 0)
						p->out->cmds[cur].stdin_heredoc = true;
				} else if (herestring || (target.text[0] >= '0' && target.text[0] <= '9' && !target.text[1])) {
				} else {
					if (cur < 0) {
						cur = (int)p->out->n;
						new_cmd(p, depth, parent, pipe_in, group);
						pipe_in = false;
					}
					sh_cmd *cc = &p->out->cmds[cur];
					*BH_ARRAY_PUSH(cc->redirs, cc->nredirs, cc->redirs_alloc) = target.text;
				}
			}
			continue;
		}
		/* fd number before a redirection: 2>&1 */
		if (isdigit((unsigned char)c) && p->i + 1 < p->len && (p->s[p->i + 1] == '>' || p->s[p->i + 1] == '<')) {
			p->i++;
			continue;
		}
		sh_word w = { 0 };
		int predicted = cur >= 0 ? cur : (int)p->out->n;
		if (!read_word(p, &w, depth, predicted)) {
			p->i++; /* a character we do not understand; move on */
			continue;
		}
		bool starts_cmd = cur < 0 || p->out->cmds[cur].n == 0;
		if (starts_cmd && !w.quoted && is_reserved(w.text)) {
			if (streq(w.text, "for") || streq(w.text, "case"))
				for_header = true;
			if (streq(w.text, "do") || streq(w.text, "then"))
				for_header = false;
			cur = -1;
			continue;
		}
		if (for_header)
			continue;
		if (cur < 0) {
			cur = (int)p->out->n;
			new_cmd(p, depth, parent, pipe_in, group);
			pipe_in = false;
			/* Substitutions in this first word were parsed before the command
			 * existed; point them at it. */
			for (int k = predicted; k < cur; k++)
				if (p->out->cmds[k].parent == predicted && p->out->cmds[k].depth == depth + 1)
					p->out->cmds[k].parent = cur;
		}
		add_word(&p->out->cmds[cur], &w);
	}
	return 0;
}

void sh_parse(const char *s, size_t len, sh_script *out)
{
	memset(out, 0, sizeof *out);
	sp p = { .s = s, .len = len, .out = out };
	for (size_t k = 0; k < BH_ARRAY_SIZE(p.word_bufs); k++)
		strbuf_init(&p.word_bufs[k]);
	while (p.i < p.len) {
		parse_list(&p, 0, 0, -1);
		if (p.i < p.len)
			p.i++; /* unbalanced closing character at top level */
	}
	free(p.pending_heredocs);
	free(p.pending_strip);
	for (size_t k = 0; k < BH_ARRAY_SIZE(p.word_bufs); k++)
		strbuf_release(&p.word_bufs[k]);
	/* Commands left empty by redirection-only lines are dropped. */
	size_t w = 0;
	for (size_t i = 0; i < out->n; i++) {
		if (out->cmds[i].n == 0) {
			free(out->cmds[i].redirs);
			free(out->cmds[i].w);
			/* Keep indexes stable for subst references: leave a hole marker. */
			out->cmds[i].w = NULL;
			out->cmds[i].redirs = NULL;
			out->cmds[i].nredirs = 0;
		}
		w++;
	}
	for (size_t i = 0; i < out->n; i++) {
		sh_cmd *c = &out->cmds[i];
		c->prog_argi = 0;
		c->prog = c->n ? sh_cmd_prog(c, &c->prog_argi) : NULL;
		if (!c->prog)
			c->prog_argi = 0;
	}
}

void sh_script_free(sh_script *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->cmds[i].w);
		free(s->cmds[i].redirs);
	}
	free(s->cmds);
	bh_arena_release(&s->arena);
	memset(s, 0, sizeof *s);
}

static bool is_assignment(const char *t)
{
	if (!isalpha((unsigned char)*t) && *t != '_')
		return false;
	while (isalnum((unsigned char)*t) || *t == '_')
		t++;
	return *t == '=';
}

const char *sh_cmd_prog(const sh_cmd *c, size_t *argi)
{
	size_t i = 0;
	while (i < c->n) {
		const char *t = c->w[i].text;
		if (is_assignment(t)) {
			i++;
			continue;
		}
		const char *b = bh_basename(t);
		if (streq(b, "sudo") || streq(b, "doas")) {
			i++;
			/* sudo options, including those that take a value */
			while (i < c->n && c->w[i].text[0] == '-') {
				const char *o = c->w[i].text;
				bool takes = streq(o, "-u") || streq(o, "-g") || streq(o, "-C") ||
					     streq(o, "-h") || streq(o, "-p") || streq(o, "-U");
				i += takes ? 2 : 1;
			}
			continue;
		}
		if (streq(b, "env")) {
			i++;
			while (i < c->n && (c->w[i].text[0] == '-' || is_assignment(c->w[i].text)))
				i++;
			continue;
		}
		if (streq(b, "exec") || streq(b, "nohup") || streq(b, "time") || streq(b, "command") ||
		    streq(b, "eatmydata") || streq(b, "nice") || streq(b, "stdbuf")) {
			i++;
			while (i < c->n && c->w[i].text[0] == '-')
				i++;
			continue;
		}
		if (argi)
			*argi = i;
		return b;
	}
	return NULL;
}

bool sh_cmd_uses_sudo(const sh_cmd *c)
{
	for (size_t i = 0; i < c->n; i++) {
		const char *t = c->w[i].text;
		if (is_assignment(t))
			continue;
		const char *b = bh_basename(t);
		return streq(b, "sudo") || streq(b, "doas");
	}
	return false;
}

bool sh_has_opt(const sh_cmd *c, size_t argi, const char *short_opt, const char *long_opt)
{
	for (size_t i = argi + 1; i < c->n; i++) {
		const char *t = c->w[i].text;
		if (streq(t, "--"))
			break;
		if (long_opt && t[0] == '-' && t[1] == '-') {
			size_t l = strlen(long_opt);
			if (!strncmp(t, long_opt, l) && (t[l] == '\0' || t[l] == '='))
				return true;
			continue;
		}
		if (short_opt && t[0] == '-' && t[1] && t[1] != '-') {
			if (short_opt[2] == '\0' && strchr(t + 1, short_opt[1]) && strspn(t + 1, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == strlen(t + 1))
				return true;
			if (!strcmp(t, short_opt))
				return true;
		}
	}
	return false;
}

const char *sh_subcommand(const sh_cmd *c, size_t argi, size_t *index)
{
	for (size_t i = argi + 1; i < c->n; i++) {
		const char *t = c->w[i].text;
		if (t[0] == '-') {
			/* options with a separate value */
			if (streq(t, "-o") || streq(t, "-c") || streq(t, "-t") || streq(t, "-X") ||
			    streq(t, "--repository") || streq(t, "-R") || streq(t, "--root") || streq(t, "-p") ||
			    streq(t, "--target-release"))
				i++;
			continue;
		}
		if (index)
			*index = i;
		return t;
	}
	return NULL;
}
