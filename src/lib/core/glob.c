#include "core/glob.h"

#include <fnmatch.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"

/* Backtracking over several stars is exponential in the worst case, and
 * patterns come from files in the audited tree. Every (pattern, text)
 * position pair that failed once is remembered, so each is tried once. */
typedef struct memo {
	const char *p0, *s0;
	size_t slen;
	unsigned char *failed; /* bit per (pattern offset, text offset) */
} memo;

static size_t memo_bit(const memo *m, const char *p, const char *s)
{
	return (size_t)(p - m->p0) * (m->slen + 1) + (size_t)(s - m->s0);
}

static bool match_at(memo *m, const char *p, const char *s);

static bool match_here(memo *m, const char *p, const char *s)
{
	size_t bit = memo_bit(m, p, s);
	if (m->failed[bit / 8] & (1u << (bit % 8)))
		return false;
	bool ok = match_at(m, p, s);
	if (!ok)
		m->failed[bit / 8] |= (unsigned char)(1u << (bit % 8));
	return ok;
}

static bool match_at(memo *m, const char *p, const char *s)
{
	while (*p) {
		if (p[0] == '*' && p[1] == '*') {
			p += 2;
			if (*p == '/')
				p++;
			if (!*p)
				return true;
			for (const char *t = s;; t++) {
				if ((t == s || t[-1] == '/') && match_here(m, p, t))
					return true;
				if (!*t)
					return false;
			}
		}
		if (*p == '*') {
			p++;
			for (const char *t = s;; t++) {
				if (match_here(m, p, t))
					return true;
				if (!*t || *t == '/')
					return false;
			}
		}
		if (*p == '?') {
			if (!*s || *s == '/')
				return false;
			p++;
			s++;
			continue;
		}
		if (*p == '[') {
			const char *end = strchr(p + 1, ']');
			if (end && *s && *s != '/') {
				char set[256], one[2] = { *s, 0 };
				size_t n = (size_t)(end - p) + 1;
				if (n < sizeof set) {
					memcpy(set, p, n);
					set[n] = '\0';
					if (fnmatch(set, one, 0) != 0)
						return false;
					p = end + 1;
					s++;
					continue;
				}
			}
		}
		if (*p == '\\' && p[1])
			p++;
		if (*p != *s)
			return false;
		p++;
		s++;
	}
	return *s == '\0';
}

static bool match_whole(const char *pattern, const char *text)
{
	size_t plen = strlen(pattern), slen = strlen(text);
	if (plen > SIZE_MAX / 2 / (slen + 1))
		return false;
	size_t bytes = ((plen + 1) * (slen + 1) + 7) / 8;
	unsigned char small[512];
	memo m = { .p0 = pattern, .s0 = text, .slen = slen };
	m.failed = bytes <= sizeof small ? small : bh_calloc(bytes, 1);
	if (m.failed == small)
		memset(small, 0, bytes);
	bool ok = match_here(&m, pattern, text);
	if (m.failed != small)
		free(m.failed);
	return ok;
}

bool bh_glob_match(const char *pattern, const char *path)
{
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	while (pattern[0] == '.' && pattern[1] == '/')
		pattern += 2;
	if (*pattern == '/')
		pattern++;
	if (!strchr(pattern, '/')) {
		const char *base = strrchr(path, '/');
		if (match_whole(pattern, base ? base + 1 : path))
			return true;
	}
	if (match_whole(pattern, path))
		return true;
	/* A directory pattern also covers everything below it. */
	size_t pl = strlen(pattern);
	if (pl && pattern[pl - 1] != '*') {
		for (const char *t = path; *t; t++)
			if (*t == '/') {
				char prefix[4096];
				size_t n = (size_t)(t - path);
				if (n >= sizeof prefix)
					break;
				memcpy(prefix, path, n);
				prefix[n] = '\0';
				if (match_whole(pattern, prefix))
					return true;
			}
	}
	return false;
}
