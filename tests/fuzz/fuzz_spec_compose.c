/* libFuzzer target: a compose file through the config loader
 * and every config rule (see fuzz_spec.h). Seeds: tests/cases/compose. */
#include "fuzz_spec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_spec_one("docker-compose.yml", CS_FMT_COMPOSE, data, size);
}
