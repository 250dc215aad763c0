/* Matching installed packages against the vulnerability database.
 *
 * A package is looked up by its key (ecosystem.h): distribution + release +
 * source package for OS packages, ecosystem + normalised name for language
 * packages. An advisory row applies when the package's version lies in one
 * of its ranges (compared with the row's own version scheme) or equals one of
 * its listed versions. A "not-affected" statement for the same package and
 * release, from any source, under the same id or an alias, wins over an
 * "affected" one. One finding is produced per (package, vulnerability), where
 * a vulnerability known under several ids (DSA, CVE, GHSA) counts once. */
#ifndef BH_VULN_MATCH_H
#define BH_VULN_MATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "core/finding.h"
#include "core/policy.h"
#include "pkg/package.h"
#include "vuln/db.h"
#include "vuln/vex.h"

typedef struct bh_vuln_match {
	size_t pkg;            /* index in the package list */
	char *id;              /* the advisory's id */
	char **aliases;        /* every other id it is known by, sorted */
	size_t naliases;
	char *severity;        /* critical, high, medium, low, negligible, unknown */
	char *cvss_vector;     /* NULL when no source gives one */
	double cvss_score;     /* -1 when unknown */
	char *status;          /* fixed, no-fix-yet, will-not-fix, fix-deferred, end-of-life */
	char *fixed_version;   /* NULL when there is no fix */
	char *summary, *link;
	char *source;          /* database source the match came from */
	char *matched_as;      /* ecosystem/release/name that matched */
	char *ignore_expired;  /* a policy ignore named it but has expired */
	void *mem;             /* one block holding every string above but ignore_expired, and
				* the aliases array: released with the match, never one by one */
} bh_vuln_match;

typedef struct bh_vuln_matches {
	bh_vuln_match *items;
	size_t n, alloc;
	size_t unmatchable;    /* packages without a usable key (no release, unknown type) */
	size_t suppressed_vex, suppressed_policy, filtered;
} bh_vuln_matches;

typedef struct bh_match_opts {
	bool ignore_unfixed;       /* keep only matches with a fixed version */
	unsigned severity_mask;    /* bit bh_vuln_severity_rank(); 0 = every severity */
	const bh_vex *vex;         /* statements that a product is not affected */
	const bh_policy *policy;   /* ignore entries whose rule is a vulnerability id */
} bh_match_opts;

int bh_vuln_match_packages(bh_vulndb *db, const bh_package_list *pkgs, const bh_match_opts *o, bh_vuln_matches *out,
		  bh_findings *errs);
void bh_vuln_matches_free(bh_vuln_matches *m);

/* Everything a scanning command needs in one call: opens the database at
 * db_path (NULL: bh_vulndb_default_path), warns on stderr when it is stale,
 * matches, and appends one finding per match to f. A missing or unreadable
 * database is an input error in f (exit code 2). out is filled for the JSON
 * "vulnerabilities" member (bh_vuln_matches_json); free it after use. */
int bh_vuln_scan_packages(const char *db_path, const bh_package_list *pkgs, const bh_match_opts *o,
			  bh_vuln_matches *out, bh_findings *f);

/* Parses "critical,high" into a severity mask; false on an unknown word. */
bool bh_vuln_severity_mask(const char *list, unsigned *mask);

/* One finding (rule VULN001) per match, severity from the match. Matches a
 * policy ignore would drop are removed here (with expiry warnings kept). */
void bh_vuln_matches_to_findings(const bh_vuln_matches *m, const bh_package_list *pkgs, bh_findings *f);

struct jsonw;
/* The matches as a JSON array of objects (the "vulnerabilities" member). */
void bh_vuln_matches_json(struct jsonw *w, const bh_vuln_matches *m, const bh_package_list *pkgs);

#endif
