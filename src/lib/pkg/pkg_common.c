/* Helpers every package parser uses: diagnostics, new packages, lines. */
#include "pkg/pkgint.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Paths and messages come from the image: keep them printable. */
static char *printable(const char *s)
{
	char *out = bh_strdup(s ? s : "");
	for (char *p = out; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = '?';
	if (strlen(out) > 512)
		strcpy(out + 509, "...");
	return out;
}

static void diag_v(bh_inventory *inv, const char *path, int line, const char *fmt, va_list ap)
{
	if (inv->ndiags >= BH_INVENTORY_MAX_DIAGS) {
		inv->diags_dropped++;
		return;
	}
	strbuf sb = STRBUF_INIT;
	strbuf_vaddf(&sb, fmt, ap);
	bh_inventory_diag *d = BH_ARRAY_PUSH(inv->diags, inv->ndiags, inv->diags_alloc);
	d->path = printable(path);
	d->line = line;
	d->message = printable(sb.buf);
	strbuf_release(&sb);
}

void bh_inv_diag(bh_inventory *inv, const char *path, int line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_v(inv, path, line, fmt, ap);
	va_end(ap);
}

void bh_pkg_diag(bh_pkg_ctx *c, int line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_v(c->inv, c->path, line, fmt, ap);
	va_end(ap);
}

bh_package *bh_pkg_new(bh_pkg_ctx *c, const char *type, const char *name, const char *version)
{
	bh_package *p = bh_package_add(&c->inv->pkgs);
	p->type = bh_strdup(type);
	p->name = bh_strdup(name);
	p->version = bh_strdup(version ? version : "");
	p->path = bh_strdup(c->path);
	p->layer = c->layer;
	return p;
}

char *bh_pkg_distro_qualifier(const bh_pkg_ctx *c)
{
	if (!c->distro || !*c->distro)
		return NULL;
	if (!c->distro_release || !*c->distro_release)
		return bh_strdup(c->distro);
	return bh_asprintf("%s-%s", c->distro, c->distro_release);
}

void bh_lines_init(bh_lines *r, const char *data, size_t len)
{
	r->p = data;
	r->end = data + len;
	r->lineno = 0;
}

bool bh_lines_next(bh_lines *r, const char **line, size_t *len)
{
	if (r->p >= r->end)
		return false;
	const char *nl = memchr(r->p, '\n', (size_t)(r->end - r->p));
	const char *stop = nl ? nl : r->end;
	*line = r->p;
	*len = (size_t)(stop - r->p);
	if (*len && stop[-1] == '\r')
		(*len)--;
	r->p = nl ? nl + 1 : r->end;
	r->lineno++;
	return true;
}

char *bh_pkg_trim(const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	return bh_strndup(s, n);
}

bool bh_pkg_printable(const char *s)
{
	if (!s || !*s)
		return false;
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return false;
	return true;
}
