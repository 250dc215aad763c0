/* Commands on a running container's processes as a group: pause and resume
 * (the v1 freezer cgroup) and ps (the pids of its cgroup). */
#include "runtime/rt_int.h"
#include "core/jsonw.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* Opens and reads the state of id; on failure logs and returns -1. */
static int load(const rt_opts *o, const char *id, bool exclusive, int *dirfd, rt_state *st)
{
	rt_err e;
	if (rt_state_dir_open(o, id, false, exclusive, dirfd, &e) < 0) {
		rt_log_error(o, "%s", e.msg);
		return -1;
	}
	if (rt_state_read(*dirfd, id, st, &e) < 0) {
		close(*dirfd);
		rt_log_error(o, "%s", e.msg);
		return -1;
	}
	return 0;
}

int rt_pause(const rt_opts *o, const char *id, bool pause)
{
	int dirfd;
	rt_state st;
	if (load(o, id, true, &dirfd, &st) < 0)
		return 1;
	int rc = 0;
	enum rt_status s = rt_status_of(dirfd, &st);
	enum rt_status need = pause ? RT_RUNNING : RT_PAUSED;
	rt_err e;
	if (s != need) {
		rt_log_error(o, "container \"%s\" is %s, not %s", id, rt_status_name(s), rt_status_name(need));
		rc = 1;
	} else if (!st.cgroup_path || rt_cgroup_freeze(st.cgroup_path, pause, &e) < 0) {
		rt_log_error(o, "%s", st.cgroup_path ? e.msg : "container has no cgroup");
		rc = 1;
	}
	rt_state_free(&st);
	close(dirfd);
	return rc;
}

static bool has_pid(const pid_t *pids, size_t n, long pid)
{
	for (size_t i = 0; i < n; i++)
		if (pids[i] == pid)
			return true;
	return false;
}

/* Runs ps with args and prints its header and the lines of our pids: the
 * PID column is found by its header, as ps arguments may move it. */
static int filter_ps(const rt_opts *o, char **ps_args, int nargs, const pid_t *pids, size_t n)
{
	strbuf cmd = STRBUF_INIT;
	strbuf_addstr(&cmd, "exec ps");
	if (!nargs)
		strbuf_addstr(&cmd, " -ef");
	for (int i = 0; i < nargs; i++) {
		/* single-quoted, ' written as '\'' */
		strbuf_addstr(&cmd, " '");
		for (const char *c = ps_args[i]; *c; c++)
			if (*c == '\'')
				strbuf_addstr(&cmd, "'\\''");
			else
				strbuf_addch(&cmd, *c);
		strbuf_addch(&cmd, '\'');
	}
	FILE *p = popen(cmd.buf, "r");
	strbuf_release(&cmd);
	if (!p) {
		rt_log_error(o, "running ps: %s", strerror(errno));
		return 1;
	}
	char line[8192];
	int pid_col = -1;
	while (fgets(line, sizeof line, p)) {
		char copy[sizeof line];
		snprintf(copy, sizeof copy, "%s", line);
		char *save = NULL;
		int col = 0;
		if (pid_col < 0) {
			for (char *f = strtok_r(copy, " \t\n", &save); f; f = strtok_r(NULL, " \t\n", &save), col++)
				if (!strcmp(f, "PID"))
					pid_col = col;
			if (pid_col < 0) {
				pclose(p);
				rt_log_error(o, "ps output has no PID column");
				return 1;
			}
			fputs(line, stdout);
			continue;
		}
		for (char *f = strtok_r(copy, " \t\n", &save); f; f = strtok_r(NULL, " \t\n", &save), col++)
			if (col == pid_col) {
				if (has_pid(pids, n, strtol(f, NULL, 10)))
					fputs(line, stdout);
				break;
			}
	}
	int status = pclose(p);
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}

int rt_ps(const rt_opts *o, const char *id, bool json, char **ps_args, int nargs)
{
	int dirfd;
	rt_state st;
	if (load(o, id, false, &dirfd, &st) < 0)
		return 1;
	int rc = 0;
	size_t n = 0;
	pid_t *pids = NULL;
	if (rt_status_of(dirfd, &st) == RT_STOPPED) {
		rt_log_error(o, "container \"%s\" is not running", id);
		rc = 1;
	} else {
		pids = st.cgroup_path ? rt_cgroup_pids(st.cgroup_path, &n) : NULL;
		if (json) {
			strbuf sb = STRBUF_INIT;
			jsonw w;
			jsonw_init(&w, &sb, false);
			jsonw_arr_open(&w);
			for (size_t i = 0; i < n; i++)
				jsonw_int(&w, pids[i]);
			jsonw_arr_close(&w);
			strbuf_addch(&sb, '\n');
			fputs(sb.buf, stdout);
			strbuf_release(&sb);
		} else {
			fflush(stdout);
			rc = filter_ps(o, ps_args, nargs, pids, n);
		}
	}
	free(pids);
	rt_state_free(&st);
	close(dirfd);
	return rc;
}
