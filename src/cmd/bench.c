/* bulkhead bench: CIS Docker Benchmark v1.6.0 audit of a host, its daemon,
 * images and containers. */
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "core/jsonw.h"
#include "core/util.h"
#include "host/bench.h"
#include "host/facts.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static const char bench_help[] =
	"usage: bulkhead bench [options]\n"
	"\n"
	"Audits this host, its Docker daemon, images and running containers against\n"
	"the CIS Docker Benchmark v1.6.0 (all 117 checks of sections 1 host, 2 daemon,\n"
	"3 daemon files, 4 images, 5 container runtime, 6 operations, 7 swarm),\n"
	"numbered as docker-bench-security numbers them. Each check ends as pass,\n"
	"warn (reported as a finding), info, note (manual review) or skip (with why).\n"
	"The daemon's configuration is its command line (/proc) merged with the\n"
	"daemon.json it reads; images and containers come from the Engine API and\n"
	"are judged by the same rules as `bulkhead config`, plus what /proc shows of\n"
	"each container (seccomp mode, no_new_privs, capabilities, user namespace,\n"
	"sshd).\n"
	"On a rootless Docker host the per-user files stand for CIS's system ones; on\n"
	"a Podman host (podman system service) Podman's files do, and dockerd-only\n"
	"checks are skipped as not applicable. Checks needing a file this user may\n"
	"not read are skipped with the reason, never passed.\n"
	"\n"
	"options:\n"
	"      --root-dir DIR       look for every file (/etc/docker, unit files, TLS files,\n"
	"                           audit rules, /etc/group) under DIR instead of /\n"
	"      --docker-host HOST   daemon to audit (default: $DOCKER_HOST, then\n"
	"                           unix:///var/run/docker.sock, else this user's\n"
	"                           rootless $XDG_RUNTIME_DIR/docker.sock, else Podman's\n"
	"                           socket)\n"
	"      --include IDS        run only these checks: comma-separated ids or\n"
	"                           sections (2.2, CIS-2.2, 1.1, 3)\n"
	"      --exclude IDS        skip these checks\n" COMMON_HELP
	"\n"
	"Score as docker-bench-security: +1 for each scored (Automated) pass, -1 for\n"
	"each scored warn. The exit code follows --fail-on like every command.\n";

enum { OPT_ROOT_DIR = 1000, OPT_DOCKER_HOST, OPT_INCLUDE, OPT_EXCLUDE };

typedef struct idlist {
	char **v;
	size_t n, alloc;
} idlist;

static void split_ids(idlist *l, const char *arg)
{
	while (*arg) {
		size_t n = strcspn(arg, ", ");
		if (n)
			*BH_ARRAY_PUSH(l->v, l->n, l->alloc) = bh_strndup(arg, n);
		arg += n + (arg[n] != '\0');
	}
}

static void idlist_free(idlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
}

/* A warn whose finding the policy removed (ignore) is shown as suppressed. */
static bool finding_kept(const bh_findings *f, const bh_check *k)
{
	for (size_t i = 0; i < f->n; i++)
		if (f->items[i].rule == k->rule)
			return true;
	return false;
}

typedef struct bench_out {
	const bh_bench *b;
	const bh_findings *f;
	const bh_host_facts *h;
} bench_out;

/* Why checks were skipped, by kind, so a report says plainly what could
 * not run: not applicable here, not readable by this user, no Engine API. */
enum { SKIP_NA, SKIP_DENIED, SKIP_API, SKIP_NO_DAEMON, SKIP_OTHER, SKIP_NKINDS };

static void count_skips(const bh_bench *b, size_t out[SKIP_NKINDS])
{
	memset(out, 0, SKIP_NKINDS * sizeof *out);
	for (size_t i = 0; i < b->n; i++) {
		const bh_check *k = &b->items[i];
		if (k->status != BH_CK_SKIP)
			continue;
		if (bh_starts_with(k->detail, "not applicable"))
			out[SKIP_NA]++;
		else if (strstr(k->detail, "permission denied") || strstr(k->detail, "needs root"))
			out[SKIP_DENIED]++;
		else if (bh_starts_with(k->detail, "Engine API not reachable"))
			out[SKIP_API]++;
		else if (bh_starts_with(k->detail, "daemon configuration not visible") ||
			 bh_starts_with(k->detail, "the dockerd command line is not visible") ||
			 bh_starts_with(k->detail, "neither the "))
			out[SKIP_NO_DAEMON]++;
		else
			out[SKIP_OTHER]++;
	}
}

static const char *const skip_kind_keys[SKIP_NKINDS] = { "not_applicable", "permission_denied", "api_unreachable",
							 "daemon_not_visible", "other" };

/* What kind of host was audited and how that was decided. */
static void write_host(jsonw *w, const bh_host_facts *h)
{
	jsonw_key(w, "host");
	jsonw_obj_open(w);
	jsonw_kstr(w, "engine", h->kind == HF_PODMAN ? "podman" : "docker");
	jsonw_key(w, "rootless");
	if (h->have_process || h->api_ok || h->rootless)
		jsonw_bool(w, h->rootless);
	else
		jsonw_null(w); /* no daemon in sight: unknown */
	if (h->rootless_why)
		jsonw_kstr(w, "rootless_detail", h->rootless_why);
	if (h->rootless && h->user_name)
		jsonw_kstr(w, "user", h->user_name);
	if (h->process_note)
		jsonw_kstr(w, "process", h->process_note);
	if (h->daemon_json)
		jsonw_kstr(w, "config", h->daemon_json);
	jsonw_kstr(w, "data_root", hf_data_root(h));
	jsonw_obj_close(w);
}

/* How each running container's first process really runs (/proc), the
 * facts behind 5.4, 5.7, 5.22, 5.26 and 5.31; null where unknown. */
static void write_runtime(jsonw *w, const bh_workloads *wl)
{
	static const char *const seccomp_modes[] = { "disabled", "strict", "filter" };
	jsonw_key(w, "containers");
	jsonw_arr_open(w);
	for (size_t i = 0; i < wl->nctrs; i++) {
		const bh_container *c = &wl->ctrs[i];
		const bh_runtime *rt = &c->rt;
		jsonw_obj_open(w);
		jsonw_kstr(w, "id", c->id);
		jsonw_kstr(w, "name", c->name);
		jsonw_kint(w, "pid", c->pid);
		jsonw_key(w, "seccomp");
		if (rt->seccomp >= 0 && rt->seccomp <= 2)
			jsonw_str(w, seccomp_modes[rt->seccomp]);
		else
			jsonw_null(w);
		jsonw_key(w, "no_new_privs");
		if (rt->no_new_privs >= 0)
			jsonw_bool(w, rt->no_new_privs == 1);
		else
			jsonw_null(w);
		jsonw_key(w, "cap_eff");
		if (rt->capeff_known) {
			char hex[17];
			snprintf(hex, sizeof hex, "%016llx", (unsigned long long)rt->capeff);
			jsonw_str(w, hex);
		} else {
			jsonw_null(w);
		}
		jsonw_key(w, "user_namespace");
		if (rt->own_userns >= 0)
			jsonw_str(w, rt->own_userns ? "own" : "host");
		else
			jsonw_null(w);
		if (rt->uid_map)
			jsonw_kstr(w, "uid_map", rt->uid_map);
		if (rt->apparmor)
			jsonw_kstr(w, "apparmor", rt->apparmor);
		jsonw_kint(w, "processes", (int64_t)rt->nprocs);
		if (rt->sshd)
			jsonw_kstr(w, "sshd", rt->sshd);
		jsonw_obj_close(w);
	}
	jsonw_arr_close(w);
}

static void write_checks(jsonw *w, void *arg)
{
	const bench_out *bo = arg;
	size_t counts[BH_CK_NSTATUS] = { 0 };
	jsonw_key(w, "checks");
	jsonw_arr_open(w);
	for (size_t i = 0; i < bo->b->n; i++) {
		const bh_check *k = &bo->b->items[i];
		counts[k->status]++;
		jsonw_obj_open(w);
		jsonw_kstr(w, "id", k->id);
		jsonw_kstr(w, "rule", k->rule->id);
		jsonw_kstr(w, "title", k->rule->title);
		jsonw_kstr(w, "status", bh_check_status_name(k->status));
		jsonw_kbool(w, "scored", k->scored);
		jsonw_kstr(w, "detail", k->detail);
		if (k->path) {
			jsonw_key(w, "location");
			jsonw_obj_open(w);
			jsonw_kstr(w, "path", k->path);
			if (k->line > 0)
				jsonw_kint(w, "line", k->line);
			jsonw_obj_close(w);
		}
		if (k->evidence)
			jsonw_kstr(w, "evidence", k->evidence);
		if (k->status == BH_CK_WARN) {
			jsonw_kstr(w, "remediation", k->remediation ? k->remediation : k->rule->fix);
			if (!finding_kept(bo->f, k))
				jsonw_kbool(w, "suppressed", true);
		}
		jsonw_obj_close(w);
	}
	jsonw_arr_close(w);
	write_runtime(w, &bo->b->wl);
	write_host(w, bo->h);
	jsonw_key(w, "bench");
	jsonw_obj_open(w);
	jsonw_kstr(w, "benchmark", "CIS Docker Benchmark v1.6.0");
	jsonw_kint(w, "checks", (int64_t)bo->b->n);
	for (int s = 0; s < BH_CK_NSTATUS; s++)
		jsonw_kint(w, bh_check_status_name((bh_check_status)s), (int64_t)counts[s]);
	jsonw_kint(w, "score", bh_bench_score(bo->b));
	size_t skips[SKIP_NKINDS];
	count_skips(bo->b, skips);
	jsonw_key(w, "skipped");
	jsonw_obj_open(w);
	for (int i = 0; i < SKIP_NKINDS; i++)
		jsonw_kint(w, skip_kind_keys[i], (int64_t)skips[i]);
	jsonw_obj_close(w);
	jsonw_obj_close(w);
}

/* The summary as run-level SARIF properties. */
static void write_sarif_summary(jsonw *w, void *arg)
{
	const bench_out *bo = arg;
	size_t counts[BH_CK_NSTATUS] = { 0 };
	for (size_t i = 0; i < bo->b->n; i++)
		counts[bo->b->items[i].status]++;
	jsonw_kstr(w, "benchmark", "CIS Docker Benchmark v1.6.0");
	jsonw_kint(w, "checks", (int64_t)bo->b->n);
	for (int s = 0; s < BH_CK_NSTATUS; s++)
		jsonw_kint(w, bh_check_status_name((bh_check_status)s), (int64_t)counts[s]);
	jsonw_kint(w, "score", bh_bench_score(bo->b));
}

static void write_text(FILE *out, const bh_bench *b, const bh_findings *f, const bh_host_facts *h, bool color)
{
	static const char *const colors[] = { "\033[32m", "\033[1;31m", "\033[36m", "\033[33m", "\033[2m" };
	static const char *const labels[] = { "PASS", "WARN", "INFO", "NOTE", "SKIP" };
	size_t counts[BH_CK_NSTATUS] = { 0 };
	char section = 0;
	for (size_t i = 0; i < b->n; i++) {
		const bh_check *k = &b->items[i];
		counts[k->status]++;
		if (k->id[0] != section) {
			if (section)
				fputc('\n', out);
			section = k->id[0];
		}
		fprintf(out, "%s[%s]%s %-6s %s%s\n", color ? colors[k->status] : "", labels[k->status],
			color ? "\033[0m" : "", k->id, k->rule->title, k->scored ? "" : " (Manual)");
		fprintf(out, "       %-6s * %s", "", k->detail);
		if (k->status == BH_CK_WARN && !finding_kept(f, k))
			fputs(" (suppressed by policy)", out);
		fputc('\n', out);
		if (k->status == BH_CK_WARN && k->remediation)
			fprintf(out, "       %-6s   fix: %s\n", "", k->remediation);
	}
	fprintf(out, "\nHost: %s%s%s%s%s\n", h->kind == HF_PODMAN ? "Podman" : "Docker", h->rootless ? ", rootless" : "",
		h->have_process || h->api_ok || h->rootless ? "" : " (no daemon visible)", h->rootless_why ? " - " : "",
		h->rootless_why ? h->rootless_why : "");
	fprintf(out, "Checks: %zu (", b->n);
	for (int s = 0; s < BH_CK_NSTATUS; s++)
		fprintf(out, "%s%zu %s", s ? ", " : "", counts[s], bh_check_status_name((bh_check_status)s));
	fprintf(out, ")\n");
	size_t skips[SKIP_NKINDS];
	count_skips(b, skips);
	if (counts[BH_CK_SKIP]) {
		static const char *const what[SKIP_NKINDS] = { "not applicable on this host",
							       "not readable by this user (run as root)",
							       "Engine API not reachable", "daemon process or configuration not visible",
							       "other reasons, see each check" };
		fputs("Skipped:", out);
		for (int i = 0, n = 0; i < SKIP_NKINDS; i++)
			if (skips[i])
				fprintf(out, "%s %zu %s", n++ ? "," : "", skips[i], what[i]);
		fputc('\n', out);
	}
	fprintf(out, "Score: %d (+1 per scored pass, -1 per scored warn)\n\n", bh_bench_score(b));
}

int cmd_bench(int argc, char **argv)
{
	static const struct option longopts[] = {
		COMMON_LONG_OPTIONS,
		{ "root-dir", required_argument, NULL, OPT_ROOT_DIR },
		{ "docker-host", required_argument, NULL, OPT_DOCKER_HOST },
		{ "include", required_argument, NULL, OPT_INCLUDE },
		{ "exclude", required_argument, NULL, OPT_EXCLUDE },
		{ 0 },
	};
	common_opts co;
	common_init(&co);
	idlist include = { 0 }, exclude = { 0 };
	bh_host_facts_opts fo = { 0 };
	int opt, rc = 2;
	optind = 1;
	while ((opt = getopt_long(argc, argv, COMMON_SHORT_OPTIONS, longopts, NULL)) != -1) {
		if (opt == OPT_HELP) {
			fputs(bench_help, stdout);
			rc = 0;
			goto out;
		}
		int h = common_option(&co, opt, optarg);
		if (h < 0)
			goto out;
		if (h)
			continue;
		switch (opt) {
		case OPT_ROOT_DIR: fo.root_dir = optarg; break;
		case OPT_DOCKER_HOST: fo.docker_host = optarg; break;
		case OPT_INCLUDE: split_ids(&include, optarg); break;
		case OPT_EXCLUDE: split_ids(&exclude, optarg); break;
		default: fputs(bench_help, stderr); goto out;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "bulkhead bench: unexpected argument \"%s\"\n", argv[optind]);
		goto out;
	}
	if (fo.root_dir && !strcmp(fo.root_dir, "/"))
		fo.root_dir = NULL;
	if (fo.root_dir && fo.root_dir[0] != '/') {
		fprintf(stderr, "bulkhead bench: --root-dir needs an absolute path, not \"%s\"\n", fo.root_dir);
		goto out;
	}

	bh_findings f;
	bh_findings_init(&f);
	if (common_load_policy(&co, ".", &f) < 0) {
		bh_report_errors(stderr, &f);
		bh_findings_release(&f);
		goto out;
	}
	bh_host_facts facts;
	bh_host_facts_gather(&facts, &fo);
	if (co.verbose && (facts.kind_why || facts.rootless_why))
		fprintf(stderr, "bulkhead bench: %s host%s%s%s\n", facts.kind == HF_PODMAN ? "Podman" : "Docker",
			facts.rootless ? " (rootless)" : "", facts.rootless_why ? ": " : "",
			facts.rootless_why ? facts.rootless_why : "");
	if (co.verbose)
		fprintf(stderr, "bulkhead bench: %s; daemon.json %s%s; Engine API %s%s\n",
			facts.process_note ? facts.process_note : "", facts.daemon_json,
			facts.daemon_json_exists ? "" : " (absent)", facts.api_ok ? "reachable at " : "not reachable: ",
			facts.api_ok ? facts.engine.host : (facts.api_error ? facts.api_error : ""));
	if (facts.daemon_json_error)
		bh_findings_error(&f, NULL, 0, 0, "%s", facts.daemon_json_error);

	bh_bench_opts bo = {
		.policy = &co.policy,
		.include = include.v, .ninclude = include.n,
		.exclude = exclude.v, .nexclude = exclude.n,
	};
	bh_bench b;
	bh_bench_run(&facts, &bo, &b);
	bh_bench_findings(&b, &f);

	/* as common_finish, with the checks added to the text and JSON reports */
	bh_policy_apply(&co.policy, &f);
	bh_findings_sort(&f);
	for (size_t i = 0; i < f.n; i++)
		if (f.items[i].ignore_expired)
			fprintf(stderr, "bulkhead: warning: %s\n", f.items[i].ignore_expired);
	FILE *outf = stdout;
	if (co.output && !(outf = fopen(co.output, "w"))) {
		fprintf(stderr, "bulkhead: cannot write %s: %s\n", co.output, strerror(errno));
		rc = 2;
	} else {
		bh_report_opts ro = {
			.format = co.format,
			.color = !co.output && bh_want_color(outf),
			.verbose = co.verbose,
			.command = "bench",
		};
		bh_report_errors(stderr, &f);
		bench_out out = { &b, &f, &facts };
		if (co.format == BH_FORMAT_JSON) {
			bh_report_json_extra(outf, &f, &ro, write_checks, &out);
		} else if (co.format == BH_FORMAT_SARIF) {
			bh_report_sarif_extra(outf, &f, &ro, write_sarif_summary, &out);
		} else {
			if (co.format == BH_FORMAT_TEXT)
				write_text(outf, &b, &f, &facts, ro.color);
			bh_report(outf, &f, &ro);
		}
		rc = f.nerrors ? 2 : bh_findings_any_at_or_above(&f, co.fail_on) ? 1 : 0;
		if (outf != stdout && fclose(outf) != 0) {
			fprintf(stderr, "bulkhead: cannot write %s: %s\n", co.output, strerror(errno));
			rc = 2;
		}
		fflush(stdout);
	}
	bh_bench_release(&b);
	bh_host_facts_release(&facts);
	bh_findings_release(&f);
out:
	idlist_free(&include);
	idlist_free(&exclude);
	common_release(&co);
	return rc;
}
