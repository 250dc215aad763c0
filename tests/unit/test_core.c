/* Globs, secrets, JSON escaping, image references, severities. */
#include <stdlib.h>

#include "check.h"
#include "core/glob.h"
#include "core/jsonw.h"
#include "core/rule.h"
#include "core/secret.h"
#include "dockerfile/lint.h"

int main(void)
{
	CHECK(bh_glob_match("*.md", "docs/a.md"));
	CHECK(bh_glob_match("vendor/**", "vendor/x/y/Dockerfile"));
	CHECK(bh_glob_match("vendor", "vendor/x/Dockerfile"));
	CHECK(bh_glob_match("**/test/*", "a/b/test/Dockerfile"));
	CHECK(!bh_glob_match("src/*.c", "src/a/b.c"));
	CHECK(bh_glob_match("Dockerfile.[ab]", "x/Dockerfile.a"));

	CHECK(bh_secret_name("DB_PASSWORD"));
	CHECK(bh_secret_name("githubToken"));
	CHECK(bh_secret_name("AWS_SECRET_ACCESS_KEY"));
	CHECK(bh_secret_name("STRIPE_API_KEY"));
	CHECK(!bh_secret_name("PASSWORD_FILE"));
	CHECK(!bh_secret_name("GPG_KEY"));
	CHECK(!bh_secret_name("NODE_VERSION"));
	CHECK(!bh_secret_name("PWD"));
	CHECK(!bh_secret_name("KEY_SERVER"));
	CHECK_STR(bh_secret_value("AKIAIOSFODNN7EXAMPLE"), "AWS access key id");
	CHECK_STR(bh_secret_value("ghp_0123456789abcdefghijABCDEFGHIJ012345"), "GitHub personal access token");
	CHECK_STR(bh_secret_value("postgres://app:hunter2@db/app"), "password in a URL");
	CHECK(bh_secret_value("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"));
	CHECK(!bh_secret_value("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")); /* a sha256 */
	CHECK(!bh_secret_value("postgres://app:${PASSWORD}@db/app"));
	CHECK(!bh_secret_value("/usr/local/bin:/usr/bin"));
	CHECK(bh_secret_placeholder("$TOKEN"));
	CHECK(bh_secret_placeholder("changeme"));
	CHECK_STR(bh_secret_file("config/.npmrc"), "npm credentials (.npmrc)");
	CHECK_STR(bh_secret_file("home/.docker/config.json"), "Docker registry credentials");
	CHECK(!bh_secret_file(".ssh/id_rsa.pub"));
	CHECK(!bh_secret_file(".env.example"));
	CHECK(!bh_secret_file("config.json"));
	char *m = bh_secret_mask("ghp_0123456789abcdefghijABCDEFGHIJ012345");
	CHECK_STR(m, "ghp_****2345");
	free(m);

	strbuf sb = STRBUF_INIT;
	json_escape(&sb, "a\"b\\c\n\x01\xff\xc3\xa9", 10);
	CHECK_STR(sb.buf, "a\\\"b\\\\c\\n\\u0001\\ufffd\xc3\xa9");
	strbuf_release(&sb);

	df_imageref r;
	CHECK(df_parse_imageref("localhost:5000/team/app:1.0@sha256:abc", &r));
	CHECK_STR(r.registry, "localhost:5000");
	CHECK_STR(r.repo, "team/app");
	CHECK_STR(r.tag, "1.0");
	CHECK_STR(r.digest, "sha256:abc");
	CHECK(df_parse_imageref("debian", &r));
	CHECK_STR(r.registry, "docker.io");
	CHECK(r.registry_implicit);
	CHECK_STR(r.tag, "");
	CHECK(df_parse_imageref("library/node:20-alpine", &r));
	CHECK_STR(r.repo, "library/node");
	CHECK_STR(r.tag, "20-alpine");

	bh_severity s;
	CHECK(bh_severity_parse("HIGH", &s) && s == BH_SEV_HIGH);
	CHECK(!bh_severity_parse("severe", &s));
	/* every rule is complete: id, texts and at least one reference */
	for (size_t i = 0; i < bh_rule_count(); i++) {
		const bh_rule *rule = bh_rule_at(i);
		CHECK(rule->id && rule->title && rule->why && rule->fix && rule->domain);
		CHECK(bh_rule_find(rule->id) == rule);
	}
	return check_summary();
}
