/* Package URLs (https://github.com/package-url/purl-spec), read for SBOM
 * input and VEX statements. */
#ifndef BH_VULN_PURL_H
#define BH_VULN_PURL_H

#include <stdbool.h>
#include <stddef.h>

typedef struct bh_purl {
	char *type, *namespace_, *name, *version, *subpath; /* decoded; NULL when absent */
	char **qkeys, **qvals;
	size_t nq;
} bh_purl;

/* false when s is not "pkg:type/[namespace/]name[@version][?q][#sub]". */
bool bh_purl_parse(const char *s, bh_purl *out);
const char *bh_purl_qualifier(const bh_purl *p, const char *key);
void bh_purl_release(bh_purl *p);

#endif
