/* Dockerfile parser: BuildKit frontend syntax into a df_file. */
#ifndef BH_DF_PARSER_H
#define BH_DF_PARSER_H

#include "core/finding.h"
#include "dockerfile/ast.h"

#define DF_MAX_BYTES (16u * 1024 * 1024)
#define DF_MAX_INSTRUCTIONS 100000

typedef struct df_parse_opts {
	const char *const *build_args; /* "NAME=value" as given to --build-arg */
	size_t nbuild_args;
} df_parse_opts;

/* Parses data; on a syntax error records path:line:col and returns -1. */
int df_parse(const char *path, const char *data, size_t len, const df_parse_opts *o,
	     df_file *out, bh_findings *errs);
void df_file_free(df_file *f);

#endif
