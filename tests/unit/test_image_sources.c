/* The image sources behind `bulkhead scan` without a daemon or registry:
 * reference parsing and its errors, the registry challenge parser, the
 * spool's limit and privacy, loading an archive through a descriptor, and
 * the --scanners list. The integration test (scan_images.sh) covers the
 * daemon and a registry for real. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "core/util.h"
#include "image/scan.h"
#include "image/source.h"

static void test_challenge(void)
{
	char *sch, *realm, *svc, *scope;
	CHECK_INT(bh_registry_parse_challenge("Bearer realm=\"https://auth.example/token\",service=\"reg.example\","
					      "scope=\"repository:a/b:pull,push\"",
					      &sch, &realm, &svc, &scope),
		  0);
	CHECK_STR(sch, "Bearer");
	CHECK_STR(realm, "https://auth.example/token");
	CHECK_STR(svc, "reg.example");
	CHECK_STR(scope, "repository:a/b:pull,push"); /* the comma inside quotes stays */
	free(sch), free(realm), free(svc), free(scope);

	CHECK_INT(bh_registry_parse_challenge("Basic realm=\"Registry \\\"Realm\\\"\"", &sch, &realm, &svc, &scope), 0);
	CHECK_STR(sch, "Basic");
	CHECK_STR(realm, "Registry \"Realm\"");
	CHECK(svc == NULL && scope == NULL);
	free(sch), free(realm);

	CHECK_INT(bh_registry_parse_challenge("Bearer realm=unquoted,service=s", &sch, &realm, &svc, &scope), 0);
	CHECK_STR(realm, "unquoted");
	CHECK_STR(svc, "s");
	free(sch), free(realm), free(svc);

	CHECK_INT(bh_registry_parse_challenge("", &sch, &realm, &svc, &scope), -1);
	CHECK(sch == NULL && realm == NULL);
	CHECK_INT(bh_registry_parse_challenge("Bearer realm=\"never closed", &sch, &realm, &svc, &scope), 0);
	CHECK_STR(realm, "never closed");
	free(sch), free(realm);
}

static void expect_error(const char *ref, bh_image_errcode code, const char *needle)
{
	bh_image img;
	bh_image_error err;
	bh_source_opts so = { .docker_config = "/nonexistent/config.json" };
	int rc = bh_image_open(ref, NULL, &so, &img, &err);
	CHECK_INT(rc, -1);
	if (err.code != code || !strstr(err.message, needle))
		fprintf(stderr, "  %s -> %s: %s\n", ref, bh_image_errname(err.code), err.message);
	CHECK_STR(bh_image_errname(err.code), bh_image_errname(code));
	CHECK(strstr(err.message, needle) != NULL);
}

static void test_references(void)
{
	expect_error("registry:no-slash", BH_IMGE_FORMAT, "registry:no-slash");
	expect_error("registry:host/Upper:tag", BH_IMGE_FORMAT, "not a valid");
	expect_error("registry:host/repo:bad tag", BH_IMGE_FORMAT, "not a valid");
	expect_error("registry:host/../etc:x", BH_IMGE_FORMAT, "not a valid");
	expect_error("registry:127.0.0.1:1/repo@md5:abc", BH_IMGE_BAD_DIGEST, "md5");
	/* nothing listens on port 1: a named I/O error, over plain http */
	expect_error("registry:127.0.0.1:1/repo:tag", BH_IMGE_IO, "registry:127.0.0.1:1/repo:tag");
	expect_error("docker:../../x", BH_IMGE_FORMAT, "not an image name");
	expect_error("docker:", BH_IMGE_FORMAT, "not an image name");
	setenv("DOCKER_HOST", "unix:///nonexistent/docker.sock", 1);
	expect_error("docker:debian:12", BH_IMGE_IO, "/nonexistent/docker.sock");
	setenv("DOCKER_HOST", "ftp://x", 1);
	expect_error("docker:debian:12", BH_IMGE_IO, "unsupported Docker host");
	unsetenv("DOCKER_HOST");
	expect_error("/nonexistent/image.tar", BH_IMGE_IO, "/nonexistent/image.tar");
}

static void test_spool(void)
{
	bh_image_error err = { 0 };
	bh_spool sp;
	CHECK_INT(bh_spool_open(&sp, 10, "test", &err), 0);
	struct stat st;
	CHECK(fstat(sp.fd, &st) == 0 && st.st_nlink == 0); /* never visible in the file system */
	CHECK((st.st_mode & 077) == 0);
	CHECK_INT(bh_spool_write(&sp, "12345678", 8), 0);
	CHECK_INT(bh_spool_write(&sp, "123", 3), -1);
	CHECK_STR(bh_image_errname(err.code), "limit-bytes");
	CHECK_INT(sp.written, 8);
	bh_spool_close(&sp);

	/* not an image: the loader names the source it was given */
	memset(&err, 0, sizeof err);
	CHECK_INT(bh_spool_open(&sp, 1 << 20, "test", &err), 0);
	CHECK_INT(bh_spool_write(&sp, "not a tar at all, just text that is long enough", 47), 0);
	bh_image img;
	CHECK_INT(bh_image_load_fd(sp.fd, "docker:x", NULL, &img, &err), -1);
	CHECK(strstr(err.message, "docker:x") != NULL);
	bh_spool_close(&sp);
}

static void test_scanners(void)
{
	unsigned s;
	const char *bad;
	size_t badlen;
	CHECK(bh_scan_parse_scanners("config,secret,fs,pkg,vuln", &s, &bad, &badlen));
	CHECK_INT(s, BH_SCAN_ALL);
	CHECK(bh_scan_parse_scanners("vuln,pkg", &s, &bad, &badlen));
	CHECK_INT(s, BH_SCAN_PKG | BH_SCAN_VULN);
	CHECK(bh_scan_parse_scanners("secret", &s, &bad, &badlen));
	CHECK_INT(s, BH_SCAN_SECRET);
	CHECK(!bh_scan_parse_scanners("config,pkgs", &s, &bad, &badlen));
	CHECK(badlen == 4 && !strncmp(bad, "pkgs", 4));
	CHECK(!bh_scan_parse_scanners("", &s, &bad, &badlen));
	CHECK(!bh_scan_parse_scanners("fs,", &s, &bad, &badlen));
}

int main(void)
{
	test_challenge();
	test_references();
	test_spool();
	test_scanners();
	return check_summary();
}
