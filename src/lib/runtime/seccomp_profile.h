/* Seccomp profiles in Docker's JSON format (the format of `docker run
 * --security-opt seccomp=FILE`), resolved for one container into the OCI
 * `linux.seccomp` section: entries whose includes (capabilities,
 * architectures, minimum kernel) do not hold, or whose excludes do, are
 * dropped; archMap becomes the architectures of the host. The default
 * profile (data/seccomp/default.json) is compiled into the binary. */
#ifndef BH_SECCOMP_PROFILE_H
#define BH_SECCOMP_PROFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/jsonw.h"

/* What the entries of a profile are resolved against. */
typedef struct sp_env {
	const char *const *caps; /* the container's capabilities: CAP_SYS_ADMIN, ... */
	size_t ncaps;
	const char *arch;        /* Go's name for the host architecture, as Docker's profiles use: amd64, arm64, ... */
	const char *native;      /* its seccomp name: SCMP_ARCH_X86_64, ... (picks the archMap entry) */
	int kernel_major, kernel_minor;
} sp_env;

typedef struct sp_arg {
	unsigned index;
	uint64_t value, value_two;
	char *op;
} sp_arg;

typedef struct sp_rule {
	char **names;
	size_t nnames;
	char *action;
	bool has_errno;
	int64_t errno_ret;
	sp_arg *args;
	size_t nargs;
} sp_rule;

/* A resolved profile: what goes into config.json. */
typedef struct sp_profile {
	char *default_action;
	bool has_default_errno;
	int64_t default_errno;
	char **archs;
	size_t narchs;
	sp_rule *rules;
	size_t nrules;
} sp_profile;

/* The host (architecture from the build, kernel from uname) with caps. */
void sp_env_host(sp_env *env, const char *const *caps, size_t ncaps);

/* Parses data (a profile named name in messages) and resolves it for env.
 * Returns 0, or -1 with "NAME:LINE:COL: what" in err. */
int sp_profile_parse(const char *data, size_t len, const char *name, const sp_env *env, sp_profile *out, char *err,
		     size_t errlen);
/* The same from a file (at most 4 MiB). */
int sp_profile_load(const char *path, const sp_env *env, sp_profile *out, char *err, size_t errlen);
/* The profile compiled into the binary. */
int sp_profile_default(const sp_env *env, sp_profile *out, char *err, size_t errlen);
void sp_profile_free(sp_profile *p);

/* Writes the OCI linux.seccomp object (the value; the caller wrote the key). */
void sp_profile_write_oci(const sp_profile *p, jsonw *w);

/* data/seccomp/default.json, embedded at build time (generated source). */
extern const unsigned char bh_seccomp_default_json[];
extern const size_t bh_seccomp_default_json_len;

#endif
