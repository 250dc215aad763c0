/* Package inventory: which software an image or a root filesystem holds.
 *
 * For an image, the inventory rides along the single streaming pass of the
 * image loader: its content callback keeps only the files a package parser
 * needs (package databases, lock files, package metadata, os-release), each
 * under a size limit. After the load, a captured file is parsed only when the
 * final view still holds that very file (same path, written by the same
 * layer), so packages removed or replaced by a later layer do not count.
 * For a directory (an unpacked root filesystem) the same files are read from
 * disk without following symlinks. Every package keeps the path it was read
 * from and, for images, the layer that wrote it.
 *
 * Problems inside one file (a broken lock file among thousands of packages)
 * do not stop the inventory: they become diagnostics naming file and line. */
#ifndef BH_INVENTORY_H
#define BH_INVENTORY_H

#include <stdbool.h>
#include <stddef.h>

#include "image/image.h"
#include "pkg/package.h"

/* A file the inventory could not use, with the reason. line is 0 when the
 * problem is not tied to a line. */
typedef struct bh_inventory_diag {
	char *path;
	int line;
	char *message;
} bh_inventory_diag;

#define BH_INVENTORY_MAX_DIAGS 1000

typedef struct bh_inv_capture bh_inv_capture;

typedef struct bh_inventory {
	bh_package_list pkgs;     /* sorted by type, name, version, purl, path */
	char *distro;             /* os-release ID ("debian"); NULL when unknown */
	char *distro_release;     /* os-release VERSION_ID ("12"); NULL when unknown */
	char *distro_name;        /* os-release PRETTY_NAME; NULL when absent */
	bh_inventory_diag *diags; /* at most BH_INVENTORY_MAX_DIAGS are kept */
	size_t ndiags, diags_alloc, diags_dropped;
	bh_inv_capture *cap;      /* files kept while an image streams */
} bh_inventory;

void bh_inventory_init(bh_inventory *inv);
void bh_inventory_release(bh_inventory *inv);

/* Fills cb with the inventory's content callback, to pass in
 * bh_image_opts.content (chain it with others by calling its functions).
 * After bh_image_load succeeded, call bh_inventory_finish_image. */
void bh_inventory_content_cb(bh_inventory *inv, bh_content_cb *cb);
void bh_inventory_finish_image(bh_inventory *inv, const bh_image *img);

/* Inventories the root filesystem at root. Returns 0, or -1 with err filled
 * when root itself cannot be read. */
int bh_inventory_scan_dir(bh_inventory *inv, const char *root, char *err, size_t errlen);

#endif
