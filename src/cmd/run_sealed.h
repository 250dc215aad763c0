/* `bulkhead run`'s container, created and run by the sealed runtime
 * (runtime_sealed.c) rather than by the bulkhead process itself. */
#ifndef BH_CMD_RUN_SEALED_H
#define BH_CMD_RUN_SEALED_H

#include <stdbool.h>

typedef struct run_sealed_opts {
	const char *root;          /* the runtime's --root */
	const char *bundle;        /* the prepared bundle, config.json written */
	const char *id;            /* the container's id */
	const char *cgroup_parent; /* --cgroup-parent; NULL: the runtime's default */
	bool no_cgroup;            /* --no-cgroup (rootless without a delegated cgroup) */
} run_sealed_opts;

/* Runs `runtime run` on the bundle in a child executing the sealed runtime,
 * forwards the signals this process receives to it, and removes the
 * container's state if the runtime could not. Call with every signal that
 * should end the run blocked. Returns the container's exit status (128+N when
 * killed by signal N; 1 when the runtime could not be started). */
int run_sealed(const run_sealed_opts *o);

#endif
