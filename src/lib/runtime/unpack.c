/* Image unpacking for `bulkhead run`: see unpack.h for the two passes and
 * why every path goes through openat2 below the root descriptor. */
#include "runtime/unpack.h"
#include "core/util.h"
#include "image/source.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <linux/openat2.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

int rt_open_nofollow(int rootfd, const char *path, int flags, unsigned mode)
{
	if (!*path)
		return openat(rootfd, ".", flags | O_CLOEXEC);
	struct open_how how = {
		.flags = (uint64_t)(flags | O_CLOEXEC | O_NOFOLLOW),
		.mode = (flags & O_CREAT) ? mode : 0,
		.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_XDEV,
	};
	return (int)syscall(SYS_openat2, rootfd, path, &how, sizeof how);
}

typedef struct unpacker {
	int rootfd;
	rt_unpack_opts *o;
	const bh_fs *fs;
	int out;          /* file being written in pass 2, or -1 */
	char *err;
	size_t errlen;
	bool failed;
} unpacker;

static int failf(unpacker *u, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int failf(unpacker *u, const char *fmt, ...)
{
	if (!u->failed) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(u->err, u->errlen, fmt, ap);
		va_end(ap);
	}
	u->failed = true;
	return -1;
}

/* The parent directory of path, opened below the root; *base points into path. */
static int open_parent(unpacker *u, const char *path, const char **base)
{
	const char *slash = strrchr(path, '/');
	if (!slash) {
		*base = path;
		return rt_open_nofollow(u->rootfd, "", O_PATH | O_DIRECTORY, 0);
	}
	char *dir = bh_strndup(path, (size_t)(slash - path));
	int fd = rt_open_nofollow(u->rootfd, dir, O_PATH | O_DIRECTORY, 0);
	free(dir);
	*base = slash + 1;
	return fd;
}

static int create_entry(const bh_fs_entry *e, void *arg)
{
	unpacker *u = arg;
	if (e->type == BH_FT_HARDLINK)
		return 0; /* after the contents */
	if (e->type == BH_FT_CHAR || e->type == BH_FT_BLOCK) {
		u->o->skipped_devices++;
		return 0;
	}
	const char *base;
	int dfd = open_parent(u, e->path, &base);
	if (dfd < 0)
		return failf(u, "%s: opening its directory: %s", e->path, strerror(errno));
	int rc = 0;
	switch (e->type) {
	case BH_FT_DIR:
		rc = mkdirat(dfd, base, 0700);
		break;
	case BH_FT_REG: {
		int fd = openat(dfd, base, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		rc = fd < 0 ? -1 : close(fd);
		break;
	}
	case BH_FT_SYMLINK:
		rc = symlinkat(e->link ? e->link : "", dfd, base);
		break;
	case BH_FT_FIFO:
		rc = mkfifoat(dfd, base, 0600);
		break;
	default:
		break;
	}
	if (rc < 0)
		failf(u, "%s: creating it: %s", e->path, strerror(errno));
	close(dfd);
	return rc;
}

static bool content_begin(void *arg, int layer, const char *path, int64_t size, uint32_t mode)
{
	(void)size, (void)mode;
	unpacker *u = arg;
	const bh_fs_entry *e = bh_fs_lookup(u->fs, path);
	if (!e || e->type != BH_FT_REG || e->modified_layer != layer)
		return false; /* deleted or replaced later: never written */
	u->out = rt_open_nofollow(u->rootfd, e->path, O_WRONLY | O_TRUNC, 0);
	if (u->out < 0) {
		failf(u, "%s: opening it for its content: %s", e->path, strerror(errno));
		return false;
	}
	return true;
}

static int content_data(void *arg, const void *buf, size_t len, uint64_t offset)
{
	unpacker *u = arg;
	const char *p = buf;
	while (len > 0) {
		ssize_t n = pwrite(u->out, p, len, (off_t)offset);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return failf(u, "writing a file: %s", strerror(errno));
		}
		p += n, len -= (size_t)n, offset += (uint64_t)n;
	}
	return 0;
}

static void content_end(void *arg, bool complete)
{
	(void)complete;
	unpacker *u = arg;
	if (u->out >= 0)
		close(u->out);
	u->out = -1;
}

static unsigned shift_id(const unpacker *u, int64_t id)
{
	if (id < 0 || id > 65535)
		id = 65534;
	return (unsigned)id + u->o->id_shift;
}

static int set_owner_mode(unpacker *u, int dfd, const char *base, const bh_fs_entry *e, unsigned uid, unsigned gid)
{
	if (fchownat(dfd, base, uid, gid, AT_SYMLINK_NOFOLLOW) < 0)
		return failf(u, "%s: chown: %s", e->path, strerror(errno));
	if (e->type != BH_FT_SYMLINK) {
		mode_t mode = e->mode & (u->o->keep_setuid ? 07777 : 01777);
		/* base is not a symlink (we created it), so fchmodat cannot be led elsewhere */
		if (fchmodat(dfd, base, mode, 0) < 0)
			return failf(u, "%s: chmod: %s", e->path, strerror(errno));
	}
	return 0;
}

static int finish_entry(const bh_fs_entry *e, void *arg)
{
	unpacker *u = arg;
	if (e->type == BH_FT_CHAR || e->type == BH_FT_BLOCK)
		return 0;
	const char *base;
	int dfd = open_parent(u, e->path, &base);
	if (dfd < 0)
		return failf(u, "%s: opening its directory: %s", e->path, strerror(errno));
	int rc = 0;
	if (e->type == BH_FT_HARDLINK) {
		/* the target is a path of the view, never a symlink's destination;
		 * a link to nothing (or to a skipped device) is left out, as the
		 * view records it as an anomaly */
		const bh_fs_entry *t = e->link ? bh_fs_lookup(u->fs, e->link) : NULL;
		if (!t || t->type == BH_FT_CHAR || t->type == BH_FT_BLOCK || t->type == BH_FT_DIR || t->type == BH_FT_HARDLINK) {
			u->o->skipped_links++;
			close(dfd);
			return 0;
		}
		const char *tbase;
		int tfd = e->link ? open_parent(u, e->link, &tbase) : -1;
		rc = tfd < 0 ? -1 : linkat(tfd, tbase, dfd, base, 0);
		if (rc < 0)
			failf(u, "%s: linking to %s: %s", e->path, e->link ? e->link : "?", strerror(errno));
		if (tfd >= 0)
			close(tfd);
		close(dfd);
		return rc;
	}
	if (!u->o->finish) {
		close(dfd);
		return 0;
	}
	rc = set_owner_mode(u, dfd, base, e, shift_id(u, e->uid), shift_id(u, e->gid));
	close(dfd);
	return rc;
}

int rt_unpack_image(const char *ref, int rootfd, rt_unpack_opts *o, bh_image *img, char *err, size_t errlen)
{
	unpacker u = { .rootfd = rootfd, .o = o, .out = -1, .err = err, .errlen = errlen };
	bh_source_opts so = { 0 };
	bh_image_error ie;
	bh_image_opts io = { .limits = o->limits };
	if (bh_image_open(ref, &io, &so, img, &ie) < 0) {
		snprintf(err, errlen, "%s: %s: %s", ref, bh_image_errname(ie.code), ie.message);
		return -1;
	}
	u.fs = img->fs;
	if (bh_fs_walk(img->fs, create_entry, &u) != 0 || u.failed)
		goto fail;
	bh_content_cb cb = { content_begin, content_data, content_end, &u };
	io.content = &cb;
	bh_image second;
	if (bh_image_open(ref, &io, &so, &second, &ie) < 0) {
		if (u.out >= 0)
			close(u.out);
		if (!u.failed)
			snprintf(err, errlen, "%s: %s: %s", ref, bh_image_errname(ie.code), ie.message);
		goto fail;
	}
	bh_image_release(&second);
	if (u.failed || bh_fs_walk(img->fs, finish_entry, &u) != 0 || u.failed)
		goto fail;
	if (o->finish && fchown(rootfd, o->id_shift, o->id_shift) < 0) {
		snprintf(err, errlen, "chown of the root: %s", strerror(errno));
		goto fail;
	}
	fchmod(rootfd, 0755);
	return 0;
fail:
	bh_image_release(img);
	return -1;
}

/* ---- rootless: owners applied inside the user namespace ---------------- */

/* Container id of an image owner when only ids 0..mapped-1 exist: as
 * shift_id, and an owner outside the mapping becomes root (the invoking user). */
static unsigned mapped_id(int64_t id, unsigned mapped)
{
	if (id < 0 || id > 65535)
		id = 65534;
	return (uint64_t)id < mapped ? (unsigned)id : 0;
}

typedef struct owner_count {
	unsigned mapped;
	size_t n;
} owner_count;

static int count_entry(const bh_fs_entry *e, void *arg)
{
	owner_count *c = arg;
	if (e->type != BH_FT_CHAR && e->type != BH_FT_BLOCK && e->type != BH_FT_HARDLINK &&
	    ((e->uid && !mapped_id(e->uid, c->mapped)) || (e->gid && !mapped_id(e->gid, c->mapped))))
		c->n++;
	return 0;
}

size_t rt_unpack_unmapped(const bh_image *img, unsigned mapped)
{
	owner_count c = { mapped, 0 };
	bh_fs_walk(img->fs, count_entry, &c);
	return c.n;
}

typedef struct owner_pass {
	unpacker u;
	unsigned mapped;
} owner_pass;

static int owner_entry(const bh_fs_entry *e, void *arg)
{
	owner_pass *p = arg;
	/* devices were never created; a hard link shares its target's inode */
	if (e->type == BH_FT_CHAR || e->type == BH_FT_BLOCK || e->type == BH_FT_HARDLINK)
		return 0;
	const char *base;
	int dfd = open_parent(&p->u, e->path, &base);
	if (dfd < 0)
		return failf(&p->u, "%s: opening its directory: %s", e->path, strerror(errno));
	int rc = set_owner_mode(&p->u, dfd, base, e, mapped_id(e->uid, p->mapped), mapped_id(e->gid, p->mapped));
	close(dfd);
	return rc;
}

int rt_unpack_owners(const bh_image *img, int rootfd, rt_unpack_opts *o, unsigned mapped, char *err, size_t errlen)
{
	owner_pass p = { .u = { .rootfd = rootfd, .o = o, .fs = img->fs, .out = -1, .err = err, .errlen = errlen },
			 .mapped = mapped };
	if (bh_fs_walk(img->fs, owner_entry, &p) != 0 || p.u.failed)
		return -1;
	if (fchown(rootfd, 0, 0) < 0 || fchmod(rootfd, 0755) < 0) {
		snprintf(err, errlen, "chown of the root: %s", strerror(errno));
		return -1;
	}
	return 0;
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st, (void)ftw;
	int rc = (flag == FTW_DP) ? rmdir(path) : unlink(path);
	return rc < 0 && errno != ENOENT ? -1 : 0;
}

int rt_remove_tree(const char *dir)
{
	/* FTW_PHYS: symlinks are removed, not followed; FTW_MOUNT: stay on this filesystem */
	return nftw(dir, remove_one, 32, FTW_DEPTH | FTW_PHYS | FTW_MOUNT);
}
