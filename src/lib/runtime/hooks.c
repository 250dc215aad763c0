/* OCI hooks: each one is a program run with the container's state JSON on
 * its standard input. A hook that exits non-zero, dies, or outlives its
 * timeout fails the step it belongs to (see the callers for which steps
 * only warn, as the spec asks for poststart and poststop). */
#include "runtime/rt_int.h"
#include "core/util.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int run_one(const rt_hook *h, const char *state_json, rt_err *e)
{
	int in[2];
	if (pipe2(in, O_CLOEXEC) < 0)
		return rt_fail(e, errno, "hook %s: pipe", h->path);
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		close(in[0]);
		close(in[1]);
		return rt_fail(e, errno, "hook %s: fork", h->path);
	}
	if (pid == 0) {
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		if (dup2(in[0], 0) < 0)
			_exit(126);
		/* The hook's output must not reach whoever reads ours (a shim parses it). */
		int devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
		if (devnull >= 0)
			dup2(devnull, 1);
		char *const noargs[] = { h->path, NULL };
		char *const noenv[] = { NULL };
		execve(h->path, h->nargs ? h->args : noargs, h->nenv ? h->env : noenv);
		_exit(127);
	}
	close(in[0]);
	/* The state is small (a few KiB); a hook that never reads it must not block us. */
	signal(SIGPIPE, SIG_IGN);
	size_t len = strlen(state_json);
	for (size_t off = 0; off < len;) {
		ssize_t n = write(in[1], state_json + off, len - off);
		if (n <= 0)
			break;
		off += (size_t)n;
	}
	close(in[1]);
	struct timespec start;
	clock_gettime(CLOCK_MONOTONIC, &start);
	int status;
	for (;;) {
		pid_t r = waitpid(pid, &status, WNOHANG);
		if (r == pid)
			break;
		if (r < 0 && errno != EINTR)
			return rt_fail(e, errno, "hook %s: waiting", h->path);
		struct timespec now;
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (h->timeout > 0 && now.tv_sec - start.tv_sec >= h->timeout) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			return rt_fail(e, 0, "hook %s: timed out after %lld s", h->path, (long long)h->timeout);
		}
		struct timespec ts = { 0, 2 * 1000 * 1000 };
		nanosleep(&ts, NULL);
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	if (WIFEXITED(status))
		return rt_fail(e, 0, "hook %s: exit status %d", h->path, WEXITSTATUS(status));
	return rt_fail(e, 0, "hook %s: killed by signal %d", h->path, WTERMSIG(status));
}

int rt_hooks_run(const rt_spec *sp, int kind, const char *state_json, rt_err *e)
{
	for (size_t i = 0; i < sp->nhooks[kind]; i++)
		if (run_one(&sp->hooks[kind][i], state_json, e) < 0) {
			char msg[sizeof e->msg];
			snprintf(msg, sizeof msg, "%s", e->msg);
			return rt_fail(e, 0, "%s hook: %s", rt_hook_name(kind), msg);
		}
	return 0;
}
