/* Internals shared by the image sources, the layer reader and the view.
 * Not part of the library's public surface: include image/image.h instead. */
#ifndef BH_IMGINT_H
#define BH_IMGINT_H

#include <stdarg.h>
#include <sys/types.h>

#include "image/image.h"

/* ---- errors ---- */
int bh_imgerr(bh_image_error *err, bh_image_errcode code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A printable copy of untrusted text: control bytes become '?', long text is cut. */
char *bh_img_printable(const char *s);

/* ---- a small chained string map ----
 * Each entry keeps its key's hash: a chain is walked comparing hashes, and
 * only an equal hash costs a strcmp (an image's paths share long prefixes).
 * The key is stored in the entry itself. */
typedef struct smap_ent {
	void *val;
	struct smap_ent *next;
	size_t hash;
	char key[];
} smap_ent;

typedef struct smap {
	smap_ent **b;
	size_t nb, n;
} smap;

void smap_init(smap *m);
/* free_val may be NULL. */
void smap_release(smap *m, void (*free_val)(void *));
void *smap_get(const smap *m, const char *key);
/* Inserts or replaces; key is copied. Returns the previous value or NULL. */
void *smap_put(smap *m, const char *key, void *val);
void *smap_del(smap *m, const char *key);

/* ---- digests ---- */
typedef struct bh_digest {
	char alg[8];      /* "sha256" or "sha512" */
	char hex[129];
} bh_digest;

/* Parses "sha256:<64 hex>" / "sha512:<128 hex>". */
int bh_digest_parse(const char *s, bh_digest *d, bh_image_error *err);

typedef struct bh_hasher bh_hasher;
bh_hasher *bh_hasher_new(const char *alg);
void bh_hasher_update(bh_hasher *h, const void *p, size_t n);
/* Writes lowercase hex to out (>= 129 bytes) and frees h. */
void bh_hasher_final(bh_hasher *h, char *out);
void bh_hasher_free(bh_hasher *h);
void bh_sha256_hex(const void *p, size_t n, char out[129]);

/* ---- raw byte sources and the decompressing stream ---- */
/* Returns bytes read (0 at end) or -1 with err filled by the reader. */
typedef ssize_t (*bh_rawread_fn)(void *ctx, void *buf, size_t cap, bh_image_error *err);

typedef enum { BH_COMP_NONE, BH_COMP_GZIP, BH_COMP_ZSTD } bh_comp;

/* A hasher fed from a second thread (hashpipe.c): take a buffer, fill it,
 * submit it; bh_hashpipe_free() waits until everything submitted is hashed.
 * NULL when no thread can be started. */
typedef struct bh_hashpipe bh_hashpipe;
bh_hashpipe *bh_hashpipe_new(bh_hasher *h, size_t nbuf, size_t cap);
/* Sets (or clears) the hasher; only before the first bh_hashpipe_submit(). */
void bh_hashpipe_set_hasher(bh_hashpipe *p, bh_hasher *h);
unsigned char *bh_hashpipe_buffer(bh_hashpipe *p);
void bh_hashpipe_submit(bh_hashpipe *p, size_t n);
void bh_hashpipe_free(bh_hashpipe *p);

/* The digest checks of one layer (layer_check.c). */
typedef struct bh_layer_check {
	bh_hasher *raw_hash, *plain_hash;
	bh_hashpipe *raw_pipe, *plain_pipe; /* still hashing when set: joined first */
	bh_digest blob, diff;               /* expected; compared when the hasher is set */
	bool one_hash;                      /* uncompressed, one algorithm: the raw digest is the diff id's */
	int64_t expect_size;                /* the descriptor's size; -1 when unknown */
	uint64_t raw_bytes;                 /* bytes as stored, read */
	char *what;
} bh_layer_check;
/* Waits for the hashing, compares, frees what c holds. Returns 0 or -1 with err. */
int bh_layer_check_run(bh_layer_check *c, bh_image_error *err);
/* Waits for the hashing and frees what c holds, comparing nothing. */
void bh_layer_check_free(bh_layer_check *c);

typedef struct bh_instream bh_instream;
/* raw_hash/plain_hash may be NULL; they see every raw / decompressed byte.
 * *budget is shared over the whole load and bounded by budget_max. */
bh_instream *bh_instream_new(bh_rawread_fn fn, void *ctx, bh_hasher *raw_hash, bh_hasher *plain_hash,
			     uint64_t *budget, uint64_t budget_max, const char *what, bh_image_error *err);
/* Next chunk of decompressed bytes: returns its size, 0 at end, -1 on error. */
ssize_t bh_instream_read(bh_instream *s, const void **out);
/* Reads and hashes whatever is left. 0 or -1. */
int bh_instream_drain(bh_instream *s);
/* raw_hash and plain_hash use one algorithm: when the stream turns out to be
 * uncompressed its plain bytes are its raw bytes, so plain_hash is left
 * alone and the raw digest stands for both (one SHA-256 pass, not two). */
void bh_instream_hash_plain_as_raw(bh_instream *s);
bool bh_instream_failed(const bh_instream *s);
bh_comp bh_instream_comp(const bh_instream *s);
uint64_t bh_instream_raw_bytes(const bh_instream *s);
uint64_t bh_instream_plain_bytes(const bh_instream *s);
void bh_instream_free(bh_instream *s);
/* How far reading may run ahead of the hashing, in bytes (default 512 KiB);
 * only before the first read. */
void bh_instream_set_lookahead(bh_instream *s, size_t bytes);
/* Hands over the hashing threads, still running, so that the stream can be
 * freed before they are done: the hashers are complete once the pipes are
 * freed (bh_layer_check_run). */
void bh_instream_take_pipes(bh_instream *s, bh_hashpipe **raw, bh_hashpipe **plain);

/* ---- layers ---- */
typedef enum { LOP_NONE, LOP_ADD, LOP_WHITEOUT, LOP_OPAQUE } lop;

typedef struct lentry {
	lop op;
	char *path; /* normalized; whiteout: the path removed; opaque: the directory */
	bh_ftype type;
	uint32_t mode;
	int64_t uid, gid, size;
	char *link;
	bool has_caps, link_escapes;
} lentry;

typedef struct layer_diff {
	lentry *e;
	size_t n, alloc;
} layer_diff;

void layer_diff_release(layer_diff *d);

/* Shared state of one load: limits and counters over every layer. */
typedef struct bh_load_ctx {
	bh_image_limits lim;
	bh_image *img;
	const bh_content_cb *content;
	uint64_t bytes_used;   /* decompressed bytes, every stream */
	uint64_t entries_used;
	uint64_t meta_used;
} bh_load_ctx;

/* Reads one layer tar from the stream into diff; anomalies are recorded
 * against layer index `layer`. Returns 0 or -1 with err. */
int bh_layer_read(bh_load_ctx *lc, bh_instream *in, int layer, layer_diff *diff,
		  uint64_t *entries, bh_image_error *err);

/* "./a//b/../c" -> "a/c"; *abs for a leading "/", *escape when ".." climbs
 * above the root; *depth is the number of components. */
char *bh_img_normalize(const char *in, bool *abs, bool *escape, size_t *depth);

void bh_img_anomaly(bh_image *img, bh_anomaly_kind k, int layer, const char *path, const char *detail);

/* ---- the view ---- */
bh_fs *bh_fs_new(void);
void bh_fs_free(bh_fs *fs);
/* Applies one layer's changes on top of the view. */
void bh_fs_apply(bh_fs *fs, bh_image *img, const layer_diff *d, int layer);

/* ---- config ---- */
int bh_config_parse(const char *data, size_t len, bh_image_config *cfg, const char *what,
		    bh_image_error *err);
void bh_config_release(bh_image_config *cfg);

#endif
