/* The policy file (.bulkhead.yaml): what to report and what to trust.
 * Its format is documented in docs/policy.md. */
#ifndef BH_POLICY_H
#define BH_POLICY_H

#include <stdbool.h>
#include <stddef.h>

#include "core/finding.h"
#include "core/rule.h"

typedef struct bh_ignore {
	char *rule;     /* rule id, or "*" */
	char *path;     /* glob relative to the policy file; NULL = any */
	char *object;   /* optional: container/service/stage name */
	char *reason;   /* required */
	char *expires;  /* YYYY-MM-DD or NULL */
	int line;       /* where it is written, for messages */
} bh_ignore;

typedef struct bh_sev_override {
	char *rule;
	bh_severity severity;
} bh_sev_override;

typedef struct bh_policy {
	char *path;           /* the policy file, NULL when none */
	char *base_dir;       /* paths in ignores are relative to this */
	char **disabled;
	size_t ndisabled, disabled_alloc;
	bh_sev_override *overrides;
	size_t noverrides, overrides_alloc;
	char **ignore_paths;
	size_t nignore_paths, ignore_paths_alloc;
	bh_ignore *ignores;
	size_t nignores, ignores_alloc;
	char **trusted_registries;
	size_t ntrusted, trusted_alloc;
	char **setuid_allow;  /* image paths allowed to be setuid/setgid */
	size_t nsetuid_allow, setuid_allow_alloc;
	char **trusted_users; /* bench: docker group members that are expected */
	size_t ntrusted_users, trusted_users_alloc;
	bool has_fail_on;
	bh_severity fail_on;
	char today[11];       /* YYYY-MM-DD used for expiry decisions */
} bh_policy;

void bh_policy_init(bh_policy *p);
void bh_policy_release(bh_policy *p);
/* Loads a policy file. Problems are recorded in errs (path:line:col). */
int bh_policy_load(bh_policy *p, const char *path, bh_findings *errs);
/* Finds .bulkhead.yaml (or .yml) in start_dir or the nearest parent.
 * Returns a malloc'd path or NULL. */
char *bh_policy_discover(const char *start_dir);

bool bh_policy_rule_disabled(const bh_policy *p, const char *rule_id);
/* True when the path (as given on the command line) is excluded by ignore_paths. */
bool bh_policy_path_ignored(const bh_policy *p, const char *path);
/* Is the image reference's registry in the trusted list? Always true when the
 * list is empty (nothing configured means no registry rule fires). */
bool bh_policy_registry_trusted(const bh_policy *p, const char *registry);
bool bh_policy_has_trusted_registries(const bh_policy *p);
/* Applies disables, severity overrides and ignores to a findings list.
 * Expired ignores leave the finding in place and say so. */
void bh_policy_apply(const bh_policy *p, bh_findings *f);

#endif
