/* The image checks behind `bulkhead scan`: rules over a loaded bh_image.
 *
 * Two halves. The collector is a content callback (image.h) that looks at
 * every regular file of every layer while the loader streams it: secrets in
 * contents, typed credential files, /etc/os-release. It keeps only what it
 * found, never the files. bh_scan_image then runs the rules over the image's
 * config, its final filesystem view, its anomalies and what the collector
 * found, and reports findings. The package inventory and the vulnerability
 * match are not part of this library: `bulkhead scan` runs the inventory's
 * content callback next to the collector's in the same pass (src/cmd/scan.c);
 * BH_SCAN_PKG and BH_SCAN_VULN only name them here. */
#ifndef BH_IMAGE_SCAN_H
#define BH_IMAGE_SCAN_H

#include <stdbool.h>
#include <time.h>

#include "core/finding.h"
#include "core/policy.h"
#include "image/image.h"

enum {
	BH_SCAN_CONFIG = 1 << 0, /* config, history, age, end-of-life OS */
	BH_SCAN_SECRET = 1 << 1, /* contents and credential files of every layer */
	BH_SCAN_FS = 1 << 2,     /* permissions, setuid, leftovers, minimal image */
	BH_SCAN_PKG = 1 << 3,    /* package inventory (pkg/inventory.h); bulkhead scan runs it */
	BH_SCAN_VULN = 1 << 4,   /* known vulnerabilities of those packages (vuln/match.h) */
	BH_SCAN_ALL = BH_SCAN_CONFIG | BH_SCAN_SECRET | BH_SCAN_FS | BH_SCAN_PKG | BH_SCAN_VULN,
};

/* Parses "config,secret,fs,pkg,vuln"; false (with the bad word in *bad) on an unknown name. */
bool bh_scan_parse_scanners(const char *list, unsigned *out, const char **bad, size_t *badlen);

typedef struct bh_scan_collector bh_scan_collector;

bh_scan_collector *bh_scan_collector_new(unsigned scanners);
/* The callback to pass in bh_image_opts.content; valid while c lives. */
const bh_content_cb *bh_scan_collector_cb(bh_scan_collector *c);
void bh_scan_collector_free(bh_scan_collector *c);

typedef struct bh_scan_opts {
	unsigned scanners;
	const bh_policy *policy; /* setuid_allow; may be NULL */
	const char *where;       /* the image as the user named it: every finding's location */
	time_t now;              /* for the image's age and end-of-life dates */
} bh_scan_opts;

void bh_scan_image(const bh_image *img, const bh_scan_collector *c, const bh_scan_opts *o, bh_findings *f);

#endif
