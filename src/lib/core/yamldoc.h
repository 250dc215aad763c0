/* YAML and JSON documents as a node tree that remembers line and column.
 *
 * One reader for policy files, compose files, Kubernetes manifests, docker
 * inspect output and OCI config.json (JSON is read as YAML flow syntax), so
 * every finding can point at the line it came from. Anchors and aliases are
 * shared, not copied, so alias bombs cost no memory; merge keys (<<) are
 * applied; depth, node count and merged-pair count are bounded. */
#ifndef BH_YAMLDOC_H
#define BH_YAMLDOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum ynode_kind { YN_SCALAR, YN_SEQ, YN_MAP } ynode_kind;

typedef struct ynode {
	ynode_kind kind;
	int line, col;      /* 1-based */
	bool plain;         /* scalar written without quotes (null/bool/int resolution) */
	char *str;          /* scalar text (NUL-terminated; may hold NULs within len) */
	size_t len;
	struct ynode **items; /* seq: items; map: key0, val0, key1, val1, ... */
	size_t n;           /* number of items (map: 2 x pairs) */
	size_t alloc;
} ynode;

typedef struct ydoc_set {
	ynode **docs;       /* one root per YAML document ("---") */
	size_t ndocs, docs_alloc;
	ynode **all;        /* every node, for freeing */
	size_t nall, all_alloc;
} ydoc_set;

typedef struct yerror {
	int line, col;
	char message[256];
} yerror;

/* Parses data (YAML stream or JSON). Returns 0, or -1 with err filled. */
int ydoc_parse(const char *data, size_t len, ydoc_set *out, yerror *err);
void ydoc_free(ydoc_set *s);

size_t ymap_size(const ynode *map);
ynode *ymap_key_at(const ynode *map, size_t i);
ynode *ymap_val_at(const ynode *map, size_t i);
/* Value for a key in a mapping; NULL if map is not a mapping or key absent. */
ynode *ymap_get(const ynode *map, const char *key);
/* Scalar text, or NULL when n is NULL or not a scalar. */
const char *yscalar(const ynode *n);
bool yis_null(const ynode *n);
/* YAML 1.1/1.2 and JSON booleans: true/false/yes/no/on/off (plain scalars). */
bool ybool(const ynode *n, bool *out);
bool yint(const ynode *n, int64_t *out);
bool yis_map(const ynode *n);
bool yis_seq(const ynode *n);

#endif
