/* Building package_advisory (derive.h). The rules for a vulnerability's
 * names and details are the matcher's: they depend on the whole database
 * (an alias may come from another source), never on the installed version,
 * so they are worked out here once per advisory row instead of once per
 * match. */
#include "vuln/derive.h"
#include "core/util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

bool bh_vulndb_derive_needed(sqlite3 *db)
{
	sqlite3_stmt *st;
	bool needed = false;
	if (sqlite3_prepare_v2(db,
			       "SELECT NOT EXISTS (SELECT 1 FROM package_advisory) AND EXISTS (SELECT 1 FROM affected)",
			       -1, &st, NULL) != SQLITE_OK)
		return true; /* let the rebuild report what is wrong */
	if (sqlite3_step(st) == SQLITE_ROW)
		needed = sqlite3_column_int(st, 0) != 0;
	sqlite3_finalize(st);
	return needed;
}

void bh_vlist_add(strbuf *b, const char *value)
{
	if (value) {
		strbuf_addch(b, '=');
		strbuf_add(b, value, strlen(value) + 1);
	} else {
		strbuf_add(b, "-", 2);
	}
}

bool bh_vlist_init(bh_vlist *l, const void *blob, int len)
{
	if (!blob || len <= 0) {
		l->p = l->end = NULL;
		return true;
	}
	l->p = blob;
	l->end = l->p + len;
	return l->end[-1] == '\0';
}

int bh_vlist_next(bh_vlist *l, const char **value)
{
	size_t len;
	return bh_vlist_next_n(l, value, &len);
}

int bh_vlist_next_n(bh_vlist *l, const char **value, size_t *len)
{
	if (l->p >= l->end)
		return 0;
	char tag = *l->p;
	const char *v = l->p + 1;
	/* init saw the final NUL: the scan stops at it at the latest (values
	 * are a few bytes: a loop, not a call to memchr) */
	const char *nul = v;
	while (nul < l->end && *nul)
		nul++;
	if (nul >= l->end || (tag != '=' && tag != '-') || (tag == '-' && nul != v))
		return -1;
	l->p = nul + 1;
	*value = tag == '-' ? NULL : v;
	*len = (size_t)(nul - v);
	return 1;
}

typedef struct strset {
	char **v;
	size_t n, alloc;
} strset;

static bool strset_has(const strset *s, const char *x)
{
	for (size_t i = 0; i < s->n; i++)
		if (!strcasecmp(s->v[i], x))
			return true;
	return false;
}

static void strset_add(strset *s, const char *x)
{
	if (x && *x && !strset_has(s, x))
		*BH_ARRAY_PUSH(s->v, s->n, s->alloc) = bh_strdup(x);
}

static void strset_clear(strset *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i]);
	s->n = 0;
}

static const char *col(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

static char *dup_col(sqlite3_stmt *st, int i)
{
	const char *t = col(st, i);
	return t ? bh_strdup(t) : NULL;
}

static bool same(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* What the report shows for one advisory row. */
typedef struct details {
	char *summary, *severity, *cvss_vector, *link;
	double cvss_score; /* -1 when unknown */
	bool withdrawn;
} details;

static void details_clear(details *d)
{
	free(d->summary);
	free(d->severity);
	free(d->cvss_vector);
	free(d->link);
	memset(d, 0, sizeof *d);
}

/* The names and details of recently seen vulnerabilities. Rows are read in
 * package order, and the rows of one advisory for the releases of a package
 * (a tracker issue in bookworm, bullseye, trixie) come a few advisories
 * apart: a small table keeps the lookups to once per advisory. */
#define VCACHE_SLOTS 256

typedef struct vcache {
	char *source, *id;  /* NULL: an empty slot */
	strset names;       /* collect_aliases: the id first */
	strbuf aliases;     /* the other names, sorted, as a list */
	bool det_valid;     /* det is for a row whose severity is det_row_sev */
	char *det_row_sev;
	details det;
	int64_t report_id;  /* its package_advisory_report row; 0: not written */
} vcache;

static void vcache_clear(vcache *c)
{
	free(c->source);
	free(c->id);
	c->source = c->id = NULL;
	strset_clear(&c->names);
	strbuf_reset(&c->aliases);
	c->det_valid = false;
	c->report_id = 0;
	free(c->det_row_sev);
	c->det_row_sev = NULL;
	details_clear(&c->det);
}

static void vcache_free(vcache *c)
{
	vcache_clear(c);
	free(c->names.v);
	strbuf_release(&c->aliases);
}

static size_t vcache_slot(const char *source, const char *id)
{
	uint64_t h = 1469598103934665603u; /* FNV-1a */
	for (const char *p = source; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211u;
	h = (h ^ 0xff) * 1099511628211u;
	for (const char *p = id; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211u;
	return (size_t)(h % VCACHE_SLOTS);
}

typedef struct deriver {
	sqlite3 *db;
	sqlite3_stmt *rows, *ranges, *versions, *vuln, *aliases, *aliased_by, *by_id, *insert, *insert_report,
		*insert_key;
	/* the package whose rows are being written, and its first row id */
	char *key_package, *key_ecosystem, *key_release;
	int64_t key_first, next_id;
	strbuf ranges_buf, versions_buf;
	vcache cache[VCACHE_SLOTS];
} deriver;

/* Every id the vulnerability is known by: the record's own aliases, and the
 * records of any source that list it (or one of those) as an alias. The
 * first is the id itself; later ones are kept in the order found, and the
 * search stops after 64 names so that a web of aliases cannot run away. */
static void collect_aliases(deriver *d, const char *source, const char *id, strset *out)
{
	strset_add(out, id);
	sqlite3_bind_text(d->aliases, 1, source, -1, SQLITE_STATIC);
	sqlite3_bind_text(d->aliases, 2, id, -1, SQLITE_STATIC);
	while (sqlite3_step(d->aliases) == SQLITE_ROW)
		strset_add(out, col(d->aliases, 0));
	sqlite3_reset(d->aliases);
	for (size_t i = 0; i < out->n && i < 64; i++) {
		sqlite3_bind_text(d->aliased_by, 1, out->v[i], -1, SQLITE_TRANSIENT);
		while (sqlite3_step(d->aliased_by) == SQLITE_ROW)
			strset_add(out, col(d->aliased_by, 0));
		sqlite3_reset(d->aliased_by);
	}
}

/* Severity, CVSS, summary and link from the record, falling back to the
 * records of its other names in any source when the record has none. The
 * advisory row's own severity (a distribution's urgency) comes first. */
static void fill_details(deriver *d, const char *source, const char *id, const char *row_severity,
			 const strset *names, details *out)
{
	sqlite3_bind_text(d->vuln, 1, source, -1, SQLITE_STATIC);
	sqlite3_bind_text(d->vuln, 2, id, -1, SQLITE_STATIC);
	const char *sev = NULL;
	char *record_sev = NULL;
	out->cvss_score = -1;
	if (sqlite3_step(d->vuln) == SQLITE_ROW) {
		out->summary = dup_col(d->vuln, 0);
		record_sev = dup_col(d->vuln, 1);
		out->cvss_vector = dup_col(d->vuln, 2);
		if (out->cvss_vector && sqlite3_column_type(d->vuln, 3) != SQLITE_NULL)
			out->cvss_score = sqlite3_column_double(d->vuln, 3);
		out->link = dup_col(d->vuln, 4);
		out->withdrawn = col(d->vuln, 5) != NULL;
	}
	sqlite3_reset(d->vuln);
	if (row_severity && strcmp(row_severity, "unknown"))
		sev = row_severity;
	else if (record_sev && strcmp(record_sev, "unknown"))
		sev = record_sev;
	char *other_sev = NULL;
	for (size_t i = 0; i < names->n && (!sev || !out->cvss_vector); i++) {
		sqlite3_bind_text(d->by_id, 1, names->v[i], -1, SQLITE_STATIC);
		while (sqlite3_step(d->by_id) == SQLITE_ROW) {
			if (col(d->by_id, 3) && !strcasecmp(names->v[i], id))
				out->withdrawn = true;
			const char *os = col(d->by_id, 0);
			if (!sev && !other_sev && os && strcmp(os, "unknown"))
				other_sev = bh_strdup(os);
			if (!out->cvss_vector && col(d->by_id, 1)) {
				out->cvss_vector = dup_col(d->by_id, 1);
				out->cvss_score = sqlite3_column_type(d->by_id, 2) != SQLITE_NULL
							  ? sqlite3_column_double(d->by_id, 2)
							  : -1;
			}
		}
		sqlite3_reset(d->by_id);
	}
	out->severity = bh_strdup(sev ? sev : other_sev ? other_sev : "unknown");
	free(other_sev);
	free(record_sev);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void deriver_free(deriver *d)
{
	sqlite3_finalize(d->rows);
	sqlite3_finalize(d->ranges);
	sqlite3_finalize(d->versions);
	sqlite3_finalize(d->vuln);
	sqlite3_finalize(d->aliases);
	sqlite3_finalize(d->aliased_by);
	sqlite3_finalize(d->by_id);
	sqlite3_finalize(d->insert);
	sqlite3_finalize(d->insert_report);
	sqlite3_finalize(d->insert_key);
	free(d->key_package);
	free(d->key_ecosystem);
	free(d->key_release);
	for (size_t i = 0; i < VCACHE_SLOTS; i++)
		vcache_free(&d->cache[i]);
	strbuf_release(&d->ranges_buf);
	strbuf_release(&d->versions_buf);
}

static int prepare(deriver *d)
{
	/* rows in the table's own key order, so the inserts append */
	return sqlite3_prepare_v2(d->db,
				  "SELECT id, source, vuln_id, ecosystem, distro_release, package, scheme, status, severity "
				  "FROM affected ORDER BY package, ecosystem, distro_release, source, vuln_id, id",
				  -1, &d->rows, NULL) != SQLITE_OK ||
			       sqlite3_prepare_v2(d->db,
						  "SELECT introduced, fixed, last_affected, lim FROM vrange "
						  "WHERE affected_id = ? ORDER BY rowid",
						  -1, &d->ranges, NULL) != SQLITE_OK ||
			       sqlite3_prepare_v2(d->db,
						  "SELECT version FROM affected_version WHERE affected_id = ? ORDER BY rowid",
						  -1, &d->versions, NULL) != SQLITE_OK ||
			       sqlite3_prepare_v2(d->db,
						  "SELECT summary, severity, cvss_vector, cvss_score, link, withdrawn FROM vuln "
						  "WHERE source = ? AND id = ?",
						  -1, &d->vuln, NULL) != SQLITE_OK ||
			       sqlite3_prepare_v2(d->db, "SELECT alias FROM alias WHERE source = ? AND vuln_id = ?", -1,
						  &d->aliases, NULL) != SQLITE_OK ||
			       /* no DISTINCT: strset_add keeps the first of duplicates */
			       sqlite3_prepare_v2(d->db, "SELECT vuln_id FROM alias WHERE alias = ?", -1, &d->aliased_by,
						  NULL) != SQLITE_OK ||
			       sqlite3_prepare_v2(d->db,
						  "SELECT severity, cvss_vector, cvss_score, withdrawn FROM vuln WHERE id = ? "
						  "ORDER BY cvss_vector IS NULL, source",
						  -1, &d->by_id, NULL) != SQLITE_OK ||
			       sqlite3_prepare_v2(d->db,
						  "INSERT INTO package_advisory (ecosystem, package, distro_release, source, "
						  "vuln_id, affected_id, scheme, status, ranges, versions, withdrawn, id, "
						  "report_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
						  -1, &d->insert, NULL) != SQLITE_OK ||
			       sqlite3_prepare_v2(d->db,
						  "INSERT INTO package_advisory_report (aliases, severity, cvss_vector, "
						  "cvss_score, summary, link) VALUES (?, ?, ?, ?, ?, ?)",
						  -1, &d->insert_report, NULL) != SQLITE_OK ||
			       sqlite3_prepare_v2(d->db,
						  "INSERT INTO package_key (package, ecosystem, distro_release, first_id, last_id) "
						  "VALUES (?, ?, ?, ?, ?)",
						  -1, &d->insert_key, NULL) != SQLITE_OK
		       ? -1
		       : 0;
}

static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

static void bind_list(sqlite3_stmt *st, int i, const strbuf *b)
{
	if (b->len)
		sqlite3_bind_blob(st, i, b->buf, (int)b->len, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

/* Writes the package_key row of the package whose rows were written last. */
static int flush_key(deriver *d)
{
	if (!d->key_package || d->next_id == d->key_first)
		return 0;
	sqlite3_stmt *in = d->insert_key;
	bind_text(in, 1, d->key_package);
	bind_text(in, 2, d->key_ecosystem);
	bind_text(in, 3, d->key_release);
	sqlite3_bind_int64(in, 4, d->key_first);
	sqlite3_bind_int64(in, 5, d->next_id - 1);
	int rc = sqlite3_step(in);
	sqlite3_reset(in);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* One affected row into one package_advisory row; a new package first
 * closes the previous package's key row. */
static int derive_row(deriver *d)
{
	sqlite3_stmt *r = d->rows;
	int64_t aff = sqlite3_column_int64(r, 0);
	const char *source = col(r, 1), *id = col(r, 2), *status = col(r, 7), *row_sev = col(r, 8);
	const char *eco = col(r, 3), *release = col(r, 4), *package = col(r, 5);
	if (!source || !id || !status || !eco || !release || !package)
		return 0; /* NOT NULL columns: only a damaged file has these */
	if (!same(d->key_package, package) || !same(d->key_ecosystem, eco) || !same(d->key_release, release)) {
		if (flush_key(d) < 0)
			return -1;
		free(d->key_package);
		free(d->key_ecosystem);
		free(d->key_release);
		d->key_package = bh_strdup(package);
		d->key_ecosystem = bh_strdup(eco);
		d->key_release = bh_strdup(release);
		d->key_first = d->next_id;
	}

	strbuf_reset(&d->ranges_buf);
	sqlite3_bind_int64(d->ranges, 1, aff);
	while (sqlite3_step(d->ranges) == SQLITE_ROW)
		for (int c = 0; c < 4; c++)
			bh_vlist_add(&d->ranges_buf, col(d->ranges, c));
	sqlite3_reset(d->ranges);
	strbuf_reset(&d->versions_buf);
	sqlite3_bind_int64(d->versions, 1, aff);
	while (sqlite3_step(d->versions) == SQLITE_ROW)
		bh_vlist_add(&d->versions_buf, col(d->versions, 0));
	sqlite3_reset(d->versions);

	vcache *c = &d->cache[vcache_slot(source, id)];
	if (!same(c->source, source) || !same(c->id, id)) {
		vcache_clear(c);
		collect_aliases(d, source, id, &c->names);
		c->source = bh_strdup(source);
		c->id = bh_strdup(id);
		/* the other names, sorted: the first is the id itself */
		if (c->names.n > 1) {
			char **sorted = bh_malloc((c->names.n - 1) * sizeof *sorted);
			memcpy(sorted, c->names.v + 1, (c->names.n - 1) * sizeof *sorted);
			qsort(sorted, c->names.n - 1, sizeof *sorted, cmp_str);
			for (size_t i = 0; i < c->names.n - 1; i++)
				bh_vlist_add(&c->aliases, sorted[i]);
			free(sorted);
		}
	}
	/* a not-affected statement only needs the names */
	bool affected = strcmp(status, "not-affected") != 0;
	if (affected && (!c->det_valid || !same(c->det_row_sev, row_sev))) {
		details_clear(&c->det);
		fill_details(d, source, id, row_sev, &c->names, &c->det);
		free(c->det_row_sev);
		c->det_row_sev = row_sev ? bh_strdup(row_sev) : NULL;
		c->det_valid = true;
		c->report_id = 0;
	}
	/* one report row per advisory and severity variant; a not-affected
	 * row only needs the names, which any of them has */
	if (!c->report_id) {
		sqlite3_stmt *in = d->insert_report;
		bind_list(in, 1, &c->aliases);
		if (affected) {
			bind_text(in, 2, c->det.severity);
			bind_text(in, 3, c->det.cvss_vector);
			sqlite3_bind_double(in, 4, c->det.cvss_score);
			bind_text(in, 5, c->det.summary);
			bind_text(in, 6, c->det.link);
		} else {
			sqlite3_bind_double(in, 4, -1);
		}
		int rc = sqlite3_step(in);
		sqlite3_reset(in);
		sqlite3_clear_bindings(in);
		if (rc != SQLITE_DONE)
			return -1;
		c->report_id = sqlite3_last_insert_rowid(d->db);
	}

	sqlite3_stmt *in = d->insert;
	bind_text(in, 1, col(r, 3)); /* ecosystem */
	bind_text(in, 2, col(r, 5)); /* package */
	bind_text(in, 3, col(r, 4)); /* distro_release */
	bind_text(in, 4, source);
	bind_text(in, 5, id);
	sqlite3_bind_int64(in, 6, aff);
	bind_text(in, 7, col(r, 6)); /* scheme */
	bind_text(in, 8, status);
	bind_list(in, 9, &d->ranges_buf);
	bind_list(in, 10, &d->versions_buf);
	sqlite3_bind_int(in, 11, affected && c->det.withdrawn);
	sqlite3_bind_int64(in, 12, d->next_id);
	sqlite3_bind_int64(in, 13, c->report_id);
	int rc = sqlite3_step(in);
	sqlite3_reset(in);
	sqlite3_clear_bindings(in);
	if (rc != SQLITE_DONE)
		return -1;
	d->next_id++;
	return 0;
}

int bh_vulndb_derive(sqlite3 *db, char *err, size_t errlen)
{
	if (sqlite3_exec(db, "SAVEPOINT derive", NULL, NULL, NULL) != SQLITE_OK) {
		if (err && errlen)
			snprintf(err, errlen, "rebuilding the package index: %s", sqlite3_errmsg(db));
		return -1;
	}
	deriver *d = bh_calloc(1, sizeof *d);
	d->db = db;
	strbuf_init(&d->ranges_buf);
	strbuf_init(&d->versions_buf);
	for (size_t i = 0; i < VCACHE_SLOTS; i++)
		strbuf_init(&d->cache[i].aliases);
	int rc = -1, step = SQLITE_ERROR;
	d->next_id = 1;
	if (sqlite3_exec(db, "DELETE FROM package_advisory; DELETE FROM package_advisory_report; "
			 "DELETE FROM package_key", NULL, NULL, NULL) == SQLITE_OK &&
	    prepare(d) == 0) {
		while ((step = sqlite3_step(d->rows)) == SQLITE_ROW)
			if (derive_row(d) < 0)
				break;
		if (step == SQLITE_DONE && flush_key(d) == 0)
			rc = 0;
	}
	if (rc < 0 && err && errlen)
		snprintf(err, errlen, "rebuilding the package index: %s", sqlite3_errmsg(db));
	deriver_free(d);
	free(d);
	sqlite3_exec(db, rc == 0 ? "RELEASE derive" : "ROLLBACK TO derive; RELEASE derive", NULL, NULL, NULL);
	return rc;
}
