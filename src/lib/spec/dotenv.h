/* The .env file docker compose reads from the project directory: default
 * values for ${VAR} interpolation (the process environment wins over it). */
#ifndef BH_SPEC_DOTENV_H
#define BH_SPEC_DOTENV_H

#include <stddef.h>

#include "core/finding.h"

#define CS_DOTENV_MAX_BYTES (1u * 1024 * 1024)

typedef struct cs_dotenv {
	char **names;
	char **values;
	int *lines; /* where each variable was (last) set */
	size_t n, alloc;
} cs_dotenv;

/* Parses .env text: KEY=VALUE lines, "export " prefixes, # comments, single
 * quotes (literal), double quotes (\n \t \" \\ escapes, may span lines),
 * unquoted values (trimmed, " #" starts a comment). Unquoted and double-quoted
 * values may use ${VAR} of earlier lines and of the environment. A later line
 * overrides an earlier one. Returns 0, or -1 with an error at path:line. */
int cs_dotenv_parse(const char *path, const char *data, size_t len, cs_dotenv *out, bh_findings *errs);
/* Reads the file; a missing file is an empty .env. */
int cs_dotenv_load(const char *path, cs_dotenv *out, bh_findings *errs);
const char *cs_dotenv_get(const cs_dotenv *e, const char *name);
void cs_dotenv_free(cs_dotenv *e);

#endif
