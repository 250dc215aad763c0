/* Runs the Dockerfile rules over a parsed file. */
#ifndef BH_DF_LINT_H
#define BH_DF_LINT_H

#include "core/finding.h"
#include "core/policy.h"
#include "dockerfile/ast.h"

typedef struct df_lint_opts {
	const bh_policy *policy;   /* trusted registries; may be NULL */
	const char *target;        /* build target stage; NULL = last stage */
	bool has_dockerignore;     /* a .dockerignore applies to this Dockerfile */
	/* When set, has_dockerignore is not known yet: it is looked up for this
	 * Dockerfile path (df_has_dockerignore) only if a rule needs it, which
	 * saves three stat calls on most files. */
	const char *dockerignore_of;
} df_lint_opts;

void df_lint(const df_file *f, const df_lint_opts *o, bh_findings *out);

/* Splits an image reference into registry, repository, tag and digest
 * (docker.io and "latest" are not filled in). Returns false if empty. */
typedef struct df_imageref {
	char registry[256];
	char repo[1024];
	char tag[256];
	char digest[160];
	bool registry_implicit; /* docker.io because none was written */
} df_imageref;
bool df_parse_imageref(const char *ref, df_imageref *out);

#endif
