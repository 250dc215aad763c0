/* libFuzzer target: a registry's WWW-Authenticate header, as the registry
 * source parses it before asking a token service. Invariant: no crash, and
 * every part it returns is a NUL-terminated string shorter than the input. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "image/source.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	char *scheme, *realm, *service, *scope;
	bh_registry_parse_challenge(s, &scheme, &realm, &service, &scope);
	char *parts[] = { scheme, realm, service, scope };
	for (size_t i = 0; i < 4; i++) {
		if (parts[i] && strlen(parts[i]) > strlen(s))
			__builtin_trap();
		free(parts[i]);
	}
	free(s);
	return 0;
}
