/* libFuzzer target: docker inspect output through the config loader
 * and every config rule (see fuzz_spec.h). Seeds: tests/cases/inspect. */
#include "fuzz_spec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_spec_one("inspect.json", CS_FMT_INSPECT, data, size);
}
