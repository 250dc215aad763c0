#include "vuln/match.h"
#include "core/jsonw.h"
#include "core/rule.h"
#include "core/util.h"
#include "vuln/derive.h"
#include "vuln/ecosystem.h"
#include "vuln/version.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* A package's advisory rows (vuln/derive.h): one search in package_key,
 * then consecutive rows of package_advisory, ordered by source, advisory
 * id and row. Only what decides whether a row applies is selected: SQLite
 * copies every selected text and blob on every row, and most rows do not
 * contain the installed version. What the report needs of a row that
 * applies is read by its report_id. */
typedef struct stmts {
	sqlite3_stmt *rows, *details;
} stmts;

enum { R_REPORT_ID, R_SCHEME, R_STATUS, R_RANGES, R_VERSIONS, R_WITHDRAWN, R_SOURCE, R_VULN_ID };
enum { D_ALIASES, D_SEVERITY, D_CVSS_VECTOR, D_CVSS_SCORE, D_SUMMARY, D_LINK };

static int prepare_stmts(sqlite3 *db, stmts *s)
{
	memset(s, 0, sizeof *s);
	if (sqlite3_prepare_v2(db,
			       "SELECT a.report_id, a.scheme, a.status, a.ranges, a.versions, a.withdrawn, a.source, "
			       "a.vuln_id "
			       "FROM package_key k JOIN package_advisory a ON a.id BETWEEN k.first_id AND k.last_id "
			       "WHERE k.ecosystem = ? AND k.package = ? AND k.distro_release = ? ORDER BY a.id",
			       -1, &s->rows, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db,
			       "SELECT aliases, severity, cvss_vector, cvss_score, summary, link "
			       "FROM package_advisory_report WHERE id = ?",
			       -1, &s->details, NULL) != SQLITE_OK) {
		sqlite3_finalize(s->rows);
		sqlite3_finalize(s->details);
		return -1;
	}
	return 0;
}

static const char *col(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

/* "ecosystem/release/name", or "ecosystem/name" for an empty release,
 * written at *w (room: the three lengths + 3); once per match, where a
 * printf was a noticeable part of the time. */
static char *put_matched_as(char **w, const bh_pkg_key *k)
{
	const char *part[3] = { k->ecosystem, k->release, k->name };
	const size_t len[3] = { k->ecosystem_len, k->release_len, k->name_len };
	char *r = *w, *p = r;
	for (int i = 0; i < 3; i++) {
		if (i == 1 && !len[i])
			continue;
		if (i)
			*p++ = '/';
		memcpy(p, part[i], len[i]);
		p += len[i];
	}
	*p++ = '\0';
	*w = p;
	return r;
}

static bool col_list(sqlite3_stmt *st, int i, bh_vlist *l)
{
	const void *b = sqlite3_column_blob(st, i);
	return bh_vlist_init(l, b, sqlite3_column_bytes(st, i));
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
	free(m->mem);
	free(m->ignore_expired);
	memset(m, 0, sizeof *m);
}

/* A string to copy into a match's block; s NULL: none. */
typedef struct piece {
	const char *s;
	size_t n;
} piece;

static piece col_piece(sqlite3_stmt *st, int i)
{
	const char *t = col(st, i);
	return (piece){ t, t ? (size_t)sqlite3_column_bytes(st, i) : 0 };
}

static piece str_piece(const char *s)
{
	return (piece){ s, s ? strlen(s) : 0 };
}

static char *put(char **w, piece p)
{
	if (!p.s)
		return NULL;
	char *r = *w;
	memcpy(r, p.s, p.n);
	r[p.n] = '\0';
	*w += p.n + 1;
	return r;
}

/* Whether the version lies in one of the row's ranges (1) or not (0);
 * *fixed is then the lowest fix of the ranges that contain it (NULL: none
 * has a fix), pointing into the row. -1 when the list is damaged. */
static int in_ranges(bh_vlist *l, const bh_ver_parsed *version, const char **fixed)
{
	bh_ver_scheme scheme = version->scheme;
	bool hit = false;
	bh_ver_text f[4];
	*fixed = NULL;
	for (;;) {
		for (int c = 0; c < 4; c++) {
			int r = bh_vlist_next_n(l, &f[c].s, &f[c].len);
			if (r != 1)
				return r < 0 ? -1 : hit;
		}
		const char *fix = f[1].s, *lim = f[3].s;
		if (!bh_ver_in_range_parsed(version, f[0], f[1], f[2]))
			continue;
		if (lim && bh_ver_cmp_parsed_n(version, lim, f[3].len) >= 0)
			continue;
		if (!hit || (fix && (!*fixed || bh_ver_cmp(scheme, fix, *fixed) < 0)))
			*fixed = fix;
		hit = true;
	}
}

/* No range contains the version: the row may still list it (1). -1 when
 * the list is damaged. */
static int listed_version(bh_vlist *l, const char *version)
{
	const char *v;
	int r;
	while ((r = bh_vlist_next(l, &v)) == 1)
		if (v && !strcmp(v, version))
			return 1;
	return r;
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

/* The installed version of one package, parsed once per scheme its rows
 * name (almost always one): every range of every row is compared with it. */
typedef struct parsed_versions {
	const char *text;
	unsigned have; /* bit per scheme */
	bh_ver_parsed v[BH_VER_SCHEME_COUNT];
} parsed_versions;

static const bh_ver_parsed *parsed_as(parsed_versions *pv, bh_ver_scheme scheme)
{
	if ((unsigned)scheme >= BH_VER_SCHEME_COUNT)
		scheme = BH_VER_DPKG; /* not reached: names map to valid schemes */
	if (!(pv->have & (1u << scheme))) {
		bh_ver_parse(&pv->v[scheme], scheme, pv->text);
		pv->have |= 1u << scheme;
	}
	return &pv->v[scheme];
}

/* One advisory row: a not-affected statement clears its names; an
 * affected row that contains the version becomes a match (or merges with
 * the same issue from another source). false when the row is damaged. */
static bool take_row(stmts *s, const bh_pkg_key *k, parsed_versions *pv, size_t pi, size_t first,
		     strset *cleared, bh_vuln_matches *out)
{
	sqlite3_stmt *st = s->rows, *dt = s->details;
	const char *status = col(st, R_STATUS), *name;
	bh_vlist ranges, versions, aliases;
	if (!status)
		return false;
	bool not_affected = !strcmp(status, "not-affected");
	const char *fixed = NULL;
	bool hit = false;
	if (!not_affected) {
		bh_ver_scheme scheme = k->scheme;
		const char *named = col(st, R_SCHEME);
		/* nearly always the key's own scheme, spelt as stored */
		if (named && strcmp(named, bh_ver_scheme_name(scheme)))
			bh_ver_scheme_from_name(named, &scheme);
		if (!col_list(st, R_RANGES, &ranges))
			return false;
		int in = in_ranges(&ranges, parsed_as(pv, scheme), &fixed);
		if (in < 0)
			return false;
		hit = in;
		if (!hit) {
			if (!col_list(st, R_VERSIONS, &versions))
				return false;
			int listed = listed_version(&versions, k->version);
			if (listed <= 0)
				return listed == 0;
		}
		if (sqlite3_column_int(st, R_WITHDRAWN))
			return true;
	}
	/* the row applies: the rest of it */
	sqlite3_bind_int64(dt, 1, sqlite3_column_int64(st, R_REPORT_ID));
	bool ok = sqlite3_step(dt) == SQLITE_ROW;
	const char *source = col(st, R_SOURCE), *id = col(st, R_VULN_ID);
	if (!ok || !source || !id || !col_list(dt, D_ALIASES, &aliases)) {
		sqlite3_reset(dt);
		return false;
	}
	int more;
	if (not_affected) {
		strset_add(cleared, id);
		while ((more = bh_vlist_next(&aliases, &name)) == 1)
			strset_add(cleared, name);
		sqlite3_reset(dt);
		return more == 0;
	}
	/* the aliases, stored sorted and without the id itself: counted
	 * first, so that the match is one block */
	size_t naliases = 0, bytes = 0, len;
	bh_vlist count = aliases;
	while ((more = bh_vlist_next_n(&count, &name, &len)) == 1)
		if (name)
			naliases++, bytes += len + 1;
	if (more < 0) {
		sqlite3_reset(dt);
		return false;
	}
	enum { P_ID, P_SOURCE, P_FIXED, P_STATUS, P_SEVERITY, P_CVSS, P_SUMMARY, P_LINK, P_COUNT };
	piece p[P_COUNT];
	p[P_ID] = col_piece(st, R_VULN_ID);
	p[P_SOURCE] = col_piece(st, R_SOURCE);
	p[P_FIXED] = str_piece(hit ? fixed : NULL);
	p[P_STATUS] = str_piece(p[P_FIXED].s ? "fixed" : strcmp(status, "affected") ? status : "no-fix-yet");
	p[P_SEVERITY] = col(dt, D_SEVERITY) ? col_piece(dt, D_SEVERITY) : str_piece("unknown");
	p[P_CVSS] = col_piece(dt, D_CVSS_VECTOR);
	p[P_SUMMARY] = col_piece(dt, D_SUMMARY);
	p[P_LINK] = col_piece(dt, D_LINK);
	for (int i = 0; i < P_COUNT; i++)
		bytes += p[i].n + 1;
	bytes += k->ecosystem_len + k->release_len + k->name_len + 3;
	bh_vuln_match m = { 0 };
	m.mem = bh_malloc(naliases * sizeof *m.aliases + bytes);
	char *w = (char *)m.mem + naliases * sizeof *m.aliases;
	m.pkg = pi;
	m.id = put(&w, p[P_ID]);
	m.source = put(&w, p[P_SOURCE]);
	m.fixed_version = put(&w, p[P_FIXED]);
	m.status = put(&w, p[P_STATUS]);
	m.severity = put(&w, p[P_SEVERITY]);
	m.cvss_vector = put(&w, p[P_CVSS]);
	m.cvss_score = sqlite3_column_double(dt, D_CVSS_SCORE);
	m.summary = put(&w, p[P_SUMMARY]);
	m.link = put(&w, p[P_LINK]);
	m.matched_as = put_matched_as(&w, k);
	m.aliases = naliases ? m.mem : NULL;
	while (bh_vlist_next_n(&aliases, &name, &len) == 1)
		if (name)
			m.aliases[m.naliases++] = put(&w, (piece){ name, len });
	sqlite3_reset(dt);
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
	return true;
}

/* Matches one package by its key; appends to out. false when the database
 * is damaged. */
/* A length for sqlite3_bind_text: -1 (measure it) beyond what an int holds. */
static int bind_len(size_t n)
{
	return n <= INT_MAX ? (int)n : -1;
}

/* Moves the matches of one package that survive the filters to out. The
 * filters, in order: not-affected statements, VEX, options, policy. */
static void filter_matches(const bh_package *p, const strset *cleared, const bh_match_opts *o,
			   bh_vuln_matches *found, bh_vuln_matches *out)
{
	for (size_t j = 0; j < found->n; j++) {
		bh_vuln_match *m = &found->items[j];
		bool drop = strset_has(cleared, m->id);
		for (size_t a = 0; !drop && a < m->naliases; a++)
			drop = strset_has(cleared, m->aliases[a]);
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
			*BH_ARRAY_PUSH(out->items, out->n, out->alloc) = *m;
	}
	found->n = 0;
}

/* One installed package being matched. */
typedef struct member {
	const bh_pkg_key *key;
	size_t pi;
	parsed_versions pv;
	strset cleared;        /* names not-affected statements clear */
	bh_vuln_matches found; /* its matches before the filters */
} member;

/* A package to look up, in the order of the database's key. */
typedef struct lookup {
	uint64_t head; /* the name's first 8 bytes, big-endian: most comparisons end here */
	bh_pkg_key key;
	size_t pi;
} lookup;

/* Matches the n packages that share one key (g[0..n-1]): the binary
 * packages of one Debian source, the same library installed twice. The
 * key is searched once, and every row is checked against each package's
 * version. Appends to out; false when the database is damaged. */
static bool match_key(stmts *s, const bh_package_list *pkgs, const lookup *g, size_t n, const bh_match_opts *o,
		      bh_vuln_matches *out)
{
	member one, *mb = n == 1 ? &one : bh_malloc(n * sizeof *mb);
	for (size_t j = 0; j < n; j++) {
		mb[j].key = &g[j].key;
		mb[j].pi = g[j].pi;
		mb[j].pv.text = g[j].key.version;
		mb[j].pv.have = 0; /* pv.v[] filled on demand */
		memset(&mb[j].cleared, 0, sizeof mb[j].cleared);
		memset(&mb[j].found, 0, sizeof mb[j].found);
	}
	const bh_pkg_key *k = &g[0].key;
	sqlite3_stmt *rows = s->rows;
	bool ok = true;
	sqlite3_bind_text(rows, 1, k->ecosystem, bind_len(k->ecosystem_len), SQLITE_STATIC);
	sqlite3_bind_text(rows, 2, k->name, bind_len(k->name_len), SQLITE_STATIC);
	sqlite3_bind_text(rows, 3, k->release, bind_len(k->release_len), SQLITE_STATIC);
	while (ok && sqlite3_step(rows) == SQLITE_ROW)
		for (size_t j = 0; j < n && ok; j++)
			ok = take_row(s, mb[j].key, &mb[j].pv, mb[j].pi, 0, &mb[j].cleared, &mb[j].found);
	sqlite3_reset(rows);
	for (size_t j = 0; j < n; j++) {
		if (ok)
			filter_matches(&pkgs->items[mb[j].pi], &mb[j].cleared, o, &mb[j].found, out);
		bh_vuln_matches_free(&mb[j].found);
		strset_free(&mb[j].cleared);
	}
	if (mb != &one)
		free(mb);
	return ok;
}

static bool same_key(const bh_pkg_key *a, const bh_pkg_key *b)
{
	return a->name_len == b->name_len && a->ecosystem_len == b->ecosystem_len && a->release_len == b->release_len &&
	       !strcmp(a->name, b->name) && !strcmp(a->ecosystem, b->ecosystem) && !strcmp(a->release, b->release);
}

static uint64_t name_head(const char *s)
{
	uint64_t h = 0;
	for (int i = 0; i < 8; i++) {
		h = h << 8 | (unsigned char)*s;
		if (*s)
			s++;
	}
	return h;
}

static int cmp_lookup(const void *a, const void *b)
{
	uint64_t hx = ((const lookup *)a)->head, hy = ((const lookup *)b)->head;
	if (hx != hy)
		return hx < hy ? -1 : 1;
	const bh_pkg_key *x = &((const lookup *)a)->key, *y = &((const lookup *)b)->key;
	int c = strcmp(x->name, y->name);
	if (!c)
		c = strcmp(x->ecosystem, y->ecosystem);
	if (!c)
		c = strcmp(x->release, y->release);
	if (!c)
		c = ((const lookup *)a)->pi < ((const lookup *)b)->pi ? -1 : 1;
	return c;
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
	/* Read the file through a memory map: a pread (a system call and a
	 * copy) per page was most of the time. `db update` replaces the file
	 * by rename, never in place, so the mapped file does not shrink under
	 * us. If the platform refuses, SQLite reads as before. */
	sqlite3_exec(db->db, "PRAGMA mmap_size = 1073741824", NULL, NULL, NULL);
	/* Look the packages up in key order: consecutive searches then walk
	 * the same pages, which stay in the CPU cache, instead of jumping
	 * across the whole file. The report is sorted below, so the order
	 * does not show. */
	lookup *todo = pkgs->n ? bh_calloc(pkgs->n, sizeof *todo) : NULL;
	size_t ntodo = 0;
	for (size_t i = 0; i < pkgs->n; i++) {
		const char *why;
		if (bh_pkg_key_of(&pkgs->items[i], &todo[ntodo].key, &why)) {
			todo[ntodo].head = name_head(todo[ntodo].key.name);
			todo[ntodo++].pi = i;
		} else {
			out->unmatchable++;
		}
	}
	if (ntodo)
		qsort(todo, ntodo, sizeof *todo, cmp_lookup);
	bool ok = true;
	for (size_t i = 0, n; i < ntodo && ok; i += n) {
		for (n = 1; i + n < ntodo && same_key(&todo[i].key, &todo[i + n].key); n++)
			;
		ok = match_key(&s, pkgs, todo + i, n, o, out);
	}
	for (size_t i = 0; i < ntodo; i++)
		bh_pkg_key_release(&todo[i].key);
	free(todo);
	sqlite3_finalize(s.rows);
	sqlite3_finalize(s.details);
	if (in_txn)
		sqlite3_exec(db->db, "COMMIT", NULL, NULL, NULL);
	if (!ok) {
		bh_findings_error(errs, db->path, 0, 0,
				  "the vulnerability database is damaged (a package_advisory row cannot be read); "
				  "remove it and run `bulkhead db update`");
		bh_vuln_matches_free(out);
		return -1;
	}
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
