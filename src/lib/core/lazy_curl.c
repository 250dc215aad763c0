/* The libcurl functions bulkhead uses, resolved from BULKHEAD_CURL_SONAME on
 * first use (see lazylib.h). */
#define CURL_DISABLE_TYPECHECK /* curl.h would otherwise turn curl_easy_setopt into a macro */
#include "core/lazylib.h"

#include <curl/curl.h>
#include <stdarg.h>

static bh_lazylib curl = { .soname = BULKHEAD_CURL_SONAME };

BH_LAZY_FN(curl, CURL *, curl_easy_init, (void), ())
BH_LAZY_FN(curl, CURLcode, curl_easy_perform, (CURL *h), (h))
BH_LAZY_VOID(curl, curl_easy_reset, (CURL *h), (h))
BH_LAZY_VOID(curl, curl_easy_cleanup, (CURL *h), (h))
BH_LAZY_FN(curl, const char *, curl_easy_strerror, (CURLcode c), (c))
BH_LAZY_FN(curl, char *, curl_easy_escape, (CURL *h, const char *s, int len), (h, s, len))
BH_LAZY_VOID(curl, curl_free, (void *p), (p))
BH_LAZY_FN(curl, struct curl_slist *, curl_slist_append, (struct curl_slist *l, const char *s), (l, s))
BH_LAZY_VOID(curl, curl_slist_free_all, (struct curl_slist *l), (l))

/* The one variadic argument's type follows from the option number's range
 * (CURLOPTTYPE_*), as curl.h documents: long, object pointer, function
 * pointer, curl_off_t, or a struct curl_blob pointer. */
CURLcode curl_easy_setopt(CURL *h, CURLoption opt, ...)
{
	static CURLcode (*real)(CURL *, CURLoption, ...);
	if (!real)
		real = (CURLcode(*)(CURL *, CURLoption, ...))bh_lazylib_sym(&curl, "curl_easy_setopt");
	va_list ap;
	va_start(ap, opt);
	CURLcode rc;
	if (opt < CURLOPTTYPE_OBJECTPOINT) {
		long v = va_arg(ap, long);
		rc = real(h, opt, v);
	} else if (opt < CURLOPTTYPE_FUNCTIONPOINT) {
		void *v = va_arg(ap, void *);
		rc = real(h, opt, v);
	} else if (opt < CURLOPTTYPE_OFF_T) {
		void (*v)(void) = va_arg(ap, void (*)(void));
		rc = real(h, opt, v);
	} else if (opt < CURLOPTTYPE_BLOB) {
		curl_off_t v = va_arg(ap, curl_off_t);
		rc = real(h, opt, v);
	} else {
		void *v = va_arg(ap, void *);
		rc = real(h, opt, v);
	}
	va_end(ap);
	return rc;
}

/* Every CURLINFO takes a pointer to where the answer goes. */
CURLcode curl_easy_getinfo(CURL *h, CURLINFO info, ...)
{
	static CURLcode (*real)(CURL *, CURLINFO, ...);
	if (!real)
		real = (CURLcode(*)(CURL *, CURLINFO, ...))bh_lazylib_sym(&curl, "curl_easy_getinfo");
	va_list ap;
	va_start(ap, info);
	void *out = va_arg(ap, void *);
	va_end(ap);
	return real(h, info, out);
}
