/* Importers: public advisory formats into the vulnerability database.
 *
 *   OSV JSON          one record, an array of records, a directory of them, or
 *                     the all.zip archive OSV publishes per ecosystem
 *   Debian tracker    https://security-tracker.debian.org/tracker/data/json
 *   Alpine secdb      https://secdb.alpinelinux.org/<branch>/<repo>.json
 *
 * Everything one source provides is stored under the source's name, so
 * importing a source again replaces exactly what it brought before. Each
 * import runs in a savepoint: when it fails, the source keeps its old rows. */
#ifndef BH_VULN_IMPORT_H
#define BH_VULN_IMPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sqlite3.h>

#include "core/finding.h"

typedef enum bh_feed_kind {
	BH_FEED_AUTO,
	BH_FEED_OSV,
	BH_FEED_DEBIAN,
	BH_FEED_ALPINE,
} bh_feed_kind;

bool bh_feed_kind_parse(const char *name, bh_feed_kind *out);
const char *bh_feed_kind_name(bh_feed_kind k);

/* Input limits: a larger file or archive member is refused, never truncated. */
#define BH_IMPORT_MAX_FILE (1024u * 1024 * 1024)
#define BH_IMPORT_MAX_RECORD (32u * 1024 * 1024)
#define BH_IMPORT_MAX_FILES 5000000u

typedef struct bh_import {
	sqlite3 *db;
	char *source;
	bh_feed_kind kind;          /* detected from the first file when AUTO */
	bh_findings *errs;          /* problems, as path:line:col: message */
	sqlite3_stmt *ins_vuln, *ins_alias, *ins_affected, *ins_range, *ins_version;
	int64_t vulns, affected, skipped;
	size_t files;
} bh_import;

/* Starts replacing the rows of source. -1 (with an error in errs) on failure. */
int bh_import_begin(bh_import *im, sqlite3 *db, const char *source, bh_feed_kind kind, bh_findings *errs);
/* A file, a directory (every *.json below it) or an OSV zip archive. */
int bh_import_path(bh_import *im, const char *path);
/* One document already in memory; name is used in messages. data may be
 * modified. */
int bh_import_buffer(bh_import *im, const char *name, char *data, size_t len);

typedef struct bh_import_meta {
	const char *location;       /* URL or path */
	const char *sha256, *etag, *last_modified;
	int64_t size;
} bh_import_meta;

/* keep: write the source record and keep the rows; otherwise roll the source
 * back to what it was. Returns -1 when keeping fails. */
int bh_import_end(bh_import *im, bool keep, const bh_import_meta *meta);

#endif
