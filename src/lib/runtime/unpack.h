/* Unpacks an image's final filesystem view into a directory for `bulkhead run`.
 *
 * Two passes over the image. The first builds the view (bh_image_load: limits,
 * whiteouts, anomalies, every hostile path already judged) and creates each
 * directory, symlink, fifo and an empty file for each regular file. The
 * second streams the layers again with a content callback and writes a
 * file's bytes only when the (layer, path) it sees is the one the view kept,
 * so a file a later layer deletes or replaces is never written, whatever the
 * archive order. Hard links, ownership and modes come last.
 *
 * Every path is opened relative to the root directory's descriptor with
 * openat2(RESOLVE_IN_ROOT | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS), and
 * the last component with O_NOFOLLOW / *at calls: a symlink in the image is
 * created but never followed, so nothing is written outside the root. Device
 * files are skipped; setuid/setgid bits are dropped unless keep_setuid. */
#ifndef BH_RT_UNPACK_H
#define BH_RT_UNPACK_H

#include <stdbool.h>
#include <stddef.h>

#include "image/image.h"

typedef struct rt_unpack_opts {
	const bh_image_limits *limits;
	bool keep_setuid;
	bool finish;         /* owners shifted by id_shift (needs root) and modes; off for --dry-run */
	unsigned id_shift;   /* container uid/gid N is host N + id_shift; ids above 65535 become 65534 */
	size_t skipped_devices; /* out */
	size_t skipped_links;   /* out: hard links to nothing, a device or a directory */
} rt_unpack_opts;

/* Loads ref (as `bulkhead scan` names images) into img and unpacks it below
 * rootfd. 0, or -1 with a message in err. */
int rt_unpack_image(const char *ref, int rootfd, rt_unpack_opts *o, bh_image *img, char *err, size_t errlen);

/* Rootless: after an unpack without finish (every file the invoking user's),
 * run as root of the container's user namespace, where container ids
 * 0..mapped-1 exist: sets each owner (one outside the mapping becomes root)
 * and mode. 0, or -1 with a message in err. */
int rt_unpack_owners(const bh_image *img, int rootfd, rt_unpack_opts *o, unsigned mapped, char *err, size_t errlen);
/* How many entries rt_unpack_owners gives to root because their owner is not mapped. */
size_t rt_unpack_unmapped(const bh_image *img, unsigned mapped);

/* Opens path below rootfd without following any symlink; -1 with errno. */
int rt_open_nofollow(int rootfd, const char *path, int flags, unsigned mode);

/* Removes dir and everything below it without following symlinks or
 * crossing mount points. 0 or -1. */
int rt_remove_tree(const char *dir);

#endif
