/* libFuzzer target: Gemfile.lock and installed .gemspec parsers over the
 * same bytes (see fuzz_pkg.h). */
#include "fuzz_pkg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_pkg_run(bh_pkg_parse_gemfile_lock, data, size);
	fuzz_pkg_run(bh_pkg_parse_gemspec, data, size);
	return 0;
}
