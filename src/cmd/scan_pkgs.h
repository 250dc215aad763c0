/* The package side of `bulkhead scan`: running the inventory in the same
 * pass over the layers as the secret scanner, and reporting packages and
 * their vulnerabilities next to the image findings. */
#ifndef BH_CMD_SCAN_PKGS_H
#define BH_CMD_SCAN_PKGS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/finding.h"
#include "core/jsonw.h"
#include "image/image.h"
#include "pkg/inventory.h"

/* One content callback that feeds two: the image loader has a single slot.
 * A file's content goes to whichever of the two asked for it. */
typedef struct scan_fanout {
	const bh_content_cb *a, *b;
	bool want_a, want_b;
	bh_content_cb cb;
} scan_fanout;

/* a or b may be NULL; cb is then the other one's behaviour. */
void scan_fanout_init(scan_fanout *fo, const bh_content_cb *a, const bh_content_cb *b);

/* The "packages" member: the fields of a docs/vuln.md package list, so the
 * report can be fed back to `bulkhead vuln --packages`. */
void scan_write_packages(jsonw *w, const bh_package_list *pkgs);

/* The inventory's per-file problems as warnings on stderr. */
void scan_warn_inventory(const bh_inventory *inv);

/* The vulnerability findings from index `from` on name the file each package
 * was read from relative to the package list's root. For an image, they are
 * placed at the image (where, as every scan finding) and name the package's
 * file and layer in the message; for a directory, the path is joined to it. */
void scan_place_vuln_findings(bh_findings *f, size_t from, const bh_package_list *pkgs, const char *where,
			      bool image);

#endif
