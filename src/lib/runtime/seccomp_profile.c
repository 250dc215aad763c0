/* Docker's seccomp profile format, resolved for one container.
 *
 * The format: defaultAction (+ defaultErrnoRet), architectures or archMap
 * ([{architecture, subArchitectures}], of which only the host's entry
 * counts), and syscalls: [{names (or name), action, errnoRet, args,
 * includes: {caps, arches, minKernel}, excludes: {caps, arches, minKernel},
 * comment}]. An entry applies when every include holds (all its caps held,
 * the host among its arches, the kernel at least minKernel) and no exclude
 * does (none of its caps held, the host not among its arches, the kernel
 * older than minKernel); that is how Docker reads it. Actions, operators and
 * architectures are checked against what the runtime can load, so a profile
 * that passes here also loads in `bulkhead runtime`. */
#include "runtime/seccomp_profile.h"
#include "runtime/rt_int.h"
#include "core/util.h"
#include "core/yamldoc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

#define SP_MAX_BYTES (4u << 20)

typedef struct parser {
	const char *name;
	const sp_env *env;
	char *err;
	size_t errlen;
	bool failed;
} parser;

static bool bad(parser *P, const ynode *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static bool bad(parser *P, const ynode *n, const char *fmt, ...)
{
	if (P->failed)
		return false;
	P->failed = true;
	char what[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	if (n)
		snprintf(P->err, P->errlen, "%s:%d:%d: %s", P->name, n->line, n->col, what);
	else
		snprintf(P->err, P->errlen, "%s: %s", P->name, what);
	return false;
}

static bool absent(const ynode *n) { return !n || yis_null(n); }

/* A scalar string without NULs, or NULL after an error. */
static const char *want_str(parser *P, const ynode *n, const char *what)
{
	if (!n || n->kind != YN_SCALAR || yis_null(n) || strlen(n->str) != n->len || !n->len) {
		bad(P, n, "%s: expected a non-empty string", what);
		return NULL;
	}
	return n->str;
}

static bool want_u64(parser *P, const ynode *n, const char *what, uint64_t *out)
{
	*out = 0;
	if (absent(n))
		return true;
	if (n->kind != YN_SCALAR || !n->plain || !n->len || n->str[0] == '-' || n->str[0] == '+')
		return bad(P, n, "%s: expected a non-negative integer", what);
	char *end;
	errno = 0;
	unsigned long long v = strtoull(n->str, &end, 10);
	if (errno || *end)
		return bad(P, n, "%s: expected a non-negative integer below 2^64", what);
	*out = v;
	return true;
}

static bool want_errno(parser *P, const ynode *n, const char *what, bool *has, int64_t *out)
{
	*has = !absent(n);
	if (!*has)
		return true;
	if (n->kind != YN_SCALAR || !n->plain || !yint(n, out) || *out < 0 || *out > 4095)
		return bad(P, n, "%s: expected an errno number from 0 to 4095", what);
	return true;
}

/* Only the keys the format has: a misspelt key would otherwise silently drop a restriction. */
static bool only_keys(parser *P, const ynode *m, const char *what, const char *const *keys)
{
	for (size_t i = 0; i < ymap_size(m); i++) {
		const ynode *k = ymap_key_at(m, i);
		const char *s = yscalar(k);
		bool ok = false;
		for (size_t j = 0; s && keys[j]; j++)
			ok |= !strcmp(s, keys[j]);
		if (!ok)
			return bad(P, k, "%s: unknown key \"%s\"", what, s ? s : "?");
	}
	return true;
}

/* A list of strings (absent is empty); the strings are borrowed from the tree. */
static bool want_strs(parser *P, const ynode *n, const char *what, const char ***out, size_t *nout)
{
	*out = NULL;
	*nout = 0;
	if (absent(n))
		return true;
	if (!yis_seq(n))
		return bad(P, n, "%s: expected a list of strings", what);
	*out = bh_calloc(n->n + 1, sizeof **out);
	for (size_t i = 0; i < n->n; i++) {
		const char *s = want_str(P, n->items[i], what);
		if (!s) {
			free(*out);
			*out = NULL;
			*nout = 0;
			return false;
		}
		(*out)[(*nout)++] = s;
	}
	return true;
}

static bool has_str(const char *const *list, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(list[i], s))
			return true;
	return false;
}

static bool holds_cap(const sp_env *env, const char *cap)
{
	for (size_t i = 0; i < env->ncaps; i++)
		if (bh_strcaseeq(env->caps[i], cap))
			return true;
	return false;
}

static bool valid_syscall_name(const char *s)
{
	size_t n = strlen(s);
	if (!n || n > 64)
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
			return false;
	return true;
}

static bool valid_cap_name(const char *s)
{
	int c;
	return bh_starts_with(s, "CAP_") && rt_cap_parse(s, &c) == 0;
}

/* "MAJOR.MINOR", as Docker writes minKernel. */
static bool parse_kernel(const char *s, int *major, int *minor)
{
	char *end;
	errno = 0;
	long a = strtol(s, &end, 10);
	if (end == s || *end != '.' || errno || a < 0 || a > 9999 || !(end[1] >= '0' && end[1] <= '9'))
		return false;
	const char *p = end + 1;
	long b = strtol(p, &end, 10);
	if (end == p || *end || errno || b < 0 || b > 9999)
		return false;
	*major = (int)a;
	*minor = (int)b;
	return true;
}

/* Reads includes/excludes; *holds: every condition present holds (includes)
 * or any condition present holds (excludes). */
static bool conditions(parser *P, const ynode *m, const char *what, bool include, bool *holds)
{
	*holds = include;
	if (absent(m))
		return true;
	if (!yis_map(m))
		return bad(P, m, "%s: expected an object", what);
	static const char *const keys[] = { "caps", "arches", "minKernel", NULL };
	if (!only_keys(P, m, what, keys))
		return false;
	const char **caps = NULL, **arches = NULL;
	size_t ncaps = 0, narches = 0;
	bool ok = want_strs(P, ymap_get(m, "caps"), "caps", &caps, &ncaps) &&
		  want_strs(P, ymap_get(m, "arches"), "arches", &arches, &narches);
	for (size_t i = 0; ok && i < ncaps; i++)
		if (!valid_cap_name(caps[i]))
			ok = bad(P, ymap_get(m, "caps")->items[i], "%s.caps: unknown capability \"%s\" (expected e.g. CAP_SYS_ADMIN)",
				 what, caps[i]);
	const ynode *mk = ymap_get(m, "minKernel");
	bool has_kernel = ok && !absent(mk);
	bool kernel_ok = true;
	if (has_kernel) {
		const char *s = want_str(P, mk, "minKernel");
		int maj = 0, min = 0;
		if (!s || !parse_kernel(s, &maj, &min))
			ok = bad(P, mk, "%s.minKernel: expected MAJOR.MINOR, e.g. \"4.8\"", what);
		const sp_env *e = P->env;
		kernel_ok = e->kernel_major > maj || (e->kernel_major == maj && e->kernel_minor >= min);
	}
	if (ok) {
		bool any = false, all = true;
		for (size_t i = 0; i < ncaps; i++) {
			bool h = holds_cap(P->env, caps[i]);
			any |= h;
			all &= h;
		}
		if (narches) {
			bool in = has_str(arches, narches, P->env->arch);
			any |= in;
			all &= in;
		}
		if (has_kernel) {
			any |= kernel_ok;
			all &= kernel_ok;
		}
		*holds = include ? all : any;
	}
	free(caps);
	free(arches);
	return ok;
}

static bool parse_args(parser *P, const ynode *list, sp_rule *r, size_t idx)
{
	if (absent(list))
		return true;
	if (!yis_seq(list))
		return bad(P, list, "syscalls[%zu].args: expected a list", idx);
	if (list->n > 6)
		return bad(P, list, "syscalls[%zu].args: at most 6 conditions", idx);
	r->args = bh_calloc(list->n + 1, sizeof *r->args);
	static const char *const keys[] = { "index", "value", "valueTwo", "op", NULL };
	for (size_t k = 0; k < list->n; k++) {
		const ynode *a = list->items[k];
		if (!yis_map(a))
			return bad(P, a, "syscalls[%zu].args[%zu]: expected an object", idx, k);
		if (!only_keys(P, a, "args[]", keys))
			return false;
		sp_arg *ar = &r->args[r->nargs];
		uint64_t index;
		const ynode *in = ymap_get(a, "index");
		if (absent(in))
			return bad(P, a, "syscalls[%zu].args[%zu]: index is missing", idx, k);
		if (!want_u64(P, in, "index", &index) || !want_u64(P, ymap_get(a, "value"), "value", &ar->value) ||
		    !want_u64(P, ymap_get(a, "valueTwo"), "valueTwo", &ar->value_two))
			return false;
		if (index > 5)
			return bad(P, in, "syscalls[%zu].args[%zu].index: must be 0 to 5", idx, k);
		const ynode *opn = ymap_get(a, "op");
		const char *op = want_str(P, opn, "op");
		int opv;
		if (!op)
			return false;
		if (rt_seccomp_parse_op(op, &opv) < 0)
			return bad(P, opn, "syscalls[%zu].args[%zu].op: unknown operator \"%s\"", idx, k, op);
		ar->index = (unsigned)index;
		ar->op = bh_strdup(op);
		r->nargs++;
	}
	return true;
}

static bool check_action(parser *P, const ynode *n, const char *what, const char *action, bool has_errno, int64_t err)
{
	uint32_t v;
	if (rt_seccomp_parse_action(action, err, has_errno, &v) < 0)
		return bad(P, n, "%s: unknown action \"%s\"", what, action);
	if (has_errno && strcmp(action, "SCMP_ACT_ERRNO") && strcmp(action, "SCMP_ACT_TRACE"))
		return bad(P, n, "%s: an errno goes only with SCMP_ACT_ERRNO or SCMP_ACT_TRACE", what);
	return true;
}

static bool parse_syscall(parser *P, const ynode *c, size_t idx, sp_profile *out)
{
	if (!yis_map(c))
		return bad(P, c, "syscalls[%zu]: expected an object", idx);
	static const char *const keys[] = { "name", "names", "action", "errnoRet", "args", "includes", "excludes", "comment", NULL };
	if (!only_keys(P, c, "syscalls[]", keys))
		return false;
	const char **names = NULL;
	size_t nnames = 0;
	const ynode *one = ymap_get(c, "name"), *many = ymap_get(c, "names");
	if (!absent(one) && !absent(many))
		return bad(P, c, "syscalls[%zu]: give name or names, not both", idx);
	if (!absent(one)) {
		const char *s = want_str(P, one, "name");
		if (!s)
			return false;
		names = bh_calloc(2, sizeof *names);
		names[nnames++] = s;
	} else if (!want_strs(P, many, "names", &names, &nnames))
		return false;
	bool ok = true;
	if (!nnames)
		ok = bad(P, c, "syscalls[%zu]: names must list at least one syscall", idx);
	for (size_t i = 0; ok && i < nnames; i++)
		if (!valid_syscall_name(names[i]))
			ok = bad(P, absent(one) ? many->items[i] : one, "syscalls[%zu]: \"%s\" is not a syscall name", idx, names[i]);
	const ynode *an = ymap_get(c, "action");
	const char *action = ok ? want_str(P, an ? an : c, "action") : NULL;
	bool has_errno = false, inc = true, exc = false;
	int64_t err = 0;
	ok = action && want_errno(P, ymap_get(c, "errnoRet"), "errnoRet", &has_errno, &err) &&
	     check_action(P, an, "action", action, has_errno, err);
	const ynode *comment = ymap_get(c, "comment");
	if (ok && !absent(comment) && comment->kind != YN_SCALAR)
		ok = bad(P, comment, "syscalls[%zu].comment: expected a string", idx);
	ok = ok && conditions(P, ymap_get(c, "includes"), "includes", true, &inc) &&
	     conditions(P, ymap_get(c, "excludes"), "excludes", false, &exc);
	sp_rule r = { 0 };
	ok = ok && parse_args(P, ymap_get(c, "args"), &r, idx);
	if (ok && inc && !exc) {
		r.names = bh_calloc(nnames + 1, sizeof *r.names);
		for (size_t i = 0; i < nnames; i++)
			r.names[r.nnames++] = bh_strdup(names[i]);
		r.action = bh_strdup(action);
		r.has_errno = has_errno;
		r.errno_ret = err;
		out->rules[out->nrules++] = r;
	} else {
		for (size_t i = 0; i < r.nargs; i++)
			free(r.args[i].op);
		free(r.args);
	}
	free(names);
	return ok;
}

static bool parse_archs(parser *P, const ynode *root, sp_profile *out)
{
	const ynode *list = ymap_get(root, "architectures"), *map = ymap_get(root, "archMap");
	if (!absent(list) && !absent(map))
		return bad(P, map, "give architectures or archMap, not both");
	size_t total = 0;
	if (!absent(map)) {
		if (!yis_seq(map))
			return bad(P, map, "archMap: expected a list");
		for (size_t i = 0; i < map->n; i++) {
			const ynode *e = map->items[i];
			const ynode *subs = ymap_get(e, "subArchitectures");
			if (!yis_map(e))
				return bad(P, e, "archMap[%zu]: expected an object", i);
			total += 1 + (yis_seq(subs) ? subs->n : 0);
		}
	}
	const char **names = NULL;
	size_t n = 0;
	if (!want_strs(P, list, "architectures", &names, &n))
		return false;
	total += n;
	out->archs = bh_calloc(total + 1, sizeof *out->archs);
	bool ok = true;
	uint32_t v;
	for (size_t i = 0; ok && i < n; i++) {
		if (rt_seccomp_parse_arch(names[i], &v) < 0)
			ok = bad(P, list->items[i], "architectures: unknown architecture \"%s\"", names[i]);
		else
			out->archs[out->narchs++] = bh_strdup(names[i]);
	}
	free(names);
	static const char *const keys[] = { "architecture", "subArchitectures", NULL };
	for (size_t i = 0; ok && !absent(map) && i < map->n; i++) {
		const ynode *e = map->items[i];
		if (!only_keys(P, e, "archMap[]", keys))
			return false;
		const ynode *an = ymap_get(e, "architecture");
		const char *arch = want_str(P, an ? an : e, "archMap[].architecture");
		const char **subs = NULL;
		size_t nsubs = 0;
		if (!arch || !want_strs(P, ymap_get(e, "subArchitectures"), "archMap[].subArchitectures", &subs, &nsubs))
			return false;
		if (rt_seccomp_parse_arch(arch, &v) < 0)
			ok = bad(P, an, "archMap[%zu].architecture: unknown architecture \"%s\"", i, arch);
		for (size_t k = 0; ok && k < nsubs; k++)
			if (rt_seccomp_parse_arch(subs[k], &v) < 0)
				ok = bad(P, ymap_get(e, "subArchitectures")->items[k],
					 "archMap[%zu].subArchitectures: unknown architecture \"%s\"", i, subs[k]);
		/* only the host's entry: the filter covers it and what it can run */
		if (ok && P->env->native && !strcmp(arch, P->env->native)) {
			out->archs[out->narchs++] = bh_strdup(arch);
			for (size_t k = 0; k < nsubs; k++)
				out->archs[out->narchs++] = bh_strdup(subs[k]);
		}
		free(subs);
	}
	return ok;
}

int sp_profile_parse(const char *data, size_t len, const char *name, const sp_env *env, sp_profile *out, char *err,
		     size_t errlen)
{
	memset(out, 0, sizeof *out);
	parser P = { .name = name, .env = env, .err = err, .errlen = errlen };
	size_t i = 0;
	while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r'))
		i++;
	if (i == len || data[i] != '{') {
		bad(&P, NULL, "not a seccomp profile: expected a JSON object");
		return -1;
	}
	ydoc_set docs;
	yerror ye;
	if (ydoc_parse(data, len, &docs, &ye) < 0) {
		snprintf(err, errlen, "%s:%d:%d: %s", name, ye.line, ye.col, ye.message);
		return -1;
	}
	const ynode *root = docs.ndocs == 1 ? docs.docs[0] : NULL;
	bool ok = true;
	if (!yis_map(root))
		ok = bad(&P, root, "expected one JSON object");
	static const char *const keys[] = { "defaultAction", "defaultErrnoRet", "architectures", "archMap", "syscalls", NULL };
	ok = ok && only_keys(&P, root, "profile", keys);
	const ynode *dn = ok ? ymap_get(root, "defaultAction") : NULL;
	const char *def = ok ? want_str(&P, dn ? dn : root, "defaultAction") : NULL;
	ok = def && want_errno(&P, ymap_get(root, "defaultErrnoRet"), "defaultErrnoRet", &out->has_default_errno, &out->default_errno) &&
	     check_action(&P, dn, "defaultAction", def, out->has_default_errno, out->default_errno);
	if (ok)
		out->default_action = bh_strdup(def);
	ok = ok && parse_archs(&P, root, out);
	const ynode *calls = ok ? ymap_get(root, "syscalls") : NULL;
	if (ok && !absent(calls) && !yis_seq(calls))
		ok = bad(&P, calls, "syscalls: expected a list");
	if (ok && !absent(calls)) {
		out->rules = bh_calloc(calls->n + 1, sizeof *out->rules);
		for (size_t k = 0; ok && k < calls->n; k++)
			ok = parse_syscall(&P, calls->items[k], k, out);
	}
	ydoc_free(&docs);
	if (!ok) {
		sp_profile_free(out);
		return -1;
	}
	return 0;
}

int sp_profile_load(const char *path, const sp_env *env, sp_profile *out, char *err, size_t errlen)
{
	memset(out, 0, sizeof *out);
	/* non-blocking: a FIFO in the path's place must not hang us */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode) || st.st_size > (off_t)SP_MAX_BYTES) {
		snprintf(err, errlen, "%s: %s", path, S_ISREG(st.st_mode) ? "larger than 4 MiB" : "not a regular file");
		close(fd);
		return -1;
	}
	char *buf = bh_malloc(SP_MAX_BYTES + 1);
	size_t len = 0;
	ssize_t r;
	while (len <= SP_MAX_BYTES && (r = read(fd, buf + len, SP_MAX_BYTES + 1 - len)) != 0) {
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
			close(fd);
			free(buf);
			return -1;
		}
		len += (size_t)r;
	}
	close(fd);
	int rc;
	if (len > SP_MAX_BYTES) {
		snprintf(err, errlen, "%s: larger than 4 MiB", path);
		rc = -1;
	} else
		rc = sp_profile_parse(buf, len, path, env, out, err, errlen);
	free(buf);
	return rc;
}

int sp_profile_default(const sp_env *env, sp_profile *out, char *err, size_t errlen)
{
	return sp_profile_parse((const char *)bh_seccomp_default_json, bh_seccomp_default_json_len,
				"(built-in) data/seccomp/default.json", env, out, err, errlen);
}

void sp_profile_free(sp_profile *p)
{
	free(p->default_action);
	for (size_t i = 0; i < p->narchs; i++)
		free(p->archs[i]);
	free(p->archs);
	for (size_t i = 0; i < p->nrules; i++) {
		sp_rule *r = &p->rules[i];
		for (size_t k = 0; k < r->nnames; k++)
			free(r->names[k]);
		free(r->names);
		free(r->action);
		for (size_t k = 0; k < r->nargs; k++)
			free(r->args[k].op);
		free(r->args);
	}
	free(p->rules);
	memset(p, 0, sizeof *p);
}

void sp_profile_write_oci(const sp_profile *p, jsonw *w)
{
	jsonw_obj_open(w);
	jsonw_kstr(w, "defaultAction", p->default_action);
	if (p->has_default_errno)
		jsonw_kint(w, "defaultErrnoRet", p->default_errno);
	jsonw_key(w, "architectures");
	jsonw_arr_open(w);
	for (size_t i = 0; i < p->narchs; i++)
		jsonw_str(w, p->archs[i]);
	jsonw_arr_close(w);
	jsonw_key(w, "syscalls");
	jsonw_arr_open(w);
	for (size_t i = 0; i < p->nrules; i++) {
		const sp_rule *r = &p->rules[i];
		jsonw_obj_open(w);
		jsonw_key(w, "names");
		jsonw_arr_open(w);
		for (size_t k = 0; k < r->nnames; k++)
			jsonw_str(w, r->names[k]);
		jsonw_arr_close(w);
		jsonw_kstr(w, "action", r->action);
		if (r->has_errno)
			jsonw_kint(w, "errnoRet", r->errno_ret);
		if (r->nargs) {
			jsonw_key(w, "args");
			jsonw_arr_open(w);
			for (size_t k = 0; k < r->nargs; k++) {
				jsonw_obj_open(w);
				jsonw_kint(w, "index", r->args[k].index);
				jsonw_key(w, "value");
				jsonw_uint(w, r->args[k].value);
				jsonw_key(w, "valueTwo");
				jsonw_uint(w, r->args[k].value_two);
				jsonw_kstr(w, "op", r->args[k].op);
				jsonw_obj_close(w);
			}
			jsonw_arr_close(w);
		}
		jsonw_obj_close(w);
	}
	jsonw_arr_close(w);
	jsonw_obj_close(w);
}

void sp_env_host(sp_env *env, const char *const *caps, size_t ncaps)
{
	*env = (sp_env){ .caps = caps, .ncaps = ncaps };
#if defined(__x86_64__) && defined(__ILP32__)
	env->arch = "x32", env->native = "SCMP_ARCH_X32";
#elif defined(__x86_64__)
	env->arch = "amd64", env->native = "SCMP_ARCH_X86_64";
#elif defined(__i386__)
	env->arch = "386", env->native = "SCMP_ARCH_X86";
#elif defined(__aarch64__)
	env->arch = "arm64", env->native = "SCMP_ARCH_AARCH64";
#elif defined(__arm__)
	env->arch = "arm", env->native = "SCMP_ARCH_ARM";
#elif defined(__powerpc64__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	env->arch = "ppc64le", env->native = "SCMP_ARCH_PPC64LE";
#elif defined(__s390x__)
	env->arch = "s390x", env->native = "SCMP_ARCH_S390X";
#elif defined(__riscv) && __riscv_xlen == 64
	env->arch = "riscv64", env->native = "SCMP_ARCH_RISCV64";
#else
	env->arch = "unknown", env->native = NULL;
#endif
	struct utsname u;
	if (uname(&u) == 0 && sscanf(u.release, "%d.%d", &env->kernel_major, &env->kernel_minor) != 2)
		env->kernel_major = env->kernel_minor = 0;
}
