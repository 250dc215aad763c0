/* Rust: Cargo.lock, a TOML file of [[package]] tables with name, version
 * and source. Only those keys are read, so a small line reader is enough:
 * every value the lock file writes for them is a basic string on one line. */
#include "pkg/license.h"
#include "pkg/pkgint.h"
#include "pkg/purl.h"
#include "core/util.h"

#include <string.h>

/* `key = "value"` → value (no escapes are used in names or versions). */
static char *toml_string(const char *line, size_t n, const char *key)
{
	size_t kl = strlen(key);
	if (n <= kl || strncmp(line, key, kl) != 0)
		return NULL;
	const char *p = line + kl, *end = line + n;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p >= end || *p++ != '=')
		return NULL;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p >= end || *p != '"')
		return NULL;
	const char *q = memchr(p + 1, '"', (size_t)(end - p - 1));
	if (!q)
		return NULL;
	return bh_strndup(p + 1, (size_t)(q - p - 1));
}

static void cargo_emit(bh_pkg_ctx *c, int line, char *name, char *version)
{
	if (!line)
		return;
	if (!bh_pkg_printable(name) || !bh_pkg_printable(version)) {
		bh_pkg_diag(c, line, "[[package]] without a valid name and version");
		return;
	}
	bh_package *p = bh_pkg_new(c, "cargo", name, version);
	p->purl = bh_purl("cargo", NULL, name, version, NULL);
}

void bh_pkg_parse_cargo_lock(bh_pkg_ctx *c, const char *data, size_t len)
{
	bh_lines r;
	bh_lines_init(&r, data, len);
	const char *line;
	size_t n;
	int start = 0;
	char *name = NULL, *version = NULL;
	while (bh_lines_next(&r, &line, &n)) {
		if (n && line[0] == '[') {
			cargo_emit(c, start, name, version);
			free(name);
			free(version);
			name = version = NULL;
			start = n >= 11 && !strncmp(line, "[[package]]", 11) ? r.lineno : 0;
			continue;
		}
		if (!start)
			continue;
		char *v;
		if ((v = toml_string(line, n, "name"))) {
			free(name);
			name = v;
		} else if ((v = toml_string(line, n, "version"))) {
			free(version);
			version = v;
		}
	}
	cargo_emit(c, start, name, version);
	free(name);
	free(version);
}

bool bh_pkg_cargo_toml(const char *data, size_t len, char **name, char **version, char **license)
{
	bh_lines r;
	bh_lines_init(&r, data, len);
	const char *line;
	size_t n;
	bool in_package = false;
	char *lic = NULL;
	*name = *version = *license = NULL;
	while (bh_lines_next(&r, &line, &n)) {
		if (n && line[0] == '[') {
			in_package = n >= 9 && !strncmp(line, "[package]", 9);
			continue;
		}
		if (!in_package)
			continue;
		char *v;
		if ((v = toml_string(line, n, "name"))) {
			free(*name);
			*name = v;
		} else if ((v = toml_string(line, n, "version"))) {
			free(*version);
			*version = v;
		} else if ((v = toml_string(line, n, "license"))) {
			free(lic);
			lic = v;
		}
	}
	if (!*name || !*version || !bh_pkg_printable(*name) || !bh_pkg_printable(*version)) {
		free(*name);
		free(*version);
		free(lic);
		*name = *version = NULL;
		return false;
	}
	*license = lic ? bh_license_expr(lic) : NULL;
	free(lic);
	return true;
}
