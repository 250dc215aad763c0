/* Checks on what COPY and ADD bring in: ADD semantics and file modes. */
#include "dockerfile/lint_int.h"
#include "core/util.h"

#include <string.h>
#include <strings.h>

static bool is_url(const char *s)
{
	return !strncasecmp(s, "http://", 7) || !strncasecmp(s, "https://", 8) || !strncasecmp(s, "ftp://", 6);
}

static bool is_git(const char *s)
{
	return !strncasecmp(s, "git@", 4) || !strncasecmp(s, "git://", 6) ||
	       ((is_url(s) || !strncasecmp(s, "ssh://", 6)) && (strstr(s, ".git#") || bh_ends_with(s, ".git")));
}

static bool is_local_archive(const char *s)
{
	static const char *const exts[] = { ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz",
					    ".txz", ".tar.zst", ".tzst", ".tar.lz", ".tar.lzma", ".tlz", NULL };
	for (const char *const *e = exts; *e; e++)
		if (bh_ends_with(s, *e))
			return true;
	/* A variable may name an archive; do not guess. */
	return strchr(s, '$') != NULL;
}

static void check_add(df_ctx *c, const df_instr *in)
{
	if (in->nheredocs)
		return; /* ADD <<EOF writes inline text and never fetches or unpacks */
	bool any_remote = false, any_archive = false;
	for (size_t a = 0; a + 1 < in->nargs; a++) {
		const char *src = in->args[a].value;
		if (is_git(src)) {
			any_remote = true;
			continue;
		}
		if (is_url(src)) {
			any_remote = true;
			if (!df_flag_get(in, "checksum"))
				df_emit(c, "DF008", in, in->args[a].pos, src, "ADD downloads %s without --checksum", src);
			continue;
		}
		if (is_local_archive(src))
			any_archive = true;
	}
	if (!any_remote && !any_archive && in->nargs >= 2)
		df_emit(c, "DF007", in, in->pos, in->text, "ADD copies local files; COPY does the same without ADD's URL and unpacking behaviour");
}

static void check_chmod_flag(df_ctx *c, const df_instr *in)
{
	const df_flag *fl = df_flag_get(in, "chmod");
	if (!fl || !fl->value)
		return;
	df_mode_facts_t m = df_mode_facts(fl->value);
	if (m.world_writable)
		df_emit(c, "DF019", in, fl->pos, fl->value, "%s --chmod=%s makes the copied files writable by every user", in->keyword, fl->value);
	if (m.setid)
		df_emit(c, "DF020", in, fl->pos, fl->value, "%s --chmod=%s sets the setuid/setgid bit", in->keyword, fl->value);
}

void df_check_files(df_ctx *c)
{
	for (size_t i = 0; i < c->f->n; i++) {
		const df_instr *in = &c->f->instrs[i];
		const df_instr *targets[2] = { in, in->sub };
		for (int t = 0; t < 2; t++) {
			const df_instr *x = targets[t];
			if (!x)
				continue;
			if (x->kind == DF_ADD)
				check_add(c, x);
			if (x->kind == DF_ADD || x->kind == DF_COPY)
				check_chmod_flag(c, x);
		}
	}
}
