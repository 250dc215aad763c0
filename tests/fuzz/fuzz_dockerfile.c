/* libFuzzer target: the Dockerfile parser and every lint rule over its tree.
 * Parse errors are expected; crashes, leaks, UB and slowness are bugs. */
#include <stddef.h>
#include <stdint.h>

#include "core/finding.h"
#include "core/policy.h"
#include "dockerfile/lint.h"
#include "dockerfile/parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const build_args[] = { "BASE=alpine", "VERSION=1.2.3" };
	df_parse_opts po = { .build_args = build_args, .nbuild_args = 2 };
	bh_findings out;
	bh_findings_init(&out);
	df_file f;
	if (df_parse("Dockerfile", (const char *)data, size, &po, &f, &out) == 0) {
		bh_policy pol;
		bh_policy_init(&pol);
		df_lint_opts lo = { .policy = &pol, .target = NULL, .has_dockerignore = (size & 1) != 0 };
		df_lint(&f, &lo, &out);
		bh_policy_release(&pol);
	}
	df_file_free(&f);
	bh_findings_release(&out);
	return 0;
}
