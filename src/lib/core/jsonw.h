/* A small streaming JSON writer: correct escaping, optional indentation. */
#ifndef BH_JSONW_H
#define BH_JSONW_H

#include <stdbool.h>
#include <stdint.h>

#include "core/strbuf.h"

#define JSONW_MAX_DEPTH 64

typedef struct jsonw {
	strbuf *out;
	int depth;
	bool pretty;
	bool first[JSONW_MAX_DEPTH];
	bool after_key;
} jsonw;

void jsonw_init(jsonw *w, strbuf *out, bool pretty);
void jsonw_obj_open(jsonw *w);
void jsonw_obj_close(jsonw *w);
void jsonw_arr_open(jsonw *w);
void jsonw_arr_close(jsonw *w);
void jsonw_key(jsonw *w, const char *key);
void jsonw_str(jsonw *w, const char *s); /* NULL writes null */
void jsonw_strn(jsonw *w, const char *s, size_t n);
void jsonw_int(jsonw *w, int64_t v);
void jsonw_uint(jsonw *w, uint64_t v);
void jsonw_double(jsonw *w, double v);
void jsonw_bool(jsonw *w, bool v);
void jsonw_null(jsonw *w);
/* key + value shorthands */
void jsonw_kstr(jsonw *w, const char *key, const char *s);
void jsonw_kint(jsonw *w, const char *key, int64_t v);
void jsonw_kbool(jsonw *w, const char *key, bool v);
/* Appends JSON-escaped bytes (no quotes). Invalid UTF-8 becomes U+FFFD. */
void json_escape(strbuf *out, const char *s, size_t n);

#endif
