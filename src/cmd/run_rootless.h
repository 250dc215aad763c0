/* `bulkhead run` invoked by an unprivileged user: which ids the container's
 * user namespace maps, where the bundle and the state live, and the steps
 * that need to be root of that namespace (file owners, removal). */
#ifndef BH_CMD_RUN_ROOTLESS_H
#define BH_CMD_RUN_ROOTLESS_H

#include <stdbool.h>
#include <stddef.h>

#include "image/image.h"
#include "runtime/runtime.h"
#include "runtime/unpack.h"

typedef struct run_rootless {
	bool on;              /* invoked as non-root */
	bool subids;          /* a range from /etc/subuid and /etc/subgid, through newuidmap/newgidmap */
	rt_id_range uid[2], gid[2];
	size_t nmaps;
	unsigned mapped;      /* container ids 0..mapped-1 exist */
	char *base;           /* the user's own directory for the bundle */
	char *state_root;     /* the runtime's --root */
	rt_delegation cgroup; /* the cgroup delegated to the user, if any */
} run_rootless;

/* When not root: chooses the mapping, the directories and the delegated
 * cgroup (CGROUP_PARENT, or the one found), and names on standard error what
 * rootless mode relaxes. 0, or -1 after a message. */
int run_rootless_setup(run_rootless *r, const char *cgroup_parent);
/* Which of the limits (RT_LIMIT_*) the delegated cgroup can hold: an
 * explicit one it cannot is an error (-1 after a message naming the path);
 * a default one is dropped (*value = 0) and named as relaxed. */
int run_rootless_limit(const run_rootless *r, int limit, const char *flag, bool explicit_flag, long long *value);
/* Sets the owners and modes of the unpacked image as root of the mapping. */
int run_rootless_owners(const run_rootless *r, const bh_image *img, int rootfd, rt_unpack_opts *uo);
/* Checks the process's uid/gid against the mapping; with one id only,
 * an image USER becomes container root (named as relaxed). */
int run_rootless_user(const run_rootless *r, unsigned *uid, unsigned *gid, bool explicit_user, const char *user);
/* Removes the bundle as root of the mapping (its files belong to mapped ids). */
int run_rootless_remove(const run_rootless *r, const char *bundle);
void run_rootless_free(run_rootless *r);

#endif
