/* Small pieces the image code shares: named errors, a string map, digests. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include <openssl/evp.h>

#include "core/util.h"
#include "image/imgint.h"

static const char *const errnames[] = {
	[BH_IMGE_OK] = "ok",
	[BH_IMGE_IO] = "io-error",
	[BH_IMGE_FORMAT] = "not-an-image",
	[BH_IMGE_JSON] = "bad-json",
	[BH_IMGE_MISSING] = "missing-blob",
	[BH_IMGE_PATH_ESCAPE] = "path-escape",
	[BH_IMGE_DUPLICATE] = "duplicate-member",
	[BH_IMGE_BAD_DIGEST] = "bad-digest",
	[BH_IMGE_DIGEST_MISMATCH] = "digest-mismatch",
	[BH_IMGE_SIZE_MISMATCH] = "size-mismatch",
	[BH_IMGE_PLATFORM] = "no-platform",
	[BH_IMGE_TRUNCATED] = "truncated",
	[BH_IMGE_CORRUPT] = "corrupt",
	[BH_IMGE_LIMIT_BYTES] = "limit-bytes",
	[BH_IMGE_LIMIT_ENTRIES] = "limit-entries",
	[BH_IMGE_LIMIT_PATH] = "limit-path",
	[BH_IMGE_LIMIT_HEADER] = "limit-header",
	[BH_IMGE_LIMIT_JSON] = "limit-json",
	[BH_IMGE_LIMIT_META] = "limit-metadata",
	[BH_IMGE_LIMIT_LAYERS] = "limit-layers",
	[BH_IMGE_CALLBACK] = "callback",
};

const char *bh_image_errname(bh_image_errcode code)
{
	if ((size_t)code < BH_ARRAY_SIZE(errnames) && errnames[code])
		return errnames[code];
	return "unknown";
}

static const char *const anomnames[BH_ANOM__COUNT] = {
	[BH_ANOM_ABSOLUTE_PATH] = "absolute-path",
	[BH_ANOM_PATH_TRAVERSAL] = "path-traversal",
	[BH_ANOM_SYMLINK_ESCAPE] = "symlink-escape",
	[BH_ANOM_HARDLINK_ESCAPE] = "hardlink-escape",
	[BH_ANOM_HARDLINK_MISSING] = "hardlink-missing",
	[BH_ANOM_DUPLICATE_ENTRY] = "duplicate-entry",
	[BH_ANOM_CONFLICTING_ENTRY] = "conflicting-entry",
	[BH_ANOM_SPARSE_FILE] = "sparse-file",
	[BH_ANOM_THROUGH_SYMLINK] = "through-symlink",
	[BH_ANOM_BAD_WHITEOUT] = "bad-whiteout",
	[BH_ANOM_DEVICE_FILE] = "device-file",
};

const char *bh_anomaly_name(bh_anomaly_kind k)
{
	if ((unsigned)k < BH_ANOM__COUNT)
		return anomnames[k];
	return "unknown";
}

const char *bh_ftype_name(bh_ftype t)
{
	switch (t) {
	case BH_FT_REG: return "file";
	case BH_FT_DIR: return "dir";
	case BH_FT_SYMLINK: return "symlink";
	case BH_FT_HARDLINK: return "hardlink";
	case BH_FT_CHAR: return "char";
	case BH_FT_BLOCK: return "block";
	case BH_FT_FIFO: return "fifo";
	}
	return "unknown";
}

int bh_imgerr(bh_image_error *err, bh_image_errcode code, const char *fmt, ...)
{
	/* The first error wins: later ones are usually consequences of it. */
	if (err && err->code == BH_IMGE_OK) {
		err->code = code;
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(err->message, sizeof err->message, fmt, ap);
		va_end(ap);
	}
	return -1;
}

char *bh_img_printable(const char *s)
{
	if (!s)
		return bh_strdup("(null)");
	size_t n = strlen(s), max = 200;
	size_t keep = n > max ? max : n;
	char *out = bh_malloc(keep + 4);
	for (size_t i = 0; i < keep; i++) {
		unsigned char c = (unsigned char)s[i];
		out[i] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
	}
	if (n > max) {
		memcpy(out + keep, "...", 4);
	} else {
		out[keep] = '\0';
	}
	return out;
}

/* ---- smap ---- */

static size_t hash_str(const char *s)
{
	size_t h = 1469598103934665603ull; /* FNV-1a */
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ull;
	}
	return h;
}

void smap_init(smap *m)
{
	m->nb = 64;
	m->n = 0;
	m->b = bh_calloc(m->nb, sizeof *m->b);
}

void smap_release(smap *m, void (*free_val)(void *))
{
	if (!m->b)
		return;
	for (size_t i = 0; i < m->nb; i++) {
		for (smap_ent *e = m->b[i], *nx; e; e = nx) {
			nx = e->next;
			if (free_val)
				free_val(e->val);
			free(e);
		}
	}
	free(m->b);
	m->b = NULL;
	m->nb = m->n = 0;
}

static smap_ent *find_ent(const smap *m, const char *key, size_t h)
{
	for (smap_ent *e = m->b[h & (m->nb - 1)]; e; e = e->next)
		if (e->hash == h && !strcmp(e->key, key))
			return e;
	return NULL;
}

void *smap_get(const smap *m, const char *key)
{
	if (!m->b)
		return NULL;
	smap_ent *e = find_ent(m, key, hash_str(key));
	return e ? e->val : NULL;
}

static void smap_resize(smap *m)
{
	size_t nb = m->nb * 2;
	smap_ent **b = bh_calloc(nb, sizeof *b);
	for (size_t i = 0; i < m->nb; i++) {
		for (smap_ent *e = m->b[i], *nx; e; e = nx) {
			nx = e->next;
			size_t at = e->hash & (nb - 1);
			e->next = b[at];
			b[at] = e;
		}
	}
	free(m->b);
	m->b = b;
	m->nb = nb;
}

void *smap_put(smap *m, const char *key, void *val)
{
	if (!m->b)
		smap_init(m);
	size_t h = hash_str(key);
	smap_ent *e = find_ent(m, key, h);
	if (e) {
		void *old = e->val;
		e->val = val;
		return old;
	}
	size_t len = strlen(key);
	e = bh_malloc(sizeof *e + len + 1);
	memcpy(e->key, key, len + 1);
	e->hash = h;
	e->val = val;
	e->next = m->b[h & (m->nb - 1)];
	m->b[h & (m->nb - 1)] = e;
	if (++m->n > m->nb)
		smap_resize(m);
	return NULL;
}

void *smap_del(smap *m, const char *key)
{
	if (!m->b)
		return NULL;
	size_t h = hash_str(key);
	smap_ent **pp = &m->b[h & (m->nb - 1)];
	for (; *pp; pp = &(*pp)->next) {
		smap_ent *e = *pp;
		if (e->hash == h && !strcmp(e->key, key)) {
			void *val = e->val;
			*pp = e->next;
			free(e);
			m->n--;
			return val;
		}
	}
	return NULL;
}

/* ---- digests ---- */

int bh_digest_parse(const char *s, bh_digest *d, bh_image_error *err)
{
	memset(d, 0, sizeof *d);
	if (!s)
		return bh_imgerr(err, BH_IMGE_BAD_DIGEST, "missing digest");
	size_t hexlen;
	const char *hex;
	if (bh_starts_with(s, "sha256:")) {
		strcpy(d->alg, "sha256");
		hex = s + 7;
		hexlen = 64;
	} else if (bh_starts_with(s, "sha512:")) {
		strcpy(d->alg, "sha512");
		hex = s + 7;
		hexlen = 128;
	} else {
		_cleanup_free_ char *p = bh_img_printable(s);
		return bh_imgerr(err, BH_IMGE_BAD_DIGEST, "unsupported or malformed digest \"%s\" (expected sha256:<64 hex>)", p);
	}
	if (strlen(hex) != hexlen) {
		_cleanup_free_ char *p = bh_img_printable(s);
		return bh_imgerr(err, BH_IMGE_BAD_DIGEST, "malformed digest \"%s\": expected %zu hex digits", p, hexlen);
	}
	for (size_t i = 0; i < hexlen; i++) {
		if (!isxdigit((unsigned char)hex[i]) || isupper((unsigned char)hex[i])) {
			_cleanup_free_ char *p = bh_img_printable(s);
			return bh_imgerr(err, BH_IMGE_BAD_DIGEST, "malformed digest \"%s\": expected lowercase hex", p);
		}
	}
	memcpy(d->hex, hex, hexlen + 1);
	return 0;
}

struct bh_hasher {
	EVP_MD_CTX *ctx;
};

bh_hasher *bh_hasher_new(const char *alg)
{
	const EVP_MD *md = !strcmp(alg, "sha512") ? EVP_sha512() : EVP_sha256();
	bh_hasher *h = bh_malloc(sizeof *h);
	h->ctx = EVP_MD_CTX_new();
	if (!h->ctx || EVP_DigestInit_ex(h->ctx, md, NULL) != 1)
		bh_die("libcrypto: cannot initialise %s", alg);
	return h;
}

void bh_hasher_update(bh_hasher *h, const void *p, size_t n)
{
	if (h && n)
		EVP_DigestUpdate(h->ctx, p, n);
}

void bh_hasher_final(bh_hasher *h, char *out)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	EVP_DigestFinal_ex(h->ctx, md, &n);
	for (unsigned i = 0; i < n; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
	out[2 * n] = '\0';
	bh_hasher_free(h);
}

void bh_hasher_free(bh_hasher *h)
{
	if (!h)
		return;
	EVP_MD_CTX_free(h->ctx);
	free(h);
}

void bh_sha256_hex(const void *p, size_t n, char out[129])
{
	bh_hasher *h = bh_hasher_new("sha256");
	bh_hasher_update(h, p, n);
	bh_hasher_final(h, out);
}
