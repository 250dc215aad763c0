/* The OpenSSL (libcrypto) digest functions bulkhead uses, resolved from
 * BULKHEAD_CRYPTO_SONAME on first use (see lazylib.h). */
#include "core/lazylib.h"

#include <openssl/evp.h>

static bh_lazylib crypto = { .soname = BULKHEAD_CRYPTO_SONAME };

BH_LAZY_FN(crypto, const EVP_MD *, EVP_sha256, (void), ())
BH_LAZY_FN(crypto, const EVP_MD *, EVP_sha512, (void), ())
BH_LAZY_FN(crypto, EVP_MD_CTX *, EVP_MD_CTX_new, (void), ())
BH_LAZY_VOID(crypto, EVP_MD_CTX_free, (EVP_MD_CTX *c), (c))
BH_LAZY_FN(crypto, int, EVP_DigestInit_ex, (EVP_MD_CTX *c, const EVP_MD *md, ENGINE *e), (c, md, e))
BH_LAZY_FN(crypto, int, EVP_DigestUpdate, (EVP_MD_CTX *c, const void *d, size_t n), (c, d, n))
BH_LAZY_FN(crypto, int, EVP_DigestFinal_ex, (EVP_MD_CTX *c, unsigned char *md, unsigned int *n), (c, md, n))
