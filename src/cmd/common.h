/* Options every auditing command shares: output format, threshold, policy. */
#ifndef BH_CMD_COMMON_H
#define BH_CMD_COMMON_H

#include <getopt.h>
#include <stdbool.h>

#include "core/finding.h"
#include "core/policy.h"
#include "core/report.h"

typedef struct common_opts {
	bh_format format;
	bh_severity fail_on;
	bool fail_on_set;
	const char *config;   /* --config */
	bool no_config;
	const char *output;   /* -o FILE */
	bool verbose;
	bh_policy policy;
} common_opts;

/* getopt_long ids for the shared options; commands number theirs from 1000. */
enum {
	OPT_FORMAT = 'f',
	OPT_OUTPUT = 'o',
	OPT_VERBOSE = 'v',
	OPT_HELP = 'h',
	OPT_FAIL_ON = 500,
	OPT_CONFIG,
	OPT_NO_CONFIG,
};

#define COMMON_LONG_OPTIONS                                           \
	{ "format", required_argument, NULL, OPT_FORMAT },            \
	{ "output", required_argument, NULL, OPT_OUTPUT },            \
	{ "verbose", no_argument, NULL, OPT_VERBOSE },                \
	{ "help", no_argument, NULL, OPT_HELP },                      \
	{ "fail-on", required_argument, NULL, OPT_FAIL_ON },          \
	{ "config", required_argument, NULL, OPT_CONFIG },            \
	{ "no-config", no_argument, NULL, OPT_NO_CONFIG }

#define COMMON_SHORT_OPTIONS "f:o:vh"

#define COMMON_HELP                                                                              \
	"  -f, --format FMT     text (default), json or sarif\n"                                \
	"  -o, --output FILE    write the report to FILE instead of standard output\n"          \
	"      --fail-on SEV    exit 1 when a finding is at or above SEV\n"                     \
	"                       (critical, high, medium, low, info; default low)\n"             \
	"      --config FILE    policy file (default: .bulkhead.yaml found upward)\n"           \
	"      --no-config      ignore any policy file\n"                                       \
	"  -v, --verbose        explain why each finding matters and how to fix it\n"           \
	"  -h, --help           show this help\n"

void common_init(common_opts *o);
/* Handles a shared option; returns 1 if handled, 0 if not ours, -1 on error. */
int common_option(common_opts *o, int opt, const char *arg);
/* Loads the policy: --config, or discovered upward from start. -1 on error. */
int common_load_policy(common_opts *o, const char *start, bh_findings *f);
/* Applies the policy, sorts, prints the report, returns the exit code. */
int common_finish(common_opts *o, bh_findings *f, const char *command);
void common_release(common_opts *o);

#endif
