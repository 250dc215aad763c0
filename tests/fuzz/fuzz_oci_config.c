/* libFuzzer target: the OCI runtime's config.json loader, reading the input
 * as BUNDLE/config.json from a temporary bundle as `bulkhead runtime create`
 * does. Every input must load or fail with a message, never crash or hang. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/rt_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char dir[] = "/tmp/bulkhead-fuzz-oci-XXXXXX";
	if (!mkdtemp(dir))
		abort();
	char path[sizeof dir + 16];
	snprintf(path, sizeof path, "%s/config.json", dir);
	FILE *f = fopen(path, "wb");
	if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0)
		abort();
	rt_spec sp;
	rt_err e = { { 0 } };
	if (rt_spec_load(dir, &sp, &e) == 0)
		rt_spec_free(&sp);
	else if (!e.msg[0])
		abort(); /* a failure always says why */
	unlink(path);
	rmdir(dir);
	return 0;
}
