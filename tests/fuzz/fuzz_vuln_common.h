/* Shared by the vulnerability importer fuzz targets: import one buffer into
 * an in-memory database and match a fixed package list against it. */
#ifndef BH_FUZZ_VULN_COMMON_H
#define BH_FUZZ_VULN_COMMON_H

#include <stdlib.h>
#include <string.h>

#include "core/finding.h"
#include "core/util.h"
#include "pkg/package.h"
#include "vuln/db.h"
#include "vuln/derive.h"
#include "vuln/import.h"
#include "vuln/match.h"

static void fuzz_add_pkg(bh_package_list *l, const char *type, const char *name, const char *version,
			 const char *distro, const char *release)
{
	bh_package *p = bh_package_add(l);
	p->type = bh_strdup(type);
	p->name = bh_strdup(name);
	p->version = bh_strdup(version);
	p->distro = distro ? bh_strdup(distro) : NULL;
	p->distro_release = release ? bh_strdup(release) : NULL;
	p->purl = bh_asprintf("pkg:%s/%s@%s", type, name, version);
}

static void fuzz_vuln_import(const uint8_t *data, size_t size, bh_feed_kind kind)
{
	sqlite3 *db = NULL;
	if (sqlite3_open(":memory:", &db) != SQLITE_OK || bh_vulndb_migrate(db, NULL, 0) < 0)
		abort();
	char *buf = bh_malloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = '\0';
	bh_findings errs;
	bh_findings_init(&errs);
	bh_import im;
	if (bh_import_begin(&im, db, "fuzz", kind, &errs) == 0) {
		int rc = bh_import_buffer(&im, "fuzz.json", buf, size);
		bh_import_end(&im, rc == 0, NULL);
	}
	free(buf);
	/* what bh_vulndb_update_commit does before it commits */
	if (bh_vulndb_derive_needed(db) && bh_vulndb_derive(db, NULL, 0) < 0)
		abort();

	bh_package_list pkgs = { 0 };
	fuzz_add_pkg(&pkgs, "deb", "openssl", "3.0.11-1~deb12u2", "debian", "12");
	fuzz_add_pkg(&pkgs, "apk", "openssl", "3.1.4-r5", "alpine", "3.19.1");
	fuzz_add_pkg(&pkgs, "pypi", "Requests", "2.31.0", NULL, NULL);
	fuzz_add_pkg(&pkgs, "npm", "lodash", "4.17.20", NULL, NULL);
	fuzz_add_pkg(&pkgs, "golang", "golang.org/x/net", "v0.17.0", NULL, NULL);
	fuzz_add_pkg(&pkgs, "maven", "org.apache.logging.log4j:log4j-core", "2.14.1", NULL, NULL);
	bh_vulndb v = { .db = db, .path = (char *)"fuzz.db", .lock_fd = -1 };
	bh_vuln_matches m;
	bh_match_opts mo = { 0 };
	if (bh_vuln_match_packages(&v, &pkgs, &mo, &m, &errs) == 0) {
		bh_findings f;
		bh_findings_init(&f);
		bh_vuln_matches_to_findings(&m, &pkgs, &f);
		bh_findings_release(&f);
		bh_vuln_matches_free(&m);
	}
	bh_package_list_free(&pkgs);
	bh_findings_release(&errs);
	sqlite3_close(db);
}

#endif
