/* bulkhead bench: the pieces that decide verdicts without a daemon — mode
 * bits, /proc status parsing, image history matchers, the 117-check list and
 * id matching. The daemon-backed verdicts are tested in tests/integration. */
#include "check.h"

#include <stdlib.h>

#include "core/rule.h"
#include "host/bench_int.h"

static void test_modes(void)
{
	/* bits, not numbers: 606 < 644 yet grants others write */
	CHECK(!bh_mode_within(0606, 0644));
	CHECK_INT(bh_mode_excess(0606, 0644), 0002);
	CHECK(!bh_mode_within(0570, 0755));
	CHECK(bh_mode_within(0600, 0644));
	CHECK(bh_mode_within(0444, 0644));
	CHECK(!bh_mode_within(04755, 0755));
	CHECK(!bh_mode_within(0440, 0400));
}

static void test_status(void)
{
	bh_runtime rt = { .seccomp = -1, .no_new_privs = -1, .own_userns = -1 };
	bh_runtime_parse_status(&rt, "Name:\tsleep\nSeccomp:\t2\nSeccomp_filters:\t1\nNoNewPrivs:\t1\n"
				     "CapInh:\t0000000000000000\nCapEff:\t00000000a80425fb\n");
	CHECK_INT(rt.seccomp, 2);
	CHECK_INT(rt.no_new_privs, 1);
	CHECK(rt.capeff_known);
	CHECK(rt.capeff == 0xa80425fbull);
	bh_runtime other = { .seccomp = -1, .no_new_privs = -1, .own_userns = -1 };
	/* malformed values are unknown, not zero */
	bh_runtime_parse_status(&other, "Seccomp:\tfilter\nNoNewPrivs:\nCapEff:\tzz\n");
	CHECK_INT(other.seccomp, -1);
	CHECK_INT(other.no_new_privs, -1);
	CHECK(!other.capeff_known);
	bh_runtime_release(&rt);
	bh_runtime_release(&other);
}

static void test_history(void)
{
	CHECK(bk_history_update_alone("/bin/sh -c apt-get update"));
	CHECK(bk_history_update_alone("RUN /bin/sh -c apk update # buildkit"));
	CHECK(!bk_history_update_alone("/bin/sh -c apt-get update && apt-get install -y curl"));
	CHECK(!bk_history_update_alone("/bin/sh -c apk update && apk add curl"));
	CHECK(!bk_history_update_alone("/bin/sh -c echo hi"));
	CHECK(bk_history_is_add("/bin/sh -c #(nop) ADD file:abc in / "));
	CHECK(bk_history_is_add("ADD app.tar.gz /srv # buildkit"));
	CHECK(!bk_history_is_add("/bin/sh -c #(nop) COPY file:abc in / "));
	CHECK(!bk_history_is_add("/bin/sh -c echo ADD"));
}

static void test_catalogue(void)
{
	/* every check of CIS v1.6.0 sections 1-7 as docker-bench-security 1.6.0 numbers them */
	static const struct {
		const char *prefix;
		int first, last;
	} ranges[] = {
		{ "1.1.", 1, 18 }, { "1.2.", 1, 2 }, { "2.", 1, 18 }, { "3.", 1, 24 },
		{ "4.", 1, 12 },   { "5.", 1, 32 },  { "6.", 1, 2 },  { "7.", 1, 9 },
	};
	int total = 0;
	for (size_t r = 0; r < sizeof ranges / sizeof ranges[0]; r++) {
		for (int i = ranges[r].first; i <= ranges[r].last; i++, total++) {
			char id[32];
			snprintf(id, sizeof id, "CIS-%s%d", ranges[r].prefix, i);
			if (!bh_rule_find(id))
				fprintf(stderr, "missing rule %s\n", id);
			CHECK(bh_rule_find(id) != NULL);
		}
	}
	CHECK_INT(total, 117);
	CHECK(bh_rule_find("CIS-5.33") == NULL);
	CHECK(bh_rule_find("CIS-7.10") == NULL);
	CHECK(bh_bench_id_matches("5.22", "5"));
	CHECK(bh_bench_id_matches("5.22", "CIS-5.22"));
	CHECK(bh_bench_id_matches("5.22", "check_5_22"));
	CHECK(!bh_bench_id_matches("5.22", "5.2"));
	CHECK(bh_bench_id_matches("1.1.12", "1.1"));
}

int main(void)
{
	test_modes();
	test_status();
	test_history();
	test_catalogue();
	return check_summary();
}
