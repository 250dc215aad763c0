/* exec: a new process in a running container. The process joins the init's
 * namespaces (user first) and cgroups, forks once more so that it is inside
 * the pid namespace, and then becomes the bundle's process with whatever
 * --process FILE or the command-line flags changed. */
#include "runtime/rt_int.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/close_range.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static const struct {
	const char *file;
	int flag;
} ns_files[] = {
	/* the user namespace first: the others belong to it */
	{ "user", CLONE_NEWUSER }, { "ipc", CLONE_NEWIPC }, { "uts", CLONE_NEWUTS }, { "net", CLONE_NEWNET },
	{ "pid", CLONE_NEWPID },   { "cgroup", CLONE_NEWCGROUP }, { "mnt", CLONE_NEWNS },
};

/* Joins every namespace of pid that differs from ours. */
static int join_init_namespaces(pid_t pid, rt_err *e)
{
	int fds[BH_ARRAY_SIZE(ns_files)];
	for (size_t i = 0; i < BH_ARRAY_SIZE(ns_files); i++) {
		char path[64], mine[64];
		snprintf(path, sizeof path, "/proc/%d/ns/%s", (int)pid, ns_files[i].file);
		snprintf(mine, sizeof mine, "/proc/self/ns/%s", ns_files[i].file);
		struct stat a, b;
		fds[i] = -1;
		if (stat(path, &a) < 0)
			return rt_fail(e, errno, "reading %s", path);
		if (stat(mine, &b) == 0 && a.st_ino == b.st_ino && a.st_dev == b.st_dev)
			continue;
		fds[i] = open(path, O_RDONLY | O_CLOEXEC);
		if (fds[i] < 0)
			return rt_fail(e, errno, "opening %s", path);
	}
	for (size_t i = 0; i < BH_ARRAY_SIZE(ns_files); i++) {
		if (fds[i] < 0)
			continue;
		if (setns(fds[i], ns_files[i].flag) < 0)
			return rt_fail(e, errno, "joining the container's %s namespace", ns_files[i].file);
		close(fds[i]);
	}
	return 0;
}

_Noreturn static void exec_child(const rt_spec *sp, pid_t init, int sync_fd)
{
	rt_err e = { { 0 } };
	prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
	rt_sync_msg m;
	/* the parent puts us in the cgroups first */
	if (rt_sync_recv(sync_fd, &m) < 0)
		_exit(1);
	if (join_init_namespaces(init, &e) < 0)
		goto fail;
	if (sp->ns[RT_NS_USER].wanted && (setresgid(0, 0, 0) < 0 || setresuid(0, 0, 0) < 0)) {
		rt_fail(&e, errno, "becoming root in the container's user namespace");
		goto fail;
	}
	/* with a terminal, the pty's packets must not interleave with our pid
	 * message: the process starts once we have exited (end of this pipe) */
	int order[2];
	if (pipe2(order, O_CLOEXEC) < 0) {
		rt_fail(&e, errno, "pipe");
		goto fail;
	}
	pid_t pid = fork();
	if (pid < 0) {
		rt_fail(&e, errno, "fork");
		goto fail;
	}
	if (pid > 0) {
		rt_sync_send(sync_fd, RT_SYNC_PID, pid, NULL);
		_exit(0);
	}
	close(order[1]);
	char c;
	while (read(order[0], &c, 1) < 0 && errno == EINTR)
		;
	close(order[0]);
	/* Nothing of ours may reach the process (CVE-2024-21626 class): the
	 * sync socket stays open only until the exec succeeds. */
	syscall(SYS_close_range, 3, ~0U, CLOSE_RANGE_CLOEXEC);
	if (sp->terminal && rt_setup_console(sync_fd, &e) < 0)
		goto fail;
	rt_become_process(sp, &e);
fail:
	rt_sync_send(sync_fd, RT_SYNC_ERROR, 0, e.msg);
	_exit(1);
}

static int apply_flags(rt_spec *sp, const rt_exec_opts *x, rt_err *e)
{
	if (x->process_file && rt_process_load(x->process_file, sp, e) < 0)
		return -1;
	if (x->nargs) {
		for (size_t i = 0; i < sp->nargs; i++)
			free(sp->args[i]);
		free(sp->args);
		sp->args = bh_calloc((size_t)x->nargs + 1, sizeof *sp->args);
		for (int i = 0; i < x->nargs; i++)
			sp->args[i] = bh_strdup(x->args[i]);
		sp->nargs = (size_t)x->nargs;
	} else if (!x->process_file) {
		return rt_fail(e, 0, "exec needs --process FILE or a command");
	}
	if (x->cwd) {
		if (x->cwd[0] != '/')
			return rt_fail(e, 0, "--cwd %s: must be an absolute path", x->cwd);
		free(sp->cwd);
		sp->cwd = bh_strdup(x->cwd);
	}
	for (int i = 0; i < x->nenv; i++) {
		const char *eq = strchr(x->env[i], '=');
		if (!eq || eq == x->env[i])
			return rt_fail(e, 0, "--env %s: expected NAME=VALUE", x->env[i]);
		size_t n = (size_t)(eq - x->env[i]) + 1;
		size_t j;
		for (j = 0; j < sp->nenv && strncmp(sp->env[j], x->env[i], n); j++)
			;
		if (j == sp->nenv) {
			sp->env = bh_realloc(sp->env, (sp->nenv + 2) * sizeof *sp->env);
			sp->env[sp->nenv++] = NULL;
			sp->env[sp->nenv] = NULL;
		}
		free(sp->env[j]);
		sp->env[j] = bh_strdup(x->env[i]);
	}
	if (x->user) {
		char *end;
		unsigned long uid = strtoul(x->user, &end, 10), gid = uid;
		if (*end == ':')
			gid = strtoul(end + 1, &end, 10);
		if (*end || uid > UINT32_MAX - 1 || gid > UINT32_MAX - 1 || x->user[0] == '-')
			return rt_fail(e, 0, "--user %s: expected UID[:GID]", x->user);
		sp->uid = (uint32_t)uid;
		sp->gid = (uint32_t)gid;
		free(sp->add_gids);
		sp->add_gids = NULL;
		sp->nadd_gids = 0;
	}
	for (int i = 0; i < x->ncaps; i++) {
		int c;
		if (rt_cap_parse(x->caps[i], &c) < 0)
			return rt_fail(e, 0, "--cap %s: unknown capability", x->caps[i]);
		sp->has_caps = true;
		for (int set = RT_CAP_BOUNDING; set <= RT_CAP_PERMITTED; set++)
			sp->caps[set] |= 1ULL << c;
	}
	if (x->no_new_privs)
		sp->no_new_privs = true;
	/* the command-line form has a terminal only with --tty, as runc's */
	if (!x->process_file)
		sp->terminal = false;
	if (x->tty)
		sp->terminal = true;
	/* as runc: a terminal needs somewhere to send it (the socket, or in the
	 * foreground the caller's own terminal), and only a terminal may be sent */
	if (sp->terminal && !x->console_socket && (x->detach || !isatty(STDIN_FILENO)))
		return rt_fail(e, 0, "exec: a terminal (--tty or process.terminal) needs --console-socket to receive the pty, "
				     "or a terminal on standard input and no --detach to relay it to");
	if (!sp->terminal && x->console_socket)
		return rt_fail(e, 0, "exec: --console-socket given without --tty");
	return 0;
}

/* On success *out is the process; *master its pty master when it has a
 * terminal and no console socket took it (else -1). */
static int do_exec(const rt_opts *o, const char *id, const rt_exec_opts *x, pid_t *out, int *master_out, rt_err *e)
{
	*master_out = -1;
	int dirfd;
	if (rt_state_dir_open(o, id, false, false, &dirfd, e) < 0)
		return -1;
	rt_state st;
	if (rt_state_read(dirfd, id, &st, e) < 0) {
		close(dirfd);
		return -1;
	}
	rt_spec sp = { 0 };
	int rc = -1, sv[2] = { -1, -1 };
	pid_t child = -1;
	enum rt_status s = rt_status_of(dirfd, &st);
	if (s != RT_RUNNING && s != RT_CREATED) {
		rt_fail(e, 0, "cannot exec in a container that is %s", rt_status_name(s));
		goto out;
	}
	if (rt_spec_load(st.bundle, &sp, e) < 0 || apply_flags(&sp, x, e) < 0)
		goto out;
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0) {
		rt_fail(e, errno, "socketpair");
		goto out;
	}
	prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
	fflush(NULL);
	child = fork();
	if (child < 0) {
		rt_fail(e, errno, "fork");
		goto out;
	}
	if (child == 0) {
		close(sv[0]);
		close(dirfd);
		exec_child(&sp, st.pid, sv[1]);
	}
	close(sv[1]);
	sv[1] = -1;
	if (st.cgroup_path && rt_cgroup_join(st.cgroup_path, child, e) < 0)
		goto out;
	rt_sync_send(sv[0], RT_SYNC_USERMAP_DONE, 0, NULL);
	pid_t pid = -1;
	rt_sync_msg m;
	while (rt_sync_recv(sv[0], &m) == 0) {
		if (m.type == RT_SYNC_ERROR) {
			rt_fail(e, 0, "%s", m.text);
			goto out;
		}
		if (m.type == RT_SYNC_PID)
			pid = m.value;
		if (m.type == RT_SYNC_CONSOLE) {
			int master = rt_recv_fd(sv[0]);
			if (master < 0) {
				rt_fail(e, errno, "receiving the pty from the process");
				goto out;
			}
			if (!x->console_socket) {
				if (*master_out >= 0)
					close(*master_out);
				*master_out = master;
				continue;
			}
			int rc2 = rt_send_console(x->console_socket, master, e);
			close(master);
			if (rc2 < 0)
				goto out;
		}
	}
	/* end of stream: the process exec'd (the socket closed on exec) */
	while (waitpid(child, NULL, 0) < 0 && errno == EINTR)
		;
	child = -1;
	if (pid <= 0) {
		rt_fail(e, 0, "exec: the process did not start");
		goto out;
	}
	*out = pid;
	rc = 0;
out:
	if (rc < 0 && *master_out >= 0) {
		close(*master_out);
		*master_out = -1;
	}
	if (child > 0) {
		kill(child, SIGKILL);
		waitpid(child, NULL, 0);
	}
	if (sv[0] >= 0)
		close(sv[0]);
	if (sv[1] >= 0)
		close(sv[1]);
	rt_spec_free(&sp);
	rt_state_free(&st);
	close(dirfd);
	return rc;
}

/* Runtime failures exit 255, as runc's exec does; the process's own status is 0-254 or 128+N. */
int rt_exec(const rt_opts *o, const char *id, const rt_exec_opts *x)
{
	rt_err e;
	sigset_t all, old;
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	pid_t pid = -1;
	int master = -1;
	if (do_exec(o, id, x, &pid, &master, &e) < 0) {
		sigprocmask(SIG_SETMASK, &old, NULL);
		rt_log_error(o, "%s", e.msg);
		return 255;
	}
	if (x->pid_file) {
		char *tmp = bh_asprintf("%s.tmp.%d", x->pid_file, (int)getpid());
		FILE *f = fopen(tmp, "we");
		bool ok = f && fprintf(f, "%d", (int)pid) > 0;
		if (f && fclose(f) != 0)
			ok = false;
		if (!ok || rename(tmp, x->pid_file) < 0) {
			rt_log_error(o, "writing pid file %s: %s", x->pid_file, strerror(errno));
			unlink(tmp);
			free(tmp);
			kill(pid, SIGKILL);
			if (master >= 0)
				close(master);
			sigprocmask(SIG_SETMASK, &old, NULL);
			return 255;
		}
		free(tmp);
	}
	if (x->detach) {
		sigprocmask(SIG_SETMASK, &old, NULL);
		return 0;
	}
	/* The process is our child (we are its subreaper): forward signals, wait. */
	int status = 0;
	if (master >= 0) {
		status = rt_tty_relay(master, pid, &all);
		close(master);
	} else {
		for (;;) {
			pid_t r = waitpid(pid, &status, WNOHANG);
			if (r == pid)
				break;
			if (r < 0 && errno != EINTR) {
				status = 255 << 8;
				break;
			}
			siginfo_t si;
			struct timespec ts = { 0, 100 * 1000 * 1000 };
			int sig = sigtimedwait(&all, &si, &ts);
			if (sig > 0 && sig != SIGCHLD && sig != SIGWINCH && sig != SIGURG && sig != SIGPIPE)
				kill(pid, sig);
		}
	}
	while (waitpid(-1, NULL, WNOHANG) > 0)
		;
	sigprocmask(SIG_SETMASK, &old, NULL);
	return WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 255;
}
