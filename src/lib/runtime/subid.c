/* Parser of /etc/subuid and /etc/subgid: see subid.h. A line is judged on
 * its own; a range that overflows 32 bits, a zero count, signs, spaces or a
 * missing field make it malformed. */
#include "runtime/subid.h"
#include "core/util.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool parse_u32(const char *s, unsigned long long *out)
{
	if (!isdigit((unsigned char)*s))
		return false;
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || *end || v > UINT32_MAX)
		return false;
	*out = v;
	return true;
}

bool rt_subid_find(const char *text, size_t len, const char *name, unsigned id, rt_subid_result *r)
{
	*r = (rt_subid_result){ 0 };
	char idbuf[16];
	snprintf(idbuf, sizeof idbuf, "%u", id);
	unsigned lineno = 0;
	for (size_t pos = 0; pos < len;) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - (text + pos)) : len - pos;
		char *line = bh_strndup(text + pos, n);
		pos += n + 1;
		lineno++;
		if (!*line || *line == '#') {
			free(line);
			continue;
		}
		char *f1 = strchr(line, ':'), *f2 = f1 ? strchr(f1 + 1, ':') : NULL;
		unsigned long long s = 0, c = 0;
		bool ok = f1 && f2 && f1 != line;
		if (ok) {
			*f1++ = 0, *f2++ = 0;
			ok = parse_u32(f1, &s) && parse_u32(f2, &c) && c > 0 && s + c - 1 <= UINT32_MAX &&
			     strlen(line) == strcspn(line, " \t\r");
		}
		if (!ok) {
			if (!r->nbad++)
				r->first_bad = lineno;
		} else if (!strcmp(line, idbuf) || (name && !strcmp(line, name))) {
			r->start = (unsigned)s;
			r->count = (unsigned)c;
			free(line);
			return true;
		}
		free(line);
	}
	return false;
}
