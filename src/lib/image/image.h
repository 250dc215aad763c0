/* Container images as one model: where they come from (docker-archive, OCI
 * layout as a directory or a tar), what their manifest and config say, and
 * the filesystem their layers add up to.
 *
 * Every byte is treated as hostile. Layers are read once, streaming, never
 * extracted; every size, count and path comes with an explicit limit
 * (bh_image_limits), and every digest is checked while the bytes go by.
 * Problems that make the image unusable are errors with a stable name
 * (bh_image_errname); problems inside a layer that a real extractor would
 * survive (absolute paths, symlinks that climb out, duplicate entries, ...)
 * are anomalies: recorded with their layer and path, and the offending entry
 * is left out of the view when applying it would mean leaving the image root. */
#ifndef BH_IMAGE_H
#define BH_IMAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- limits --------------------------------------------------------------- */

typedef struct bh_image_limits {
	uint64_t max_total_bytes;  /* decompressed bytes over all layers and archive passes */
	uint64_t max_entries;      /* tar entries over all layers */
	size_t max_path_len;       /* bytes in one entry path or link target */
	size_t max_path_depth;     /* components in one entry path */
	size_t max_header_bytes;   /* one tar header incl. PAX / GNU long-name extensions */
	size_t max_json_bytes;     /* one manifest, index or config document */
	size_t max_meta_bytes;     /* memory for paths and link targets over all layers (a path
				    * is held in up to four places and charged for each) */
	size_t max_layers;         /* layers in one image */
} bh_image_limits;

/* Defaults: 16 GiB, 1 million entries, 4096-byte paths, depth 256, 1 MiB
 * headers, 16 MiB JSON, 512 MiB of metadata, 256 layers. */
void bh_image_limits_default(bh_image_limits *l);

/* ---- errors --------------------------------------------------------------- */

typedef enum bh_image_errcode {
	BH_IMGE_OK = 0,
	BH_IMGE_IO,              /* io-error: the source could not be read */
	BH_IMGE_FORMAT,          /* not-an-image: no manifest.json / index.json, bad layout */
	BH_IMGE_JSON,            /* bad-json: manifest, index or config is not what it should be */
	BH_IMGE_MISSING,         /* missing-blob: a referenced layer/config is not there */
	BH_IMGE_PATH_ESCAPE,     /* path-escape: a reference leaves the image (../, /abs) */
	BH_IMGE_DUPLICATE,       /* duplicate-member: an archive member appears twice */
	BH_IMGE_BAD_DIGEST,      /* bad-digest: malformed or unsupported digest */
	BH_IMGE_DIGEST_MISMATCH, /* digest-mismatch: content does not hash to its digest */
	BH_IMGE_SIZE_MISMATCH,   /* size-mismatch: blob size differs from its descriptor */
	BH_IMGE_PLATFORM,        /* no-platform: the index has no manifest for --platform */
	BH_IMGE_TRUNCATED,       /* truncated: an archive or compressed stream ends early */
	BH_IMGE_CORRUPT,         /* corrupt: undecodable tar, gzip or zstd data */
	BH_IMGE_LIMIT_BYTES,     /* limit-bytes: decompressed size limit (decompression bomb) */
	BH_IMGE_LIMIT_ENTRIES,   /* limit-entries: too many entries */
	BH_IMGE_LIMIT_PATH,      /* limit-path: a path is too long or too deep */
	BH_IMGE_LIMIT_HEADER,    /* limit-header: one tar header is too large */
	BH_IMGE_LIMIT_JSON,      /* limit-json: a JSON document is too large */
	BH_IMGE_LIMIT_META,      /* limit-metadata: too many path bytes kept */
	BH_IMGE_LIMIT_LAYERS,    /* limit-layers: too many layers */
	BH_IMGE_CALLBACK,        /* callback: a content callback asked to stop */
} bh_image_errcode;

typedef struct bh_image_error {
	bh_image_errcode code;
	char message[512]; /* names the file/member and what was expected */
} bh_image_error;

const char *bh_image_errname(bh_image_errcode code);

/* ---- anomalies: hostile or suspicious layer content ----------------------- */

typedef enum bh_anomaly_kind {
	BH_ANOM_ABSOLUTE_PATH,       /* absolute-path: "/etc/x" in a layer; kept as etc/x */
	BH_ANOM_PATH_TRAVERSAL,      /* path-traversal: "../x" climbs out; entry dropped */
	BH_ANOM_SYMLINK_ESCAPE,      /* symlink-escape: relative target climbs above the root */
	BH_ANOM_HARDLINK_ESCAPE,     /* hardlink-escape: target outside the image; entry dropped */
	BH_ANOM_HARDLINK_MISSING,    /* hardlink-missing: target not in the image */
	BH_ANOM_DUPLICATE_ENTRY,     /* duplicate-entry: same path twice in one layer */
	BH_ANOM_CONFLICTING_ENTRY,   /* conflicting-entry: same path twice, different types */
	BH_ANOM_SPARSE_FILE,         /* sparse-file */
	BH_ANOM_THROUGH_SYMLINK,     /* through-symlink: parent is a symlink or file; entry dropped */
	BH_ANOM_BAD_WHITEOUT,        /* bad-whiteout: ".wh." naming nothing valid; ignored */
	BH_ANOM_DEVICE_FILE,         /* device-file: character or block device */
	BH_ANOM__COUNT
} bh_anomaly_kind;

const char *bh_anomaly_name(bh_anomaly_kind k);

/* A hostile layer can make an anomaly of every entry; beyond this many only
 * the count is kept. */
#define BH_IMAGE_MAX_ANOMALIES 10000

typedef struct bh_anomaly {
	bh_anomaly_kind kind;
	int layer;    /* 0-based layer index */
	char *path;   /* entry name as written in the layer (sanitised for printing) */
	char *detail; /* link target or other context; may be NULL */
} bh_anomaly;

/* ---- the filesystem view -------------------------------------------------- */

typedef enum bh_ftype {
	BH_FT_REG,
	BH_FT_DIR,
	BH_FT_SYMLINK,
	BH_FT_HARDLINK,
	BH_FT_CHAR,
	BH_FT_BLOCK,
	BH_FT_FIFO,
} bh_ftype;

const char *bh_ftype_name(bh_ftype t);

typedef struct bh_fs_node bh_fs_node;

/* What one path is in the final view. Paths are relative to the image root,
 * normalized ("etc/passwd"; the root itself is ""). */
typedef struct bh_fs_entry {
	const char *path;
	bh_ftype type;
	uint32_t mode;       /* permission bits including 07000 */
	int64_t uid, gid;
	int64_t size;        /* logical size of regular files */
	const char *link;    /* symlink target as written; hardlink target normalized */
	bool setuid, setgid;
	bool has_caps;       /* security.capability xattr present */
	bool implicit;       /* directory created only because an entry lives below it */
	bool link_escapes;   /* symlink target climbs above the image root */
	int added_layer;     /* layer that created this path (-1: the root) */
	int modified_layer;  /* last layer that wrote it (== added_layer when untouched) */
} bh_fs_entry;

/* A path that existed and was removed by a whiteout, opaque directory or a
 * non-directory replacing a directory. */
typedef struct bh_fs_deletion {
	char *path;
	bh_ftype type;
	int added_layer;
	int deleted_layer;
} bh_fs_deletion;

typedef struct bh_fs bh_fs;

/* NULL when path is not in the final view. path is normalized first
 * ("/etc/../etc/passwd" finds etc/passwd); "" or "/" is the root. */
const bh_fs_entry *bh_fs_lookup(const bh_fs *fs, const char *path);
/* Visits every live entry (the root excluded) in sorted path order, parents
 * before children. Stops and returns the first non-zero callback result. */
int bh_fs_walk(const bh_fs *fs, int (*fn)(const bh_fs_entry *e, void *arg), void *arg);
size_t bh_fs_count(const bh_fs *fs);
size_t bh_fs_ndeletions(const bh_fs *fs);
const bh_fs_deletion *bh_fs_deletion_at(const bh_fs *fs, size_t i);
/* The most recent deletion of path, or NULL. */
const bh_fs_deletion *bh_fs_deleted(const bh_fs *fs, const char *path);

/* ---- content callbacks ---------------------------------------------------- */

/* Lets later checks (secrets, packages) see every regular file's content as
 * it streams by. Files arrive in archive order, which for docker-archive and
 * OCI tars need not be layer order; `layer` says which layer it is in. A file
 * seen here may be deleted or replaced by a later layer: ask the view. */
typedef struct bh_content_cb {
	/* Return false to skip this file's content. */
	bool (*begin)(void *arg, int layer, const char *path, int64_t size, uint32_t mode);
	/* Content at offset (sparse files have holes). Non-zero stops the load
	 * with BH_IMGE_CALLBACK. */
	int (*data)(void *arg, const void *buf, size_t len, uint64_t offset);
	/* complete is false when the file was cut short. */
	void (*end)(void *arg, bool complete);
	void *arg;
} bh_content_cb;

/* ---- the image ------------------------------------------------------------ */

typedef struct bh_image_layer {
	char *digest;     /* blob digest ("sha256:..."); for legacy docker-archive the diff id */
	char *diff_id;    /* from the config's rootfs.diff_ids; NULL when absent */
	char *media_type; /* as the manifest says; docker-archive: what the bytes are */
	char *source;     /* member or file it was read from */
	int64_t size;     /* blob size in bytes as stored */
	uint64_t uncompressed_size;
	uint64_t entries;
} bh_image_layer;

typedef struct bh_image_history {
	char *created;
	char *created_by;
	char *comment;
	bool empty_layer;
} bh_image_history;

typedef struct bh_kv {
	char *key;
	char *value;
} bh_kv;

typedef struct bh_image_config {
	char *digest;       /* config blob digest = image id */
	char *os, *architecture, *variant;
	char *created;
	char *user;         /* config.User; NULL when unset */
	char *workdir;
	char **env;         /* "NAME=value" */
	size_t nenv;
	char **entrypoint, **cmd;
	size_t nentrypoint, ncmd;
	char **exposed_ports; /* "80/tcp" */
	size_t nexposed_ports;
	char **volumes;
	size_t nvolumes;
	bh_kv *labels;
	size_t nlabels;
	bool has_healthcheck;
	char **healthcheck_test; /* ["CMD-SHELL", "..."]; ["NONE"] disables */
	size_t nhealthcheck_test;
	bh_image_history *history;
	size_t nhistory;
	char **diff_ids;
	size_t ndiff_ids;
} bh_image_config;

typedef enum bh_image_format {
	BH_IMG_DOCKER_ARCHIVE,
	BH_IMG_OCI_LAYOUT,
} bh_image_format;

typedef struct bh_image {
	char *source;            /* path as the user gave it */
	bh_image_format format;
	bool source_is_dir;
	char *manifest_digest;   /* OCI: selected manifest; NULL for docker-archive */
	char *manifest_media_type;
	char **repo_tags;        /* docker-archive RepoTags / OCI ref.name annotation */
	size_t nrepo_tags;
	bh_image_config config;
	bh_image_layer *layers;
	size_t nlayers;
	bh_fs *fs;               /* final filesystem view */
	bh_anomaly *anomalies;   /* in the order found, at most BH_IMAGE_MAX_ANOMALIES */
	size_t nanomalies, anomalies_alloc;
	size_t anomalies_dropped; /* found beyond that cap: counted, not kept */
	uint64_t total_bytes;    /* decompressed bytes read */
	struct bh_layer_check *pending; /* digests still being computed (defer_last_digest) */
	size_t npending;
} bh_image;

typedef struct bh_image_opts {
	const char *platform;       /* "os/arch[/variant]"; NULL means linux/amd64 */
	const char *ref;            /* docker-archive with several images: the RepoTag to pick */
	const bh_image_limits *limits; /* NULL: defaults */
	const bh_content_cb *content;  /* NULL: nobody looks at contents */
	bool skip_fs;               /* only manifest and config: no layer is read */
	/* The last layer's digests are still being computed when the load
	 * returns: the caller works with the image meanwhile and must call
	 * bh_image_verify() before it reports anything it learnt from it. */
	bool defer_last_digest;
} bh_image_opts;

/* Loads path (docker-archive tar/.tar.gz, OCI layout directory or tar).
 * Returns 0, or -1 with err filled; img is then released already. */
int bh_image_load(const char *path, const bh_image_opts *opts, bh_image *img, bh_image_error *err);
/* Loads a docker-archive or OCI-layout tar from a seekable descriptor (the
 * daemon and registry sources spool into one); name is what messages call
 * it. fd stays the caller's; it is read from offset 0 on each pass. */
int bh_image_load_fd(int fd, const char *name, const bh_image_opts *opts, bh_image *img, bh_image_error *err);
void bh_image_release(bh_image *img);
/* Finishes the digest checks defer_last_digest left running. Returns 0, or
 * -1 with err filled (a digest mismatch: nothing read from the image may be
 * used). Without pending checks it returns 0 at once. */
int bh_image_verify(bh_image *img, bh_image_error *err);

/* Reads one layer tar (plain, gzip or zstd) from memory into a fresh view as
 * layer 0: the fuzz target and tests use it. Returns 0 or -1 with err. */
int bh_image_load_layer_mem(const void *data, size_t len, const bh_image_limits *limits,
			    const bh_content_cb *content, bh_image *img, bh_image_error *err);

#endif
