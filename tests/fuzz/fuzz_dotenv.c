/* libFuzzer target: the .env reader compose interpolation uses. Whatever the
 * bytes, the result is variables or errors naming a line, never a crash. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/finding.h"
#include "spec/dotenv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cs_dotenv e = { 0 };
	bh_findings f;
	bh_findings_init(&f);
	int rc = cs_dotenv_parse("fuzz.env", (const char *)data, size, &e, &f);
	if (rc < 0 && f.nerrors == 0)
		__builtin_trap();
	for (size_t i = 0; i < e.n; i++)
		if (cs_dotenv_get(&e, e.names[i]) == NULL)
			__builtin_trap(); /* every parsed name can be looked up */
	cs_dotenv_free(&e);
	bh_findings_release(&f);
	return 0;
}
