/* libFuzzer target: the cargo-auditable ".dep-v0" finder, fed the input in
 * blocks of varying size as a layer or a file would deliver it, then the
 * parser over what it keeps and over the raw input (see fuzz_pkg.h). The
 * block sizes must not change what is found: the same input in one block
 * gives the same section or the same reason. */
#include "fuzz_pkg.h"
#include "pkg/cargoaudit.h"

static char *find(const uint8_t *data, size_t size, size_t block, size_t *n, const char **why)
{
	bh_dep_scan s;
	bh_dep_scan_init(&s);
	for (size_t off = 0; off < size; off += block)
		bh_dep_scan_feed(&s, data + off, size - off < block ? size - off : block);
	*n = 0;
	char *sect = bh_dep_scan_take(&s, n, why);
	if (s.kept > BH_DEP_MAX_SECTION)
		__builtin_trap();
	bh_dep_scan_release(&s);
	return sect;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_pkg_run(bh_pkg_parse_cargo_auditable, data, size);
	if (size < 1)
		return 0;
	size_t block = (size_t)data[0] % 61 + 1;
	size_t n = 0, whole_n = 0;
	const char *why, *whole_why;
	char *sect = find(data + 1, size - 1, block, &n, &why);
	char *whole = find(data + 1, size - 1, size, &whole_n, &whole_why);
	if (!sect != !whole || n != whole_n || (sect && memcmp(sect, whole, n)) || !why != !whole_why ||
	    (why && strcmp(why, whole_why)))
		__builtin_trap();
	free(whole);
	if (sect) {
		if (n > BH_DEP_MAX_SECTION || why)
			__builtin_trap();
		fuzz_pkg_run(bh_pkg_parse_cargo_auditable, (const uint8_t *)sect, n);
		free(sect);
	}
	return 0;
}
