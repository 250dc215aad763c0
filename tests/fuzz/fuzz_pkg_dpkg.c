/* libFuzzer target: the dpkg status parser and the debian/copyright licence
 * reader over the same bytes (see fuzz_pkg.h). */
#include "fuzz_pkg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_pkg_run(bh_pkg_parse_dpkg, data, size);
	char *copy = malloc(size ? size : 1);
	if (!copy)
		abort();
	memcpy(copy, data, size);
	free(bh_pkg_dpkg_copyright_license(copy, size));
	char *id = NULL, *ver = NULL, *pretty = NULL;
	bh_pkg_parse_os_release(copy, size, &id, &ver, &pretty);
	free(id);
	free(ver);
	free(pretty);
	free(copy);
	return 0;
}
