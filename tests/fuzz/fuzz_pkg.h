/* Shared by the package-parser fuzz targets: runs one parser over an exact
 * copy of the input (no terminating NUL, so reading past the end is caught)
 * and checks what every parser promises about the packages it adds. */
#ifndef BH_FUZZ_PKG_H
#define BH_FUZZ_PKG_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pkg/pkgint.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static inline void fuzz_pkg_run(void (*parse)(bh_pkg_ctx *, const char *, size_t), const uint8_t *data,
				size_t size)
{
	char *copy = malloc(size ? size : 1);
	if (!copy)
		abort();
	memcpy(copy, data, size);
	bh_inventory inv;
	bh_inventory_init(&inv);
	bh_pkg_ctx c = { .inv = &inv, .path = "fuzz/input", .layer = 0, .distro = "debian",
			 .distro_release = "12" };
	parse(&c, copy, size);
	for (size_t i = 0; i < inv.pkgs.n; i++) {
		const bh_package *p = &inv.pkgs.items[i];
		/* Every package has a type, a printable name, a purl of that type. */
		if (!p->type || !p->name || !*p->name || !p->version || !p->purl ||
		    strncmp(p->purl, "pkg:", 4) != 0 || strncmp(p->purl + 4, p->type, strlen(p->type)) != 0)
			__builtin_trap();
		for (const char *q = p->purl; *q; q++)
			if ((unsigned char)*q <= ' ' || (unsigned char)*q >= 0x7f)
				__builtin_trap(); /* a purl is always fully encoded */
	}
	if (inv.ndiags > BH_INVENTORY_MAX_DIAGS)
		__builtin_trap();
	bh_inventory_release(&inv);
	free(copy);
}

#endif
