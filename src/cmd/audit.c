/* bulkhead audit: everything in a source tree (and, with --docker, on a
 * daemon) that says how containers are built and run, in one report. */
#include "audit/audit.h"
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "core/util.h"
#include "dockerfile/files.h"
#include "spec/live.h"
#include "spec/spec.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static const char audit_help[] =
	"usage: bulkhead audit [options] [PATH...]\n"
	"\n"
	"Audits a source tree: lints every Dockerfile and Containerfile (Dockerfile,\n"
	"Dockerfile.*, *.Dockerfile, ...) and checks every compose file, Kubernetes\n"
	"manifest, docker inspect output and OCI config.json under PATH (default: the\n"
	"current directory), in one report. Version-control, node_modules and build\n"
	"folders are skipped, and so is whatever PATH/.bulkheadignore (.dockerignore\n"
	"syntax) or the policy's ignore_paths exclude. A PATH that is a file is linted\n"
	"when it is named like a Dockerfile and checked as a run configuration otherwise.\n"
	"\n"
	"options:\n"
	"      --docker            also check the running containers of a Docker daemon\n"
	"      --docker-host URL   the daemon's address (unix:///PATH or tcp://HOST:PORT;\n"
	"                          default $DOCKER_HOST, else unix:///var/run/docker.sock)\n" COMMON_HELP;

enum { OPT_DOCKER = 1000, OPT_DOCKER_HOST };

typedef struct audit_run {
	common_opts *co;
	df_parse_opts po;
	df_lint_opts lo;
	bh_findings *f;
	size_t nfiles;
} audit_run;

static void audit_file(audit_run *r, const char *path, au_kind kind, bool from_directory)
{
	r->nfiles++;
	if (kind == AU_DOCKERFILE) {
		df_lint_path(path, &r->po, &r->lo, r->f);
		return;
	}
	/* A lock file or data dump larger than any run configuration is not one. */
	struct stat st;
	if (from_directory && stat(path, &st) == 0 && st.st_size > (off_t)CS_MAX_BYTES) {
		fprintf(stderr, "bulkhead: note: %s is larger than 16 MiB; not read as a run configuration\n", path);
		return;
	}
	cs_check_path(path, &r->co->policy, from_directory, r->f);
}

static void audit_directory(audit_run *r, const char *dir)
{
	au_ignore ig;
	if (au_ignore_load(&ig, dir, r->f) < 0) {
		au_ignore_release(&ig);
		return;
	}
	au_files files = { 0 };
	au_collect(dir, &ig, &r->co->policy, &files);
	if (!files.n)
		fprintf(stderr, "bulkhead: nothing to audit under %s (no Dockerfile, YAML or JSON file)\n", dir);
	for (size_t i = 0; i < files.n; i++)
		audit_file(r, files.items[i].path, files.items[i].kind, true);
	au_files_release(&files);
	au_ignore_release(&ig);
}

int cmd_audit(int argc, char **argv)
{
	static const struct option longopts[] = {
		COMMON_LONG_OPTIONS,
		{ "docker", no_argument, NULL, OPT_DOCKER },
		{ "docker-host", required_argument, NULL, OPT_DOCKER_HOST },
		{ 0 },
	};
	common_opts co;
	common_init(&co);
	bool docker = false;
	const char *docker_host = NULL;
	int opt, rc = 2;
	optind = 1;
	while ((opt = getopt_long(argc, argv, COMMON_SHORT_OPTIONS, longopts, NULL)) != -1) {
		if (opt == OPT_HELP) {
			fputs(audit_help, stdout);
			rc = 0;
			goto out;
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
			fputs(audit_help, stderr);
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
	for (int i = 0; i < ntargets; i++) {
		if (!strcmp(targets[i], "-")) {
			fputs("bulkhead audit: reads files and directories; for standard input use "
			      "`bulkhead lint -` or `bulkhead config -`\n", stderr);
			goto out;
		}
	}

	bh_findings f;
	bh_findings_init(&f);
	if (common_load_policy(&co, targets[0], &f) < 0) {
		bh_report_errors(stderr, &f);
		bh_findings_release(&f);
		goto out;
	}
	audit_run r = {
		.co = &co,
		.lo = { .policy = &co.policy },
		.f = &f,
	};
	for (int i = 0; i < ntargets; i++) {
		struct stat st;
		if (stat(targets[i], &st) == 0 && S_ISDIR(st.st_mode))
			audit_directory(&r, targets[i]);
		else
			audit_file(&r, targets[i],
				   df_is_dockerfile_name(targets[i], bh_basename(targets[i])) ? AU_DOCKERFILE : AU_SPEC,
				   false);
	}
	if (docker)
		cs_check_docker(docker_host, &co.policy, &f);
	rc = common_finish(&co, &f, "audit");
	bh_findings_release(&f);
out:
	common_release(&co);
	return rc;
}
