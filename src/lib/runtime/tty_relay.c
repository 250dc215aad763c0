/* `exec --tty` in the foreground without --console-socket, as runc does on a
 * terminal: the caller's terminal goes raw (the container's pty does the line
 * editing, echo and signal keys), takes the caller's window size and follows
 * its changes (SIGWINCH), and bytes are copied both ways until the process
 * has exited and its output is drained; the terminal is then restored. */
#include "runtime/rt_int.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static void copy_size(int master)
{
	struct winsize ws;
	if (ioctl(STDIN_FILENO, TIOCGWINSZ, &ws) == 0 || ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0)
		ioctl(master, TIOCSWINSZ, &ws);
}

/* false once the destination is gone (the reader left, the pty closed) */
static bool write_all(int fd, const char *buf, size_t n)
{
	while (n) {
		ssize_t w = write(fd, buf, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		buf += w;
		n -= (size_t)w;
	}
	return true;
}

int rt_tty_relay(int master, pid_t pid, const sigset_t *sigs)
{
	struct termios saved;
	bool restore = tcgetattr(STDIN_FILENO, &saved) == 0;
	if (restore) {
		struct termios raw = saved;
		cfmakeraw(&raw);
		tcsetattr(STDIN_FILENO, TCSANOW, &raw);
	}
	copy_size(master);
	int status = 0;
	bool exited = false;
	int in_fd = STDIN_FILENO, out_fd = master;
	char buf[16384];
	for (;;) {
		struct pollfd p[2] = { { out_fd, POLLIN, 0 }, { in_fd, POLLIN, 0 } };
		/* once the process is gone, only what it already wrote is read */
		int n = poll(p, 2, exited ? 0 : 100);
		if (n < 0 && errno != EINTR)
			break;
		if (n > 0 && (p[0].revents & (POLLIN | POLLHUP | POLLERR))) {
			ssize_t r = read(master, buf, sizeof buf);
			/* EIO: every holder of the slave has closed it */
			if ((r <= 0 && !(r < 0 && errno == EINTR)) || !write_all(STDOUT_FILENO, buf, (size_t)r))
				out_fd = -1;
		}
		if (n > 0 && (p[1].revents & (POLLIN | POLLHUP | POLLERR))) {
			ssize_t r = read(STDIN_FILENO, buf, sizeof buf);
			if ((r <= 0 && !(r < 0 && errno == EINTR)) || !write_all(master, buf, (size_t)r))
				in_fd = -1;
		}
		if (exited && (n == 0 || out_fd < 0))
			break;
		if (!exited) {
			pid_t w = waitpid(pid, &status, WNOHANG);
			if (w == pid || (w < 0 && errno != EINTR)) {
				if (w < 0)
					status = 255 << 8;
				exited = true;
			}
		}
		siginfo_t si;
		struct timespec zero = { 0, 0 };
		int sig;
		while ((sig = sigtimedwait(sigs, &si, &zero)) > 0) {
			if (sig == SIGWINCH)
				copy_size(master);
			else if (sig != SIGCHLD && sig != SIGURG && sig != SIGPIPE && !exited)
				kill(pid, sig);
		}
	}
	if (restore)
		tcsetattr(STDIN_FILENO, TCSADRAIN, &saved);
	return status;
}
