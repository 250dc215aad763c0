/* libFuzzer target: the policy loader (.bulkhead.yaml), reading the input
 * from a temporary file as bulkhead does, then applying the loaded policy. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/finding.h"
#include "core/policy.h"
#include "core/rule.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[] = "/tmp/bulkhead-fuzz-policy-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0)
		abort();
	size_t off = 0;
	while (off < size) {
		ssize_t w = write(fd, data + off, size - off);
		if (w <= 0)
			abort();
		off += (size_t)w;
	}
	close(fd);

	bh_findings errs;
	bh_findings_init(&errs);
	bh_policy p;
	bh_policy_init(&p);
	if (bh_policy_load(&p, path, &errs) == 0) {
		/* Run every rule id through the loaded policy once. */
		bh_findings f;
		bh_findings_init(&f);
		for (size_t i = 0; i < bh_rule_count() && i < 64; i++)
			bh_findings_add(&f, bh_rule_at(i), "Dockerfile", (int)i + 1, 1, "finding %zu", i);
		bh_policy_apply(&p, &f);
		(void)bh_policy_registry_trusted(&p, "docker.io");
		(void)bh_policy_registry_trusted(&p, "ghcr.io");
		(void)bh_policy_path_ignored(&p, "sub/Dockerfile");
		bh_findings_release(&f);
	}
	bh_policy_release(&p);
	bh_findings_release(&errs);
	unlink(path);
	return 0;
}
