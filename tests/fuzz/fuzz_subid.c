/* libFuzzer target: the /etc/subuid parser of rootless `bulkhead run`, asked
 * for a user by name and by uid. */
#include <stddef.h>
#include <stdint.h>

#include "runtime/subid.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	rt_subid_result r;
	if (rt_subid_find((const char *)data, size, "nobody", 65534, &r) && r.count == 0)
		__builtin_trap(); /* a found range is never empty */
	rt_subid_find((const char *)data, size, NULL, 0, &r);
	return 0;
}
