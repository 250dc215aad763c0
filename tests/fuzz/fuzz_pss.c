/* libFuzzer target: Pod Security Standards evaluation at both levels over
 * arbitrary YAML/JSON. Every input must end in findings or input errors. */
#include <stddef.h>
#include <stdint.h>

#include "core/finding.h"
#include "spec/pss.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const cs_pss_level levels[] = { CS_PSS_BASELINE, CS_PSS_RESTRICTED };
	for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++) {
		bh_findings f;
		bh_findings_init(&f);
		int rc = cs_pss_check("fuzz.yaml", (const char *)data, size, levels[i], &f);
		if (rc < 0 && f.nerrors == 0)
			__builtin_trap(); /* a rejected input must say why */
		bh_findings_release(&f);
	}
	return 0;
}
