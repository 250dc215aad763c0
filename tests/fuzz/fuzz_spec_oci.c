/* libFuzzer target: an OCI runtime config.json through the config loader
 * and every config rule (see fuzz_spec.h). Seeds: tests/cases/oci. */
#include "fuzz_spec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_spec_one("config.json", CS_FMT_OCI, data, size);
}
