/* apk: lib/apk/db/installed, one stanza per package of "K:value" lines
 * (P name, V version, A architecture, L licence, o origin package). */
#include "pkg/license.h"
#include "pkg/pkgint.h"
#include "pkg/purl.h"
#include "core/util.h"

#include <string.h>

typedef struct apk_stanza {
	int line;
	char *name, *version, *arch, *license, *origin;
} apk_stanza;

static void apk_clear(apk_stanza *s)
{
	free(s->name);
	free(s->version);
	free(s->arch);
	free(s->license);
	free(s->origin);
	memset(s, 0, sizeof *s);
}

static void apk_emit(bh_pkg_ctx *c, apk_stanza *s)
{
	if (!s->line)
		return;
	if (!bh_pkg_printable(s->name) || !bh_pkg_printable(s->version)) {
		bh_pkg_diag(c, s->line, "package stanza without a valid P: (name) and V: (version)");
		return;
	}
	bh_package *p = bh_pkg_new(c, "apk", s->name, s->version);
	if (s->origin && strcmp(s->origin, s->name) != 0 && bh_pkg_printable(s->origin))
		p->source_name = bh_strdup(s->origin);
	if (c->distro) {
		p->distro = bh_strdup(c->distro);
		p->distro_release = c->distro_release ? bh_strdup(c->distro_release) : NULL;
	}
	p->license = s->license ? bh_license_expr(s->license) : NULL;
	char *distro = bh_pkg_distro_qualifier(c);
	const char *quals[] = { "arch", s->arch, "distro", distro, NULL };
	p->purl = bh_purl("apk", c->distro ? c->distro : "alpine", s->name, s->version, quals);
	free(distro);
}

void bh_pkg_parse_apk(bh_pkg_ctx *c, const char *data, size_t len)
{
	bh_lines r;
	bh_lines_init(&r, data, len);
	apk_stanza s = { 0 };
	const char *line;
	size_t n;
	while (bh_lines_next(&r, &line, &n)) {
		if (n == 0) {
			apk_emit(c, &s);
			apk_clear(&s);
			continue;
		}
		if (n < 2 || line[1] != ':') {
			bh_pkg_diag(c, r.lineno, "expected \"K:value\"");
			continue;
		}
		if (!s.line)
			s.line = r.lineno;
		char **slot = NULL;
		switch (line[0]) {
		case 'P': slot = &s.name; break;
		case 'V': slot = &s.version; break;
		case 'A': slot = &s.arch; break;
		case 'L': slot = &s.license; break;
		case 'o': slot = &s.origin; break;
		default: break;
		}
		if (!slot)
			continue;
		free(*slot);
		*slot = bh_pkg_trim(line + 2, n - 2);
	}
	apk_emit(c, &s);
	apk_clear(&s);
}
