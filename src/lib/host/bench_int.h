/* What the benchmark's check files share: the run context and the helpers
 * that record a verdict. bench.c holds sections 1, 2, 3, 6 and 7 and the
 * check table; bench_workloads.c holds sections 4 and 5. */
#ifndef BH_HOST_BENCH_INT_H
#define BH_HOST_BENCH_INT_H

#include "host/bench.h"
#include "host/files.h"
#include "host/workloads.h"

typedef struct bk_ctx {
	bh_host_facts *h;
	const bh_bench_opts *o;
	bh_audit_rules audit;
	bool audit_loaded;
	bh_workloads wl;      /* images and containers, gathered on first use */
	bool wl_loaded;
	char *note;           /* a substitution the current check made, appended to its detail */
} bk_ctx;

void bk_verdict(bh_check *k, bh_check_status s, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Skips the check (with why) when the Engine API cannot be reached. */
bool bk_need_api(bk_ctx *c, bh_check *k);
/* Images and containers from the Engine API; NULL with a skip verdict when
 * they could not be listed. */
const bh_workloads *bk_workloads(bk_ctx *c, bh_check *k);

/* Rootless and Podman hosts (bench_hostpaths.c). Why check id does not
 * apply on this host (and *host names the kind of host), or NULL. */
const char *bk_not_applicable(const bh_host_facts *h, const char *id, const char **host);
/* The path standing for cis_path on this host (malloc'd); *note says so
 * when it differs (malloc'd or NULL). */
char *bk_host_path(const bh_host_facts *h, const char *cis_path, char **note);
char *bk_binary_path(const bh_host_facts *h, const char *name, char **note);
/* The unit file standing for a docker unit, NULL when there is none. */
char *bk_unit_path(const bh_host_facts *h, const char *unit, char **note);
/* The files standing for daemon.json (malloc'd list). */
void bk_config_files(const bh_host_facts *h, char ***out, size_t *n, char **note);
/* Who should own path: CIS's "root:GROUP", or the daemon's user for what a
 * rootless daemon keeps in its user's directories (*group NULL then). */
void bk_want_owner(const bh_host_facts *h, const char *path, const char *cis_owner, uid_t *uid, gid_t *gid,
		   const char **group, bool *user_owned);

/* The argument of a check decided by container-spec rules. */
typedef struct rules_arg {
	const char *rules[4];       /* spec rule ids (CS001 ...) that fail the check */
	bh_check_status on_hit;     /* warn, or info for manual reviews */
	const char *pass_text;
} rules_arg;

/* The argument of a check over image histories. */
typedef struct history_arg {
	bool (*match)(const char *created_by);
	const char *what;
} history_arg;

/* A history entry that refreshes the package index without installing. */
bool bk_history_update_alone(const char *created_by);
/* A history entry made by an ADD instruction. */
bool bk_history_is_add(const char *created_by);

/* Section 4 and 5 checks (arg as in the check table). */
void bk_image_rule(bk_ctx *c, bh_check *k, const void *arg);
void bk_container_rules(bk_ctx *c, bh_check *k, const void *arg);
void bk_content_trust(bk_ctx *c, bh_check *k, const void *arg);
void bk_image_healthcheck(bk_ctx *c, bh_check *k, const void *arg);
void bk_image_history(bk_ctx *c, bh_check *k, const void *arg);
void bk_image_secrets(bk_ctx *c, bh_check *k, const void *arg);
void bk_trusted_images(bk_ctx *c, bh_check *k, const void *arg);
void bk_swarm_mode(bk_ctx *c, bh_check *k, const void *arg);
void bk_apparmor(bk_ctx *c, bh_check *k, const void *arg);
void bk_selinux(bk_ctx *c, bh_check *k, const void *arg);
void bk_sshd(bk_ctx *c, bh_check *k, const void *arg);
void bk_open_ports(bk_ctx *c, bh_check *k, const void *arg);
void bk_ulimits(bk_ctx *c, bh_check *k, const void *arg);
void bk_seccomp(bk_ctx *c, bh_check *k, const void *arg);
void bk_exec(bk_ctx *c, bh_check *k, const void *arg);
void bk_cgroup_parent(bk_ctx *c, bh_check *k, const void *arg);
void bk_nnp(bk_ctx *c, bh_check *k, const void *arg);
void bk_health(bk_ctx *c, bh_check *k, const void *arg);
void bk_docker0(bk_ctx *c, bh_check *k, const void *arg);
void bk_userns(bk_ctx *c, bh_check *k, const void *arg);
void bk_capabilities(bk_ctx *c, bh_check *k, const void *arg);

#endif
