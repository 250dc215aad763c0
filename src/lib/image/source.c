/* bh_image_open: one entry point for every way to name an image. */
#include "image/source.h"

#include <string.h>

#include "core/util.h"

int bh_image_open(const char *ref, const bh_image_opts *opts, const bh_source_opts *so, bh_image *img,
		  bh_image_error *err)
{
	if (bh_starts_with(ref, "docker:"))
		return bh_image_load_daemon(ref + 7, opts, so, img, err);
	if (bh_starts_with(ref, "registry:"))
		return bh_image_load_registry(ref + 9, opts, so, img, err);
	/* skopeo-style prefixes for files, for people used to them */
	if (bh_starts_with(ref, "docker-archive:"))
		ref += 15;
	else if (bh_starts_with(ref, "oci-archive:"))
		ref += 12;
	else if (bh_starts_with(ref, "oci:"))
		ref += 4;
	return bh_image_load(ref, opts, img, err);
}
