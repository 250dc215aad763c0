/* libFuzzer target: bytes as one image layer (plain, gzip or zstd tar),
 * through the layer reader, the whiteout logic and the final view, with a
 * content callback attached. Small limits keep every run fast; the
 * invariants are that errors are named and the view is consistent. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "image/image.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool begin(void *arg, int layer, const char *path, int64_t size, uint32_t mode)
{
	if (!path || layer != 0)
		__builtin_trap();
	return true;
}

static int content(void *arg, const void *buf, size_t len, uint64_t off)
{
	*(uint64_t *)arg += len;
	return 0;
}

static int visit(const bh_fs_entry *e, void *arg)
{
	if (!e->path || e->path[0] == '/' || bh_fs_lookup(arg, e->path) != e)
		__builtin_trap(); /* every walked path is relative and finds itself */
	if (e->added_layer != 0 || e->modified_layer != 0)
		__builtin_trap();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bh_image_limits lim;
	bh_image_limits_default(&lim);
	lim.max_total_bytes = 64u << 20;
	lim.max_entries = 10000;
	lim.max_meta_bytes = 8u << 20;
	uint64_t seen = 0;
	bh_content_cb cb = { begin, content, NULL, &seen };
	bh_image img;
	bh_image_error err;
	if (bh_image_load_layer_mem(data, size, &lim, &cb, &img, &err) == 0) {
		bh_fs_walk(img.fs, visit, img.fs);
		for (size_t i = 0; i < img.nanomalies; i++)
			if (!bh_anomaly_name(img.anomalies[i].kind) || !img.anomalies[i].path)
				__builtin_trap();
		bh_image_release(&img);
	} else if (err.message[0] == '\0' || !strcmp(bh_image_errname(err.code), "unknown")) {
		__builtin_trap(); /* an error must be named and say what is wrong */
	}
	return 0;
}
