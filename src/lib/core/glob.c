#include "core/glob.h"

#include <fnmatch.h>
#include <string.h>

static bool match_here(const char *p, const char *s)
{
	while (*p) {
		if (p[0] == '*' && p[1] == '*') {
			p += 2;
			if (*p == '/')
				p++;
			if (!*p)
				return true;
			for (const char *t = s;; t++) {
				if ((t == s || t[-1] == '/') && match_here(p, t))
					return true;
				if (!*t)
					return false;
			}
		}
		if (*p == '*') {
			p++;
			for (const char *t = s;; t++) {
				if (match_here(p, t))
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
		if (match_here(pattern, base ? base + 1 : path))
			return true;
	}
	if (match_here(pattern, path))
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
				if (match_here(pattern, prefix))
					return true;
			}
	}
	return false;
}
