#include "vuln/db.h"
#include "core/util.h"
#include "vuln/derive.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

/* migrations[i] takes a database from schema version i to i + 1. Version 0 is
 * an empty file. A migration that cannot carry data forward drops it and
 * clears the sources' validators, so the next `db update` downloads afresh:
 * the database is a cache of the public sources, never the only copy. */
static const char *const migrations[BH_VULNDB_SCHEMA] = {
	/* 0 -> 1 */
	"CREATE TABLE source ("
	"  name TEXT PRIMARY KEY,"
	"  kind TEXT NOT NULL,"
	"  location TEXT NOT NULL,"
	"  sha256 TEXT, etag TEXT, last_modified TEXT,"
	"  size INTEGER NOT NULL DEFAULT 0,"
	"  imported_at INTEGER NOT NULL,"
	"  checked_at INTEGER NOT NULL,"
	"  vulns INTEGER NOT NULL DEFAULT 0,"
	"  affected INTEGER NOT NULL DEFAULT 0);"
	"CREATE TABLE vuln ("
	"  source TEXT NOT NULL,"
	"  id TEXT NOT NULL,"
	"  summary TEXT,"
	"  severity TEXT NOT NULL DEFAULT 'unknown',"
	"  cvss_vector TEXT,"
	"  cvss_score REAL,"
	"  link TEXT,"
	"  modified TEXT,"
	"  withdrawn TEXT,"
	"  PRIMARY KEY (source, id));"
	"CREATE INDEX vuln_by_id ON vuln (id);"
	"CREATE TABLE alias ("
	"  source TEXT NOT NULL,"
	"  vuln_id TEXT NOT NULL,"
	"  alias TEXT NOT NULL,"
	"  PRIMARY KEY (source, vuln_id, alias));"
	"CREATE INDEX alias_by_alias ON alias (alias);"
	"CREATE TABLE affected ("
	"  id INTEGER PRIMARY KEY,"
	"  source TEXT NOT NULL,"
	"  vuln_id TEXT NOT NULL,"
	"  ecosystem TEXT NOT NULL,"
	"  distro_release TEXT NOT NULL,"
	"  package TEXT NOT NULL,"
	"  scheme TEXT NOT NULL,"
	"  status TEXT NOT NULL,"
	"  severity TEXT,"
	"  urgency TEXT);"
	"CREATE INDEX affected_by_package ON affected (ecosystem, package, distro_release);"
	"CREATE INDEX affected_by_source ON affected (source);"
	"CREATE TABLE vrange ("
	"  affected_id INTEGER NOT NULL,"
	"  introduced TEXT, fixed TEXT, last_affected TEXT, lim TEXT);"
	"CREATE INDEX vrange_by_affected ON vrange (affected_id);"
	"CREATE TABLE affected_version ("
	"  affected_id INTEGER NOT NULL,"
	"  version TEXT NOT NULL);"
	"CREATE INDEX affected_version_by_affected ON affected_version (affected_id);",
	/* 1 -> 2: the matcher reads a package's rows ordered by source and
	 * advisory id; with those in the index (the row id comes last in every
	 * index) the rows come out in that order and need no sort per package.
	 * Rows carry forward: only the index is rebuilt. */
	"DROP INDEX affected_by_package;"
	"CREATE INDEX affected_by_package ON affected (ecosystem, package, distro_release, source, vuln_id);",
	/* 2 -> 3: everything the matcher needs per advisory row
	 * (vuln/derive.h), the rows of one package consecutive, so that a
	 * package costs one search in a small key table and one range scan.
	 * (A WITHOUT ROWID table keyed by package would do it in one search,
	 * but an index b-tree keeps whole rows in its interior pages: a fanout
	 * of 12 and five levels.) What decides whether a row applies comes
	 * first and apart from what only the report needs (shared by the rows
	 * of one advisory), so the scan reads few pages. The tables are empty after the migration; the update
	 * that migrated rebuilds them from the rows carried forward before it
	 * commits. */
	"CREATE TABLE package_advisory ("
	"  id INTEGER PRIMARY KEY,"
	"  scheme TEXT NOT NULL,"
	"  status TEXT NOT NULL,"
	"  ranges BLOB,"
	"  versions BLOB,"
	"  withdrawn INTEGER NOT NULL,"
	"  report_id INTEGER NOT NULL,"
	"  ecosystem TEXT NOT NULL,"
	"  package TEXT NOT NULL,"
	"  distro_release TEXT NOT NULL,"
	"  source TEXT NOT NULL,"
	"  vuln_id TEXT NOT NULL,"
	"  affected_id INTEGER NOT NULL);"
	"CREATE TABLE package_advisory_report ("
	"  id INTEGER PRIMARY KEY,"
	"  aliases BLOB,"
	"  severity TEXT,"
	"  cvss_vector TEXT,"
	"  cvss_score REAL NOT NULL,"
	"  summary TEXT,"
	"  link TEXT);"
	"CREATE TABLE package_key ("
	"  package TEXT NOT NULL,"
	"  ecosystem TEXT NOT NULL,"
	"  distro_release TEXT NOT NULL,"
	"  first_id INTEGER NOT NULL,"
	"  last_id INTEGER NOT NULL,"
	"  PRIMARY KEY (package, ecosystem, distro_release)"
	") WITHOUT ROWID;",
};

static void set_err(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
	if (!err || !errlen)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

int bh_vulndb_exec(sqlite3 *db, const char *sql, char *err, size_t errlen)
{
	char *msg = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		set_err(err, errlen, "%s", msg ? msg : sqlite3_errmsg(db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

static int user_version(sqlite3 *db)
{
	sqlite3_stmt *st;
	int v = -1;
	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

static bool has_table(sqlite3 *db, const char *name)
{
	sqlite3_stmt *st;
	bool found = false;
	if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", -1, &st, NULL) !=
	    SQLITE_OK)
		return false;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return found;
}

int bh_vulndb_migrate(sqlite3 *db, char *err, size_t errlen)
{
	int v = user_version(db);
	if (v < 0) {
		set_err(err, errlen, "not an SQLite database: %s", sqlite3_errmsg(db));
		return -1;
	}
	if (v > BH_VULNDB_SCHEMA) {
		set_err(err, errlen,
			"the database has schema version %d, newer than this bulkhead understands (%d); "
			"use the newer bulkhead, or remove the file and run `bulkhead db update`",
			v, BH_VULNDB_SCHEMA);
		return -1;
	}
	if (v == 0 && (has_table(db, "source") || has_table(db, "vuln"))) {
		set_err(err, errlen, "the file is an SQLite database but not a bulkhead vulnerability database");
		return -1;
	}
	for (; v < BH_VULNDB_SCHEMA; v++) {
		char sql[64];
		if (bh_vulndb_exec(db, "SAVEPOINT migrate", err, errlen) < 0)
			return -1;
		snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v + 1);
		if (bh_vulndb_exec(db, migrations[v], err, errlen) < 0 || bh_vulndb_exec(db, sql, err, errlen) < 0) {
			bh_vulndb_exec(db, "ROLLBACK TO migrate; RELEASE migrate", NULL, 0);
			return -1;
		}
		if (bh_vulndb_exec(db, "RELEASE migrate", err, errlen) < 0)
			return -1;
	}
	return 0;
}

char *bh_vulndb_default_path(const char *explicit_path)
{
	if (explicit_path && *explicit_path)
		return bh_strdup(explicit_path);
	const char *env = getenv("BULKHEAD_DB");
	if (env && *env)
		return bh_strdup(env);
	const char *cache = getenv("XDG_CACHE_HOME");
	if (cache && cache[0] == '/')
		return bh_asprintf("%s/bulkhead/vuln.db", cache);
	const char *home = getenv("HOME");
	return bh_asprintf("%s/.cache/bulkhead/vuln.db", home && *home ? home : ".");
}

/* SQLite's memory statistics take a process-wide mutex and look up the
 * size of the block around every allocation and free; bulkhead never reads
 * them (sqlite3_memory_used, soft heap limits), and with the lookaside
 * allocator left out of the system library, matching 10,000 packages spent
 * ~3 ms of CPU on them. Only possible before SQLite initialises: when some
 * other connection was opened first, the call fails and nothing changes. */
static void sqlite_no_memstatus(void)
{
	static bool done;
	if (!done) {
		done = true;
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	}
}

int bh_vulndb_open(bh_vulndb *v, const char *path, char *err, size_t errlen)
{
	memset(v, 0, sizeof *v);
	v->lock_fd = -1;
	struct stat st;
	if (stat(path, &st) != 0) {
		set_err(err, errlen, "%s: no vulnerability database (%s); create it with `bulkhead db update` "
			"or `bulkhead db import PATH`", path, strerror(errno));
		return -1;
	}
	sqlite_no_memstatus();
	/* one thread per connection: no mutex around every column read */
	if (sqlite3_open_v2(path, &v->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		set_err(err, errlen, "%s: %s", path, v->db ? sqlite3_errmsg(v->db) : "cannot open");
		bh_vulndb_close(v);
		return -1;
	}
	int ver = user_version(v->db);
	if (ver < 0 || !has_table(v->db, "source")) {
		set_err(err, errlen, "%s: not a bulkhead vulnerability database", path);
		bh_vulndb_close(v);
		return -1;
	}
	if (ver != BH_VULNDB_SCHEMA) {
		set_err(err, errlen, "%s: schema version %d, this bulkhead reads version %d; %s", path, ver,
			BH_VULNDB_SCHEMA,
			ver < BH_VULNDB_SCHEMA ? "run `bulkhead db update` (or `db import`) to migrate it"
					       : "use the newer bulkhead that wrote it");
		bh_vulndb_close(v);
		return -1;
	}
	v->path = bh_strdup(path);
	return 0;
}

static int mkdir_parents(const char *path)
{
	char *copy = bh_strdup(path);
	for (char *p = copy + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, 0755) != 0 && errno != EEXIST) {
			free(copy);
			return -1;
		}
		*p = '/';
	}
	free(copy);
	return 0;
}

static int copy_database(const char *from, sqlite3 *to, char *err, size_t errlen)
{
	sqlite3 *src = NULL;
	if (sqlite3_open_v2(from, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		set_err(err, errlen, "%s: %s", from, src ? sqlite3_errmsg(src) : "cannot open");
		sqlite3_close(src);
		return -1;
	}
	sqlite3_backup *b = sqlite3_backup_init(to, "main", src, "main");
	int rc = b ? sqlite3_backup_step(b, -1) : SQLITE_ERROR;
	if (b)
		sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE) {
		set_err(err, errlen, "%s: cannot copy the database: %s", from, sqlite3_errmsg(b ? to : src));
		sqlite3_close(src);
		return -1;
	}
	sqlite3_close(src);
	return 0;
}

int bh_vulndb_update_begin(bh_vulndb *v, const char *path, char *err, size_t errlen)
{
	memset(v, 0, sizeof *v);
	v->lock_fd = -1;
	if (mkdir_parents(path) != 0) {
		set_err(err, errlen, "cannot create the directory of %s: %s", path, strerror(errno));
		return -1;
	}
	char *lock = bh_asprintf("%s.lock", path);
	v->lock_fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
	free(lock);
	if (v->lock_fd < 0 || flock(v->lock_fd, LOCK_EX | LOCK_NB) != 0) {
		set_err(err, errlen, "%s: %s", path,
			v->lock_fd < 0 ? strerror(errno) : "another `bulkhead db` update is running");
		bh_vulndb_close(v);
		return -1;
	}
	v->path = bh_strdup(path);
	v->tmp_path = bh_asprintf("%s.tmp-XXXXXX", path);
	int fd = mkstemp(v->tmp_path);
	if (fd < 0) {
		set_err(err, errlen, "cannot create a temporary file beside %s: %s", path, strerror(errno));
		free(v->tmp_path);
		v->tmp_path = NULL;
		bh_vulndb_close(v);
		return -1;
	}
	fchmod(fd, 0644);
	close(fd);
	if (sqlite3_open_v2(v->tmp_path, &v->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		set_err(err, errlen, "%s: %s", v->tmp_path, v->db ? sqlite3_errmsg(v->db) : "cannot open");
		bh_vulndb_close(v);
		return -1;
	}
	struct stat st;
	if (stat(path, &st) == 0 && st.st_size > 0 && copy_database(path, v->db, err, errlen) < 0) {
		bh_vulndb_close(v);
		return -1;
	}
	/* The copy is private until renamed: a crash just leaves a temporary
	 * file behind, so the journal can live in memory and nothing needs
	 * syncing before the final fsync. (journal_mode OFF would be faster
	 * still, but then a failed source could not be rolled back.) */
	if (bh_vulndb_exec(v->db, "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF", err, errlen) < 0 ||
	    bh_vulndb_migrate(v->db, err, errlen) < 0 || bh_vulndb_exec(v->db, "BEGIN", err, errlen) < 0) {
		char detail[512];
		snprintf(detail, sizeof detail, "%s", err ? err : "");
		set_err(err, errlen, "%s: %s", path, detail);
		bh_vulndb_close(v);
		return -1;
	}
	return 0;
}

int bh_vulndb_update_commit(bh_vulndb *v, char *err, size_t errlen)
{
	if ((bh_vulndb_derive_needed(v->db) && bh_vulndb_derive(v->db, err, errlen) < 0) ||
	    bh_vulndb_exec(v->db, "COMMIT", err, errlen) < 0) {
		bh_vulndb_close(v);
		return -1;
	}
	if (sqlite3_close(v->db) != SQLITE_OK) {
		set_err(err, errlen, "%s: %s", v->tmp_path, sqlite3_errmsg(v->db));
		v->db = NULL;
		bh_vulndb_close(v);
		return -1;
	}
	v->db = NULL;
	int fd = open(v->tmp_path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fsync(fd) != 0 || rename(v->tmp_path, v->path) != 0) {
		set_err(err, errlen, "cannot replace %s: %s", v->path, strerror(errno));
		if (fd >= 0)
			close(fd);
		bh_vulndb_close(v);
		return -1;
	}
	close(fd);
	char *dir = bh_strdup(v->path);
	int dfd = open(dirname(dir), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	free(dir);
	free(v->tmp_path);
	v->tmp_path = NULL;
	bh_vulndb_close(v);
	return 0;
}

void bh_vulndb_close(bh_vulndb *v)
{
	if (v->db)
		sqlite3_close(v->db);
	v->db = NULL;
	if (v->tmp_path) {
		unlink(v->tmp_path);
		free(v->tmp_path);
	}
	v->tmp_path = NULL;
	if (v->lock_fd >= 0)
		close(v->lock_fd);
	v->lock_fd = -1;
	free(v->path);
	v->path = NULL;
}

static char *col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? bh_strdup((const char *)t) : NULL;
}

#define SOURCE_COLUMNS \
	"name, kind, location, sha256, etag, last_modified, size, imported_at, checked_at, vulns, affected"

static void read_source(sqlite3_stmt *st, bh_vulndb_source *s)
{
	s->name = col_text(st, 0);
	s->kind = col_text(st, 1);
	s->location = col_text(st, 2);
	s->sha256 = col_text(st, 3);
	s->etag = col_text(st, 4);
	s->last_modified = col_text(st, 5);
	s->size = sqlite3_column_int64(st, 6);
	s->imported_at = sqlite3_column_int64(st, 7);
	s->checked_at = sqlite3_column_int64(st, 8);
	s->vulns = sqlite3_column_int64(st, 9);
	s->affected = sqlite3_column_int64(st, 10);
}

int bh_vulndb_list_sources(bh_vulndb *v, bh_vulndb_sources *out)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(v->db, "SELECT " SOURCE_COLUMNS " FROM source ORDER BY name", -1, &st, NULL) !=
	    SQLITE_OK)
		return -1;
	while (sqlite3_step(st) == SQLITE_ROW)
		read_source(st, BH_ARRAY_PUSH(out->items, out->n, out->alloc));
	sqlite3_finalize(st);
	return 0;
}

bool bh_vulndb_get_source(sqlite3 *db, const char *name, bh_vulndb_source *out)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT " SOURCE_COLUMNS " FROM source WHERE name = ?", -1, &st, NULL) != SQLITE_OK)
		return false;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	bool found = sqlite3_step(st) == SQLITE_ROW;
	if (found)
		read_source(st, out);
	sqlite3_finalize(st);
	return found;
}

void bh_vulndb_source_release(bh_vulndb_source *s)
{
	free(s->name);
	free(s->kind);
	free(s->location);
	free(s->sha256);
	free(s->etag);
	free(s->last_modified);
	memset(s, 0, sizeof *s);
}

void bh_vulndb_sources_free(bh_vulndb_sources *s)
{
	for (size_t i = 0; i < s->n; i++)
		bh_vulndb_source_release(&s->items[i]);
	free(s->items);
	memset(s, 0, sizeof *s);
}

int64_t bh_vulndb_last_checked(bh_vulndb *v)
{
	sqlite3_stmt *st;
	int64_t t = 0;
	if (sqlite3_prepare_v2(v->db, "SELECT MAX(checked_at) FROM source", -1, &st, NULL) != SQLITE_OK)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		t = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return t;
}
