/* bulkhead run IMAGE [options] [-- CMD...]: unpack an image into a private
 * directory and run it with every isolation layer of `runtime spec` on. Each
 * flag that relaxes a default is named on standard error when it is used. */
#include "cmd/cmd.h"
#include "cmd/run_rootless.h"
#include "cmd/run_sealed.h"
#include "core/util.h"
#include "runtime/runtime.h"
#include "runtime/seccomp_profile.h"
#include "runtime/unpack.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/capability.h>
#include <sys/stat.h>
#include <unistd.h>

#define RUN_ID_SHIFT 100000u

static const char run_help[] =
	"usage: bulkhead run IMAGE [options] [-- CMD [ARG...]]\n"
	"\n"
	"Runs an image (docker-archive tar, OCI layout directory or tar, docker:NAME) in the\n"
	"foreground with every isolation layer on and exits with the container's status.\n"
	"The container is set up by the runtime executed from a sealed memfd (as `bulkhead\n"
	"runtime run`), so nothing in it can reach the bulkhead binary through /proc/PID/exe.\n"
	"Defaults: a user namespace (root inside is host uid 100000), every namespace new,\n"
	"loopback-only network, read-only root with a tmpfs /tmp, no capabilities,\n"
	"no_new_privs, a seccomp filter, masked /proc and /sys paths, 512 MiB of memory,\n"
	"256 pids, one CPU, and the image's Env, WorkingDir, Entrypoint, Cmd and User.\n"
	"\n"
	"Rootless (invoked as non-root): container root is your own uid; with a range in\n"
	"/etc/subuid and /etc/subgid and newuidmap/newgidmap, container ids 1-65535 map onto\n"
	"it, else only root exists. The bundle lives in $TMPDIR, $XDG_RUNTIME_DIR or\n"
	"/tmp/bulkhead-UID (0700), the state in `bulkhead runtime`'s default root,\n"
	"$XDG_RUNTIME_DIR/bulkhead or /tmp/bulkhead-UID, so that `bulkhead runtime list`\n"
	"shows the container. Limits go in a cgroup delegated to you (the topmost\n"
	"group you can write above your own, e.g. systemd's user@UID.service); a default\n"
	"limit it cannot hold is dropped and said on standard error, and --memory, --pids\n"
	"or --cpus it cannot hold is an error. Every other default stays on.\n"
	"\n"
	"options that relax a default (each is named on standard error when used):\n"
	"  --net host            share the host's network namespace (default: none, loopback only)\n"
	"  --cap-add CAP         keep capability CAP (repeatable; NET_BIND_SERVICE or CAP_NET_BIND_SERVICE)\n"
	"  --writable            writable root filesystem\n"
	"  --memory N[k|m|g]     memory limit (default 512m)\n"
	"  --pids N              pids limit (default 256)\n"
	"  --cpus N              CPU limit in CPUs, e.g. 0.5 or 2 (default 1)\n"
	"  --seccomp unconfined  no seccomp filter\n"
	"  --seccomp PROFILE     this seccomp profile (Docker's JSON format) instead of the default\n"
	"                        allow-list, data/seccomp/default.json (--seccomp default)\n"
	"  --user U[:G]          run as this user (name or id) instead of the image's USER\n"
	"  --keep-setuid         keep setuid/setgid bits of the image's files (dropped by default)\n"
	"\n"
	"other options:\n"
	"  --cgroup-parent PATH  make the container's group below PATH (a cgroup path such as\n"
	"                        /user.slice/user-1000.slice/user@1000.service) instead of\n"
	"                        /bulkhead, or, rootless, of the delegated group found\n"
	"  --dry-run             print the generated config.json and exit\n"
	"  -h, --help            show this help\n"
	"\n"
	"Exit codes: the container's status (128+N when killed by signal N); 2 usage or image error.\n";

enum { O_NET = 1000, O_CAP_ADD, O_WRITABLE, O_MEMORY, O_PIDS, O_CPUS, O_SECCOMP, O_USER, O_KEEP_SETUID, O_DRY_RUN, O_CGROUP_PARENT };

typedef struct run_args {
	const char *image, *user, *seccomp_profile, *cgroup_parent;
	char **cmd;
	int ncmd;
	char **caps;
	size_t ncaps, caps_alloc;
	bool host_net, writable, seccomp_unconfined, keep_setuid, dry_run;
	long long memory, pids;
	double cpus;
} run_args;

static int usage(const char *fmt, const char *arg)
{
	fputs("bulkhead run: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\n(see bulkhead run --help)\n", stderr);
	return 2;
}

static void relaxed(const char *what)
{
	fprintf(stderr, "bulkhead run: relaxed: %s\n", what);
}

static bool parse_size(const char *s, long long *out)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || end == s || v <= 0)
		return false;
	long long mul = 1;
	switch (tolower((unsigned char)*end)) {
	case 0: break;
	case 'k': mul = 1LL << 10; end++; break;
	case 'm': mul = 1LL << 20; end++; break;
	case 'g': mul = 1LL << 30; end++; break;
	default: return false;
	}
	if ((*end == 'b' || *end == 'B'))
		end++;
	if (*end || v > (1LL << 50) / mul)
		return false;
	*out = v * mul;
	return true;
}

static char *cap_name(const char *arg)
{
	char *name = bh_starts_with(arg, "CAP_") || bh_starts_with(arg, "cap_") ? bh_strdup(arg) : bh_asprintf("CAP_%s", arg);
	for (char *p = name; *p; p++)
		*p = (char)toupper((unsigned char)*p);
	cap_value_t v;
	char *lower = bh_strdup(name);
	for (char *p = lower; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	bool ok = cap_from_name(lower, &v) == 0;
	free(lower);
	if (!ok) {
		free(name);
		return NULL;
	}
	return name;
}

static int parse_args(int argc, char **argv, run_args *a)
{
	static const struct option longopts[] = {
		{ "net", required_argument, NULL, O_NET },
		{ "cap-add", required_argument, NULL, O_CAP_ADD },
		{ "writable", no_argument, NULL, O_WRITABLE },
		{ "memory", required_argument, NULL, O_MEMORY },
		{ "pids", required_argument, NULL, O_PIDS },
		{ "cpus", required_argument, NULL, O_CPUS },
		{ "seccomp", required_argument, NULL, O_SECCOMP },
		{ "user", required_argument, NULL, O_USER },
		{ "keep-setuid", no_argument, NULL, O_KEEP_SETUID },
		{ "dry-run", no_argument, NULL, O_DRY_RUN },
		{ "cgroup-parent", required_argument, NULL, O_CGROUP_PARENT },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	int opt;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'h': fputs(run_help, stdout); return 0;
		case O_NET:
			if (!strcmp(optarg, "host"))
				a->host_net = true;
			else if (strcmp(optarg, "none"))
				return usage("--net: %s: expected none or host", optarg);
			break;
		case O_CAP_ADD: {
			char *c = cap_name(optarg);
			if (!c)
				return usage("--cap-add: %s: unknown capability", optarg);
			bh_array_grow((void **)&a->caps, &a->caps_alloc, a->ncaps + 1, sizeof *a->caps);
			a->caps[a->ncaps++] = c;
			break;
		}
		case O_WRITABLE: a->writable = true; break;
		case O_MEMORY:
			if (!parse_size(optarg, &a->memory) || a->memory < (4LL << 20))
				return usage("--memory: %s: expected a size of at least 4m (e.g. 256m, 1g)", optarg);
			break;
		case O_PIDS: {
			char *end;
			a->pids = strtoll(optarg, &end, 10);
			if (*end || end == optarg || a->pids <= 0 || a->pids > 4194304)
				return usage("--pids: %s: expected a positive number", optarg);
			break;
		}
		case O_CPUS: {
			char *end;
			a->cpus = strtod(optarg, &end);
			if (*end || end == optarg || !(a->cpus >= 0.01 && a->cpus <= 1024))
				return usage("--cpus: %s: expected a number of CPUs between 0.01 and 1024", optarg);
			break;
		}
		case O_SECCOMP:
			if (!strcmp(optarg, "unconfined"))
				a->seccomp_unconfined = true, a->seccomp_profile = NULL;
			else if (!strcmp(optarg, "default"))
				a->seccomp_unconfined = false, a->seccomp_profile = NULL;
			else if (*optarg)
				a->seccomp_unconfined = false, a->seccomp_profile = optarg;
			else
				return usage("--seccomp: %sexpected default, unconfined or a profile file", "");
			break;
		case O_USER:
			if (!*optarg)
				return usage("--user: %sempty user", "");
			a->user = optarg;
			break;
		case O_KEEP_SETUID: a->keep_setuid = true; break;
		case O_DRY_RUN: a->dry_run = true; break;
		case O_CGROUP_PARENT:
			if (optarg[0] != '/' || strstr(optarg, "..") || strlen(optarg) > 1024 ||
			    (optarg[1] && optarg[strlen(optarg) - 1] == '/'))
				return usage("--cgroup-parent: %s: expected an absolute cgroup path without \"..\" or a trailing /", optarg);
			a->cgroup_parent = optarg;
			break;
		default: return usage("%sinvalid option", "");
		}
	}
	if (optind >= argc)
		return usage("%smissing IMAGE", "");
	/* getopt moved the options (before "--") ahead: IMAGE, then the command */
	a->image = argv[optind++];
	a->cmd = argv + optind;
	a->ncmd = argc - optind;
	return -1;
}

/* ---- USER: names looked up in the unpacked /etc/passwd and /etc/group ---- */

static char *read_in_root(int rootfd, const char *path)
{
	int fd = rt_open_nofollow(rootfd, path, O_RDONLY, 0);
	if (fd < 0)
		return NULL;
	size_t cap = 1 << 20, len = 0; /* account files larger than this are not plausible */
	char *buf = bh_malloc(cap + 1);
	ssize_t n;
	while (len < cap && (n = read(fd, buf + len, cap - len)) > 0)
		len += (size_t)n;
	close(fd);
	buf[len] = 0;
	return buf;
}

static bool parse_id(const char *s, unsigned *out)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(s, &end, 10);
	if (!*s || *end || errno || v > 65535 || !isdigit((unsigned char)*s))
		return false;
	*out = (unsigned)v;
	return true;
}

/* Finds the line whose field 0 (by name) or field 2 (by id) matches; fills
 * id (field 2) and, for passwd, gid (field 3). */
static bool lookup_db(const char *db, const char *name, bool by_id, unsigned want, unsigned *id, unsigned *gid)
{
	if (!db)
		return false;
	for (const char *line = db; *line;) {
		const char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		char *l = bh_strndup(line, len);
		char *f[4] = { 0 };
		char *p = l;
		for (int i = 0; i < 4 && p; i++) {
			f[i] = p;
			p = strchr(p, ':');
			if (p)
				*p++ = 0;
		}
		unsigned v, g = 0;
		bool match = f[2] && parse_id(f[2], &v) && (by_id ? v == want : !strcmp(f[0], name));
		if (match && gid && !(f[3] && parse_id(f[3], &g)))
			g = 0;
		free(l);
		if (match) {
			*id = v;
			if (gid)
				*gid = g;
			return true;
		}
		line = nl ? nl + 1 : line + len;
	}
	return false;
}

static int resolve_user(int rootfd, const char *spec, unsigned *uid, unsigned *gid)
{
	char *u = bh_strdup(spec);
	char *g = strchr(u, ':');
	if (g)
		*g++ = 0;
	char *passwd = read_in_root(rootfd, "etc/passwd");
	char *group = read_in_root(rootfd, "etc/group");
	int rc = 0;
	*gid = 0;
	if (parse_id(u, uid))
		lookup_db(passwd, NULL, true, *uid, uid, gid);
	else if (!lookup_db(passwd, u, false, 0, uid, gid)) {
		fprintf(stderr, "bulkhead run: user %s: not in the image's /etc/passwd\n", u);
		rc = -1;
	}
	if (rc == 0 && g && !parse_id(g, gid) && !lookup_db(group, g, false, 0, gid, NULL)) {
		fprintf(stderr, "bulkhead run: group %s: not in the image's /etc/group\n", g);
		rc = -1;
	}
	free(passwd);
	free(group);
	free(u);
	return rc;
}

/* ---- the run -------------------------------------------------------------- */

static int make_bundle(char **bundle_out, int *rootfd, const char *base)
{
	const char *tmp = base ? base : getenv("TMPDIR");
	char *bundle = bh_asprintf("%s/bulkhead-run-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(bundle)) {
		fprintf(stderr, "bulkhead run: creating %s: %s\n", bundle, strerror(errno));
		free(bundle);
		return -1;
	}
	*bundle_out = bundle;
	char *root = bh_asprintf("%s/rootfs", bundle);
	/* the container's root (host uid 100000) must be able to reach its rootfs */
	/* (rootless, container root is the user: the bundle stays 0700) */
	int rc = (!base && chmod(bundle, 0711) < 0) || mkdir(root, 0700) < 0 ? -1 : 0;
	*rootfd = rc < 0 ? -1 : open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (*rootfd < 0)
		fprintf(stderr, "bulkhead run: creating %s: %s\n", root, strerror(errno));
	free(root);
	return *rootfd < 0 ? -1 : 0;
}

static char **build_args(const bh_image_config *c, const run_args *a, size_t *n)
{
	size_t total = c->nentrypoint + (a->ncmd ? (size_t)a->ncmd : c->ncmd);
	char **v = bh_calloc(total + 1, sizeof *v);
	size_t k = 0;
	for (size_t i = 0; i < c->nentrypoint; i++)
		v[k++] = c->entrypoint[i];
	if (a->ncmd)
		for (int i = 0; i < a->ncmd; i++)
			v[k++] = a->cmd[i];
	else
		for (size_t i = 0; i < c->ncmd; i++)
			v[k++] = c->cmd[i];
	*n = k;
	return v;
}

static char **build_env(const bh_image_config *c, size_t *n)
{
	char **v = bh_calloc(c->nenv + 2, sizeof *v);
	size_t k = 0;
	bool has_path = false;
	for (size_t i = 0; i < c->nenv; i++) {
		has_path |= bh_starts_with(c->env[i], "PATH=");
		v[k++] = c->env[i];
	}
	if (!has_path)
		v[k++] = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
	*n = k;
	return v;
}

static void announce_relaxations(const run_args *a)
{
	if (a->host_net)
		relaxed("--net host: the container shares the host's network namespace");
	for (size_t i = 0; i < a->ncaps; i++) {
		char *m = bh_asprintf("--cap-add %s: the process keeps this capability", a->caps[i]);
		relaxed(m);
		free(m);
	}
	if (a->writable)
		relaxed("--writable: the root filesystem is writable");
	if (a->memory)
		relaxed("--memory: memory limit changed from 512m");
	if (a->pids)
		relaxed("--pids: pids limit changed from 256");
	if (a->cpus > 0)
		relaxed("--cpus: CPU limit changed from 1");
	if (a->seccomp_unconfined)
		relaxed("--seccomp unconfined: no seccomp filter");
	if (a->seccomp_profile) {
		char *m = bh_asprintf("--seccomp %s: this profile replaces the default seccomp allow-list", a->seccomp_profile);
		relaxed(m);
		free(m);
	}
	if (a->user)
		relaxed("--user: the image's USER is overridden");
	if (a->keep_setuid)
		relaxed("--keep-setuid: setuid and setgid bits are kept");
}

static int write_config(const char *bundle, const char *json)
{
	char *path = bh_asprintf("%s/config.json", bundle);
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	size_t len = strlen(json);
	int rc = fd >= 0 && write(fd, json, len) == (ssize_t)len ? 0 : -1;
	if (rc < 0)
		fprintf(stderr, "bulkhead run: writing %s: %s\n", path, strerror(errno));
	if (fd >= 0)
		close(fd);
	free(path);
	return rc;
}

int cmd_run(int argc, char **argv)
{
	run_args a = { 0 };
	int rc = parse_args(argc, argv, &a);
	if (rc >= 0)
		return rc;
	run_rootless rl = { 0 };
	/* rootless: the limits the delegated cgroup can hold (0: none) */
	long long rl_memory = 1, rl_pids = 1, rl_cpu = 1;
	if (geteuid() != 0) {
		if (run_rootless_setup(&rl, a.cgroup_parent) < 0 || run_rootless_limit(&rl, RT_LIMIT_MEMORY, "--memory", a.memory, &rl_memory) < 0 ||
		    run_rootless_limit(&rl, RT_LIMIT_PIDS, "--pids", a.pids, &rl_pids) < 0 ||
		    run_rootless_limit(&rl, RT_LIMIT_CPU, "--cpus", a.cpus > 0, &rl_cpu) < 0) {
			run_rootless_free(&rl);
			return 2;
		}
	}
	announce_relaxations(&a);

	/* A signal during the unpack must still remove the directory: hold them
	 * until the container runs (run_sealed forwards them to it). */
	sigset_t hold, old;
	sigemptyset(&hold);
	int held[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2 };
	for (size_t i = 0; i < BH_ARRAY_SIZE(held); i++)
		sigaddset(&hold, held[i]);
	sigprocmask(SIG_BLOCK, &hold, &old);

	char *bundle = NULL;
	int rootfd = -1;
	rc = 2;
	bh_image img;
	bool loaded = false;
	char **args = NULL, **env = NULL;
	char *json = NULL;
	sp_profile profile = { 0 };
	if (make_bundle(&bundle, &rootfd, rl.on ? rl.base : NULL) < 0)
		goto out;
	bh_image_limits lim;
	bh_image_limits_default(&lim);
	rt_unpack_opts uo = { .limits = &lim, .keep_setuid = a.keep_setuid, .finish = !a.dry_run && !rl.on, .id_shift = RUN_ID_SHIFT };
	char err[8192]; /* room for a path of max_path_len */
	if (rt_unpack_image(a.image, rootfd, &uo, &img, err, sizeof err) < 0) {
		fprintf(stderr, "bulkhead run: %s\n", err);
		goto out;
	}
	loaded = true;
	if (rl.on && !a.dry_run && run_rootless_owners(&rl, &img, rootfd, &uo) < 0)
		goto out;
	if (uo.skipped_devices)
		fprintf(stderr, "bulkhead run: %zu device file(s) in the image were not created\n", uo.skipped_devices);
	if (uo.skipped_links)
		fprintf(stderr, "bulkhead run: %zu hard link(s) to a missing or skipped file were not created\n",
			uo.skipped_links);

	rt_spec_params p;
	rt_spec_params_default(&p);
	size_t nargs, nenv;
	args = build_args(&img.config, &a, &nargs);
	if (!nargs) {
		fprintf(stderr, "bulkhead run: %s has no Entrypoint or Cmd: give a command after --\n", a.image);
		goto out;
	}
	env = build_env(&img.config, &nenv);
	p.args = (const char *const *)args, p.nargs = nargs;
	p.env = (const char *const *)env, p.nenv = nenv;
	char *cwd = NULL;
	if (img.config.workdir && *img.config.workdir)
		cwd = img.config.workdir[0] == '/' ? bh_strdup(img.config.workdir) : bh_asprintf("/%s", img.config.workdir);
	p.cwd = cwd ? cwd : "/";
	const char *user = a.user ? a.user : img.config.user;
	if (user && *user && resolve_user(rootfd, user, &p.uid, &p.gid) < 0) {
		free(cwd);
		goto out;
	}
	if (rl.on && run_rootless_user(&rl, &p.uid, &p.gid, a.user != NULL, user) < 0) {
		free(cwd);
		goto out;
	}
	if (p.uid == 0 && (!rl.on || !user || !*user || a.user))
		fprintf(stderr, "bulkhead run: warning: %s; the process runs as root inside its user namespace "
				"(host uid %u)\n",
			a.user ? "--user selects root" : "the image has no non-root USER",
			rl.on ? (unsigned)geteuid() : RUN_ID_SHIFT);
	p.caps = (const char *const *)a.caps, p.ncaps = a.ncaps;
	p.host_network = a.host_net;
	p.writable = a.writable;
	p.seccomp_unconfined = a.seccomp_unconfined;
	p.memory = a.memory ? a.memory : 512LL << 20;
	p.pids = a.pids ? a.pids : 256;
	p.cpu_period = 100000;
	p.cpu_quota = (long long)((a.cpus > 0 ? a.cpus : 1.0) * 100000);
	if (rl.on) {
		p.uid_maps = rl.uid, p.gid_maps = rl.gid;
		p.nuid_maps = p.ngid_maps = rl.nmaps;
		if (!rl_memory)
			p.memory = 0;
		if (!rl_pids)
			p.pids = 0;
		if (!rl_cpu)
			p.cpu_quota = 0;
	}
	if (a.seccomp_profile) {
		sp_env host;
		sp_env_host(&host, p.caps, p.ncaps);
		if (sp_profile_load(a.seccomp_profile, &host, &profile, err, sizeof err) < 0) {
			fprintf(stderr, "bulkhead run: --seccomp: %s\n", err);
			free(cwd);
			goto out;
		}
		p.seccomp = &profile;
	}
	json = rt_spec_json(&p);
	free(cwd);

	if (a.dry_run) {
		fputs(json, stdout);
		rc = fflush(stdout) == 0 ? 0 : 2;
		goto out;
	}
	if (write_config(bundle, json) < 0)
		goto out;
	sigset_t pending;
	sigpending(&pending);
	for (size_t i = 0; i < BH_ARRAY_SIZE(held); i++)
		if (sigismember(&pending, held[i])) {
			rc = 128 + held[i];
			goto out;
		}
	/* The container is set up by the sealed runtime, never by this process
	 * (the host binary): see run_sealed.c. */
	char *id = bh_asprintf("bulkhead-run-%ld", (long)getpid());
	run_sealed_opts so = { .root = rl.on ? rl.state_root : RT_DEFAULT_ROOT, .bundle = bundle, .id = id,
			       .no_cgroup = rl.on && !rl.cgroup.parent,
			       .cgroup_parent = rl.on ? rl.cgroup.parent : a.cgroup_parent };
	rc = run_sealed(&so);
	free(id);
out:
	if (rootfd >= 0)
		close(rootfd);
	if (bundle && rl.on) {
		run_rootless_remove(&rl, bundle);
		free(bundle);
	} else if (bundle) {
		if (rt_remove_tree(bundle) < 0)
			fprintf(stderr, "bulkhead run: removing %s: %s\n", bundle, strerror(errno));
		free(bundle);
	}
	if (loaded)
		bh_image_release(&img);
	free(args);
	free(env);
	free(json);
	sp_profile_free(&profile);
	for (size_t i = 0; i < a.ncaps; i++)
		free(a.caps[i]);
	free(a.caps);
	run_rootless_free(&rl);
	sigprocmask(SIG_SETMASK, &old, NULL);
	return rc;
}
