/* libFuzzer target: Kubernetes manifests (multi-document YAML) through the config loader
 * and every config rule (see fuzz_spec.h). Seeds: tests/cases/k8s. */
#include "fuzz_spec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_spec_one("manifests.yaml", CS_FMT_K8S, data, size);
}
