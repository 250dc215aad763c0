/* The runtime's operations: create, start, state, kill, delete, run, list,
 * features; plus the sealed re-execution that guards the host binary. */
#include "runtime/rt_int.h"
#include "core/jsonw.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* ---- sealed re-execution (CVE-2019-5736 class) ------------------------- */

#define REEXEC_ENV "_BULKHEAD_SEALED_REEXEC"

bool rt_running_sealed(void)
{
	int self = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	if (self < 0)
		return false;
	int seals = fcntl(self, F_GET_SEALS);
	close(self);
	return seals >= 0 && (seals & F_SEAL_WRITE) && (seals & F_SEAL_SEAL);
}

int rt_reexec_sealed(char **argv)
{
	if (rt_running_sealed()) {
		unsetenv(REEXEC_ENV);
		return 0;
	}
	int self = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	if (self < 0)
		return -1;
	if (getenv(REEXEC_ENV)) { /* we already tried: do not loop */
		close(self);
		errno = ELOOP;
		return -1;
	}
	int mfd = memfd_create("bulkhead-runtime", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	if (mfd < 0) {
		close(self);
		return -1;
	}
	struct stat st;
	if (fstat(self, &st) < 0)
		goto fail;
	for (off_t done = 0; done < st.st_size;) {
		ssize_t n = sendfile(mfd, self, NULL, (size_t)(st.st_size - done));
		if (n <= 0)
			goto fail;
		done += n;
	}
	if (fcntl(mfd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) < 0)
		goto fail;
	close(self);
	setenv(REEXEC_ENV, "1", 1);
	fexecve(mfd, argv, environ);
	int err = errno;
	close(mfd);
	errno = err;
	return -1;
fail:
	err = errno;
	close(self);
	close(mfd);
	errno = err;
	return -1;
}

/* ---- signals ----------------------------------------------------------- */

int rt_parse_signal(const char *s)
{
	if (!*s)
		return -1;
	char *end;
	long n = strtol(s, &end, 10);
	if (!*end)
		return n > 0 && n < NSIG ? (int)n : -1;
	if (!strncasecmp(s, "SIG", 3))
		s += 3;
	static const struct {
		const char *name;
		int sig;
	} names[] = {
		{ "HUP", SIGHUP },   { "INT", SIGINT },       { "QUIT", SIGQUIT },   { "ILL", SIGILL },   { "TRAP", SIGTRAP },
		{ "ABRT", SIGABRT }, { "IOT", SIGIOT },       { "BUS", SIGBUS },     { "FPE", SIGFPE },   { "KILL", SIGKILL },
		{ "USR1", SIGUSR1 }, { "SEGV", SIGSEGV },     { "USR2", SIGUSR2 },   { "PIPE", SIGPIPE }, { "ALRM", SIGALRM },
		{ "TERM", SIGTERM }, { "STKFLT", SIGSTKFLT }, { "CHLD", SIGCHLD },   { "CONT", SIGCONT }, { "STOP", SIGSTOP },
		{ "TSTP", SIGTSTP }, { "TTIN", SIGTTIN },     { "TTOU", SIGTTOU },   { "URG", SIGURG },   { "XCPU", SIGXCPU },
		{ "XFSZ", SIGXFSZ }, { "VTALRM", SIGVTALRM }, { "PROF", SIGPROF },   { "WINCH", SIGWINCH }, { "IO", SIGIO },
		{ "POLL", SIGPOLL }, { "PWR", SIGPWR },       { "SYS", SIGSYS },
	};
	for (size_t i = 0; i < BH_ARRAY_SIZE(names); i++)
		if (!strcasecmp(s, names[i].name))
			return names[i].sig;
	if (!strncasecmp(s, "RTMIN", 5) || !strncasecmp(s, "RTMAX", 5)) {
		int base = toupper((unsigned char)s[2]) == 'M' && toupper((unsigned char)s[3]) == 'I' ? SIGRTMIN : SIGRTMAX;
		if (!s[5])
			return base;
		long off = strtol(s + 5, &end, 10);
		int sig = base + (int)off;
		return !*end && sig >= SIGRTMIN && sig <= SIGRTMAX ? sig : -1;
	}
	return -1;
}

/* Sends sig to the init only if it is still the process we started. */
static int signal_init(const rt_state *st, int sig)
{
	int pfd = (int)syscall(SYS_pidfd_open, st->pid, 0);
	if (pfd < 0)
		return -1;
	int rc = -1;
	if (rt_proc_start_time(st->pid) == st->start_time)
		rc = (int)syscall(SYS_pidfd_send_signal, pfd, sig, NULL, 0);
	else
		errno = ESRCH;
	int err = errno;
	close(pfd);
	errno = err;
	return rc;
}

/* ---- create ------------------------------------------------------------ */

static void reap_quietly(pid_t pid)
{
	if (pid <= 0)
		return;
	kill(pid, SIGKILL);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
}

/* The sync socket closed without a message: say how the process that should
 * have reported ended, so a killed or crashed init is not a mystery. */
static void setup_died(rt_err *e, pid_t stage1, pid_t init)
{
	pid_t who = stage1 > 0 ? stage1 : init;
	int status;
	pid_t r = -1;
	while (who > 0 && (r = waitpid(who, &status, 0)) < 0 && errno == EINTR)
		;
	if (r == who && WIFSIGNALED(status))
		rt_fail(e, 0, "container init exited during setup (%s %d killed by signal %d)",
			who == stage1 ? "setup process" : "init", (int)who, WTERMSIG(status));
	else if (r == who && WIFEXITED(status))
		rt_fail(e, 0, "container init exited during setup (%s %d exited with status %d)",
			who == stage1 ? "setup process" : "init", (int)who, WEXITSTATUS(status));
	else
		rt_fail(e, 0, "container init exited during setup");
}

static int write_pid_file(const char *path, pid_t pid, rt_err *e)
{
	char *tmp = bh_asprintf("%s.tmp.%d", path, (int)getpid());
	FILE *f = fopen(tmp, "we");
	if (!f) {
		rt_fail(e, errno, "writing pid file %s", path);
		free(tmp);
		return -1;
	}
	fprintf(f, "%d", (int)pid);
	int bad = ferror(f);
	if (fclose(f) != 0 || bad || rename(tmp, path) < 0) {
		rt_fail(e, errno, "writing pid file %s", path);
		unlink(tmp);
		free(tmp);
		return -1;
	}
	free(tmp);
	return 0;
}

/* The state JSON hooks read on stdin; status as given, no annotations when
 * short is set (it then has to fit one sync message). */
static char *hook_state(const rt_spec *sp, const char *id, pid_t pid, enum rt_status status, bool short_form)
{
	rt_state st = { .id = (char *)id, .bundle = sp->bundle, .rootfs = sp->root_path, .pid = pid };
	st.created = rt_now_rfc3339();
	if (!short_form) {
		st.ann_keys = sp->ann_keys;
		st.ann_vals = sp->ann_vals;
		st.nann = sp->nann;
	}
	strbuf sb = STRBUF_INIT;
	rt_state_json(&st, status, &sb);
	free(st.created);
	return strbuf_detach(&sb, NULL);
}

/* prestart and createRuntime run here, in the runtime's namespaces; then
 * stage 2 gets the state for createContainer and startContainer. */
static int run_create_hooks(const rt_spec *sp, const char *id, pid_t pid, int sync_fd, rt_err *e)
{
	char *json = hook_state(sp, id, pid, RT_CREATING, false);
	size_t full = strlen(json);
	int rc = 0;
	if (rt_hooks_run(sp, RT_HOOK_PRESTART, json, e) < 0 || rt_hooks_run(sp, RT_HOOK_CREATE_RUNTIME, json, e) < 0)
		rc = -1;
	free(json);
	if (rc < 0)
		return -1;
	json = hook_state(sp, id, pid, RT_CREATING, full >= sizeof(((rt_sync_msg *)0)->text));
	rc = rt_sync_send(sync_fd, RT_SYNC_HOOKS_DONE, 0, json);
	free(json);
	return rc < 0 ? rt_fail(e, errno, "telling the container init the hooks ran") : 0;
}

/* Connects to the --console-socket and passes it the pty master. */
int rt_send_console(const char *path, int master, rt_err *e)
{
	if (!path)
		return rt_fail(e, 0, "the container has a terminal but no --console-socket");
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	if (strlen(path) >= sizeof sa.sun_path)
		return rt_fail(e, 0, "--console-socket %s: path too long", path);
	memcpy(sa.sun_path, path, strlen(path) + 1);
	int s = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (s < 0)
		return rt_fail(e, errno, "socket");
	int rc = 0;
	if (connect(s, (struct sockaddr *)&sa, sizeof sa) < 0)
		rc = rt_fail(e, errno, "connecting to --console-socket %s", path);
	else if (rt_send_fd(s, master, "/dev/ptmx") < 0)
		rc = rt_fail(e, errno, "sending the pty to --console-socket %s", path);
	close(s);
	return rc;
}

/* The body of create: on success *init is the container's init pid. */
static int do_create(const rt_opts *o, const char *id, const rt_create_opts *c, pid_t *init, rt_err *e)
{
	rt_spec sp;
	if (rt_check_id(id, e) < 0 || rt_spec_load(c->bundle ? c->bundle : ".", &sp, e) < 0)
		return -1;
	/* as runc: a terminal needs somewhere to send it, and only a terminal may be sent */
	if (sp.terminal && !c->console_socket) {
		rt_spec_free(&sp);
		return rt_fail(e, 0, "process.terminal is true: use --console-socket to receive the pty");
	}
	if (!sp.terminal && c->console_socket) {
		rt_spec_free(&sp);
		return rt_fail(e, 0, "--console-socket given but process.terminal is false");
	}
	/* --no-cgroup must never drop a limit silently */
	if (o->no_cgroup && rt_cgroup_v2_needed(&sp.res)) {
		rt_spec_free(&sp);
		return rt_fail(e, 0, "--no-cgroup: %s/config.json sets resource limits, which need a cgroup",
			       c->bundle ? c->bundle : ".");
	}
	int dirfd = -1, fifo = -1, sv[2] = { -1, -1 };
	pid_t stage1 = -1, pid = -1;
	bool made_dir = false, made_cgroup = false, hooks_asked = false;
	/* An unprivileged user can only set up a container inside a user
	 * namespace of its own, where it is root. */
	if (rt_rootless() && (!sp.ns[RT_NS_USER].wanted || (!sp.ns[RT_NS_USER].path && !sp.nuid_maps))) {
		rt_spec_free(&sp);
		return rt_fail(e, 0, "rootless (uid %u): %s/config.json has no user namespace with uidMappings and "
				     "gidMappings; add one to linux.namespaces mapping container root to your own uid",
			       (unsigned)geteuid(), c->bundle ? c->bundle : ".");
	}
	char *cgpath = NULL;
	if (rt_rootless()) {
		/* rootless: below the delegated group, or none (see cgroup_rootless.c) */
		if (rt_cgroup_rootless_path(o, &sp, id, &cgpath, e) < 0) {
			rt_spec_free(&sp);
			return -1;
		}
	} else if (!o->no_cgroup) {
		cgpath = rt_cgroup_path_for(&sp, id, o->systemd_cgroup);
		if (o->cgroup_parent && (!sp.cgroups_path || !*sp.cgroups_path)) {
			char *under = bh_asprintf("%s%s", strcmp(o->cgroup_parent, "/") ? o->cgroup_parent : "", cgpath);
			free(cgpath);
			cgpath = under;
		}
	}
	rt_state st = { 0 };
	int rc = -1;

	if (rt_state_dir_open(o, id, true, true, &dirfd, e) < 0)
		goto out;
	made_dir = true;
	if (mkfifoat(dirfd, RT_EXEC_FIFO, 0622) < 0 || fchmodat(dirfd, RT_EXEC_FIFO, 0622, 0) < 0) {
		rt_fail(e, errno, "creating the exec fifo");
		goto out;
	}
	fifo = openat(dirfd, RT_EXEC_FIFO, O_PATH | O_CLOEXEC);
	if (fifo < 0) {
		rt_fail(e, errno, "opening the exec fifo");
		goto out;
	}
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0) {
		rt_fail(e, errno, "socketpair");
		goto out;
	}
	/* The init is our child once stage 1 exits, so a failed create can reap it. */
	prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
	fflush(NULL);
	stage1 = fork();
	if (stage1 < 0) {
		rt_fail(e, errno, "fork");
		goto out;
	}
	if (stage1 == 0) {
		close(sv[0]);
		rt_init_args a = { .sp = &sp, .o = o, .id = id, .sync_fd = sv[1], .fifo_fd = fifo, .console_fd = -1,
				   .no_pivot = c->no_pivot, .cgroup_path = cgpath };
		rt_stage1(&a);
	}
	close(sv[1]);
	sv[1] = -1;
	for (;;) {
		rt_sync_msg m;
		if (rt_sync_recv(sv[0], &m) < 0) {
			setup_died(e, stage1, pid);
			if (stage1 > 0)
				stage1 = -1;
			else
				pid = -1;
			goto out;
		}
		if (m.type == RT_SYNC_ERROR) {
			rt_fail(e, 0, "%s", m.text);
			goto out;
		}
		if (m.type == RT_SYNC_USERMAP) {
			if (m.value && rt_write_id_maps(stage1, sp.uid_maps, sp.nuid_maps, sp.gid_maps, sp.ngid_maps, e) < 0)
				goto out;
			made_cgroup = cgpath != NULL;
			if (cgpath && rt_cgroup_apply(&sp, cgpath, stage1, e) < 0)
				goto out;
			rt_sync_send(sv[0], RT_SYNC_USERMAP_DONE, 0, NULL);
		} else if (m.type == RT_SYNC_PID) {
			pid = m.value;
			int status;
			while (waitpid(stage1, &status, 0) < 0 && errno == EINTR)
				;
			stage1 = -1;
		} else if (m.type == RT_SYNC_CONSOLE) {
			int master = rt_recv_fd(sv[0]);
			if (master < 0) {
				rt_fail(e, errno, "receiving the pty from the container init");
				goto out;
			}
			int rc2 = rt_send_console(c->console_socket, master, e);
			close(master);
			if (rc2 < 0)
				goto out;
		} else if (m.type == RT_SYNC_HOOKS) {
			hooks_asked = true;
		} else if (m.type == RT_SYNC_READY) {
			/* The init closes its end right after READY: wait for that EOF so
			 * that a created container's init holds only its stdio, the exec
			 * fifo and its root, never a half-closed sync socket. */
			char eof;
			while (recv(sv[0], &eof, 1, 0) < 0 && errno == EINTR)
				;
			break;
		}
		/* Stage 2 may ask before stage 1 has told us its pid: answer once both are in. */
		if (hooks_asked && pid > 0) {
			hooks_asked = false;
			if (run_create_hooks(&sp, id, pid, sv[0], e) < 0)
				goto out;
		}
	}
	st.id = bh_strdup(id);
	st.bundle = bh_strdup(sp.bundle);
	st.rootfs = bh_strdup(sp.root_path);
	st.pid = pid;
	st.start_time = rt_proc_start_time(pid);
	st.created = rt_now_rfc3339();
	st.cgroup_path = cgpath ? bh_strdup(cgpath) : NULL;
	st.own_pidns = sp.ns[RT_NS_PID].wanted && !sp.ns[RT_NS_PID].path;
	st.nann = sp.nann;
	st.ann_keys = bh_calloc(sp.nann + 1, sizeof(char *));
	st.ann_vals = bh_calloc(sp.nann + 1, sizeof(char *));
	for (size_t i = 0; i < sp.nann; i++) {
		st.ann_keys[i] = bh_strdup(sp.ann_keys[i]);
		st.ann_vals[i] = bh_strdup(sp.ann_vals[i]);
	}
	if (!st.start_time) {
		rt_fail(e, 0, "container init exited during setup");
		goto out;
	}
	if (rt_state_write(dirfd, &st, e) < 0)
		goto out;
	if (c->pid_file && write_pid_file(c->pid_file, pid, e) < 0)
		goto out;
	rt_log_debug(o, "created container %s, init pid %d", id, (int)pid);
	*init = pid;
	rc = 0;
out:
	if (rc < 0) {
		reap_quietly(stage1);
		reap_quietly(pid);
		if (made_cgroup) {
			rt_cgroup_signal_all(cgpath, SIGKILL);
			rt_cgroup_destroy(cgpath);
		}
		if (made_dir)
			rt_state_remove(o, id);
	}
	if (sv[0] >= 0)
		close(sv[0]);
	if (sv[1] >= 0)
		close(sv[1]);
	if (fifo >= 0)
		close(fifo);
	if (dirfd >= 0)
		close(dirfd);
	rt_state_free(&st);
	free(cgpath);
	rt_spec_free(&sp);
	return rc;
}

int rt_create(const rt_opts *o, const char *id, const rt_create_opts *c)
{
	rt_err e;
	pid_t pid;
	if (do_create(o, id, c, &pid, &e) < 0) {
		rt_log_error(o, "%s", e.msg);
		return 1;
	}
	return 0;
}

/* ---- start ------------------------------------------------------------- */

/* poststart and poststop: the bundle's config is read again (runc keeps it in
 * its state; the bundle must outlive the container either way). A failure
 * is a warning: the container has already started or stopped. */
static void run_late_hooks(const rt_opts *o, const rt_state *st, int kind, enum rt_status status)
{
	rt_spec sp;
	rt_err e;
	if (!st->bundle || rt_spec_load(st->bundle, &sp, &e) < 0) {
		rt_log_debug(o, "%s hooks skipped: %s", rt_hook_name(kind), st->bundle ? e.msg : "no bundle");
		return;
	}
	if (sp.nhooks[kind]) {
		strbuf sb = STRBUF_INIT;
		rt_state_json(st, status, &sb);
		if (rt_hooks_run(&sp, kind, sb.buf, &e) < 0)
			rt_log_warn(o, "%s", e.msg);
		strbuf_release(&sb);
	}
	rt_spec_free(&sp);
}

static int do_start(const rt_opts *o, const char *id, rt_err *e)
{
	int dirfd;
	if (rt_state_dir_open(o, id, false, true, &dirfd, e) < 0)
		return -1;
	rt_state st;
	if (rt_state_read(dirfd, id, &st, e) < 0) {
		close(dirfd);
		return -1;
	}
	int rc = -1;
	enum rt_status s = rt_status_of(dirfd, &st);
	if (s != RT_CREATED) {
		rt_fail(e, 0, "cannot start a container that is %s (only a created container can be started)", rt_status_name(s));
		goto out;
	}
	int fd = openat(dirfd, RT_EXEC_FIFO, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		rt_fail(e, errno, "opening the exec fifo");
		goto out;
	}
	/* Our open woke the init; it writes one byte, then execs the process. */
	for (;;) {
		char b;
		ssize_t n = read(fd, &b, 1);
		if (n == 1)
			break;
		if (n < 0 && errno != EAGAIN && errno != EINTR) {
			rt_fail(e, errno, "reading the exec fifo");
			close(fd);
			goto out;
		}
		if (rt_proc_start_time(st.pid) != st.start_time) {
			rt_fail(e, 0, "container init died before start");
			close(fd);
			goto out;
		}
		struct pollfd p = { .fd = fd, .events = POLLIN };
		if (poll(&p, 1, 50) > 0 && !(p.revents & POLLIN)) {
			struct timespec ts = { 0, 5 * 1000 * 1000 };
			nanosleep(&ts, NULL);
		}
	}
	close(fd);
	unlinkat(dirfd, RT_EXEC_FIFO, 0);
	run_late_hooks(o, &st, RT_HOOK_POSTSTART, RT_RUNNING);
	rc = 0;
out:
	rt_state_free(&st);
	close(dirfd);
	return rc;
}

int rt_start(const rt_opts *o, const char *id)
{
	rt_err e;
	if (do_start(o, id, &e) < 0) {
		rt_log_error(o, "%s", e.msg);
		return 1;
	}
	return 0;
}

/* ---- state, kill, delete ----------------------------------------------- */

int rt_state_cmd(const rt_opts *o, const char *id)
{
	rt_err e;
	int dirfd;
	if (rt_state_dir_open(o, id, false, false, &dirfd, &e) < 0) {
		rt_log_error(o, "%s", e.msg);
		return 1;
	}
	rt_state st;
	if (rt_state_read(dirfd, id, &st, &e) < 0) {
		close(dirfd);
		rt_log_error(o, "%s", e.msg);
		return 1;
	}
	strbuf sb = STRBUF_INIT;
	rt_state_json(&st, rt_status_of(dirfd, &st), &sb);
	fputs(sb.buf, stdout);
	strbuf_release(&sb);
	rt_state_free(&st);
	close(dirfd);
	return 0;
}

static int kill_container(const rt_state *st, int sig, bool all)
{
	/* Without its own pid namespace, the init's death does not end the others. */
	if (all || !st->own_pidns) {
		if (st->cgroup_path && rt_cgroup_signal_all(st->cgroup_path, sig) > 0)
			return 0;
	}
	return signal_init(st, sig);
}

int rt_kill(const rt_opts *o, const char *id, const char *signame, bool all)
{
	rt_err e;
	int sig = rt_parse_signal(signame ? signame : "TERM");
	if (sig < 0) {
		rt_log_error(o, "unknown signal \"%s\"", signame);
		return 1;
	}
	int dirfd;
	if (rt_state_dir_open(o, id, false, false, &dirfd, &e) < 0) {
		rt_log_error(o, "%s", e.msg);
		return 1;
	}
	rt_state st;
	if (rt_state_read(dirfd, id, &st, &e) < 0) {
		close(dirfd);
		rt_log_error(o, "%s", e.msg);
		return 1;
	}
	int rc = 0;
	if (rt_status_of(dirfd, &st) == RT_STOPPED) {
		rt_log_error(o, "container \"%s\" is not running", id);
		rc = 1;
	} else if (all ? kill_container(&st, sig, true) < 0 && signal_init(&st, sig) < 0 : signal_init(&st, sig) < 0) {
		rt_log_error(o, "signalling container \"%s\": %s", id, strerror(errno));
		rc = 1;
	}
	rt_state_free(&st);
	close(dirfd);
	return rc;
}

static void wait_stopped(int dirfd, const rt_state *st)
{
	for (int i = 0; i < 500 && rt_status_of(dirfd, st) != RT_STOPPED; i++) {
		waitpid(st->pid, NULL, WNOHANG);
		struct timespec ts = { 0, 10 * 1000 * 1000 };
		nanosleep(&ts, NULL);
	}
}

static int do_delete(const rt_opts *o, const char *id, bool force, rt_err *e)
{
	int dirfd;
	if (rt_state_dir_open(o, id, false, true, &dirfd, e) < 0)
		return -1;
	rt_state st;
	if (rt_state_read(dirfd, id, &st, e) < 0) {
		/* A directory without state is what an interrupted create leaves. */
		if (faccessat(dirfd, RT_STATE_FILE, F_OK, 0) < 0 && errno == ENOENT) {
			close(dirfd);
			rt_state_remove(o, id);
			return 0;
		}
		close(dirfd);
		return -1;
	}
	enum rt_status s = rt_status_of(dirfd, &st);
	if ((s == RT_RUNNING || s == RT_PAUSED) && !force) {
		rt_fail(e, 0, "cannot delete container \"%s\" that is not stopped: %s (use --force)", id, rt_status_name(s));
		rt_state_free(&st);
		close(dirfd);
		return -1;
	}
	if (s != RT_STOPPED) {
		kill_container(&st, SIGKILL, true);
		signal_init(&st, SIGKILL);
		/* frozen tasks only die once thawed */
		if (s == RT_PAUSED) {
			rt_err ignored;
			rt_cgroup_freeze(st.cgroup_path, false, &ignored);
		}
		wait_stopped(dirfd, &st);
	} else if (!st.own_pidns && st.cgroup_path) {
		rt_cgroup_signal_all(st.cgroup_path, SIGKILL);
	}
	rt_cgroup_destroy(st.cgroup_path);
	run_late_hooks(o, &st, RT_HOOK_POSTSTOP, RT_STOPPED);
	rt_state_remove(o, id);
	rt_state_free(&st);
	close(dirfd);
	return 0;
}

int rt_delete(const rt_opts *o, const char *id, bool force)
{
	rt_err e;
	if (do_delete(o, id, force, &e) < 0) {
		rt_log_error(o, "%s", e.msg);
		return 1;
	}
	return 0;
}

/* ---- run --------------------------------------------------------------- */

int rt_run(const rt_opts *o, const char *id, const rt_create_opts *c, bool detach)
{
	rt_err e;
	pid_t pid;
	if (do_create(o, id, c, &pid, &e) < 0) {
		rt_log_error(o, "%s", e.msg);
		return 1;
	}
	sigset_t all, old;
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	if (do_start(o, id, &e) < 0) {
		rt_log_error(o, "%s", e.msg);
		rt_err ignored;
		do_delete(o, id, true, &ignored);
		sigprocmask(SIG_SETMASK, &old, NULL);
		return 1;
	}
	if (detach) {
		sigprocmask(SIG_SETMASK, &old, NULL);
		return 0;
	}
	/* Forward signals to the container; reap until the init is gone. */
	int status = 0;
	for (;;) {
		pid_t r;
		bool done = false;
		while ((r = waitpid(-1, &status, WNOHANG)) > 0)
			if (r == pid) {
				done = true;
				break;
			}
		if (done)
			break;
		if (r < 0 && errno == ECHILD) {
			status = 255 << 8;
			break;
		}
		siginfo_t si;
		struct timespec ts = { 1, 0 };
		int sig = sigtimedwait(&all, &si, &ts);
		if (sig <= 0 || sig == SIGCHLD)
			continue;
		if (sig == SIGKILL || sig == SIGSTOP || sig == SIGWINCH || sig == SIGURG || sig == SIGPIPE)
			continue;
		kill(pid, sig);
	}
	int code = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 255;
	do_delete(o, id, true, &e);
	sigprocmask(SIG_SETMASK, &old, NULL);
	return code;
}

/* ---- list and features ------------------------------------------------- */

/* Weak, so that the statically linked bulkhead-runtime (which bulkhead runs
 * only for create, run and exec) does not take in glibc's NSS and dynamic
 * loader with it; there, and only there, the owner column stays empty. */
#pragma weak getpwuid

int rt_list(const rt_opts *o, bool json, bool quiet)
{
	DIR *d = opendir(o->root);
	strbuf sb = STRBUF_INIT;
	jsonw w;
	if (json) {
		jsonw_init(&w, &sb, false);
		jsonw_arr_open(&w);
	} else if (!quiet) {
		strbuf_addf(&sb, "%-20s %-8s %-10s %-40s %-31s %s\n", "ID", "PID", "STATUS", "BUNDLE", "CREATED", "OWNER");
	}
	struct dirent *de;
	while (d && (de = readdir(d))) {
		rt_err e;
		if (de->d_name[0] == '.' || rt_check_id(de->d_name, &e) < 0)
			continue;
		int dirfd;
		if (rt_state_dir_open(o, de->d_name, false, false, &dirfd, &e) < 0)
			continue;
		rt_state st;
		if (rt_state_read(dirfd, de->d_name, &st, &e) == 0) {
			enum rt_status s = rt_status_of(dirfd, &st);
			struct stat dst;
			uid_t owner = fstat(dirfd, &dst) == 0 ? dst.st_uid : 0;
			struct passwd *pw = getpwuid ? getpwuid(owner) : NULL;
			if (json) {
				jsonw_obj_open(&w);
				jsonw_kstr(&w, "ociVersion", "1.2.0");
				jsonw_kstr(&w, "id", st.id);
				jsonw_kint(&w, "pid", s == RT_STOPPED ? 0 : st.pid);
				jsonw_kstr(&w, "status", rt_status_name(s));
				jsonw_kstr(&w, "bundle", st.bundle);
				jsonw_kstr(&w, "rootfs", st.rootfs);
				jsonw_kstr(&w, "created", st.created);
				jsonw_kstr(&w, "owner", pw ? pw->pw_name : "");
				jsonw_obj_close(&w);
			} else if (quiet) {
				strbuf_addf(&sb, "%s\n", st.id);
			} else {
				strbuf_addf(&sb, "%-20s %-8d %-10s %-40s %-31s %s\n", st.id, s == RT_STOPPED ? 0 : (int)st.pid,
					    rt_status_name(s), st.bundle ? st.bundle : "", st.created ? st.created : "",
					    pw ? pw->pw_name : "");
			}
			rt_state_free(&st);
		}
		close(dirfd);
	}
	if (d)
		closedir(d);
	if (json) {
		jsonw_arr_close(&w);
		strbuf_addch(&sb, '\n');
	}
	fputs(sb.buf, stdout);
	strbuf_release(&sb);
	return 0;
}

int rt_features(const rt_opts *o)
{
	(void)o;
	strbuf sb = STRBUF_INIT;
	jsonw w;
	jsonw_init(&w, &sb, true);
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "ociVersionMin", "1.0.0");
	jsonw_kstr(&w, "ociVersionMax", "1.2.0");
	jsonw_key(&w, "hooks");
	jsonw_arr_open(&w);
	jsonw_arr_close(&w);
	jsonw_key(&w, "mountOptions");
	jsonw_arr_open(&w);
	static const char *const mopts[] = {
		"async", "atime", "bind", "defaults", "dev", "diratime", "dirsync", "exec", "loud", "mand", "noatime",
		"nodev", "nodiratime", "noexec", "nomand", "norelatime", "nostrictatime", "nosuid", "private", "rbind",
		"relatime", "ro", "rprivate", "rshared", "rslave", "runbindable", "rw", "shared", "silent", "slave",
		"strictatime", "suid", "sync", "unbindable",
	};
	for (size_t i = 0; i < BH_ARRAY_SIZE(mopts); i++)
		jsonw_str(&w, mopts[i]);
	jsonw_arr_close(&w);
	jsonw_key(&w, "linux");
	jsonw_obj_open(&w);
	jsonw_key(&w, "namespaces");
	jsonw_arr_open(&w);
	static const char *const ns[] = { "cgroup", "ipc", "mount", "network", "pid", "user", "uts" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(ns); i++)
		jsonw_str(&w, ns[i]);
	jsonw_arr_close(&w);
	jsonw_key(&w, "capabilities");
	jsonw_arr_open(&w);
	int last = rt_cap_last();
	for (int c = 0; c <= last; c++) {
		char *name = rt_cap_name(c);
		jsonw_str(&w, name);
		free(name);
	}
	jsonw_arr_close(&w);
	jsonw_key(&w, "cgroup");
	jsonw_obj_open(&w);
	jsonw_kbool(&w, "v1", true);
	jsonw_kbool(&w, "v2", true);
	jsonw_kbool(&w, "systemd", false);
	jsonw_kbool(&w, "systemdUser", false);
	jsonw_kbool(&w, "rdma", false);
	jsonw_obj_close(&w);
	jsonw_key(&w, "seccomp");
	jsonw_obj_open(&w);
	jsonw_kbool(&w, "enabled", true);
	const char *const *lists[] = { rt_seccomp_action_names, rt_seccomp_op_names, rt_seccomp_arch_names };
	const char *keys[] = { "actions", "operators", "archs" };
	for (int l = 0; l < 3; l++) {
		jsonw_key(&w, keys[l]);
		jsonw_arr_open(&w);
		for (const char *const *s = lists[l]; *s; s++)
			jsonw_str(&w, *s);
		jsonw_arr_close(&w);
	}
	jsonw_key(&w, "knownFlags");
	jsonw_arr_open(&w);
	jsonw_str(&w, "SECCOMP_FILTER_FLAG_TSYNC");
	jsonw_str(&w, "SECCOMP_FILTER_FLAG_LOG");
	jsonw_str(&w, "SECCOMP_FILTER_FLAG_SPEC_ALLOW");
	jsonw_arr_close(&w);
	jsonw_key(&w, "supportedFlags");
	jsonw_arr_open(&w);
	jsonw_str(&w, "SECCOMP_FILTER_FLAG_LOG");
	jsonw_str(&w, "SECCOMP_FILTER_FLAG_SPEC_ALLOW");
	jsonw_arr_close(&w);
	jsonw_obj_close(&w);
	jsonw_key(&w, "apparmor");
	jsonw_obj_open(&w);
	jsonw_kbool(&w, "enabled", false);
	jsonw_obj_close(&w);
	jsonw_key(&w, "selinux");
	jsonw_obj_open(&w);
	jsonw_kbool(&w, "enabled", false);
	jsonw_obj_close(&w);
	jsonw_key(&w, "intelRdt");
	jsonw_obj_open(&w);
	jsonw_kbool(&w, "enabled", false);
	jsonw_obj_close(&w);
	jsonw_key(&w, "mountExtensions");
	jsonw_obj_open(&w);
	jsonw_key(&w, "idmap");
	jsonw_obj_open(&w);
	jsonw_kbool(&w, "enabled", false);
	jsonw_obj_close(&w);
	jsonw_obj_close(&w);
	jsonw_obj_close(&w);
	jsonw_key(&w, "annotations");
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "org.bulkhead.version",  BULKHEAD_VERSION);
	jsonw_obj_close(&w);
	jsonw_obj_close(&w);
	strbuf_addch(&sb, '\n');
	fputs(sb.buf, stdout);
	strbuf_release(&sb);
	return 0;
}
