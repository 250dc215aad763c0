/* os-release(5): shell-style KEY=value lines; values may be quoted. */
#include "pkg/pkgint.h"
#include "core/util.h"

#include <string.h>

static char *unquote(const char *v, size_t n)
{
	char *t = bh_pkg_trim(v, n);
	size_t l = strlen(t);
	if (l >= 2 && (t[0] == '"' || t[0] == '\'') && t[l - 1] == t[0]) {
		/* Backslash escapes inside double quotes: keep the escaped byte. */
		char *out = bh_malloc(l);
		size_t o = 0;
		for (size_t i = 1; i + 1 < l; i++) {
			if (t[0] == '"' && t[i] == '\\' && i + 2 < l)
				i++;
			out[o++] = t[i];
		}
		out[o] = 0;
		free(t);
		return out;
	}
	return t;
}

void bh_pkg_parse_os_release(const char *data, size_t len, char **id, char **version_id, char **pretty)
{
	bh_lines r;
	bh_lines_init(&r, data, len);
	const char *line;
	size_t n;
	while (bh_lines_next(&r, &line, &n)) {
		const char *eq = memchr(line, '=', n);
		if (!eq || line[0] == '#')
			continue;
		size_t klen = (size_t)(eq - line);
		char **slot = klen == 2 && !strncmp(line, "ID", 2)		   ? id
			      : klen == 10 && !strncmp(line, "VERSION_ID", 10)	   ? version_id
			      : klen == 11 && !strncmp(line, "PRETTY_NAME", 11) ? pretty
										   : NULL;
		if (!slot)
			continue;
		char *v = unquote(eq + 1, n - klen - 1);
		if (!bh_pkg_printable(v) || strlen(v) > 256) {
			free(v);
			continue;
		}
		free(*slot);
		*slot = v;
	}
}
