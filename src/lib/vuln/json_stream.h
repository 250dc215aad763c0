/* Large JSON objects read one top-level member at a time.
 *
 * The Debian Security Tracker publishes one object of tens of megabytes with
 * millions of values; building it as one tree would cost gigabytes. This reader
 * streams the libyaml events and hands each top-level member to a callback as
 * a small ynode tree (the same node type yamldoc produces, so ymap_get and
 * yscalar work on it), freed as soon as the callback returns. */
#ifndef BH_VULN_JSON_STREAM_H
#define BH_VULN_JSON_STREAM_H

#include <stddef.h>

#include "core/yamldoc.h"

/* Bounds per member value: deeper or bigger members are an error. */
#define BH_JSON_MEMBER_MAX_DEPTH 64
#define BH_JSON_MEMBER_MAX_NODES (1u << 20)

/* fn returns 0 to go on, non-zero to stop (that value is returned). */
typedef int (*bh_json_member_fn)(const char *key, const ynode *value, void *arg);

/* Walks the members of the top-level object of data. data is modified in
 * place (tabs outside strings become spaces, which libyaml requires). Returns
 * 0, the callback's non-zero value, or -1 with err filled. */
int bh_json_each_member(char *data, size_t len, bh_json_member_fn fn, void *arg, yerror *err);

/* The first key of the top-level object, copied into out; false when the
 * document is not an object or the object is empty. */
bool bh_json_first_key(const char *data, size_t len, char *out, size_t outlen);

/* Replaces tabs outside JSON strings by spaces, in place. */
void bh_json_untab(char *data, size_t len);

#endif
