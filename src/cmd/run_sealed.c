/* How `bulkhead run` hands its prepared bundle to the sealed runtime.
 *
 * The container is created and run by `bulkhead runtime run`, executed from a
 * sealed memfd (runtime_sealed.c) in a child of this process, never by the
 * bulkhead process itself: bulkhead is the host binary, and a process in the
 * container that reached it through /proc/PID/exe during setup could
 * overwrite it (CVE-2019-5736). The child runs nothing else of bulkhead.
 *
 * This process stays as the parent because the run is not over when the
 * container exits: the bundle (whose files belong to the container's ids)
 * and, if the runtime died before it could, the state must still go, and
 * only bulkhead knows about the bundle. The parent does no more than:
 *  - forward the signals sent to it to the runtime, which forwards them to
 *    the container's process as `runtime run` always does. A signal from the
 *    terminal (si_code SI_KERNEL) is not forwarded: the terminal sends it to
 *    the whole foreground process group, which the runtime and the container
 *    share with this process, so they have it already;
 *  - return the runtime's status, which is the container's (128+N when the
 *    runtime itself was killed by signal N);
 *  - delete the container (--force) when the runtime left its state behind,
 *    which kills what is left of it.
 * Standard input, output and error, the terminal and the process group are
 * the child's unchanged, so a container reading the terminal works as before. */
#include "cmd/run_sealed.h"
#include "cmd/runtime_sealed.h"
#include "runtime/runtime.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static bool state_left(const run_sealed_opts *o)
{
	int rootfd = open(o->root, O_DIRECTORY | O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (rootfd < 0)
		return false;
	bool left = faccessat(rootfd, o->id, F_OK, AT_SYMLINK_NOFOLLOW) == 0;
	close(rootfd);
	return left;
}

int run_sealed(const run_sealed_opts *o)
{
	const char *argv[16];
	size_t n = 0;
	argv[n++] = "bulkhead";
	argv[n++] = "runtime";
	argv[n++] = "--root";
	argv[n++] = o->root;
	if (o->no_cgroup)
		argv[n++] = "--no-cgroup";
	else if (o->cgroup_parent) {
		argv[n++] = "--cgroup-parent";
		/* a delegated group at the hierarchy's root is "" (runtime: "/") */
		argv[n++] = *o->cgroup_parent ? o->cgroup_parent : "/";
	}
	argv[n++] = "run";
	argv[n++] = "--bundle";
	argv[n++] = o->bundle;
	argv[n++] = o->id;
	argv[n] = NULL;

	sigset_t all, old;
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	fflush(NULL);
	pid_t child = fork();
	if (child < 0) {
		fprintf(stderr, "bulkhead run: fork: %s\n", strerror(errno));
		sigprocmask(SIG_SETMASK, &old, NULL);
		return 1;
	}
	if (child == 0) {
		/* Every signal stays blocked across the exec: one forwarded before
		 * the runtime waits for them stays pending until it does, and is
		 * then passed on to the container (the container's own process
		 * starts with none blocked). */
		runtime_enter_sealed((char **)argv);
		fprintf(stderr, "bulkhead run: executing the sealed runtime: %s\n", strerror(errno));
		_exit(1);
	}
	int status = 0;
	for (;;) {
		pid_t r = waitpid(child, &status, WNOHANG);
		if (r == child)
			break;
		if (r < 0 && errno != EINTR) {
			fprintf(stderr, "bulkhead run: waiting for the runtime: %s\n", strerror(errno));
			status = 1 << 8;
			break;
		}
		siginfo_t si;
		struct timespec ts = { 1, 0 };
		int sig = sigtimedwait(&all, &si, &ts);
		if (sig <= 0 || sig == SIGCHLD || si.si_code == SI_KERNEL)
			continue;
		kill(child, sig);
	}
	int code = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 255;
	if (state_left(o)) {
		rt_opts ro = { .root = o->root, .no_cgroup = o->no_cgroup, .cgroup_parent = o->cgroup_parent };
		rt_delete(&ro, o->id, true);
	}
	/* what arrived after the container was gone has no one to go to */
	struct timespec now = { 0, 0 };
	siginfo_t si;
	while (sigtimedwait(&all, &si, &now) > 0)
		;
	sigprocmask(SIG_SETMASK, &old, NULL);
	return code;
}
