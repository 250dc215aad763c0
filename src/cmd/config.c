/* bulkhead config: checks how containers are configured to run. */
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "core/discover.h"
#include "spec/live.h"
#include "spec/pss.h"
#include "spec/spec.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static const char config_help[] =
	"usage: bulkhead config [options] PATH...\n"
	"       bulkhead config [options] --docker [--docker-host unix:///PATH] [PATH...]\n"
	"\n"
	"Checks container run configurations for security problems: docker inspect\n"
	"output, compose files, Kubernetes manifests (Pod, Deployment, StatefulSet,\n"
	"DaemonSet, Job, CronJob, ...) and OCI runtime config.json. The format is\n"
	"recognized from the content. PATH is a file, a directory to search for\n"
	"*.yaml, *.yml and *.json files (others are skipped), or - for standard input.\n"
	"\n"
	"With --docker, the running containers of a Docker daemon are checked too,\n"
	"through its Engine API; findings are located at docker://NAME.\n"
	"\n"
	"options:\n"
	"      --docker            check the running containers of a Docker daemon\n"
	"      --docker-host URL   the daemon's address (unix:///PATH or tcp://HOST:PORT;\n"
	"                          default $DOCKER_HOST, else unix:///var/run/docker.sock)\n"
	"      --compose-file FILE one file of a compose project; repeat it to merge\n"
	"                          several files in order, as docker compose -f A -f B\n"
	"      --pss LEVEL         for Kubernetes manifests, report the Pod Security\n"
	"                          Standards verdict (baseline or restricted) control by\n"
	"                          control, as Pod Security Admission would, instead of\n"
	"                          the config rules; other files are not accepted\n" COMMON_HELP;

enum { OPT_DOCKER = 1000, OPT_DOCKER_HOST, OPT_PSS, OPT_COMPOSE_FILE };

/* docker compose accepts any number of -f files; more than this is a mistake. */
#define MAX_COMPOSE_FILES 64

int cmd_config(int argc, char **argv)
{
	static const struct option longopts[] = {
		COMMON_LONG_OPTIONS,
		{ "docker", no_argument, NULL, OPT_DOCKER },
		{ "docker-host", required_argument, NULL, OPT_DOCKER_HOST },
		{ "pss", required_argument, NULL, OPT_PSS },
		{ "compose-file", required_argument, NULL, OPT_COMPOSE_FILE },
		{ 0 },
	};
	common_opts co;
	common_init(&co);
	bool docker = false;
	const char *docker_host = NULL;
	int opt, rc = 2;
	cs_pss_level pss = CS_PSS_NONE;
	const char *compose_files[MAX_COMPOSE_FILES];
	size_t ncompose = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, COMMON_SHORT_OPTIONS, longopts, NULL)) != -1) {
		if (opt == OPT_HELP) {
			fputs(config_help, stdout);
			rc = 0;
			goto out;
		}
		if (opt == OPT_COMPOSE_FILE) {
			if (ncompose == MAX_COMPOSE_FILES) {
				fprintf(stderr, "bulkhead config: at most %d --compose-file options\n", MAX_COMPOSE_FILES);
				goto out;
			}
			compose_files[ncompose++] = optarg;
			continue;
		}
		if (opt == OPT_PSS) {
			if (!cs_pss_parse_level(optarg, &pss)) {
				fprintf(stderr, "bulkhead config: --pss takes baseline or restricted, not \"%s\"\n", optarg);
				goto out;
			}
			continue;
		}
		int h = common_option(&co, opt, optarg);
		if (h < 0)
			goto out;
		if (h)
			continue;
		if (opt == OPT_DOCKER) {
			docker = true;
		} else if (opt == OPT_DOCKER_HOST) {
			docker = true;
			docker_host = optarg;
		} else {
			fputs(config_help, stderr);
			goto out;
		}
	}
	if (optind >= argc && !docker && !ncompose) {
		fputs("bulkhead config: name at least one file or directory, --compose-file or --docker\n\n", stderr);
		fputs(config_help, stderr);
		goto out;
	}

	bh_findings f;
	bh_findings_init(&f);
	const char *first = optind < argc ? argv[optind] : ncompose ? compose_files[0] : ".";
	if (common_load_policy(&co, strcmp(first, "-") ? first : ".", &f) < 0) {
		bh_report_errors(stderr, &f);
		bh_findings_release(&f);
		goto out;
	}
	for (int i = optind; i < argc; i++) {
		struct stat st;
		if (strcmp(argv[i], "-") && stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			bh_pathlist files = { 0 };
			bh_discover(argv[i], cs_is_candidate_name, &files);
			for (size_t k = 0; k < files.n; k++)
				if (bh_policy_path_ignored(&co.policy, files.items[k]))
					continue;
				else if (pss)
					cs_pss_check_path(files.items[k], pss, true, &f);
				else
					cs_check_path(files.items[k], &co.policy, true, &f);
			bh_pathlist_free(&files);
		} else if (pss) {
			cs_pss_check_path(argv[i], pss, false, &f);
		} else {
			cs_check_path(argv[i], &co.policy, false, &f);
		}
	}
	if (ncompose)
		cs_check_compose_files(compose_files, ncompose, &co.policy, &f);
	if (docker)
		cs_check_docker(docker_host, &co.policy, &f);
	rc = common_finish(&co, &f, "config");
	bh_findings_release(&f);
out:
	common_release(&co);
	return rc;
}
