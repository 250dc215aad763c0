/* bulkhead spec [--bundle DIR | --stdout] [--cap-add CAP] [--seccomp ...]:
 * the hardened config.json of `bulkhead runtime spec` (which this shares),
 * with the seccomp section resolved for the capabilities given here, so a
 * bundle for `bulkhead runtime`, runc or crun starts closed. */
#include "cmd/cmd.h"
#include "core/util.h"
#include "runtime/rt_int.h"
#include "runtime/runtime.h"
#include "runtime/seccomp_profile.h"

#include <ctype.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>

static const char spec_help[] =
	"usage: bulkhead spec [--bundle DIR | --stdout] [--cap-add CAP]... [--seccomp default|unconfined|PROFILE]\n"
	"\n"
	"Writes DIR/config.json (default ./config.json; never over an existing file) with every\n"
	"isolation layer on: a user namespace (root is host uid 100000), every namespace new,\n"
	"loopback-only network, read-only root with a tmpfs /tmp, no capabilities, no_new_privs,\n"
	"a seccomp allow-list at least as strict as Docker's default profile, masked /proc and\n"
	"/sys paths, 512 MiB of memory and 512 pids. The same file as `bulkhead runtime spec`.\n"
	"\n"
	"options:\n"
	"  --bundle DIR          write DIR/config.json (default: the current directory)\n"
	"  --stdout              print the config instead of writing a file\n"
	"  --cap-add CAP         keep capability CAP (repeatable); seccomp entries gated on it apply\n"
	"  --seccomp default     the built-in allow-list (data/seccomp/default.json)\n"
	"  --seccomp unconfined  no seccomp section\n"
	"  --seccomp PROFILE     a profile in Docker's JSON format, resolved for these capabilities\n"
	"  -h, --help            show this help\n"
	"\n"
	"Exit codes: 0 written, 1 the file could not be written, 2 usage or profile error.\n";

static int usage(const char *fmt, const char *arg)
{
	fputs("bulkhead spec: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\n(see bulkhead spec --help)\n", stderr);
	return 2;
}

/* NET_ADMIN, cap_net_admin or CAP_NET_ADMIN as CAP_NET_ADMIN; NULL if unknown. */
static char *cap_arg(const char *arg)
{
	char *name = bh_starts_with(arg, "CAP_") || bh_starts_with(arg, "cap_") ? bh_strdup(arg) : bh_asprintf("CAP_%s", arg);
	for (char *p = name; *p; p++)
		*p = (char)toupper((unsigned char)*p);
	int c;
	if (rt_cap_parse(name, &c) < 0) {
		free(name);
		return NULL;
	}
	return name;
}

int cmd_spec(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "bundle", required_argument, NULL, 'b' },
		{ "stdout", no_argument, NULL, 's' },
		{ "cap-add", required_argument, NULL, 'c' },
		{ "seccomp", required_argument, NULL, 'S' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *bundle = NULL, *profile_path = NULL;
	bool to_stdout = false, unconfined = false;
	char **caps = bh_calloc((size_t)argc + 1, sizeof *caps);
	size_t ncaps = 0;
	int opt, rc = 2;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "b:h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'b': bundle = optarg; break;
		case 's': to_stdout = true; break;
		case 'c':
			if (!(caps[ncaps] = cap_arg(optarg))) {
				rc = usage("--cap-add: %s: unknown capability", optarg);
				goto out;
			}
			ncaps++;
			break;
		case 'S':
			unconfined = !strcmp(optarg, "unconfined");
			profile_path = unconfined || !strcmp(optarg, "default") ? NULL : optarg;
			if (!*optarg) {
				rc = usage("--seccomp: %sexpected default, unconfined or a profile file", "");
				goto out;
			}
			break;
		case 'h': fputs(spec_help, stdout); rc = 0; goto out;
		default: rc = usage("%sinvalid option", ""); goto out;
		}
	}
	if (optind != argc) {
		rc = usage("unexpected argument \"%s\"", argv[optind]);
		goto out;
	}
	if (bundle && to_stdout) {
		rc = usage("%sgive --bundle or --stdout, not both", "");
		goto out;
	}
	rt_spec_params p;
	rt_spec_params_default(&p);
	p.caps = (const char *const *)caps, p.ncaps = ncaps;
	p.seccomp_unconfined = unconfined;
	sp_profile profile = { 0 };
	if (profile_path) {
		sp_env env;
		sp_env_host(&env, p.caps, p.ncaps);
		char err[1024];
		if (sp_profile_load(profile_path, &env, &profile, err, sizeof err) < 0) {
			fprintf(stderr, "bulkhead spec: --seccomp: %s\n", err);
			goto out;
		}
		p.seccomp = &profile;
	}
	if (to_stdout) {
		char *json = rt_spec_json(&p);
		fputs(json, stdout);
		rc = fflush(stdout) == 0 ? 0 : 1;
		free(json);
	} else {
		char err[4200];
		rc = rt_spec_write(bundle ? bundle : ".", &p, err, sizeof err) < 0 ? 1 : 0;
		if (rc)
			fprintf(stderr, "bulkhead spec: %s\n", err);
	}
	sp_profile_free(&profile);
out:
	for (size_t i = 0; i < ncaps; i++)
		free(caps[i]);
	free(caps);
	return rc;
}
