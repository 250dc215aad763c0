/* libFuzzer target: Java archives (zip, nested archives, pom.properties,
 * MANIFEST.MF) read from memory (see fuzz_pkg.h). */
#include "fuzz_pkg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_pkg_run(bh_pkg_parse_jar, data, size);
	return 0;
}
