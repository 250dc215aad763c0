#include "image/source.h"
#include <string.h>
#include "image/imgint.h"
int bh_image_load_registry(const char *ref, const bh_image_opts *opts, const bh_source_opts *so, bh_image *img,
			   bh_image_error *err)
{
	(void)opts; (void)so; memset(img, 0, sizeof *img);
	return bh_imgerr(err, BH_IMGE_IO, "registry:%s: not yet", ref);
}
