#include "pkg/purl.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <stdbool.h>
#include <string.h>

static bool purl_keeps(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
	       c == '-' || c == '_' || c == '~' || c == ':';
}

void bh_purl_encode(strbuf *sb, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (purl_keeps(*p)) {
			strbuf_addch(sb, (char)*p);
		} else {
			strbuf_addch(sb, '%');
			strbuf_addch(sb, hex[*p >> 4]);
			strbuf_addch(sb, hex[*p & 15]);
		}
	}
}

char *bh_purl(const char *type, const char *ns, const char *name, const char *version,
	      const char *const *quals)
{
	strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "pkg:%s/", type);
	if (ns && *ns) {
		/* Each segment is encoded on its own; empty segments are dropped. */
		const char *p = ns;
		while (*p) {
			const char *slash = strchr(p, '/');
			size_t n = slash ? (size_t)(slash - p) : strlen(p);
			if (n) {
				char *seg = bh_strndup(p, n);
				bh_purl_encode(&sb, seg);
				free(seg);
				strbuf_addch(&sb, '/');
			}
			p += n + (slash ? 1 : 0);
		}
	}
	bh_purl_encode(&sb, name);
	if (version && *version) {
		strbuf_addch(&sb, '@');
		bh_purl_encode(&sb, version);
	}
	if (quals) {
		size_t n = 0;
		while (quals[2 * n])
			n++;
		/* Few qualifiers: selection order by key is enough. */
		bool used[16] = { 0 };
		char sep = '?';
		for (size_t round = 0; round < n && round < 16; round++) {
			size_t best = n;
			for (size_t i = 0; i < n && i < 16; i++) {
				if (used[i])
					continue;
				if (best == n || strcmp(quals[2 * i], quals[2 * best]) < 0)
					best = i;
			}
			used[best] = true;
			const char *v = quals[2 * best + 1];
			if (!v || !*v)
				continue;
			strbuf_addch(&sb, sep);
			sep = '&';
			strbuf_addstr(&sb, quals[2 * best]);
			strbuf_addch(&sb, '=');
			bh_purl_encode(&sb, v);
		}
	}
	return strbuf_detach(&sb, NULL);
}
