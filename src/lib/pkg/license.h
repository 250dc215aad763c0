/* Licence names as packages declare them, mapped to SPDX identifiers. */
#ifndef BH_LICENSE_H
#define BH_LICENSE_H

#include <stdbool.h>
#include <stddef.h>

/* The SPDX id for one licence name: an SPDX id in any case, a deprecated
 * SPDX id ("GPL-2.0+"), a Debian copyright short name ("GPL-2+", "Expat"),
 * an RPM name ("GPLv2+", "ASL 2.0") or a PyPI classifier ("MIT License").
 * NULL when the name has no exact SPDX equivalent ("BSD", "public-domain"). */
const char *bh_license_spdx_id(const char *name, size_t len);

/* The SPDX id for the URL of a licence text ("https://www.apache.org/licenses/LICENSE-2.0.txt",
 * "https://opensource.org/licenses/MIT", "https://spdx.org/licenses/EPL-2.0.html"), as Maven
 * poms give it beside the name; NULL when the URL is not one of the known texts. */
const char *bh_license_spdx_url(const char *url);

/* A declared licence expression ("MIT", "(MIT OR Apache-2.0)", "GPLv2+ and
 * BSD") rewritten with SPDX ids and AND/OR/WITH operators. NULL when any part
 * of it does not map, or it is not an expression (a licence text). */
char *bh_license_expr(const char *s);

/* A set of SPDX ids; written as "A AND B" sorted and without duplicates. */
typedef struct bh_license_set {
	const char **ids;
	size_t n, alloc;
} bh_license_set;

/* Adds every licence name of s that maps ("GPL-2+ or Artistic" adds both;
 * exceptions after "with" are kept with their licence only when they map). */
void bh_license_set_add_names(bh_license_set *set, const char *s);
/* NULL when empty. */
char *bh_license_set_join(const bh_license_set *set);
void bh_license_set_free(bh_license_set *set);

#endif
