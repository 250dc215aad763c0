/* cgroup layouts and the cgroup v2 translation of linux.resources: the layout
 * from filesystem magics (and this host's, against /proc/self/mountinfo), and
 * the exact files written into a fake v2 tree for a spec with every resource. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "core/util.h"
#include "runtime/rt_int.h"

#define CG2 0x63677270L
#define CG1 0x27e0ebL
#define TMPFS 0x01021994L

static char tmp[] = "/tmp/bh-cgv2-XXXXXX";

static void put(const char *rel, const char *text)
{
	char *p = bh_asprintf("%s/%s", tmp, rel);
	FILE *f = fopen(p, "w");
	if (!f) {
		perror(p);
		exit(1);
	}
	fputs(text, f);
	fclose(f);
	free(p);
}

static void dir(const char *rel)
{
	char *p = bh_asprintf("%s/%s", tmp, rel);
	if (mkdir(p, 0755) < 0 && errno != EEXIST) {
		perror(p);
		exit(1);
	}
	free(p);
}

static char *get(const char *rel)
{
	char *p = bh_asprintf("%s/%s", tmp, rel);
	size_t len;
	char *s = bh_read_file(p, 1 << 16, &len);
	free(p);
	return s ? s : bh_strdup("(missing)");
}

#define CHECK_FILE(rel, want)            \
	do {                             \
		char *got_ = get(rel);   \
		CHECK_STR(got_, want);   \
		free(got_);              \
	} while (0)

/* A v2 hierarchy at tmp/cg offering CONTROLLERS, with group bulkhead/ID and
 * every interface file the translation may write, all empty. */
static void fake_tree(const char *id, const char *controllers, bool bfq)
{
	char *leaf = bh_asprintf("cg/bulkhead/%s", id);
	dir("cg");
	dir("cg/bulkhead");
	dir(leaf);
	const char *levels[] = { "cg", "cg/bulkhead", leaf };
	for (size_t i = 0; i < 3; i++) {
		char *f = bh_asprintf("%s/cgroup.controllers", levels[i]);
		put(f, controllers);
		free(f);
		f = bh_asprintf("%s/cgroup.subtree_control", levels[i]);
		put(f, "");
		free(f);
	}
	static const char *const files[] = { "memory.max", "memory.low", "memory.swap.max", "memory.high", "cpu.weight",
					     "cpu.max", "cpuset.cpus", "cpuset.mems", "pids.max", "io.weight",
					     "io.max", "hugetlb.2MB.max", "hugetlb.1GB.max", "cgroup.procs" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(files); i++) {
		char *f = bh_asprintf("%s/%s", leaf, files[i]);
		put(f, "");
		free(f);
	}
	if (bfq) {
		char *f = bh_asprintf("%s/io.bfq.weight", leaf);
		put(f, "");
		free(f);
	}
	free(leaf);
}

static bool load(const char *resources, rt_spec *sp, rt_err *e)
{
	dir("bundle");
	dir("bundle/rootfs");
	char *cfg = bh_asprintf("{\"ociVersion\":\"1.0.2\",\"root\":{\"path\":\"rootfs\"},"
				"\"process\":{\"args\":[\"true\"],\"cwd\":\"/\"},"
				"\"linux\":{\"namespaces\":[{\"type\":\"mount\"}],\"resources\":%s}}",
				resources);
	put("bundle/config.json", cfg);
	free(cfg);
	char *b = bh_asprintf("%s/bundle", tmp);
	int rc = rt_spec_load(b, sp, e);
	free(b);
	if (rc < 0)
		fprintf(stderr, "spec: %s\n", e->msg);
	return rc == 0;
}

/* ENTRY's answer on this host from /proc/self/mountinfo, independent of statfs. */
static rt_cg_layout layout_from_mountinfo(void)
{
	size_t len;
	char *mi = bh_read_file("/proc/self/mountinfo", 1 << 22, &len);
	rt_cg_layout l = RT_CG_V1;
	char *save = NULL;
	for (char *line = mi ? strtok_r(mi, "\n", &save) : NULL; line; line = strtok_r(NULL, "\n", &save)) {
		char mnt[4096];
		const char *sep = strstr(line, " - ");
		if (!sep || sscanf(line, "%*s %*s %*s %*s %4095s", mnt) != 1 || strncmp(sep + 3, "cgroup2 ", 8))
			continue;
		if (!strcmp(mnt, "/sys/fs/cgroup"))
			l = RT_CG_V2;
		else if (!strcmp(mnt, "/sys/fs/cgroup/unified") && l != RT_CG_V2)
			l = RT_CG_HYBRID;
	}
	free(mi);
	return l;
}

static const char every_resource[] =
	"{\"memory\":{\"limit\":268435456,\"reservation\":134217728,\"swap\":536870912},"
	"\"cpu\":{\"shares\":512,\"quota\":50000,\"period\":200000,\"cpus\":\"0-1\",\"mems\":\"0\"},"
	"\"pids\":{\"limit\":64},"
	"\"blockIO\":{\"weight\":500,"
	"\"throttleReadBpsDevice\":[{\"major\":8,\"minor\":0,\"rate\":1048576}],"
	"\"throttleWriteBpsDevice\":[{\"major\":8,\"minor\":0,\"rate\":2097152}],"
	"\"throttleReadIOPSDevice\":[{\"major\":8,\"minor\":0,\"rate\":100}],"
	"\"throttleWriteIOPSDevice\":[{\"major\":8,\"minor\":0,\"rate\":200}]},"
	"\"hugepageLimits\":[{\"pageSize\":\"2MB\",\"limit\":4194304},{\"pageSize\":\"1GB\",\"limit\":0}],"
	"\"unified\":{\"memory.high\":\"200000000\"}}";

int main(void)
{
	if (!mkdtemp(tmp)) {
		perror("mkdtemp");
		return 1;
	}
	/* layouts */
	CHECK_INT(rt_cgroup_classify(CG2, 0), RT_CG_V2);
	CHECK_INT(rt_cgroup_classify(TMPFS, CG2), RT_CG_HYBRID);
	CHECK_INT(rt_cgroup_classify(TMPFS, 0), RT_CG_V1);
	CHECK_INT(rt_cgroup_classify(CG1, 0), RT_CG_V1);
	CHECK_INT(rt_cgroup_classify(TMPFS, TMPFS), RT_CG_V1);
	if (!getenv("BULKHEAD_CGROUP_ROOT")) {
		CHECK_STR(rt_cgroup_root(), "/sys/fs/cgroup");
		CHECK_STR(rt_cgroup_layout_name(rt_cgroup_layout()), rt_cgroup_layout_name(layout_from_mountinfo()));
	}

	/* unified key names */
	CHECK(rt_cgroup_unified_key_ok("memory.high"));
	CHECK(rt_cgroup_unified_key_ok("io.bfq.weight"));
	CHECK(rt_cgroup_unified_key_ok("cgroup.max.depth"));
	CHECK(!rt_cgroup_unified_key_ok("cgroup.procs"));
	CHECK(!rt_cgroup_unified_key_ok("cgroup.subtree_control"));
	CHECK(!rt_cgroup_unified_key_ok("../memory.max"));
	CHECK(!rt_cgroup_unified_key_ok("a/memory.max"));
	CHECK(!rt_cgroup_unified_key_ok("memory"));
	CHECK(!rt_cgroup_unified_key_ok(".max"));
	CHECK(!rt_cgroup_unified_key_ok("memory."));
	CHECK(!rt_cgroup_unified_key_ok("memory..max"));
	CHECK(!rt_cgroup_unified_key_ok(""));
	CHECK(!rt_cgroup_unified_key_ok("memory max"));
	CHECK(rt_cgroup_unified_key_ok("hugetlb.2MB.rsvd.max"));

	/* every resource, no BFQ: io.weight on its own scale */
	rt_spec sp;
	rt_err e = { { 0 } };
	fake_tree("c1", "cpuset cpu io memory hugetlb pids rdma misc", false);
	CHECK(load(every_resource, &sp, &e));
	unsigned mask = rt_cgroup_v2_needed(&sp.res);
	CHECK_INT(mask, RT_CG2_CPU | RT_CG2_CPUSET | RT_CG2_IO | RT_CG2_MEMORY | RT_CG2_PIDS | RT_CG2_HUGETLB);
	char *root = bh_asprintf("%s/cg", tmp);
	int rc = rt_cgroup_v2_apply(&sp, root, "/bulkhead/c1", mask, 0, true, 4242, &e);
	if (rc < 0)
		fprintf(stderr, "apply: %s\n", e.msg);
	CHECK_INT(rc, 0);
	CHECK_FILE("cg/cgroup.subtree_control", "+cpu +cpuset +io +memory +pids +hugetlb");
	CHECK_FILE("cg/bulkhead/cgroup.subtree_control", "+cpu +cpuset +io +memory +pids +hugetlb");
	CHECK_FILE("cg/bulkhead/c1/cgroup.subtree_control", "");
	CHECK_FILE("cg/bulkhead/c1/memory.max", "268435456");
	CHECK_FILE("cg/bulkhead/c1/memory.low", "134217728");
	CHECK_FILE("cg/bulkhead/c1/memory.swap.max", "268435456"); /* 512 MiB memory+swap minus 256 MiB memory */
	CHECK_FILE("cg/bulkhead/c1/memory.high", "200000000");
	CHECK_FILE("cg/bulkhead/c1/cpu.weight", "20"); /* 1 + (512 - 2) * 9999 / 262142 */
	CHECK_FILE("cg/bulkhead/c1/cpu.max", "50000 200000");
	CHECK_FILE("cg/bulkhead/c1/cpuset.cpus", "0-1");
	CHECK_FILE("cg/bulkhead/c1/cpuset.mems", "0");
	CHECK_FILE("cg/bulkhead/c1/pids.max", "64");
	CHECK_FILE("cg/bulkhead/c1/io.weight", "4950"); /* 1 + (500 - 10) * 9999 / 990 */
	/* the throttles of one device in one line */
	CHECK_FILE("cg/bulkhead/c1/io.max", "8:0 rbps=1048576 wbps=2097152 riops=100 wiops=200");
	CHECK_FILE("cg/bulkhead/c1/hugetlb.2MB.max", "4194304");
	CHECK_FILE("cg/bulkhead/c1/hugetlb.1GB.max", "0");
	CHECK_FILE("cg/bulkhead/c1/cgroup.procs", "4242");
	rt_spec_free(&sp);

	/* io.max: one device, the whole line exactly */
	fake_tree("c2", "io", true);
	CHECK(load("{\"blockIO\":{\"weight\":300,\"weightDevice\":[{\"major\":8,\"minor\":0,\"weight\":700}],"
		   "\"throttleReadBpsDevice\":[{\"major\":259,\"minor\":1,\"rate\":5}],"
		   "\"throttleWriteIOPSDevice\":[{\"major\":259,\"minor\":1,\"rate\":0}]}}",
		   &sp, &e));
	CHECK_INT(rt_cgroup_v2_apply(&sp, root, "/bulkhead/c2", rt_cgroup_v2_needed(&sp.res), 0, true, 0, &e), 0);
	/* BFQ takes blkio weights unconverted; the device weight is the last write */
	CHECK_FILE("cg/bulkhead/c2/io.bfq.weight", "8:0 700");
	CHECK_FILE("cg/bulkhead/c2/io.max", "259:1 rbps=5 wiops=max");
	CHECK_FILE("cg/bulkhead/c2/io.weight", "");
	CHECK_FILE("cg/bulkhead/c2/cgroup.procs", "");
	rt_spec_free(&sp);

	/* cpu: quota without period takes the default period; shares at the ends */
	fake_tree("c3", "cpu memory", false);
	CHECK(load("{\"cpu\":{\"shares\":262144,\"quota\":-1,\"period\":100000},\"memory\":{\"limit\":1048576}}", &sp, &e));
	CHECK_INT(rt_cgroup_v2_apply(&sp, root, "/bulkhead/c3", rt_cgroup_v2_needed(&sp.res), 0, true, 0, &e), 0);
	CHECK_FILE("cg/bulkhead/c3/cpu.weight", "10000");
	CHECK_FILE("cg/bulkhead/c3/cpu.max", "max 100000");
	CHECK_FILE("cg/bulkhead/c3/memory.swap.max", "");
	rt_spec_free(&sp);

	/* optional controllers: each enabled on its own, only when offered (a
	 * fake file keeps the last write: "+memory" after "+cpu"; io is not offered) */
	fake_tree("c4", "cpu memory", false);
	CHECK(load("{}", &sp, &e));
	CHECK_INT(rt_cgroup_v2_apply(&sp, root, "/bulkhead/c4", 0, RT_CG2_CPU | RT_CG2_MEMORY | RT_CG2_IO, true, 0, &e), 0);
	CHECK_FILE("cg/cgroup.subtree_control", "+memory");
	CHECK_FILE("cg/bulkhead/cgroup.subtree_control", "+memory");
	CHECK_FILE("cg/bulkhead/c4/cgroup.subtree_control", "");
	rt_spec_free(&sp);

	/* what v2 cannot do is an error naming it, never a silent pass */
	static const struct {
		const char *res, *want;
	} errors[] = {
		{ "{\"pids\":{\"limit\":10}}", "needs the pids controller" },
		{ "{\"memory\":{\"limit\":1048576,\"swap\":1024}}", "below memory.limit" },
		{ "{\"memory\":{\"swap\":1048576}}", "needs memory.limit" },
		{ "{\"memory\":{\"limit\":1048576,\"swappiness\":10}}", "memory.swappiness has no cgroup v2 equivalent" },
		{ "{\"memory\":{\"limit\":1048576,\"disableOOMKiller\":true}}", "disableOOMKiller has no cgroup v2" },
		{ "{\"cpu\":{\"realtimeRuntime\":1000}}", "realtimeRuntime/realtimePeriod has no cgroup v2" },
		{ "{\"blockIO\":{\"leafWeight\":100}}", "leafWeight has no cgroup v2" },
		{ "{\"unified\":{\"pids.max\":\"5\"}}", "needs the pids controller" },
		{ "{\"unified\":{\"memory.nosuch\":\"5\"}}", "has no such interface file" },
	};
	for (size_t i = 0; i < BH_ARRAY_SIZE(errors); i++) {
		char id[16];
		snprintf(id, sizeof id, "e%zu", i);
		fake_tree(id, "cpu io memory", false);
		char *path = bh_asprintf("/bulkhead/%s", id);
		CHECK(load(errors[i].res, &sp, &e));
		unsigned m = rt_cgroup_v2_needed(&sp.res);
		e.msg[0] = 0;
		rc = rt_cgroup_v2_apply(&sp, root, path, m, 0, true, 0, &e);
		CHECK_INT(rc, -1);
		if (!strstr(e.msg, errors[i].want))
			fprintf(stderr, "case %zu: \"%s\" lacks \"%s\"\n", i, e.msg, errors[i].want);
		CHECK(strstr(e.msg, errors[i].want) != NULL);
		free(path);
		rt_spec_free(&sp);
	}

	/* hybrid: nothing to enable, but the unified map names a controller the
	 * group does not have (bound to v1) */
	fake_tree("h1", "hugetlb", false);
	CHECK(load("{\"unified\":{\"memory.high\":\"5\"}}", &sp, &e));
	CHECK_INT(rt_cgroup_v2_apply(&sp, root, "/bulkhead/h1", 0, 0, true, 7, &e), -1);
	CHECK(strstr(e.msg, "unified.memory.high: the memory controller is not available") != NULL);
	CHECK_FILE("cg/bulkhead/h1/cgroup.procs", "");
	CHECK_FILE("cg/cgroup.subtree_control", "");
	rt_spec_free(&sp);

	/* the spec loader refuses what cannot become a file name */
	static const char *const bad_specs[] = {
		"{\"hugepageLimits\":[{\"pageSize\":\"../2MB\",\"limit\":1}]}",
		"{\"hugepageLimits\":[{\"pageSize\":\"2mb\",\"limit\":1}]}",
		"{\"hugepageLimits\":[{\"pageSize\":\"2MB\"}]}",
		"{\"unified\":{\"../../etc/passwd\":\"x\"}}",
		"{\"unified\":{\"cgroup.procs\":\"1\"}}",
	};
	for (size_t i = 0; i < BH_ARRAY_SIZE(bad_specs); i++) {
		e.msg[0] = 0;
		dir("bundle");
		char *cfg = bh_asprintf("{\"ociVersion\":\"1.0.2\",\"root\":{\"path\":\"rootfs\"},"
					"\"process\":{\"args\":[\"true\"],\"cwd\":\"/\"},"
					"\"linux\":{\"namespaces\":[{\"type\":\"mount\"}],\"resources\":%s}}",
					bad_specs[i]);
		put("bundle/config.json", cfg);
		free(cfg);
		char *b = bh_asprintf("%s/bundle", tmp);
		CHECK(rt_spec_load(b, &sp, &e) < 0);
		if (!strstr(e.msg, "config.json"))
			fprintf(stderr, "bad spec %zu: \"%s\"\n", i, e.msg);
		CHECK(strstr(e.msg, "config.json") != NULL);
		free(b);
	}
	free(root);
	char *cmd = bh_asprintf("rm -rf '%s'", tmp);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", tmp);
	free(cmd);
	return check_summary();
}
