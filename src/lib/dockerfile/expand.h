/* Dockerfile word processing: quote removal and $VAR / ${VAR...} expansion
 * with the semantics of the BuildKit frontend. */
#ifndef BH_DF_EXPAND_H
#define BH_DF_EXPAND_H

#include "core/strbuf.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct df_var {
	char *name;
	char *value;
} df_var;

typedef struct df_vars {
	df_var *items;
	size_t n, alloc;
	size_t *index;    /* hash of the names: item number + 1, 0 = free slot */
	size_t index_cap; /* 0 or a power of two */
} df_vars;

void df_vars_set(df_vars *v, const char *name, const char *value);
/* NULL when not set. */
const char *df_vars_get(const df_vars *v, const char *name);
void df_vars_copy(df_vars *dst, const df_vars *src);
void df_vars_free(df_vars *v);

/* Two scopes: ENV values shadow ARG values of the same name. */
typedef struct df_scope {
	const df_vars *env;
	const df_vars *args;
} df_scope;

/* Expands one word. Quotes are removed. unresolved (may be NULL) is set when
 * a variable without a value and without a default was referenced. */
char *df_expand(const char *s, size_t len, char esc, const df_scope *scope, bool *unresolved);
/* The same, appended to out. */
void df_expand_to(strbuf *out, const char *s, size_t len, char esc, const df_scope *scope, bool *unresolved);

/* Splits text into words at unquoted whitespace; returns offsets/lengths of
 * the raw words. The caller frees *starts and *lens. */
size_t df_split(const char *s, size_t len, char esc, size_t **starts, size_t **lens);
/* Length of the word at the start of s (s[0] is not a space), as df_split would cut it. */
size_t df_first_word_len(const char *s, size_t len, char esc);

#endif
