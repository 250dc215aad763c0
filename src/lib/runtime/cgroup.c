/* cgroups: create the container's group in every controller bulkhead
 * manages, write linux.resources, move the init in, and remove it all again.
 * v1 (one hierarchy per controller under the root) is handled here; on a
 * hybrid host the controllers only the unified hierarchy offers, and on a
 * pure v2 host everything, go through cgroup_v2.c. */
#include "runtime/rt_int.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <time.h>
#include <unistd.h>

#ifndef CGROUP2_SUPER_MAGIC
#define CGROUP2_SUPER_MAGIC 0x63677270
#endif

const char *rt_cgroup_root(void)
{
	/* A testing knob: lets the tests point bulkhead at another cgroup mount. */
	const char *env = getenv("BULKHEAD_CGROUP_ROOT");
	return env && env[0] == '/' ? env : "/sys/fs/cgroup";
}

rt_cg_layout rt_cgroup_classify(long root_magic, long unified_magic)
{
	if (root_magic == CGROUP2_SUPER_MAGIC)
		return RT_CG_V2;
	if (unified_magic == CGROUP2_SUPER_MAGIC)
		return RT_CG_HYBRID;
	return RT_CG_V1;
}

static long fs_magic(const char *path)
{
	struct statfs sf;
	return statfs(path, &sf) == 0 ? (long)sf.f_type : 0;
}

rt_cg_layout rt_cgroup_layout(void)
{
	static int cached = -1;
	if (cached < 0) {
		char *unified = bh_asprintf("%s/unified", rt_cgroup_root());
		cached = (int)rt_cgroup_classify(fs_magic(rt_cgroup_root()), fs_magic(unified));
		free(unified);
	}
	return (rt_cg_layout)cached;
}

const char *rt_cgroup_layout_name(rt_cg_layout l)
{
	return l == RT_CG_V2 ? "v2" : l == RT_CG_HYBRID ? "hybrid" : "v1";
}

/* Where the group of PATH lives in the v2 hierarchy (NULL on a v1 host). */
static char *v2_dir(const char *path)
{
	rt_cg_layout l = rt_cgroup_layout();
	if (l == RT_CG_V2)
		return bh_asprintf("%s%s", rt_cgroup_root(), path);
	if (l == RT_CG_HYBRID)
		return bh_asprintf("%s/unified%s", rt_cgroup_root(), path);
	return NULL;
}

static char *v1_dir(const char *ctrl, const char *path)
{
	return bh_asprintf("%s/%s%s", rt_cgroup_root(), ctrl, path);
}

/* "systemd" is the name=systemd hierarchy: no resources, but systemd inside a
 * container expects its own group there, as runc gives it. */
static const char *const controllers[] = { "pids", "memory", "cpu", "cpuacct", "cpuset", "blkio", "devices", "freezer", "systemd", "hugetlb" };
/* The v2 controller doing the same job, when there is one. */
static const unsigned v2_equivalent[] = { RT_CG2_PIDS, RT_CG2_MEMORY, RT_CG2_CPU, 0, RT_CG2_CPUSET, RT_CG2_IO, 0, 0, 0, RT_CG2_HUGETLB };

static bool is_v1_hierarchy(const char *dir)
{
	struct statfs sf;
	return statfs(dir, &sf) == 0 && sf.f_type == CGROUP_SUPER_MAGIC;
}

char *rt_cgroup_path_for(const rt_spec *sp, const char *id, bool systemd)
{
	const char *p = sp->cgroups_path;
	if (!p || !*p)
		return bh_asprintf("/bulkhead/%s", id);
	if (systemd && strchr(p, ':')) {
		/* slice:prefix:name, as runc --systemd-cgroup */
		char *copy = bh_strdup(p);
		char *slice = copy, *prefix = strchr(copy, ':');
		*prefix++ = 0;
		char *name = strchr(prefix, ':');
		if (name)
			*name++ = 0;
		char *out = bh_asprintf("/%s/%s-%s.scope", *slice ? slice : "system.slice", prefix, name && *name ? name : id);
		free(copy);
		return out;
	}
	return p[0] == '/' ? bh_strdup(p) : bh_asprintf("/%s", p);
}

int rt_cgroup_write(const char *dir, const char *file, const char *value, rt_err *e)
{
	char *path = bh_asprintf("%s/%s", dir, file);
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0) {
		int err = errno;
		rt_fail(e, err, "cgroup: opening %s", path);
		free(path);
		errno = err;
		return -1;
	}
	ssize_t n = write(fd, value, strlen(value));
	int err = errno;
	close(fd);
	if (n < 0) {
		rt_fail(e, err, "cgroup: writing \"%s\" to %s", value, path);
		free(path);
		errno = err;
		return -1;
	}
	free(path);
	return 0;
}

static int write_i64(const char *dir, const char *file, int64_t v, rt_err *e)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%lld", (long long)v);
	return rt_cgroup_write(dir, file, buf, e);
}

char *rt_cgroup_read(const char *dir, const char *file)
{
	char *path = bh_asprintf("%s/%s", dir, file);
	size_t len;
	char *s = bh_read_file(path, 1 << 16, &len);
	free(path);
	if (s)
		s[strcspn(s, "\n")] = 0;
	return s;
}

/* mkdir -p below the hierarchy root; new cpuset groups inherit cpus and mems. */
static int make_group_once(const char *ctrl_root, const char *path, bool cpuset, int *err, rt_err *e)
{
	strbuf dir = STRBUF_INIT;
	strbuf_addstr(&dir, ctrl_root);
	const char *s = path;
	while (*s) {
		while (*s == '/')
			s++;
		const char *end = strchrnul(s, '/');
		if (end == s)
			break;
		char *parent = bh_strdup(dir.buf);
		strbuf_addch(&dir, '/');
		strbuf_add(&dir, s, (size_t)(end - s));
		if (mkdir(dir.buf, 0755) < 0 && errno != EEXIST) {
			*err = errno;
			rt_fail(e, errno, "cgroup: creating %s", dir.buf);
			free(parent);
			strbuf_release(&dir);
			return -1;
		}
		if (cpuset) {
			static const char *const files[] = { "cpuset.cpus", "cpuset.mems" };
			for (int i = 0; i < 2; i++) {
				char *mine = rt_cgroup_read(dir.buf, files[i]);
				if (mine && !*mine) {
					char *theirs = rt_cgroup_read(parent, files[i]);
					if (theirs && *theirs && rt_cgroup_write(dir.buf, files[i], theirs, e) < 0) {
						free(theirs);
						free(mine);
						free(parent);
						strbuf_release(&dir);
						return -1;
					}
					free(theirs);
				}
				free(mine);
			}
		}
		free(parent);
		s = end;
	}
	strbuf_release(&dir);
	return 0;
}

/* Something else (an administrator, an older bulkhead's delete) may remove an
 * empty shared parent (/bulkhead); when that happens between creating the
 * parent and the child, the child's mkdir fails with ENOENT and the whole
 * path is simply made again. */
static int make_group(const char *ctrl_root, const char *path, bool cpuset, rt_err *e)
{
	for (int tries = 0;; tries++) {
		int err = 0;
		if (make_group_once(ctrl_root, path, cpuset, &err, e) == 0)
			return 0;
		if (err != ENOENT || tries == 20)
			return -1;
	}
}

static int apply_memory(const rt_resources *r, const char *dir, rt_err *e)
{
	if (r->mem_limit > 0 && write_i64(dir, "memory.limit_in_bytes", r->mem_limit, e) < 0)
		return -1;
	if (r->mem_swap > 0 || r->mem_swap == -1) {
		if (r->mem_swap > 0 && write_i64(dir, "memory.memsw.limit_in_bytes", r->mem_swap, e) < 0 && errno != ENOENT)
			return -1;
	}
	if (r->mem_reservation > 0 && write_i64(dir, "memory.soft_limit_in_bytes", r->mem_reservation, e) < 0)
		return -1;
	if (r->mem_swappiness >= 0 && write_i64(dir, "memory.swappiness", r->mem_swappiness, e) < 0)
		return -1;
	if (r->mem_disable_oom == 1 && rt_cgroup_write(dir, "memory.oom_control", "1", e) < 0)
		return -1;
	return 0;
}

static int apply_cpu(const rt_resources *r, const char *dir, rt_err *e)
{
	if (r->cpu_shares > 0 && write_i64(dir, "cpu.shares", r->cpu_shares, e) < 0)
		return -1;
	if (r->cpu_period > 0 && write_i64(dir, "cpu.cfs_period_us", r->cpu_period, e) < 0)
		return -1;
	if (r->cpu_quota != -1 && r->cpu_quota != 0 && write_i64(dir, "cpu.cfs_quota_us", r->cpu_quota, e) < 0)
		return -1;
	if (r->cpu_rt_period > 0 && write_i64(dir, "cpu.rt_period_us", r->cpu_rt_period, e) < 0)
		return -1;
	if (r->cpu_rt_runtime > 0 && write_i64(dir, "cpu.rt_runtime_us", r->cpu_rt_runtime, e) < 0)
		return -1;
	return 0;
}

static int apply_blkio(const rt_resources *r, const char *dir, rt_err *e)
{
	if (r->blkio_weight > 0 && write_i64(dir, "blkio.weight", r->blkio_weight, e) < 0)
		return -1;
	if (r->blkio_leaf_weight > 0 && write_i64(dir, "blkio.leaf_weight", r->blkio_leaf_weight, e) < 0)
		return -1;
	for (size_t i = 0; i < r->nblkio; i++) {
		char *file = bh_strdup(r->blkio_lines[i]);
		char *tab = strchr(file, '\t');
		*tab = 0;
		int rc = rt_cgroup_write(dir, file, tab + 1, e);
		free(file);
		if (rc < 0)
			return -1;
	}
	return 0;
}

const char *const rt_cgroup_default_devices[] = {
	"c 1:3 rwm", "c 1:5 rwm", "c 1:7 rwm", "c 1:8 rwm", "c 1:9 rwm", "c 5:0 rwm", "c 5:2 rwm", "c 136:* rwm",
};
const size_t rt_cgroup_ndefault_devices = BH_ARRAY_SIZE(rt_cgroup_default_devices);

static int apply_devices(const rt_spec *sp, const char *dir, rt_err *e)
{
	const rt_resources *r = &sp->res;
	/* Default deny; then the spec's rules in order; then the devices every container gets. */
	if (rt_cgroup_write(dir, "devices.deny", "a", e) < 0)
		return -1;
	for (size_t i = 0; i < r->ndevices; i++) {
		const rt_dev_rule *d = &r->devices[i];
		char rule[96], maj[24], min[24];
		if (d->major < 0)
			snprintf(maj, sizeof maj, "*");
		else
			snprintf(maj, sizeof maj, "%lld", (long long)d->major);
		if (d->minor < 0)
			snprintf(min, sizeof min, "*");
		else
			snprintf(min, sizeof min, "%lld", (long long)d->minor);
		if (d->type == 'a')
			snprintf(rule, sizeof rule, "a");
		else
			snprintf(rule, sizeof rule, "%c %s:%s %s", d->type, maj, min, d->access);
		if (rt_cgroup_write(dir, d->allow ? "devices.allow" : "devices.deny", rule, e) < 0)
			return -1;
	}
	for (size_t i = 0; i < rt_cgroup_ndefault_devices; i++)
		if (rt_cgroup_write(dir, "devices.allow", rt_cgroup_default_devices[i], e) < 0)
			return -1;
	for (size_t i = 0; i < sp->ndevices; i++) {
		char rule[96];
		snprintf(rule, sizeof rule, "%c %lld:%lld rwm", sp->devices[i].type, (long long)sp->devices[i].major,
			 (long long)sp->devices[i].minor);
		if (rt_cgroup_write(dir, "devices.allow", rule, e) < 0)
			return -1;
	}
	return 0;
}

static int apply_hugetlb_v1(const rt_resources *r, const char *dir, rt_err *e)
{
	for (size_t i = 0; i < r->nhugetlb; i++) {
		char *file = bh_asprintf("hugetlb.%s.limit_in_bytes", r->hugetlb_sizes[i]);
		int rc = write_i64(dir, file, r->hugetlb_limits[i], e);
		free(file);
		if (rc < 0)
			return -1;
	}
	return 0;
}

static bool v1_needed(const rt_resources *r, unsigned v2bit)
{
	return v2bit && (rt_cgroup_v2_needed(r) & v2bit);
}

/* Rootless: the part of PATH that exists below HIER (which this takes) and
 * that the caller may write, or NULL (with an error when NEEDED). */
static char *rootless_base(char *hier, const char *path, bool needed, rt_err *e)
{
	char *base = rt_cgroup_writable_base(hier, path);
	if (!base && needed) {
		/* name the existing group that is in the way */
		char *rel = bh_strdup(path);
		for (;;) {
			char *dir = bh_asprintf("%s%s", hier, rel);
			bool exists = access(dir, F_OK) == 0;
			free(dir);
			char *slash = strrchr(rel, '/');
			if (exists || !slash)
				break;
			*slash = 0;
		}
		rt_fail(e, 0, "cgroup: linux.resources needs a group below %s%s, which uid %u cannot write (no cgroup is "
			      "delegated there)", hier, rel, (unsigned)geteuid());
		free(rel);
	}
	free(hier);
	return base;
}

int rt_cgroup_apply(const rt_spec *sp, const char *path, pid_t pid, rt_err *e)
{
	const rt_resources *r = &sp->res;
	rt_cg_layout layout = rt_cgroup_layout();
	bool rootless = rt_rootless();
	if (layout == RT_CG_V2) {
		/* Rootless, everything happens below the delegated group: the
		 * nearest existing ancestor, which must be ours. */
		char *base = rootless ? rootless_base(v2_dir(""), path, true, e) : bh_strdup("");
		if (!base)
			return -1;
		/* Every controller the hierarchy offers, as runc does, so the group's
		 * statistics are all there; the needed ones must be offered. */
		char *dir = v2_dir(base);
		char *list = rt_cgroup_read(dir, "cgroup.controllers");
		unsigned mask = rt_cgroup_v2_needed(r), optional = 0;
		static const struct {
			const char *name;
			unsigned bit;
		} all[] = { { "cpu", RT_CG2_CPU }, { "cpuset", RT_CG2_CPUSET }, { "io", RT_CG2_IO },
			    { "memory", RT_CG2_MEMORY }, { "pids", RT_CG2_PIDS }, { "hugetlb", RT_CG2_HUGETLB } };
		for (size_t i = 0; list && i < BH_ARRAY_SIZE(all); i++) {
			size_t n = strlen(all[i].name);
			for (const char *s = list; (s = strstr(s, all[i].name)); s += n)
				if ((s == list || s[-1] == ' ') && (s[n] == 0 || s[n] == ' '))
					optional |= all[i].bit;
		}
		free(list);
		int rc = rt_cgroup_v2_apply(sp, dir, path + strlen(base), mask, optional, true, pid, e);
		free(dir);
		free(base);
		/* the init waits for us: the program is in place before it runs.
		 * Rootless, loading it needs CAP_SYS_ADMIN we lack; the user
		 * namespace already keeps device nodes from being made. */
		dir = v2_dir(path);
		if (rc == 0 && !rootless)
			rc = rt_cgroup_v2_devices(sp, dir, e);
		free(dir);
		return rc;
	}
	if (layout == RT_CG_V1 && r->nunified)
		return rt_fail(e, 0, "cgroup: linux.resources.unified needs cgroup v2, and this host only has cgroup v1");
	char pidbuf[32];
	snprintf(pidbuf, sizeof pidbuf, "%d", (int)pid);
	unsigned to_v2 = 0; /* needed controllers only the unified hierarchy has */
	for (size_t i = 0; i < BH_ARRAY_SIZE(controllers); i++) {
		const char *c = controllers[i];
		char *root = v1_dir(c, "");
		if (!is_v1_hierarchy(root)) {
			bool needed = v1_needed(r, v2_equivalent[i]);
			if (needed && layout == RT_CG_HYBRID) {
				to_v2 |= v2_equivalent[i];
			} else if (needed) {
				rt_fail(e, 0, "cgroup: linux.resources needs the %s controller, which is not mounted as cgroup v1 at %s "
					      "and this host has no cgroup v2 hierarchy", c, root);
				free(root);
				return -1;
			}
			free(root);
			continue;
		}
		bool needed = v1_needed(r, v2_equivalent[i]);
		if (rootless) {
			/* only the controllers delegated to us; device rules need
			 * CAP_SYS_ADMIN even in a group of one's own */
			char *base = strcmp(c, "devices") ? rootless_base(bh_strdup(root), path, needed, e) : NULL;
			if (!base) {
				free(root);
				if (needed)
					return -1;
				continue;
			}
			free(base);
		}
		int rc = make_group(root, path, !strcmp(c, "cpuset"), e);
		char *dir = bh_asprintf("%s%s", root, path);
		free(root);
		if (rc == 0) {
			if (!strcmp(c, "memory"))
				rc = apply_memory(r, dir, e);
			else if (!strcmp(c, "cpu"))
				rc = apply_cpu(r, dir, e);
			else if (!strcmp(c, "cpuset")) {
				if (r->cpuset_cpus && *r->cpuset_cpus)
					rc = rt_cgroup_write(dir, "cpuset.cpus", r->cpuset_cpus, e);
				if (rc == 0 && r->cpuset_mems && *r->cpuset_mems)
					rc = rt_cgroup_write(dir, "cpuset.mems", r->cpuset_mems, e);
			} else if (!strcmp(c, "pids") && r->has_pids) {
				rc = r->pids_limit > 0 ? write_i64(dir, "pids.max", r->pids_limit, e) : rt_cgroup_write(dir, "pids.max", "max", e);
			} else if (!strcmp(c, "blkio"))
				rc = apply_blkio(r, dir, e);
			else if (!strcmp(c, "devices"))
				rc = apply_devices(sp, dir, e);
			else if (!strcmp(c, "hugetlb"))
				rc = apply_hugetlb_v1(r, dir, e);
		}
		if (rc == 0)
			rc = rt_cgroup_write(dir, "cgroup.procs", pidbuf, e);
		free(dir);
		if (rc < 0)
			return -1;
	}
	if (layout == RT_CG_V1)
		return 0;
	/* Hybrid: the init joins the unified hierarchy too (as with runc), which
	 * takes the controllers only it offers and the unified map. */
	char *base = rootless ? rootless_base(v2_dir(""), path, to_v2 || r->nunified, e) : bh_strdup("");
	if (!base)
		return to_v2 || r->nunified ? -1 : 0;
	char *dir = v2_dir(base);
	int rc = rt_cgroup_v2_apply(sp, dir, path + strlen(base), to_v2, 0, true, pid, e);
	free(dir);
	free(base);
	return rc;
}

/* The cgroup.procs listing the container's processes. */
static char *procs_file(const char *path)
{
	for (size_t i = 0; rt_cgroup_layout() != RT_CG_V2 && i < BH_ARRAY_SIZE(controllers); i++) {
		char *f = bh_asprintf("%s/%s%s/cgroup.procs", rt_cgroup_root(), controllers[i], path);
		if (access(f, R_OK) == 0)
			return f;
		free(f);
	}
	char *dir = v2_dir(path);
	if (!dir)
		return NULL;
	char *f = bh_asprintf("%s/cgroup.procs", dir);
	free(dir);
	if (access(f, R_OK) == 0)
		return f;
	free(f);
	return NULL;
}

int rt_cgroup_signal_all(const char *path, int sig)
{
	char *f = procs_file(path);
	if (!f)
		return -1;
	size_t len;
	char *pids = bh_read_file(f, 1 << 22, &len);
	free(f);
	if (!pids)
		return -1;
	int sent = 0;
	for (char *line = strtok(pids, "\n"); line; line = strtok(NULL, "\n")) {
		long pid = strtol(line, NULL, 10);
		if (pid > 0 && kill((pid_t)pid, sig) == 0)
			sent++;
	}
	free(pids);
	return sent;
}

void rt_cgroup_destroy(const char *path)
{
	if (!path || !*path || !strcmp(path, "/"))
		return;
	char *unified = v2_dir(path);
	if (unified)
		rt_cgroup_v2_destroy(unified);
	free(unified);
	for (size_t i = 0; rt_cgroup_layout() != RT_CG_V2 && i < BH_ARRAY_SIZE(controllers); i++) {
		char *dir = v1_dir(controllers[i], path);
		/* Processes leave a cgroup a moment after they die. */
		for (int tries = 0; tries < 100; tries++) {
			if (rmdir(dir) == 0 || errno == ENOENT)
				break;
			if (errno != EBUSY)
				break;
			struct timespec ts = { 0, 20 * 1000 * 1000 };
			nanosleep(&ts, NULL);
		}
		/* The shared parent (/bulkhead) stays, as /docker does for Docker:
		 * removing and making it again costs every container two more
		 * cgroup operations per controller and races with the next create. */
		free(dir);
	}
}

/* v1's freezer.state, or v2's cgroup.freeze (a core file of every group). */
static char *freezer_dir(const char *path, bool *v2)
{
	*v2 = rt_cgroup_layout() == RT_CG_V2;
	if (!*v2) {
		char *root = v1_dir("freezer", "");
		bool v1 = is_v1_hierarchy(root);
		free(root);
		if (v1 || rt_cgroup_layout() == RT_CG_V1)
			return v1_dir("freezer", path);
		*v2 = true;
	}
	return v2_dir(path);
}

int rt_cgroup_freeze(const char *path, bool freeze, rt_err *e)
{
	bool v2;
	char *dir = freezer_dir(path, &v2);
	const char *want = v2 ? (freeze ? "1" : "0") : freeze ? "FROZEN" : "THAWED";
	const char *file = v2 ? "cgroup.freeze" : "freezer.state";
	int rc = rt_cgroup_write(dir, file, want, e);
	/* Freezing takes a moment when tasks are busy; thawing is immediate. */
	for (int i = 0; rc == 0 && i < 1000; i++) {
		bool done;
		if (v2) {
			char *path_ev = bh_asprintf("%s/cgroup.events", dir);
			size_t len;
			char *ev = bh_read_file(path_ev, 1 << 16, &len);
			free(path_ev);
			done = ev && strstr(ev, freeze ? "frozen 1" : "frozen 0");
			free(ev);
		} else {
			char *now = rt_cgroup_read(dir, file);
			done = now && !strcmp(now, want);
			free(now);
		}
		if (done)
			break;
		if (i == 999) {
			rc = rt_fail(e, 0, "cgroup: %s did not become %s", dir, freeze ? "frozen" : "thawed");
			rt_cgroup_write(dir, file, v2 ? "0" : "THAWED", e);
			break;
		}
		if (freeze && !v2 && i % 50 == 49)
			rt_cgroup_write(dir, file, want, e);
		struct timespec ts = { 0, 2 * 1000 * 1000 };
		nanosleep(&ts, NULL);
	}
	free(dir);
	return rc;
}

bool rt_cgroup_is_frozen(const char *path)
{
	bool v2;
	char *dir = freezer_dir(path, &v2);
	char *now = rt_cgroup_read(dir, v2 ? "cgroup.freeze" : "freezer.state");
	bool frozen = now && (v2 ? !strcmp(now, "1") : (!strcmp(now, "FROZEN") || !strcmp(now, "FREEZING")));
	free(now);
	free(dir);
	return frozen;
}

pid_t *rt_cgroup_pids(const char *path, size_t *n)
{
	*n = 0;
	char *f = procs_file(path);
	if (!f)
		return NULL;
	size_t len;
	char *text = bh_read_file(f, 1 << 22, &len);
	free(f);
	if (!text)
		return NULL;
	pid_t *pids = bh_calloc(len / 2 + 1, sizeof *pids);
	char *save = NULL;
	for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		long pid = strtol(line, NULL, 10);
		if (pid > 0)
			pids[(*n)++] = (pid_t)pid;
	}
	free(text);
	return pids;
}

int rt_cgroup_join(const char *path, pid_t pid, rt_err *e)
{
	char pidbuf[32];
	snprintf(pidbuf, sizeof pidbuf, "%d", (int)pid);
	for (size_t i = 0; rt_cgroup_layout() != RT_CG_V2 && i < BH_ARRAY_SIZE(controllers); i++) {
		char *dir = v1_dir(controllers[i], path);
		int rc = 0;
		if (access(dir, F_OK) == 0)
			rc = rt_cgroup_write(dir, "cgroup.procs", pidbuf, e);
		free(dir);
		if (rc < 0)
			return -1;
	}
	char *dir = v2_dir(path);
	int rc = 0;
	if (dir && access(dir, F_OK) == 0)
		rc = rt_cgroup_write(dir, "cgroup.procs", pidbuf, e);
	free(dir);
	return rc;
}
