/* Container state on disk: ROOT/ID/state.json plus the exec fifo, guarded
 * by an flock on the ROOT/ID directory. The status is never stored: it is
 * derived from the init process (alive, same start time) and the fifo. */
#include "runtime/rt_int.h"
#include "core/jsonw.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "core/yamldoc.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

int rt_check_id(const char *id, rt_err *e)
{
	size_t n = strlen(id);
	if (!n || n > 1024 || !strcmp(id, ".") || !strcmp(id, "..") ||
	    strspn(id, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+-.") != n)
		return rt_fail(e, 0, "invalid container id \"%s\": use letters, digits, _ + - and . only", id);
	return 0;
}

static int mkdir_p(const char *path, mode_t mode)
{
	char *p = bh_strdup(path);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = 0;
		if (mkdir(p, 0755) < 0 && errno != EEXIST) {
			free(p);
			return -1;
		}
		*s = '/';
	}
	int rc = mkdir(p, mode);
	free(p);
	return rc < 0 && errno != EEXIST ? -1 : 0;
}

int rt_state_dir_open(const rt_opts *o, const char *id, bool create, bool exclusive, int *dirfd, rt_err *e)
{
	if (rt_check_id(id, e) < 0)
		return -1;
	if (create && mkdir_p(o->root, 0700) < 0)
		return rt_fail(e, errno, "creating state root %s", o->root);
	int rootfd = open(o->root, O_DIRECTORY | O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (rootfd < 0) {
		if (errno == ENOENT)
			return rt_fail(e, 0, "container \"%s\" does not exist", id);
		return rt_fail(e, errno, "opening state root %s", o->root);
	}
	if (create && mkdirat(rootfd, id, 0700) < 0) {
		int err = errno;
		close(rootfd);
		if (err == EEXIST)
			return rt_fail(e, 0, "container with id \"%s\" already exists", id);
		return rt_fail(e, err, "creating state directory %s/%s", o->root, id);
	}
	int fd = openat(rootfd, id, O_DIRECTORY | O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	int err = errno;
	close(rootfd);
	if (fd < 0) {
		if (err == ENOENT)
			return rt_fail(e, 0, "container \"%s\" does not exist", id);
		return rt_fail(e, err, "opening state directory %s/%s", o->root, id);
	}
	if (flock(fd, exclusive ? LOCK_EX : LOCK_SH) < 0) {
		err = errno;
		close(fd);
		return rt_fail(e, err, "locking %s/%s", o->root, id);
	}
	*dirfd = fd;
	return 0;
}

void rt_state_remove(const rt_opts *o, const char *id)
{
	rt_err e;
	if (rt_check_id(id, &e) < 0)
		return;
	char *dir = bh_asprintf("%s/%s", o->root, id);
	DIR *d = opendir(dir);
	if (d) {
		struct dirent *de;
		while ((de = readdir(d))) {
			if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
				continue;
			unlinkat(dirfd(d), de->d_name, 0);
		}
		closedir(d);
	}
	rmdir(dir);
	free(dir);
}

void rt_state_json(const rt_state *st, enum rt_status status, strbuf *out)
{
	jsonw w;
	jsonw_init(&w, out, true);
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "ociVersion", "1.2.0");
	jsonw_kstr(&w, "id", st->id);
	jsonw_kstr(&w, "status", rt_status_name(status));
	jsonw_kint(&w, "pid", status == RT_STOPPED ? 0 : st->pid);
	jsonw_kstr(&w, "bundle", st->bundle);
	jsonw_kstr(&w, "rootfs", st->rootfs);
	jsonw_kstr(&w, "created", st->created);
	jsonw_key(&w, "annotations");
	jsonw_obj_open(&w);
	for (size_t i = 0; i < st->nann; i++)
		jsonw_kstr(&w, st->ann_keys[i], st->ann_vals[i]);
	jsonw_obj_close(&w);
	jsonw_obj_close(&w);
	strbuf_addch(out, '\n');
}

int rt_state_write(int dirfd, const rt_state *st, rt_err *e)
{
	strbuf sb = STRBUF_INIT;
	jsonw w;
	jsonw_init(&w, &sb, true);
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "id", st->id);
	jsonw_kstr(&w, "bundle", st->bundle);
	jsonw_kstr(&w, "rootfs", st->rootfs);
	jsonw_kint(&w, "pid", st->pid);
	char start[32]; /* a string: 64-bit safe whatever reads it */
	snprintf(start, sizeof start, "%llu", st->start_time);
	jsonw_kstr(&w, "initStartTime", start);
	jsonw_kstr(&w, "created", st->created);
	jsonw_kstr(&w, "cgroupPath", st->cgroup_path);
	jsonw_kbool(&w, "ownPidNamespace", st->own_pidns);
	jsonw_key(&w, "annotations");
	jsonw_obj_open(&w);
	for (size_t i = 0; i < st->nann; i++)
		jsonw_kstr(&w, st->ann_keys[i], st->ann_vals[i]);
	jsonw_obj_close(&w);
	jsonw_obj_close(&w);
	strbuf_addch(&sb, '\n');
	int fd = openat(dirfd, RT_STATE_FILE ".tmp", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0) {
		strbuf_release(&sb);
		return rt_fail(e, errno, "writing state");
	}
	ssize_t n = write(fd, sb.buf, sb.len);
	int err = errno;
	close(fd);
	bool short_write = n < 0 || (size_t)n != sb.len;
	strbuf_release(&sb);
	if (short_write)
		return rt_fail(e, n < 0 ? err : EIO, "writing state");
	if (renameat(dirfd, RT_STATE_FILE ".tmp", dirfd, RT_STATE_FILE) < 0)
		return rt_fail(e, errno, "writing state");
	return 0;
}

static char *dup_scalar(const ynode *n)
{
	const char *s = yscalar(n);
	return s && !yis_null(n) ? bh_strdup(s) : NULL;
}

int rt_state_read(int dirfd, const char *id, rt_state *st, rt_err *e)
{
	memset(st, 0, sizeof *st);
	int fd = openat(dirfd, RT_STATE_FILE, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0) {
		if (errno == ENOENT)
			return rt_fail(e, 0, "container \"%s\" does not exist (no state: still being created or half deleted)", id);
		return rt_fail(e, errno, "reading state of \"%s\"", id);
	}
	strbuf sb = STRBUF_INIT;
	char buf[4096];
	ssize_t n;
	while ((n = read(fd, buf, sizeof buf)) > 0 && sb.len < (1u << 24))
		strbuf_add(&sb, buf, (size_t)n);
	close(fd);
	ydoc_set docs = { 0 };
	yerror yerr;
	int rc = -1;
	if (ydoc_parse(sb.buf, sb.len, &docs, &yerr) < 0 || docs.ndocs != 1 || !yis_map(docs.docs[0])) {
		rt_fail(e, 0, "state of \"%s\" is corrupt", id);
		goto out;
	}
	const ynode *r = docs.docs[0];
	st->id = bh_strdup(id);
	st->bundle = dup_scalar(ymap_get(r, "bundle"));
	st->rootfs = dup_scalar(ymap_get(r, "rootfs"));
	st->created = dup_scalar(ymap_get(r, "created"));
	st->cgroup_path = dup_scalar(ymap_get(r, "cgroupPath"));
	int64_t pid = 0;
	if (!yint(ymap_get(r, "pid"), &pid) || pid <= 0 || pid > 0x7fffffff) {
		rt_fail(e, 0, "state of \"%s\" has no valid pid", id);
		goto out;
	}
	st->pid = (pid_t)pid;
	const char *t = yscalar(ymap_get(r, "initStartTime"));
	st->start_time = t ? strtoull(t, NULL, 10) : 0;
	bool own = false;
	st->own_pidns = ybool(ymap_get(r, "ownPidNamespace"), &own) && own;
	const ynode *ann = ymap_get(r, "annotations");
	size_t na = ymap_size(ann);
	st->ann_keys = bh_calloc(na + 1, sizeof(char *));
	st->ann_vals = bh_calloc(na + 1, sizeof(char *));
	for (size_t i = 0; i < na; i++) {
		char *k = dup_scalar(ymap_key_at(ann, i)), *v = dup_scalar(ymap_val_at(ann, i));
		if (!k || !v) {
			free(k);
			free(v);
			continue;
		}
		st->ann_keys[st->nann] = k;
		st->ann_vals[st->nann++] = v;
	}
	rc = 0;
out:
	ydoc_free(&docs);
	strbuf_release(&sb);
	if (rc < 0)
		rt_state_free(st);
	return rc;
}

void rt_state_free(rt_state *st)
{
	free(st->id);
	free(st->bundle);
	free(st->rootfs);
	free(st->created);
	free(st->cgroup_path);
	for (size_t i = 0; i < st->nann; i++) {
		free(st->ann_keys[i]);
		free(st->ann_vals[i]);
	}
	free(st->ann_keys);
	free(st->ann_vals);
	memset(st, 0, sizeof *st);
}

/* Field 22 of /proc/PID/stat, or 0 when the process is gone or a zombie. */
unsigned long long rt_proc_start_time(pid_t pid)
{
	char path[64], buf[1024];
	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = 0;
	char *p = strrchr(buf, ')'); /* the command name may hold spaces and parentheses */
	if (!p || p[1] != ' ')
		return 0;
	char state = p[2];
	if (state == 'Z' || state == 'X')
		return 0;
	p += 2;
	/* p is field 3 (state); skip to field 22 */
	for (int field = 3; field < 22; field++) {
		p = strchr(p, ' ');
		if (!p)
			return 0;
		p++;
	}
	return strtoull(p, NULL, 10);
}

enum rt_status rt_status_of(int dirfd, const rt_state *st)
{
	unsigned long long t = rt_proc_start_time(st->pid);
	if (!t || (st->start_time && t != st->start_time))
		return RT_STOPPED;
	if (faccessat(dirfd, RT_EXEC_FIFO, F_OK, AT_SYMLINK_NOFOLLOW) == 0)
		return RT_CREATED;
	if (st->cgroup_path && rt_cgroup_is_frozen(st->cgroup_path))
		return RT_PAUSED;
	return RT_RUNNING;
}

const char *rt_status_name(enum rt_status s)
{
	switch (s) {
	case RT_CREATING: return "creating";
	case RT_CREATED: return "created";
	case RT_RUNNING: return "running";
	case RT_PAUSED: return "paused";
	case RT_STOPPED: return "stopped";
	}
	return "unknown";
}
