/* The lint driver: works out the final stage, extracts every shell script
 * (shell form, exec form with -c, heredocs), then runs each check family. */
#include "dockerfile/lint_int.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <stdarg.h>
#include <string.h>
#include <strings.h>

void df_emit(df_ctx *c, const char *rule_id, const df_instr *in, df_pos pos, const char *evidence,
	     const char *fmt, ...)
{
	const bh_rule *rule = bh_rule_find(rule_id);
	if (!rule)
		bh_die("internal error: unknown rule %s", rule_id);
	/* "# bulkhead ignore=ID" on the line before the instruction */
	for (size_t i = 0; in && i < in->nignores; i++) {
		if (!strcasecmp(in->ignores[i], rule_id) || !strcmp(in->ignores[i], "*")) {
			c->out->suppressed++;
			return;
		}
	}
	strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	bh_finding *x = bh_findings_add(c->out, rule, c->f->path, pos.line, pos.col, "%s", sb.buf);
	strbuf_release(&sb);
	if (in && in->stage >= 0 && (size_t)in->stage < c->f->nstages) {
		const df_stage *st = &c->f->stages[in->stage];
		if (c->f->nstages > 1)
			x->object = st->name ? bh_asprintf("stage %s", st->name) : bh_asprintf("stage %d", in->stage);
	}
	if (evidence)
		x->evidence = bh_strdup(evidence);
}

df_pos df_script_pos(const df_script *s, size_t off)
{
	if (s->heredoc >= 0) {
		const df_heredoc *h = &s->in->heredocs[s->heredoc];
		df_pos p = { h->body_line, 1 };
		for (size_t i = 0; i < off && s->text[i]; i++) {
			if (s->text[i] == '\n') {
				p.line++;
				p.col = 1;
			} else {
				p.col++;
			}
		}
		return p;
	}
	if (s->exec_arg >= 0)
		return s->in->args[s->exec_arg].pos;
	return df_pos_at(s->in, s->base_off + off);
}

bool df_in_final(const df_ctx *c, const df_instr *in)
{
	return in->stage >= 0 && c->in_final[in->stage];
}

static bool is_shell(const char *prog)
{
	static const char *const shells[] = { "sh", "bash", "dash", "ash", "zsh", "ksh", "busybox" };
	const char *b = strrchr(prog, '/');
	b = b ? b + 1 : prog;
	for (size_t i = 0; i < BH_ARRAY_SIZE(shells); i++)
		if (!strcmp(b, shells[i]))
			return true;
	return false;
}

static void add_script(df_ctx *c, size_t *alloc, const df_instr *in, const char *text, size_t base_off,
		       int heredoc, int exec_arg)
{
	df_script *s = BH_ARRAY_PUSH(c->scripts, c->nscripts, *alloc);
	s->in = in;
	s->text = text;
	s->base_off = base_off;
	s->heredoc = heredoc;
	s->exec_arg = exec_arg;
	s->owned_text = NULL;
	sh_parse(text, strlen(text), &s->sh);
}

/* The program a "#!" line runs: "#!/bin/bash" -> bash, "#!/usr/bin/env -S python3" -> python3. */
static void shebang_prog(const char *line, char *out, size_t cap)
{
	out[0] = '\0';
	const char *p = line + 2;
	for (int word = 0; word < 8; word++) {
		while (*p == ' ' || *p == '\t')
			p++;
		size_t n = strcspn(p, " \t\n");
		if (!n)
			return;
		const char *b = p;
		for (size_t i = 0; i < n; i++)
			if (p[i] == '/')
				b = p + i + 1;
		size_t bl = (size_t)(p + n - b);
		p += n;
		if (bl == 3 && !memcmp(b, "env", 3))
			continue;
		if (b[0] == '-' && word > 0)
			continue; /* env -S */
		if (bl >= cap)
			return;
		memcpy(out, b, bl);
		out[bl] = '\0';
		return;
	}
}

/* BuildKit runs a heredoc as the script itself only when the RUN is nothing
 * but that heredoc ("RUN <<EOF"); otherwise the shell gets the whole text and
 * each heredoc is the stdin of its command: a script when that command is a
 * shell ("RUN bash <<EOF", "RUN <<EOF sh -e"), data otherwise
 * ("RUN python3 <<EOF", "RUN <<A cat > a && <<B cat > b"). A script whose
 * "#!" line names another interpreter is not shell either. */
static bool heredoc_is_script(const df_instr *in, size_t h)
{
	if (in->exec_form || !in->shell)
		return false;
	const char *body = in->heredocs[h].content;
	if (body[0] == '#' && body[1] == '!') {
		char interp[64];
		shebang_prog(body, interp, sizeof interp);
		if (!is_shell(interp))
			return false;
	}
	const char *s = in->shell;
	while (*s == ' ' || *s == '\t')
		s++;
	if (s[0] == '<' && s[1] == '<') {
		/* skip the marker: <<EOF, <<-EOF, <<"EOF" */
		s += 2;
		s += strcspn(s, " \t");
		while (*s == ' ' || *s == '\t')
			s++;
		if (!*s)
			return in->nheredocs == 1;
	}
	size_t n = strcspn(s, " \t");
	char prog[64];
	if (n >= sizeof prog)
		return false;
	memcpy(prog, s, n);
	prog[n] = '\0';
	return is_shell(prog);
}

static void collect_scripts_of(df_ctx *c, size_t *alloc, const df_instr *in)
{
	if (in->kind != DF_RUN)
		return;
	if (in->exec_form) {
		/* ["sh", "-c", "script"] runs a script; other exec forms are one command. */
		if (in->nargs >= 3 && is_shell(in->args[0].value) && !strcmp(in->args[1].value, "-c")) {
			add_script(c, alloc, in, in->args[2].value, 0, -1, 2);
		} else if (in->nargs) {
			strbuf sb = STRBUF_INIT;
			for (size_t i = 0; i < in->nargs; i++) {
				if (i)
					strbuf_addch(&sb, ' ');
				/* single-quote each argument so it stays one word */
				strbuf_addch(&sb, '\'');
				for (const char *p = in->args[i].value; *p; p++) {
					if (*p == '\'')
						strbuf_addstr(&sb, "'\\''");
					else
						strbuf_addch(&sb, *p);
				}
				strbuf_addch(&sb, '\'');
			}
			char *text = strbuf_detach(&sb, NULL);
			add_script(c, alloc, in, text, 0, -1, 0);
			c->scripts[c->nscripts - 1].owned_text = text;
		}
	} else if (in->shell) {
		add_script(c, alloc, in, in->shell, in->shell_off, -1, -1);
	}
	for (size_t h = 0; h < in->nheredocs; h++)
		if (heredoc_is_script(in, h))
			add_script(c, alloc, in, in->heredocs[h].content, 0, (int)h, -1);
}

static void collect_scripts(df_ctx *c)
{
	size_t alloc = 0;
	for (size_t i = 0; i < c->f->n; i++) {
		const df_instr *in = &c->f->instrs[i];
		collect_scripts_of(c, &alloc, in);
		if (in->kind == DF_ONBUILD && in->sub)
			collect_scripts_of(c, &alloc, in->sub);
	}
}

static int find_target(const df_file *f, const char *target)
{
	if (!target)
		return (int)f->nstages - 1;
	return df_stage_find(f, target, f->nstages);
}

void df_lint(const df_file *f, const df_lint_opts *o, bh_findings *out)
{
	df_ctx c = { .f = f, .o = o, .out = out };
	c.final_stage = find_target(f, o->target);
	if (c.final_stage < 0) {
		bh_findings_error(out, f->path, 0, 0, "build target \"%s\" is not a stage of this Dockerfile", o->target);
		return;
	}
	c.in_final = bh_calloc(f->nstages ? f->nstages : 1, sizeof(bool));
	for (int s = c.final_stage; s >= 0; s = f->stages[s].base_stage) {
		if (c.in_final[s])
			break;
		c.in_final[s] = true;
	}
	collect_scripts(&c);

	df_check_image(&c);
	df_check_secrets(&c);
	df_check_shell(&c);
	df_check_files(&c);

	for (size_t i = 0; i < c.nscripts; i++) {
		free(c.scripts[i].owned_text);
		sh_script_free(&c.scripts[i].sh);
	}
	free(c.scripts);
	free(c.in_final);
}
