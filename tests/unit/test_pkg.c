/* Package URLs, licence mapping and the package parsers on small inputs. */
#include "check.h"

#include "core/util.h"
#include "pkg/gobuildinfo.h"
#include "pkg/license.h"
#include "pkg/pkgint.h"
#include "pkg/pom_license.h"
#include "pkg/purl.h"

#include <stdlib.h>
#include <string.h>

static void test_purl(void)
{
	char *p = bh_purl("deb", "debian", "libstdc++6", "1:12.2.0-14+deb12u1",
			  (const char *[]){ "distro", "debian-12", "arch", "amd64", NULL });
	CHECK_STR(p, "pkg:deb/debian/libstdc%2B%2B6@1:12.2.0-14%2Bdeb12u1?arch=amd64&distro=debian-12");
	free(p);
	p = bh_purl("npm", "@angular", "core", "16.0.0", NULL);
	CHECK_STR(p, "pkg:npm/%40angular/core@16.0.0");
	free(p);
	/* Empty qualifier values are left out; spaces, slashes and non-ASCII are encoded. */
	p = bh_purl("generic", "a b//c", "n/m", "v\xc3\xa9", (const char *[]){ "arch", NULL, "z", "", NULL });
	CHECK_STR(p, "pkg:generic/a%20b/c/n%2Fm@v%C3%A9");
	free(p);
	p = bh_purl("cargo", NULL, "serde", NULL, NULL);
	CHECK_STR(p, "pkg:cargo/serde");
	free(p);
}

static void check_expr(const char *in, const char *want)
{
	char *got = bh_license_expr(in);
	if (want) {
		CHECK_STR(got, want);
	} else if (got) {
		fprintf(stderr, "license \"%s\": expected no expression, got \"%s\"\n", in, got);
		CHECK(!got);
	} else {
		CHECK(1);
	}
	free(got);
}

static void test_license(void)
{
	check_expr("MIT", "MIT");
	check_expr("mit", "MIT");
	check_expr("(MIT OR Apache-2.0)", "(MIT OR Apache-2.0)");
	check_expr("GPLv2+ and BSD-3-clause", "GPL-2.0-or-later AND BSD-3-Clause");
	check_expr("ASL 2.0", "Apache-2.0");
	check_expr("GPL-2.0+ WITH Classpath-exception-2.0", "GPL-2.0-or-later WITH Classpath-exception-2.0");
	check_expr("BSD", NULL);                     /* which BSD? */
	check_expr("MIT and custom", NULL);
	check_expr("SEE LICENSE IN LICENSE.txt", NULL);
	check_expr("(MIT", NULL);
	check_expr("MIT OR", NULL);
	check_expr("", NULL);
	check_expr("MIT License", "MIT");
	check_expr("ISC License (ISCL)", "ISC");

	bh_license_set set = { 0 };
	bh_license_set_add_names(&set, "GPL-2+ or Artistic");
	bh_license_set_add_names(&set, "GPL-3+ with Bison exception");
	bh_license_set_add_names(&set, "GPL-2+ with OpenSSL exception");
	bh_license_set_add_names(&set, "public-domain");
	char *j = bh_license_set_join(&set);
	CHECK_STR(j, "Artistic-1.0-Perl AND GPL-2.0-or-later AND GPL-3.0-or-later WITH Bison-exception-2.2");
	free(j);
	bh_license_set_free(&set);
	CHECK(bh_license_set_join(&set) == NULL);
}

static void test_copyright(void)
{
	const char *dep5 = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\n"
			   "Files: *\nLicense: Expat\n\nFiles: x\nLicense: BSD-3-clause\n  text\n";
	char *l = bh_pkg_dpkg_copyright_license(dep5, strlen(dep5));
	CHECK_STR(l, "BSD-3-Clause AND MIT");
	free(l);
	const char *free_form = "This package was debianized by someone.\nLicense: GPL-2\n";
	CHECK(bh_pkg_dpkg_copyright_license(free_form, strlen(free_form)) == NULL);
}

static void test_os_release(void)
{
	const char *s = "# comment\nNAME=\"Ubuntu\"\nID=ubuntu\nVERSION_ID=\"22.04\"\nPRETTY_NAME='Ubuntu 22.04.3 LTS'\n";
	char *id = NULL, *ver = NULL, *pretty = NULL;
	bh_pkg_parse_os_release(s, strlen(s), &id, &ver, &pretty);
	CHECK_STR(id, "ubuntu");
	CHECK_STR(ver, "22.04");
	CHECK_STR(pretty, "Ubuntu 22.04.3 LTS");
	free(id);
	free(ver);
	free(pretty);
}

static void test_dpkg_diagnostics(void)
{
	bh_inventory inv;
	bh_inventory_init(&inv);
	bh_pkg_ctx c = { .inv = &inv, .path = "var/lib/dpkg/status", .layer = 3 };
	const char *s = "Package: a\nVersion: 1\nStatus: install ok installed\n\n"
			"garbage line\nPackage: b\nStatus: install ok installed\n\n"
			"Package: c\nVersion: 2\nSource: cc (1\n";
	bh_pkg_parse_dpkg(&c, s, strlen(s));
	CHECK_INT(inv.pkgs.n, 2);
	CHECK_STR(inv.pkgs.items[0].purl, "pkg:deb/debian/a@1");
	CHECK_INT(inv.pkgs.items[0].layer, 3);
	CHECK_STR(inv.pkgs.items[1].source_name, "cc");
	CHECK_INT(inv.ndiags, 3);
	CHECK_INT(inv.diags[0].line, 5);
	CHECK(strstr(inv.diags[1].message, "no valid Version") != NULL);
	CHECK_INT(inv.diags[2].line, 9);
	bh_inventory_release(&inv);
}

static void test_classify(void)
{
	size_t max;
	CHECK_INT(bh_pkg_classify("var/lib/dpkg/status", 0644, &max), BH_PK_DPKG_STATUS);
	CHECK_INT(bh_pkg_classify("var/lib/dpkg/status.d/libc6", 0644, &max), BH_PK_DPKG_STATUS);
	CHECK_INT(bh_pkg_classify("var/lib/dpkg/status.d/libc6.md5sums", 0644, &max), BH_PK_NONE);
	CHECK_INT(bh_pkg_classify("usr/share/doc/bash/copyright", 0644, &max), BH_PK_DPKG_COPYRIGHT);
	CHECK_INT(bh_pkg_classify("usr/share/doc/bash/x/copyright", 0644, &max), BH_PK_NONE);
	CHECK_INT(bh_pkg_classify("app/node_modules/x/package.json", 0644, &max), BH_PK_NPM_PACKAGE);
	CHECK_INT(bh_pkg_classify("app/node_modules/@s/x/package.json", 0644, &max), BH_PK_NPM_PACKAGE);
	CHECK_INT(bh_pkg_classify("app/node_modules/x/test/package.json", 0644, &max), BH_PK_NONE);
	CHECK_INT(bh_pkg_classify("app/package.json", 0644, &max), BH_PK_NONE);
	CHECK_INT(bh_pkg_classify("app/node_modules/.package-lock.json", 0644, &max), BH_PK_NONE);
	CHECK_INT(bh_pkg_classify("package-lock.json", 0644, &max), BH_PK_NPM_LOCK);
	CHECK_INT(bh_pkg_classify("x/a-1.dist-info/METADATA", 0644, &max), BH_PK_PY_METADATA);
	CHECK_INT(bh_pkg_classify("x/.dist-info/METADATA", 0644, &max), BH_PK_NONE);
	CHECK_INT(bh_pkg_classify("g/specifications/rake-1.gemspec", 0644, &max), BH_PK_GEMSPEC);
	CHECK_INT(bh_pkg_classify("etc/os-release", 0644, &max), BH_PK_OS_RELEASE);
	CHECK(max == 64 * 1024);
}

/* A file with Go build information at offset 4096, fed in blocks of every
 * size from 1 byte up, so that the header straddles block boundaries. */
static void test_go_scan(void)
{
	static const char mod[] = "path\tx/cmd\nmod\tx\t(devel)\t\ndep\tgithub.com/a/b\tv1.2.3\th1:x=\n";
	size_t len = 4096 + 32 + 1 + 8 + 1 + sizeof mod - 1 + 100;
	unsigned char *f = calloc(1, len);
	memcpy(f, "\x7f" "ELF", 4);
	memcpy(f + 1000, "\xff Go buildinf:\x08\x02", 16); /* unaligned decoy */
	unsigned char *h = f + 4096;
	memcpy(h, "\xff Go buildinf:\x08\x02", 16);
	h[32] = 8;
	memcpy(h + 33, "go1.22.1", 8);
	h[41] = (unsigned char)(sizeof mod - 1);
	memcpy(h + 42, mod, sizeof mod - 1);
	size_t want = 42 + sizeof mod - 1;
	for (size_t block = 1; block <= 64; block += (block < 20 ? 1 : 11)) {
		bh_go_scan s;
		bh_go_scan_init(&s);
		for (size_t off = 0; off < len; off += block)
			bh_go_scan_feed(&s, f + off, len - off < block ? len - off : block);
		size_t n = 0;
		char *info = bh_go_scan_take(&s, &n);
		bh_go_scan_release(&s);
		CHECK(info != NULL);
		CHECK_INT(n, want);
		if (info) {
			bh_inventory inv;
			bh_inventory_init(&inv);
			bh_pkg_ctx c = { .inv = &inv, .path = "bin/x", .layer = -1 };
			bh_pkg_parse_go(&c, info, n);
			CHECK_INT(inv.pkgs.n, 2);
			if (inv.pkgs.n == 2) {
				CHECK_STR(inv.pkgs.items[0].purl, "pkg:golang/stdlib@v1.22.1");
				CHECK_STR(inv.pkgs.items[1].purl, "pkg:golang/github.com/a/b@v1.2.3");
			}
			bh_inventory_release(&inv);
		}
		free(info);
	}
	/* Not an ELF file: nothing is kept. */
	f[0] = '#';
	bh_go_scan s;
	bh_go_scan_init(&s);
	bh_go_scan_feed(&s, f, len);
	size_t n;
	CHECK(bh_go_scan_take(&s, &n) == NULL);
	bh_go_scan_release(&s);
	free(f);
}

static void check_url(const char *url, const char *want)
{
	const char *got = bh_license_spdx_url(url);
	if (want)
		CHECK_STR(got, want);
	else
		CHECK(got == NULL);
}

static void check_pom(const char *licenses, const char *want_spdx, const char *want_names)
{
	char *xml = bh_asprintf("<?xml version=\"1.0\"?><project xmlns=\"http://maven.apache.org/POM/4.0.0\">"
				"<name>x</name><licenses>%s</licenses></project>", licenses);
	char *spdx, *names, err[300];
	CHECK(bh_pom_licenses(xml, strlen(xml), &spdx, &names, err, sizeof err) == 0);
	if (want_spdx)
		CHECK_STR(spdx, want_spdx);
	else
		CHECK(spdx == NULL);
	if (want_names)
		CHECK_STR(names, want_names);
	else
		CHECK(names == NULL);
	free(spdx);
	free(names);
	free(xml);
}

static void check_coords(const char *head, const char *group, const char *artifact, const char *version)
{
	char *xml = bh_asprintf("<project><modelVersion>4.0.0</modelVersion>%s"
				"<dependencies><dependency><groupId>d</groupId><artifactId>dep</artifactId>"
				"<version>9</version></dependency></dependencies></project>", head);
	bh_pom pom;
	char err[300];
	CHECK(bh_pom_read(xml, strlen(xml), &pom, err, sizeof err) == 0);
	const char *got[] = { pom.group, pom.artifact, pom.version }, *want[] = { group, artifact, version };
	for (int i = 0; i < 3; i++) {
		if (want[i])
			CHECK_STR(got[i], want[i]);
		else
			CHECK(got[i] == NULL);
	}
	bh_pom_release(&pom);
	free(xml);
}

static void test_maven_coordinates(void)
{
	check_coords("<groupId>g</groupId><artifactId>a</artifactId><version>1.0</version>", "g", "a", "1.0");
	/* inherited from the parent, own values first */
	check_coords("<parent><groupId>pg</groupId><artifactId>p</artifactId><version>2.0</version></parent>"
		     "<artifactId>a</artifactId>", "pg", "a", "2.0");
	check_coords("<parent><groupId>pg</groupId><version>2.0</version></parent>"
		     "<groupId>g</groupId><artifactId>a</artifactId><version>2.1</version>", "g", "a", "2.1");
	/* references: built-in names and the pom's properties, one level */
	check_coords("<properties><v>3.1</v><rc>-rc1</rc></properties>"
		     "<groupId>g</groupId><artifactId>a-${project.version}</artifactId><version>${v}${rc}</version>",
		     "g", NULL, "3.1-rc1");
	check_coords("<parent><groupId>pg</groupId><version>4</version></parent>"
		     "<artifactId>a</artifactId><version>${project.parent.version}.1</version>", "pg", "a", "4.1");
	check_coords("<groupId>g</groupId><artifactId>a</artifactId><version>${revision}</version>", "g", "a", NULL);
	check_coords("<properties><x>${x}</x></properties><artifactId>a</artifactId><version>${x}</version>",
		     NULL, "a", NULL);
	check_coords("<groupId>g</groupId><artifactId>a</artifactId><version>${project.version}</version>", "g", "a",
		     NULL);
	check_coords("<artifactId>a</artifactId><version>${unclosed</version>", NULL, "a", NULL);
	check_coords("", NULL, NULL, NULL);
}

static void test_maven_license(void)
{
	CHECK_STR(bh_license_spdx_id("The Apache Software License, Version 2.0", 40), "Apache-2.0");
	check_url("http://www.apache.org/licenses/LICENSE-2.0.txt", "Apache-2.0");
	check_url("https://www.apache.org/licenses/LICENSE-2.0", "Apache-2.0");
	check_url("https://opensource.org/licenses/MIT/", "MIT");
	check_url("https://spdx.org/licenses/EPL-2.0.html", "EPL-2.0");
	check_url("https://spdx.org/licenses/Nope-1.0.html", NULL);
	check_url("https://example.com/licenses/MIT", NULL);
	check_url("opensource.org/licenses/MIT", NULL); /* not a URL */

	check_pom("<license><name>The Apache Software License, Version 2.0</name></license>", "Apache-2.0", NULL);
	check_pom("<license><name>Eclipse Public License - v 1.0</name></license>"
		  "<license><name>GNU Lesser\n   General Public License v2.1</name></license>",
		  "EPL-1.0 AND LGPL-2.1-only", NULL);
	check_pom("<license><name>Odd</name><url>https://opensource.org/licenses/BSD-3-Clause</url></license>",
		  "BSD-3-Clause", NULL);
	check_pom("<license><name>MIT OR Apache-2.0</name></license>", "MIT OR Apache-2.0", NULL);
	check_pom("<license><name>CDDL</name></license><license><name>MIT</name></license>", NULL, "CDDL, MIT");
	check_pom("", NULL, NULL);

	char *spdx, *names, err[300];
	const char *bad = "<project><licenses><license><name>MIT</license></project>";
	CHECK(bh_pom_licenses(bad, strlen(bad), &spdx, &names, err, sizeof err) == -1);
	CHECK(strstr(err, "line 1: not well-formed XML") != NULL);
	CHECK(spdx == NULL && names == NULL);
	const char *dtd = "<!DOCTYPE project [<!ENTITY a \"x\">]><project/>";
	CHECK(bh_pom_licenses(dtd, strlen(dtd), &spdx, &names, err, sizeof err) == -1);
	CHECK(strstr(err, "document type declaration") != NULL);
}

int main(void)
{
	test_maven_license();
	test_maven_coordinates();
	test_go_scan();
	test_purl();
	test_license();
	test_copyright();
	test_os_release();
	test_dpkg_diagnostics();
	test_classify();
	return check_summary();
}
