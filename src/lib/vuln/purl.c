#include "vuln/purl.h"
#include "core/util.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define PURL_MAX 4096

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (char)tolower((unsigned char)c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Percent-decodes s[0..n); a NUL byte is refused. */
static char *decode(const char *s, size_t n, bool *ok)
{
	char *r = bh_malloc(n + 1), *w = r;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '%') {
			int h = i + 1 < n ? hexval(s[i + 1]) : -1;
			int l = i + 2 < n ? hexval(s[i + 2]) : -1;
			if (h >= 0 && l >= 0 && (h || l)) {
				*w++ = (char)(h * 16 + l);
				i += 2;
				continue;
			}
			*ok = false;
		}
		*w++ = s[i];
	}
	*w = '\0';
	return r;
}

bool bh_purl_parse(const char *s, bh_purl *out)
{
	memset(out, 0, sizeof *out);
	if (!s || strncasecmp(s, "pkg:", 4) || strlen(s) > PURL_MAX)
		return false;
	s += 4;
	while (*s == '/')
		s++;
	bool ok = true;
	size_t len = strlen(s);
	const char *hash = memchr(s, '#', len);
	if (hash) {
		out->subpath = decode(hash + 1, len - (size_t)(hash + 1 - s), &ok);
		len = (size_t)(hash - s);
	}
	const char *q = memchr(s, '?', len);
	if (q) {
		const char *p = q + 1, *end = s + len;
		while (p < end) {
			const char *amp = memchr(p, '&', (size_t)(end - p));
			const char *pe = amp ? amp : end;
			const char *eq = memchr(p, '=', (size_t)(pe - p));
			if (eq && eq > p) {
				out->qkeys = bh_realloc(out->qkeys, (out->nq + 1) * sizeof *out->qkeys);
				out->qvals = bh_realloc(out->qvals, (out->nq + 1) * sizeof *out->qvals);
				char *k = decode(p, (size_t)(eq - p), &ok);
				for (char *c = k; *c; c++)
					*c = (char)tolower((unsigned char)*c);
				out->qkeys[out->nq] = k;
				out->qvals[out->nq] = decode(eq + 1, (size_t)(pe - eq - 1), &ok);
				out->nq++;
			}
			p = pe + 1;
		}
		len = (size_t)(q - s);
	}
	const char *slash = memchr(s, '/', len);
	if (!slash || slash == s) {
		bh_purl_release(out);
		return false;
	}
	out->type = decode(s, (size_t)(slash - s), &ok);
	for (char *c = out->type; *c; c++)
		*c = (char)tolower((unsigned char)*c);
	const char *rest = slash + 1, *end = s + len;
	/* the version is after the last '@' that does not start a segment
	 * (an unencoded npm scope "@scope" does) */
	const char *at = NULL;
	for (const char *p = rest; p < end; p++)
		if (*p == '@' && p > rest && p[-1] != '/')
			at = p;
	const char *name_end = at ? at : end;
	if (at)
		out->version = decode(at + 1, (size_t)(end - at - 1), &ok);
	while (name_end > rest && name_end[-1] == '/')
		name_end--;
	const char *last = NULL;
	for (const char *p = rest; p < name_end; p++)
		if (*p == '/')
			last = p;
	if (last) {
		out->namespace_ = decode(rest, (size_t)(last - rest), &ok);
		out->name = decode(last + 1, (size_t)(name_end - last - 1), &ok);
	} else {
		out->name = decode(rest, (size_t)(name_end - rest), &ok);
	}
	if (!ok || !*out->name) {
		bh_purl_release(out);
		return false;
	}
	return true;
}

const char *bh_purl_qualifier(const bh_purl *p, const char *key)
{
	for (size_t i = 0; i < p->nq; i++)
		if (!strcmp(p->qkeys[i], key))
			return p->qvals[i];
	return NULL;
}

void bh_purl_release(bh_purl *p)
{
	free(p->type);
	free(p->namespace_);
	free(p->name);
	free(p->version);
	free(p->subpath);
	for (size_t i = 0; i < p->nq; i++) {
		free(p->qkeys[i]);
		free(p->qvals[i]);
	}
	free(p->qkeys);
	free(p->qvals);
	memset(p, 0, sizeof *p);
}
