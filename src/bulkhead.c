/* bulkhead: container security checks and a secure-by-default runtime. */
#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"

static const struct command {
	const char *name;
	int (*fn)(int, char **);
	const char *summary;
} commands[] = {
	{ "audit", cmd_audit, "audit a source tree (Dockerfiles and run configurations) and live containers" },
	{ "lint", cmd_lint, "check Dockerfiles for security problems" },
	{ "bench", cmd_bench, "audit this host and its Docker daemon (CIS Docker Benchmark)" },
	{ "config", cmd_config, "check container run configurations (compose, Kubernetes, inspect, OCI)" },
	{ "runtime", cmd_runtime, "OCI runtime (runc-compatible create/start/state/kill/delete/run)" },
	{ "scan", cmd_scan, "check a container image: config, filesystem, secrets in every layer" },
	{ "rules", cmd_rules, "list every rule with its severity and references" },
	{ "version", cmd_version, "print the version" },
	{ "sbom", cmd_sbom, "list the packages in an image or root filesystem as CycloneDX or SPDX" },
	{ "db", cmd_db, "build, update and inspect the vulnerability database" },
	{ "vuln", cmd_vuln, "report known vulnerabilities of an SBOM or package list" },
	{ "run", cmd_run, "run an image with every isolation layer on (user namespace, no network, read-only, no capabilities)" },
	{ "spec", cmd_spec, "write a hardened OCI config.json (seccomp allow-list, user namespace, no capabilities)" },
};

static void usage(FILE *out)
{
	fputs("usage: bulkhead <command> [options] [args]\n\ncommands:\n", out);
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fputs("\nRun `bulkhead <command> --help` for a command's options.\n"
	      "Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or input error.\n",
	      out);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	const char *name = argv[1];
	if (!strcmp(name, "-h") || !strcmp(name, "--help") || !strcmp(name, "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(name, "--version") || !strcmp(name, "-V"))
		return cmd_version(argc - 1, argv + 1);
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (!strcmp(name, commands[i].name))
			return commands[i].fn(argc - 1, argv + 1);
	fprintf(stderr, "bulkhead: unknown command \"%s\"\n\n", name);
	usage(stderr);
	return 2;
}
