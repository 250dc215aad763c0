/* `bulkhead bench`: the CIS Docker Benchmark v1.6.0 host and daemon checks
 * (sections 1, 2, 3, 6 and 7) over the facts in host/facts.h.
 *
 * Every check ends in one status, as docker-bench-security reports them:
 * pass, warn (a finding), info (facts to read, nothing wrong), note (a manual
 * review the tool cannot do) or skip (could not be checked, with why). */
#ifndef BH_HOST_BENCH_H
#define BH_HOST_BENCH_H

#include <stdbool.h>
#include <stddef.h>

#include "core/finding.h"
#include "core/policy.h"
#include "host/facts.h"
#include "host/workloads.h"

typedef enum bh_check_status {
	BH_CK_PASS,
	BH_CK_WARN,
	BH_CK_INFO,
	BH_CK_NOTE,
	BH_CK_SKIP,
} bh_check_status;
#define BH_CK_NSTATUS 5

const char *bh_check_status_name(bh_check_status s);

typedef struct bh_check {
	const char *id;        /* benchmark number, "2.2" */
	const bh_rule *rule;   /* CIS-2.2 */
	bool scored;           /* Automated in CIS 1.6.0: counts in the score */
	bh_check_status status;
	char *detail;          /* what was found, one line */
	char *path;            /* where: daemon.json, the file checked; NULL for live facts */
	int line;
	char *evidence;        /* the setting as written, the mode, the rule */
	char *remediation;     /* exact fix for this host (daemon.json fragment, chmod ...) */
} bh_check;

typedef struct bh_bench {
	bh_check *items;
	size_t n, alloc;
	bh_workloads wl;   /* the images and containers sections 4 and 5 saw */
} bh_bench;

typedef struct bh_bench_opts {
	const bh_policy *policy;   /* trusted_users; disabled rules become skips */
	char *const *include;      /* ids or prefixes ("2", "1.1", "3.14", "CIS-2.2") */
	size_t ninclude;
	char *const *exclude;
	size_t nexclude;
} bh_bench_opts;

/* Does id ("2.2") match a user pattern: "2.2", "CIS-2.2", "check_2_2", or a
 * section prefix such as "2" or "1.1"? */
bool bh_bench_id_matches(const char *id, const char *pattern);

void bh_bench_run(bh_host_facts *h, const bh_bench_opts *o, bh_bench *out);
/* One finding per warn. */
void bh_bench_findings(const bh_bench *b, bh_findings *f);
/* docker-bench's score: +1 per scored pass, -1 per scored warn. */
int bh_bench_score(const bh_bench *b);
void bh_bench_release(bh_bench *b);

#endif
