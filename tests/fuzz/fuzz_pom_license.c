/* libFuzzer target: the pom.xml licence reader over an exact copy of the
 * input; whatever it returns is an SPDX expression or a plain name, never both. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pkg/pom_license.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *copy = malloc(size ? size : 1);
	if (!copy)
		abort();
	memcpy(copy, data, size);
	char *spdx = NULL, *names = NULL, err[300];
	int rc = bh_pom_licenses(copy, size, &spdx, &names, err, sizeof err);
	if ((spdx && names) || (rc != 0 && (spdx || names)) || (rc != 0 && !memchr(err, 0, sizeof err)))
		__builtin_trap();
	if (names && strlen(names) > (size_t)BH_POM_MAX_LICENSES * (BH_POM_MAX_TEXT + 2))
		__builtin_trap();
	free(spdx);
	free(names);
	free(copy);
	return 0;
}
