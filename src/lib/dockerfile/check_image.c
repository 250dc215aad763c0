/* Checks on what the image is: its base, its user, its health check, its
 * working directory and exposed ports. */
#include "dockerfile/lint_int.h"
#include "dockerfile/files.h"
#include "core/util.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

bool df_parse_imageref(const char *ref, df_imageref *out)
{
	memset(out, 0, sizeof *out);
	if (!ref || !*ref)
		return false;
	char buf[1024];
	if (strlen(ref) >= sizeof buf)
		return false;
	memcpy(buf, ref, strlen(ref) + 1);
	char *at = strchr(buf, '@');
	if (at) {
		snprintf(out->digest, sizeof out->digest, "%s", at + 1);
		*at = '\0';
	}
	char *slash = strchr(buf, '/');
	char *rest = buf;
	if (slash) {
		size_t n = (size_t)(slash - buf);
		bool is_registry = memchr(buf, '.', n) || memchr(buf, ':', n) || (n == 9 && !strncmp(buf, "localhost", 9));
		/* A registry host is never upper case; repositories are not either, but keep the test simple. */
		if (is_registry) {
			snprintf(out->registry, sizeof out->registry, "%.*s", (int)n, buf);
			rest = slash + 1;
		}
	}
	if (!out->registry[0]) {
		snprintf(out->registry, sizeof out->registry, "docker.io");
		out->registry_implicit = true;
	}
	char *last_slash = strrchr(rest, '/');
	char *colon = strrchr(last_slash ? last_slash : rest, ':');
	if (colon) {
		snprintf(out->tag, sizeof out->tag, "%s", colon + 1);
		*colon = '\0';
	}
	snprintf(out->repo, sizeof out->repo, "%s", rest);
	return out->repo[0] != '\0';
}

static bool is_stage_name(const df_file *f, size_t upto, const char *name)
{
	return df_stage_find(f, name, upto < f->nstages ? upto : f->nstages) >= 0;
}

static void check_bases(df_ctx *c)
{
	const df_file *f = c->f;
	for (size_t s = 0; s < f->nstages; s++) {
		const df_stage *st = &f->stages[s];
		const df_instr *in = &f->instrs[st->from];
		if (st->base_stage >= 0 || is_stage_name(f, s, st->base) || !strcasecmp(st->base, "scratch"))
			continue;
		if (st->base_unresolved || strchr(st->base, '$'))
			continue; /* depends on a build arg we do not know */
		df_imageref r;
		if (!df_parse_imageref(st->base, &r))
			continue;
		df_pos pos = in->args[0].pos;
		if (!r.digest[0]) {
			if (!r.tag[0])
				df_emit(c, "DF002", in, pos, st->base,
					"base image \"%s\" has no tag, so it means :latest and changes whenever upstream pushes", st->base);
			else if (!strcmp(r.tag, "latest"))
				df_emit(c, "DF002", in, pos, st->base,
					"base image \"%s\" uses the :latest tag, which changes whenever upstream pushes", st->base);
			df_emit(c, "DF003", in, pos, st->base, "base image \"%s\" is not pinned by digest (@sha256:...)", st->base);
		}
		const bh_policy *p = c->o->policy;
		if (p && bh_policy_has_trusted_registries(p)) {
			char full[1400];
			snprintf(full, sizeof full, "%s/%s", r.registry, r.repo);
			if (!bh_policy_registry_trusted(p, r.registry) && !bh_policy_registry_trusted(p, full))
				df_emit(c, "DF004", in, pos, st->base,
					"base image \"%s\" comes from registry %s, which is not in the policy's trusted_registries",
					st->base, r.registry);
		}
	}
}

static bool user_is_root(const char *u)
{
	char name[256];
	size_t n = strcspn(u, ":");
	if (n >= sizeof name)
		return false;
	memcpy(name, u, n);
	name[n] = '\0';
	if (!strcmp(name, "root"))
		return true;
	/* 0, 00, ... */
	if (!*name)
		return false;
	for (const char *p = name; *p; p++)
		if (*p != '0')
			return false;
	return true;
}

static void check_user(df_ctx *c)
{
	const df_file *f = c->f;
	/* The last USER along the chain of stages the final image is built on. */
	const df_instr *last_user = NULL;
	for (int s = c->final_stage; s >= 0 && !last_user; s = f->stages[s].base_stage) {
		const df_stage *st = &f->stages[s];
		for (size_t i = st->end; i-- > st->from;)
			if (f->instrs[i].kind == DF_USER) {
				last_user = &f->instrs[i];
				break;
			}
		if (f->stages[s].base_stage == s)
			break;
	}
	const df_stage *fin = &f->stages[c->final_stage];
	const df_instr *from = &f->instrs[fin->from];
	if (!last_user) {
		df_emit(c, "DF001", from, from->pos, NULL,
			"the final stage has no USER instruction, so the container runs as root unless the base image "
			"\"%s\" sets a user", fin->base);
		return;
	}
	const df_word *w = &last_user->args[0];
	if (w->unresolved)
		return;
	if (user_is_root(w->value))
		df_emit(c, "DF001", last_user, last_user->pos, w->value,
			"the last USER is \"%s\", so the container runs as root", w->value);
}

static void check_healthcheck(df_ctx *c)
{
	const df_file *f = c->f;
	const df_instr *hc = NULL;
	for (int s = c->final_stage; s >= 0 && !hc; s = f->stages[s].base_stage) {
		const df_stage *st = &f->stages[s];
		for (size_t i = st->end; i-- > st->from;)
			if (f->instrs[i].kind == DF_HEALTHCHECK) {
				hc = &f->instrs[i];
				break;
			}
	}
	const df_stage *fin = &f->stages[c->final_stage];
	const df_instr *from = &f->instrs[fin->from];
	if (!hc)
		df_emit(c, "DF022", from, from->pos, NULL,
			"the final stage defines no HEALTHCHECK, so the engine cannot detect a hung container");
	else if (!hc->exec_form && !hc->shell && hc->nargs == 1 && !strcasecmp(hc->args[0].value, "NONE"))
		df_emit(c, "DF022", hc, hc->pos, "HEALTHCHECK NONE", "HEALTHCHECK NONE disables the base image's health check");
}

/* Normalises "a/./b/../c" and tests whether it is at or below /proc, /sys, /dev or /boot. */
static const char *system_dir(const char *path)
{
	static const char *const dirs[] = { "/proc", "/sys", "/dev", "/boot" };
	char norm[4096] = "";
	size_t nl = 0;
	const char *p = path;
	while (*p) {
		while (*p == '/')
			p++;
		size_t n = strcspn(p, "/");
		if (!n)
			break;
		if (n == 1 && p[0] == '.') {
		} else if (n == 2 && p[0] == '.' && p[1] == '.') {
			while (nl > 0 && norm[nl - 1] != '/')
				nl--;
			if (nl > 0)
				nl--;
		} else if (nl + n + 2 < sizeof norm) {
			norm[nl++] = '/';
			memcpy(norm + nl, p, n);
			nl += n;
		}
		p += n;
	}
	norm[nl] = '\0';
	for (size_t i = 0; i < BH_ARRAY_SIZE(dirs); i++) {
		size_t dl = strlen(dirs[i]);
		if (!strncmp(norm, dirs[i], dl) && (norm[dl] == '\0' || norm[dl] == '/'))
			return dirs[i];
	}
	return NULL;
}

static void check_workdir(df_ctx *c)
{
	const df_file *f = c->f;
	for (size_t s = 0; s < f->nstages; s++) {
		char cwd[4096] = "/";
		for (size_t i = f->stages[s].from; i < f->stages[s].end; i++) {
			const df_instr *in = &f->instrs[i];
			if (in->kind != DF_WORKDIR || !in->nargs || in->args[0].unresolved)
				continue;
			const char *w = in->args[0].value;
			if (strlen(w) + strlen(cwd) + 2 > sizeof cwd)
				continue;
			if (w[0] == '/') {
				memcpy(cwd, w, strlen(w) + 1);
			} else {
				strcat(cwd, "/");
				strcat(cwd, w);
			}
			const char *sys = system_dir(cwd);
			if (sys)
				df_emit(c, "DF023", in, in->args[0].pos, w, "WORKDIR %s is inside %s", w, sys);
		}
	}
}

static void check_expose(df_ctx *c)
{
	const df_file *f = c->f;
	for (size_t i = 0; i < f->n; i++) {
		const df_instr *in = &f->instrs[i];
		if (in->kind != DF_EXPOSE || !df_in_final(c, in))
			continue;
		for (size_t a = 0; a < in->nargs; a++) {
			const char *v = in->args[a].value;
			/* 22, 22/tcp, 20-22 */
			long lo = 0, hi = 0;
			char *end;
			lo = strtol(v, &end, 10);
			hi = lo;
			if (*end == '-')
				hi = strtol(end + 1, &end, 10);
			if (end == v || (*end && *end != '/'))
				continue;
			if (lo <= 22 && 22 <= hi && (!*end || !strcasecmp(end, "/tcp")))
				df_emit(c, "DF021", in, in->args[a].pos, v, "EXPOSE %s publishes the SSH port 22", v);
		}
	}
}

static bool copies_whole_context(const df_instr *in)
{
	if (df_flag_get(in, "from"))
		return false;
	if (in->nargs < 2)
		return false;
	for (size_t a = 0; a + 1 < in->nargs; a++) {
		const char *v = in->args[a].value;
		if (!strcmp(v, ".") || !strcmp(v, "./") || !strcmp(v, "*") || !strcmp(v, "./*"))
			return true;
	}
	return false;
}

static void check_context_copy(df_ctx *c)
{
	if (c->o->has_dockerignore)
		return;
	const df_file *f = c->f;
	bool asked = false;
	for (size_t i = 0; i < f->n; i++) {
		const df_instr *in = &f->instrs[i];
		if ((in->kind != DF_COPY && in->kind != DF_ADD) || !df_in_final(c, in))
			continue;
		if (!copies_whole_context(in))
			continue;
		if (!asked && c->o->dockerignore_of) {
			asked = true;
			if (df_has_dockerignore(c->o->dockerignore_of))
				return;
		}
		df_emit(c, "DF024", in, in->pos, in->text,
				"%s %s copies the whole build context into the final image and there is no .dockerignore",
				in->keyword, in->text);
	}
}

void df_check_image(df_ctx *c)
{
	check_bases(c);
	check_user(c);
	check_healthcheck(c);
	check_workdir(c);
	check_expose(c);
	check_context_copy(c);
}
