/* The vulnerability database: one SQLite file, written only by `bulkhead db`
 * and read by the matcher. Its schema and migrations are described in
 * docs/vuln-db.md; BH_VULNDB_SCHEMA is stored in PRAGMA user_version.
 *
 * Updates never modify the live file. bh_vulndb_update_begin copies it into a
 * temporary file beside it (SQLite's online backup), every change goes there,
 * and bh_vulndb_update_commit renames the copy over the original, so a reader
 * sees either the old database or the new one and an interrupted or failed
 * update leaves the old one untouched. */
#ifndef BH_VULN_DB_H
#define BH_VULN_DB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sqlite3.h>

#define BH_VULNDB_SCHEMA 3

typedef struct bh_vulndb {
	sqlite3 *db;
	char *path;      /* the database file */
	char *tmp_path;  /* update in progress: the copy being written */
	int lock_fd;     /* update in progress: flock'ed <path>.lock */
} bh_vulndb;

/* --db, else $BULKHEAD_DB, else $XDG_CACHE_HOME/bulkhead/vuln.db, else
 * ~/.cache/bulkhead/vuln.db. Returns a malloc'd path. */
char *bh_vulndb_default_path(const char *explicit_path);

/* Opens an existing database for reading. -1 with a message in err when it is
 * missing, unreadable, not a bulkhead database or of another schema version. */
int bh_vulndb_open(bh_vulndb *v, const char *path, char *err, size_t errlen);

/* Starts an update: takes <path>.lock, copies the current database (if any)
 * to a temporary file, migrates it to the current schema and opens it. */
int bh_vulndb_update_begin(bh_vulndb *v, const char *path, char *err, size_t errlen);
/* Rebuilds the derived package index when the update changed the data
 * (vuln/derive.h), then makes the update durable and visible (fsync,
 * rename); releases the lock. */
int bh_vulndb_update_commit(bh_vulndb *v, char *err, size_t errlen);
/* Discards the temporary copy; the database is as it was. */
void bh_vulndb_close(bh_vulndb *v);

/* Creates or migrates the schema in an open connection (used by updates and
 * by the fuzz targets on in-memory databases). */
int bh_vulndb_migrate(sqlite3 *db, char *err, size_t errlen);

/* Runs one SQL statement without results; -1 with the SQLite message. */
int bh_vulndb_exec(sqlite3 *db, const char *sql, char *err, size_t errlen);

/* What `db status` prints, one row per source. */
typedef struct bh_vulndb_source {
	char *name, *kind, *location, *sha256, *etag, *last_modified;
	int64_t size, imported_at, checked_at, vulns, affected;
} bh_vulndb_source;

typedef struct bh_vulndb_sources {
	bh_vulndb_source *items;
	size_t n, alloc;
} bh_vulndb_sources;

int bh_vulndb_list_sources(bh_vulndb *v, bh_vulndb_sources *out);
void bh_vulndb_sources_free(bh_vulndb_sources *s);
/* The source record for name, or false when there is none. */
bool bh_vulndb_get_source(sqlite3 *db, const char *name, bh_vulndb_source *out);
void bh_vulndb_source_release(bh_vulndb_source *s);

/* A database is stale when its newest check of any source (a download, or
 * a 304 answer) is older than this. */
#define BH_VULNDB_STALE_SECONDS (7 * 24 * 3600)

/* The newest checked_at of all sources (unix time); 0 when there is none. */
int64_t bh_vulndb_last_checked(bh_vulndb *v);

#endif
