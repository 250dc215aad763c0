/* config.json -> rt_spec. Strict about what it understands: a value of the
 * wrong type, an unknown namespace, capability or seccomp action, or a feature
 * bulkhead does not implement yet is an error naming the line, never silently
 * weaker isolation. Unknown keys are ignored, as the runtime spec requires. */
#include "runtime/rt_int.h"
#include "core/util.h"
#include "core/yamldoc.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sched.h>

#define CONFIG_MAX_BYTES (16u * 1024 * 1024)

typedef struct loader {
	const char *file;
	rt_err *e;
	bool failed;
} loader;

static bool bad(loader *L, const ynode *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static bool bad(loader *L, const ynode *n, const char *fmt, ...)
{
	if (L->failed)
		return false;
	L->failed = true;
	char what[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	if (n)
		snprintf(L->e->msg, sizeof L->e->msg, "%s:%d:%d: %s", L->file, n->line, n->col, what);
	else
		snprintf(L->e->msg, sizeof L->e->msg, "%s: %s", L->file, what);
	return false;
}

/* ---- typed readers: absent (NULL or null) is fine, a wrong type is not ---- */

static bool absent(const ynode *n) { return !n || yis_null(n); }

static bool get_str(loader *L, const ynode *n, const char *name, char **out)
{
	if (absent(n))
		return true;
	if (n->kind != YN_SCALAR)
		return bad(L, n, "%s: expected a string", name);
	if (strlen(n->str) != n->len)
		return bad(L, n, "%s: string holds a NUL byte", name);
	free(*out);
	*out = bh_strdup(n->str);
	return true;
}

static bool get_bool(loader *L, const ynode *n, const char *name, bool *out)
{
	if (absent(n))
		return true;
	if (n->kind != YN_SCALAR || !n->plain || !ybool(n, out) || (strcmp(n->str, "true") && strcmp(n->str, "false")))
		return bad(L, n, "%s: expected true or false", name);
	return true;
}

static bool get_i64(loader *L, const ynode *n, const char *name, int64_t *out)
{
	if (absent(n))
		return true;
	int64_t v;
	if (n->kind != YN_SCALAR || !n->plain || !yint(n, &v))
		return bad(L, n, "%s: expected an integer", name);
	*out = v;
	return true;
}

static bool get_u64(loader *L, const ynode *n, const char *name, uint64_t *out)
{
	if (absent(n))
		return true;
	if (n->kind != YN_SCALAR || !n->plain || !n->len || n->str[0] == '-')
		return bad(L, n, "%s: expected a non-negative integer", name);
	char *end;
	errno = 0;
	unsigned long long v = strtoull(n->str, &end, 10);
	if (errno || *end)
		return bad(L, n, "%s: expected a non-negative integer", name);
	*out = v;
	return true;
}

static bool get_u32(loader *L, const ynode *n, const char *name, uint32_t *out)
{
	uint64_t v = *out;
	if (!get_u64(L, n, name, &v))
		return false;
	if (v > UINT32_MAX)
		return bad(L, n, "%s: %llu is larger than 4294967295", name, (unsigned long long)v);
	*out = (uint32_t)v;
	return true;
}

static bool want_map(loader *L, const ynode *n, const char *name)
{
	if (absent(n) || n->kind == YN_MAP)
		return true;
	return bad(L, n, "%s: expected an object", name);
}

static bool want_seq(loader *L, const ynode *n, const char *name)
{
	if (absent(n) || n->kind == YN_SEQ)
		return true;
	return bad(L, n, "%s: expected an array", name);
}

static bool get_strlist(loader *L, const ynode *n, const char *name, char ***out, size_t *count)
{
	if (!want_seq(L, n, name) || absent(n))
		return !L->failed;
	*out = bh_calloc(n->n + 1, sizeof **out);
	*count = 0;
	for (size_t i = 0; i < n->n; i++) {
		char *s = NULL;
		if (absent(n->items[i]))
			return bad(L, n->items[i], "%s[%zu]: expected a string", name, i);
		if (!get_str(L, n->items[i], name, &s))
			return false;
		(*out)[(*count)++] = s;
	}
	return true;
}

/* "/a//b/./c/" -> "/a/b/c"; ".." is kept (resolution inside the root handles it). */
static char *clean_path(const char *p)
{
	strbuf sb = STRBUF_INIT;
	const char *s = p;
	while (*s) {
		while (*s == '/')
			s++;
		const char *end = strchrnul(s, '/');
		size_t n = (size_t)(end - s);
		if (n && !(n == 1 && s[0] == '.')) {
			strbuf_addch(&sb, '/');
			strbuf_add(&sb, s, n);
		}
		s = end;
	}
	if (!sb.len)
		strbuf_addch(&sb, '/');
	return strbuf_detach(&sb, NULL);
}

/* ---- sections ---------------------------------------------------------- */

static const char *const ns_names[RT_NS_COUNT] = {
	[RT_NS_PID] = "pid", [RT_NS_NET] = "network", [RT_NS_MNT] = "mount", [RT_NS_IPC] = "ipc",
	[RT_NS_UTS] = "uts", [RT_NS_USER] = "user", [RT_NS_CGROUP] = "cgroup",
};

const char *rt_ns_name(int kind) { return ns_names[kind]; }

int rt_ns_clone_flag(int kind)
{
	static const int flags[RT_NS_COUNT] = {
		[RT_NS_PID] = CLONE_NEWPID, [RT_NS_NET] = CLONE_NEWNET, [RT_NS_MNT] = CLONE_NEWNS,
		[RT_NS_IPC] = CLONE_NEWIPC, [RT_NS_UTS] = CLONE_NEWUTS, [RT_NS_USER] = CLONE_NEWUSER,
		[RT_NS_CGROUP] = CLONE_NEWCGROUP,
	};
	return flags[kind];
}

static bool load_namespaces(loader *L, rt_spec *sp, const ynode *list)
{
	if (!want_seq(L, list, "linux.namespaces") || absent(list))
		return !L->failed;
	for (size_t i = 0; i < list->n; i++) {
		const ynode *e = list->items[i];
		if (!want_map(L, e, "linux.namespaces[]"))
			return false;
		char *type = NULL, *path = NULL;
		if (!get_str(L, ymap_get(e, "type"), "linux.namespaces[].type", &type) ||
		    !get_str(L, ymap_get(e, "path"), "linux.namespaces[].path", &path)) {
			free(type);
			free(path);
			return false;
		}
		int kind = -1;
		for (int k = 0; type && k < RT_NS_COUNT; k++)
			if (!strcmp(type, ns_names[k]))
				kind = k;
		if (kind < 0) {
			bool is_time = type && !strcmp(type, "time");
			bad(L, e, is_time ? "linux.namespaces[%zu]: the time namespace is not supported yet"
					  : "linux.namespaces[%zu]: unknown namespace type \"%s\" (expected pid, network, mount, ipc, uts, user or cgroup)",
			    i, type ? type : "(missing)");
			free(type);
			free(path);
			return false;
		}
		free(type);
		if (sp->ns[kind].wanted) {
			free(path);
			return bad(L, e, "linux.namespaces[%zu]: namespace \"%s\" listed twice", i, ns_names[kind]);
		}
		if (path && path[0] != '/') {
			free(path);
			return bad(L, e, "linux.namespaces[%zu].path: must be an absolute path", i);
		}
		if (path && !*path) {
			free(path);
			path = NULL;
		}
		sp->ns[kind].wanted = true;
		sp->ns[kind].path = path;
	}
	if (!sp->ns[RT_NS_MNT].wanted || sp->ns[RT_NS_MNT].path)
		return bad(L, list, "linux.namespaces: bulkhead needs a new mount namespace (type \"mount\" without a path) "
				    "so that it never changes the host's mount table");
	return true;
}

static bool load_idmaps(loader *L, const ynode *list, const char *name, rt_idmap **out, size_t *count)
{
	if (!want_seq(L, list, name) || absent(list))
		return !L->failed;
	*out = bh_calloc(list->n + 1, sizeof **out);
	for (size_t i = 0; i < list->n; i++) {
		const ynode *m = list->items[i];
		rt_idmap *im = &(*out)[i];
		if (!want_map(L, m, name) || !get_u32(L, ymap_get(m, "containerID"), "containerID", &im->container_id) ||
		    !get_u32(L, ymap_get(m, "hostID"), "hostID", &im->host_id) ||
		    !get_u32(L, ymap_get(m, "size"), "size", &im->size))
			return false;
		if (!im->size)
			return bad(L, m, "%s[%zu].size: must be at least 1", name, i);
		(*count)++;
	}
	return true;
}

static const struct mount_opt {
	const char *name;
	bool clear;
	unsigned long flag;
} mount_opts[] = {
	{ "ro", false, MS_RDONLY },        { "rw", true, MS_RDONLY },
	{ "nosuid", false, MS_NOSUID },    { "suid", true, MS_NOSUID },
	{ "nodev", false, MS_NODEV },      { "dev", true, MS_NODEV },
	{ "noexec", false, MS_NOEXEC },    { "exec", true, MS_NOEXEC },
	{ "sync", false, MS_SYNCHRONOUS }, { "async", true, MS_SYNCHRONOUS },
	{ "dirsync", false, MS_DIRSYNC },  { "mand", false, MS_MANDLOCK },
	{ "nomand", true, MS_MANDLOCK },   { "noatime", false, MS_NOATIME },
	{ "atime", true, MS_NOATIME },     { "nodiratime", false, MS_NODIRATIME },
	{ "diratime", true, MS_NODIRATIME }, { "relatime", false, MS_RELATIME },
	{ "norelatime", true, MS_RELATIME }, { "strictatime", false, MS_STRICTATIME },
	{ "nostrictatime", true, MS_STRICTATIME }, { "silent", false, MS_SILENT },
	{ "loud", true, MS_SILENT },       { "defaults", false, 0 },
};

static const struct prop_opt {
	const char *name;
	unsigned long flag;
} prop_opts[] = {
	{ "private", MS_PRIVATE },      { "rprivate", MS_PRIVATE | MS_REC },
	{ "shared", MS_SHARED },        { "rshared", MS_SHARED | MS_REC },
	{ "slave", MS_SLAVE },          { "rslave", MS_SLAVE | MS_REC },
	{ "unbindable", MS_UNBINDABLE }, { "runbindable", MS_UNBINDABLE | MS_REC },
};

static bool parse_propagation(const char *s, unsigned long *out)
{
	for (size_t i = 0; i < BH_ARRAY_SIZE(prop_opts); i++)
		if (!strcmp(s, prop_opts[i].name)) {
			*out = prop_opts[i].flag;
			return true;
		}
	return false;
}

static bool load_mounts(loader *L, rt_spec *sp, const ynode *list)
{
	if (!want_seq(L, list, "mounts") || absent(list))
		return !L->failed;
	sp->mounts = bh_calloc(list->n + 1, sizeof *sp->mounts);
	for (size_t i = 0; i < list->n; i++) {
		const ynode *m = list->items[i];
		rt_mount *mt = &sp->mounts[sp->nmounts++];
		char *dest = NULL;
		char **opts = NULL;
		size_t nopts = 0;
		if (!want_map(L, m, "mounts[]") || !get_str(L, ymap_get(m, "destination"), "mounts[].destination", &dest) ||
		    !get_str(L, ymap_get(m, "type"), "mounts[].type", &mt->type) ||
		    !get_str(L, ymap_get(m, "source"), "mounts[].source", &mt->source) ||
		    !get_strlist(L, ymap_get(m, "options"), "mounts[].options", &opts, &nopts)) {
			free(dest);
			for (size_t k = 0; k < nopts; k++)
				free(opts[k]);
			free(opts);
			return false;
		}
		if (!dest || !*dest) {
			free(dest);
			for (size_t k = 0; k < nopts; k++)
				free(opts[k]);
			free(opts);
			return bad(L, m, "mounts[%zu]: missing destination", i);
		}
		mt->destination = clean_path(dest);
		free(dest);
		strbuf data = STRBUF_INIT;
		for (size_t k = 0; k < nopts; k++) {
			const char *o = opts[k];
			bool known = false;
			for (size_t j = 0; j < BH_ARRAY_SIZE(mount_opts); j++)
				if (!strcmp(o, mount_opts[j].name)) {
					if (mount_opts[j].clear) {
						mt->flags &= ~mount_opts[j].flag;
						mt->clear_flags |= mount_opts[j].flag;
					} else {
						mt->flags |= mount_opts[j].flag;
						mt->clear_flags &= ~mount_opts[j].flag;
					}
					known = true;
				}
			if (!strcmp(o, "bind") || !strcmp(o, "rbind")) {
				mt->bind = true;
				if (o[0] == 'r')
					mt->flags |= MS_REC;
				known = true;
			}
			if (!known && parse_propagation(o, &mt->propagation))
				known = true;
			if (!known && !strcmp(o, "tmpcopyup"))
				known = !bad(L, m, "mounts[%zu]: option \"tmpcopyup\" is not supported yet", i);
			if (!known && (!strcmp(o, "idmap") || !strcmp(o, "ridmap")))
				known = !bad(L, m, "mounts[%zu]: idmapped mounts are not supported yet", i);
			if (!known && !strcmp(o, "remount"))
				known = !bad(L, m, "mounts[%zu]: option \"remount\" is not allowed", i);
			if (!known && !L->failed) {
				if (strchr(o, ','))
					bad(L, m, "mounts[%zu]: option \"%s\" holds a comma", i, o);
				if (data.len)
					strbuf_addch(&data, ',');
				strbuf_addstr(&data, o);
			}
			free(opts[k]);
		}
		free(opts);
		mt->data = data.len ? strbuf_detach(&data, NULL) : NULL;
		strbuf_release(&data);
		if (L->failed)
			return false;
		if (mt->type && !strcmp(mt->type, "bind"))
			mt->bind = true;
		if (!mt->type && !mt->bind)
			return bad(L, m, "mounts[%zu] (%s): missing type", i, mt->destination);
		if (mt->bind && mt->data)
			return bad(L, m, "mounts[%zu] (%s): unknown bind mount option(s) \"%s\"", i, mt->destination, mt->data);
		if (mt->bind) {
			if (!mt->source || !*mt->source)
				return bad(L, m, "mounts[%zu] (%s): a bind mount needs a source", i, mt->destination);
			if (mt->source[0] != '/') {
				char *abs = bh_asprintf("%s/%s", sp->bundle, mt->source);
				free(mt->source);
				mt->source = abs;
			}
		}
		if (!mt->bind && mt->type &&
		    strcmp(mt->type, "proc") && strcmp(mt->type, "sysfs") && strcmp(mt->type, "tmpfs") &&
		    strcmp(mt->type, "devpts") && strcmp(mt->type, "mqueue") && strcmp(mt->type, "cgroup") &&
		    strcmp(mt->type, "cgroup2") && strcmp(mt->type, "overlay") && strcmp(mt->type, "ramfs") &&
		    strcmp(mt->type, "securityfs") && strcmp(mt->type, "hugetlbfs") && strcmp(mt->type, "fuse"))
			return bad(L, m, "mounts[%zu] (%s): unsupported mount type \"%s\"", i, mt->destination, mt->type);
		if (!mt->source)
			mt->source = bh_strdup(mt->type ? mt->type : "none");
	}
	return true;
}

static bool load_caps(loader *L, rt_spec *sp, const ynode *c)
{
	static const char *const sets[5] = { "bounding", "effective", "inheritable", "permitted", "ambient" };
	if (!want_map(L, c, "process.capabilities"))
		return false;
	sp->has_caps = true;
	for (int s = 0; s < 5; s++) {
		char **names = NULL;
		size_t n = 0;
		const ynode *list = ymap_get(c, sets[s]);
		bool ok = get_strlist(L, list, sets[s], &names, &n);
		for (size_t i = 0; ok && i < n; i++) {
			int cap;
			if (rt_cap_parse(names[i], &cap) < 0)
				ok = bad(L, list->items[i], "process.capabilities.%s: unknown capability \"%s\"", sets[s], names[i]);
			else
				sp->caps[s] |= 1ull << cap;
		}
		for (size_t i = 0; i < n; i++)
			free(names[i]);
		free(names);
		if (!ok)
			return false;
	}
	return true;
}

static const struct rlimit_name {
	const char *name;
	int resource;
} rlimit_names[] = {
	{ "RLIMIT_AS", RLIMIT_AS },         { "RLIMIT_CORE", RLIMIT_CORE },
	{ "RLIMIT_CPU", RLIMIT_CPU },       { "RLIMIT_DATA", RLIMIT_DATA },
	{ "RLIMIT_FSIZE", RLIMIT_FSIZE },   { "RLIMIT_LOCKS", RLIMIT_LOCKS },
	{ "RLIMIT_MEMLOCK", RLIMIT_MEMLOCK }, { "RLIMIT_MSGQUEUE", RLIMIT_MSGQUEUE },
	{ "RLIMIT_NICE", RLIMIT_NICE },     { "RLIMIT_NOFILE", RLIMIT_NOFILE },
	{ "RLIMIT_NPROC", RLIMIT_NPROC },   { "RLIMIT_RSS", RLIMIT_RSS },
	{ "RLIMIT_RTPRIO", RLIMIT_RTPRIO }, { "RLIMIT_RTTIME", RLIMIT_RTTIME },
	{ "RLIMIT_SIGPENDING", RLIMIT_SIGPENDING }, { "RLIMIT_STACK", RLIMIT_STACK },
};

static bool load_process(loader *L, rt_spec *sp, const ynode *p)
{
	if (absent(p))
		return bad(L, NULL, "missing \"process\": nothing to run");
	if (!want_map(L, p, "process"))
		return false;
	if (!get_bool(L, ymap_get(p, "terminal"), "process.terminal", &sp->terminal))
		return false;
	if (!get_strlist(L, ymap_get(p, "args"), "process.args", &sp->args, &sp->nargs))
		return false;
	if (!sp->nargs || !sp->args[0][0])
		return bad(L, p, "process.args: needs at least the program to run");
	if (!get_strlist(L, ymap_get(p, "env"), "process.env", &sp->env, &sp->nenv))
		return false;
	for (size_t i = 0; i < sp->nenv; i++)
		if (!strchr(sp->env[i], '=') || sp->env[i][0] == '=')
			return bad(L, ymap_get(p, "env"), "process.env[%zu]: \"%s\" is not NAME=VALUE", i, sp->env[i]);
	if (!get_str(L, ymap_get(p, "cwd"), "process.cwd", &sp->cwd))
		return false;
	if (!sp->cwd)
		sp->cwd = bh_strdup("/");
	if (sp->cwd[0] != '/')
		return bad(L, ymap_get(p, "cwd"), "process.cwd: must be an absolute path");
	const ynode *user = ymap_get(p, "user");
	if (!want_map(L, user, "process.user") || !get_u32(L, ymap_get(user, "uid"), "process.user.uid", &sp->uid) ||
	    !get_u32(L, ymap_get(user, "gid"), "process.user.gid", &sp->gid))
		return false;
	const ynode *umask_n = ymap_get(user, "umask");
	if (!absent(umask_n)) {
		sp->has_umask = true;
		if (!get_u32(L, umask_n, "process.user.umask", &sp->umask))
			return false;
		if (sp->umask > 0777)
			return bad(L, umask_n, "process.user.umask: %u is not a umask (0 to 511)", sp->umask);
	}
	const ynode *gids = ymap_get(user, "additionalGids");
	if (!want_seq(L, gids, "process.user.additionalGids"))
		return false;
	if (!absent(gids)) {
		sp->add_gids = bh_calloc(gids->n + 1, sizeof *sp->add_gids);
		for (size_t i = 0; i < gids->n; i++)
			if (!get_u32(L, gids->items[i], "process.user.additionalGids[]", &sp->add_gids[sp->nadd_gids++]))
				return false;
	}
	if (!absent(ymap_get(user, "username")))
		return bad(L, ymap_get(user, "username"), "process.user.username: only used on Windows");
	if (!get_bool(L, ymap_get(p, "noNewPrivileges"), "process.noNewPrivileges", &sp->no_new_privs))
		return false;
	const ynode *oom = ymap_get(p, "oomScoreAdj");
	if (!absent(oom)) {
		int64_t v = 0;
		if (!get_i64(L, oom, "process.oomScoreAdj", &v))
			return false;
		if (v < -1000 || v > 1000)
			return bad(L, oom, "process.oomScoreAdj: %lld is outside -1000..1000", (long long)v);
		sp->has_oom_score_adj = true;
		sp->oom_score_adj = (int)v;
	}
	const ynode *caps = ymap_get(p, "capabilities");
	if (!absent(caps) && !load_caps(L, sp, caps))
		return false;
	const ynode *rl = ymap_get(p, "rlimits");
	if (!want_seq(L, rl, "process.rlimits"))
		return false;
	if (!absent(rl)) {
		sp->rlimits = bh_calloc(rl->n + 1, sizeof *sp->rlimits);
		for (size_t i = 0; i < rl->n; i++) {
			const ynode *r = rl->items[i];
			char *type = NULL;
			rt_rlimit *lim = &sp->rlimits[sp->nrlimits++];
			if (!want_map(L, r, "process.rlimits[]") || !get_str(L, ymap_get(r, "type"), "process.rlimits[].type", &type) ||
			    !get_u64(L, ymap_get(r, "soft"), "process.rlimits[].soft", &lim->soft) ||
			    !get_u64(L, ymap_get(r, "hard"), "process.rlimits[].hard", &lim->hard)) {
				free(type);
				return false;
			}
			lim->resource = -1;
			for (size_t k = 0; type && k < BH_ARRAY_SIZE(rlimit_names); k++)
				if (!strcmp(type, rlimit_names[k].name))
					lim->resource = rlimit_names[k].resource;
			if (lim->resource < 0) {
				bad(L, r, "process.rlimits[%zu].type: unknown rlimit \"%s\"", i, type ? type : "(missing)");
				free(type);
				return false;
			}
			free(type);
			for (size_t k = 0; k + 1 < sp->nrlimits; k++)
				if (sp->rlimits[k].resource == lim->resource)
					return bad(L, r, "process.rlimits[%zu]: rlimit listed twice", i);
			if (lim->soft > lim->hard)
				return bad(L, r, "process.rlimits[%zu]: soft limit is above the hard limit", i);
		}
	}
	static const char *const unsupported[] = { "apparmorProfile", "selinuxLabel", "ioPriority", "scheduler", "execCPUAffinity" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(unsupported); i++) {
		const ynode *n = ymap_get(p, unsupported[i]);
		if (!absent(n) && !(n->kind == YN_SCALAR && !n->len))
			return bad(L, n, "process.%s: not supported yet by bulkhead", unsupported[i]);
	}
	return true;
}

static bool load_devices(loader *L, rt_spec *sp, const ynode *list)
{
	if (!want_seq(L, list, "linux.devices") || absent(list))
		return !L->failed;
	sp->devices = bh_calloc(list->n + 1, sizeof *sp->devices);
	for (size_t i = 0; i < list->n; i++) {
		const ynode *d = list->items[i];
		rt_device *dv = &sp->devices[sp->ndevices++];
		char *type = NULL, *path = NULL;
		const ynode *mode = ymap_get(d, "fileMode");
		if (!want_map(L, d, "linux.devices[]") || !get_str(L, ymap_get(d, "path"), "linux.devices[].path", &path) ||
		    !get_str(L, ymap_get(d, "type"), "linux.devices[].type", &type) ||
		    !get_i64(L, ymap_get(d, "major"), "linux.devices[].major", &dv->major) ||
		    !get_i64(L, ymap_get(d, "minor"), "linux.devices[].minor", &dv->minor) ||
		    !get_u32(L, mode, "linux.devices[].fileMode", &dv->mode) ||
		    !get_u32(L, ymap_get(d, "uid"), "linux.devices[].uid", &dv->uid) ||
		    !get_u32(L, ymap_get(d, "gid"), "linux.devices[].gid", &dv->gid)) {
			free(type);
			free(path);
			return false;
		}
		dv->has_mode = !absent(mode);
		if (!path || path[0] != '/' || !type || strlen(type) != 1 || !strchr("cbup", type[0])) {
			bad(L, d, "linux.devices[%zu]: needs an absolute path and type c, b, u or p", i);
			free(type);
			free(path);
			return false;
		}
		dv->type = type[0] == 'u' ? 'c' : type[0];
		free(type);
		dv->path = clean_path(path);
		free(path);
		if (dv->major < 0 || dv->minor < 0 || dv->major > 0xfff || dv->minor > 0xfffff)
			return bad(L, d, "linux.devices[%zu]: major/minor out of range", i);
	}
	return true;
}

static bool load_sysctl(loader *L, rt_spec *sp, const ynode *m)
{
	if (!want_map(L, m, "linux.sysctl") || absent(m))
		return !L->failed;
	size_t n = ymap_size(m);
	sp->sysctl_keys = bh_calloc(n + 1, sizeof(char *));
	sp->sysctl_vals = bh_calloc(n + 1, sizeof(char *));
	for (size_t i = 0; i < n; i++) {
		const ynode *k = ymap_key_at(m, i), *v = ymap_val_at(m, i);
		const char *key = yscalar(k);
		if (!key || !*key || strstr(key, "..") || strchr(key, '/') || key[0] == '.')
			return bad(L, k, "linux.sysctl: bad key");
		char *val = NULL;
		if (absent(v) || !get_str(L, v, "linux.sysctl value", &val))
			return L->failed ? false : bad(L, v ? v : k, "linux.sysctl.%s: expected a string", key);
		sp->sysctl_keys[sp->nsysctl] = bh_strdup(key);
		sp->sysctl_vals[sp->nsysctl++] = val;
		/* Only namespaced sysctls: anything else would change the host. */
		static const char *const ipc[] = { "kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem",
						   "kernel.shmall", "kernel.shmmax", "kernel.shmmni", "kernel.shm_rmid_forced" };
		bool is_ipc = bh_starts_with(key, "fs.mqueue.");
		for (size_t j = 0; j < BH_ARRAY_SIZE(ipc); j++)
			is_ipc |= !strcmp(key, ipc[j]);
		if (is_ipc && sp->ns[RT_NS_IPC].wanted)
			continue;
		if (bh_starts_with(key, "net.") && sp->ns[RT_NS_NET].wanted)
			continue;
		if ((!strcmp(key, "kernel.hostname") || !strcmp(key, "kernel.domainname")) && sp->ns[RT_NS_UTS].wanted)
			continue;
		return bad(L, k, "linux.sysctl: \"%s\" is not allowed: it is not namespaced or the container does not have its own %s namespace",
			   key, is_ipc ? "ipc" : bh_starts_with(key, "net.") ? "network" : "matching");
	}
	return true;
}

static bool load_seccomp(loader *L, rt_spec *sp, const ynode *s)
{
	if (!want_map(L, s, "linux.seccomp") || absent(s))
		return !L->failed;
	rt_seccomp *sc = &sp->seccomp;
	sc->present = true;
	char *def = NULL;
	int64_t def_errno = 0;
	const ynode *def_errno_n = ymap_get(s, "defaultErrnoRet");
	if (!get_str(L, ymap_get(s, "defaultAction"), "linux.seccomp.defaultAction", &def) ||
	    !get_i64(L, def_errno_n, "linux.seccomp.defaultErrnoRet", &def_errno)) {
		free(def);
		return false;
	}
	if (!def || rt_seccomp_parse_action(def, def_errno, !absent(def_errno_n), &sc->default_action) < 0) {
		bad(L, ymap_get(s, "defaultAction") ? ymap_get(s, "defaultAction") : s,
		    "linux.seccomp.defaultAction: unknown or missing action \"%s\"", def ? def : "");
		free(def);
		return false;
	}
	free(def);
	char **list = NULL;
	size_t n = 0;
	const ynode *archs = ymap_get(s, "architectures");
	if (!get_strlist(L, archs, "linux.seccomp.architectures", &list, &n))
		return false;
	sc->archs = bh_calloc(n + 1, sizeof *sc->archs);
	bool ok = true;
	for (size_t i = 0; i < n; i++) {
		if (ok && rt_seccomp_parse_arch(list[i], &sc->archs[sc->narchs++]) < 0)
			ok = bad(L, archs->items[i], "linux.seccomp.architectures: unknown architecture \"%s\"", list[i]);
		free(list[i]);
	}
	free(list);
	list = NULL;
	n = 0;
	const ynode *flags = ymap_get(s, "flags");
	if (!ok || !get_strlist(L, flags, "linux.seccomp.flags", &list, &n))
		return false;
	for (size_t i = 0; i < n; i++) {
		if (!strcmp(list[i], "SECCOMP_FILTER_FLAG_LOG"))
			sc->flag_log = true;
		else if (!strcmp(list[i], "SECCOMP_FILTER_FLAG_SPEC_ALLOW"))
			sc->flag_spec_allow = true;
		else if (ok)
			ok = bad(L, flags->items[i], "linux.seccomp.flags: unsupported flag \"%s\"", list[i]);
		free(list[i]);
	}
	free(list);
	if (!ok)
		return false;
	if (!absent(ymap_get(s, "listenerPath")))
		return bad(L, ymap_get(s, "listenerPath"), "linux.seccomp.listenerPath: seccomp notify is not supported yet");
	const ynode *calls = ymap_get(s, "syscalls");
	if (!want_seq(L, calls, "linux.seccomp.syscalls"))
		return false;
	if (absent(calls))
		return true;
	sc->rules = bh_calloc(calls->n + 1, sizeof *sc->rules);
	for (size_t i = 0; i < calls->n; i++) {
		const ynode *c = calls->items[i];
		rt_sc_rule *r = &sc->rules[sc->nrules++];
		char *action = NULL;
		int64_t err_ret = 0;
		const ynode *err_n = ymap_get(c, "errnoRet");
		if (!want_map(L, c, "linux.seccomp.syscalls[]") ||
		    !get_strlist(L, ymap_get(c, "names"), "linux.seccomp.syscalls[].names", &r->names, &r->nnames) ||
		    !get_str(L, ymap_get(c, "action"), "linux.seccomp.syscalls[].action", &action) ||
		    !get_i64(L, err_n, "linux.seccomp.syscalls[].errnoRet", &err_ret)) {
			free(action);
			return false;
		}
		if (!r->nnames) {
			free(action);
			return bad(L, c, "linux.seccomp.syscalls[%zu]: names must list at least one syscall", i);
		}
		if (!action || rt_seccomp_parse_action(action, err_ret, !absent(err_n), &r->action) < 0) {
			bad(L, c, "linux.seccomp.syscalls[%zu]: unknown or missing action \"%s\"", i, action ? action : "");
			free(action);
			return false;
		}
		free(action);
		const ynode *args = ymap_get(c, "args");
		if (!want_seq(L, args, "linux.seccomp.syscalls[].args"))
			return false;
		if (absent(args))
			continue;
		if (args->n > 6)
			return bad(L, args, "linux.seccomp.syscalls[%zu].args: at most 6 arguments", i);
		r->args = bh_calloc(args->n + 1, sizeof *r->args);
		for (size_t k = 0; k < args->n; k++) {
			const ynode *a = args->items[k];
			rt_sc_arg *ar = &r->args[r->nargs++];
			uint64_t idx = 0;
			char *op = NULL;
			if (!want_map(L, a, "args[]") || !get_u64(L, ymap_get(a, "index"), "args[].index", &idx) ||
			    !get_u64(L, ymap_get(a, "value"), "args[].value", &ar->value) ||
			    !get_u64(L, ymap_get(a, "valueTwo"), "args[].valueTwo", &ar->value_two) ||
			    !get_str(L, ymap_get(a, "op"), "args[].op", &op)) {
				free(op);
				return false;
			}
			if (idx > 5) {
				free(op);
				return bad(L, a, "linux.seccomp.syscalls[%zu].args[%zu].index: must be 0 to 5", i, k);
			}
			ar->index = (unsigned)idx;
			if (!op || rt_seccomp_parse_op(op, &ar->op) < 0) {
				bad(L, a, "linux.seccomp.syscalls[%zu].args[%zu].op: unknown operator \"%s\"", i, k, op ? op : "");
				free(op);
				return false;
			}
			free(op);
		}
	}
	return true;
}

static bool load_i64_field(loader *L, const ynode *m, const char *key, const char *name, int64_t *out)
{
	*out = -1;
	return get_i64(L, ymap_get(m, key), name, out);
}

static bool load_blkio_devices(loader *L, rt_resources *r, const ynode *b, const char *key, const char *file)
{
	const ynode *list = ymap_get(b, key);
	if (!want_seq(L, list, key) || absent(list))
		return !L->failed;
	for (size_t i = 0; i < list->n; i++) {
		const ynode *d = list->items[i];
		int64_t major = -1, minor = -1, value = -1, leaf = -1;
		bool weight = !strcmp(key, "weightDevice");
		if (!want_map(L, d, key) || !get_i64(L, ymap_get(d, "major"), "major", &major) ||
		    !get_i64(L, ymap_get(d, "minor"), "minor", &minor) ||
		    !get_i64(L, ymap_get(d, weight ? "weight" : "rate"), weight ? "weight" : "rate", &value) ||
		    (weight && !get_i64(L, ymap_get(d, "leafWeight"), "leafWeight", &leaf)))
			return false;
		if (major < 0 || minor < 0)
			return bad(L, d, "linux.resources.blockIO.%s[%zu]: needs major and minor", key, i);
		if (value >= 0)
			*BH_ARRAY_PUSH(r->blkio_lines, r->nblkio, r->blkio_alloc) =
				bh_asprintf("%s\t%lld:%lld %lld", file, (long long)major, (long long)minor, (long long)value);
		if (leaf >= 0)
			*BH_ARRAY_PUSH(r->blkio_lines, r->nblkio, r->blkio_alloc) =
				bh_asprintf("blkio.leaf_weight_device\t%lld:%lld %lld", (long long)major, (long long)minor, (long long)leaf);
	}
	return true;
}

/* hugepageLimits[]: the page size becomes part of a file name
 * (hugetlb.<size>.max), so only the kernel's own spelling is accepted. */
static bool load_hugetlb(loader *L, rt_resources *r, const ynode *list)
{
	if (!want_seq(L, list, "linux.resources.hugepageLimits") || absent(list))
		return !L->failed;
	r->hugetlb_sizes = bh_calloc(list->n + 1, sizeof(char *));
	r->hugetlb_limits = bh_calloc(list->n + 1, sizeof(int64_t));
	for (size_t i = 0; i < list->n; i++) {
		const ynode *h = list->items[i];
		char *size = NULL;
		uint64_t limit = 0;
		const ynode *ln = ymap_get(h, "limit");
		if (!want_map(L, h, "linux.resources.hugepageLimits[]") ||
		    !get_str(L, ymap_get(h, "pageSize"), "hugepageLimits[].pageSize", &size) ||
		    !get_u64(L, ln, "hugepageLimits[].limit", &limit)) {
			free(size);
			return false;
		}
		size_t digits = size ? strspn(size, "0123456789") : 0;
		bool ok = digits > 0 && digits < 8 && size[0] != '0' &&
			  (!strcmp(size + digits, "KB") || !strcmp(size + digits, "MB") || !strcmp(size + digits, "GB"));
		if (!ok || absent(ln)) {
			free(size);
			return bad(L, h, "linux.resources.hugepageLimits[%zu]: needs a pageSize such as \"2MB\" or \"1GB\" and a limit", i);
		}
		r->hugetlb_sizes[r->nhugetlb] = size;
		r->hugetlb_limits[r->nhugetlb++] = limit > INT64_MAX ? INT64_MAX : (int64_t)limit;
	}
	return true;
}

/* linux.resources.unified: cgroup v2 file names and the values written to
 * them verbatim. A key is "controller.file" and may never name a path. */
static bool load_unified(loader *L, rt_resources *r, const ynode *m)
{
	if (!want_map(L, m, "linux.resources.unified") || absent(m))
		return !L->failed;
	size_t n = ymap_size(m);
	r->unified_keys = bh_calloc(n + 1, sizeof(char *));
	r->unified_vals = bh_calloc(n + 1, sizeof(char *));
	for (size_t i = 0; i < n; i++) {
		const ynode *k = ymap_key_at(m, i), *v = ymap_val_at(m, i);
		const char *key = yscalar(k);
		if (!rt_cgroup_unified_key_ok(key))
			return bad(L, k, "linux.resources.unified: \"%s\" is not a cgroup v2 interface file name (controller.file)",
				   key ? key : "");
		char *val = NULL;
		if (absent(v) || !get_str(L, v, "linux.resources.unified value", &val))
			return L->failed ? false : bad(L, v ? v : k, "linux.resources.unified.%s: expected a string", key);
		r->unified_keys[r->nunified] = bh_strdup(key);
		r->unified_vals[r->nunified++] = val;
	}
	return true;
}

static bool load_resources(loader *L, rt_spec *sp, const ynode *res)
{
	rt_resources *r = &sp->res;
	r->mem_disable_oom = -1;
	r->mem_limit = r->mem_reservation = r->mem_swap = r->mem_swappiness = -1;
	r->cpu_shares = r->cpu_quota = r->cpu_period = r->cpu_rt_runtime = r->cpu_rt_period = -1;
	r->blkio_weight = r->blkio_leaf_weight = -1;
	if (!want_map(L, res, "linux.resources") || absent(res))
		return !L->failed;
	const ynode *mem = ymap_get(res, "memory"), *cpu = ymap_get(res, "cpu"), *pids = ymap_get(res, "pids"),
		    *blk = ymap_get(res, "blockIO"), *devs = ymap_get(res, "devices");
	if (!want_map(L, mem, "linux.resources.memory") || !want_map(L, cpu, "linux.resources.cpu") ||
	    !want_map(L, pids, "linux.resources.pids") || !want_map(L, blk, "linux.resources.blockIO") ||
	    !want_seq(L, devs, "linux.resources.devices"))
		return false;
	bool disable_oom = false;
	const ynode *oom = ymap_get(mem, "disableOOMKiller");
	if (!load_i64_field(L, mem, "limit", "memory.limit", &r->mem_limit) ||
	    !load_i64_field(L, mem, "reservation", "memory.reservation", &r->mem_reservation) ||
	    !load_i64_field(L, mem, "swap", "memory.swap", &r->mem_swap) ||
	    !load_i64_field(L, mem, "swappiness", "memory.swappiness", &r->mem_swappiness) ||
	    !get_bool(L, oom, "memory.disableOOMKiller", &disable_oom))
		return false;
	if (!absent(oom))
		r->mem_disable_oom = disable_oom;
	if (r->mem_swappiness > 100)
		return bad(L, ymap_get(mem, "swappiness"), "linux.resources.memory.swappiness: must be 0 to 100");
	if (!absent(ymap_get(mem, "kernel")) || !absent(ymap_get(mem, "kernelTCP")))
		return bad(L, mem, "linux.resources.memory: kernel memory limits are deprecated and not supported");
	uint64_t shares = 0;
	const ynode *shares_n = ymap_get(cpu, "shares");
	if (!get_u64(L, shares_n, "cpu.shares", &shares) ||
	    !load_i64_field(L, cpu, "quota", "cpu.quota", &r->cpu_quota) ||
	    !load_i64_field(L, cpu, "period", "cpu.period", &r->cpu_period) ||
	    !load_i64_field(L, cpu, "realtimeRuntime", "cpu.realtimeRuntime", &r->cpu_rt_runtime) ||
	    !load_i64_field(L, cpu, "realtimePeriod", "cpu.realtimePeriod", &r->cpu_rt_period) ||
	    !get_str(L, ymap_get(cpu, "cpus"), "cpu.cpus", &r->cpuset_cpus) ||
	    !get_str(L, ymap_get(cpu, "mems"), "cpu.mems", &r->cpuset_mems))
		return false;
	if (!absent(shares_n))
		r->cpu_shares = shares > INT64_MAX ? INT64_MAX : (int64_t)shares;
	const char *lists[2] = { r->cpuset_cpus, r->cpuset_mems };
	for (int i = 0; i < 2; i++)
		if (lists[i] && strspn(lists[i], "0123456789,-") != strlen(lists[i]))
			return bad(L, cpu, "linux.resources.cpu: \"%s\" is not a cpu/memory-node list", lists[i]);
	const ynode *limit = ymap_get(pids, "limit");
	if (!absent(limit)) {
		r->has_pids = true;
		if (!get_i64(L, limit, "pids.limit", &r->pids_limit))
			return false;
	}
	uint64_t w = 0;
	const ynode *wn = ymap_get(blk, "weight"), *lwn = ymap_get(blk, "leafWeight");
	if (!get_u64(L, wn, "blockIO.weight", &w))
		return false;
	if (!absent(wn))
		r->blkio_weight = (int64_t)(w > 1000 ? 1000 : w);
	w = 0;
	if (!get_u64(L, lwn, "blockIO.leafWeight", &w))
		return false;
	if (!absent(lwn))
		r->blkio_leaf_weight = (int64_t)(w > 1000 ? 1000 : w);
	if (!load_blkio_devices(L, r, blk, "weightDevice", "blkio.weight_device") ||
	    !load_blkio_devices(L, r, blk, "throttleReadBpsDevice", "blkio.throttle.read_bps_device") ||
	    !load_blkio_devices(L, r, blk, "throttleWriteBpsDevice", "blkio.throttle.write_bps_device") ||
	    !load_blkio_devices(L, r, blk, "throttleReadIOPSDevice", "blkio.throttle.read_iops_device") ||
	    !load_blkio_devices(L, r, blk, "throttleWriteIOPSDevice", "blkio.throttle.write_iops_device"))
		return false;
	if (!absent(devs)) {
		r->devices = bh_calloc(devs->n + 1, sizeof *r->devices);
		for (size_t i = 0; i < devs->n; i++) {
			const ynode *d = devs->items[i];
			rt_dev_rule *dr = &r->devices[r->ndevices++];
			char *type = NULL, *access = NULL;
			dr->major = dr->minor = -1;
			if (!want_map(L, d, "linux.resources.devices[]") ||
			    !get_bool(L, ymap_get(d, "allow"), "devices[].allow", &dr->allow) ||
			    !get_str(L, ymap_get(d, "type"), "devices[].type", &type) ||
			    !get_str(L, ymap_get(d, "access"), "devices[].access", &access) ||
			    !get_i64(L, ymap_get(d, "major"), "devices[].major", &dr->major) ||
			    !get_i64(L, ymap_get(d, "minor"), "devices[].minor", &dr->minor)) {
				free(type);
				free(access);
				return false;
			}
			dr->type = type ? type[0] : 'a';
			bool ok = (!type || (strlen(type) == 1 && strchr("abc", type[0]))) &&
				  (!access || (strlen(access) <= 3 && strspn(access, "rwm") == strlen(access)));
			snprintf(dr->access, sizeof dr->access, "%s", access && *access ? access : "rwm");
			free(type);
			free(access);
			if (!ok)
				return bad(L, d, "linux.resources.devices[%zu]: type must be a, b or c and access a subset of rwm", i);
		}
	}
	if (!load_hugetlb(L, r, ymap_get(res, "hugepageLimits")) || !load_unified(L, r, ymap_get(res, "unified")))
		return false;
	static const char *const unsupported[] = { "network", "rdma" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(unsupported); i++) {
		const ynode *n = ymap_get(res, unsupported[i]);
		if (!absent(n) && !((n->kind == YN_SEQ || n->kind == YN_MAP) && n->n == 0))
			return bad(L, n, "linux.resources.%s: not supported yet by bulkhead", unsupported[i]);
	}
	return true;
}

static bool load_linux(loader *L, rt_spec *sp, const ynode *lx)
{
	if (!want_map(L, lx, "linux"))
		return false;
	if (absent(lx))
		return bad(L, NULL, "missing \"linux\": bulkhead needs at least a new mount namespace");
	if (!load_namespaces(L, sp, ymap_get(lx, "namespaces")) ||
	    !load_idmaps(L, ymap_get(lx, "uidMappings"), "linux.uidMappings", &sp->uid_maps, &sp->nuid_maps) ||
	    !load_idmaps(L, ymap_get(lx, "gidMappings"), "linux.gidMappings", &sp->gid_maps, &sp->ngid_maps))
		return false;
	bool new_user = sp->ns[RT_NS_USER].wanted && !sp->ns[RT_NS_USER].path;
	if (new_user && (!sp->nuid_maps || !sp->ngid_maps))
		return bad(L, lx, "linux: a new user namespace needs uidMappings and gidMappings");
	if (!new_user && (sp->nuid_maps || sp->ngid_maps))
		return bad(L, lx, "linux: uidMappings/gidMappings need a new user namespace");
	if (!get_strlist(L, ymap_get(lx, "maskedPaths"), "linux.maskedPaths", &sp->masked, &sp->nmasked) ||
	    !get_strlist(L, ymap_get(lx, "readonlyPaths"), "linux.readonlyPaths", &sp->readonly, &sp->nreadonly))
		return false;
	for (size_t i = 0; i < sp->nmasked; i++)
		if (sp->masked[i][0] != '/')
			return bad(L, ymap_get(lx, "maskedPaths"), "linux.maskedPaths: \"%s\" is not absolute", sp->masked[i]);
	for (size_t i = 0; i < sp->nreadonly; i++)
		if (sp->readonly[i][0] != '/')
			return bad(L, ymap_get(lx, "readonlyPaths"), "linux.readonlyPaths: \"%s\" is not absolute", sp->readonly[i]);
	if (!load_sysctl(L, sp, ymap_get(lx, "sysctl")) || !load_devices(L, sp, ymap_get(lx, "devices")) ||
	    !load_resources(L, sp, ymap_get(lx, "resources")) || !load_seccomp(L, sp, ymap_get(lx, "seccomp")) ||
	    !get_str(L, ymap_get(lx, "cgroupsPath"), "linux.cgroupsPath", &sp->cgroups_path))
		return false;
	char *prop = NULL;
	const ynode *prop_n = ymap_get(lx, "rootfsPropagation");
	if (!get_str(L, prop_n, "linux.rootfsPropagation", &prop))
		return false;
	if (prop && *prop && !parse_propagation(prop, &sp->rootfs_propagation)) {
		bad(L, prop_n, "linux.rootfsPropagation: unknown propagation \"%s\"", prop);
		free(prop);
		return false;
	}
	free(prop);
	if (sp->cgroups_path && strstr(sp->cgroups_path, ".."))
		return bad(L, ymap_get(lx, "cgroupsPath"), "linux.cgroupsPath: must not contain \"..\"");
	static const char *const unsupported[] = { "intelRdt", "personality", "mountLabel", "timeOffsets", "memoryPolicy" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(unsupported); i++) {
		const ynode *n = ymap_get(lx, unsupported[i]);
		if (!absent(n) && !(n->kind == YN_SCALAR && !n->len))
			return bad(L, n, "linux.%s: not supported yet by bulkhead", unsupported[i]);
	}
	return true;
}

static bool load_root(loader *L, rt_spec *sp, const ynode *root)
{
	if (absent(root))
		return bad(L, NULL, "missing \"root\": no root filesystem given");
	char *path = NULL;
	if (!want_map(L, root, "root") || !get_str(L, ymap_get(root, "path"), "root.path", &path) ||
	    !get_bool(L, ymap_get(root, "readonly"), "root.readonly", &sp->root_readonly)) {
		free(path);
		return false;
	}
	if (!path || !*path) {
		free(path);
		return bad(L, root, "root.path: missing");
	}
	sp->root_path = path[0] == '/' ? bh_strdup(path) : bh_asprintf("%s/%s", sp->bundle, path);
	free(path);
	struct stat st;
	if (stat(sp->root_path, &st) < 0)
		return bad(L, ymap_get(root, "path"), "root.path: rootfs \"%s\" does not exist (%s)", sp->root_path, strerror(errno));
	if (!S_ISDIR(st.st_mode))
		return bad(L, ymap_get(root, "path"), "root.path: rootfs \"%s\" is not a directory", sp->root_path);
	char *real = realpath(sp->root_path, NULL);
	if (!real)
		return bad(L, ymap_get(root, "path"), "root.path: cannot resolve \"%s\": %s", sp->root_path, strerror(errno));
	if (!strcmp(real, "/")) {
		free(real);
		return bad(L, ymap_get(root, "path"), "root.path: the host's / cannot be a container root");
	}
	free(sp->root_path);
	sp->root_path = real;
	return true;
}

static bool load_annotations(loader *L, rt_spec *sp, const ynode *m)
{
	if (!want_map(L, m, "annotations") || absent(m))
		return !L->failed;
	size_t n = ymap_size(m);
	sp->ann_keys = bh_calloc(n + 1, sizeof(char *));
	sp->ann_vals = bh_calloc(n + 1, sizeof(char *));
	for (size_t i = 0; i < n; i++) {
		char *k = NULL, *v = NULL;
		if (!get_str(L, ymap_key_at(m, i), "annotations key", &k) || !get_str(L, ymap_val_at(m, i), "annotations value", &v) ||
		    !k || !v) {
			free(k);
			free(v);
			return L->failed ? false : bad(L, ymap_key_at(m, i), "annotations: values must be strings");
		}
		sp->ann_keys[sp->nann] = k;
		sp->ann_vals[sp->nann++] = v;
	}
	return true;
}

static void free_list(char **l, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(l[i]);
	free(l);
}

/* `exec --process FILE`: FILE holds one "process" object that replaces the
 * bundle's process. */
int rt_process_load(const char *file, rt_spec *sp, rt_err *e)
{
	free_list(sp->args, sp->nargs);
	free_list(sp->env, sp->nenv);
	free(sp->cwd);
	free(sp->add_gids);
	free(sp->rlimits);
	sp->args = sp->env = NULL;
	sp->nargs = sp->nenv = sp->nadd_gids = sp->nrlimits = 0;
	sp->cwd = NULL;
	sp->add_gids = NULL;
	sp->rlimits = NULL;
	sp->terminal = sp->has_umask = sp->no_new_privs = sp->has_oom_score_adj = sp->has_caps = false;
	sp->uid = sp->gid = 0;
	memset(sp->caps, 0, sizeof sp->caps);
	loader L = { .file = file, .e = e };
	size_t len = 0;
	char *data = bh_read_file(file, CONFIG_MAX_BYTES, &len);
	if (!data)
		return rt_fail(e, errno, "cannot read %s", file);
	ydoc_set docs = { 0 };
	yerror yerr = { 0 };
	int rc = -1;
	if (ydoc_parse(data, len, &docs, &yerr) < 0)
		snprintf(e->msg, sizeof e->msg, "%s:%d:%d: invalid JSON: %s", file, yerr.line, yerr.col, yerr.message);
	else if (docs.ndocs != 1 || !yis_map(docs.docs[0]))
		bad(&L, docs.ndocs ? docs.docs[0] : NULL, "invalid JSON: expected one process object");
	else if (load_process(&L, sp, docs.docs[0]) && !L.failed)
		rc = 0;
	ydoc_free(&docs);
	free(data);
	return rc;
}

static const char *const hook_keys[RT_HOOK_COUNT] = {
	"prestart", "createRuntime", "createContainer", "startContainer", "poststart", "poststop",
};

const char *rt_hook_name(int kind) { return hook_keys[kind]; }

static bool load_hooks(loader *L, rt_spec *sp, const ynode *hooks)
{
	if (!want_map(L, hooks, "hooks") || absent(hooks))
		return !L->failed;
	for (int k = 0; k < RT_HOOK_COUNT; k++) {
		const ynode *list = ymap_get(hooks, hook_keys[k]);
		char name[64];
		snprintf(name, sizeof name, "hooks.%s", hook_keys[k]);
		if (!want_seq(L, list, name))
			return false;
		if (absent(list))
			continue;
		sp->hooks[k] = bh_calloc(list->n + 1, sizeof *sp->hooks[k]);
		for (size_t i = 0; i < list->n; i++) {
			const ynode *h = list->items[i];
			rt_hook *hk = &sp->hooks[k][sp->nhooks[k]++];
			if (!want_map(L, h, name) || absent(h))
				return bad(L, h, "%s[%zu]: expected an object", name, i);
			if (!get_str(L, ymap_get(h, "path"), "path", &hk->path) ||
			    !get_strlist(L, ymap_get(h, "args"), "args", &hk->args, &hk->nargs) ||
			    !get_strlist(L, ymap_get(h, "env"), "env", &hk->env, &hk->nenv) ||
			    !get_i64(L, ymap_get(h, "timeout"), "timeout", &hk->timeout))
				return false;
			if (!hk->path || hk->path[0] != '/')
				return bad(L, h, "%s[%zu].path: expected an absolute path", name, i);
			if (hk->timeout < 0 || hk->timeout > 86400)
				return bad(L, ymap_get(h, "timeout"), "%s[%zu].timeout: expected 1 to 86400 seconds", name, i);
		}
	}
	return true;
}

int rt_spec_load(const char *bundle, rt_spec *sp, rt_err *e)
{
	memset(sp, 0, sizeof *sp);
	char *abs = realpath(bundle, NULL);
	if (!abs)
		return rt_fail(e, errno, "bundle \"%s\"", bundle);
	sp->bundle = abs;
	char *file = bh_asprintf("%s/config.json", abs);
	loader L = { .file = file, .e = e };
	size_t len = 0;
	char *data = bh_read_file(file, CONFIG_MAX_BYTES, &len);
	if (!data) {
		rt_fail(e, errno, "cannot read %s", file);
		free(file);
		rt_spec_free(sp); /* the bundle path is already in it */
		return -1;
	}
	ydoc_set docs = { 0 };
	yerror yerr = { 0 };
	int rc = -1;
	if (ydoc_parse(data, len, &docs, &yerr) < 0) {
		snprintf(e->msg, sizeof e->msg, "%s:%d:%d: invalid JSON: %s", file, yerr.line, yerr.col, yerr.message);
		goto out;
	}
	const char *first = data + strspn(data, " \t\r\n");
	if (docs.ndocs != 1 || !yis_map(docs.docs[0]) || *first != '{') {
		bad(&L, docs.ndocs ? docs.docs[0] : NULL, "invalid JSON: expected one JSON object");
		goto out;
	}
	const ynode *root = docs.docs[0];
	if (!get_str(&L, ymap_get(root, "ociVersion"), "ociVersion", &sp->oci_version))
		goto out;
	if (!sp->oci_version || !bh_starts_with(sp->oci_version, "1.")) {
		bad(&L, ymap_get(root, "ociVersion") ? ymap_get(root, "ociVersion") : root,
		    "ociVersion: \"%s\" is not a 1.x runtime-spec version", sp->oci_version ? sp->oci_version : "(missing)");
		goto out;
	}
	if (!load_hooks(&L, sp, ymap_get(root, "hooks")))
		goto out;
	if (!load_root(&L, sp, ymap_get(root, "root")) || !load_process(&L, sp, ymap_get(root, "process")) ||
	    !get_str(&L, ymap_get(root, "hostname"), "hostname", &sp->hostname) ||
	    !get_str(&L, ymap_get(root, "domainname"), "domainname", &sp->domainname) ||
	    !load_linux(&L, sp, ymap_get(root, "linux")) || !load_mounts(&L, sp, ymap_get(root, "mounts")) ||
	    !load_annotations(&L, sp, ymap_get(root, "annotations")))
		goto out;
	if ((sp->hostname && *sp->hostname) || (sp->domainname && *sp->domainname)) {
		if (!sp->ns[RT_NS_UTS].wanted) {
			bad(&L, ymap_get(root, "hostname"), "hostname: setting a hostname needs a uts namespace");
			goto out;
		}
	}
	rc = 0;
out:
	if (L.failed || rc < 0) {
		rc = -1;
		rt_spec_free(sp);
	}
	ydoc_free(&docs);
	free(data);
	free(file);
	return rc;
}


void rt_spec_free(rt_spec *sp)
{
	free(sp->bundle);
	free(sp->oci_version);
	free(sp->root_path);
	free(sp->hostname);
	free(sp->domainname);
	free_list(sp->args, sp->nargs);
	free_list(sp->env, sp->nenv);
	free(sp->cwd);
	free(sp->add_gids);
	free(sp->rlimits);
	for (size_t i = 0; i < sp->nmounts; i++) {
		free(sp->mounts[i].destination);
		free(sp->mounts[i].type);
		free(sp->mounts[i].source);
		free(sp->mounts[i].data);
	}
	free(sp->mounts);
	for (int k = 0; k < RT_NS_COUNT; k++)
		free(sp->ns[k].path);
	free(sp->uid_maps);
	free(sp->gid_maps);
	free_list(sp->masked, sp->nmasked);
	free_list(sp->readonly, sp->nreadonly);
	free_list(sp->sysctl_keys, sp->nsysctl);
	free_list(sp->sysctl_vals, sp->nsysctl);
	for (size_t i = 0; i < sp->ndevices; i++)
		free(sp->devices[i].path);
	free(sp->devices);
	free(sp->cgroups_path);
	free(sp->res.cpuset_cpus);
	free(sp->res.cpuset_mems);
	free_list(sp->res.blkio_lines, sp->res.nblkio);
	free(sp->res.devices);
	free_list(sp->res.hugetlb_sizes, sp->res.nhugetlb);
	free(sp->res.hugetlb_limits);
	free_list(sp->res.unified_keys, sp->res.nunified);
	free_list(sp->res.unified_vals, sp->res.nunified);
	free(sp->seccomp.archs);
	for (size_t i = 0; i < sp->seccomp.nrules; i++) {
		free_list(sp->seccomp.rules[i].names, sp->seccomp.rules[i].nnames);
		free(sp->seccomp.rules[i].args);
	}
	free(sp->seccomp.rules);
	for (int k = 0; k < RT_HOOK_COUNT; k++) {
		for (size_t i = 0; i < sp->nhooks[k]; i++) {
			free(sp->hooks[k][i].path);
			free_list(sp->hooks[k][i].args, sp->hooks[k][i].nargs);
			free_list(sp->hooks[k][i].env, sp->hooks[k][i].nenv);
		}
		free(sp->hooks[k]);
	}
	free_list(sp->ann_keys, sp->nann);
	free_list(sp->ann_vals, sp->nann);
	memset(sp, 0, sizeof *sp);
}
