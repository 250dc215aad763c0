/* bulkhead audit: finding every file a container setup is described in.
 *
 * One walk over a source tree sorts files into Dockerfiles (for the linter)
 * and candidate run configurations (compose, Kubernetes, inspect, OCI; the
 * spec loader decides by content). Version-control and dependency folders,
 * build trees and whatever .bulkheadignore or the policy's ignore_paths
 * exclude are left out. The rules are in docs/audit.md. */
#ifndef BH_AUDIT_H
#define BH_AUDIT_H

#include <stdbool.h>
#include <stddef.h>

#include "core/finding.h"
#include "core/policy.h"

#define AU_IGNORE_FILE ".bulkheadignore"
#define AU_IGNORE_MAX_BYTES (1u << 20)
#define AU_IGNORE_MAX_PATTERNS 10000

/* The exclude list of .bulkheadignore: .dockerignore syntax (one glob per
 * line, # comments, ! re-includes, the last matching line wins) over paths
 * relative to the audited directory. */
typedef struct au_pattern {
	char *glob;
	bool negate;
	bool dir_only; /* written with a trailing slash */
	int line;
} au_pattern;

typedef struct au_ignore {
	char *path; /* the file read, NULL when there is none */
	au_pattern *items;
	size_t n, alloc;
} au_ignore;

/* Reads root/.bulkheadignore when it exists. Returns 0, or -1 with an error
 * in errs naming the file and line. */
int au_ignore_load(au_ignore *ig, const char *root, bh_findings *errs);
/* Parses ignore-file text; path names it in errors. */
int au_ignore_parse(au_ignore *ig, const char *path, const char *data, size_t len, bh_findings *errs);
bool au_ignored(const au_ignore *ig, const char *rel, bool is_dir);
void au_ignore_release(au_ignore *ig);

typedef enum au_kind {
	AU_DOCKERFILE,
	AU_SPEC, /* maybe a run configuration: the loader decides */
} au_kind;

typedef struct au_file {
	char *path;
	au_kind kind;
} au_file;

typedef struct au_files {
	au_file *items;
	size_t n, alloc;
} au_files;

/* Should the walk skip this directory whatever the ignore files say? */
bool au_skip_dir(const char *path, const char *name);

/* Walks root and appends what to audit, sorted by path within root. */
void au_collect(const char *root, const au_ignore *ig, const bh_policy *policy, au_files *out);
void au_files_release(au_files *f);

#endif
