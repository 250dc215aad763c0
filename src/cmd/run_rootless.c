/* Rootless `bulkhead run`: container root is the invoking user. With a range
 * in /etc/subuid and /etc/subgid and newuidmap/newgidmap installed, container
 * ids 1..N map onto that range, as podman and rootless runc do; without, only
 * container root exists. Everything host-side lives in a directory only the
 * user can enter. Resource limits need a cgroup delegated to the user (see
 * runtime/cgroup_rootless.c); a default limit without one is dropped and
 * said on standard error every time, never silently, and a limit the user
 * asked for is an error. */
#include "cmd/run_rootless.h"
#include "core/util.h"
#include "runtime/subid.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void relaxed(const char *what)
{
	fprintf(stderr, "bulkhead run: relaxed: %s\n", what);
}

/* A directory that is ours alone: not a symlink, owned by us, no access for others. */
static bool private_dir(const char *path, bool create)
{
	if (create && mkdir(path, 0700) < 0 && errno != EEXIST) {
		fprintf(stderr, "bulkhead run: creating %s: %s\n", path, strerror(errno));
		return false;
	}
	struct stat st;
	if (lstat(path, &st) < 0)
		return false;
	if (!S_ISDIR(st.st_mode) || st.st_uid != geteuid() || (st.st_mode & 077)) {
		if (create)
			fprintf(stderr, "bulkhead run: %s is not a directory of your own with mode 0700: remove it\n", path);
		return false;
	}
	return true;
}

static bool helper_present(const char *tool)
{
	static const char *const dirs[] = { "/usr/bin", "/bin", "/usr/local/bin" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(dirs); i++) {
		char *p = bh_asprintf("%s/%s", dirs[i], tool);
		bool ok = access(p, X_OK) == 0;
		free(p);
		if (ok)
			return true;
	}
	return false;
}

/* The first range of the user in a subordinate-id file; malformed lines are named. */
static bool subid_range(const char *file, const char *name, unsigned id, unsigned *start, unsigned *count)
{
	size_t len;
	char *text = bh_read_file(file, 1 << 20, &len);
	if (!text)
		return false;
	rt_subid_result r;
	bool found = rt_subid_find(text, len, name, id, &r);
	free(text);
	if (r.nbad)
		fprintf(stderr, "bulkhead run: %s:%u: expected NAME:START:COUNT (%zu such line(s) ignored)\n", file,
			r.first_bad, r.nbad);
	*start = r.start;
	*count = r.count;
	return found;
}

static void choose_mapping(run_rootless *r)
{
	uid_t uid = geteuid();
	gid_t gid = getegid();
	struct passwd *pw = getpwuid(uid);
	const char *name = pw ? pw->pw_name : NULL;
	unsigned us = 0, uc = 0, gs = 0, gc = 0;
	bool have_u = subid_range("/etc/subuid", name, uid, &us, &uc);
	bool have_g = subid_range("/etc/subgid", name, uid, &gs, &gc);
	bool tools = helper_present("newuidmap") && helper_present("newgidmap");
	r->uid[0] = (rt_id_range){ 0, uid, 1 };
	r->gid[0] = (rt_id_range){ 0, gid, 1 };
	r->nmaps = 1;
	r->mapped = 1;
	if (have_u && have_g && tools) {
		unsigned n = uc < gc ? uc : gc;
		if (n > 65535)
			n = 65535;
		r->uid[1] = (rt_id_range){ 1, us, n };
		r->gid[1] = (rt_id_range){ 1, gs, n };
		r->nmaps = 2;
		r->mapped = 1 + n;
		r->subids = true;
		return;
	}
	const char *why = !have_u || !have_g ? "you have no range in /etc/subuid and /etc/subgid"
					       : "newuidmap/newgidmap (Debian package uidmap) are not installed";
	char *m = bh_asprintf("rootless with a single-id mapping (%s): only container root exists (your uid %u); "
			      "image files of other owners belong to it and the image's USER cannot be used",
			      why, (unsigned)uid);
	relaxed(m);
	free(m);
}

int run_rootless_setup(run_rootless *r, const char *cgroup_parent)
{
	r->on = true;
	char *fallback = bh_asprintf("/tmp/bulkhead-%u", (unsigned)geteuid());
	const char *xdg = getenv("XDG_RUNTIME_DIR");
	const char *tmp = getenv("TMPDIR");
	bool use_xdg = xdg && xdg[0] == '/' && private_dir(xdg, false);
	if (!use_xdg && !private_dir(fallback, true)) {
		free(fallback);
		return -1;
	}
	/* the runtime's own default root, so that `bulkhead runtime list` shows the run */
	r->state_root = use_xdg ? rt_rootless_root() : bh_strdup(fallback);
	r->base = bh_strdup(tmp && *tmp ? tmp : use_xdg ? xdg : fallback);
	free(fallback);
	choose_mapping(r);
	rt_delegation_probe(cgroup_parent, &r->cgroup);
	if (!r->cgroup.parent) {
		char *m = bh_asprintf("rootless: no cgroup, so no memory, pids or CPU limits (%s); "
				      "run as root, or have a cgroup delegated to you", r->cgroup.none_why);
		relaxed(m);
		free(m);
	}
	return 0;
}

int run_rootless_limit(const run_rootless *r, int limit, const char *flag, bool explicit_flag, long long *value)
{
	if (r->cgroup.parent && r->cgroup.can[limit])
		return 0;
	const char *why = r->cgroup.parent ? r->cgroup.why[limit] : r->cgroup.none_why;
	if (explicit_flag) {
		fprintf(stderr, "bulkhead run: %s cannot be applied rootless: %s\n", flag, why);
		return -1;
	}
	/* without any cgroup the setup message said it once for all three */
	if (r->cgroup.parent) {
		static const char *const names[RT_LIMIT_COUNT] = { "memory", "pids", "CPU" };
		char *m = bh_asprintf("rootless: no %s limit (default of %s): %s", names[limit], flag, why);
		relaxed(m);
		free(m);
	}
	*value = 0;
	return 0;
}

typedef struct owners_job {
	const run_rootless *r;
	const bh_image *img;
	int rootfd;
	rt_unpack_opts *uo;
} owners_job;

static int owners_in_userns(void *arg)
{
	owners_job *j = arg;
	char err[8192];
	if (rt_unpack_owners(j->img, j->rootfd, j->uo, j->r->mapped, err, sizeof err) < 0) {
		fprintf(stderr, "bulkhead run: %s\n", err);
		return -1;
	}
	return 0;
}

int run_rootless_owners(const run_rootless *r, const bh_image *img, int rootfd, rt_unpack_opts *uo)
{
	size_t lost = rt_unpack_unmapped(img, r->mapped);
	if (lost)
		fprintf(stderr, "bulkhead run: %zu file(s) of the image have an owner outside the %u mapped id(s): "
				"they belong to container root\n", lost, r->mapped);
	owners_job j = { r, img, rootfd, uo };
	char err[2048];
	if (rt_userns_call(r->uid, r->nmaps, r->gid, r->nmaps, owners_in_userns, &j, err, sizeof err) < 0) {
		fprintf(stderr, "bulkhead run: setting the owners of the image's files: %s\n", err);
		return -1;
	}
	return 0;
}

int run_rootless_user(const run_rootless *r, unsigned *uid, unsigned *gid, bool explicit_user, const char *user)
{
	if (*uid < r->mapped && *gid < r->mapped)
		return 0;
	if (explicit_user || r->subids) {
		fprintf(stderr, "bulkhead run: user %s (%u:%u) is outside the %u id(s) this rootless run maps%s\n", user,
			*uid, *gid, r->mapped, r->subids ? "" : " (only container root: see /etc/subuid)");
		return -1;
	}
	char *m = bh_asprintf("rootless single-id mapping: the image's USER %s runs as container root "
			      "(your own uid on the host, no capabilities)", user);
	relaxed(m);
	free(m);
	*uid = *gid = 0;
	return 0;
}

static int remove_in_userns(void *arg)
{
	return rt_remove_tree(arg);
}

int run_rootless_remove(const run_rootless *r, const char *bundle)
{
	char err[2048] = "";
	if (rt_userns_call(r->uid, r->nmaps, r->gid, r->nmaps, remove_in_userns, (void *)bundle, err, sizeof err) < 0 ||
	    access(bundle, F_OK) == 0) {
		fprintf(stderr, "bulkhead run: removing %s: %s\n", bundle, *err ? err : "still there");
		return -1;
	}
	return 0;
}

void run_rootless_free(run_rootless *r)
{
	rt_delegation_free(&r->cgroup);
	free(r->base);
	free(r->state_root);
}
