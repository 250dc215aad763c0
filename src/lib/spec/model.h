/* The container-spec model: how ONE container runs, whatever file said so.
 *
 * docker inspect output, a compose service, a Kubernetes container (with its
 * pod) and an OCI runtime config.json are all normalized into cs_spec, so a
 * rule such as "privileged" or "docker.sock mounted" is written once.
 *
 * Every field remembers where it was written (line/column of the YAML or JSON
 * node) and whether it was written at all: a rule can tell "unset" from
 * "false" and point at the line to change. Strings are owned by the cs_set
 * the spec belongs to. */
#ifndef BH_SPEC_MODEL_H
#define BH_SPEC_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum cs_format {
	CS_FMT_UNKNOWN = 0,
	CS_FMT_INSPECT,
	CS_FMT_COMPOSE,
	CS_FMT_K8S,
	CS_FMT_OCI,
} cs_format;

const char *cs_format_name(cs_format f);

typedef struct cs_pos {
	int line, col;    /* 1-based; 0 when not written in the input */
	const char *file; /* NULL: the spec's own file; else the file this was merged from */
} cs_pos;

/* A yes/no setting. set=false: the input did not say, the platform default applies. */
typedef struct cs_flag {
	bool set;
	bool on;
	cs_pos pos;
} cs_flag;

/* A text setting; v == NULL means unset. */
typedef struct cs_str {
	const char *v;
	cs_pos pos;
} cs_str;

typedef struct cs_num {
	bool set;
	int64_t v;
	cs_pos pos;
} cs_num;

typedef struct cs_strlist {
	cs_str *items;
	size_t n, alloc;
	bool set;   /* the list itself was written (possibly empty) */
	cs_pos pos; /* where the list is written */
} cs_strlist;

typedef enum cs_mount_type {
	CS_MOUNT_BIND,
	CS_MOUNT_VOLUME,
	CS_MOUNT_TMPFS,
	CS_MOUNT_HOSTPATH, /* Kubernetes hostPath volume: a bind mount by another name */
	CS_MOUNT_OTHER,
} cs_mount_type;

typedef struct cs_mount {
	cs_mount_type type;
	const char *source;      /* host path for bind/hostPath, volume name, or NULL */
	const char *target;      /* path in the container */
	bool read_only;
	const char *propagation; /* shared, rshared, slave, Bidirectional, ...; NULL = default */
	cs_pos pos;              /* where the mount is written */
	cs_pos prop_pos;         /* where the propagation is written */
} cs_mount;

typedef struct cs_port {
	const char *host_ip;  /* NULL or "" = every interface */
	int host_port;        /* first published host port; 0 = none/ephemeral */
	int container_port;
	bool published;       /* reachable from outside the host (not just exposed) */
	cs_pos pos;
} cs_port;

typedef struct cs_kv {
	const char *name;
	const char *value; /* NULL: taken from elsewhere (host environment, secret ref) */
	cs_pos pos;
} cs_kv;

typedef struct cs_spec {
	cs_format format;
	const char *path;   /* the file, as the user named it */
	const char *object; /* "service web", "Deployment/api container app", ... */
	cs_pos pos;         /* where the container is described; unset fields point here */

	cs_str image;
	/* Identity. user is the docker-style "name|uid[:group]" string. */
	cs_str user;
	cs_num run_as_user;
	cs_flag run_as_non_root;
	bool unset_user_is_root; /* the format shows the effective user (inspect, OCI) */

	cs_flag privileged;
	cs_strlist cap_add;  /* upper case, without CAP_ */
	cs_strlist cap_drop; /* "ALL" when everything is dropped */

	cs_flag host_network, host_pid, host_ipc, host_uts, host_userns;

	cs_mount *mounts;
	size_t nmounts, mounts_alloc;
	cs_strlist devices;  /* host device paths */

	cs_str seccomp;      /* "unconfined", "RuntimeDefault", a profile path, ... */
	bool seccomp_unset_is_unconfined; /* Kubernetes and OCI: no profile unless asked */
	cs_str apparmor;     /* "unconfined", "runtime/default", a profile name */
	cs_str selinux;      /* "disable", or "type:spc_t" style option */
	cs_flag no_new_privileges; /* k8s: allowPrivilegeEscalation=false means on */
	cs_flag read_only_rootfs;
	cs_str proc_mount;   /* "Unmasked" when /proc paths are not masked */

	cs_num memory;       /* bytes; 0 = unlimited */
	cs_num cpu;          /* millicpus, or any positive value when a quota/share is set */
	cs_num pids;         /* <= 0 = unlimited */
	bool pids_applicable;

	cs_port *ports;
	size_t nports, ports_alloc;

	cs_str restart;      /* no, always, on-failure, unless-stopped */
	cs_num restart_max;

	cs_kv *env;
	size_t nenv, env_alloc;
	cs_kv *sysctls;
	size_t nsysctls, sysctls_alloc;

	cs_flag automount_sa_token; /* Kubernetes only */
} cs_spec;

typedef struct cs_set {
	cs_spec *items;
	size_t n, alloc;
	char **strs; /* every string the specs point at */
	size_t nstrs, strs_alloc;
} cs_set;

void cs_set_init(cs_set *s);
void cs_set_release(cs_set *s);
/* A new, zeroed spec at the end of the set. */
cs_spec *cs_set_add(cs_set *s, cs_format fmt, const char *path);
/* Copies a string into the set; NULL stays NULL. */
const char *cs_set_str(cs_set *s, const char *str);
const char *cs_set_strn(cs_set *s, const char *str, size_t n);
/* Takes ownership of a malloc'd string. */
const char *cs_set_own(cs_set *s, char *str);

void cs_strlist_push(cs_strlist *l, const char *v, cs_pos pos);
bool cs_strlist_has(const cs_strlist *l, const char *v);
cs_mount *cs_spec_add_mount(cs_spec *sp);
cs_port *cs_spec_add_port(cs_spec *sp);
cs_kv *cs_spec_add_env(cs_spec *sp);
cs_kv *cs_spec_add_sysctl(cs_spec *sp);

#endif
