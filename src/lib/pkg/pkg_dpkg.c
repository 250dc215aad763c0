/* dpkg: var/lib/dpkg/status and the one-stanza-per-package files of
 * var/lib/dpkg/status.d/ that distroless images carry instead; and the
 * machine-readable usr/share/doc/<package>/copyright files for licences. */
#include "pkg/license.h"
#include "pkg/pkgint.h"
#include "pkg/purl.h"
#include "core/util.h"

#include <string.h>
#include <strings.h>

typedef struct stanza {
	int line; /* where it starts */
	char *package, *version, *arch, *source, *status, *license;
} stanza;

static void stanza_clear(stanza *s)
{
	free(s->package);
	free(s->version);
	free(s->arch);
	free(s->source);
	free(s->status);
	free(s->license);
	memset(s, 0, sizeof *s);
}

/* Installed enough that its files are on disk: everything but
 * "not-installed" and "config-files" (removed, configuration kept). */
static bool status_installed(const char *status)
{
	if (!status)
		return true; /* status.d files of some distroless images carry no Status */
	const char *last = strrchr(status, ' ');
	last = last ? last + 1 : status;
	return strcmp(last, "not-installed") != 0 && strcmp(last, "config-files") != 0;
}

static void stanza_emit(bh_pkg_ctx *c, stanza *s)
{
	if (!s->package && !s->version && !s->status)
		return;
	if (!bh_pkg_printable(s->package)) {
		bh_pkg_diag(c, s->line, "package stanza without a valid Package field");
		return;
	}
	if (!status_installed(s->status))
		return;
	if (!bh_pkg_printable(s->version)) {
		bh_pkg_diag(c, s->line, "package %s has no valid Version field", s->package);
		return;
	}
	bh_package *p = bh_pkg_new(c, "deb", s->package, s->version);
	if (s->source && *s->source) {
		/* "Source: name" or "Source: name (version)" when the binary's version differs. */
		char *paren = strchr(s->source, '(');
		char *name = bh_pkg_trim(s->source, paren ? (size_t)(paren - s->source) : strlen(s->source));
		if (paren) {
			char *close = strchr(paren, ')');
			if (close) {
				char *v = bh_pkg_trim(paren + 1, (size_t)(close - paren - 1));
				if (*v && strcmp(v, s->version) != 0)
					p->source_version = v;
				else
					free(v);
			} else {
				bh_pkg_diag(c, s->line, "package %s: Source field \"%s\" lacks a closing parenthesis",
					    s->package, s->source);
			}
		}
		if (*name && strcmp(name, s->package) != 0 && bh_pkg_printable(name))
			p->source_name = name;
		else
			free(name);
	}
	if (c->distro) {
		p->distro = bh_strdup(c->distro);
		p->distro_release = c->distro_release ? bh_strdup(c->distro_release) : NULL;
	}
	p->license = s->license ? bh_license_expr(s->license) : NULL;
	char *distro = bh_pkg_distro_qualifier(c);
	const char *quals[] = { "arch", s->arch, "distro", distro, NULL };
	p->purl = bh_purl("deb", c->distro ? c->distro : "debian", s->package, s->version, quals);
	free(distro);
}

void bh_pkg_parse_dpkg(bh_pkg_ctx *c, const char *data, size_t len)
{
	bh_lines r;
	bh_lines_init(&r, data, len);
	stanza s = { 0 };
	const char *line;
	size_t n;
	while (bh_lines_next(&r, &line, &n)) {
		if (n == 0) {
			stanza_emit(c, &s);
			stanza_clear(&s);
			continue;
		}
		if (line[0] == ' ' || line[0] == '\t')
			continue; /* continuation of a multi-line field */
		const char *colon = memchr(line, ':', n);
		if (!colon) {
			bh_pkg_diag(c, r.lineno, "expected \"Field: value\"");
			continue;
		}
		if (!s.line)
			s.line = r.lineno;
		size_t klen = (size_t)(colon - line);
		char **slot = NULL;
		if (klen == 7 && !strncasecmp(line, "Package", 7))
			slot = &s.package;
		else if (klen == 7 && !strncasecmp(line, "Version", 7))
			slot = &s.version;
		else if (klen == 12 && !strncasecmp(line, "Architecture", 12))
			slot = &s.arch;
		else if (klen == 6 && !strncasecmp(line, "Source", 6))
			slot = &s.source;
		else if (klen == 6 && !strncasecmp(line, "Status", 6))
			slot = &s.status;
		else if (klen == 7 && !strncasecmp(line, "License", 7))
			slot = &s.license;
		if (!slot)
			continue;
		if (*slot) {
			bh_pkg_diag(c, r.lineno, "field %.*s repeated in one stanza", (int)klen, line);
			free(*slot);
		}
		*slot = bh_pkg_trim(colon + 1, n - klen - 1);
	}
	stanza_emit(c, &s);
	stanza_clear(&s);
}

/* DEP-5 (copyright-format 1.0): a "Format:" header naming the format, then
 * paragraphs whose "License:" first line names the licence. Every name that
 * maps is kept; the package's licence is all of them together. */
char *bh_pkg_dpkg_copyright_license(const char *data, size_t len)
{
	bh_lines r;
	bh_lines_init(&r, data, len);
	const char *line;
	size_t n;
	bool machine_readable = false;
	bh_license_set set = { 0 };
	while (bh_lines_next(&r, &line, &n)) {
		if (!machine_readable) {
			/* The first field of the file says whether it is in the format. */
			if (n == 0)
				continue;
			if (n <= 7 || strncasecmp(line, "Format:", 7) != 0)
				break;
			char *v = bh_pkg_trim(line + 7, n - 7);
			machine_readable = strstr(v, "copyright-format") != NULL || strstr(v, "dep5") != NULL ||
					   strstr(v, "DEP-5") != NULL;
			free(v);
			if (!machine_readable)
				break;
			continue;
		}
		if (n > 8 && !strncasecmp(line, "License:", 8)) {
			char *v = bh_pkg_trim(line + 8, n - 8);
			bh_license_set_add_names(&set, v);
			free(v);
		}
	}
	char *out = machine_readable ? bh_license_set_join(&set) : NULL;
	bh_license_set_free(&set);
	return out;
}
