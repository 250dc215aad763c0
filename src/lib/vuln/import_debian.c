/* The Debian Security Tracker's JSON export into the database.
 *
 * Shape: { source package: { issue id: { description, scope, debianbug,
 * releases: { codename: { status, repositories, fixed_version, urgency,
 * nodsa, nodsa_reason } } } } }. Keys are source packages, releases are
 * codenames. What each release entry becomes:
 *
 *   resolved, fixed_version "0"      not-affected (never vulnerable there)
 *   resolved, fixed_version V        affected below V
 *   open, nodsa_reason "ignored"     will-not-fix
 *   open, nodsa_reason "postponed"   fix-deferred
 *   open, urgency "end-of-life"      end-of-life (no security support)
 *   open or undetermined otherwise   no-fix-yet
 *
 * The export is read one package at a time (json_stream.h). */
#include "core/util.h"
#include "vuln/ecosystem.h"
#include "vuln/import_impl.h"
#include "vuln/json_stream.h"

#include <stdio.h>
#include <string.h>

typedef struct tracker_ctx {
	bh_import *im;
	const char *name;
	int rc;
} tracker_ctx;

static int import_release(bh_import *im, const char *name, const char *pkg, const char *id, const char *codename,
			  const ynode *r)
{
	if (!yis_map(r)) {
		imp_error(im, name, r, "%s/%s: release \"%s\" must be an object", pkg, id, codename);
		return -1;
	}
	const char *status = imp_str(ymap_get(r, "status"));
	const char *fixed = imp_str(ymap_get(r, "fixed_version"));
	const char *urgency = imp_str(ymap_get(r, "urgency"));
	const char *reason = imp_str(ymap_get(r, "nodsa_reason"));
	if (!status) {
		imp_error(im, name, r, "%s/%s/%s: release entry without \"status\"", pkg, id, codename);
		return -1;
	}
	const char *state;
	bool bounded = false;
	if (!strcmp(status, "resolved")) {
		if (!fixed || !*fixed) {
			imp_error(im, name, r, "%s/%s/%s: resolved without \"fixed_version\"", pkg, id, codename);
			return -1;
		}
		state = !strcmp(fixed, "0") ? "not-affected" : "affected";
		bounded = true;
	} else if (!strcmp(status, "open") || !strcmp(status, "undetermined")) {
		if (reason && !strcmp(reason, "ignored"))
			state = "will-not-fix";
		else if (reason && !strcmp(reason, "postponed"))
			state = "fix-deferred";
		else if (urgency && !strcmp(urgency, "end-of-life"))
			state = "end-of-life";
		else
			state = "no-fix-yet";
	} else {
		imp_error(im, name, ymap_get(r, "status"), "%s/%s/%s: unknown status \"%s\"", pkg, id, codename, status);
		return -1;
	}
	int64_t aff = imp_affected(im, id, "debian", codename, pkg, "dpkg", state,
				   bh_vuln_severity_from_urgency(urgency), urgency);
	if (aff < 0)
		return -1;
	if (!strcmp(state, "not-affected"))
		return 0;
	return imp_range(im, aff, "0", bounded ? fixed : NULL, NULL, NULL);
}

static int import_package(const char *pkg, const ynode *issues, void *arg)
{
	tracker_ctx *c = arg;
	bh_import *im = c->im;
	if (!yis_map(issues)) {
		imp_error(im, c->name, issues, "package \"%s\" must map issue ids to objects", pkg);
		return c->rc = -1, 0;
	}
	if (!*pkg || strlen(pkg) > 256)
		return 0;
	for (size_t i = 0; i < ymap_size(issues); i++) {
		const char *id = yscalar(ymap_key_at(issues, i));
		const ynode *issue = ymap_val_at(issues, i);
		if (!id || !*id || strlen(id) > 256 || !yis_map(issue)) {
			imp_error(im, c->name, ymap_key_at(issues, i), "package \"%s\": issue must be an id mapped to an object", pkg);
			c->rc = -1;
			continue;
		}
		const char *description = imp_str(ymap_get(issue, "description"));
		char *summary = imp_summary(description);
		char *link = bh_asprintf("https://security-tracker.debian.org/tracker/%s", id);
		if (imp_vuln(im, id, summary, "unknown", NULL, -1, link, NULL, NULL) < 0)
			c->rc = -1;
		free(summary);
		free(link);
		const ynode *releases = ymap_get(issue, "releases");
		if (releases && !yis_map(releases)) {
			imp_error(im, c->name, releases, "%s/%s: \"releases\" must be an object", pkg, id);
			c->rc = -1;
			continue;
		}
		for (size_t j = 0; j < ymap_size(releases); j++) {
			const char *codename = yscalar(ymap_key_at(releases, j));
			if (!codename || !*codename)
				continue;
			if (import_release(im, c->name, pkg, id, codename, ymap_val_at(releases, j)) < 0)
				c->rc = -1;
		}
	}
	/* a database error stops the walk; a malformed entry does not */
	return 0;
}

int imp_debian_tracker(bh_import *im, const char *name, char *data, size_t len)
{
	tracker_ctx c = { im, name, 0 };
	yerror err;
	int rc = bh_json_each_member(data, len, import_package, &c, &err);
	if (rc < 0) {
		bh_findings_error(im->errs, name, err.line, err.col, "invalid Debian Security Tracker JSON: %s", err.message);
		return -1;
	}
	return c.rc;
}
