#include "pkg/sbom.h"
#include "core/util.h"

#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>

bool bh_sbom_format_parse(const char *s, bh_sbom_format *out)
{
	if (!strcmp(s, "cyclonedx") || !strcmp(s, "cyclonedx-json")) {
		*out = BH_SBOM_CYCLONEDX;
		return true;
	}
	if (!strcmp(s, "spdx") || !strcmp(s, "spdx-json")) {
		*out = BH_SBOM_SPDX;
		return true;
	}
	return false;
}

void bh_sbom_write(strbuf *out, bh_sbom_format fmt, const bh_sbom_subject *subj, const bh_inventory *inv)
{
	if (fmt == BH_SBOM_SPDX)
		bh_sbom_write_spdx(out, subj, inv);
	else
		bh_sbom_write_cyclonedx(out, subj, inv);
}

static void hash_str(EVP_MD_CTX *ctx, const char *s)
{
	/* The terminating NUL separates fields, so "ab"+"c" differs from "a"+"bc". */
	s = s ? s : "";
	EVP_DigestUpdate(ctx, s, strlen(s) + 1);
}

void bh_sbom_uuid(char out[37], const bh_sbom_subject *subj, const bh_inventory *inv)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	if (!ctx)
		bh_die("out of memory");
	EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
	hash_str(ctx, subj->name);
	hash_str(ctx, subj->digest);
	hash_str(ctx, subj->timestamp);
	for (size_t i = 0; i < inv->pkgs.n; i++) {
		hash_str(ctx, inv->pkgs.items[i].purl);
		hash_str(ctx, inv->pkgs.items[i].path);
	}
	EVP_DigestFinal_ex(ctx, md, &mdlen);
	EVP_MD_CTX_free(ctx);
	md[6] = (unsigned char)((md[6] & 0x0f) | 0x80); /* version 8 */
	md[8] = (unsigned char)((md[8] & 0x3f) | 0x80); /* RFC 9562 variant */
	snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", md[0], md[1],
		 md[2], md[3], md[4], md[5], md[6], md[7], md[8], md[9], md[10], md[11], md[12], md[13], md[14],
		 md[15]);
}
