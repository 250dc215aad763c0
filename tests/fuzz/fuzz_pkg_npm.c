/* libFuzzer target: package-lock.json and node_modules package.json
 * parsers over the same bytes (see fuzz_pkg.h). */
#include "fuzz_pkg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_pkg_run(bh_pkg_parse_npm_lock, data, size);
	fuzz_pkg_run(bh_pkg_parse_npm_package, data, size);
	return 0;
}
