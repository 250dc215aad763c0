/* See lazylib.h. bulkhead has no threads, so the lazily filled pointers need
 * no locking. */
#include "core/lazylib.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

void *bh_lazylib_sym(bh_lazylib *lib, const char *name)
{
	if (!lib->handle) {
		/* RTLD_LOCAL: the library's symbols must not replace these forwarders */
		lib->handle = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL);
		if (!lib->handle) {
			fprintf(stderr, "bulkhead: cannot load %s, which this command needs: %s\n", lib->soname, dlerror());
			exit(2);
		}
	}
	dlerror();
	void *p = dlsym(lib->handle, name);
	if (!p) {
		const char *why = dlerror();
		fprintf(stderr, "bulkhead: %s has no %s: %s\n", lib->soname, name, why ? why : "null symbol");
		exit(2);
	}
	return p;
}
