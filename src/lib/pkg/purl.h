/* Package URLs (github.com/package-url/purl-spec): percent-encoding of each
 * component and the per-type rules the inventory needs. */
#ifndef BH_PURL_H
#define BH_PURL_H

/* pkg:type/namespace/name@version?k1=v1&k2=v2. namespace (may hold '/'
 * between segments) and version may be NULL. quals is NULL or a NULL-ended
 * list of key, value pairs; pairs whose value is NULL or empty are left out,
 * the rest are written sorted by key. Name and namespace are expected in the
 * form the type wants (lowercased, normalised); only encoding happens here. */
char *bh_purl(const char *type, const char *ns, const char *name, const char *version,
	      const char *const *quals);

/* Appends the percent-encoding of s: alphanumerics, ".-_~" and ':' stay,
 * every other byte becomes %XX (uppercase hex). */
struct strbuf;
void bh_purl_encode(struct strbuf *sb, const char *s);

#endif
