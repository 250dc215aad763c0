/* bulkhead-runtime: the OCI runtime alone, `bulkhead runtime ...` without the
 * rest of bulkhead. bulkhead embeds this program and runs create, run and
 * exec in it from a sealed memfd (src/cmd/runtime_sealed.c); it is small and
 * statically linked so that starting it costs almost nothing. Run directly,
 * it copies itself into a sealed memfd first, as bulkhead used to. */
#include "cmd/cmd.h"
#include "cmd/runtime_sealed.h"
#include "runtime/runtime.h"

#include <stdio.h>
#include <string.h>

int runtime_enter_sealed(char **argv)
{
	return rt_reexec_sealed(argv);
}

int main(int argc, char **argv)
{
	/* argv is bulkhead's: "bulkhead runtime [options] COMMAND ..." */
	if (argc < 2 || strcmp(argv[1], "runtime")) {
		fputs("usage: bulkhead-runtime runtime [global options] COMMAND [options] [ID]\n"
		      "(the runtime that `bulkhead runtime` runs sealed; see bulkhead runtime --help)\n",
		      stderr);
		return 2;
	}
	return cmd_runtime(argc - 1, argv + 1);
}
