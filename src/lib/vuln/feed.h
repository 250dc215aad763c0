/* Where `bulkhead db update` downloads from, and how.
 *
 * A sources file has one source per line, "NAME KIND URL" (KIND is osv,
 * debian or alpine; # starts a comment), so mirrors are a matter of editing
 * URLs. Downloads are conditional (If-None-Match / If-Modified-Since with the
 * validators recorded at the last import), resume an interrupted transfer
 * (Range + If-Range) from NAME.part in the download directory, and record
 * the SHA-256 of what was imported. */
#ifndef BH_VULN_FEED_H
#define BH_VULN_FEED_H

#include <stdbool.h>
#include <stdint.h>

#include "core/finding.h"
#include "vuln/import.h"

typedef struct bh_feed_source {
	char *name;
	bh_feed_kind kind;
	char *url;
} bh_feed_source;

typedef struct bh_feed_sources {
	bh_feed_source *items;
	size_t n, alloc;
} bh_feed_sources;

/* The public sources bulkhead knows (docs/vuln-db.md lists them). */
void bh_feed_sources_default(bh_feed_sources *s);
int bh_feed_sources_load(bh_feed_sources *s, const char *path, bh_findings *errs);
void bh_feed_sources_free(bh_feed_sources *s);

typedef enum { BH_DL_OK, BH_DL_NOT_MODIFIED, BH_DL_FAILED } bh_dl_status;

typedef struct bh_download {
	bh_dl_status status;
	char *file;                 /* the complete download (NAME.part) */
	char *etag, *last_modified; /* validators the server sent */
	char sha256[65];
	int64_t size;
	bool resumed;               /* continued an earlier partial transfer */
	char error[512];
} bh_download;

/* Fetches url into dir/name.part. etag and last_modified (may be NULL) make
 * the request conditional; progress draws a bar on stderr. */
void bh_feed_download(const char *url, const char *dir, const char *name, const char *etag,
		      const char *last_modified, bool progress, bh_download *out);
void bh_download_release(bh_download *d);

/* SHA-256 of a file as lowercase hex; false when it cannot be read. */
bool bh_sha256_file(const char *path, char out[65]);

#endif
