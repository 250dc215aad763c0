/* The import driver: files, directories and zip archives in, rows out. */
#include "vuln/import.h"
#include "core/util.h"
#include "vuln/import_impl.h"
#include "vuln/json_stream.h"

#include <archive.h>
#include <archive_entry.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define MAX_DIR_DEPTH 32

static const char *const kind_names[] = { "auto", "osv", "debian", "alpine" };

bool bh_feed_kind_parse(const char *name, bh_feed_kind *out)
{
	for (size_t i = 0; i < BH_ARRAY_SIZE(kind_names); i++)
		if (name && !strcmp(name, kind_names[i])) {
			*out = (bh_feed_kind)i;
			return true;
		}
	return false;
}

const char *bh_feed_kind_name(bh_feed_kind k)
{
	return (unsigned)k < BH_ARRAY_SIZE(kind_names) ? kind_names[k] : "auto";
}

void imp_error(bh_import *im, const char *name, const ynode *at, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	bh_findings_error(im->errs, name, at ? at->line : 0, at ? at->col : 0, "%s", msg);
}

const char *imp_str(const ynode *n)
{
	if (!n || n->kind != YN_SCALAR || yis_null(n))
		return NULL;
	return n->str;
}

char *imp_summary(const char *text)
{
	if (!text)
		return NULL;
	size_t n = strcspn(text, "\n");
	if (n > 300) {
		n = 300;
		/* never cut a UTF-8 sequence in half */
		while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
			n--;
	}
	return bh_strndup(text, n);
}

static int sql_fail(bh_import *im, const char *what)
{
	bh_findings_error(im->errs, im->source, 0, 0, "database error while %s: %s", what, sqlite3_errmsg(im->db));
	return -1;
}

static void bind_opt(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

static int run(bh_import *im, sqlite3_stmt *st, const char *what)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? 0 : sql_fail(im, what);
}

int imp_vuln(bh_import *im, const char *id, const char *summary, const char *severity, const char *cvss_vector,
	     double cvss_score, const char *link, const char *modified, const char *withdrawn)
{
	sqlite3_stmt *st = im->ins_vuln;
	bind_opt(st, 1, im->source);
	bind_opt(st, 2, id);
	bind_opt(st, 3, summary);
	bind_opt(st, 4, severity ? severity : "unknown");
	bind_opt(st, 5, cvss_vector);
	if (cvss_vector && cvss_score >= 0)
		sqlite3_bind_double(st, 6, cvss_score);
	bind_opt(st, 7, link);
	bind_opt(st, 8, modified);
	bind_opt(st, 9, withdrawn);
	if (run(im, st, "storing a vulnerability") < 0)
		return -1;
	if (sqlite3_changes(im->db) > 0)
		im->vulns++;
	return 0;
}

int imp_alias(bh_import *im, const char *id, const char *alias)
{
	if (!alias || !*alias || !strcmp(id, alias))
		return 0;
	bind_opt(im->ins_alias, 1, im->source);
	bind_opt(im->ins_alias, 2, id);
	bind_opt(im->ins_alias, 3, alias);
	return run(im, im->ins_alias, "storing an alias");
}

int64_t imp_affected(bh_import *im, const char *id, const char *ecosystem, const char *release, const char *package,
		     const char *scheme, const char *status, const char *severity, const char *urgency)
{
	sqlite3_stmt *st = im->ins_affected;
	bind_opt(st, 1, im->source);
	bind_opt(st, 2, id);
	bind_opt(st, 3, ecosystem);
	bind_opt(st, 4, release ? release : "");
	bind_opt(st, 5, package);
	bind_opt(st, 6, scheme);
	bind_opt(st, 7, status);
	bind_opt(st, 8, severity);
	bind_opt(st, 9, urgency);
	if (run(im, st, "storing an affected package") < 0)
		return -1;
	im->affected++;
	return sqlite3_last_insert_rowid(im->db);
}

int imp_range(bh_import *im, int64_t affected_id, const char *introduced, const char *fixed,
	      const char *last_affected, const char *limit)
{
	sqlite3_stmt *st = im->ins_range;
	sqlite3_bind_int64(st, 1, affected_id);
	bind_opt(st, 2, introduced);
	bind_opt(st, 3, fixed);
	bind_opt(st, 4, last_affected);
	bind_opt(st, 5, limit);
	return run(im, st, "storing a version range");
}

int imp_version(bh_import *im, int64_t affected_id, const char *version)
{
	sqlite3_bind_int64(im->ins_version, 1, affected_id);
	bind_opt(im->ins_version, 2, version);
	return run(im, im->ins_version, "storing an affected version");
}

static void finalize_all(bh_import *im)
{
	sqlite3_finalize(im->ins_vuln);
	sqlite3_finalize(im->ins_alias);
	sqlite3_finalize(im->ins_affected);
	sqlite3_finalize(im->ins_range);
	sqlite3_finalize(im->ins_version);
	im->ins_vuln = im->ins_alias = im->ins_affected = im->ins_range = im->ins_version = NULL;
}

static int exec_src(bh_import *im, const char *sql)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(im->db, sql, -1, &st, NULL) != SQLITE_OK)
		return sql_fail(im, "preparing the import");
	sqlite3_bind_text(st, 1, im->source, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : sql_fail(im, "clearing the source's old rows");
}

int bh_import_begin(bh_import *im, sqlite3 *db, const char *source, bh_feed_kind kind, bh_findings *errs)
{
	memset(im, 0, sizeof *im);
	im->db = db;
	im->source = bh_strdup(source);
	im->kind = kind;
	im->errs = errs;
	if (sqlite3_exec(db, "SAVEPOINT import", NULL, NULL, NULL) != SQLITE_OK) {
		sql_fail(im, "starting the import");
		free(im->source);
		im->source = NULL;
		return -1;
	}
	static const char *const clear[] = {
		"DELETE FROM vrange WHERE affected_id IN (SELECT id FROM affected WHERE source = ?1)",
		"DELETE FROM affected_version WHERE affected_id IN (SELECT id FROM affected WHERE source = ?1)",
		"DELETE FROM affected WHERE source = ?1",
		"DELETE FROM alias WHERE source = ?1",
		"DELETE FROM vuln WHERE source = ?1",
		/* derived from every source: rebuilt when the update commits */
		"DELETE FROM package_advisory",
		"DELETE FROM package_advisory_report",
		"DELETE FROM package_key",
	};
	for (size_t i = 0; i < BH_ARRAY_SIZE(clear); i++)
		if (exec_src(im, clear[i]) < 0)
			goto fail;
	if (sqlite3_prepare_v2(db,
			       "INSERT OR IGNORE INTO vuln (source, id, summary, severity, cvss_vector, cvss_score, link, "
			       "modified, withdrawn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
			       -1, &im->ins_vuln, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO alias (source, vuln_id, alias) VALUES (?, ?, ?)", -1,
			       &im->ins_alias, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db,
			       "INSERT INTO affected (source, vuln_id, ecosystem, distro_release, package, scheme, status, "
			       "severity, urgency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
			       -1, &im->ins_affected, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db,
			       "INSERT INTO vrange (affected_id, introduced, fixed, last_affected, lim) VALUES (?, ?, ?, ?, ?)",
			       -1, &im->ins_range, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO affected_version (affected_id, version) VALUES (?, ?)", -1,
			       &im->ins_version, NULL) != SQLITE_OK) {
		sql_fail(im, "preparing the import");
		goto fail;
	}
	return 0;
fail:
	finalize_all(im);
	sqlite3_exec(db, "ROLLBACK TO import; RELEASE import", NULL, NULL, NULL);
	free(im->source);
	im->source = NULL;
	return -1;
}

int bh_import_end(bh_import *im, bool keep, const bh_import_meta *meta)
{
	finalize_all(im);
	int rc = 0;
	if (keep) {
		sqlite3_stmt *st;
		time_t now = time(NULL);
		if (sqlite3_prepare_v2(im->db,
				       "INSERT OR REPLACE INTO source (name, kind, location, sha256, etag, last_modified, size, "
				       "imported_at, checked_at, vulns, affected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				       -1, &st, NULL) != SQLITE_OK) {
			rc = sql_fail(im, "recording the source");
		} else {
			bind_opt(st, 1, im->source);
			bind_opt(st, 2, bh_feed_kind_name(im->kind));
			bind_opt(st, 3, meta && meta->location ? meta->location : im->source);
			bind_opt(st, 4, meta ? meta->sha256 : NULL);
			bind_opt(st, 5, meta ? meta->etag : NULL);
			bind_opt(st, 6, meta ? meta->last_modified : NULL);
			sqlite3_bind_int64(st, 7, meta ? meta->size : 0);
			sqlite3_bind_int64(st, 8, (int64_t)now);
			sqlite3_bind_int64(st, 9, (int64_t)now);
			sqlite3_bind_int64(st, 10, im->vulns);
			sqlite3_bind_int64(st, 11, im->affected);
			if (sqlite3_step(st) != SQLITE_DONE)
				rc = sql_fail(im, "recording the source");
			sqlite3_finalize(st);
		}
	}
	if (keep && rc == 0)
		sqlite3_exec(im->db, "RELEASE import", NULL, NULL, NULL);
	else
		sqlite3_exec(im->db, "ROLLBACK TO import; RELEASE import", NULL, NULL, NULL);
	free(im->source);
	im->source = NULL;
	return rc;
}

static bool key_in(const char *key, const char *const *set)
{
	for (; *set; set++)
		if (!strcmp(key, *set))
			return true;
	return false;
}

static bh_feed_kind detect(char *data, size_t len)
{
	size_t i = 0;
	while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
		i++;
	if (i < len && data[i] == '[')
		return BH_FEED_OSV;
	static const char *const osv_keys[] = { "schema_version", "id", "modified", "published", "withdrawn",
						"aliases", "related", "upstream", "summary", "details", "severity",
						"affected", "references", "credits", "database_specific", NULL };
	static const char *const alpine_keys[] = { "apkurl", "archs", "reponame", "urlprefix", "distroversion",
						   "packages", NULL };
	char key[256];
	if (!bh_json_first_key(data, len, key, sizeof key))
		return BH_FEED_OSV; /* let the OSV reader report what is wrong */
	if (key_in(key, osv_keys))
		return BH_FEED_OSV;
	if (key_in(key, alpine_keys))
		return BH_FEED_ALPINE;
	return BH_FEED_DEBIAN;
}

static int import_tree_doc(bh_import *im, const char *name, char *data, size_t len, bh_feed_kind kind)
{
	ydoc_set set;
	yerror err;
	if (ydoc_parse(data, len, &set, &err) < 0) {
		bh_findings_error(im->errs, name, err.line, err.col, "invalid JSON: %s", err.message);
		return -1;
	}
	int rc;
	if (set.ndocs != 1) {
		bh_findings_error(im->errs, name, 1, 1, "expected one JSON document, found %zu", set.ndocs);
		rc = -1;
	} else if (kind == BH_FEED_ALPINE) {
		rc = imp_alpine_secdb(im, name, set.docs[0]);
	} else {
		rc = imp_osv_document(im, name, set.docs[0]);
	}
	ydoc_free(&set);
	return rc;
}

int bh_import_buffer(bh_import *im, const char *name, char *data, size_t len)
{
	bh_feed_kind kind = im->kind;
	bh_json_untab(data, len);
	if (kind == BH_FEED_AUTO)
		kind = detect(data, len);
	if (im->kind == BH_FEED_AUTO)
		im->kind = kind;
	im->files++;
	if (kind == BH_FEED_DEBIAN)
		return imp_debian_tracker(im, name, data, len);
	return import_tree_doc(im, name, data, len, kind);
}

static int import_zip(bh_import *im, const char *path)
{
	struct archive *a = archive_read_new();
	archive_read_support_format_zip(a);
	if (archive_read_open_filename(a, path, 1 << 16) != ARCHIVE_OK) {
		bh_findings_error(im->errs, path, 0, 0, "cannot read the zip archive: %s", archive_error_string(a));
		archive_read_free(a);
		return -1;
	}
	int rc = 0;
	struct archive_entry *e;
	int r;
	while ((r = archive_read_next_header(a, &e)) == ARCHIVE_OK) {
		const char *ename = archive_entry_pathname(e);
		if (archive_entry_filetype(e) != AE_IFREG || !ename || !bh_ends_with(ename, ".json"))
			continue;
		char *label = bh_asprintf("%s!%s", path, ename);
		if (im->files >= BH_IMPORT_MAX_FILES) {
			bh_findings_error(im->errs, label, 0, 0, "more than %u files", BH_IMPORT_MAX_FILES);
			free(label);
			rc = -1;
			break;
		}
		if (archive_entry_size_is_set(e) && archive_entry_size(e) > (la_int64_t)BH_IMPORT_MAX_RECORD) {
			bh_findings_error(im->errs, label, 0, 0, "record larger than %u bytes", BH_IMPORT_MAX_RECORD);
			free(label);
			rc = -1;
			break;
		}
		size_t cap = 1 << 16, len = 0;
		char *buf = bh_malloc(cap);
		ssize_t got;
		while ((got = archive_read_data(a, buf + len, cap - len)) > 0) {
			len += (size_t)got;
			if (len == cap) {
				if (cap >= BH_IMPORT_MAX_RECORD) {
					got = -2;
					break;
				}
				cap *= 2;
				buf = bh_realloc(buf, cap);
			}
		}
		if (got < 0) {
			bh_findings_error(im->errs, label, 0, 0, "%s",
					  got == -2 ? "record too large" : archive_error_string(a));
			free(buf);
			free(label);
			rc = -1;
			break;
		}
		if (bh_import_buffer(im, label, buf, len) < 0)
			rc = -1;
		free(buf);
		free(label);
	}
	if (r != ARCHIVE_EOF && r != ARCHIVE_OK && rc == 0) {
		bh_findings_error(im->errs, path, 0, 0, "corrupt zip archive: %s", archive_error_string(a));
		rc = -1;
	}
	archive_read_free(a);
	return rc;
}

static int import_file(bh_import *im, const char *path)
{
	size_t len;
	char *data = bh_read_file(path, BH_IMPORT_MAX_FILE, &len);
	if (!data) {
		bh_findings_error(im->errs, path, 0, 0, "cannot read: %s",
				  errno == EFBIG ? "file too large" : strerror(errno));
		return -1;
	}
	int rc;
	if (len >= 4 && !memcmp(data, "PK\003\004", 4)) {
		free(data);
		return import_zip(im, path);
	}
	rc = bh_import_buffer(im, path, data, len);
	free(data);
	return rc;
}

static int import_dir(bh_import *im, const char *path, int depth)
{
	if (depth > MAX_DIR_DEPTH) {
		bh_findings_error(im->errs, path, 0, 0, "directories nested too deeply");
		return -1;
	}
	struct dirent **ents;
	int n = scandir(path, &ents, NULL, alphasort);
	if (n < 0) {
		bh_findings_error(im->errs, path, 0, 0, "cannot read the directory: %s", strerror(errno));
		return -1;
	}
	int rc = 0;
	for (int i = 0; i < n; i++) {
		const char *nm = ents[i]->d_name;
		if (nm[0] != '.') {
			char *child = bh_asprintf("%s/%s", path, nm);
			struct stat st;
			/* lstat: a symlink is never followed out of the tree */
			if (lstat(child, &st) == 0) {
				if (S_ISDIR(st.st_mode)) {
					if (import_dir(im, child, depth + 1) < 0)
						rc = -1;
				} else if (S_ISREG(st.st_mode) && (bh_ends_with(nm, ".json") || bh_ends_with(nm, ".zip"))) {
					if (import_file(im, child) < 0)
						rc = -1;
				}
			}
			free(child);
		}
		free(ents[i]);
	}
	free(ents);
	return rc;
}

int bh_import_path(bh_import *im, const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		bh_findings_error(im->errs, path, 0, 0, "cannot read: %s", strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode))
		return import_dir(im, path, 0);
	return import_file(im, path);
}
