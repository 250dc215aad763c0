/* OpenVEX documents (https://github.com/openvex/spec): statements that a
 * product is not affected by, or already fixed for, a vulnerability. The
 * matcher drops a match when a statement with status not_affected or fixed
 * names the vulnerability (or an alias) and the package's purl among its
 * products or subcomponents. */
#ifndef BH_VULN_VEX_H
#define BH_VULN_VEX_H

#include <stdbool.h>
#include <stddef.h>

#include "core/finding.h"

typedef struct bh_vex_statement {
	char *vulnerability;
	char **aliases;        /* other names the statement gives the vulnerability */
	size_t naliases;
	char *status;          /* not_affected, fixed, affected, under_investigation */
	char *justification;
	char **purls;          /* products and subcomponents */
	size_t npurls;
} bh_vex_statement;

typedef struct bh_vex {
	bh_vex_statement *items;
	size_t n, alloc;
} bh_vex;

/* Adds the statements of one OpenVEX file; errors name the file and line. */
int bh_vex_load(bh_vex *v, const char *path, bh_findings *errs);
int bh_vex_load_buffer(bh_vex *v, const char *name, const char *data, size_t len, bh_findings *errs);
void bh_vex_free(bh_vex *v);

/* The statement that clears (id or one of aliases, purl), or NULL. */
const bh_vex_statement *bh_vex_clears(const bh_vex *v, const char *id, char *const *aliases, size_t naliases,
				      const char *purl);

/* purl equality for VEX: type, namespace and name must match (case-
 * insensitively); the version only when the statement's purl has one. */
bool bh_purl_matches(const char *pattern, const char *purl);

#endif
