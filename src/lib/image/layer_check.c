/* A layer's digest checks: the blob digest over the bytes as stored, the
 * diff id over the uncompressed tar. Normally run as soon as the layer has
 * been read; the last layer's may be left running (bh_image_opts
 * defer_last_digest) so that the scan of the image overlaps with the end of
 * the hashing, and bh_image_verify() then finishes them. */
#include <string.h>

#include "core/util.h"
#include "image/imgint.h"

void bh_layer_check_free(bh_layer_check *c)
{
	/* the threads still use the hashers: join them first */
	bh_hashpipe_free(c->raw_pipe);
	bh_hashpipe_free(c->plain_pipe);
	bh_hasher_free(c->raw_hash);
	bh_hasher_free(c->plain_hash);
	free(c->what);
	memset(c, 0, sizeof *c);
}

int bh_layer_check_run(bh_layer_check *c, bh_image_error *err)
{
	bh_hashpipe_free(c->raw_pipe);
	bh_hashpipe_free(c->plain_pipe);
	c->raw_pipe = c->plain_pipe = NULL;
	int rc = 0;
	char got[129], raw_got[129] = "";
	if (c->raw_hash) {
		bh_hasher_final(c->raw_hash, got);
		c->raw_hash = NULL;
		memcpy(raw_got, got, sizeof got);
		if (strcmp(got, c->blob.hex))
			rc = bh_imgerr(err, BH_IMGE_DIGEST_MISMATCH, "%s: content hashes to %s:%s, the manifest says %s:%s",
				       c->what, c->blob.alg, got, c->blob.alg, c->blob.hex);
	}
	if (rc == 0 && c->plain_hash) {
		if (c->one_hash) {
			memcpy(got, raw_got, sizeof got);
			bh_hasher_free(c->plain_hash);
		} else {
			bh_hasher_final(c->plain_hash, got);
		}
		c->plain_hash = NULL;
		if (strcmp(got, c->diff.hex))
			rc = bh_imgerr(err, BH_IMGE_DIGEST_MISMATCH,
				       "%s: uncompressed content hashes to %s:%s, the config's diff_id is %s:%s", c->what,
				       c->diff.alg, got, c->diff.alg, c->diff.hex);
	}
	if (rc == 0 && c->expect_size >= 0 && (uint64_t)c->expect_size != c->raw_bytes)
		rc = bh_imgerr(err, BH_IMGE_SIZE_MISMATCH, "%s: %llu bytes, the manifest says %lld", c->what,
			       (unsigned long long)c->raw_bytes, (long long)c->expect_size);
	bh_layer_check_free(c);
	return rc;
}

int bh_image_verify(bh_image *img, bh_image_error *err)
{
	int rc = 0;
	for (size_t i = 0; i < img->npending; i++) {
		if (rc == 0)
			rc = bh_layer_check_run(&img->pending[i], err);
		else
			bh_layer_check_free(&img->pending[i]);
	}
	free(img->pending);
	img->pending = NULL;
	img->npending = 0;
	return rc;
}
