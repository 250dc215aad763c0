/* libFuzzer target: the apk package parser (see fuzz_pkg.h). */
#include "fuzz_pkg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_pkg_run(bh_pkg_parse_apk, data, size);
	return 0;
}
