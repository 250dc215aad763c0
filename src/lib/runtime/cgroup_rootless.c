/* Rootless cgroups: an unprivileged user may only create groups where one
 * has been delegated to them (a directory of the hierarchy they can write,
 * such as systemd's user@UID.service on cgroup v2, or per-controller v1
 * directories an administrator chowned to them). This file finds that group
 * from /proc/self/cgroup (or takes a configured one), says which of the
 * memory, pids and CPU limits can be applied there and, when one cannot,
 * which path was in the way. */
#include "runtime/rt_int.h"
#include "core/util.h"

#include <errno.h>
#include <linux/magic.h>
#include <stdio.h>
#include <string.h>
#include <sys/statfs.h>
#include <unistd.h>

bool rt_rootless(void)
{
	return geteuid() != 0;
}

bool rt_cgroup_dir_writable(const char *dir)
{
	if (access(dir, W_OK | X_OK) < 0)
		return false;
	char *procs = bh_asprintf("%s/cgroup.procs", dir);
	bool ok = access(procs, W_OK) == 0;
	free(procs);
	return ok;
}

char *rt_cgroup_writable_base(const char *hier_root, const char *path)
{
	char *rel = bh_strdup(path);
	for (;;) {
		char *dir = bh_asprintf("%s%s", hier_root, rel);
		bool exists = access(dir, F_OK) == 0;
		bool ok = exists && rt_cgroup_dir_writable(dir);
		free(dir);
		if (exists) {
			if (ok)
				return rel;
			free(rel);
			return NULL;
		}
		char *slash = strrchr(rel, '/');
		if (!slash) {
			free(rel);
			return NULL;
		}
		*slash = 0;
	}
}

/* The path of our own group in the hierarchy holding CONTROLLER (NULL: the
 * cgroup v2 line "0::"), from /proc/self/cgroup; "" for the root. */
static char *own_cgroup(const char *controller)
{
	size_t len;
	char *text = bh_read_file("/proc/self/cgroup", 1 << 20, &len);
	char *found = NULL, *save = NULL;
	for (char *l = text ? strtok_r(text, "\n", &save) : NULL; l && !found; l = strtok_r(NULL, "\n", &save)) {
		char *c1 = strchr(l, ':'), *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
		if (!c2 || c2[1] != '/')
			continue;
		*c1 = *c2 = 0;
		const char *list = c1 + 1;
		bool match = false;
		if (!controller)
			match = !strcmp(l, "0") && !*list;
		else
			for (const char *s = list; *s && !match;) {
				size_t n = strcspn(s, ",");
				match = n == strlen(controller) && !strncmp(s, controller, n);
				s += n;
				s += strspn(s, ",");
			}
		if (match)
			found = bh_strdup(strcmp(c2 + 1, "/") ? c2 + 1 : "");
	}
	free(text);
	return found;
}

static bool is_v1(const char *dir)
{
	struct statfs sf;
	return statfs(dir, &sf) == 0 && sf.f_type == CGROUP_SUPER_MAGIC;
}

/* The hierarchy (directory under the cgroup root) holding CONTROLLER:
 * its v1 mount, or the v2 one. */
static char *hierarchy_of(const char *controller)
{
	const char *root = rt_cgroup_root();
	rt_cg_layout l = rt_cgroup_layout();
	if (l == RT_CG_V2)
		return bh_strdup(root);
	char *v1 = bh_asprintf("%s/%s", root, controller);
	if (is_v1(v1) || l == RT_CG_V1)
		return v1;
	free(v1);
	return bh_asprintf("%s/unified", root);
}

/* Walks from REL up while the parent group is still ours: the delegation
 * is the topmost writable group, where controllers can be enabled without
 * competing with the processes living in the leaves below it. */
static char *walk_up(const char *hier, const char *rel)
{
	char *best = bh_strdup(rel);
	for (;;) {
		char *slash = strrchr(best, '/');
		if (!slash || slash == best)
			return best;
		char *parent = bh_strndup(best, (size_t)(slash - best));
		char *dir = bh_asprintf("%s%s", hier, parent);
		bool ok = rt_cgroup_dir_writable(dir);
		free(dir);
		if (!ok) {
			free(parent);
			return best;
		}
		free(best);
		best = parent;
	}
}

static bool listed(const char *dir, const char *file, const char *name)
{
	char *list = rt_cgroup_read(dir, file);
	bool found = false;
	size_t n = strlen(name);
	for (const char *s = list; s && *s && !found;) {
		size_t len = strcspn(s, " ");
		found = len == n && !strncmp(s, name, n);
		s += len;
		s += strspn(s, " ");
	}
	free(list);
	return found;
}

static const char *const limit_controller[RT_LIMIT_COUNT] = { "memory", "pids", "cpu" };

/* Whether the controller can limit a group made below PARENT; else why not. */
static bool controller_usable(const char *controller, const char *parent, char *why, size_t n)
{
	char *hier = hierarchy_of(controller);
	char *dir = bh_asprintf("%s%s", hier, parent);
	bool v2 = !is_v1(hier);
	bool ok = false;
	if (access(dir, F_OK) < 0)
		snprintf(why, n, "%s does not exist", dir);
	else if (!rt_cgroup_dir_writable(dir))
		snprintf(why, n, "%s is not writable by uid %u", dir, (unsigned)geteuid());
	else if (v2 && !listed(dir, "cgroup.controllers", controller))
		snprintf(why, n, "the %s controller is not in %s/cgroup.controllers", controller, dir);
	else if (v2 && !listed(dir, "cgroup.subtree_control", controller)) {
		/* enabling it is allowed only in a group without processes of its own */
		char *procs = rt_cgroup_read(dir, "cgroup.procs");
		if (procs && *procs)
			snprintf(why, n, "the %s controller is not in %s/cgroup.subtree_control and the group has processes, "
					 "so it cannot be enabled there", controller, dir);
		else
			ok = true;
		free(procs);
	} else
		ok = true;
	free(dir);
	free(hier);
	return ok;
}

void rt_delegation_probe(const char *configured, rt_delegation *d)
{
	memset(d, 0, sizeof *d);
	if (configured) {
		if (configured[0] != '/' || strstr(configured, "..")) {
			snprintf(d->none_why, sizeof d->none_why, "cgroup parent %s: expected an absolute path without \"..\"",
				 configured);
			return;
		}
		d->parent = bh_strdup(strcmp(configured, "/") ? configured : "");
		size_t n = strlen(d->parent);
		while (n && d->parent[n - 1] == '/')
			d->parent[--n] = 0;
	} else {
		/* the first hierarchy whose own group we can write */
		rt_cg_layout l = rt_cgroup_layout();
		static const char *const v1_order[] = { "memory", "pids", "cpu" };
		size_t tries = l == RT_CG_V2 ? 1 : BH_ARRAY_SIZE(v1_order) + (l == RT_CG_HYBRID);
		for (size_t i = 0; i < tries && !d->parent; i++) {
			const char *c = l == RT_CG_V2 || i == BH_ARRAY_SIZE(v1_order) ? NULL : v1_order[i];
			char *hier = c ? hierarchy_of(c) : l == RT_CG_V2 ? bh_strdup(rt_cgroup_root())
									 : bh_asprintf("%s/unified", rt_cgroup_root());
			if (c && !is_v1(hier)) {
				free(hier);
				continue;
			}
			char *own = own_cgroup(c);
			char *dir = own ? bh_asprintf("%s%s", hier, own) : NULL;
			if (dir && rt_cgroup_dir_writable(dir))
				d->parent = walk_up(hier, own);
			else if (!d->none_why[0])
				snprintf(d->none_why, sizeof d->none_why, "%s%s", dir ? dir : hier,
					 dir ? " (your own cgroup) is not writable" : ": /proc/self/cgroup names no group of yours here");
			free(dir);
			free(own);
			free(hier);
		}
		if (!d->parent) {
			size_t n = strlen(d->none_why);
			snprintf(d->none_why + n, sizeof d->none_why - n, " by uid %u: no cgroup is delegated to you",
				 (unsigned)geteuid());
			return;
		}
	}
	for (int i = 0; i < RT_LIMIT_COUNT; i++)
		d->can[i] = controller_usable(limit_controller[i], d->parent, d->why[i], sizeof d->why[i]);
}

void rt_delegation_free(rt_delegation *d)
{
	free(d->parent);
	d->parent = NULL;
}

int rt_cgroup_rootless_path(const rt_opts *o, const rt_spec *sp, const char *id, char **out, rt_err *e)
{
	*out = NULL;
	if (o->no_cgroup)
		return 0;
	rt_delegation d;
	rt_delegation_probe(o->cgroup_parent, &d);
	if (!d.parent) {
		int rc = 0;
		if (rt_cgroup_v2_needed(&sp->res))
			rc = rt_fail(e, 0, "rootless: linux.resources sets limits, but %s; remove the limits or have a "
					   "cgroup delegated to you", d.none_why);
		else
			rt_log_warn(o, "rootless: the container gets no cgroup and no resource limits: %s", d.none_why);
		rt_delegation_free(&d);
		return rc;
	}
	const char *p = sp->cgroups_path;
	if (p && p[0] == '/' && !(o->systemd_cgroup && strchr(p, ':')))
		*out = bh_strdup(p); /* a place of its own, which must be writable */
	else if (p && *p && !(o->systemd_cgroup && strchr(p, ':')))
		*out = bh_asprintf("%s/%s", d.parent, p);
	else {
		char *rel = rt_cgroup_path_for(sp, id, o->systemd_cgroup);
		*out = bh_asprintf("%s%s", d.parent, rel);
		free(rel);
	}
	rt_log_debug(o, "rootless: cgroup %s (delegated group %s)", *out, *d.parent ? d.parent : "/");
	rt_delegation_free(&d);
	return 0;
}
