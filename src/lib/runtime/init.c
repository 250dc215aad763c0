/* Stages 1 and 2 of container creation (see rt_int.h for the layout).
 * Both run in children of the runtime and report to it over the sync socket:
 * any failure becomes one RT_SYNC_ERROR message, never a silent exit. */
#include "runtime/rt_int.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/close_range.h>
#include <net/if.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

int rt_sync_send(int fd, int type, int value, const char *text)
{
	rt_sync_msg m = { .type = type, .value = value };
	if (text)
		snprintf(m.text, sizeof m.text, "%s", text);
	ssize_t n;
	do
		n = send(fd, &m, sizeof m, MSG_NOSIGNAL);
	while (n < 0 && errno == EINTR);
	return n == (ssize_t)sizeof m ? 0 : -1;
}

int rt_sync_recv(int fd, rt_sync_msg *m)
{
	ssize_t n;
	do
		n = recv(fd, m, sizeof *m, 0);
	while (n < 0 && errno == EINTR);
	if (n != (ssize_t)sizeof *m)
		return -1;
	m->text[sizeof m->text - 1] = 0;
	return 0;
}

int rt_send_fd(int sock, int fd, const char *text)
{
	char buf[CMSG_SPACE(sizeof fd)];
	memset(buf, 0, sizeof buf);
	struct iovec iov = { .iov_base = (void *)text, .iov_len = strlen(text) + 1 };
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = buf, .msg_controllen = sizeof buf };
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof fd);
	memcpy(CMSG_DATA(c), &fd, sizeof fd);
	ssize_t n;
	do
		n = sendmsg(sock, &msg, MSG_NOSIGNAL);
	while (n < 0 && errno == EINTR);
	return n < 0 ? -1 : 0;
}

int rt_recv_fd(int sock)
{
	char text[256];
	char buf[CMSG_SPACE(sizeof(int))];
	struct iovec iov = { .iov_base = text, .iov_len = sizeof text };
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = buf, .msg_controllen = sizeof buf };
	ssize_t n;
	do
		n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -1;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS && c->cmsg_len == CMSG_LEN(sizeof(int))) {
			int fd;
			memcpy(&fd, CMSG_DATA(c), sizeof fd);
			return fd;
		}
	errno = EBADMSG;
	return -1;
}

/* process.terminal: a pty from the container's own devpts; the master goes
 * to the runtime (and on to the console socket), the slave becomes the
 * controlling terminal and stdio of the init. */
int rt_setup_console(int sync_fd, rt_err *e)
{
	int master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC);
	if (master < 0)
		return rt_fail(e, errno, "opening /dev/ptmx in the container (is /dev/pts mounted?)");
	int unlock = 0;
	if (ioctl(master, TIOCSPTLCK, &unlock) < 0) {
		close(master);
		return rt_fail(e, errno, "unlocking the pty");
	}
	int slave = ioctl(master, TIOCGPTPEER, O_RDWR | O_NOCTTY);
	if (slave < 0) {
		close(master);
		return rt_fail(e, errno, "opening the pty's peer");
	}
	int ptn = -1;
	ioctl(master, TIOCGPTN, &ptn);
	char name[32];
	snprintf(name, sizeof name, "/dev/pts/%d", ptn);
	/* the message type first, then the descriptor in its own packet */
	int rc = rt_sync_send(sync_fd, RT_SYNC_CONSOLE, 0, NULL) < 0 || rt_send_fd(sync_fd, master, name) < 0
			 ? rt_fail(e, errno, "handing the pty to the runtime")
			 : 0;
	close(master);
	if (rc == 0 && setsid() < 0)
		rc = rt_fail(e, errno, "setsid");
	if (rc == 0 && ioctl(slave, TIOCSCTTY, 0) < 0)
		rc = rt_fail(e, errno, "making the pty the controlling terminal");
	for (int fd = 0; rc == 0 && fd < 3; fd++)
		if (dup2(slave, fd) < 0)
			rc = rt_fail(e, errno, "dup2 of the pty");
	if (slave > 2)
		close(slave);
	return rc;
}

_Noreturn static void die_with(int sync_fd, const rt_err *e)
{
	rt_sync_send(sync_fd, RT_SYNC_ERROR, 0, e->msg);
	_exit(1);
}

static int write_proc_file(const char *path, const char *value, rt_err *e)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return rt_fail(e, errno, "opening %s", path);
	ssize_t n = write(fd, value, strlen(value));
	int err = errno;
	close(fd);
	if (n < 0)
		return rt_fail(e, err, "writing %s", path);
	return 0;
}

static int loopback_up(rt_err *e)
{
	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (s < 0)
		return rt_fail(e, errno, "socket for the loopback interface");
	struct ifreq ifr = { 0 };
	snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "lo");
	int rc = 0;
	if (ioctl(s, SIOCGIFFLAGS, &ifr) < 0)
		rc = rt_fail(e, errno, "reading flags of lo");
	else {
		ifr.ifr_flags |= IFF_UP;
		if (ioctl(s, SIOCSIFFLAGS, &ifr) < 0)
			rc = rt_fail(e, errno, "bringing lo up");
	}
	close(s);
	return rc;
}

static const char *env_get(const rt_spec *sp, const char *name)
{
	size_t n = strlen(name);
	for (size_t i = 0; i < sp->nenv; i++)
		if (!strncmp(sp->env[i], name, n) && sp->env[i][n] == '=')
			return sp->env[i] + n + 1;
	return NULL;
}

/* args[0] as execve wants it: a path, searched in the container's PATH. */
static char *find_program(const rt_spec *sp, rt_err *e)
{
	const char *prog = sp->args[0];
	if (strchr(prog, '/')) {
		if (access(prog, X_OK) < 0) {
			rt_fail(e, errno, "exec: \"%s\"", prog);
			return NULL;
		}
		return bh_strdup(prog);
	}
	const char *path = env_get(sp, "PATH");
	if (!path)
		path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
	while (*path) {
		const char *end = strchrnul(path, ':');
		char *cand = end == path ? bh_asprintf("./%s", prog) : bh_asprintf("%.*s/%s", (int)(end - path), path, prog);
		struct stat st;
		if (stat(cand, &st) == 0 && S_ISREG(st.st_mode) && access(cand, X_OK) == 0)
			return cand;
		free(cand);
		path = *end ? end + 1 : end;
	}
	rt_fail(e, 0, "exec: \"%s\": executable file not found in $PATH", prog);
	return NULL;
}

static int set_user(const rt_spec *sp, rt_err *e)
{
	if (prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) < 0)
		return rt_fail(e, errno, "PR_SET_KEEPCAPS");
	gid_t *groups = bh_calloc(sp->nadd_gids + 1, sizeof *groups);
	for (size_t i = 0; i < sp->nadd_gids; i++)
		groups[i] = sp->add_gids[i];
	int rc = setgroups(sp->nadd_gids, groups);
	int err = errno;
	free(groups);
	/* setgroups is denied in a user namespace with setgroups=deny; only an explicit list must succeed. */
	if (rc < 0 && (sp->nadd_gids || err != EPERM))
		return rt_fail(e, err, "setgroups");
	if (setresgid(sp->gid, sp->gid, sp->gid) < 0)
		return rt_fail(e, errno, "setresgid(%u)", sp->gid);
	if (setresuid(sp->uid, sp->uid, sp->uid) < 0)
		return rt_fail(e, errno, "setresuid(%u)", sp->uid);
	if (prctl(PR_SET_KEEPCAPS, 0, 0, 0, 0) < 0)
		return rt_fail(e, errno, "PR_SET_KEEPCAPS");
	return 0;
}

static int apply_sysctls(const rt_spec *sp, rt_err *e)
{
	for (size_t i = 0; i < sp->nsysctl; i++) {
		char *path = bh_asprintf("/proc/sys/%s", sp->sysctl_keys[i]);
		for (char *p = path + strlen("/proc/sys/"); *p; p++)
			if (*p == '.')
				*p = '/';
		int rc = write_proc_file(path, sp->sysctl_vals[i], e);
		free(path);
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* Stage 2: the container's init. Returns only by exec or _exit. */
_Noreturn static void stage2(rt_init_args *a)
{
	const rt_spec *sp = a->sp;
	rt_err e = { { 0 } };
	int sync_fd = a->sync_fd;
	bool userns = sp->ns[RT_NS_USER].wanted;

	/* The exec fifo is reached later through this /proc, which stays valid after pivot_root. */
	int procfd = open("/proc", O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (procfd < 0) {
		rt_fail(&e, errno, "opening /proc");
		die_with(sync_fd, &e);
	}
	if (sp->ns[RT_NS_NET].wanted && !sp->ns[RT_NS_NET].path && loopback_up(&e) < 0)
		die_with(sync_fd, &e);
	if (sp->hostname && *sp->hostname && sethostname(sp->hostname, strlen(sp->hostname)) < 0) {
		rt_fail(&e, errno, "sethostname");
		die_with(sync_fd, &e);
	}
	if (sp->domainname && *sp->domainname && setdomainname(sp->domainname, strlen(sp->domainname)) < 0) {
		rt_fail(&e, errno, "setdomainname");
		die_with(sync_fd, &e);
	}
	/* prestart and createRuntime run in the runtime before the root changes. */
	char hook_json[sizeof ((rt_sync_msg *)0)->text] = "";
	bool hooks = false;
	for (int k = RT_HOOK_PRESTART; k <= RT_HOOK_START_CONTAINER; k++)
		hooks = hooks || sp->nhooks[k];
	if (hooks) {
		rt_sync_msg m;
		if (rt_sync_send(sync_fd, RT_SYNC_HOOKS, 0, NULL) < 0 || rt_sync_recv(sync_fd, &m) < 0 ||
		    m.type != RT_SYNC_HOOKS_DONE)
			_exit(1);
		snprintf(hook_json, sizeof hook_json, "%s", m.text);
	}
	rt_rootfs_ctx rc = { .sp = sp, .userns = userns, .no_pivot = a->no_pivot, .cgroup_path = a->cgroup_path };
	if (rt_rootfs_setup(&rc, &e) < 0 || (sp->terminal && rt_setup_console(sync_fd, &e) < 0) ||
	    rt_hooks_run(sp, RT_HOOK_CREATE_CONTAINER, hook_json, &e) < 0 ||
	    apply_sysctls(sp, &e) < 0 || rt_rootfs_finish(&rc, &e) < 0)
		die_with(sync_fd, &e);

	/* Without no_new_privs, loading a filter needs CAP_SYS_ADMIN: do it while we have it. */
	if (!sp->no_new_privs && rt_seccomp_load(&sp->seccomp, &e) < 0)
		die_with(sync_fd, &e);
	if (sp->has_caps && rt_caps_bound(sp, &e) < 0)
		die_with(sync_fd, &e);
	if (set_user(sp, &e) < 0)
		die_with(sync_fd, &e);
	if (sp->has_caps && rt_caps_apply(sp, &e) < 0)
		die_with(sync_fd, &e);
	umask(sp->has_umask ? sp->umask : 022);
	/* chdir only now, inside the new root and as the container user. */
	if (chdir(sp->cwd) < 0) {
		rt_fail(&e, errno, "chdir to cwd (\"%s\") set in config.json", sp->cwd);
		die_with(sync_fd, &e);
	}
	char *prog = find_program(sp, &e);
	if (!prog)
		die_with(sync_fd, &e);
	if (sp->no_new_privs && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0) {
		rt_fail(&e, errno, "PR_SET_NO_NEW_PRIVS");
		die_with(sync_fd, &e);
	}
	char **envp = bh_calloc(sp->nenv + 1, sizeof *envp);
	for (size_t i = 0; i < sp->nenv; i++)
		envp[i] = sp->env[i];

	/* Ready: the runtime records the state and `create` returns. */
	rt_sync_send(sync_fd, RT_SYNC_READY, 0, NULL);
	close(sync_fd);

	/* Wait for `start`: opening the fifo for writing blocks until it is opened for reading. */
	char fifo[32];
	snprintf(fifo, sizeof fifo, "self/fd/%d", a->fifo_fd);
	int wfd = openat(procfd, fifo, O_WRONLY | O_CLOEXEC);
	if (wfd < 0) {
		fprintf(stderr, "bulkhead init: opening the exec fifo: %s\n", strerror(errno));
		_exit(1);
	}
	if (write(wfd, "0", 1) != 1) {
		fprintf(stderr, "bulkhead init: writing the exec fifo: %s\n", strerror(errno));
		_exit(1);
	}
	if (rt_hooks_run(sp, RT_HOOK_START_CONTAINER, hook_json, &e) < 0) {
		fprintf(stderr, "bulkhead init: %s\n", e.msg);
		_exit(1);
	}
	/* Nothing of the runtime's may reach the container process (CVE-2024-21626 class). */
	if (syscall(SYS_close_range, 3, ~0U, 0) < 0) {
		for (int fd = 3; fd < 65536; fd++)
			close(fd);
	}
	/* With no_new_privs the filter goes last, so it only has to allow execve. */
	if (sp->no_new_privs && rt_seccomp_load(&sp->seccomp, &e) < 0) {
		fprintf(stderr, "bulkhead init: %s\n", e.msg);
		_exit(1);
	}
	execve(prog, sp->args, envp);
	fprintf(stderr, "bulkhead init: exec %s: %s\n", prog, strerror(errno));
	_exit(127);
}

int rt_become_process(const rt_spec *sp, rt_err *e)
{
	if (!sp->no_new_privs && rt_seccomp_load(&sp->seccomp, e) < 0)
		return -1;
	if (sp->has_caps && rt_caps_bound(sp, e) < 0)
		return -1;
	if (set_user(sp, e) < 0)
		return -1;
	if (sp->has_caps && rt_caps_apply(sp, e) < 0)
		return -1;
	umask(sp->has_umask ? sp->umask : 022);
	if (chdir(sp->cwd) < 0)
		return rt_fail(e, errno, "chdir to cwd (\"%s\")", sp->cwd);
	char *prog = find_program(sp, e);
	if (!prog)
		return -1;
	if (sp->no_new_privs && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0) {
		free(prog);
		return rt_fail(e, errno, "PR_SET_NO_NEW_PRIVS");
	}
	if (sp->no_new_privs && rt_seccomp_load(&sp->seccomp, e) < 0) {
		free(prog);
		return -1;
	}
	char **envp = bh_calloc(sp->nenv + 1, sizeof *envp);
	for (size_t i = 0; i < sp->nenv; i++)
		envp[i] = sp->env[i];
	execve(prog, sp->args, envp);
	rt_fail(e, errno, "exec %s", prog);
	free(prog);
	free(envp);
	return -1;
}

static int join_namespaces(const rt_spec *sp, rt_err *e)
{
	int fds[RT_NS_COUNT];
	for (int k = 0; k < RT_NS_COUNT; k++) {
		fds[k] = -1;
		if (!sp->ns[k].wanted || !sp->ns[k].path)
			continue;
		fds[k] = open(sp->ns[k].path, O_RDONLY | O_CLOEXEC);
		if (fds[k] < 0) {
			rt_fail(e, errno, "opening %s namespace %s", rt_ns_name(k), sp->ns[k].path);
			goto fail;
		}
	}
	/* The user namespace first: the others may belong to it. */
	static const int order[] = { RT_NS_USER, RT_NS_PID, RT_NS_NET, RT_NS_IPC, RT_NS_UTS, RT_NS_CGROUP, RT_NS_MNT };
	for (size_t i = 0; i < BH_ARRAY_SIZE(order); i++) {
		int k = order[i];
		if (fds[k] < 0)
			continue;
		if (setns(fds[k], rt_ns_clone_flag(k)) < 0) {
			rt_fail(e, errno, "joining %s namespace %s", rt_ns_name(k), sp->ns[k].path);
			goto fail;
		}
		close(fds[k]);
		fds[k] = -1;
	}
	return 0;
fail:
	for (int k = 0; k < RT_NS_COUNT; k++)
		if (fds[k] >= 0)
			close(fds[k]);
	return -1;
}

/* Closes every descriptor above stderr except the ones listed (ascending
 * not required): the runtime's state-directory lock and anything else the
 * caller had open must not live on in the container's init. */
static void close_all_but(const int *keep, size_t nkeep)
{
	unsigned from = 3;
	for (;;) {
		unsigned next = ~0U;
		for (size_t i = 0; i < nkeep; i++)
			if (keep[i] >= (int)from && (unsigned)keep[i] < next)
				next = (unsigned)keep[i];
		if (next > from && syscall(SYS_close_range, from, next - 1, 0) < 0)
			for (unsigned fd = from; fd < next && fd < 65536; fd++)
				close((int)fd);
		if (next == ~0U)
			return;
		from = next + 1;
	}
}

_Noreturn void rt_stage1(rt_init_args *a)
{
	const rt_spec *sp = a->sp;
	rt_err e = { { 0 } };
	int sync_fd = a->sync_fd;
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
	int keep[] = { a->sync_fd, a->fifo_fd, a->console_fd };
	close_all_but(keep, BH_ARRAY_SIZE(keep));

	/* Limits and OOM score while still privileged in the host's user namespace. */
	for (size_t i = 0; i < sp->nrlimits; i++) {
		struct rlimit rl = { .rlim_cur = sp->rlimits[i].soft, .rlim_max = sp->rlimits[i].hard };
		if (setrlimit(sp->rlimits[i].resource, &rl) < 0) {
			rt_fail(&e, errno, "setrlimit %d", sp->rlimits[i].resource);
			die_with(sync_fd, &e);
		}
	}
	if (sp->has_oom_score_adj) {
		char v[16];
		snprintf(v, sizeof v, "%d", sp->oom_score_adj);
		if (write_proc_file("/proc/self/oom_score_adj", v, &e) < 0)
			die_with(sync_fd, &e);
	}
	if (join_namespaces(sp, &e) < 0)
		die_with(sync_fd, &e);
	bool new_user = sp->ns[RT_NS_USER].wanted && !sp->ns[RT_NS_USER].path;
	if (new_user && unshare(CLONE_NEWUSER) < 0) {
		rt_fail(&e, errno, "creating the user namespace");
		die_with(sync_fd, &e);
	}
	/* The parent writes the id maps and puts us in the cgroups. */
	rt_sync_msg m;
	if (rt_sync_send(sync_fd, RT_SYNC_USERMAP, new_user, NULL) < 0 || rt_sync_recv(sync_fd, &m) < 0 ||
	    m.type != RT_SYNC_USERMAP_DONE)
		_exit(1);
	if (new_user) {
		if (setresgid(0, 0, 0) < 0 || setresuid(0, 0, 0) < 0) {
			rt_fail(&e, errno, "becoming root in the user namespace (is container id 0 mapped?)");
			die_with(sync_fd, &e);
		}
	}
	int flags = 0;
	for (int k = 0; k < RT_NS_COUNT; k++)
		if (k != RT_NS_USER && sp->ns[k].wanted && !sp->ns[k].path)
			flags |= rt_ns_clone_flag(k);
	if (unshare(flags) < 0) {
		rt_fail(&e, errno, "creating namespaces");
		die_with(sync_fd, &e);
	}
	pid_t pid = fork();
	if (pid < 0) {
		rt_fail(&e, errno, "fork");
		die_with(sync_fd, &e);
	}
	if (pid == 0)
		stage2(a);
	rt_sync_send(sync_fd, RT_SYNC_PID, pid, NULL);
	_exit(0);
}
