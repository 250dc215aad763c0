/* libFuzzer target: the pom.xml reader over an exact copy of the input;
 * the licences are an SPDX expression or a plain name, never both, and a
 * coordinate is never left holding an unresolved ${reference}. */
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
	char err[300];
	bh_pom pom;
	int rc = bh_pom_read(copy, size, &pom, err, sizeof err);
	if ((pom.spdx && pom.names) || (rc != 0 && (pom.spdx || pom.names)) || (rc != 0 && !memchr(err, 0, sizeof err)))
		__builtin_trap();
	if (pom.names && strlen(pom.names) > (size_t)BH_POM_MAX_LICENSES * (BH_POM_MAX_TEXT + 2))
		__builtin_trap();
	const char *coords[] = { pom.group, pom.artifact, pom.version };
	for (int i = 0; i < 3; i++)
		if (coords[i] && (strstr(coords[i], "${") || !*coords[i] || strlen(coords[i]) > BH_POM_MAX_TEXT))
			__builtin_trap();
	bh_pom_release(&pom);
	free(copy);
	return 0;
}
