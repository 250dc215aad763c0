/* Shared libraries loaded on first use instead of at program start.
 *
 * libcurl, libarchive and libcrypto (with the forty-odd libraries they need:
 * TLS, LDAP, Kerberos, ICU, libxml2, ...) are used only by the commands that
 * fetch, unpack or hash images and databases, yet a program linked against
 * them has the dynamic loader map and relocate all of them before main(), for
 * every command. That was most of the start-up cost of `bulkhead runtime`,
 * which never uses them. lazy_curl.c, lazy_archive.c and lazy_crypto.c
 * define the functions bulkhead calls; each resolves the real one from the
 * library the first time it is called. */
#ifndef BH_LAZYLIB_H
#define BH_LAZYLIB_H

typedef struct bh_lazylib {
	const char *soname; /* e.g. "libcurl.so.4" */
	void *handle;
} bh_lazylib;

/* The address of name in lib, opening lib first if needed. A library or
 * symbol that cannot be loaded ends the program with a message naming it
 * and exit status 2: nothing can continue without it. */
void *bh_lazylib_sym(bh_lazylib *lib, const char *name);

/* Defines RET NAME PARAMS forwarding ARGS to the real NAME in LIB. The
 * pointer is read and written atomically: the threads that hash layers call
 * libcrypto too, and may be the first to. */
#define BH_LAZY_FN(lib, ret, name, params, args)                                                   \
	ret name params                                                                              \
	{                                                                                            \
		static ret(*real) params;                                                            \
		ret(*fn) params = __atomic_load_n(&real, __ATOMIC_ACQUIRE);                          \
		if (!fn) {                                                                           \
			fn = (ret(*) params)bh_lazylib_sym(&lib, #name);                             \
			__atomic_store_n(&real, fn, __ATOMIC_RELEASE);                               \
		}                                                                                    \
		return fn args;                                                                      \
	}
#define BH_LAZY_VOID(lib, name, params, args)                                                      \
	void name params                                                                             \
	{                                                                                            \
		static void(*real) params;                                                           \
		void(*fn) params = __atomic_load_n(&real, __ATOMIC_ACQUIRE);                         \
		if (!fn) {                                                                           \
			fn = (void(*) params)bh_lazylib_sym(&lib, #name);                            \
			__atomic_store_n(&real, fn, __ATOMIC_RELEASE);                               \
		}                                                                                    \
		fn args;                                                                             \
	}

#endif
