/* Id maps of a new user namespace, written the only way the caller may:
 *   - root writes /proc/PID/uid_map and gid_map itself;
 *   - an unprivileged user may map exactly its own uid and gid, and only
 *     after setgroups is denied (else it could drop a group it was denied by);
 *   - any wider mapping of an unprivileged user goes through the setuid
 *     newuidmap and newgidmap (Debian package uidmap), which check it against
 *     /etc/subuid and /etc/subgid. */
#include "runtime/rt_int.h"
#include "core/util.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

static int write_proc(pid_t pid, const char *file, const char *text, rt_err *e)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/%s", (int)pid, file);
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return rt_fail(e, errno, "opening %s", path);
	ssize_t n = write(fd, text, strlen(text));
	int err = errno;
	close(fd);
	if (n != (ssize_t)strlen(text))
		return rt_fail(e, n < 0 ? err : EIO, "writing %s (\"%s\")", path, text);
	return 0;
}

static char *map_text(const rt_idmap *m, size_t n)
{
	strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < n; i++)
		strbuf_addf(&sb, "%u %u %u\n", m[i].container_id, m[i].host_id, m[i].size);
	return strbuf_detach(&sb, NULL);
}

/* The setuid helper for one map: newuidmap PID C H S [C H S...]. */
static int run_helper(const char *tool, pid_t pid, const rt_idmap *m, size_t n, rt_err *e)
{
	static const char *const dirs[] = { "/usr/bin", "/bin", "/usr/local/bin" };
	char *path = NULL;
	for (size_t i = 0; i < BH_ARRAY_SIZE(dirs) && !path; i++) {
		char *p = bh_asprintf("%s/%s", dirs[i], tool);
		if (access(p, X_OK) == 0)
			path = p;
		else
			free(p);
	}
	if (!path)
		return rt_fail(e, 0, "mapping more than your own id needs %s (Debian package uidmap)", tool);
	char **argv = bh_calloc(3 * n + 3, sizeof *argv);
	size_t k = 0;
	argv[k++] = (char *)tool;
	argv[k++] = bh_asprintf("%d", (int)pid);
	for (size_t i = 0; i < n; i++) {
		argv[k++] = bh_asprintf("%u", m[i].container_id);
		argv[k++] = bh_asprintf("%u", m[i].host_id);
		argv[k++] = bh_asprintf("%u", m[i].size);
	}
	fflush(NULL);
	pid_t child = fork();
	if (child == 0) {
		execv(path, argv);
		_exit(127);
	}
	int status = 0, rc = 0;
	if (child < 0)
		rc = rt_fail(e, errno, "fork");
	else {
		while (waitpid(child, &status, 0) < 0 && errno == EINTR)
			;
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
			rc = rt_fail(e, 0, "%s refused the mapping (see its message above; check /etc/subuid and /etc/subgid)",
				     path);
	}
	for (size_t i = 1; i < k; i++)
		free(argv[i]);
	free(argv);
	free(path);
	return rc;
}

static bool own_id_only(const rt_idmap *m, size_t n, unsigned id)
{
	return n == 1 && m[0].host_id == id && m[0].size == 1;
}

int rt_write_id_maps(pid_t pid, const rt_idmap *uids, size_t nu, const rt_idmap *gids, size_t ng, rt_err *e)
{
	char *u = map_text(uids, nu), *g = map_text(gids, ng);
	int rc;
	if (geteuid() == 0)
		rc = write_proc(pid, "gid_map", g, e) < 0 || write_proc(pid, "uid_map", u, e) < 0 ? -1 : 0;
	else if (own_id_only(uids, nu, geteuid()) && own_id_only(gids, ng, getegid()))
		rc = write_proc(pid, "setgroups", "deny", e) < 0 || write_proc(pid, "gid_map", g, e) < 0 ||
				     write_proc(pid, "uid_map", u, e) < 0
			     ? -1
			     : 0;
	else
		rc = run_helper("newgidmap", pid, gids, ng, e) < 0 || run_helper("newuidmap", pid, uids, nu, e) < 0 ? -1 : 0;
	free(u);
	free(g);
	return rc;
}

static int userns_call(const rt_idmap *uids, size_t nu, const rt_idmap *gids, size_t ng, int (*fn)(void *), void *arg,
		       rt_err *e)
{
	int go[2], ready[2];
	if (pipe2(go, O_CLOEXEC) < 0)
		return rt_fail(e, errno, "pipe");
	if (pipe2(ready, O_CLOEXEC) < 0) {
		close(go[0]), close(go[1]);
		return rt_fail(e, errno, "pipe");
	}
	fflush(NULL);
	pid_t child = fork();
	if (child == 0) {
		close(go[1]), close(ready[0]);
		prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
		char c = unshare(CLONE_NEWUSER) == 0 ? 1 : 0;
		if (write(ready[1], &c, 1) != 1 || !c || read(go[0], &c, 1) != 1 || !c)
			_exit(125);
		if (setresgid(0, 0, 0) < 0 || setresuid(0, 0, 0) < 0)
			_exit(125);
		setgroups(0, NULL); /* refused when setgroups is denied; nothing to drop then */
		_exit(fn(arg) == 0 ? 0 : 1);
	}
	close(go[0]), close(ready[1]);
	int rc = 0;
	char c = 0;
	if (child < 0)
		rc = rt_fail(e, errno, "fork");
	else if (read(ready[0], &c, 1) != 1 || !c)
		rc = rt_fail(e, 0, "creating a user namespace failed (are unprivileged user namespaces disabled?)");
	else if (rt_write_id_maps(child, uids, nu, gids, ng, e) < 0)
		rc = -1;
	c = rc == 0;
	if (child > 0) {
		if (write(go[1], &c, 1) != 1 && rc == 0)
			rc = rt_fail(e, errno, "starting the user namespace helper");
		int status = 0;
		while (waitpid(child, &status, 0) < 0 && errno == EINTR)
			;
		if (rc == 0 && (!WIFEXITED(status) || WEXITSTATUS(status) != 0))
			rc = rt_fail(e, 0, "%s in the user namespace failed", WIFEXITED(status) &&
									WEXITSTATUS(status) == 125 ? "becoming root" : "the work");
	}
	close(go[1]), close(ready[0]);
	return rc;
}

static rt_idmap *to_idmap(const rt_id_range *r, size_t n)
{
	rt_idmap *m = bh_calloc(n + 1, sizeof *m);
	for (size_t i = 0; i < n; i++)
		m[i] = (rt_idmap){ r[i].container_id, r[i].host_id, r[i].size };
	return m;
}

int rt_userns_call(const rt_id_range *uids, size_t nu, const rt_id_range *gids, size_t ng, int (*fn)(void *),
		   void *arg, char *err, size_t errlen)
{
	rt_idmap *u = to_idmap(uids, nu), *g = to_idmap(gids, ng);
	rt_err e = { { 0 } };
	int rc = userns_call(u, nu, g, ng, fn, arg, &e);
	if (rc < 0)
		snprintf(err, errlen, "%s", e.msg);
	free(u);
	free(g);
	return rc;
}
