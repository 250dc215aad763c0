/* libFuzzer target: licence expressions and name lists (as npm, apk, PyPI
 * and debian/copyright write them) and package URL encoding. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pkg/license.h"
#include "pkg/purl.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		abort();
	memcpy(s, data, size);
	s[size] = 0;
	char *e = bh_license_expr(s);
	if (e) {
		/* A normalised expression normalises to itself. */
		char *again = bh_license_expr(e);
		if (!again || strcmp(again, e) != 0)
			__builtin_trap();
		free(again);
	}
	free(e);
	bh_license_set set = { 0 };
	bh_license_set_add_names(&set, s);
	free(bh_license_set_join(&set));
	bh_license_set_free(&set);
	free(bh_purl("generic", s, s, s, (const char *[]){ "k", s, NULL }));
	free(s);
	return 0;
}
