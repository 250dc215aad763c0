/* bulkhead's OCI runtime (runtime-spec 1.x, Linux): the operations behind
 * `bulkhead runtime`, with the command-line shape of runc so that containerd
 * and friends can drive it. Every operation returns an exit code and reports
 * its errors itself (standard error and the --log file). */
#ifndef BH_RUNTIME_H
#define BH_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>

typedef struct rt_opts {
	const char *root;       /* state directory root (--root), default /run/bulkhead */
	const char *log_path;   /* --log */
	bool log_json;          /* --log-format json (default text) */
	bool debug;
	bool systemd_cgroup;
	bool no_cgroup;         /* rootless without a delegated cgroup: no cgroup, no resource limits */
	const char *cgroup_parent; /* the container's group goes below it (rootless: the delegated group, not the one found) */
} rt_opts;

typedef struct rt_create_opts {
	const char *bundle;
	const char *pid_file;
	const char *console_socket;
	bool no_pivot;
} rt_create_opts;

typedef struct rt_exec_opts {
	const char *process_file; /* --process: a process object replacing the bundle's */
	char **args;              /* or the command line */
	int nargs;
	const char *cwd, *user, *pid_file;
	const char *console_socket; /* with a terminal: receives the pty master */
	char **env, **caps;
	int nenv, ncaps;
	bool detach, tty, no_new_privs;
} rt_exec_opts;

typedef struct rt_id_range {
	unsigned container_id, host_id, size;
} rt_id_range;

/* What a generated config.json takes from outside: the process, and each
 * default that a flag of `bulkhead run` may relax. */
typedef struct rt_spec_params {
	const char *const *args, *const *env, *const *caps;
	size_t nargs, nenv, ncaps;
	const char *cwd;
	unsigned uid, gid;
	bool host_network, writable, seccomp_unconfined;
	long long memory, pids, cpu_quota, cpu_period; /* cpu_quota 0: no CPU limit */
	/* user namespace maps; none: container ids 0-65535 are host ids 100000-165535 */
	const rt_id_range *uid_maps, *gid_maps;
	size_t nuid_maps, ngid_maps;
	const struct sp_profile *seccomp; /* a resolved profile (seccomp_profile.h); NULL: the built-in default */
} rt_spec_params;

/* `runtime spec`'s values: sh, PATH and TERM, 512 MiB, 512 pids, no CPU limit. */
void rt_spec_params_default(rt_spec_params *p);
/* The hardened config.json for p (see default_spec.c), into a malloc'd string. */
char *rt_spec_json(const rt_spec_params *p);
/* Writes it as BUNDLE/config.json, never over an existing file or through a
 * symlink; -1 with the reason (naming the file) in err. */
int rt_spec_write(const char *bundle, const rt_spec_params *p, char *err, size_t errlen);

#define RT_DEFAULT_ROOT "/run/bulkhead"

/* The state root of an unprivileged caller: $XDG_RUNTIME_DIR/bulkhead, or
 * /tmp/bulkhead-UID when that is unset (malloc'd). */
char *rt_rootless_root(void);
/* For an unprivileged caller: makes ROOT (0700) if missing and refuses one
 * that is not a directory of the caller's own or that others may write.
 * 0, or -1 with the reason in err. */
int rt_rootless_root_check(const char *root, char *err, size_t errlen);

/* The limits `bulkhead run` sets, and whether a rootless caller can apply
 * them in the cgroup delegated to it. */
enum { RT_LIMIT_MEMORY, RT_LIMIT_PIDS, RT_LIMIT_CPU, RT_LIMIT_COUNT };
typedef struct rt_delegation {
	char *parent;                  /* the delegated group, relative to each hierarchy root; NULL: none */
	bool can[RT_LIMIT_COUNT];
	char why[RT_LIMIT_COUNT][1024]; /* why can[i] is false, naming the path */
	char none_why[1024];           /* why parent is NULL, naming the path */
} rt_delegation;
/* Finds the group delegated to the caller (CONFIGURED, or the topmost
 * writable ancestor of its own group in /proc/self/cgroup). */
void rt_delegation_probe(const char *configured, rt_delegation *d);
void rt_delegation_free(rt_delegation *d);

int rt_create(const rt_opts *o, const char *id, const rt_create_opts *c);
int rt_start(const rt_opts *o, const char *id);
int rt_state_cmd(const rt_opts *o, const char *id);
int rt_kill(const rt_opts *o, const char *id, const char *signal, bool all);
int rt_delete(const rt_opts *o, const char *id, bool force);
/* create + start + wait; returns the container's exit status (128+N for signal N). */
int rt_run(const rt_opts *o, const char *id, const rt_create_opts *c, bool detach);
int rt_list(const rt_opts *o, bool json, bool quiet);
int rt_features(const rt_opts *o);
/* pause/resume through the freezer cgroup. */
int rt_pause(const rt_opts *o, const char *id, bool pause);
/* The container's processes: a JSON array of pids, or `ps ARGS` (default
 * -ef) limited to them. */
/* Writes BUNDLE/config.json with every isolation layer on (never overwrites). */
int rt_spec_cmd(const rt_opts *o, const char *bundle);
/* A new process in a running container; without detach, waits and returns its status. */
int rt_exec(const rt_opts *o, const char *id, const rt_exec_opts *x);
int rt_ps(const rt_opts *o, const char *id, bool json, char **ps_args, int nargs);

/* When the running binary is not a sealed memfd, copies it into one and
 * re-executes from it, so that the container can never reach (and overwrite)
 * the host binary through /proc/PID/exe. Returns only on failure or when
 * already running sealed. */
int rt_reexec_sealed(char **argv);
/* Whether /proc/self/exe is a memfd sealed against writing. */
bool rt_running_sealed(void);

/* Runs fn(arg) in a child that is root of a new user namespace with these
 * maps (rootless: its own ids, or a wider range through newuidmap/newgidmap);
 * fn returns 0, or reports its own error and returns -1. 0 or -1 with a
 * message in err. */
int rt_userns_call(const rt_id_range *uids, size_t nu, const rt_id_range *gids, size_t ng, int (*fn)(void *),
		   void *arg, char *err, size_t errlen);

/* Parses a signal name (KILL, SIGKILL, kill) or number; -1 if unknown. */
int rt_parse_signal(const char *s);

#endif
