/* libFuzzer target: the Go build information scanner, fed the input in
 * blocks of varying size as a layer or a file would deliver it, and the
 * parser over what it keeps and over the raw input (see fuzz_pkg.h). */
#include "fuzz_pkg.h"
#include "pkg/gobuildinfo.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_pkg_run(bh_pkg_parse_go, data, size);
	if (size < 1)
		return 0;
	size_t block = (size_t)data[0] % 61 + 1;
	bh_go_scan s;
	bh_go_scan_init(&s);
	bh_go_scan_feed(&s, "\x7f" "ELF", 4);
	for (size_t off = 1; off < size; off += block)
		bh_go_scan_feed(&s, data + off, size - off < block ? size - off : block);
	size_t n;
	char *info = bh_go_scan_take(&s, &n);
	bh_go_scan_release(&s);
	if (info) {
		if (n < 16 || n > BH_GO_MAX_INFO || memcmp(info, "\xff Go buildinf:", 14) != 0)
			__builtin_trap();
		fuzz_pkg_run(bh_pkg_parse_go, (const uint8_t *)info, n);
		free(info);
	}
	return 0;
}
