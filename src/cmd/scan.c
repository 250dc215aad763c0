/* bulkhead scan: checks a container image (config, filesystem, secrets). */
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "core/util.h"
#include "image/scan.h"
#include "image/source.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char scan_help[] =
	"usage: bulkhead scan [options] IMAGE\n"
	"\n"
	"Checks a container image: its config and history, its filesystem, and the\n"
	"contents of every file in every layer for secrets. IMAGE is one of\n"
	"  docker:NAME[:TAG]             an image of the local daemon ($DOCKER_HOST)\n"
	"  registry:HOST/REPO:TAG        an image in a registry (also HOST/REPO@sha256:...)\n"
	"  PATH                          a `docker save` archive (.tar, .tar.gz) or an\n"
	"                                OCI image layout (directory or tar)\n"
	"\n"
	"options:\n"
	"      --scanners LIST        config,secret,fs (default: all)\n"
	"      --platform OS/ARCH[/VARIANT]  image of a multi-platform index (default linux/amd64)\n"
	"      --insecure-registry    plain http to the registry (always for 127.0.0.1 and localhost)\n"
	"      --max-bytes N          stop after N decompressed bytes (default 16 GiB)\n" COMMON_HELP;

enum { OPT_SCANNERS = 1000, OPT_PLATFORM, OPT_INSECURE, OPT_MAX_BYTES };

/* ---- progress on a terminal ---- */

typedef struct progress {
	bool on;
	const bh_content_cb *inner;
	bh_content_cb cb;
	int layer;
	uint64_t bytes, next;
	bool shown;
} progress;

static void progress_line(progress *p, const char *what, uint64_t bytes)
{
	fprintf(stderr, "\r\033[Kbulkhead scan: %s, %.1f MiB", what, (double)bytes / (1 << 20));
	p->shown = true;
}

static void on_source_progress(void *arg, const char *what, uint64_t bytes)
{
	progress *p = arg;
	if (p->on)
		progress_line(p, what, bytes);
}

static bool pr_begin(void *arg, int layer, const char *path, int64_t size, uint32_t mode)
{
	progress *p = arg;
	p->layer = layer;
	return p->inner->begin(p->inner->arg, layer, path, size, mode);
}

static int pr_data(void *arg, const void *buf, size_t len, uint64_t offset)
{
	progress *p = arg;
	p->bytes += len;
	if (p->bytes >= p->next) {
		char what[64];
		snprintf(what, sizeof what, "reading layer %d", p->layer + 1);
		progress_line(p, what, p->bytes);
		p->next = p->bytes + (8u << 20);
	}
	return p->inner->data(p->inner->arg, buf, len, offset);
}

static void pr_end(void *arg, bool complete)
{
	progress *p = arg;
	p->inner->end(p->inner->arg, complete);
}

static void progress_done(progress *p)
{
	if (p->shown)
		fputs("\r\033[K", stderr);
}

/* ---- the command ---- */

int cmd_scan(int argc, char **argv)
{
	static const struct option longopts[] = {
		COMMON_LONG_OPTIONS,
		{ "scanners", required_argument, NULL, OPT_SCANNERS },
		{ "platform", required_argument, NULL, OPT_PLATFORM },
		{ "insecure-registry", no_argument, NULL, OPT_INSECURE },
		{ "max-bytes", required_argument, NULL, OPT_MAX_BYTES },
		{ 0 },
	};
	common_opts co;
	common_init(&co);
	unsigned scanners = BH_SCAN_ALL;
	const char *platform = NULL;
	bh_source_opts so = { 0 };
	bh_image_limits lim;
	bh_image_limits_default(&lim);
	int opt, rc = 2;
	optind = 1;
	while ((opt = getopt_long(argc, argv, COMMON_SHORT_OPTIONS, longopts, NULL)) != -1) {
		if (opt == OPT_HELP) {
			fputs(scan_help, stdout);
			rc = 0;
			goto out;
		}
		int h = common_option(&co, opt, optarg);
		if (h < 0)
			goto out;
		if (h)
			continue;
		if (opt == OPT_SCANNERS) {
			const char *bad;
			size_t badlen;
			if (!bh_scan_parse_scanners(optarg, &scanners, &bad, &badlen)) {
				fprintf(stderr, "bulkhead: unknown scanner \"%.*s\" (expected config, secret, fs)\n",
					(int)badlen, bad);
				goto out;
			}
		} else if (opt == OPT_PLATFORM) {
			platform = optarg;
		} else if (opt == OPT_INSECURE) {
			so.insecure_registry = true;
		} else if (opt == OPT_MAX_BYTES) {
			char *end;
			unsigned long long v = strtoull(optarg, &end, 10);
			if (end == optarg || *end || v == 0) {
				fprintf(stderr, "bulkhead: --max-bytes expects a positive number of bytes\n");
				goto out;
			}
			lim.max_total_bytes = v;
		} else {
			fputs(scan_help, stderr);
			goto out;
		}
	}
	if (argc - optind != 1) {
		fprintf(stderr, "bulkhead scan: expected one IMAGE\n\n");
		fputs(scan_help, stderr);
		goto out;
	}
	const char *ref = argv[optind];

	bh_findings f;
	bh_findings_init(&f);
	/* Policies are found from the working directory: an image has no place on disk. */
	if (common_load_policy(&co, ".", &f) < 0) {
		bh_report_errors(stderr, &f);
		bh_findings_release(&f);
		goto out;
	}
	/* The package inventory (src/lib/pkg, `--scanners pkg` to come) plugs in
	 * here: its content callback runs next to the collector's in this same
	 * pass over the layers, and its packages go to bh_scan_image's caller. */
	bh_scan_collector *col = bh_scan_collector_new(scanners);
	progress pr = { .on = isatty(STDERR_FILENO), .inner = bh_scan_collector_cb(col), .next = 8u << 20 };
	pr.cb = (bh_content_cb){ pr_begin, pr_data, pr_end, &pr };
	so.progress = on_source_progress;
	so.progress_arg = &pr;
	bh_image_opts io = {
		.platform = platform,
		.limits = &lim,
		.content = pr.on ? &pr.cb : bh_scan_collector_cb(col),
	};
	bh_image img;
	bh_image_error err;
	if (bh_image_open(ref, &io, &so, &img, &err) < 0) {
		progress_done(&pr);
		bh_findings_error(&f, ref, 0, 0, "%s: %s", bh_image_errname(err.code), err.message);
	} else {
		progress_done(&pr);
		bh_scan_opts sopt = { .scanners = scanners, .policy = &co.policy, .where = ref, .now = time(NULL) };
		bh_scan_image(&img, col, &sopt, &f);
		bh_image_release(&img);
	}
	bh_scan_collector_free(col);
	rc = common_finish(&co, &f, "scan");
	bh_findings_release(&f);
out:
	common_release(&co);
	return rc;
}
