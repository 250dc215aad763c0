/* bulkhead lint: Dockerfile security linter. */
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "core/discover.h"
#include "core/util.h"
#include "dockerfile/files.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static const char lint_help[] =
	"usage: bulkhead lint [options] [PATH...]\n"
	"\n"
	"Checks Dockerfiles (and Containerfiles) for security problems. PATH is a\n"
	"Dockerfile, a directory to search for Dockerfiles, or - for standard input;\n"
	"the default is the current directory.\n"
	"\n"
	"options:\n"
	"      --build-arg NAME=VALUE  value for an ARG, as docker build --build-arg\n"
	"      --target STAGE          lint as if building this stage (default: last)\n" COMMON_HELP
	"\n"
	"Suppress a finding on one instruction with a comment on the line before it:\n"
	"  # bulkhead ignore=DF001,DF022\n";

enum { OPT_BUILD_ARG = 1000, OPT_TARGET };

int cmd_lint(int argc, char **argv)
{
	static const struct option longopts[] = {
		COMMON_LONG_OPTIONS,
		{ "build-arg", required_argument, NULL, OPT_BUILD_ARG },
		{ "target", required_argument, NULL, OPT_TARGET },
		{ 0 },
	};
	common_opts co;
	common_init(&co);
	const char **build_args = NULL;
	size_t nbuild = 0, build_alloc = 0;
	const char *target = NULL;
	int opt, rc = 2;
	optind = 1;
	while ((opt = getopt_long(argc, argv, COMMON_SHORT_OPTIONS, longopts, NULL)) != -1) {
		if (opt == OPT_HELP) {
			fputs(lint_help, stdout);
			rc = 0;
			goto out;
		}
		int h = common_option(&co, opt, optarg);
		if (h < 0)
			goto out;
		if (h)
			continue;
		if (opt == OPT_BUILD_ARG) {
			*BH_ARRAY_PUSH(build_args, nbuild, build_alloc) = optarg;
		} else if (opt == OPT_TARGET) {
			target = optarg;
		} else {
			fputs(lint_help, stderr);
			goto out;
		}
	}

	const char *default_target[] = { "." };
	char **targets = argv + optind;
	int ntargets = argc - optind;
	if (ntargets == 0) {
		targets = (char **)default_target;
		ntargets = 1;
	}

	bh_findings f;
	bh_findings_init(&f);
	if (common_load_policy(&co, strcmp(targets[0], "-") ? targets[0] : ".", &f) < 0) {
		bh_report_errors(stderr, &f);
		bh_findings_release(&f);
		goto out;
	}
	df_parse_opts po = { .build_args = build_args, .nbuild_args = nbuild };
	df_lint_opts lo = { .policy = &co.policy, .target = target };
	for (int i = 0; i < ntargets; i++) {
		struct stat st;
		if (strcmp(targets[i], "-") && stat(targets[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			bh_pathlist files = { 0 };
			bh_discover(targets[i], df_is_dockerfile_name, &files);
			if (!files.n)
				fprintf(stderr, "bulkhead: no Dockerfile found under %s\n", targets[i]);
			for (size_t k = 0; k < files.n; k++)
				if (!bh_policy_path_ignored(&co.policy, files.items[k]))
					df_lint_path(files.items[k], &po, &lo, &f);
			bh_pathlist_free(&files);
		} else {
			df_lint_path(targets[i], &po, &lo, &f);
		}
	}
	rc = common_finish(&co, &f, "lint");
	bh_findings_release(&f);
out:
	free(build_args);
	common_release(&co);
	return rc;
}
