/* bulkhead runtime: an OCI runtime with runc's command-line shape, so that
 * containerd (io.containerd.runc.v2 with BinaryName) or a person can drive it:
 *   bulkhead runtime [--root DIR] [--log FILE] [--log-format json|text] [--debug]
 *                    [--systemd-cgroup] COMMAND [options] ID */
#include "cmd/cmd.h"
#include "cmd/runtime_sealed.h"
#include "core/util.h"
#include "runtime/runtime.h"

#include <getopt.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const char runtime_help[] =
	"usage: bulkhead runtime [global options] COMMAND [options] [ID]\n"
	"\n"
	"An OCI runtime (runtime-spec 1.x, Linux) with the command line of runc.\n"
	"\n"
	"commands:\n"
	"  create --bundle DIR [--pid-file F] [--console-socket S] [--no-pivot] ID\n"
	"                                                       set up the container; the process waits for start\n"
	"  start ID                                             run the process of a created container\n"
	"  state ID                                             print the state JSON\n"
	"  kill [--all] ID [SIGNAL]                             send a signal (default TERM; name or number)\n"
	"  delete [--force] ID                                  remove a stopped (or, with --force, any) container\n"
	"  run --bundle DIR [--detach] [--pid-file F] ID        create, start, wait; exits with the process's status\n"
	"  list [--format table|json] [--quiet]                 list containers\n"
	"  features                                             print the features document\n"
	"  exec [--process F | ...] [--detach] [--pid-file F] [--cwd D] [--env K=V] [--user U[:G]]\n"
	"       [--cap CAP] [--no-new-privs] [-t|--tty [--console-socket S]] ID [CMD...]\n"
	"                                                       run another process in a running container;\n"
	"                                                       --tty: on a new pty whose master goes to S,\n"
	"                                                       or without S relayed to this terminal\n"
	"  spec [--bundle DIR]                                  write a hardened default config.json (never overwrites)\n"
	"  pause ID / resume ID                                 freeze / thaw every process (freezer cgroup)\n"
	"  ps [--format table|json] ID [PS-ARGS]                the container's processes (ps -ef, or pids as JSON)\n"
	"\n"
	"global options:\n"
	"  --root DIR            state directory (default " RT_DEFAULT_ROOT "; non-root:\n"
	"                        $XDG_RUNTIME_DIR/bulkhead or /tmp/bulkhead-UID, which must be\n"
	"                        yours and writable by no one else)\n"
	"  --log FILE            also write errors to FILE\n"
	"  --log-format FMT      json or text (default text)\n"
	"  --debug               log debug messages\n"
	"  --systemd-cgroup      read cgroupsPath as slice:prefix:name\n"
	"  --cgroup-parent PATH  put the container's group below the cgroup PATH when config.json\n"
	"                        names none (rootless: PATH is the group delegated to you)\n"
	"  --no-cgroup           no cgroup at all (refused when config.json sets resource limits)\n"
	"  -h, --help            show this help\n";

enum { G_ROOT = 1000, G_LOG, G_LOG_FORMAT, G_DEBUG, G_SYSTEMD, G_IGNORED_ARG, G_IGNORED, G_CGROUP_PARENT, G_NO_CGROUP };

static int usage_error(const char *fmt, const char *arg)
{
	fputs("bulkhead runtime: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\n(see bulkhead runtime --help)\n", stderr);
	return 2;
}

/* argv[0] is the subcommand name. */
static int sub_create_run(const rt_opts *o, int argc, char **argv, bool run)
{
	static const struct option longopts[] = {
		{ "bundle", required_argument, NULL, 'b' },
		{ "pid-file", required_argument, NULL, 'p' },
		{ "console-socket", required_argument, NULL, 'c' },
		{ "no-pivot", no_argument, NULL, 'n' },
		{ "detach", no_argument, NULL, 'd' },
		{ "no-new-keyring", no_argument, NULL, 'k' },
		{ "preserve-fds", required_argument, NULL, 'f' },
		{ "no-subreaper", no_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	rt_create_opts c = { .bundle = "." };
	bool detach = false;
	int opt;
	optind = 0;
	while ((opt = getopt_long(argc, argv, "+b:p:dh", longopts, NULL)) != -1) {
		switch (opt) {
		case 'b': c.bundle = optarg; break;
		case 'p': c.pid_file = optarg; break;
		case 'c': c.console_socket = optarg; break;
		case 'n': c.no_pivot = true; break;
		case 'd':
			if (!run)
				return usage_error("%s: --detach is only for run", argv[0]);
			detach = true;
			break;
		case 'k': case 's': break;
		case 'f':
			if (strcmp(optarg, "0"))
				return usage_error("--preserve-fds %s: passing descriptors is not supported yet", optarg);
			break;
		case 'h': fputs(runtime_help, stdout); return 0;
		default: return 2;
		}
	}
	if (optind + 1 != argc)
		return usage_error("%s needs exactly one container ID", argv[0]);
	return run ? rt_run(o, argv[optind], &c, detach) : rt_create(o, argv[optind], &c);
}

static int sub_exec(const rt_opts *o, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "process", required_argument, NULL, 'p' },
		{ "detach", no_argument, NULL, 'd' },
		{ "pid-file", required_argument, NULL, 'P' },
		{ "tty", no_argument, NULL, 't' },
		{ "cwd", required_argument, NULL, 'C' },
		{ "env", required_argument, NULL, 'e' },
		{ "user", required_argument, NULL, 'u' },
		{ "cap", required_argument, NULL, 'c' },
		{ "no-new-privs", no_argument, NULL, 'n' },
		{ "console-socket", required_argument, NULL, 'S' },
		{ "preserve-fds", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	rt_exec_opts x = { 0 };
	x.env = bh_calloc((size_t)argc + 1, sizeof *x.env);
	x.caps = bh_calloc((size_t)argc + 1, sizeof *x.caps);
	int opt, rc = 2;
	optind = 0;
	while ((opt = getopt_long(argc, argv, "+p:dte:u:h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'p': x.process_file = optarg; break;
		case 'd': x.detach = true; break;
		case 'P': x.pid_file = optarg; break;
		case 't': x.tty = true; break;
		case 'C': x.cwd = optarg; break;
		case 'e': x.env[x.nenv++] = optarg; break;
		case 'u': x.user = optarg; break;
		case 'c': x.caps[x.ncaps++] = optarg; break;
		case 'n': x.no_new_privs = true; break;
		case 'S': x.console_socket = optarg; break;
		case 'f':
			if (strcmp(optarg, "0")) {
				rc = usage_error("--preserve-fds %s: passing descriptors is not supported yet", optarg);
				goto out;
			}
			break;
		case 'h': fputs(runtime_help, stdout); rc = 0; goto out;
		default: goto out;
		}
	}
	if (optind >= argc) {
		rc = usage_error("%s", "exec needs a container ID");
		goto out;
	}
	x.args = argv + optind + 1;
	x.nargs = argc - optind - 1;
	if (x.process_file && x.nargs) {
		rc = usage_error("%s", "exec: give --process FILE or a command, not both");
		goto out;
	}
	rc = rt_exec(o, argv[optind], &x);
out:
	free(x.env);
	free(x.caps);
	return rc;
}

static int sub_simple(const rt_opts *o, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "all", no_argument, NULL, 'a' },
		{ "force", no_argument, NULL, 'f' },
		{ "format", required_argument, NULL, 'F' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *cmd = argv[0];
	bool all = false, force = false, quiet = false, json = false;
	int opt;
	optind = 0;
	while ((opt = getopt_long(argc, argv, "+afqhF:", longopts, NULL)) != -1) {
		switch (opt) {
		case 'a': all = true; break;
		case 'f':
			if (!strcmp(cmd, "list")) /* runc: list -f json */
				return usage_error("%s", "list: use --format json");
			force = true;
			break;
		case 'F':
			if (strcmp(optarg, "json") && strcmp(optarg, "table"))
				return usage_error("--format %s: expected table or json", optarg);
			json = !strcmp(optarg, "json");
			break;
		case 'q': quiet = true; break;
		case 'h': fputs(runtime_help, stdout); return 0;
		default: return 2;
		}
	}
	int rest = argc - optind;
	char **args = argv + optind;
	if (!strcmp(cmd, "list"))
		return rest ? usage_error("%s", "list takes no arguments") : rt_list(o, json, quiet);
	if (!strcmp(cmd, "features"))
		return rest ? usage_error("%s", "features takes no arguments") : rt_features(o);
	if (!strcmp(cmd, "kill")) {
		if (rest < 1 || rest > 2)
			return usage_error("%s", "kill needs ID [SIGNAL]");
		return rt_kill(o, args[0], rest == 2 ? args[1] : NULL, all);
	}
	if (!strcmp(cmd, "ps")) {
		if (rest < 1)
			return usage_error("%s", "ps needs ID [PS-ARGS...]");
		return rt_ps(o, args[0], json, args + 1, rest - 1);
	}
	if (rest != 1)
		return usage_error("%s needs exactly one container ID", cmd);
	if (!strcmp(cmd, "pause") || !strcmp(cmd, "resume"))
		return rt_pause(o, args[0], !strcmp(cmd, "pause"));
	if (!strcmp(cmd, "start"))
		return rt_start(o, args[0]);
	if (!strcmp(cmd, "state"))
		return rt_state_cmd(o, args[0]);
	if (!strcmp(cmd, "delete"))
		return rt_delete(o, args[0], force);
	return usage_error("unknown command \"%s\"", cmd);
}

static int runtime_dispatch(const rt_opts *o_in, int argc, char **argv, int first);

int cmd_runtime(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "root", required_argument, NULL, G_ROOT },
		{ "log", required_argument, NULL, G_LOG },
		{ "log-format", required_argument, NULL, G_LOG_FORMAT },
		{ "debug", no_argument, NULL, G_DEBUG },
		{ "systemd-cgroup", no_argument, NULL, G_SYSTEMD },
		{ "cgroup-parent", required_argument, NULL, G_CGROUP_PARENT },
		{ "no-cgroup", no_argument, NULL, G_NO_CGROUP },
		{ "criu", required_argument, NULL, G_IGNORED_ARG },
		{ "rootless", required_argument, NULL, G_IGNORED_ARG },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	rt_opts o = { .root = NULL };
	int opt;
	optind = 0;
	while ((opt = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
		switch (opt) {
		case G_ROOT: o.root = optarg; break;
		case G_LOG: o.log_path = optarg; break;
		case G_LOG_FORMAT:
			if (strcmp(optarg, "json") && strcmp(optarg, "text"))
				return usage_error("--log-format %s: expected json or text", optarg);
			o.log_json = !strcmp(optarg, "json");
			break;
		case G_DEBUG: o.debug = true; break;
		case G_SYSTEMD: o.systemd_cgroup = true; break;
		case G_CGROUP_PARENT:
			if (optarg[0] != '/' || strstr(optarg, "..") || strlen(optarg) > 1024)
				return usage_error("--cgroup-parent %s: expected an absolute cgroup path without \"..\"", optarg);
			o.cgroup_parent = optarg;
			break;
		case G_NO_CGROUP: o.no_cgroup = true; break;
		case G_IGNORED_ARG: break;
		case 'h': fputs(runtime_help, stdout); return 0;
		default: return 2;
		}
	}
	if (optind >= argc) {
		fputs(runtime_help, stderr);
		return 2;
	}
	/* rootless: state in the caller's own private directory */
	char *own_root = NULL;
	if (!o.root)
		o.root = geteuid() == 0 ? RT_DEFAULT_ROOT : (own_root = rt_rootless_root());
	if (o.root[0] != '/') {
		free(own_root);
		return usage_error("--root %s: must be an absolute path", o.root);
	}
	char err[1024];
	if (geteuid() != 0 && rt_rootless_root_check(o.root, err, sizeof err) < 0) {
		fprintf(stderr, "bulkhead runtime: %s\n", err);
		free(own_root);
		return 2;
	}
	int rc = runtime_dispatch(&o, argc, argv, optind);
	free(own_root);
	return rc;
}

/* The subcommand at argv[first], with the global options in o. */
static int runtime_dispatch(const rt_opts *o_in, int argc, char **argv, int first)
{
	rt_opts o = *o_in;
	int opt;
	char **sub = argv + first;
	int nsub = argc - first;
	const char *cmd = sub[0];
	bool creates = !strcmp(cmd, "create") || !strcmp(cmd, "run");
	if (creates || !strcmp(cmd, "exec")) {
		/* Everything that puts a process into a container runs sealed. */
		char **args = bh_calloc((size_t)argc + 2, sizeof *args);
		args[0] = "bulkhead";
		for (int i = 0; i < argc; i++)
			args[i + 1] = argv[i];
		if (runtime_enter_sealed(args) < 0) {
			free(args);
			perror("bulkhead runtime: re-executing from a sealed memfd");
			return 1;
		}
		free(args);
		if (!creates)
			return sub_exec(&o, nsub, sub);
		return sub_create_run(&o, nsub, sub, !strcmp(cmd, "run"));
	}
	if (!strcmp(cmd, "spec")) {
		static const struct option specopts[] = {
			{ "bundle", required_argument, NULL, 'b' },
			{ "help", no_argument, NULL, 'h' },
			{ 0 },
		};
		const char *bundle = ".";
		optind = 0;
		while ((opt = getopt_long(nsub, sub, "+b:h", specopts, NULL)) != -1) {
			if (opt == 'b')
				bundle = optarg;
			else if (opt == 'h') {
				fputs(runtime_help, stdout);
				return 0;
			} else
				return 2;
		}
		if (optind != nsub)
			return usage_error("%s", "spec takes no arguments");
		return rt_spec_cmd(&o, bundle);
	}
	static const char *const simple[] = { "start", "state", "kill", "delete", "list", "features", "pause", "resume", "ps" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(simple); i++)
		if (!strcmp(cmd, simple[i]))
			return sub_simple(&o, nsub, sub);
	return usage_error("unknown command \"%s\"", cmd);
}
