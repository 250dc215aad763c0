/* cgroup v1 (one hierarchy per controller under /sys/fs/cgroup, as on
 * hybrid hosts): create the container's group in every controller bulkhead
 * manages, write linux.resources, move the init in, and remove it all again. */
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

#define CGROUP_ROOT "/sys/fs/cgroup"

/* "systemd" is the name=systemd hierarchy: no resources, but systemd inside a
 * container expects its own group there, as runc gives it. */
static const char *const controllers[] = { "pids", "memory", "cpu", "cpuacct", "cpuset", "blkio", "devices", "freezer", "systemd" };

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

static int write_file(const char *dir, const char *file, const char *value, rt_err *e)
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
	return write_file(dir, file, buf, e);
}

static char *read_small(const char *dir, const char *file)
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
				char *mine = read_small(dir.buf, files[i]);
				if (mine && !*mine) {
					char *theirs = read_small(parent, files[i]);
					if (theirs && *theirs && write_file(dir.buf, files[i], theirs, e) < 0) {
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
	if (r->mem_disable_oom == 1 && write_file(dir, "memory.oom_control", "1", e) < 0)
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
		int rc = write_file(dir, file, tab + 1, e);
		free(file);
		if (rc < 0)
			return -1;
	}
	return 0;
}

static int apply_devices(const rt_spec *sp, const char *dir, rt_err *e)
{
	const rt_resources *r = &sp->res;
	/* Default deny; then the spec's rules in order; then the devices every container gets. */
	if (write_file(dir, "devices.deny", "a", e) < 0)
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
		if (write_file(dir, d->allow ? "devices.allow" : "devices.deny", rule, e) < 0)
			return -1;
	}
	static const char *const defaults[] = {
		"c 1:3 rwm", "c 1:5 rwm", "c 1:7 rwm", "c 1:8 rwm", "c 1:9 rwm", "c 5:0 rwm", "c 5:2 rwm", "c 136:* rwm",
	};
	for (size_t i = 0; i < BH_ARRAY_SIZE(defaults); i++)
		if (write_file(dir, "devices.allow", defaults[i], e) < 0)
			return -1;
	for (size_t i = 0; i < sp->ndevices; i++) {
		char rule[96];
		snprintf(rule, sizeof rule, "%c %lld:%lld rwm", sp->devices[i].type, (long long)sp->devices[i].major,
			 (long long)sp->devices[i].minor);
		if (write_file(dir, "devices.allow", rule, e) < 0)
			return -1;
	}
	return 0;
}

int rt_cgroup_apply(const rt_spec *sp, const char *path, pid_t pid, rt_err *e)
{
	const rt_resources *r = &sp->res;
	char pidbuf[32];
	snprintf(pidbuf, sizeof pidbuf, "%d", (int)pid);
	for (size_t i = 0; i < BH_ARRAY_SIZE(controllers); i++) {
		const char *c = controllers[i];
		char *root = bh_asprintf(CGROUP_ROOT "/%s", c);
		if (!is_v1_hierarchy(root)) {
			bool needed = (!strcmp(c, "memory") && (r->mem_limit > 0 || r->mem_reservation > 0)) ||
				      (!strcmp(c, "pids") && r->has_pids) || (!strcmp(c, "cpu") && r->cpu_shares > 0) ||
				      (!strcmp(c, "cpuset") && (r->cpuset_cpus || r->cpuset_mems));
			free(root);
			if (needed)
				return rt_fail(e, 0, "cgroup: controller %s is not mounted as cgroup v1 at " CGROUP_ROOT "/%s "
						     "(cgroup v2 is not supported yet)", c, c);
			continue;
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
					rc = write_file(dir, "cpuset.cpus", r->cpuset_cpus, e);
				if (rc == 0 && r->cpuset_mems && *r->cpuset_mems)
					rc = write_file(dir, "cpuset.mems", r->cpuset_mems, e);
			} else if (!strcmp(c, "pids") && r->has_pids) {
				rc = r->pids_limit > 0 ? write_i64(dir, "pids.max", r->pids_limit, e) : write_file(dir, "pids.max", "max", e);
			} else if (!strcmp(c, "blkio"))
				rc = apply_blkio(r, dir, e);
			else if (!strcmp(c, "devices"))
				rc = apply_devices(sp, dir, e);
		}
		if (rc == 0)
			rc = write_file(dir, "cgroup.procs", pidbuf, e);
		free(dir);
		if (rc < 0)
			return -1;
	}
	return 0;
}

static char *procs_file(const char *path)
{
	for (size_t i = 0; i < BH_ARRAY_SIZE(controllers); i++) {
		char *f = bh_asprintf(CGROUP_ROOT "/%s%s/cgroup.procs", controllers[i], path);
		if (access(f, R_OK) == 0)
			return f;
		free(f);
	}
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
	for (size_t i = 0; i < BH_ARRAY_SIZE(controllers); i++) {
		char *dir = bh_asprintf(CGROUP_ROOT "/%s%s", controllers[i], path);
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

int rt_cgroup_freeze(const char *path, bool freeze, rt_err *e)
{
	char *dir = bh_asprintf(CGROUP_ROOT "/freezer%s", path);
	const char *want = freeze ? "FROZEN" : "THAWED";
	int rc = write_file(dir, "freezer.state", want, e);
	/* Freezing takes a moment when tasks are busy; thawing is immediate. */
	for (int i = 0; rc == 0 && i < 1000; i++) {
		char *now = read_small(dir, "freezer.state");
		bool done = now && !strcmp(now, want);
		free(now);
		if (done)
			break;
		if (i == 999) {
			rc = rt_fail(e, 0, "cgroup: %s did not become %s", dir, want);
			write_file(dir, "freezer.state", "THAWED", e);
			break;
		}
		if (freeze && i % 50 == 49)
			write_file(dir, "freezer.state", want, e);
		struct timespec ts = { 0, 2 * 1000 * 1000 };
		nanosleep(&ts, NULL);
	}
	free(dir);
	return rc;
}

bool rt_cgroup_is_frozen(const char *path)
{
	char *dir = bh_asprintf(CGROUP_ROOT "/freezer%s", path);
	char *now = read_small(dir, "freezer.state");
	bool frozen = now && (!strcmp(now, "FROZEN") || !strcmp(now, "FREEZING"));
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
	for (size_t i = 0; i < BH_ARRAY_SIZE(controllers); i++) {
		char *dir = bh_asprintf(CGROUP_ROOT "/%s%s", controllers[i], path);
		int rc = 0;
		if (access(dir, F_OK) == 0)
			rc = write_file(dir, "cgroup.procs", pidbuf, e);
		free(dir);
		if (rc < 0)
			return -1;
	}
	return 0;
}
