/* See lazylib.h. A scan hashes layers on other threads, which may be the
 * first to call into libcrypto: opening a library and looking a name up
 * happen under one lock (dlerror() is per thread, the handle is shared). */
#include "core/lazylib.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t lazy_lock = PTHREAD_MUTEX_INITIALIZER;

void *bh_lazylib_sym(bh_lazylib *lib, const char *name)
{
	pthread_mutex_lock(&lazy_lock);
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
	pthread_mutex_unlock(&lazy_lock);
	return p;
}
