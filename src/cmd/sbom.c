/* bulkhead sbom: the package inventory of an image or a root filesystem as a
 * CycloneDX 1.5 or SPDX 2.3 JSON document. */
#include "cmd/cmd.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "image/image.h"
#include "pkg/inventory.h"
#include "pkg/sbom.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static const char sbom_help[] =
	"usage: bulkhead sbom [options] IMAGE\n"
	"       bulkhead sbom [options] --fs DIR\n"
	"\n"
	"Lists the packages installed in a container image (a docker save archive,\n"
	"or an OCI image layout as a directory or tar) or in a root filesystem, and\n"
	"writes them as a software bill of materials.\n"
	"\n"
	"options:\n"
	"      --fs DIR          inventory the root filesystem at DIR instead of an image\n"
	"  -f, --format FMT      cyclonedx (CycloneDX 1.5 JSON, default) or spdx (SPDX 2.3 JSON)\n"
	"  -o, --output FILE     write the document to FILE instead of standard output\n"
	"      --platform P      os/arch[/variant] to pick from a multi-platform image\n"
	"                        (default linux/amd64)\n"
	"      --ref TAG         the image tagged TAG in an archive or layout holding several\n"
	"                        (default: the first)\n"
	"  -q, --quiet           do not print warnings about files that could not be read\n"
	"  -h, --help            show this help\n"
	"\n"
	"The document's timestamp is the current time, or SOURCE_DATE_EPOCH when set.\n"
	"Exit codes: 0 written, 2 usage error or unreadable input.\n";

enum { OPT_FS = 1000, OPT_PLATFORM, OPT_REF };

static void timestamp_now(char out[32])
{
	time_t t = time(NULL);
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	if (sde && *sde) {
		char *end;
		errno = 0;
		long long v = strtoll(sde, &end, 10);
		if (!errno && !*end && v >= 0)
			t = (time_t)v;
	}
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static int write_output(const char *path, const strbuf *doc)
{
	FILE *f = path ? fopen(path, "w") : stdout;
	if (!f) {
		fprintf(stderr, "bulkhead: %s: cannot write: %s\n", path, strerror(errno));
		return -1;
	}
	bool ok = fwrite(doc->buf, 1, doc->len, f) == doc->len;
	ok = (path ? fclose(f) == 0 : fflush(f) == 0) && ok;
	if (!ok) {
		fprintf(stderr, "bulkhead: %s: write failed: %s\n", path ? path : "standard output", strerror(errno));
		return -1;
	}
	return 0;
}

int cmd_sbom(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "fs", required_argument, NULL, OPT_FS },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "platform", required_argument, NULL, OPT_PLATFORM },
		{ "ref", required_argument, NULL, OPT_REF },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *fs_dir = NULL, *output = NULL, *platform = NULL, *ref = NULL;
	bool quiet = false;
	bh_sbom_format fmt = BH_SBOM_CYCLONEDX;
	int opt;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "f:o:qh", longopts, NULL)) != -1) {
		switch (opt) {
		case 'h': fputs(sbom_help, stdout); return 0;
		case OPT_FS: fs_dir = optarg; break;
		case 'o': output = optarg; break;
		case 'q': quiet = true; break;
		case OPT_PLATFORM: platform = optarg; break;
		case OPT_REF: ref = optarg; break;
		case 'f':
			if (!bh_sbom_format_parse(optarg, &fmt)) {
				fprintf(stderr, "bulkhead: unknown SBOM format \"%s\" (expected cyclonedx or spdx)\n", optarg);
				return 2;
			}
			break;
		default: fputs(sbom_help, stderr); return 2;
		}
	}
	int npos = argc - optind;
	if ((fs_dir && npos != 0) || (!fs_dir && npos != 1)) {
		fputs("bulkhead sbom: give exactly one IMAGE, or --fs DIR\n", stderr);
		fputs(sbom_help, stderr);
		return 2;
	}

	bh_inventory inv;
	bh_inventory_init(&inv);
	bh_sbom_subject subj = { 0 };
	char ts[32];
	timestamp_now(ts);
	subj.timestamp = ts;
	char *digest = NULL;
	int rc = 2;
	if (fs_dir) {
		char err[512];
		if (bh_inventory_scan_dir(&inv, fs_dir, err, sizeof err) != 0) {
			fprintf(stderr, "bulkhead: %s\n", err);
			goto out;
		}
		subj.name = fs_dir;
	} else {
		const char *path = argv[optind];
		bh_content_cb cb;
		bh_inventory_content_cb(&inv, &cb);
		bh_image_opts opts = { .platform = platform, .ref = ref, .content = &cb };
		bh_image img;
		bh_image_error ierr;
		if (bh_image_load(path, &opts, &img, &ierr) != 0) {
			fprintf(stderr, "bulkhead: %s: %s: %s\n", path, bh_image_errname(ierr.code), ierr.message);
			goto out;
		}
		bh_inventory_finish_image(&inv, &img);
		if (img.config.digest)
			digest = bh_strdup(img.config.digest);
		bh_image_release(&img);
		subj.name = path;
		subj.is_image = true;
		subj.digest = digest;
	}
	if (!quiet) {
		for (size_t i = 0; i < inv.ndiags; i++) {
			const bh_inventory_diag *d = &inv.diags[i];
			if (d->line)
				fprintf(stderr, "bulkhead: warning: %s:%d: %s\n", d->path, d->line, d->message);
			else
				fprintf(stderr, "bulkhead: warning: %s: %s\n", d->path, d->message);
		}
		if (inv.diags_dropped)
			fprintf(stderr, "bulkhead: warning: %zu more warnings not shown\n", inv.diags_dropped);
	}
	strbuf doc = STRBUF_INIT;
	bh_sbom_write(&doc, fmt, &subj, &inv);
	rc = write_output(output, &doc) == 0 ? 0 : 2;
	strbuf_release(&doc);
out:
	free(digest);
	bh_inventory_release(&inv);
	return rc;
}
