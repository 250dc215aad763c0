/* Seccomp probe for tests/runtime/seccomp.sh: makes each syscall of a list
 * with harmless or invalid arguments, each in a child of its own (so that a
 * call that succeeds, like unshare, changes nothing for the next), and
 * prints one line per call: "NAME ok", "NAME E<errno name>" or
 * "NAME signal N". Built with `gcc -static` so it runs in any image. An
 * allowed call fails with EFAULT, EBADF, EINVAL... from the kernel; a call
 * the filter refuses fails with EPERM (or the errno the profile names). */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef __NR_clone3
#define __NR_clone3 435
#endif
#ifndef __NR_io_uring_setup
#define __NR_io_uring_setup 425
#endif
#ifndef __NR_io_uring_enter
#define __NR_io_uring_enter 426
#endif
#ifndef __NR_io_uring_register
#define __NR_io_uring_register 427
#endif
#ifndef __NR_open_tree
#define __NR_open_tree 428
#endif
#ifndef __NR_move_mount
#define __NR_move_mount 429
#endif
#ifndef __NR_fsopen
#define __NR_fsopen 430
#endif
#ifndef __NR_fsconfig
#define __NR_fsconfig 431
#endif
#ifndef __NR_fsmount
#define __NR_fsmount 432
#endif
#ifndef __NR_fspick
#define __NR_fspick 433
#endif
#ifndef __NR_pidfd_getfd
#define __NR_pidfd_getfd 438
#endif
#ifndef __NR_process_madvise
#define __NR_process_madvise 440
#endif
#ifndef __NR_mount_setattr
#define __NR_mount_setattr 442
#endif
#ifndef __NR_quotactl_fd
#define __NR_quotactl_fd 443
#endif

#define BADP ((long)1) /* a pointer the kernel cannot read: EFAULT when the call gets that far */

typedef struct call {
	const char *name;
	long nr;
	long a[6];
} call;

static const call calls[] = {
	/* what Docker's default profile refuses */
	{ "mount", __NR_mount, { 0, 0, 0, 0, 0 } },
	{ "umount2", __NR_umount2, { BADP, 0 } },
	{ "unshare-user", __NR_unshare, { CLONE_NEWUSER } },
	{ "unshare-mnt", __NR_unshare, { CLONE_NEWNS } },
	{ "setns", __NR_setns, { -1, 0 } },
	{ "clone-newuser", __NR_clone, { CLONE_NEWUSER | SIGCHLD, 0, 0, 0, 0 } },
	{ "clone-newns", __NR_clone, { CLONE_NEWNS | SIGCHLD, 0, 0, 0, 0 } },
	{ "clone3", __NR_clone3, { 0, 0 } },
	{ "keyctl", __NR_keyctl, { -1, 0, 0, 0, 0 } },
	{ "add_key", __NR_add_key, { 0, 0, 0, 0, 0 } },
	{ "request_key", __NR_request_key, { 0, 0, 0, 0 } },
	{ "bpf", __NR_bpf, { -1, 0, 0 } },
	{ "perf_event_open", __NR_perf_event_open, { 0, 0, -1, -1, 0 } },
	{ "ptrace", __NR_ptrace, { 0x7fffffff, 0, 0, 0 } },
	{ "process_vm_readv", __NR_process_vm_readv, { 0, 0, 0, 0, 0, 0 } },
	{ "kcmp", __NR_kcmp, { 0, 0, -1, 0, 0 } },
	{ "pidfd_getfd", __NR_pidfd_getfd, { -1, -1, 0 } },
	{ "process_madvise", __NR_process_madvise, { -1, 0, 0, 0, 0 } },
	{ "kexec_load", __NR_kexec_load, { 0, 0, 0, 0xffffffff } },
	{ "kexec_file_load", __NR_kexec_file_load, { -1, -1, 0, 0, 0xffff } },
	{ "init_module", __NR_init_module, { 0, 0, 0 } },
	{ "finit_module", __NR_finit_module, { -1, 0, 0 } },
	{ "delete_module", __NR_delete_module, { 0, 0 } },
	{ "reboot", __NR_reboot, { 0, 0, 0, 0 } },
	{ "swapon", __NR_swapon, { 0, 0 } },
	{ "swapoff", __NR_swapoff, { 0 } },
	{ "acct", __NR_acct, { BADP } },
	{ "settimeofday", __NR_settimeofday, { BADP, 0 } },
	{ "clock_settime", __NR_clock_settime, { CLOCK_REALTIME, BADP } },
	{ "adjtimex", __NR_adjtimex, { BADP } },
	{ "clock_adjtime", __NR_clock_adjtime, { CLOCK_REALTIME, BADP } },
	{ "open_by_handle_at", __NR_open_by_handle_at, { -1, 0, 0 } },
	{ "name_to_handle_at", __NR_name_to_handle_at, { -1, 0, 0, 0, 0 } },
	{ "userfaultfd", __NR_userfaultfd, { -1 } },
	{ "lookup_dcookie", __NR_lookup_dcookie, { 0, 0, 0 } },
	{ "quotactl", __NR_quotactl, { 0, 0, 0, 0 } },
	{ "quotactl_fd", __NR_quotactl_fd, { -1, 0, 0, 0 } },
	{ "pivot_root", __NR_pivot_root, { 0, 0 } },
	{ "chroot", __NR_chroot, { BADP } },
	{ "personality-noaslr", __NR_personality, { 0x0040000 } },
	{ "io_uring_setup", __NR_io_uring_setup, { 0, 0 } },
	{ "io_uring_enter", __NR_io_uring_enter, { -1, 0, 0, 0, 0, 0 } },
	{ "io_uring_register", __NR_io_uring_register, { -1, 0, 0, 0 } },
	{ "iopl", __NR_iopl, { 0 } },
	{ "ioperm", __NR_ioperm, { 0, 0, 0 } },
	{ "modify_ldt", __NR_modify_ldt, { 0, 0, 0 } },
	{ "syslog", __NR_syslog, { 10, 0, 0 } },
	{ "sethostname", __NR_sethostname, { BADP, 1 } },
	{ "setdomainname", __NR_setdomainname, { BADP, 1 } },
	{ "fanotify_init", __NR_fanotify_init, { 0xffffffff, 0 } },
	{ "open_tree", __NR_open_tree, { -1, 0, 0 } },
	{ "move_mount", __NR_move_mount, { -1, 0, -1, 0, 0 } },
	{ "fsopen", __NR_fsopen, { 0, 0 } },
	{ "fsconfig", __NR_fsconfig, { -1, 0, 0, 0, 0 } },
	{ "fsmount", __NR_fsmount, { -1, 0, 0 } },
	{ "fspick", __NR_fspick, { -1, 0, 0 } },
	{ "mount_setattr", __NR_mount_setattr, { -1, 0, 0, 0, 0 } },
	{ "get_mempolicy", __NR_get_mempolicy, { 0, 0, 0, 0, 0 } },
	{ "set_mempolicy", __NR_set_mempolicy, { -1, 0, 0 } },
	{ "mbind", __NR_mbind, { 0, 0, -1, 0, 0, 0 } },
	{ "move_pages", __NR_move_pages, { 0, 0, 0, 0, 0, 0 } },
	{ "migrate_pages", __NR_migrate_pages, { -1, 0, 0, 0 } },
	{ "uselib", __NR_uselib, { BADP } },
	{ "ustat", __NR_ustat, { 0, 0 } },
	{ "sysfs", __NR_sysfs, { -1, 0, 0 } },
	{ "_sysctl", __NR__sysctl, { 0 } },
	{ "vsock", __NR_socket, { 40, SOCK_STREAM, 0 } },
	/* what ordinary programs need */
	{ "getpid", __NR_getpid, { 0 } },
	{ "read", __NR_read, { -1, 0, 0 } },
	{ "openat", __NR_openat, { -100, BADP, 0 } },
	{ "clone-plain", __NR_clone, { SIGCHLD, 0, 0, 0, 0 } },
	{ "socket-inet", __NR_socket, { 2, SOCK_DGRAM, 0 } },
	{ "socket-unix", __NR_socket, { 1, SOCK_STREAM, 0 } },
	{ "personality-query", __NR_personality, { 0xffffffff } },
	{ "mkdirat", __NR_mkdirat, { -100, BADP, 0 } },
	{ "prctl", __NR_prctl, { 3, 0, 0, 0, 0 } },
	{ "pidfd_open", __NR_pidfd_open, { -1, 0 } },
	{ "memfd_create", __NR_memfd_create, { BADP, 0 } },
	{ "getrandom", __NR_getrandom, { 0, 0, 0 } },
	{ "membarrier", __NR_membarrier, { 0, 0, 0 } },
};

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (size_t i = 0; i < sizeof calls / sizeof calls[0]; i++) {
		const call *c = &calls[i];
		pid_t pid = fork();
		if (pid < 0) {
			perror("fork");
			return 1;
		}
		if (pid == 0) {
			pid_t self = getpid();
			long r = syscall(c->nr, c->a[0], c->a[1], c->a[2], c->a[3], c->a[4], c->a[5]);
			int e = errno;
			if (getpid() != self)
				_exit(0); /* the new process of a clone that worked */
			_exit(r < 0 ? (e & 0xff) : 0);
		}
		int st;
		while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
			;
		while (waitpid(-1, NULL, WNOHANG) > 0)
			;
		if (WIFSIGNALED(st))
			printf("%s signal %d\n", c->name, WTERMSIG(st));
		else if (WEXITSTATUS(st) == 0)
			printf("%s ok\n", c->name);
		else
			printf("%s %s\n", c->name, strerrorname_np(WEXITSTATUS(st)) ? strerrorname_np(WEXITSTATUS(st)) : "?");
	}
	return 0;
}
