/* bulkhead scan: checks a container image (config, filesystem, secrets,
 * packages and their known vulnerabilities), a root filesystem or an SBOM. */
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cmd/scan_pkgs.h"
#include "cmd/vuln_opts.h"
#include "core/util.h"
#include "image/scan.h"
#include "image/source.h"
#include "pkg/inventory.h"
#include "vuln/pkg_input.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char scan_help[] =
	"usage: bulkhead scan [options] IMAGE\n"
	"       bulkhead scan [options] --fs DIR\n"
	"       bulkhead scan [options] --sbom FILE\n"
	"\n"
	"Checks a container image: its config and history, its filesystem, the\n"
	"contents of every file in every layer for secrets, its installed packages and\n"
	"their known vulnerabilities, all in one pass over the layers. IMAGE is one of\n"
	"  docker:NAME[:TAG]             an image of the local daemon ($DOCKER_HOST)\n"
	"  registry:HOST/REPO:TAG        an image in a registry (also HOST/REPO@sha256:...)\n"
	"  PATH                          a `docker save` archive (.tar, .tar.gz) or an\n"
	"                                OCI image layout (directory or tar)\n"
	"--fs DIR inventories an unpacked root filesystem and matches its packages;\n"
	"--sbom FILE matches the packages of a CycloneDX or SPDX JSON SBOM.\n"
	"\n"
	"options:\n"
	"      --scanners LIST    config,secret,fs,pkg,vuln (default: all that can run;\n"
	"                         vuln is skipped with a note when there is no database)\n"
	"      --fs DIR           scan the root filesystem at DIR (scanners pkg, vuln)\n"
	"      --sbom FILE        scan the packages of an SBOM (scanner vuln)\n"
	"      --platform OS/ARCH[/VARIANT]  image of a multi-platform index (default linux/amd64)\n"
	"      --insecure-registry    plain http to the registry (always for 127.0.0.1 and localhost)\n"
	"      --max-bytes N      stop after N decompressed bytes (default 16 GiB)\n"
	VULN_HELP COMMON_HELP
	"\n"
	"The JSON report adds \"packages\" (scanner pkg) and \"vulnerabilities\"\n"
	"(scanner vuln) to the findings. A policy ignore entry whose rule is a\n"
	"vulnerability id (CVE-..., GHSA-...) suppresses that vulnerability.\n";

enum { OPT_SCANNERS = 1000, OPT_PLATFORM, OPT_INSECURE, OPT_MAX_BYTES, OPT_FS, OPT_SBOM };

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

/* ---- packages and vulnerabilities ---- */

typedef struct scan_pkgs {
	unsigned scanners;
	bh_package_list *pkgs;
	bh_vuln_matches *m;
	bool matched;
} scan_pkgs;

static void write_pkgs(jsonw *w, void *arg)
{
	scan_pkgs *sp = arg;
	if ((sp->scanners & BH_SCAN_PKG) && sp->pkgs)
		scan_write_packages(w, sp->pkgs);
	if (sp->matched) {
		jsonw_key(w, "vulnerabilities");
		bh_vuln_matches_json(w, sp->m, sp->pkgs);
	}
}

/* Whether the vuln scanner can run. With no database file it is skipped with
 * a note, unless it was asked for by name: then it is an error. */
static int vuln_available(const vuln_opts *vo, unsigned *scanners, bool explicit)
{
	if (!(*scanners & BH_SCAN_VULN))
		return 0;
	char *path = vuln_db_path(vo);
	int rc = 0;
	if (access(path, F_OK) != 0 && errno == ENOENT) {
		if (explicit) {
			fprintf(stderr, "bulkhead: no vulnerability database at %s; build one with `bulkhead db update` "
					"or `bulkhead db import`, or name one with --db\n", path);
			rc = -1;
		} else {
			fprintf(stderr, "bulkhead: note: no vulnerability database at %s, so no vulnerability scan; "
					"build one with `bulkhead db update` (or name one with --db)\n", path);
			*scanners &= ~(unsigned)BH_SCAN_VULN;
		}
	}
	free(path);
	return rc;
}

/* Matches pkgs and places the findings (see scan_place_vuln_findings). */
static void run_vuln(scan_pkgs *sp, const vuln_opts *vo, bh_findings *f, const char *where, int place, bool verbose)
{
	if (!(sp->scanners & BH_SCAN_VULN))
		return;
	size_t before = f->n;
	if (bh_vuln_scan_packages(vo->db, sp->pkgs, &vo->match, sp->m, f) < 0)
		return;
	sp->matched = true;
	if (place >= 0)
		scan_place_vuln_findings(f, before, sp->pkgs, where, place == 1);
	if (sp->m->unmatchable && verbose)
		fprintf(stderr, "bulkhead: %zu package(s) could not be matched (no distribution release, or a type "
				"without a vulnerability source)\n", sp->m->unmatchable);
}

static void note_inventory(const bh_inventory *inv, bool verbose)
{
	scan_warn_inventory(inv);
	if (verbose)
		fprintf(stderr, "bulkhead: %zu package(s)%s%s%s%s\n", inv->pkgs.n, inv->distro ? " on " : "",
			inv->distro ? inv->distro : "", inv->distro_release ? " " : "",
			inv->distro_release ? inv->distro_release : "");
}

/* ---- the command ---- */

/* Forgets what a scan found (findings, inventory, matches): used when the
 * image turns out not to be what its digests say. */
static void discard_results(bh_findings *f, bh_inventory *inv, bh_vuln_matches *m)
{
	bh_findings_release(f);
	bh_findings_init(f);
	bh_inventory_release(inv);
	bh_inventory_init(inv);
	bh_vuln_matches_free(m);
	memset(m, 0, sizeof *m);
}

int cmd_scan(int argc, char **argv)
{
	static const struct option longopts[] = {
		COMMON_LONG_OPTIONS,
		VULN_LONG_OPTIONS,
		{ "scanners", required_argument, NULL, OPT_SCANNERS },
		{ "platform", required_argument, NULL, OPT_PLATFORM },
		{ "insecure-registry", no_argument, NULL, OPT_INSECURE },
		{ "max-bytes", required_argument, NULL, OPT_MAX_BYTES },
		{ "fs", required_argument, NULL, OPT_FS },
		{ "sbom", required_argument, NULL, OPT_SBOM },
		{ 0 },
	};
	common_opts co;
	common_init(&co);
	vuln_opts vo;
	vuln_opts_init(&vo);
	unsigned scanners = BH_SCAN_ALL;
	bool scanners_set = false;
	const char *platform = NULL, *fs_dir = NULL, *sbom = NULL;
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
		if (!h)
			h = vuln_option(&vo, opt, optarg);
		if (h < 0)
			goto out;
		if (h)
			continue;
		if (opt == OPT_SCANNERS) {
			const char *bad;
			size_t badlen;
			if (!bh_scan_parse_scanners(optarg, &scanners, &bad, &badlen)) {
				fprintf(stderr, "bulkhead: unknown scanner \"%.*s\" (expected config, secret, fs, pkg, vuln)\n",
					(int)badlen, bad);
				goto out;
			}
			scanners_set = true;
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
		} else if (opt == OPT_FS) {
			fs_dir = optarg;
		} else if (opt == OPT_SBOM) {
			sbom = optarg;
		} else {
			fputs(scan_help, stderr);
			goto out;
		}
	}
	if ((fs_dir || sbom) ? (argc != optind || (fs_dir && sbom)) : argc - optind != 1) {
		fprintf(stderr, "bulkhead scan: expected one IMAGE, or --fs DIR, or --sbom FILE\n\n");
		fputs(scan_help, stderr);
		goto out;
	}
	/* A root filesystem has no image config or layers, an SBOM only packages. */
	unsigned can = sbom ? BH_SCAN_VULN : fs_dir ? BH_SCAN_PKG | BH_SCAN_VULN : BH_SCAN_ALL;
	if (scanners & ~can) {
		if (scanners_set) {
			fprintf(stderr, "bulkhead scan: %s runs only the %s scanner%s\n", sbom ? "--sbom" : "--fs",
				sbom ? "vuln" : "pkg and vuln", sbom ? "" : "s");
			goto out;
		}
		scanners &= can;
	}
	if (vuln_available(&vo, &scanners, scanners_set || sbom) < 0)
		goto out;
	if (!scanners) {
		fprintf(stderr, "bulkhead scan: no scanner left to run\n");
		goto out;
	}
	const char *where = sbom ? sbom : fs_dir ? fs_dir : argv[optind];

	bh_findings f;
	bh_findings_init(&f);
	/* Policies are found from the working directory for an image (it has no
	 * place on disk), from the directory or the SBOM's place otherwise. */
	if (common_load_policy(&co, (sbom || fs_dir) ? where : ".", &f) < 0) {
		bh_report_errors(stderr, &f);
		bh_findings_release(&f);
		goto out;
	}
	vuln_opts_prepare(&vo, &co.policy, &f);
	if (f.nerrors) {
		bh_report_errors(stderr, &f);
		bh_findings_release(&f);
		goto out;
	}
	bh_inventory inv;
	bh_inventory_init(&inv);
	bh_package_list sbom_pkgs = { 0 };
	bh_vuln_matches m = { 0 };
	scan_pkgs sp = { .scanners = scanners, .pkgs = &inv.pkgs, .m = &m };
	bool want_inv = scanners & (BH_SCAN_PKG | BH_SCAN_VULN);

	if (sbom) {
		sp.pkgs = &sbom_pkgs;
		if (bh_packages_load(sbom, BH_PKGS_SBOM, &sbom_pkgs, &f) == 0 && !f.nerrors)
			run_vuln(&sp, &vo, &f, where, -1, co.verbose);
	} else if (fs_dir) {
		char err[512];
		if (bh_inventory_scan_dir(&inv, fs_dir, err, sizeof err) != 0) {
			bh_findings_error(&f, fs_dir, 0, 0, "%s", err);
		} else {
			note_inventory(&inv, co.verbose);
			run_vuln(&sp, &vo, &f, where, 0, co.verbose);
		}
	} else {
		/* The inventory runs in the same pass over the layers as the
		 * secret scanner: one content callback feeds both. */
		bh_scan_collector *col = bh_scan_collector_new(scanners);
		bh_content_cb inv_cb;
		bh_inventory_content_cb(&inv, &inv_cb);
		scan_fanout fo;
		scan_fanout_init(&fo, bh_scan_collector_cb(col), want_inv ? &inv_cb : NULL);
		progress pr = { .on = isatty(STDERR_FILENO), .inner = &fo.cb, .next = 8u << 20 };
		pr.cb = (bh_content_cb){ pr_begin, pr_data, pr_end, &pr };
		so.progress = on_source_progress;
		so.progress_arg = &pr;
		bh_image_opts io = {
			.platform = platform,
			.limits = &lim,
			.content = pr.on ? &pr.cb : &fo.cb,
			.defer_last_digest = true, /* checked below, before anything is reported */
		};
		bh_image img;
		bh_image_error err;
		if (bh_image_open(where, &io, &so, &img, &err) < 0) {
			progress_done(&pr);
			bh_findings_error(&f, where, 0, 0, "%s: %s", bh_image_errname(err.code), err.message);
		} else {
			progress_done(&pr);
			bh_scan_opts sopt = { .scanners = scanners, .policy = &co.policy, .where = where, .now = time(NULL) };
			bh_scan_image(&img, col, &sopt, &f);
			if (want_inv) {
				bh_inventory_finish_image(&inv, &img);
				run_vuln(&sp, &vo, &f, where, 1, co.verbose);
			}
			/* The last layer was hashed while the image was scanned: a
			 * mismatch voids every result, as a failed load does, and
			 * nothing read from the image is shown before this. */
			if (bh_image_verify(&img, &err) < 0) {
				discard_results(&f, &inv, &m);
				bh_findings_error(&f, where, 0, 0, "%s: %s", bh_image_errname(err.code), err.message);
			} else if (want_inv) {
				note_inventory(&inv, co.verbose);
			}
			bh_image_release(&img);
		}
		bh_scan_collector_free(col);
	}
	rc = vuln_finish(&co, &f, "scan", write_pkgs, &sp);
	bh_vuln_matches_free(&m);
	bh_package_list_free(&sbom_pkgs);
	bh_inventory_release(&inv);
	bh_findings_release(&f);
out:
	vuln_opts_release(&vo);
	common_release(&co);
	return rc;
}
