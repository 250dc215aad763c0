/* The rule registry: every check bulkhead can report, with the texts users read. */
#ifndef BH_RULE_H
#define BH_RULE_H

#include <stdbool.h>
#include <stddef.h>

typedef enum bh_severity {
	BH_SEV_INFO = 0,
	BH_SEV_LOW,
	BH_SEV_MEDIUM,
	BH_SEV_HIGH,
	BH_SEV_CRITICAL,
} bh_severity;

const char *bh_severity_name(bh_severity s);
/* Returns false when name is not one of critical/high/medium/low/info. */
bool bh_severity_parse(const char *name, bh_severity *out);

typedef struct bh_rule {
	const char *id;       /* stable once released, e.g. "DF001" */
	const char *domain;   /* "dockerfile", "spec", "host", "image", ... */
	bh_severity severity; /* default severity; policy may override */
	const char *title;    /* one line, what is wrong */
	const char *why;      /* why it matters, plain words */
	const char *fix;      /* how to fix it */
	/* NULL-terminated references with tool prefixes: cis-docker:4.1,
	 * hadolint:DL3002, trivy:DS-0002, dockle:CIS-DI-0001, docker-bench:4.1,
	 * k8s-pss:restricted:runningAsNonRoot */
	const char *const *refs;
} bh_rule;

#define BH_REFS(...) ((const char *const[]){ __VA_ARGS__, NULL })

/* Looks a rule up by id across every domain; NULL when unknown. */
const bh_rule *bh_rule_find(const char *id);
/* Visits every registered rule in id order within each domain. */
size_t bh_rule_count(void);
const bh_rule *bh_rule_at(size_t i);
/* Documentation address of a rule (docs/rules.md anchor). */
/* Where the rules reference is installed, as a URI; a rule's anchor is its lowercased id. */
const char *bh_rule_help_uri_base(void);

#endif
