/* OSV records (https://ossf.github.io/osv-schema/) into the database.
 *
 * Each affected[] entry becomes one affected row under (ecosystem, release,
 * normalised name); its SEMVER and ECOSYSTEM ranges are turned into
 * introduced/fixed/last_affected intervals by walking the events in version
 * order, as the schema's evaluation algorithm does. GIT ranges name commits,
 * not versions, and are left out; versions[] is kept as an exact list. */
#include "core/util.h"
#include "vuln/ecosystem.h"
#include "vuln/import_impl.h"
#include "vuln/version.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_EVENTS 4096

typedef struct event {
	int kind; /* 0 introduced, 1 fixed, 2 last_affected, 3 limit */
	const char *version;
	size_t order;
} event;

static int cmp_event(const void *a, const void *b, void *scheme)
{
	const event *x = a, *y = b;
	bh_ver_scheme sort_scheme = *(const bh_ver_scheme *)scheme;
	bool x0 = x->kind == 0 && !strcmp(x->version, "0"), y0 = y->kind == 0 && !strcmp(y->version, "0");
	if (x0 != y0)
		return x0 ? -1 : 1;
	int c = x0 ? 0 : bh_ver_cmp(sort_scheme, x->version, y->version);
	if (c)
		return c;
	return x->order < y->order ? -1 : x->order > y->order;
}

static int import_range(bh_import *im, const char *name, int64_t aff, bh_ver_scheme scheme, const ynode *range)
{
	const ynode *events = ymap_get(range, "events");
	if (!yis_seq(events)) {
		imp_error(im, name, range, "range without an \"events\" list");
		return -1;
	}
	if (events->n > MAX_EVENTS) {
		imp_error(im, name, events, "more than %d events in one range", MAX_EVENTS);
		return -1;
	}
	event *ev = bh_calloc(events->n + 1, sizeof *ev);
	size_t n = 0;
	const char *limit = NULL;
	static const char *const kinds[] = { "introduced", "fixed", "last_affected", "limit" };
	for (size_t i = 0; i < events->n; i++) {
		const ynode *e = events->items[i];
		if (!yis_map(e) || ymap_size(e) != 1) {
			imp_error(im, name, e, "an event must be an object with one of introduced, fixed, last_affected, limit");
			free(ev);
			return -1;
		}
		const char *key = yscalar(ymap_key_at(e, 0));
		const char *ver = imp_str(ymap_val_at(e, 0));
		int k = -1;
		for (int j = 0; j < 4; j++)
			if (key && !strcmp(key, kinds[j]))
				k = j;
		if (k < 0 || !ver || !*ver) {
			imp_error(im, name, e, "unknown or empty event \"%s\"", key ? key : "?");
			free(ev);
			return -1;
		}
		if (k == 3) {
			/* several limits: the lowest one bounds the range */
			if (!limit || bh_ver_cmp(scheme, ver, limit) < 0)
				limit = ver;
			continue;
		}
		ev[n++] = (event){ k, ver, i };
	}
	qsort_r(ev, n, sizeof *ev, cmp_event, &scheme);
	int rc = 0;
	const char *open = NULL;
	for (size_t i = 0; i < n && rc == 0; i++) {
		if (ev[i].kind == 0) {
			if (!open)
				open = ev[i].version;
		} else if (open) {
			rc = imp_range(im, aff, open, ev[i].kind == 1 ? ev[i].version : NULL,
				       ev[i].kind == 2 ? ev[i].version : NULL, limit);
			open = NULL;
		}
	}
	if (open && rc == 0)
		rc = imp_range(im, aff, open, NULL, NULL, limit);
	free(ev);
	return rc;
}

typedef struct severity_info {
	const char *word;     /* critical .. unknown */
	const char *vector;
	double score;
} severity_info;

/* Picks the best description of severity from an OSV severity[] list: a
 * CVSS v3 vector (its base score is computed), else a CVSS v4 or v2 vector
 * kept for reference, else a distribution's word (type "Ubuntu"). */
static void read_severity(const ynode *list, severity_info *out)
{
	if (!yis_seq(list))
		return;
	for (size_t i = 0; i < list->n; i++) {
		const char *type = imp_str(ymap_get(list->items[i], "type"));
		const char *score = imp_str(ymap_get(list->items[i], "score"));
		if (!type || !score)
			continue;
		double s;
		if ((!strcmp(type, "CVSS_V3") || !strcmp(type, "CVSS_V3_1")) && bh_cvss3_base_score(score, &s)) {
			out->vector = score;
			out->score = s;
			out->word = bh_vuln_severity_from_score(s);
		} else if (!strncmp(type, "CVSS_", 5) && !out->vector) {
			out->vector = score;
		} else if (!strcmp(type, "Ubuntu") && (!out->word || !strcmp(out->word, "unknown"))) {
			out->word = bh_vuln_severity_from_urgency(score);
		}
	}
}

static const char *advisory_link(const ynode *rec)
{
	const ynode *refs = ymap_get(rec, "references");
	if (!yis_seq(refs))
		return NULL;
	const char *first = NULL;
	for (size_t i = 0; i < refs->n; i++) {
		const char *type = imp_str(ymap_get(refs->items[i], "type"));
		const char *url = imp_str(ymap_get(refs->items[i], "url"));
		if (!url)
			continue;
		if (type && !strcmp(type, "ADVISORY"))
			return url;
		if (!first)
			first = url;
	}
	return first;
}

static int import_affected(bh_import *im, const char *name, const char *id, const ynode *a, const char *vuln_severity)
{
	if (!yis_map(a)) {
		imp_error(im, name, a, "an affected entry must be an object");
		return -1;
	}
	const ynode *pkg = ymap_get(a, "package");
	const char *osv_eco = imp_str(ymap_get(pkg, "ecosystem"));
	const char *pname = imp_str(ymap_get(pkg, "name"));
	if (!pkg)
		return 0; /* records may describe a product without a package: nothing to match */
	if (!osv_eco || !pname || !*pname) {
		imp_error(im, name, pkg, "affected package needs \"ecosystem\" and \"name\"");
		return -1;
	}
	char *eco, *release;
	bh_ver_scheme scheme;
	if (!bh_osv_ecosystem_key(osv_eco, &eco, &release) || !bh_ver_scheme_for_ecosystem(osv_eco, &scheme)) {
		im->skipped++;
		return 0;
	}
	char *norm = bh_pkg_normalize_name(eco, pname);
	severity_info sev = { 0 };
	read_severity(ymap_get(a, "severity"), &sev);
	const ynode *es = ymap_get(a, "ecosystem_specific");
	const char *urgency = imp_str(ymap_get(es, "urgency"));
	if (!urgency)
		urgency = imp_str(ymap_get(es, "severity"));
	const char *severity = sev.word ? sev.word : urgency ? bh_vuln_severity_from_urgency(urgency) : vuln_severity;
	int rc = 0;
	int64_t aff = imp_affected(im, id, eco, release, norm, bh_ver_scheme_name(scheme), "affected", severity, urgency);
	if (aff < 0)
		rc = -1;
	const ynode *ranges = ymap_get(a, "ranges");
	if (rc == 0 && ranges && !yis_seq(ranges)) {
		imp_error(im, name, ranges, "\"ranges\" must be a list");
		rc = -1;
	}
	for (size_t i = 0; rc == 0 && ranges && i < ranges->n; i++) {
		const ynode *r = ranges->items[i];
		const char *type = imp_str(ymap_get(r, "type"));
		if (!yis_map(r) || !type) {
			imp_error(im, name, r, "a range needs a \"type\"");
			rc = -1;
		} else if (!strcmp(type, "SEMVER") || !strcmp(type, "ECOSYSTEM")) {
			rc = import_range(im, name, aff, !strcmp(type, "SEMVER") && scheme != BH_VER_GO ? BH_VER_SEMVER : scheme, r);
		}
	}
	const ynode *versions = ymap_get(a, "versions");
	if (rc == 0 && versions && !yis_seq(versions)) {
		imp_error(im, name, versions, "\"versions\" must be a list");
		rc = -1;
	}
	for (size_t i = 0; rc == 0 && versions && i < versions->n; i++) {
		const char *v = imp_str(versions->items[i]);
		if (v && *v)
			rc = imp_version(im, aff, v);
	}
	free(eco);
	free(release);
	free(norm);
	return rc;
}

int imp_osv_record(bh_import *im, const char *name, const ynode *rec)
{
	if (!yis_map(rec)) {
		imp_error(im, name, rec, "an OSV record must be a JSON object");
		return -1;
	}
	const char *id = imp_str(ymap_get(rec, "id"));
	if (!id || !*id || strlen(id) > 256) {
		imp_error(im, name, rec, "OSV record without a valid \"id\"");
		return -1;
	}
	const char *withdrawn = imp_str(ymap_get(rec, "withdrawn"));
	const char *summary_text = imp_str(ymap_get(rec, "summary"));
	char *summary = imp_summary(summary_text ? summary_text : imp_str(ymap_get(rec, "details")));
	severity_info sev = { 0 };
	read_severity(ymap_get(rec, "severity"), &sev);
	if (!sev.word) {
		/* GitHub advisories: database_specific.severity LOW/MODERATE/HIGH/CRITICAL */
		const char *word = imp_str(ymap_get(ymap_get(rec, "database_specific"), "severity"));
		sev.word = word ? bh_vuln_severity_from_urgency(word) : "unknown";
	}
	const char *link = advisory_link(rec);
	char *own_link = NULL;
	if (!link)
		link = own_link = bh_asprintf("https://osv.dev/vulnerability/%s", id);
	int rc = imp_vuln(im, id, summary, sev.word, sev.vector, sev.vector ? sev.score : -1, link,
			  imp_str(ymap_get(rec, "modified")), withdrawn);
	free(summary);
	free(own_link);
	static const char *const alias_lists[] = { "aliases", "upstream" };
	for (size_t l = 0; rc == 0 && l < BH_ARRAY_SIZE(alias_lists); l++) {
		const ynode *al = ymap_get(rec, alias_lists[l]);
		for (size_t i = 0; rc == 0 && yis_seq(al) && i < al->n; i++)
			rc = imp_alias(im, id, imp_str(al->items[i]));
	}
	/* A withdrawn record stays known (so status can show it) but affects nothing. */
	const ynode *affected = ymap_get(rec, "affected");
	if (rc == 0 && affected && !yis_seq(affected)) {
		imp_error(im, name, affected, "\"affected\" must be a list");
		rc = -1;
	}
	for (size_t i = 0; rc == 0 && !withdrawn && affected && i < affected->n; i++)
		rc = import_affected(im, name, id, affected->items[i], sev.word);
	return rc;
}

int imp_osv_document(bh_import *im, const char *name, const ynode *root)
{
	if (!yis_seq(root))
		return imp_osv_record(im, name, root);
	int rc = 0;
	for (size_t i = 0; i < root->n; i++)
		if (imp_osv_record(im, name, root->items[i]) < 0)
			rc = -1;
	return rc;
}
