/* The container's filesystem, built in stage 2 inside its own mount namespace.
 *
 * Every mount target is resolved with openat2(RESOLVE_IN_ROOT) against a
 * descriptor of the rootfs, so a symlink or ".." inside the image can never
 * send a mount outside it (CVE-2021-30465 class); the mount itself goes
 * through /proc/self/fd/N of the resolved descriptor, never through a path
 * the kernel would resolve again. */
#include "runtime/rt_int.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#define RESOLVE_FLAGS (RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS)

static int openat2_in(int rootfd, const char *path, int flags)
{
	struct open_how how = { .flags = (uint64_t)(flags | O_CLOEXEC), .resolve = RESOLVE_FLAGS };
	for (;;) {
		long fd = syscall(SYS_openat2, rootfd, path, &how, sizeof how);
		if (fd >= 0 || errno != EAGAIN)
			return (int)fd;
	}
}

static int open_in_root(int rootfd, const char *path, bool create, bool file, int *out, rt_err *e, int depth);

/* A component that exists but does not resolve is a dangling symlink: what
 * it points to is created instead, still inside the root (an image may
 * point /data at ../../../host/dir; that becomes ROOT/host/dir). */
static int follow_dangling(int rootfd, int parent, const char *parent_path, const char *name, const char *rest,
			   bool file, int *out, rt_err *e, int depth)
{
	char target[4096];
	ssize_t n = readlinkat(parent, name, target, sizeof target - 1);
	if (n < 0)
		return rt_fail(e, errno, "resolving %s/%s inside the container root", parent_path, name);
	target[n] = 0;
	if (depth >= 40)
		return rt_fail(e, ELOOP, "resolving %s/%s inside the container root", parent_path, name);
	char *next = target[0] == '/' ? bh_asprintf("%s%s", target, rest) : bh_asprintf("%s/%s%s", parent_path, target, rest);
	int rc = open_in_root(rootfd, next, true, file, out, e, depth + 1);
	free(next);
	return rc;
}

int rt_open_in_root(int rootfd, const char *path, bool create, bool file, int *out, rt_err *e)
{
	return open_in_root(rootfd, path, create, file, out, e, 0);
}

static int open_in_root(int rootfd, const char *path, bool create, bool file, int *out, rt_err *e, int depth)
{
	const char *rel = path + strspn(path, "/");
	int fd = openat2_in(rootfd, *rel ? rel : ".", O_PATH);
	if (fd >= 0 || errno != ENOENT || !create) {
		if (fd < 0)
			return rt_fail(e, errno, "resolving %s inside the container root", path);
		*out = fd;
		return 0;
	}
	/* Create what is missing, one component at a time, each inside the
	 * directory the previous component resolved to (inside the root). */
	int parent = openat2_in(rootfd, ".", O_PATH | O_DIRECTORY);
	if (parent < 0)
		return rt_fail(e, errno, "opening the container root");
	strbuf prefix = STRBUF_INIT;
	const char *s = rel;
	while (*s) {
		const char *end = strchrnul(s, '/');
		size_t n = (size_t)(end - s);
		bool last = !*end || !end[strspn(end, "/")];
		if (!n) {
			s = end + 1;
			continue;
		}
		if (prefix.len)
			strbuf_addch(&prefix, '/');
		strbuf_add(&prefix, s, n);
		int next = openat2_in(rootfd, prefix.buf, O_PATH);
		if (next < 0 && errno == ENOENT) {
			char *name = bh_strndup(s, n);
			int rc;
			if (last && file) {
				rc = openat(parent, name, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0644);
				if (rc >= 0)
					close(rc);
			} else {
				rc = mkdirat(parent, name, 0755);
			}
			int err = errno;
			if (rc < 0 && err != EEXIST) {
				free(name);
				rt_fail(e, err, "creating %s inside the container root", prefix.buf);
				goto fail;
			}
			next = openat2_in(rootfd, prefix.buf, O_PATH);
			if (next < 0 && errno == ENOENT) {
				char *parent_path = bh_strndup(prefix.buf, prefix.len - n);
				rc = follow_dangling(rootfd, parent, parent_path, name, end, file, out, e, depth);
				free(parent_path);
				free(name);
				close(parent);
				strbuf_release(&prefix);
				return rc;
			}
			free(name);
			if (next < 0) {
				rt_fail(e, errno, "resolving %s inside the container root (a dangling symlink?)", prefix.buf);
				goto fail;
			}
		} else if (next < 0) {
			rt_fail(e, errno, "resolving %s inside the container root", prefix.buf);
			goto fail;
		}
		close(parent);
		parent = next;
		s = end;
	}
	strbuf_release(&prefix);
	*out = parent;
	return 0;
fail:
	close(parent);
	strbuf_release(&prefix);
	return -1;
}

static void fd_path(char buf[64], int fd)
{
	snprintf(buf, 64, "/proc/self/fd/%d", fd);
}

/* Flags the kernel will not let a user namespace drop on a remount. */
static unsigned long locked_flags(const char *path)
{
	struct statvfs sv;
	if (statvfs(path, &sv) < 0)
		return 0;
	unsigned long f = 0;
	if (sv.f_flag & ST_NOSUID)
		f |= MS_NOSUID;
	if (sv.f_flag & ST_NODEV)
		f |= MS_NODEV;
	if (sv.f_flag & ST_NOEXEC)
		f |= MS_NOEXEC;
	if (sv.f_flag & ST_NOATIME)
		f |= MS_NOATIME;
	if (sv.f_flag & ST_NODIRATIME)
		f |= MS_NODIRATIME;
	if (sv.f_flag & ST_RELATIME)
		f |= MS_RELATIME;
	return f;
}

#define REMOUNT_FLAGS (MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_NOATIME | MS_NODIRATIME | MS_RELATIME | MS_STRICTATIME)

/* Re-resolves dest (now the root of the new mount) and applies bind flags and propagation. */
static int finish_mount(int rootfd, const char *dest, unsigned long flags, unsigned long propagation, bool bind_remount, rt_err *e)
{
	if (!bind_remount && !propagation)
		return 0;
	int fd;
	if (rt_open_in_root(rootfd, dest, false, false, &fd, e) < 0)
		return -1;
	char p[64];
	fd_path(p, fd);
	int rc = 0;
	if (bind_remount) {
		unsigned long f = MS_BIND | MS_REMOUNT | (flags & REMOUNT_FLAGS) | locked_flags(p);
		if (mount(NULL, p, NULL, f, NULL) < 0)
			rc = rt_fail(e, errno, "remounting %s with its options", dest);
	}
	if (rc == 0 && propagation && mount(NULL, p, NULL, propagation, NULL) < 0)
		rc = rt_fail(e, errno, "setting propagation of %s", dest);
	close(fd);
	return rc;
}

static int bind_into(int rootfd, const char *source, const char *dest, unsigned long flags, unsigned long propagation, rt_err *e)
{
	struct stat st;
	if (stat(source, &st) < 0)
		return rt_fail(e, errno, "bind mount source %s", source);
	int fd;
	if (rt_open_in_root(rootfd, dest, true, !S_ISDIR(st.st_mode), &fd, e) < 0)
		return -1;
	char p[64];
	fd_path(p, fd);
	int rc = mount(source, p, NULL, MS_BIND | (flags & MS_REC), NULL);
	int err = errno;
	close(fd);
	if (rc < 0)
		return rt_fail(e, err, "bind mounting %s on %s", source, dest);
	return finish_mount(rootfd, dest, flags, propagation, (flags & REMOUNT_FLAGS) != 0, e);
}

static int mount_fs(int rootfd, const rt_mount *m, const char *type, const char *dest, unsigned long flags, const char *data, rt_err *e)
{
	int fd;
	if (rt_open_in_root(rootfd, dest, true, false, &fd, e) < 0)
		return -1;
	char p[64];
	fd_path(p, fd);
	int rc = mount(m ? m->source : type, p, type, flags & ~(MS_BIND | MS_REC | MS_REMOUNT), data);
	int err = errno;
	close(fd);
	if (rc < 0) {
		errno = err;
		return rt_fail(e, err, "mounting %s on %s", type, dest);
	}
	return finish_mount(rootfd, dest, 0, m ? m->propagation : 0, false, e);
}

/* A cgroup v1 tree for the container: a tmpfs holding each controller's
 * own group bind-mounted from the host, read-only when the mount says so. */
static int mount_cgroup_v1(const rt_rootfs_ctx *c, int rootfd, const rt_mount *m, rt_err *e)
{
	if (mount_fs(rootfd, NULL, "tmpfs", m->destination, MS_NOSUID | MS_NODEV | MS_NOEXEC, "mode=755", e) < 0)
		return -1;
	static const char *const ctrls[] = { "blkio", "cpu", "cpuacct", "cpuset", "devices", "freezer", "memory", "pids", "systemd" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(ctrls); i++) {
		char *src = bh_asprintf("%s/%s%s", rt_cgroup_root(), ctrls[i], c->cgroup_path ? c->cgroup_path : "");
		char *dst = bh_asprintf("%s/%s", m->destination, ctrls[i]);
		struct statfs sf;
		int rc = 0;
		if (statfs(src, &sf) == 0 && sf.f_type == CGROUP_SUPER_MAGIC)
			rc = bind_into(rootfd, src, dst, MS_NOSUID | MS_NODEV | MS_NOEXEC | (m->flags & MS_RDONLY), 0, e);
		free(src);
		free(dst);
		if (rc < 0)
			return -1;
	}
	if (m->flags & MS_RDONLY)
		return finish_mount(rootfd, m->destination, MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, 0, true, e);
	return 0;
}

static int do_mount(const rt_rootfs_ctx *c, int rootfd, const rt_mount *m, rt_err *e)
{
	if (m->bind)
		return bind_into(rootfd, m->source, m->destination, m->flags, m->propagation, e);
	if (!strcmp(m->type, "cgroup") || !strcmp(m->type, "cgroup2")) {
		if (rt_cgroup_layout() != RT_CG_V2)
			return mount_cgroup_v1(c, rootfd, m, e);
		int rc = mount_fs(rootfd, m, "cgroup2", m->destination, m->flags, m->data, e);
		if (rc < 0 && errno == EPERM && c->userns) {
			/* cgroup2 needs a cgroup namespace owned by the user
			 * namespace; like runc, bind the container's own group. */
			char *src = bh_asprintf("%s%s", rt_cgroup_root(), c->cgroup_path ? c->cgroup_path : "");
			rc = bind_into(rootfd, src, m->destination, MS_REC | MS_NOSUID | MS_NODEV | MS_NOEXEC | (m->flags & MS_RDONLY),
				       0, e);
			free(src);
		}
		return rc;
	}
	int rc = mount_fs(rootfd, m, m->type, m->destination, m->flags, m->data, e);
	if (rc < 0 && errno == EPERM && !strcmp(m->type, "sysfs") && c->userns) {
		/* sysfs needs a network namespace owned by the user namespace; like
		 * runc, fall back to a read-only recursive bind of the host's /sys. */
		return bind_into(rootfd, "/sys", m->destination, MS_REC | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, 0, e);
	}
	return rc;
}

static const struct default_dev {
	const char *name;
	unsigned major, minor;
} default_devs[] = {
	{ "null", 1, 3 }, { "zero", 1, 5 }, { "full", 1, 7 }, { "random", 1, 8 }, { "urandom", 1, 9 }, { "tty", 5, 0 },
};

/* One device node at path: mknod, or in a user namespace (where mknod is
 * refused) a bind mount of the host's node with the same path. */
static int make_device(const rt_rootfs_ctx *c, int rootfd, const char *path, char type, unsigned major, unsigned minor,
		       mode_t mode, uid_t uid, gid_t gid, rt_err *e)
{
	if (c->userns)
		return bind_into(rootfd, path, path, 0, 0, e);
	char *dir = bh_strdup(path);
	char *slash = strrchr(dir, '/');
	*slash = 0;
	int dfd;
	int rc = rt_open_in_root(rootfd, *dir ? dir : "/", true, false, &dfd, e);
	if (rc < 0) {
		free(dir);
		return -1;
	}
	mode_t kind = type == 'b' ? S_IFBLK : type == 'p' ? S_IFIFO : S_IFCHR;
	const char *name = slash + 1;
	unlinkat(dfd, name, 0);
	/* mknodat wants a real directory descriptor, not O_PATH */
	char p[64];
	fd_path(p, dfd);
	int real = open(p, O_DIRECTORY | O_RDONLY | O_CLOEXEC);
	if (real < 0) {
		rc = rt_fail(e, errno, "opening %s", dir);
	} else {
		if (mknodat(real, name, kind | (mode & 07777), makedev(major, minor)) < 0)
			rc = rt_fail(e, errno, "creating device %s", path);
		else if (fchownat(real, name, uid, gid, AT_SYMLINK_NOFOLLOW) < 0)
			rc = rt_fail(e, errno, "chown of device %s", path);
		else if (fchmodat(real, name, mode & 07777, 0) < 0)
			rc = rt_fail(e, errno, "chmod of device %s", path);
		close(real);
	}
	close(dfd);
	free(dir);
	return rc;
}

static int setup_dev(const rt_rootfs_ctx *c, int rootfd, rt_err *e)
{
	const rt_spec *sp = c->sp;
	bool dev_mounted = false;
	for (size_t i = 0; i < sp->nmounts; i++)
		if (!strcmp(sp->mounts[i].destination, "/dev") && !sp->mounts[i].bind)
			dev_mounted = true;
	if (dev_mounted) {
		for (size_t i = 0; i < BH_ARRAY_SIZE(default_devs); i++) {
			char path[32];
			snprintf(path, sizeof path, "/dev/%s", default_devs[i].name);
			if (make_device(c, rootfd, path, 'c', default_devs[i].major, default_devs[i].minor, 0666, 0, 0, e) < 0)
				return -1;
		}
		int dfd;
		if (rt_open_in_root(rootfd, "/dev", true, false, &dfd, e) < 0)
			return -1;
		char p[64];
		fd_path(p, dfd);
		int real = open(p, O_DIRECTORY | O_RDONLY | O_CLOEXEC);
		close(dfd);
		if (real < 0)
			return rt_fail(e, errno, "opening /dev in the container");
		static const char *const links[][2] = {
			{ "/proc/self/fd", "fd" },       { "/proc/self/fd/0", "stdin" }, { "/proc/self/fd/1", "stdout" },
			{ "/proc/self/fd/2", "stderr" }, { "pts/ptmx", "ptmx" },         { "/proc/kcore", "core" },
		};
		for (size_t i = 0; i < BH_ARRAY_SIZE(links); i++) {
			/* like runc: /dev/core only where the kernel has a /proc/kcore */
			if (!strcmp(links[i][1], "core") && access("/proc/kcore", F_OK) < 0)
				continue;
			if (symlinkat(links[i][0], real, links[i][1]) < 0 && errno != EEXIST) {
				int err = errno;
				close(real);
				return rt_fail(e, err, "creating /dev/%s", links[i][1]);
			}
		}
		close(real);
	}
	for (size_t i = 0; i < sp->ndevices; i++) {
		const rt_device *d = &sp->devices[i];
		mode_t mode = d->has_mode ? d->mode : 0666;
		if (make_device(c, rootfd, d->path, d->type, (unsigned)d->major, (unsigned)d->minor, mode, d->uid, d->gid, e) < 0)
			return -1;
	}
	return 0;
}

static int pivot(const char *root, rt_err *e)
{
	int oldroot = open("/", O_DIRECTORY | O_RDONLY | O_CLOEXEC);
	if (oldroot < 0)
		return rt_fail(e, errno, "opening the old root");
	if (chdir(root) < 0) {
		close(oldroot);
		return rt_fail(e, errno, "chdir to %s", root);
	}
	/* pivot_root(".", "."): the old root ends up stacked on the new one and is detached right away. */
	if (syscall(SYS_pivot_root, ".", ".") < 0) {
		int err = errno;
		close(oldroot);
		return rt_fail(e, err, "pivot_root");
	}
	int rc = 0;
	if (fchdir(oldroot) < 0)
		rc = rt_fail(e, errno, "fchdir to the old root");
	else if (mount(NULL, ".", NULL, MS_SLAVE | MS_REC, NULL) < 0)
		rc = rt_fail(e, errno, "making the old root a slave");
	else if (umount2(".", MNT_DETACH) < 0)
		rc = rt_fail(e, errno, "detaching the old root");
	close(oldroot);
	if (rc == 0 && chdir("/") < 0)
		rc = rt_fail(e, errno, "chdir to the new root");
	return rc;
}

static int move_root(const char *root, rt_err *e)
{
	if (chdir(root) < 0)
		return rt_fail(e, errno, "chdir to %s", root);
	if (mount(root, "/", NULL, MS_MOVE, NULL) < 0)
		return rt_fail(e, errno, "moving the rootfs to /");
	if (chroot(".") < 0)
		return rt_fail(e, errno, "chroot");
	if (chdir("/") < 0)
		return rt_fail(e, errno, "chdir to the new root");
	return 0;
}

int rt_rootfs_setup(const rt_rootfs_ctx *c, rt_err *e)
{
	const rt_spec *sp = c->sp;
	/* Nothing done here may propagate back to the host. */
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		return rt_fail(e, errno, "making / private in the container's mount namespace");
	if (mount(sp->root_path, sp->root_path, NULL, MS_BIND | MS_REC, NULL) < 0)
		return rt_fail(e, errno, "bind mounting the rootfs %s", sp->root_path);
	int rootfd = open(sp->root_path, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (rootfd < 0)
		return rt_fail(e, errno, "opening the rootfs %s", sp->root_path);
	mode_t old_umask = umask(0);
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < sp->nmounts; i++)
		rc = do_mount(c, rootfd, &sp->mounts[i], e);
	if (rc == 0)
		rc = setup_dev(c, rootfd, e);
	umask(old_umask);
	close(rootfd);
	if (rc < 0)
		return -1;
	if (c->no_pivot)
		rc = move_root(sp->root_path, e);
	else
		rc = pivot(sp->root_path, e);
	if (rc == 0 && sp->rootfs_propagation && mount(NULL, "/", NULL, sp->rootfs_propagation, NULL) < 0)
		rc = rt_fail(e, errno, "setting rootfsPropagation");
	return rc;
}

static int mask_path(const char *path, rt_err *e)
{
	struct stat st;
	if (lstat(path, &st) < 0) {
		if (errno == ENOENT)
			return 0;
		return rt_fail(e, errno, "masking %s", path);
	}
	int rc;
	if (S_ISDIR(st.st_mode))
		rc = mount("tmpfs", path, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=0,mode=0555");
	else
		rc = mount("/dev/null", path, NULL, MS_BIND, NULL);
	if (rc < 0 && errno != ENOENT)
		return rt_fail(e, errno, "masking %s", path);
	return 0;
}

static int readonly_path(const char *path, rt_err *e)
{
	if (mount(path, path, NULL, MS_BIND | MS_REC, NULL) < 0) {
		if (errno == ENOENT)
			return 0;
		return rt_fail(e, errno, "making %s read-only", path);
	}
	if (mount(NULL, path, NULL, MS_BIND | MS_REMOUNT | MS_RDONLY | locked_flags(path), NULL) < 0)
		return rt_fail(e, errno, "making %s read-only", path);
	return 0;
}

int rt_rootfs_finish(const rt_rootfs_ctx *c, rt_err *e)
{
	const rt_spec *sp = c->sp;
	for (size_t i = 0; i < sp->nreadonly; i++)
		if (readonly_path(sp->readonly[i], e) < 0)
			return -1;
	for (size_t i = 0; i < sp->nmasked; i++)
		if (mask_path(sp->masked[i], e) < 0)
			return -1;
	if (sp->root_readonly && mount(NULL, "/", NULL, MS_BIND | MS_REMOUNT | MS_RDONLY | locked_flags("/"), NULL) < 0)
		return rt_fail(e, errno, "making the root read-only");
	return 0;
}
