/* libFuzzer target: the importer for the Debian Security Tracker JSON (streamed one package at a time), into an in-memory
 * database, then every package of a fixed list matched against what was
 * imported, so the stored ranges and versions go through the comparators. */
#include <stddef.h>
#include <stdint.h>

#include "fuzz_vuln_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_vuln_import(data, size, BH_FEED_DEBIAN);
	return 0;
}
