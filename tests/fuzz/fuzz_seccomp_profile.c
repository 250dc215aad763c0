/* libFuzzer target: Docker-format seccomp profiles (`bulkhead run --seccomp
 * FILE`), resolved for a container without and with CAP_SYS_ADMIN and
 * written out as the OCI section. Every input must resolve or fail with a
 * message naming the file, never crash or hang. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/strbuf.h"
#include "runtime/seccomp_profile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const caps[] = { "CAP_SYS_ADMIN", "CAP_SYS_PTRACE" };
	sp_env envs[] = {
		{ .arch = "amd64", .native = "SCMP_ARCH_X86_64", .kernel_major = 6, .kernel_minor = 1 },
		{ .caps = caps, .ncaps = 2, .arch = "s390x", .native = "SCMP_ARCH_S390X", .kernel_major = 4, .kernel_minor = 4 },
	};
	for (size_t i = 0; i < sizeof envs / sizeof envs[0]; i++) {
		sp_profile p;
		char err[512] = "";
		if (sp_profile_parse((const char *)data, size, "fuzz.json", &envs[i], &p, err, sizeof err) == 0) {
			strbuf sb = STRBUF_INIT;
			jsonw w;
			jsonw_init(&w, &sb, false);
			sp_profile_write_oci(&p, &w);
			strbuf_release(&sb);
			sp_profile_free(&p);
		} else if (strncmp(err, "fuzz.json", 9) != 0) {
			abort(); /* a failure always names the file */
		}
	}
	return 0;
}
