/* cgroup v2 (the unified hierarchy): make the container's group, enable the
 * controllers it needs in its parents, translate linux.resources to the v2
 * interface files as runc and crun document it, and remove the group. */
#include "runtime/rt_int.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const struct {
	unsigned bit;
	const char *name;
} v2_controllers[] = {
	{ RT_CG2_CPU, "cpu" }, { RT_CG2_CPUSET, "cpuset" }, { RT_CG2_IO, "io" },
	{ RT_CG2_MEMORY, "memory" }, { RT_CG2_PIDS, "pids" }, { RT_CG2_HUGETLB, "hugetlb" },
};

static unsigned controller_bit(const char *name, size_t len)
{
	for (size_t i = 0; i < BH_ARRAY_SIZE(v2_controllers); i++)
		if (strlen(v2_controllers[i].name) == len && !strncmp(v2_controllers[i].name, name, len))
			return v2_controllers[i].bit;
	return 0;
}

bool rt_cgroup_unified_key_ok(const char *key)
{
	if (!key || !*key || strlen(key) > 64 || strspn(key, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.") != strlen(key))
		return false;
	const char *dot = strchr(key, '.');
	if (!dot || dot == key || !dot[1] || strstr(key, ".."))
		return false;
	/* membership and the controller set are bulkhead's to decide */
	static const char *const managed[] = { "cgroup.procs", "cgroup.threads", "cgroup.subtree_control", "cgroup.kill",
					       "cgroup.type" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(managed); i++)
		if (!strcmp(key, managed[i]))
			return false;
	return true;
}

unsigned rt_cgroup_v2_needed(const rt_resources *r)
{
	unsigned m = 0;
	if (r->mem_limit > 0 || r->mem_reservation > 0 || r->mem_swap > 0 || r->mem_swappiness >= 0 || r->mem_disable_oom == 1)
		m |= RT_CG2_MEMORY;
	if (r->cpu_shares > 0 || r->cpu_quota > 0 || r->cpu_period > 0 || r->cpu_rt_runtime > 0 || r->cpu_rt_period > 0)
		m |= RT_CG2_CPU;
	if ((r->cpuset_cpus && *r->cpuset_cpus) || (r->cpuset_mems && *r->cpuset_mems))
		m |= RT_CG2_CPUSET;
	if (r->has_pids)
		m |= RT_CG2_PIDS;
	if (r->blkio_weight > 0 || r->blkio_leaf_weight > 0 || r->nblkio)
		m |= RT_CG2_IO;
	if (r->nhugetlb)
		m |= RT_CG2_HUGETLB;
	for (size_t i = 0; i < r->nunified; i++)
		m |= controller_bit(r->unified_keys[i], strcspn(r->unified_keys[i], "."));
	return m;
}

/* The controllers a group offers (its cgroup.controllers) as bits. */
static unsigned offered(const char *dir)
{
	char *list = rt_cgroup_read(dir, "cgroup.controllers");
	unsigned m = 0;
	for (char *s = list; s && *s;) {
		size_t len = strcspn(s, " ");
		m |= controller_bit(s, len);
		s += len;
		s += strspn(s, " ");
	}
	free(list);
	return m;
}

static bool in_list(const char *list, const char *name)
{
	size_t n = strlen(name);
	for (const char *s = list; s && *s;) {
		size_t len = strcspn(s, " ");
		if (len == n && !strncmp(s, name, n))
			return true;
		s += len;
		s += strspn(s, " ");
	}
	return false;
}

/* "+cpu +memory" for the controllers of MASK that DIR does not yet hand down. */
static int enable_in(const char *dir, unsigned mask, rt_err *e)
{
	char *have = rt_cgroup_read(dir, "cgroup.subtree_control");
	strbuf want = STRBUF_INIT;
	for (size_t i = 0; i < BH_ARRAY_SIZE(v2_controllers); i++)
		if ((mask & v2_controllers[i].bit) && !in_list(have, v2_controllers[i].name))
			strbuf_addf(&want, "%s+%s", want.len ? " " : "", v2_controllers[i].name);
	free(have);
	int rc = want.len ? rt_cgroup_write(dir, "cgroup.subtree_control", want.buf, e) : 0;
	strbuf_release(&want);
	return rc;
}

static int write_i64(const char *dir, const char *file, int64_t v, rt_err *e)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%lld", (long long)v);
	return rt_cgroup_write(dir, file, buf, e);
}

static int no_equivalent(rt_err *e, const char *what)
{
	return rt_fail(e, 0, "cgroup: %s has no cgroup v2 equivalent; remove it from linux.resources", what);
}

static int apply_memory(const rt_resources *r, const char *dir, rt_err *e)
{
	if (r->mem_limit > 0 && write_i64(dir, "memory.max", r->mem_limit, e) < 0)
		return -1;
	if (r->mem_reservation > 0 && write_i64(dir, "memory.low", r->mem_reservation, e) < 0)
		return -1;
	if (r->mem_swap > 0) {
		/* v1 limits memory+swap together; v2 limits swap alone. */
		if (r->mem_limit <= 0)
			return rt_fail(e, 0, "cgroup: memory.swap needs memory.limit on cgroup v2");
		if (r->mem_swap < r->mem_limit)
			return rt_fail(e, 0, "cgroup: memory.swap (%lld) is below memory.limit (%lld); it counts memory plus swap",
				       (long long)r->mem_swap, (long long)r->mem_limit);
		int64_t swap = r->mem_swap - r->mem_limit;
		char *f = bh_asprintf("%s/memory.swap.max", dir);
		bool exists = access(f, F_OK) == 0;
		free(f);
		/* Without swap accounting there is no swap to limit: only "no swap" is
		 * then already true; any other swap allowance cannot be enforced. */
		if (!exists && swap != 0)
			return rt_fail(e, 0, "cgroup: memory.swap asks for %lld bytes of swap but %s has no memory.swap.max "
					     "(swap accounting is off)", (long long)swap, dir);
		if (exists && write_i64(dir, "memory.swap.max", swap, e) < 0)
			return -1;
	}
	if (r->mem_swappiness >= 0)
		return no_equivalent(e, "memory.swappiness");
	if (r->mem_disable_oom == 1)
		return no_equivalent(e, "memory.disableOOMKiller");
	return 0;
}

/* v clamped to lo..hi, then mapped linearly onto to_lo..to_hi: how runc and
 * crun carry v1 weights over to v2's scale. */
static int64_t rescale(int64_t v, int64_t lo, int64_t hi, int64_t to_lo, int64_t to_hi)
{
	if (v < lo)
		v = lo;
	if (v > hi)
		v = hi;
	return to_lo + ((v - lo) * (to_hi - to_lo)) / (hi - lo);
}

/* cpu.shares 2..262144 onto cpu.weight 1..10000. */
static int64_t shares_to_weight(int64_t shares)
{
	return rescale(shares, 2, 262144, 1, 10000);
}

static int apply_cpu(const rt_resources *r, const char *dir, rt_err *e)
{
	if (r->cpu_shares > 0 && write_i64(dir, "cpu.weight", shares_to_weight(r->cpu_shares), e) < 0)
		return -1;
	if (r->cpu_quota > 0 || r->cpu_period > 0) {
		char buf[64], quota[32];
		if (r->cpu_quota > 0)
			snprintf(quota, sizeof quota, "%lld", (long long)r->cpu_quota);
		else
			snprintf(quota, sizeof quota, "max");
		snprintf(buf, sizeof buf, "%s %lld", quota, (long long)(r->cpu_period > 0 ? r->cpu_period : 100000));
		if (rt_cgroup_write(dir, "cpu.max", buf, e) < 0)
			return -1;
	}
	if (r->cpu_rt_runtime > 0 || r->cpu_rt_period > 0)
		return no_equivalent(e, "cpu.realtimeRuntime/realtimePeriod");
	return 0;
}

/* blkio weight 10..1000 onto io.weight 1..10000. */
static int64_t blkio_to_io_weight(int64_t w)
{
	return rescale(w, 10, 1000, 1, 10000);
}

static int apply_io(const rt_resources *r, const char *dir, rt_err *e)
{
	/* BFQ takes the blkio scale as it is; without it, io.weight's scale. */
	char *bfq = bh_asprintf("%s/io.bfq.weight", dir);
	bool has_bfq = access(bfq, F_OK) == 0;
	free(bfq);
	if (r->blkio_weight > 0) {
		int rc = has_bfq ? write_i64(dir, "io.bfq.weight", r->blkio_weight, e)
				 : write_i64(dir, "io.weight", blkio_to_io_weight(r->blkio_weight), e);
		if (rc < 0)
			return -1;
	}
	if (r->blkio_leaf_weight > 0)
		return no_equivalent(e, "blockIO.leafWeight");
	/* Block rules are few; more than this is a hostile spec, not a host. */
	if (r->nblkio > 1024)
		return rt_fail(e, 0, "cgroup: %zu block I/O rules; at most 1024 are supported", r->nblkio);
	static const struct {
		const char *v1, *key;
	} throttles[] = {
		{ "blkio.throttle.read_bps_device", "rbps" },
		{ "blkio.throttle.write_bps_device", "wbps" },
		{ "blkio.throttle.read_iops_device", "riops" },
		{ "blkio.throttle.write_iops_device", "wiops" },
	};
	/* Each rule is "v1-file\tMAJ:MIN VALUE" (made by the spec loader); the
	 * throttles of one device go to io.max as one line. */
	struct rule {
		char file[64], dev[48];
		long long value;
		const char *key;
	} *rules = bh_calloc(r->nblkio + 1, sizeof *rules);
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < r->nblkio; i++) {
		const char *line = r->blkio_lines[i], *tab = strchr(line, '\t');
		struct rule *u = &rules[i];
		if (!tab || (size_t)(tab - line) >= sizeof u->file || sscanf(tab + 1, "%47s %lld", u->dev, &u->value) != 2) {
			rc = rt_fail(e, 0, "cgroup: malformed block I/O rule \"%s\"", line);
			break;
		}
		snprintf(u->file, sizeof u->file, "%.*s", (int)(tab - line), line);
		for (size_t k = 0; k < BH_ARRAY_SIZE(throttles); k++)
			if (!strcmp(u->file, throttles[k].v1))
				u->key = throttles[k].key;
		if (!strcmp(u->file, "blkio.leaf_weight_device"))
			rc = no_equivalent(e, "blockIO.weightDevice[].leafWeight");
		else if (!u->key && strcmp(u->file, "blkio.weight_device"))
			rc = rt_fail(e, 0, "cgroup: no cgroup v2 equivalent of %s", u->file);
	}
	for (size_t i = 0; rc == 0 && i < r->nblkio; i++) {
		struct rule *u = &rules[i];
		if (!u->key) {
			char buf[96];
			snprintf(buf, sizeof buf, "%s %lld", u->dev, has_bfq ? u->value : (long long)blkio_to_io_weight(u->value));
			rc = rt_cgroup_write(dir, has_bfq ? "io.bfq.weight" : "io.weight", buf, e);
			continue;
		}
		bool first = true;
		for (size_t j = 0; j < i; j++)
			first &= !(rules[j].key && !strcmp(rules[j].dev, u->dev));
		if (!first)
			continue;
		strbuf line = STRBUF_INIT;
		strbuf_addstr(&line, u->dev);
		for (size_t j = i; j < r->nblkio; j++) {
			if (!rules[j].key || strcmp(rules[j].dev, u->dev))
				continue;
			/* v1's 0 is "no limit" */
			if (rules[j].value > 0)
				strbuf_addf(&line, " %s=%lld", rules[j].key, rules[j].value);
			else
				strbuf_addf(&line, " %s=max", rules[j].key);
		}
		rc = rt_cgroup_write(dir, "io.max", line.buf, e);
		strbuf_release(&line);
	}
	free(rules);
	return rc;
}

static int apply_unified(const rt_resources *r, const char *dir, rt_err *e)
{
	unsigned have = offered(dir);
	for (size_t i = 0; i < r->nunified; i++) {
		const char *key = r->unified_keys[i];
		size_t clen = strcspn(key, ".");
		unsigned bit = controller_bit(key, clen);
		bool core = clen == 6 && !strncmp(key, "cgroup", 6);
		if (!core && !(bit & have))
			return rt_fail(e, 0, "cgroup: linux.resources.unified.%s: the %.*s controller is not available in %s",
				       key, (int)clen, key, dir);
		char *f = bh_asprintf("%s/%s", dir, key);
		bool exists = access(f, F_OK) == 0;
		free(f);
		if (!exists)
			return rt_fail(e, 0, "cgroup: linux.resources.unified.%s: %s has no such interface file", key, dir);
		if (rt_cgroup_write(dir, key, r->unified_vals[i], e) < 0)
			return -1;
	}
	return 0;
}

int rt_cgroup_v2_apply(const rt_spec *sp, const char *unified_root, const char *path, unsigned mask, unsigned optional,
		       bool unified, pid_t pid, rt_err *e)
{
	const rt_resources *r = &sp->res;
	unsigned have = offered(unified_root);
	for (size_t i = 0; i < BH_ARRAY_SIZE(v2_controllers); i++)
		if ((mask & v2_controllers[i].bit) && !(have & v2_controllers[i].bit))
			return rt_fail(e, 0, "cgroup: linux.resources needs the %s controller, which the cgroup v2 hierarchy at %s "
					     "does not offer (it is bound to a cgroup v1 hierarchy or disabled)",
				       v2_controllers[i].name, unified_root);
	/* mkdir -p, enabling the controllers in each parent on the way down */
	strbuf dir = STRBUF_INIT;
	strbuf_addstr(&dir, unified_root);
	for (const char *s = path; *s;) {
		s += strspn(s, "/");
		size_t len = strcspn(s, "/");
		if (!len)
			break;
		if (enable_in(dir.buf, mask, e) < 0)
			goto fail;
		/* Controllers nothing asks for are a convenience (statistics): one
		 * the kernel will not enable here (say cpu beside realtime tasks)
		 * is left out rather than failing the container. */
		for (size_t i = 0; i < BH_ARRAY_SIZE(v2_controllers); i++) {
			rt_err ignored;
			if ((optional & ~mask & have & v2_controllers[i].bit))
				enable_in(dir.buf, v2_controllers[i].bit, &ignored);
		}
		strbuf_addch(&dir, '/');
		strbuf_add(&dir, s, len);
		if (mkdir(dir.buf, 0755) < 0 && errno != EEXIST) {
			rt_fail(e, errno, "cgroup: creating %s", dir.buf);
			goto fail;
		}
		s += len;
	}
	const char *d = dir.buf;
	if ((mask & RT_CG2_MEMORY) && apply_memory(r, d, e) < 0)
		goto fail;
	if ((mask & RT_CG2_CPU) && apply_cpu(r, d, e) < 0)
		goto fail;
	if ((mask & RT_CG2_CPUSET) && r->cpuset_cpus && *r->cpuset_cpus && rt_cgroup_write(d, "cpuset.cpus", r->cpuset_cpus, e) < 0)
		goto fail;
	if ((mask & RT_CG2_CPUSET) && r->cpuset_mems && *r->cpuset_mems && rt_cgroup_write(d, "cpuset.mems", r->cpuset_mems, e) < 0)
		goto fail;
	if ((mask & RT_CG2_PIDS) && r->has_pids &&
	    (r->pids_limit > 0 ? write_i64(d, "pids.max", r->pids_limit, e) : rt_cgroup_write(d, "pids.max", "max", e)) < 0)
		goto fail;
	if ((mask & RT_CG2_IO) && apply_io(r, d, e) < 0)
		goto fail;
	for (size_t i = 0; (mask & RT_CG2_HUGETLB) && i < r->nhugetlb; i++) {
		char *file = bh_asprintf("hugetlb.%s.max", r->hugetlb_sizes[i]);
		int rc = write_i64(d, file, r->hugetlb_limits[i], e);
		free(file);
		if (rc < 0)
			goto fail;
	}
	/* last, so that it wins over the translated values, as in runc */
	if (unified && apply_unified(r, d, e) < 0)
		goto fail;
	if (pid > 0 && write_i64(d, "cgroup.procs", pid, e) < 0)
		goto fail;
	strbuf_release(&dir);
	return 0;
fail:
	strbuf_release(&dir);
	return -1;
}

static bool populated(const char *dir)
{
	char *path = bh_asprintf("%s/cgroup.events", dir);
	size_t len;
	char *ev = bh_read_file(path, 1 << 16, &len);
	free(path);
	bool pop = ev && strstr(ev, "populated 1");
	free(ev);
	return pop;
}

void rt_cgroup_v2_destroy(const char *dir)
{
	if (access(dir, F_OK) < 0)
		return;
	if (populated(dir)) {
		rt_err ignored;
		char *kill_file = bh_asprintf("%s/cgroup.kill", dir);
		bool has_kill = access(kill_file, F_OK) == 0;
		free(kill_file);
		if (!has_kill || rt_cgroup_write(dir, "cgroup.kill", "1", &ignored) < 0) {
			char *path = bh_asprintf("%s/cgroup.procs", dir);
			size_t len;
			char *pids = bh_read_file(path, 1 << 22, &len);
			free(path);
			char *save = NULL;
			for (char *l = pids ? strtok_r(pids, "\n", &save) : NULL; l; l = strtok_r(NULL, "\n", &save)) {
				long p = strtol(l, NULL, 10);
				if (p > 0)
					kill((pid_t)p, SIGKILL);
			}
			free(pids);
		}
	}
	/* Dead tasks leave the group a moment later: populated 0, then rmdir. */
	for (int tries = 0; tries < 250; tries++) {
		if (!populated(dir) && (rmdir(dir) == 0 || errno != EBUSY))
			break;
		struct timespec ts = { 0, 20 * 1000 * 1000 };
		nanosleep(&ts, NULL);
	}
}
