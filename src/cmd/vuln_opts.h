/* The vulnerability options `bulkhead vuln` and `bulkhead scan` share
 * (--db, --ignore-unfixed, --severity, --vex), and the report both write:
 * the shared reporters plus a structured "vulnerabilities" member in JSON. */
#ifndef BH_CMD_VULN_OPTS_H
#define BH_CMD_VULN_OPTS_H

#include <stdbool.h>
#include <stddef.h>

#include "cmd/common.h"
#include "core/jsonw.h"
#include "vuln/match.h"
#include "vuln/vex.h"

/* getopt_long ids; commands number their own options from 1000. */
enum { OPT_VULN_DB = 700, OPT_VULN_IGNORE_UNFIXED, OPT_VULN_SEVERITY, OPT_VULN_VEX };

#define VULN_LONG_OPTIONS                                                       \
	{ "db", required_argument, NULL, OPT_VULN_DB },                         \
	{ "ignore-unfixed", no_argument, NULL, OPT_VULN_IGNORE_UNFIXED },       \
	{ "severity", required_argument, NULL, OPT_VULN_SEVERITY },             \
	{ "vex", required_argument, NULL, OPT_VULN_VEX }

#define VULN_HELP                                                                        \
	"      --db PATH          database (default $BULKHEAD_DB, else\n"                \
	"                         $XDG_CACHE_HOME/bulkhead/vuln.db)\n"                   \
	"      --ignore-unfixed   only report vulnerabilities that have a fixed version\n" \
	"      --severity LIST    only these severities: critical,high,medium,low,\n"    \
	"                         negligible,unknown\n"                                  \
	"      --vex FILE         OpenVEX document; not_affected and fixed statements\n" \
	"                         suppress their matches (may be repeated)\n"

typedef struct vuln_opts {
	const char *db;         /* --db; NULL: $BULKHEAD_DB or the cache */
	bh_match_opts match;
	bh_vex vex;
	const char **vex_files;
	size_t nvex, vex_alloc;
} vuln_opts;

void vuln_opts_init(vuln_opts *v);
/* Handles a vulnerability option; 1 if handled, 0 if not ours, -1 on error. */
int vuln_option(vuln_opts *v, int opt, const char *arg);
/* Loads the --vex files (errors go to f) and points the match options at
 * them and at the policy. */
void vuln_opts_prepare(vuln_opts *v, const bh_policy *policy, bh_findings *f);
void vuln_opts_release(vuln_opts *v);

/* The database --db or $BULKHEAD_DB names, or the default one; malloc'd. */
char *vuln_db_path(const vuln_opts *v);

/* As common_finish, with extra() writing more top-level JSON members (the
 * "vulnerabilities" array, scan's "packages"); extra may be NULL. */
int vuln_finish(common_opts *co, bh_findings *f, const char *command, void (*extra)(jsonw *w, void *arg),
		void *arg);

#endif
