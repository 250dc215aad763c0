/* Ruby: Gemfile.lock (the "specs:" lists of its GEM, GIT and PATH sections,
 * "    name (version)" at four spaces) and the installed gems' metadata in
 * specifications/<name>-<version>.gemspec (Ruby source written by RubyGems:
 * `s.name = "x".freeze`, `s.version = "1.0".freeze`, `s.licenses = [...]`). */
#include "pkg/license.h"
#include "pkg/pkgint.h"
#include "pkg/purl.h"
#include "core/util.h"

#include <string.h>

static void gem_emit(bh_pkg_ctx *c, int line, const char *name, const char *version, char *license)
{
	if (!bh_pkg_printable(name) || !bh_pkg_printable(version)) {
		bh_pkg_diag(c, line, "gem without a valid name and version");
		free(license);
		return;
	}
	bh_package *p = bh_pkg_new(c, "gem", name, version);
	p->license = license;
	p->purl = bh_purl("gem", NULL, name, version, NULL);
}

void bh_pkg_parse_gemfile_lock(bh_pkg_ctx *c, const char *data, size_t len)
{
	bh_lines r;
	bh_lines_init(&r, data, len);
	const char *line;
	size_t n;
	bool in_section = false, in_specs = false;
	while (bh_lines_next(&r, &line, &n)) {
		if (n && line[0] != ' ') {
			in_section = (n == 3 && !strncmp(line, "GEM", 3)) || (n == 3 && !strncmp(line, "GIT", 3)) ||
				     (n == 4 && !strncmp(line, "PATH", 4));
			in_specs = false;
			continue;
		}
		if (!in_section)
			continue;
		if (n >= 8 && !strncmp(line, "  specs:", 8)) {
			in_specs = true;
			continue;
		}
		if (!in_specs || n < 5 || strncmp(line, "    ", 4) != 0 || line[4] == ' ')
			continue; /* six spaces: a dependency of the gem above */
		const char *open = memchr(line, '(', n), *close = memchr(line, ')', n);
		if (!open || !close || close < open) {
			bh_pkg_diag(c, r.lineno, "expected \"name (version)\"");
			continue;
		}
		char *name = bh_pkg_trim(line + 4, (size_t)(open - line - 4));
		char *version = bh_pkg_trim(open + 1, (size_t)(close - open - 1));
		gem_emit(c, r.lineno, name, version, NULL);
		free(name);
		free(version);
	}
}

/* The first double-quoted string after pos, within the line. */
static char *quoted(const char *p, const char *end, const char **after)
{
	const char *q = memchr(p, '"', (size_t)(end - p));
	if (!q)
		return NULL;
	const char *e = memchr(q + 1, '"', (size_t)(end - q - 1));
	if (!e)
		return NULL;
	if (after)
		*after = e + 1;
	return bh_strndup(q + 1, (size_t)(e - q - 1));
}

/* `<receiver>.<attr> = ...` with any receiver name (s, spec, gem). */
static const char *assignment(const char *line, size_t n, const char *attr)
{
	const char *end = line + n, *p = line;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	const char *dot = memchr(p, '.', (size_t)(end - p));
	if (!dot)
		return NULL;
	size_t al = strlen(attr);
	if ((size_t)(end - dot - 1) < al || strncmp(dot + 1, attr, al) != 0)
		return NULL;
	p = dot + 1 + al;
	while (p < end && *p == ' ')
		p++;
	if (p >= end || *p != '=' || (p + 1 < end && p[1] == '='))
		return NULL;
	return p + 1;
}

void bh_pkg_parse_gemspec(bh_pkg_ctx *c, const char *data, size_t len)
{
	bh_lines r;
	bh_lines_init(&r, data, len);
	const char *line, *v;
	size_t n;
	char *name = NULL, *version = NULL;
	bh_license_set set = { 0 };
	while (bh_lines_next(&r, &line, &n)) {
		const char *end = line + n;
		if ((v = assignment(line, n, "name")) && !name) {
			name = quoted(v, end, NULL);
		} else if ((v = assignment(line, n, "version")) && !version) {
			version = quoted(v, end, NULL);
		} else if ((v = assignment(line, n, "licenses")) || (v = assignment(line, n, "license"))) {
			char *l;
			while ((l = quoted(v, end, &v))) {
				char *e = bh_license_expr(l);
				if (e)
					bh_license_set_add_names(&set, e);
				free(e);
				free(l);
			}
		}
	}
	if (name || version)
		gem_emit(c, 1, name, version, bh_license_set_join(&set));
	else
		bh_pkg_diag(c, 0, "no name and version assignments found");
	free(name);
	free(version);
	bh_license_set_free(&set);
}
