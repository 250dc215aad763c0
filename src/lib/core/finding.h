/* Findings are plain data: what rule fired, where, and why. Reporters print them. */
#ifndef BH_FINDING_H
#define BH_FINDING_H

#include <stdbool.h>
#include <stddef.h>

#include "core/rule.h"

typedef struct bh_location {
	char *path;  /* as the user named it; NULL for live sources */
	int line;    /* 1-based; 0 when unknown */
	int column;  /* 1-based; 0 when unknown */
} bh_location;

typedef struct bh_finding {
	const bh_rule *rule;
	bh_severity severity; /* after policy overrides */
	char *message;        /* this occurrence, in plain words */
	bh_location loc;
	char *object;         /* what it is about: stage, service, container, ... */
	char *evidence;       /* the offending text, secrets masked */
	char *remediation;    /* occurrence-specific fix; NULL means the rule's fix */
	char *ignore_expired; /* set when a policy ignore matched but has expired */
} bh_finding;

/* An input problem: the file could not be read or understood. Exit code 2. */
typedef struct bh_diag {
	char *path;
	int line, column;
	char *message;
} bh_diag;

typedef struct bh_findings {
	bh_finding *items;
	size_t n, alloc;
	bh_diag *errors;
	size_t nerrors, errors_alloc;
	size_t suppressed; /* dropped by inline or policy ignores */
} bh_findings;

void bh_findings_init(bh_findings *f);
void bh_findings_release(bh_findings *f);

/* Appends a finding; the message is formatted. Returns it so callers can add
 * object/evidence/remediation. path is copied. */
bh_finding *bh_findings_add(bh_findings *f, const bh_rule *rule, const char *path,
			    int line, int column, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
void bh_finding_set(char **field, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

void bh_findings_error(bh_findings *f, const char *path, int line, int column,
		       const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Moves every finding and error of src to the end of dst. */
void bh_findings_move(bh_findings *dst, bh_findings *src);
/* Removes findings for which keep() is false. */
void bh_findings_filter(bh_findings *f, bool (*keep)(bh_finding *, void *), void *arg);
/* Stable order: path, line, column, rule id. */
void bh_findings_sort(bh_findings *f);
bool bh_findings_any_at_or_above(const bh_findings *f, bh_severity threshold);
void bh_finding_release(bh_finding *x);

#endif
