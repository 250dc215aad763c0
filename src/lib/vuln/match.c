#include "vuln/match.h"
#include "core/jsonw.h"
#include "core/rule.h"
#include "core/util.h"
#include "vuln/ecosystem.h"
#include "vuln/version.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

typedef struct stmts {
	sqlite3_stmt *rows, *versions, *vuln, *aliases, *aliased_by, *by_id;
} stmts;

static void finalize_stmts(stmts *s)
{
	sqlite3_finalize(s->rows);
	sqlite3_finalize(s->versions);
	sqlite3_finalize(s->vuln);
	sqlite3_finalize(s->aliases);
	sqlite3_finalize(s->aliased_by);
	sqlite3_finalize(s->by_id);
}

static int prepare_stmts(sqlite3 *db, stmts *s)
{
	memset(s, 0, sizeof *s);
	/* A package's advisory rows and their ranges in one query, a row's
	 * ranges together and in the order they were stored (r.rowid is NULL
	 * for a row without ranges). */
	if (sqlite3_prepare_v2(db,
			       "SELECT a.id, a.source, a.vuln_id, a.scheme, a.status, a.severity, "
			       "r.introduced, r.fixed, r.last_affected, r.lim, r.rowid "
			       "FROM affected a LEFT JOIN vrange r ON r.affected_id = a.id "
			       "WHERE a.ecosystem = ? AND a.package = ? AND a.distro_release = ? "
			       "ORDER BY a.source, a.vuln_id, a.id, r.rowid",
			       -1, &s->rows, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT 1 FROM affected_version WHERE affected_id = ? AND version = ?", -1,
			       &s->versions, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db,
			       "SELECT summary, severity, cvss_vector, cvss_score, link, withdrawn FROM vuln "
			       "WHERE source = ? AND id = ?",
			       -1, &s->vuln, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT alias FROM alias WHERE source = ? AND vuln_id = ?", -1, &s->aliases, NULL) !=
		    SQLITE_OK ||
	    /* no DISTINCT: strset_add keeps the first of duplicates, which is
	     * what DISTINCT kept, without a temporary table per lookup */
	    sqlite3_prepare_v2(db, "SELECT vuln_id FROM alias WHERE alias = ?", -1, &s->aliased_by, NULL) !=
		    SQLITE_OK ||
	    sqlite3_prepare_v2(db,
			       "SELECT severity, cvss_vector, cvss_score, withdrawn FROM vuln WHERE id = ? "
			       "ORDER BY cvss_vector IS NULL, source",
			       -1, &s->by_id, NULL) != SQLITE_OK) {
		finalize_stmts(s);
		return -1;
	}
	return 0;
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

static void strset_free(strset *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	memset(s, 0, sizeof *s);
}

/* Every id the vulnerability is known by: the record's own aliases, and the
 * records of any source that list it (or one of those) as an alias. */
static void collect_aliases(stmts *s, const char *source, const char *id, strset *out)
{
	strset_add(out, id);
	sqlite3_bind_text(s->aliases, 1, source, -1, SQLITE_STATIC);
	sqlite3_bind_text(s->aliases, 2, id, -1, SQLITE_STATIC);
	while (sqlite3_step(s->aliases) == SQLITE_ROW)
		strset_add(out, col(s->aliases, 0));
	sqlite3_reset(s->aliases);
	for (size_t i = 0; i < out->n && i < 64; i++) {
		sqlite3_bind_text(s->aliased_by, 1, out->v[i], -1, SQLITE_TRANSIENT);
		while (sqlite3_step(s->aliased_by) == SQLITE_ROW)
			strset_add(out, col(s->aliased_by, 0));
		sqlite3_reset(s->aliased_by);
	}
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The CVE id when the vulnerability has one: two sources naming the same
 * issue (DSA-5678-1 and CVE-2024-1234) then count once. */
static const char *canonical_id(const bh_vuln_match *m)
{
	if (!strncasecmp(m->id, "CVE-", 4))
		return m->id;
	for (size_t i = 0; i < m->naliases; i++)
		if (!strncasecmp(m->aliases[i], "CVE-", 4))
			return m->aliases[i];
	return m->id;
}

static void match_release(bh_vuln_match *m)
{
	free(m->id);
	for (size_t i = 0; i < m->naliases; i++)
		free(m->aliases[i]);
	free(m->aliases);
	free(m->severity);
	free(m->cvss_vector);
	free(m->status);
	free(m->fixed_version);
	free(m->summary);
	free(m->link);
	free(m->source);
	free(m->matched_as);
	free(m->ignore_expired);
	memset(m, 0, sizeof *m);
}

/* Fills severity, CVSS, summary and link from the record, falling back to
 * the records of its aliases in other sources when the record has none. */
static bool fill_details(stmts *s, bh_vuln_match *m, const char *row_severity, const strset *names)
{
	sqlite3_bind_text(s->vuln, 1, m->source, -1, SQLITE_STATIC);
	sqlite3_bind_text(s->vuln, 2, m->id, -1, SQLITE_STATIC);
	bool withdrawn = false;
	const char *sev = NULL;
	char *record_sev = NULL;
	m->cvss_score = -1;
	if (sqlite3_step(s->vuln) == SQLITE_ROW) {
		m->summary = dup_col(s->vuln, 0);
		record_sev = dup_col(s->vuln, 1);
		m->cvss_vector = dup_col(s->vuln, 2);
		if (m->cvss_vector && sqlite3_column_type(s->vuln, 3) != SQLITE_NULL)
			m->cvss_score = sqlite3_column_double(s->vuln, 3);
		m->link = dup_col(s->vuln, 4);
		withdrawn = col(s->vuln, 5) != NULL;
	}
	sqlite3_reset(s->vuln);
	if (row_severity && strcmp(row_severity, "unknown"))
		sev = row_severity;
	else if (record_sev && strcmp(record_sev, "unknown"))
		sev = record_sev;
	char *other_sev = NULL;
	for (size_t i = 0; i < names->n && (!sev || !m->cvss_vector); i++) {
		sqlite3_bind_text(s->by_id, 1, names->v[i], -1, SQLITE_STATIC);
		while (sqlite3_step(s->by_id) == SQLITE_ROW) {
			if (col(s->by_id, 3) && !strcasecmp(names->v[i], m->id))
				withdrawn = true;
			const char *os = col(s->by_id, 0);
			if (!sev && !other_sev && os && strcmp(os, "unknown"))
				other_sev = bh_strdup(os);
			if (!m->cvss_vector && col(s->by_id, 1)) {
				m->cvss_vector = dup_col(s->by_id, 1);
				m->cvss_score = sqlite3_column_type(s->by_id, 2) != SQLITE_NULL ? sqlite3_column_double(s->by_id, 2)
												 : -1;
			}
		}
		sqlite3_reset(s->by_id);
	}
	m->severity = bh_strdup(sev ? sev : other_sev ? other_sev : "unknown");
	free(other_sev);
	free(record_sev);
	return !withdrawn;
}

/* One advisory row of the package being matched, gathered while its ranges
 * come in: the joined query returns the row once per range. */
typedef struct adv_row {
	int64_t aff;
	char *source, *id, *status, *severity;
	bh_ver_scheme scheme;
	bool hit;    /* some range contains the version */
	char *fixed; /* the lowest fix of the ranges that contain it */
} adv_row;

static void adv_row_release(adv_row *r)
{
	free(r->source);
	free(r->id);
	free(r->status);
	free(r->severity);
	free(r->fixed);
	memset(r, 0, sizeof *r);
}

static void adv_row_start(adv_row *r, sqlite3_stmt *st, bh_ver_scheme pkg_scheme)
{
	r->aff = sqlite3_column_int64(st, 0);
	r->source = dup_col(st, 1);
	r->id = dup_col(st, 2);
	r->scheme = pkg_scheme;
	if (col(st, 3))
		bh_ver_scheme_from_name(col(st, 3), &r->scheme);
	r->status = dup_col(st, 4);
	r->severity = dup_col(st, 5);
	r->hit = false;
	r->fixed = NULL;
}

/* Applies the range on the current result row, if there is one. */
static void adv_row_range(adv_row *r, sqlite3_stmt *st, const char *version)
{
	if (sqlite3_column_type(st, 10) == SQLITE_NULL || !strcmp(r->status, "not-affected"))
		return;
	const char *intro = col(st, 6), *fix = col(st, 7), *last = col(st, 8), *lim = col(st, 9);
	if (!bh_ver_in_range(r->scheme, version, intro, fix, last))
		return;
	if (lim && bh_ver_cmp(r->scheme, version, lim) >= 0)
		return;
	/* of several matching ranges, report the lowest fix */
	if (!r->hit || (fix && (!r->fixed || bh_ver_cmp(r->scheme, fix, r->fixed) < 0))) {
		free(r->fixed);
		r->fixed = fix ? bh_strdup(fix) : NULL;
	}
	r->hit = true;
}

/* No range contains the version: the row may still list it. */
static bool listed_version(stmts *s, int64_t aff, const char *version)
{
	sqlite3_bind_int64(s->versions, 1, aff);
	sqlite3_bind_text(s->versions, 2, version, -1, SQLITE_STATIC);
	bool hit = sqlite3_step(s->versions) == SQLITE_ROW;
	sqlite3_reset(s->versions);
	return hit;
}

static bool policy_ignored(const bh_policy *p, bh_vuln_match *m, const bh_package *pkg)
{
	if (!p)
		return false;
	for (size_t i = 0; i < p->nignores; i++) {
		const bh_ignore *g = &p->ignores[i];
		bool named = !strcasecmp(g->rule, m->id);
		for (size_t a = 0; !named && a < m->naliases; a++)
			named = !strcasecmp(g->rule, m->aliases[a]);
		if (!named)
			continue;
		if (g->object && strcasecmp(g->object, pkg->name))
			continue;
		if (g->expires && strcmp(p->today, g->expires) > 0) {
			free(m->ignore_expired);
			m->ignore_expired =
				bh_asprintf("the policy ignore for %s (%s:%d, reason: %s) expired on %s and no longer applies",
					    g->rule, p->path ? p->path : ".bulkhead.yaml", g->line, g->reason, g->expires);
			continue;
		}
		return true;
	}
	return false;
}

/* One advisory row, all its ranges seen: a not-affected statement clears
 * its names; an affected row that contains the version becomes a match
 * (or merges with the same issue from another source). */
static void take_row(stmts *s, const bh_pkg_key *k, size_t pi, size_t first, adv_row *r, strset *cleared,
		     bh_vuln_matches *out)
{
	const char *source = r->source, *id = r->id, *status = r->status, *row_sev = r->severity;
	strset names = { 0 };
	if (!strcmp(status, "not-affected")) {
		collect_aliases(s, source, id, &names);
		for (size_t i = 0; i < names.n; i++)
			strset_add(cleared, names.v[i]);
		strset_free(&names);
		return;
	}
	if (!r->hit && !listed_version(s, r->aff, k->version))
		return;
	char *fixed = r->hit ? r->fixed : NULL;
	r->fixed = NULL;
	/* the names of a vulnerability are only looked up once it matched */
	collect_aliases(s, source, id, &names);
	bh_vuln_match m = { 0 };
	m.pkg = pi;
	m.id = bh_strdup(id);
	m.source = bh_strdup(source);
	m.fixed_version = fixed;
	m.status = bh_strdup(fixed ? "fixed" : strcmp(status, "affected") ? status : "no-fix-yet");
	m.matched_as = *k->release ? bh_asprintf("%s/%s/%s", k->ecosystem, k->release, k->name)
				   : bh_asprintf("%s/%s", k->ecosystem, k->name);
	if (!fill_details(s, &m, row_sev, &names)) {
		strset_free(&names);
		match_release(&m);
		return;
	}
	for (size_t i = 0; i < names.n; i++)
		if (strcasecmp(names.v[i], id)) {
			m.aliases = bh_realloc(m.aliases, (m.naliases + 1) * sizeof *m.aliases);
			m.aliases[m.naliases++] = bh_strdup(names.v[i]);
		}
	if (m.naliases)
		qsort(m.aliases, m.naliases, sizeof *m.aliases, cmp_str);
	strset_free(&names);
	/* the same issue from another source: keep one, prefer a known fix */
	bool merged = false;
	for (size_t j = first; j < out->n && !merged; j++) {
		bh_vuln_match *e = &out->items[j];
		if (strcasecmp(canonical_id(e), canonical_id(&m)))
			continue;
		merged = true;
		bool take = (!e->fixed_version && m.fixed_version) ||
			    (!strcmp(e->severity, "unknown") && strcmp(m.severity, "unknown") &&
			     !e->fixed_version == !m.fixed_version);
		if (take) {
			bh_vuln_match tmp = *e;
			*e = m;
			m = tmp;
		}
		match_release(&m);
	}
	if (!merged)
		*BH_ARRAY_PUSH(out->items, out->n, out->alloc) = m;
}

/* Matches one package; appends to out. */
static void match_package(stmts *s, const bh_package_list *pkgs, size_t pi, const bh_match_opts *o,
			  bh_vuln_matches *out)
{
	const bh_package *p = &pkgs->items[pi];
	bh_pkg_key k;
	const char *why;
	if (!bh_pkg_key_of(p, &k, &why)) {
		out->unmatchable++;
		return;
	}
	size_t first = out->n;
	strset cleared = { 0 };
	adv_row cur = { 0 };
	bool have = false;
	sqlite3_bind_text(s->rows, 1, k.ecosystem, -1, SQLITE_STATIC);
	sqlite3_bind_text(s->rows, 2, k.name, -1, SQLITE_STATIC);
	sqlite3_bind_text(s->rows, 3, k.release, -1, SQLITE_STATIC);
	while (sqlite3_step(s->rows) == SQLITE_ROW) {
		if (!have || sqlite3_column_int64(s->rows, 0) != cur.aff) {
			if (have)
				take_row(s, &k, pi, first, &cur, &cleared, out);
			adv_row_release(&cur);
			adv_row_start(&cur, s->rows, k.scheme);
			have = true;
		}
		adv_row_range(&cur, s->rows, k.version);
	}
	sqlite3_reset(s->rows);
	if (have)
		take_row(s, &k, pi, first, &cur, &cleared, out);
	adv_row_release(&cur);

	/* filters, in order: not-affected statements, VEX, options, policy */
	size_t w = first;
	for (size_t j = first; j < out->n; j++) {
		bh_vuln_match *m = &out->items[j];
		bool drop = strset_has(&cleared, m->id);
		for (size_t a = 0; !drop && a < m->naliases; a++)
			drop = strset_has(&cleared, m->aliases[a]);
		if (!drop && o && o->vex && bh_vex_clears(o->vex, m->id, m->aliases, m->naliases, p->purl)) {
			drop = true;
			out->suppressed_vex++;
		}
		if (!drop && o && ((o->ignore_unfixed && !m->fixed_version) ||
				   (o->severity_mask && !(o->severity_mask & (1u << bh_vuln_severity_rank(m->severity)))))) {
			drop = true;
			out->filtered++;
		}
		if (!drop && o && policy_ignored(o->policy, m, p)) {
			drop = true;
			out->suppressed_policy++;
		}
		if (drop)
			match_release(m);
		else
			out->items[w++] = *m;
	}
	out->n = w;
	strset_free(&cleared);
	bh_pkg_key_release(&k);
}

static int cmp_match(const void *a, const void *b)
{
	const bh_vuln_match *x = a, *y = b;
	if (x->pkg != y->pkg)
		return x->pkg < y->pkg ? -1 : 1;
	int rx = bh_vuln_severity_rank(x->severity), ry = bh_vuln_severity_rank(y->severity);
	if (rx != ry)
		return ry - rx;
	return strcmp(x->id, y->id);
}

int bh_vuln_match_packages(bh_vulndb *db, const bh_package_list *pkgs, const bh_match_opts *o, bh_vuln_matches *out,
		  bh_findings *errs)
{
	memset(out, 0, sizeof *out);
	stmts s;
	if (prepare_stmts(db->db, &s) < 0) {
		bh_findings_error(errs, db->path, 0, 0, "cannot query the vulnerability database: %s",
				  sqlite3_errmsg(db->db));
		return -1;
	}
	/* One read transaction for all packages: without it every statement
	 * is its own transaction, and SQLite takes and drops the file lock,
	 * checks for a hot journal and re-reads the header each time, which
	 * cost more than the matching itself. It also gives every package the
	 * same snapshot of the database. */
	bool in_txn = sqlite3_exec(db->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
	/* Read the file through a memory map: the lookups jump around a file
	 * far larger than the page cache, and a pread (a system call and a
	 * copy) per page was most of the time. `db update` replaces the file
	 * by rename, never in place, so the mapped file does not shrink under
	 * us. If the platform refuses, SQLite reads as before. */
	sqlite3_exec(db->db, "PRAGMA mmap_size = 1073741824", NULL, NULL, NULL);
	for (size_t i = 0; i < pkgs->n; i++)
		match_package(&s, pkgs, i, o, out);
	finalize_stmts(&s);
	if (in_txn)
		sqlite3_exec(db->db, "COMMIT", NULL, NULL, NULL);
	if (out->n)
		qsort(out->items, out->n, sizeof *out->items, cmp_match);
	return 0;
}

void bh_vuln_matches_free(bh_vuln_matches *m)
{
	for (size_t i = 0; i < m->n; i++)
		match_release(&m->items[i]);
	free(m->items);
	memset(m, 0, sizeof *m);
}

bool bh_vuln_severity_mask(const char *list, unsigned *mask)
{
	*mask = 0;
	const char *p = list;
	while (p && *p) {
		size_t n = strcspn(p, ",");
		char word[32];
		if (n == 0 || n >= sizeof word)
			return false;
		for (size_t i = 0; i < n; i++)
			word[i] = (char)((p[i] >= 'A' && p[i] <= 'Z') ? p[i] + 32 : p[i]);
		word[n] = '\0';
		int r = bh_vuln_severity_rank(word);
		if (r == 0 && strcmp(word, "unknown"))
			return false;
		*mask |= 1u << r;
		p += n;
		if (*p == ',')
			p++;
	}
	return *mask != 0;
}

static bh_severity finding_severity(const char *s)
{
	switch (bh_vuln_severity_rank(s)) {
	case 5: return BH_SEV_CRITICAL;
	case 4: return BH_SEV_HIGH;
	case 3: return BH_SEV_MEDIUM;
	case 1: return BH_SEV_INFO;
	default: return BH_SEV_LOW; /* low, and unknown: reported, never hidden */
	}
}

static const char *status_words(const char *status)
{
	if (!strcmp(status, "will-not-fix"))
		return "the distribution will not fix it";
	if (!strcmp(status, "fix-deferred"))
		return "the distribution postponed the fix";
	if (!strcmp(status, "end-of-life"))
		return "the release no longer gets security fixes";
	return "no fix yet";
}

void bh_vuln_matches_to_findings(const bh_vuln_matches *m, const bh_package_list *pkgs, bh_findings *f)
{
	const bh_rule *rule = bh_rule_find("VULN001");
	for (size_t i = 0; i < m->n; i++) {
		const bh_vuln_match *x = &m->items[i];
		const bh_package *p = &pkgs->items[x->pkg];
		bh_finding *fd;
		if (x->fixed_version)
			fd = bh_findings_add(f, rule, p->path, 0, 0, "%s in %s %s (%s): fixed in %s", x->id, p->name,
					     p->version, x->severity, x->fixed_version);
		else
			fd = bh_findings_add(f, rule, p->path, 0, 0, "%s in %s %s (%s): %s", x->id, p->name, p->version,
					     x->severity, status_words(x->status));
		fd->severity = finding_severity(x->severity);
		bh_finding_set(&fd->object, "%s@%s", p->name, p->version);
		bh_finding_set(&fd->evidence, "%s", x->link ? x->link : x->id);
		if (x->fixed_version)
			bh_finding_set(&fd->remediation, "Upgrade %s to %s or later.", p->name, x->fixed_version);
		if (x->ignore_expired)
			bh_finding_set(&fd->ignore_expired, "%s", x->ignore_expired);
	}
}

void bh_vuln_matches_json(jsonw *w, const bh_vuln_matches *m, const bh_package_list *pkgs)
{
	jsonw_arr_open(w);
	for (size_t i = 0; i < m->n; i++) {
		const bh_vuln_match *x = &m->items[i];
		const bh_package *p = &pkgs->items[x->pkg];
		jsonw_obj_open(w);
		jsonw_kstr(w, "id", x->id);
		jsonw_key(w, "aliases");
		jsonw_arr_open(w);
		for (size_t a = 0; a < x->naliases; a++)
			jsonw_str(w, x->aliases[a]);
		jsonw_arr_close(w);
		jsonw_kstr(w, "severity", x->severity);
		jsonw_kstr(w, "cvss_vector", x->cvss_vector);
		jsonw_key(w, "cvss_score");
		if (x->cvss_score >= 0)
			jsonw_double(w, x->cvss_score);
		else
			jsonw_null(w);
		jsonw_kstr(w, "status", x->status);
		jsonw_kstr(w, "package", p->name);
		jsonw_kstr(w, "type", p->type);
		jsonw_kstr(w, "installed_version", p->version);
		jsonw_kstr(w, "source_package", p->source_name);
		jsonw_kstr(w, "fixed_version", x->fixed_version);
		jsonw_kstr(w, "purl", p->purl);
		jsonw_kstr(w, "path", p->path);
		jsonw_key(w, "layer");
		if (p->layer >= 0)
			jsonw_int(w, p->layer);
		else
			jsonw_null(w);
		jsonw_kstr(w, "matched_as", x->matched_as);
		jsonw_kstr(w, "db_source", x->source);
		jsonw_kstr(w, "summary", x->summary);
		jsonw_kstr(w, "link", x->link);
		jsonw_obj_close(w);
	}
	jsonw_arr_close(w);
}

int bh_vuln_scan_packages(const char *db_path, const bh_package_list *pkgs, const bh_match_opts *o,
			  bh_vuln_matches *out, bh_findings *f)
{
	memset(out, 0, sizeof *out);
	char *path = bh_vulndb_default_path(db_path);
	bh_vulndb db;
	char err[1024];
	if (bh_vulndb_open(&db, path, err, sizeof err) < 0) {
		bh_findings_error(f, NULL, 0, 0, "%s", err);
		free(path);
		return -1;
	}
	free(path);
	int64_t last = bh_vulndb_last_checked(&db), now = (int64_t)time(NULL);
	if (!last)
		fprintf(stderr, "bulkhead: warning: the vulnerability database %s has no sources\n", db.path);
	else if (now - last > BH_VULNDB_STALE_SECONDS)
		fprintf(stderr,
			"bulkhead: warning: the vulnerability database was last updated %lld days ago; "
			"run `bulkhead db update`\n",
			(long long)((now - last) / 86400));
	int rc = bh_vuln_match_packages(&db, pkgs, o, out, f);
	bh_vulndb_close(&db);
	if (rc == 0) {
		bh_vuln_matches_to_findings(out, pkgs, f);
		f->suppressed += out->suppressed_policy + out->suppressed_vex;
	}
	return rc;
}
