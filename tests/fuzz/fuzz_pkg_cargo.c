/* libFuzzer target: the cargo package parser (see fuzz_pkg.h) and the
 * Cargo.toml licence reader over an exact copy of the input. */
#include "fuzz_pkg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_pkg_run(bh_pkg_parse_cargo_lock, data, size);
	char *copy = malloc(size ? size : 1);
	if (!copy)
		abort();
	memcpy(copy, data, size);
	char *name, *version, *license;
	if (bh_pkg_cargo_toml(copy, size, &name, &version, &license)) {
		if (!name || !version || !*name || !*version)
			__builtin_trap();
		free(name);
		free(version);
		free(license);
	}
	free(copy);
	return 0;
}
