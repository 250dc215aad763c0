/* libFuzzer target: the .bulkheadignore parser, then matching the parsed
 * patterns against file and directory paths as the audit walk does. */
#include <stddef.h>
#include <stdint.h>

#include "audit/audit.h"
#include "core/finding.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const paths[] = {
		"Dockerfile", "app/Dockerfile", "k8s/deploy.generated.yaml", "a/b/c/d/e/f/compose.yaml",
		"legacy", "charts/web/templates", ".hidden/x.json", "[weird]/*name?.yml",
	};
	bh_findings errs;
	bh_findings_init(&errs);
	au_ignore ig = { 0 };
	if (au_ignore_parse(&ig, ".bulkheadignore", (const char *)data, size, &errs) == 0) {
		for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
			(void)au_ignored(&ig, paths[i], false);
			(void)au_ignored(&ig, paths[i], true);
		}
	}
	au_ignore_release(&ig);
	bh_findings_release(&errs);
	return 0;
}
