/* The vulnerability database's small parts: CVSS v3 base scores (vectors and
 * scores from the CVSS v3.1 specification's examples and NVD), ecosystem and
 * release keys, name normalisation, purls, and a schema round trip. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "core/finding.h"
#include "pkg/package.h"
#include "vuln/pkg_input.h"
#include "core/util.h"
#include "vuln/db.h"
#include "vuln/derive.h"
#include "vuln/ecosystem.h"
#include "vuln/purl.h"

static void check_cvss(const char *vector, double want)
{
	double got = -1;
	CHECK(bh_cvss3_base_score(vector, &got));
	if (fabs(got - want) > 1e-9)
		fprintf(stderr, "%s: expected %.1f, got %.1f\n", vector, want, got);
	CHECK(fabs(got - want) < 1e-9);
}

static void test_cvss(void)
{
	check_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8);
	check_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0);
	check_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1);
	check_cvss("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H", 7.2);
	check_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L", 5.3);
	check_cvss("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8);
	check_cvss("CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N", 5.9);
	check_cvss("CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N", 0.0);
	/* temporal metrics do not change the base score */
	check_cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O", 9.8);
	double s;
	CHECK(!bh_cvss3_base_score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H", &s));
	CHECK(!bh_cvss3_base_score("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", &s));
	CHECK(!bh_cvss3_base_score("AV:N/AC:L/Au:N/C:P/I:P/A:P", &s));
	CHECK(!bh_cvss3_base_score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", &s));
	CHECK(!bh_cvss3_base_score(NULL, &s));
	CHECK_STR(bh_vuln_severity_from_score(9.0), "critical");
	CHECK_STR(bh_vuln_severity_from_score(8.9), "high");
	CHECK_STR(bh_vuln_severity_from_score(4.0), "medium");
	CHECK_STR(bh_vuln_severity_from_score(3.9), "low");
	CHECK_STR(bh_vuln_severity_from_urgency("unimportant"), "negligible");
	CHECK_STR(bh_vuln_severity_from_urgency("high**"), "high");
	CHECK_STR(bh_vuln_severity_from_urgency("MODERATE"), "medium");
	CHECK_STR(bh_vuln_severity_from_urgency("not yet assigned"), "unknown");
}

static void check_eco(const char *osv, const char *eco, const char *rel)
{
	char *e = NULL, *r = NULL;
	bool ok = bh_osv_ecosystem_key(osv, &e, &r);
	CHECK(ok == (eco != NULL));
	if (ok && eco) {
		CHECK_STR(e, eco);
		CHECK_STR(r, rel);
	}
	free(e);
	free(r);
}

static void test_ecosystems(void)
{
	check_eco("Debian:12", "debian", "bookworm");
	check_eco("Debian:11", "debian", "bullseye");
	check_eco("Ubuntu:22.04:LTS", "ubuntu", "22.04");
	check_eco("Ubuntu:Pro:18.04:LTS", "ubuntu", "18.04");
	check_eco("Alpine:v3.19", "alpine", "3.19");
	check_eco("PyPI", "pypi", "");
	check_eco("crates.io", "crates.io", "");
	check_eco("Go", "go", "");
	check_eco("Debian", NULL, NULL);      /* an OS ecosystem without release */
	check_eco("Packagist", NULL, NULL);   /* no version ordering known */
	check_eco("", NULL, NULL);

	char *n = bh_pkg_normalize_name("pypi", "Django_REST..framework");
	CHECK_STR(n, "django-rest-framework");
	free(n);
	n = bh_pkg_normalize_name("npm", "JSONStream");
	CHECK_STR(n, "jsonstream");
	free(n);
	n = bh_pkg_normalize_name("go", "github.com/BurntSushi/toml");
	CHECK_STR(n, "github.com/BurntSushi/toml");
	free(n);
	n = bh_pkg_normalize_name("maven", "org.apache.logging.log4j/log4j-core");
	CHECK_STR(n, "org.apache.logging.log4j:log4j-core");
	free(n);

	CHECK_STR(bh_debian_codename("12"), "bookworm");
	CHECK_STR(bh_debian_codename("12.4"), "bookworm");
	CHECK(bh_debian_codename("bookworm") == NULL);
	CHECK(bh_debian_codename("1x") == NULL);
	char *b = bh_alpine_branch("3.19.1");
	CHECK_STR(b, "3.19");
	free(b);

	bh_package p = { .type = "deb", .name = "libblkid1", .version = "2.38.1-5+b1", .source_name = "util-linux",
			 .source_version = "2.38.1-5", .distro = "debian", .distro_release = "12", .layer = -1 };
	bh_pkg_key k;
	const char *why;
	CHECK(bh_pkg_key_of(&p, &k, &why));
	CHECK_STR(k.ecosystem, "debian");
	CHECK_STR(k.release, "bookworm");
	CHECK_STR(k.name, "util-linux");
	CHECK_STR(k.version, "2.38.1-5");
	CHECK(k.scheme == BH_VER_DPKG);
	bh_pkg_key_release(&k);
	p.distro_release = NULL;
	CHECK(!bh_pkg_key_of(&p, &k, &why));
	bh_package q = { .type = "pypi", .name = "Requests", .version = "2.31.0", .layer = -1 };
	CHECK(bh_pkg_key_of(&q, &k, &why));
	CHECK_STR(k.name, "requests");
	CHECK(k.scheme == BH_VER_PEP440);
	bh_pkg_key_release(&k);
}

static void test_purl(void)
{
	bh_purl u;
	CHECK(bh_purl_parse("pkg:npm/%40angular/core@16.0.0?a=b#x/y", &u));
	CHECK_STR(u.type, "npm");
	CHECK_STR(u.namespace_, "@angular");
	CHECK_STR(u.name, "core");
	CHECK_STR(u.version, "16.0.0");
	CHECK_STR(u.subpath, "x/y");
	CHECK_STR(bh_purl_qualifier(&u, "a"), "b");
	bh_purl_release(&u);
	CHECK(bh_purl_parse("pkg:deb/debian/zlib1g@1%3A1.2.13.dfsg-1?arch=amd64&distro=debian-12&upstream=zlib", &u));
	CHECK_STR(u.version, "1:1.2.13.dfsg-1");
	CHECK_STR(bh_purl_qualifier(&u, "distro"), "debian-12");
	CHECK_STR(bh_purl_qualifier(&u, "upstream"), "zlib");
	bh_purl_release(&u);
	CHECK(bh_purl_parse("pkg:golang/golang.org/x/net@v0.17.0", &u));
	CHECK_STR(u.namespace_, "golang.org/x");
	CHECK_STR(u.name, "net");
	bh_purl_release(&u);
	CHECK(!bh_purl_parse("npm/lodash@1", &u));
	CHECK(!bh_purl_parse("pkg:npm", &u));
	CHECK(!bh_purl_parse("pkg:npm/%zz", &u));
	CHECK(!bh_purl_parse("pkg:npm/a%00b", &u));
}

static void test_vlist(void)
{
	strbuf b = STRBUF_INIT;
	bh_vlist_add(&b, "1.0");
	bh_vlist_add(&b, NULL);
	bh_vlist_add(&b, "");
	bh_vlist l;
	const char *v;
	CHECK(bh_vlist_init(&l, b.buf, (int)b.len));
	CHECK(bh_vlist_next(&l, &v) == 1);
	CHECK_STR(v, "1.0");
	CHECK(bh_vlist_next(&l, &v) == 1);
	CHECK(v == NULL);
	CHECK(bh_vlist_next(&l, &v) == 1);
	CHECK_STR(v, "");
	CHECK(bh_vlist_next(&l, &v) == 0);
	CHECK(bh_vlist_init(&l, NULL, 0));
	CHECK(bh_vlist_next(&l, &v) == 0);
	/* damaged lists: no final NUL, an unknown tag, a value after '-', a
	 * tag as the last byte */
	CHECK(!bh_vlist_init(&l, b.buf, (int)b.len - 1));
	CHECK(bh_vlist_init(&l, "=1\0x1\0", 6));
	CHECK(bh_vlist_next(&l, &v) == 1);
	CHECK_STR(v, "1");
	CHECK(bh_vlist_next(&l, &v) == -1);
	CHECK(bh_vlist_init(&l, "-1\0", 3));
	CHECK(bh_vlist_next(&l, &v) == -1);
	CHECK(bh_vlist_init(&l, "=1\0\0", 4));
	CHECK(bh_vlist_next(&l, &v) == 1);
	CHECK(bh_vlist_next(&l, &v) == -1);
	CHECK(!bh_vlist_init(&l, "=1\0=", 4));
	strbuf_release(&b);
}

static void test_schema(void)
{
	sqlite3 *db;
	char err[256];
	CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK);
	CHECK(bh_vulndb_migrate(db, err, sizeof err) == 0);
	CHECK(bh_vulndb_migrate(db, err, sizeof err) == 0); /* idempotent */
	/* a schema-1 database (the old three-column package index) is
	 * brought to schema 2, rows kept, index rebuilt with source and id */
	CHECK(bh_vulndb_exec(db,
			     "DROP TABLE package_advisory;"
			     "DROP TABLE package_key;"
			     "DROP TABLE package_advisory_report;"
			     "DROP INDEX affected_by_package;"
			     "CREATE INDEX affected_by_package ON affected (ecosystem, package, distro_release);"
			     "INSERT INTO affected (source, vuln_id, ecosystem, distro_release, package, scheme, status) "
			     "VALUES ('s', 'V-1', 'npm', '', 'a', 'semver', 'affected');"
			     "PRAGMA user_version = 1",
			     err, sizeof err) == 0);
	CHECK(bh_vulndb_migrate(db, err, sizeof err) == 0);
	{
		sqlite3_stmt *st;
		CHECK(sqlite3_prepare_v2(db,
					 "SELECT (SELECT user_version FROM pragma_user_version), "
					 "(SELECT COUNT(*) FROM pragma_index_info('affected_by_package')), "
					 "(SELECT COUNT(*) FROM affected)",
					 -1, &st, NULL) == SQLITE_OK);
		CHECK(sqlite3_step(st) == SQLITE_ROW);
		CHECK(sqlite3_column_int(st, 0) == BH_VULNDB_SCHEMA);
		CHECK(sqlite3_column_int(st, 1) == 5);
		CHECK(sqlite3_column_int(st, 2) == 1);
		sqlite3_finalize(st);
	}
	/* the migrated rows are not in the package index until it is rebuilt */
	CHECK(bh_vulndb_derive_needed(db));
	CHECK(bh_vulndb_derive(db, err, sizeof err) == 0);
	CHECK(!bh_vulndb_derive_needed(db));
	{
		sqlite3_stmt *st;
		CHECK(sqlite3_prepare_v2(db,
					 "SELECT a.ecosystem, a.package, a.source, a.vuln_id, a.ranges IS NULL, r.severity, "
					 "a.withdrawn FROM package_advisory a JOIN package_advisory_report r ON r.id = a.report_id",
					 -1, &st, NULL) == SQLITE_OK);
		CHECK(sqlite3_step(st) == SQLITE_ROW);
		CHECK_STR((const char *)sqlite3_column_text(st, 0), "npm");
		CHECK_STR((const char *)sqlite3_column_text(st, 1), "a");
		CHECK_STR((const char *)sqlite3_column_text(st, 2), "s");
		CHECK_STR((const char *)sqlite3_column_text(st, 3), "V-1");
		CHECK(sqlite3_column_int(st, 4) == 1);
		CHECK_STR((const char *)sqlite3_column_text(st, 5), "unknown");
		CHECK(sqlite3_column_int(st, 6) == 0);
		CHECK(sqlite3_step(st) == SQLITE_DONE);
		sqlite3_finalize(st);
		CHECK(sqlite3_prepare_v2(db,
					 "SELECT k.package, k.ecosystem, k.distro_release FROM package_key k "
					 "JOIN package_advisory a ON a.id BETWEEN k.first_id AND k.last_id",
					 -1, &st, NULL) == SQLITE_OK);
		CHECK(sqlite3_step(st) == SQLITE_ROW);
		CHECK_STR((const char *)sqlite3_column_text(st, 0), "a");
		CHECK_STR((const char *)sqlite3_column_text(st, 1), "npm");
		CHECK_STR((const char *)sqlite3_column_text(st, 2), "");
		CHECK(sqlite3_step(st) == SQLITE_DONE);
		sqlite3_finalize(st);
	}
	CHECK(bh_vulndb_exec(db, "PRAGMA user_version = 42", err, sizeof err) == 0);
	CHECK(bh_vulndb_migrate(db, err, sizeof err) < 0);
	CHECK(strstr(err, "schema version 42") != NULL);
	sqlite3_close(db);
	CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK);
	CHECK(bh_vulndb_exec(db, "CREATE TABLE vuln (x)", err, sizeof err) == 0);
	CHECK(bh_vulndb_migrate(db, err, sizeof err) < 0);
	sqlite3_close(db);

	setenv("BULKHEAD_DB", "", 1);
	setenv("XDG_CACHE_HOME", "/c", 1);
	char *p = bh_vulndb_default_path(NULL);
	CHECK_STR(p, "/c/bulkhead/vuln.db");
	free(p);
	setenv("BULKHEAD_DB", "/x/v.db", 1);
	p = bh_vulndb_default_path(NULL);
	CHECK_STR(p, "/x/v.db");
	free(p);
	p = bh_vulndb_default_path("/y.db");
	CHECK_STR(p, "/y.db");
	free(p);
}

/* A licence that maps to no SPDX id travels as license_name through a
 * package list, in both readers, and only when there is no license. */
static void test_package_list_license_name(void)
{
	static const char text[] =
		"{\"packages\": [{\"type\": \"maven\", \"name\": \"org.custom:custom\", \"version\": \"1.0\", "
		"\"license_name\": \"Custom Corp Licence\"}, {\"type\": \"npm\", \"name\": \"both\", "
		"\"version\": \"1.0.0\", \"license\": \"MIT\", \"license_name\": \"ignored\"}]}";
	bh_package_list fast = { 0 }, tree = { 0 };
	CHECK(bh_packages_fast_json(text, sizeof text - 1, &fast));
	bh_findings errs;
	bh_findings_init(&errs);
	CHECK_INT(bh_packages_load_tree("t.json", text, sizeof text - 1, BH_PKGS_JSON, &tree, &errs), 0);
	const bh_package_list *lists[] = { &fast, &tree };
	for (int i = 0; i < 2; i++) {
		CHECK_INT(lists[i]->n, 2);
		if (lists[i]->n != 2)
			continue;
		CHECK(lists[i]->items[0].license == NULL);
		CHECK_STR(lists[i]->items[0].license_name, "Custom Corp Licence");
		CHECK_STR(lists[i]->items[1].license, "MIT");
		CHECK(lists[i]->items[1].license_name == NULL);
	}
	bh_package_list_free(&fast);
	bh_package_list_free(&tree);
	bh_findings_release(&errs);
}

int main(void)
{
	test_package_list_license_name();
	test_cvss();
	test_ecosystems();
	test_purl();
	test_vlist();
	test_schema();
	return check_summary();
}
