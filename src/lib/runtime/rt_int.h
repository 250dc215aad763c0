/* Internals of the OCI runtime: the spec model the loader fills, the error
 * type every step threads through, and the pieces each source file exports.
 *
 * Process layout of `create` (and `run`):
 *
 *   runtime (parent, re-executed from a sealed memfd)
 *     `- stage 1: joins namespaces given by path, unshares the user namespace
 *        (the parent writes uid_map/gid_map and puts it in the cgroups), then
 *        unshares the other namespaces and forks stage 2, reports its pid, exits
 *          `- stage 2 = container init (pid 1 of a new pid namespace): rootfs,
 *             pivot_root, process attributes; reports "ready", waits on the
 *             exec fifo until `start`, then execs the user's process.
 */
#ifndef BH_RT_INT_H
#define BH_RT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <signal.h>
#include <stdint.h>
#include <sys/types.h>

#include "core/strbuf.h"
#include "runtime/runtime.h"

/* ---- errors ------------------------------------------------------------ */

typedef struct rt_err {
	char msg[2048];
} rt_err;

/* Formats msg and returns -1; errnum != 0 appends ": strerror(errnum)". */
int rt_fail(rt_err *e, int errnum, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* ---- spec model -------------------------------------------------------- */

enum rt_ns_kind { RT_NS_PID, RT_NS_NET, RT_NS_MNT, RT_NS_IPC, RT_NS_UTS, RT_NS_USER, RT_NS_CGROUP, RT_NS_COUNT };

typedef struct rt_ns {
	bool wanted;  /* listed in linux.namespaces */
	char *path;   /* join this one instead of creating a new one */
} rt_ns;

typedef struct rt_idmap {
	uint32_t container_id, host_id, size;
} rt_idmap;

typedef struct rt_mount {
	char *destination;  /* absolute, cleaned */
	char *type;
	char *source;       /* for binds: absolute (relative ones resolved against the bundle) */
	unsigned long flags;       /* MS_* set by options */
	unsigned long clear_flags; /* MS_* cleared by options (rw, suid, ...) */
	unsigned long propagation; /* MS_SHARED/MS_SLAVE/MS_PRIVATE/MS_UNBINDABLE (| MS_REC) */
	bool bind;
	char *data;         /* options the kernel takes as data (mode=755, size=...) */
} rt_mount;

typedef struct rt_rlimit {
	int resource;
	uint64_t soft, hard;
} rt_rlimit;

typedef struct rt_device {
	char *path;
	char type; /* c, b, u, p */
	int64_t major, minor;
	uint32_t mode;
	bool has_mode;
	uint32_t uid, gid;
} rt_device;

typedef struct rt_sc_arg {
	unsigned index;
	uint64_t value, value_two;
	int op; /* enum scmp_compare */
} rt_sc_arg;

typedef struct rt_sc_rule {
	char **names;
	size_t nnames;
	uint32_t action;
	rt_sc_arg *args;
	size_t nargs;
} rt_sc_rule;

typedef struct rt_seccomp {
	bool present;
	uint32_t default_action;
	uint32_t *archs;
	size_t narchs;
	bool flag_log, flag_spec_allow;
	rt_sc_rule *rules;
	size_t nrules;
} rt_seccomp;

typedef struct rt_dev_rule {
	bool allow;
	char type; /* a, c, b */
	int64_t major, minor; /* -1 = any */
	char access[4];
} rt_dev_rule;

typedef struct rt_resources {
	/* -1 (or empty string) means "not set" for every field. */
	int64_t mem_limit, mem_reservation, mem_swap, mem_swappiness;
	int mem_disable_oom; /* -1 unset, 0/1 */
	int64_t cpu_shares, cpu_quota, cpu_period, cpu_rt_runtime, cpu_rt_period;
	char *cpuset_cpus, *cpuset_mems;
	int64_t pids_limit; /* 0 = unset, <0 = max */
	bool has_pids;
	int64_t blkio_weight, blkio_leaf_weight;
	char **blkio_lines;   /* "FILE\tLINE" pairs: file name and line written to it */
	size_t nblkio, blkio_alloc;
	rt_dev_rule *devices;
	size_t ndevices;
	char **hugetlb_sizes;  /* page size as the kernel names it ("2MB"), validated */
	int64_t *hugetlb_limits;
	size_t nhugetlb;
	char **unified_keys, **unified_vals; /* linux.resources.unified, key names validated */
	size_t nunified;
} rt_resources;

typedef struct rt_hook {
	char *path;
	char **args, **env;
	size_t nargs, nenv;
	int64_t timeout; /* seconds; 0 = none */
} rt_hook;

enum rt_hook_kind { RT_HOOK_PRESTART, RT_HOOK_CREATE_RUNTIME, RT_HOOK_CREATE_CONTAINER, RT_HOOK_START_CONTAINER,
		    RT_HOOK_POSTSTART, RT_HOOK_POSTSTOP, RT_HOOK_COUNT };

typedef struct rt_spec {
	char *bundle;     /* absolute */
	char *oci_version;
	char *root_path;  /* absolute rootfs */
	bool root_readonly;
	char *hostname, *domainname;
	/* process */
	bool terminal;
	char **args;
	size_t nargs;
	char **env;
	size_t nenv;
	char *cwd;
	uint32_t uid, gid;
	uint32_t *add_gids;
	size_t nadd_gids;
	bool has_umask;
	uint32_t umask;
	bool no_new_privs;
	bool has_oom_score_adj;
	int oom_score_adj;
	bool has_caps;
	uint64_t caps[5]; /* bounding, effective, inheritable, permitted, ambient */
	rt_rlimit *rlimits;
	size_t nrlimits;
	/* mounts */
	rt_mount *mounts;
	size_t nmounts;
	/* linux */
	rt_ns ns[RT_NS_COUNT];
	rt_idmap *uid_maps, *gid_maps;
	size_t nuid_maps, ngid_maps;
	char **masked, **readonly;
	size_t nmasked, nreadonly;
	char **sysctl_keys, **sysctl_vals;
	size_t nsysctl;
	rt_device *devices;
	size_t ndevices;
	unsigned long rootfs_propagation; /* 0 = default (rprivate) */
	char *cgroups_path;
	rt_resources res;
	rt_seccomp seccomp;
	rt_hook *hooks[RT_HOOK_COUNT];
	size_t nhooks[RT_HOOK_COUNT];
	/* annotations, kept as parallel lists */
	char **ann_keys, **ann_vals;
	size_t nann;
} rt_spec;

enum { RT_CAP_BOUNDING, RT_CAP_EFFECTIVE, RT_CAP_INHERITABLE, RT_CAP_PERMITTED, RT_CAP_AMBIENT };

/* spec.c: reads BUNDLE/config.json; -1 with a message naming file, line and what was expected. */
int rt_spec_load(const char *bundle, rt_spec *sp, rt_err *e);
void rt_spec_free(rt_spec *sp);
/* Replaces the process of sp with the process object in file. */
int rt_process_load(const char *file, rt_spec *sp, rt_err *e);
/* Namespace names as the spec spells them ("pid", "network", ...). */
const char *rt_ns_name(int kind);
int rt_ns_clone_flag(int kind);

/* ---- state ------------------------------------------------------------- */

typedef struct rt_state {
	char *id;
	char *bundle;
	char *rootfs;
	pid_t pid;
	unsigned long long start_time; /* /proc/PID/stat field 22, guards against pid reuse */
	char *created;                 /* RFC 3339 */
	char *cgroup_path;             /* relative to each v1 controller root and the v2 root */
	char **ann_keys, **ann_vals;
	size_t nann;
	bool own_pidns;                /* init is pid 1 of its own pid namespace */
} rt_state;

enum rt_status { RT_CREATING, RT_CREATED, RT_RUNNING, RT_PAUSED, RT_STOPPED };

/* Rejects ids that are not safe as one path component. */
int rt_check_id(const char *id, rt_err *e);
/* ROOT/ID, created (0700) with ROOT when create is set; fd holds an flock. */
int rt_state_dir_open(const rt_opts *o, const char *id, bool create, bool exclusive, int *dirfd, rt_err *e);
int rt_state_write(int dirfd, const rt_state *st, rt_err *e);
int rt_state_read(int dirfd, const char *id, rt_state *st, rt_err *e);
void rt_state_free(rt_state *st);
enum rt_status rt_status_of(int dirfd, const rt_state *st);
const char *rt_status_name(enum rt_status s);
void rt_state_json(const rt_state *st, enum rt_status status, strbuf *out);
/* Removes ROOT/ID and everything in it (files only, no recursion into mounts). */
void rt_state_remove(const rt_opts *o, const char *id);
unsigned long long rt_proc_start_time(pid_t pid);
char *rt_now_rfc3339(void);

#define RT_EXEC_FIFO "exec.fifo"
#define RT_STATE_FILE "state.json"

/* ---- cgroups ------------------------------------------------------------ */

/* How the host mounts cgroups below rt_cgroup_root(): one v1 hierarchy per
 * controller, v1 plus the v2 hierarchy at unified/ (hybrid), or only v2. */
typedef enum { RT_CG_V1, RT_CG_HYBRID, RT_CG_V2 } rt_cg_layout;
/* /sys/fs/cgroup, or $BULKHEAD_CGROUP_ROOT (a testing knob). */
const char *rt_cgroup_root(void);
/* The layout from the filesystem magic of the root and of root/unified. */
rt_cg_layout rt_cgroup_classify(long root_magic, long unified_magic);
/* The layout of the host (of rt_cgroup_root()), detected once. */
rt_cg_layout rt_cgroup_layout(void);
const char *rt_cgroup_layout_name(rt_cg_layout l);
/* Whether KEY may be written from linux.resources.unified: "controller.file",
 * no path, and not one of the files bulkhead manages itself. */
bool rt_cgroup_unified_key_ok(const char *key);
/* Controllers of the v2 hierarchy bulkhead manages, as bits. */
enum { RT_CG2_CPU = 1, RT_CG2_CPUSET = 2, RT_CG2_IO = 4, RT_CG2_MEMORY = 8, RT_CG2_PIDS = 16, RT_CG2_HUGETLB = 32 };
/* The v2 controllers linux.resources (and its unified map) needs. */
unsigned rt_cgroup_v2_needed(const rt_resources *r);
/* In the v2 hierarchy at UNIFIED_ROOT: makes PATH, enables the controllers of
 * MASK (an error when it cannot) and of OPTIONAL (when it can) in every
 * parent's cgroup.subtree_control, writes the resources of MASK's
 * controllers (and, with UNIFIED, the unified map), adds PID (0: none). */
int rt_cgroup_v2_apply(const rt_spec *sp, const char *unified_root, const char *path, unsigned mask, unsigned optional,
		       bool unified, pid_t pid, rt_err *e);
/* Attaches the device rules (the spec's, the defaults, linux.devices) to the
 * v2 group DIR as a BPF_PROG_TYPE_CGROUP_DEVICE program. */
int rt_cgroup_v2_devices(const rt_spec *sp, const char *dir, rt_err *e);
/* The devices every container may use, as v1 devices.allow lines. */
extern const char *const rt_cgroup_default_devices[];
extern const size_t rt_cgroup_ndefault_devices;
/* cgroup.kill (or SIGKILL to every member), wait until empty, rmdir. */
void rt_cgroup_v2_destroy(const char *dir);
/* Shared by both versions: write VALUE to DIR/FILE; read DIR/FILE's first line. */
int rt_cgroup_write(const char *dir, const char *file, const char *value, rt_err *e);
char *rt_cgroup_read(const char *dir, const char *file);

/* Creates the cgroup in every mounted v1 controller, applies resources, adds pid. */
int rt_cgroup_apply(const rt_spec *sp, const char *path, pid_t pid, rt_err *e);
void rt_cgroup_destroy(const char *path);
/* Freezer (v1): freeze waits until the kernel reports FROZEN. */
int rt_cgroup_freeze(const char *path, bool freeze, rt_err *e);
bool rt_cgroup_is_frozen(const char *path);
/* The pids in the container's cgroup (malloc'd, *n entries); NULL if none. */
pid_t *rt_cgroup_pids(const char *path, size_t *n);
/* Signals every process in the container's cgroup. */
int rt_cgroup_signal_all(const char *path, int sig);
/* cgroup_rootless.c: whether the caller is unprivileged (not euid 0). */
bool rt_rootless(void);
/* DIR and its cgroup.procs can be written by the caller. */
bool rt_cgroup_dir_writable(const char *dir);
/* The nearest existing ancestor of PATH (or PATH) below HIER_ROOT, relative
 * to it, when the caller may write it; NULL when it may not. */
char *rt_cgroup_writable_base(const char *hier_root, const char *path);
/* Rootless: the container's group below the delegated one (a relative
 * cgroupsPath is taken relative to it), or NULL without a delegation when
 * the spec sets no limits (said in the log); -1 when it sets some. */
int rt_cgroup_rootless_path(const rt_opts *o, const rt_spec *sp, const char *id, char **out, rt_err *e);
/* Chooses the cgroup path: linux.cgroupsPath, or /bulkhead/ID. */
char *rt_cgroup_path_for(const rt_spec *sp, const char *id, bool systemd);

/* ---- security: capabilities and seccomp -------------------------------- */

int rt_cap_parse(const char *name, int *cap);
int rt_cap_last(void);
/* "CAP_SYS_ADMIN" (malloc'd) for capability number c. */
char *rt_cap_name(int c);
/* Drops the bounding set to the spec's (needs CAP_SETPCAP). */
int rt_caps_bound(const rt_spec *sp, rt_err *e);
/* Sets effective, permitted, inheritable and ambient after the uid change. */
int rt_caps_apply(const rt_spec *sp, rt_err *e);
int rt_seccomp_parse_action(const char *name, int64_t errno_ret, bool has_errno, uint32_t *out);
int rt_seccomp_parse_arch(const char *name, uint32_t *out);
int rt_seccomp_parse_op(const char *name, int *op);
int rt_seccomp_load(const rt_seccomp *sc, rt_err *e);
/* Names accepted by the parsers, for `features`. */
extern const char *const rt_seccomp_action_names[];
extern const char *const rt_seccomp_op_names[];
extern const char *const rt_seccomp_arch_names[];

/* ---- rootfs ------------------------------------------------------------ */

typedef struct rt_rootfs_ctx {
	const rt_spec *sp;
	bool userns;      /* new or joined user namespace: devices are bind-mounted */
	bool no_pivot;
	const char *cgroup_path;
} rt_rootfs_ctx;

/* Builds the container's filesystem and makes it the root. Runs in stage 2. */
int rt_rootfs_setup(const rt_rootfs_ctx *c, rt_err *e);
/* After the root change: masked and read-only paths, readonly root. */
int rt_rootfs_finish(const rt_rootfs_ctx *c, rt_err *e);
/* Opens PATH (relative to rootfd) without leaving the root: symlinks and ".."
 * resolve as if rootfd were "/". Missing components are created as
 * directories; the last one as a directory or, when file is set, as a file. */
int rt_open_in_root(int rootfd, const char *path, bool create, bool file, int *out, rt_err *e);

/* ---- stages ------------------------------------------------------------ */

typedef struct rt_sync_msg {
	int type;
	int value;
	char text[1800];
} rt_sync_msg;

enum { RT_SYNC_USERMAP = 1, RT_SYNC_USERMAP_DONE, RT_SYNC_PID, RT_SYNC_READY, RT_SYNC_ERROR, RT_SYNC_HOOKS,
       RT_SYNC_HOOKS_DONE, RT_SYNC_CONSOLE };

int rt_sync_send(int fd, int type, int value, const char *text);
/* A descriptor over a unix socket (SCM_RIGHTS) with a short text. */
int rt_send_fd(int sock, int fd, const char *text);
int rt_recv_fd(int sock);
int rt_sync_recv(int fd, rt_sync_msg *m);

typedef struct rt_init_args {
	const rt_spec *sp;
	const rt_opts *o;
	const char *id;
	int sync_fd;      /* stage 1 and 2 report to the parent here */
	int fifo_fd;      /* O_PATH descriptor of the exec fifo */
	int console_fd;   /* unused by the init: the runtime keeps the console socket */
	bool no_pivot;
	char *cgroup_path;
} rt_init_args;

/* exec: after joining the container's namespaces, becomes sp's process
 * (user, capabilities, no_new_privs, seccomp, cwd); returns only on failure. */
int rt_become_process(const rt_spec *sp, rt_err *e);
/* Adds pid to the container's group in every v1 controller. */
int rt_cgroup_join(const char *path, pid_t pid, rt_err *e);

/* userns.c: writes the uid and gid maps of pid's new user namespace: directly
 * as root or for one's own ids only, else through newuidmap/newgidmap. */
int rt_write_id_maps(pid_t pid, const rt_idmap *uids, size_t nu, const rt_idmap *gids, size_t ng, rt_err *e);

/* A pty from the container's devpts (run inside its mount namespace): the
 * master goes over sync_fd (RT_SYNC_CONSOLE, then the descriptor), the slave
 * becomes the caller's controlling terminal and stdio. */
int rt_setup_console(int sync_fd, rt_err *e);
/* tty_relay.c: exec --tty without a console socket: relays between the
 * caller's terminal (made raw, restored after) and MASTER until PID exits;
 * the signals of SIGS (blocked by the caller) are forwarded to it, SIGWINCH
 * resizes the pty. Returns PID's wait status. */
int rt_tty_relay(int master, pid_t pid, const sigset_t *sigs);
/* Connects to the --console-socket path and passes it the pty master. */
int rt_send_console(const char *path, int master, rt_err *e);

/* Stage 1; never returns. */
_Noreturn void rt_stage1(rt_init_args *a);

/* hooks.c: runs each hook of kind with the state JSON on its standard input;
 * the first failure (exit status, signal, timeout) is the error. */
int rt_hooks_run(const rt_spec *sp, int kind, const char *state_json, rt_err *e);
const char *rt_hook_name(int kind);

/* default_spec.c: the hardened config.json of `spec`. */
void rt_default_spec(strbuf *out);
/* The same document with the parts `bulkhead run` fills from the image and
 * its flags. */
void rt_spec_generate(strbuf *out, const rt_spec_params *p);

/* log.c */
void rt_log_warn(const rt_opts *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rt_log_error(const rt_opts *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rt_log_debug(const rt_opts *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
