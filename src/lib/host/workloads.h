/* Images and running containers as the benchmark's sections 4 and 5 see
 * them: listed and inspected through the Engine API, each container's
 * inspect document loaded into the container-spec model and checked by the
 * same rules as `bulkhead config` (spec/), plus what only the host can tell:
 * how the container's processes actually run, read from /proc. */
#ifndef BH_HOST_WORKLOADS_H
#define BH_HOST_WORKLOADS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "core/finding.h"
#include "core/policy.h"
#include "core/yamldoc.h"
#include "host/engine.h"

#define BH_WL_MAX_CONTAINERS 4096
#define BH_WL_MAX_IMAGES 4096

/* The kernel's view of a container's first process (/proc/<pid>). */
typedef struct bh_runtime {
	bool known;            /* /proc/<pid>/status was read */
	int seccomp;           /* 0 disabled, 1 strict, 2 filter; -1 unknown */
	int no_new_privs;      /* 0, 1; -1 unknown */
	bool capeff_known;
	uint64_t capeff;       /* effective capability set */
	int own_userns;        /* 1 own user namespace, 0 the host's, -1 unknown */
	char *uid_map;         /* first line of uid_map, spaces squeezed */
	char *apparmor;        /* the AppArmor label, NULL when AppArmor is off */
	size_t nprocs;         /* processes in the container's cgroup */
	char *sshd;            /* "pid 123 sshd" when an sshd runs in it */
} bh_runtime;

typedef struct bh_container {
	char *id, *name;       /* name without the leading slash */
	pid_t pid;             /* State.Pid */
	ydoc_set doc;
	const ynode *inspect;  /* GET /containers/{id}/json */
	bh_findings findings;  /* the container-spec rules' findings for it */
	bh_runtime rt;
} bh_container;

typedef struct bh_image {
	char *id, *name;       /* name: first RepoTag, else the short id */
	bool inspected;
	bool has_healthcheck;
	char **history;        /* CreatedBy of every layer, newest first */
	size_t nhistory;
	char *error;           /* why it could not be inspected */
} bh_image;

typedef struct bh_workloads {
	bh_container *ctrs;
	size_t nctrs, actrs;
	bh_image *imgs;
	size_t nimgs, aimgs;
	bool images_listed;
	char *error;           /* the containers could not be listed */
	char *images_error;
} bh_workloads;

/* Lists and inspects the running containers. Returns 0, or -1 with w->error. */
int bh_workloads_containers(bh_workloads *w, bh_engine *e, const bh_policy *policy);
/* Lists the images and reads their configuration and history. Returns 0, or
 * -1 with w->images_error. */
int bh_workloads_images(bh_workloads *w, bh_engine *e);
void bh_workloads_release(bh_workloads *w);

/* Reads the runtime facts of pid from proc ("/proc"). The caller fills
 * nprocs/sshd from a process scan. Exposed for tests. */
void bh_runtime_read(bh_runtime *rt, const char *proc, pid_t pid);
/* Parses the text of /proc/<pid>/status into rt. */
void bh_runtime_parse_status(bh_runtime *rt, const char *status);
void bh_runtime_release(bh_runtime *rt);

/* GET path and parse the JSON answer into doc. Returns the root, or NULL
 * with *err set (malloc'd). */
const ynode *bh_engine_get_json(bh_engine *e, const char *path, ydoc_set *doc, char **err);

#endif
