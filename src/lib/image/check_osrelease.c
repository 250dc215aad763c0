/* End-of-life operating system releases, read from /etc/os-release (or
 * /usr/lib/os-release) of the final view.
 *
 * The table holds the last day of security support of each release, LTS
 * included where the distribution runs one (Debian LTS, Ubuntu standard
 * support), as published by the distributions. docs/scan.md lists it; add a
 * line when a release is announced. A release older than every line of its
 * distribution is end of life too; an unknown distribution is not judged. */
#include "image/scanint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "image/imgint.h"

static const struct eol {
	const char *id;      /* os-release ID */
	const char *version; /* VERSION_ID, or its prefix before a '.' (alpine 3.18.4 -> 3.18) */
	const char *eol;     /* last day of security support */
} eol_table[] = {
	{ "debian", "8", "2020-06-30" },   { "debian", "9", "2022-06-30" },   { "debian", "10", "2024-06-30" },
	{ "debian", "11", "2026-08-31" },  { "debian", "12", "2028-06-30" },  { "debian", "13", "2030-06-30" },
	{ "ubuntu", "14.04", "2019-04-30" }, { "ubuntu", "16.04", "2021-04-30" }, { "ubuntu", "18.04", "2023-05-31" },
	{ "ubuntu", "20.04", "2025-05-31" }, { "ubuntu", "22.04", "2027-06-01" }, { "ubuntu", "24.04", "2029-05-31" },
	{ "alpine", "3.14", "2023-05-01" }, { "alpine", "3.15", "2023-11-01" }, { "alpine", "3.16", "2024-05-23" },
	{ "alpine", "3.17", "2024-11-22" }, { "alpine", "3.18", "2025-05-09" }, { "alpine", "3.19", "2025-11-01" },
	{ "alpine", "3.20", "2026-04-01" }, { "alpine", "3.21", "2026-11-01" }, { "alpine", "3.22", "2027-05-01" },
	{ "centos", "7", "2024-06-30" },   { "centos", "8", "2021-12-31" },
	{ "rhel", "7", "2024-06-30" },     { "rhel", "8", "2029-05-31" },     { "rhel", "9", "2032-05-31" },
};

/* Compares dotted versions numerically ("3.9" < "3.18"). */
static int vercmp(const char *a, const char *b)
{
	while (*a || *b) {
		long x = strtol(a, (char **)&a, 10), y = strtol(b, (char **)&b, 10);
		if (x != y)
			return x < y ? -1 : 1;
		if (*a == '.')
			a++;
		if (*b == '.')
			b++;
		if ((*a && (*a < '0' || *a > '9')) || (*b && (*b < '0' || *b > '9')))
			break;
	}
	return 0;
}

static bool version_matches(const char *have, const char *entry)
{
	size_t n = strlen(entry);
	return !strncmp(have, entry, n) && (have[n] == '\0' || have[n] == '.');
}

/* Value of KEY= in os-release text, unquoted, into out. */
static bool osr_get(const char *text, const char *key, char *out, size_t cap)
{
	size_t kl = strlen(key);
	for (const char *l = text; l && *l; l = strchr(l, '\n'), l = l ? l + 1 : NULL) {
		if (strncmp(l, key, kl) || l[kl] != '=')
			continue;
		const char *v = l + kl + 1;
		size_t n = strcspn(v, "\n");
		if (n && (*v == '"' || *v == '\'')) {
			v++;
			n = n >= 2 && (v[n - 2] == '"' || v[n - 2] == '\'') ? n - 2 : n - 1;
		}
		if (n >= cap)
			n = cap - 1;
		memcpy(out, v, n);
		out[n] = '\0';
		return true;
	}
	return false;
}

/* Follows etc/os-release -> ../usr/lib/os-release inside the view. */
static const bh_fs_entry *resolve(const bh_image *img, const char *path)
{
	char cur[512];
	snprintf(cur, sizeof cur, "%s", path);
	for (int hop = 0; hop < 8; hop++) {
		const bh_fs_entry *e = bh_fs_lookup(img->fs, cur);
		if (!e || e->type != BH_FT_SYMLINK)
			return e;
		char next[512];
		if (!e->link || strlen(e->link) > 200)
			return NULL;
		if (e->link[0] == '/') {
			snprintf(next, sizeof next, "%s", e->link);
		} else {
			const char *slash = strrchr(cur, '/');
			snprintf(next, sizeof next, "%.*s%s", slash ? (int)(slash - cur + 1) : 0, cur, e->link);
		}
		bool abs, esc;
		size_t depth;
		_cleanup_free_ char *norm = bh_img_normalize(next, &abs, &esc, &depth);
		snprintf(cur, sizeof cur, "%s", norm);
	}
	return NULL;
}

void scan_check_osrelease(const bh_image *img, const bh_scan_collector *c, const bh_scan_opts *o, bh_findings *f)
{
	if (!img->fs)
		return;
	const char *text = NULL;
	static const char *const paths[] = { "etc/os-release", "usr/lib/os-release" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(paths) && !text; i++) {
		const bh_fs_entry *e = resolve(img, paths[i]);
		if (!e || e->type != BH_FT_REG)
			continue;
		for (size_t k = 0; k < c->nosrel; k++)
			if (c->osrel[k].layer == e->modified_layer && !strcmp(c->osrel[k].path, e->path))
				text = c->osrel[k].text;
	}
	if (!text)
		return;
	char id[64], ver[64], pretty[128];
	if (!osr_get(text, "ID", id, sizeof id) || !osr_get(text, "VERSION_ID", ver, sizeof ver))
		return;
	if (!osr_get(text, "PRETTY_NAME", pretty, sizeof pretty))
		snprintf(pretty, sizeof pretty, "%s %s", id, ver);
	_cleanup_free_ char *pp = bh_img_printable(pretty);
	const struct eol *match = NULL, *oldest = NULL;
	for (size_t i = 0; i < BH_ARRAY_SIZE(eol_table); i++) {
		const struct eol *e = &eol_table[i];
		if (strcmp(e->id, id))
			continue;
		if (!oldest || vercmp(e->version, oldest->version) < 0)
			oldest = e;
		if (version_matches(ver, e->version))
			match = e;
	}
	if (match) {
		time_t end;
		if (scan_parse_date(match->eol, &end) && o->now > end + 86400)
			scan_add(f, o, "IMG011", "etc/os-release", "%s reached end of life on %s", pp, match->eol);
	} else if (oldest && vercmp(ver, oldest->version) < 0) {
		scan_add(f, o, "IMG011", "etc/os-release", "%s is older than %s %s, which reached end of life on %s", pp,
			 id, oldest->version, oldest->eol);
	}
}
