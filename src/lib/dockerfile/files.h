/* Which files are Dockerfiles, and linting one file from disk. */
#ifndef BH_DF_FILES_H
#define BH_DF_FILES_H

#include <stdbool.h>

#include "core/finding.h"
#include "dockerfile/lint.h"
#include "dockerfile/parser.h"

/* Dockerfile, Containerfile, *.Dockerfile, Dockerfile.*, ... */
bool df_is_dockerfile_name(const char *path, const char *name);
/* A .dockerignore beside the Dockerfile, or <Dockerfile>.dockerignore. */
bool df_has_dockerignore(const char *dockerfile_path);
/* Reads, parses and lints one file ("-" is standard input). */
void df_lint_path(const char *path, const df_parse_opts *po, const df_lint_opts *lo, bh_findings *out);

#endif
