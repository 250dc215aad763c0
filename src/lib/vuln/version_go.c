/* Go module version ordering, as golang.org/x/mod/semver.Compare defines it.
 *
 * A Go version is a semantic version with a leading 'v' ("v1.2.3"); the 'v' is
 * optional here because OSV's Go ecosystem writes versions without it. "v1" and
 * "v1.2" are shorthands for v1.0.0 and v1.2.0. Pseudo-versions need nothing
 * special: they are pre-releases built so that semver precedence orders them,
 *   vX.0.0-yyyymmddhhmmss-abcdefabcdef   (no earlier tagged version)
 *   vX.Y.Z-pre.0.yyyymmddhhmmss-abc...   (after the pre-release vX.Y.Z-pre)
 *   vX.Y.(Z+1)-0.yyyymmddhhmmss-abc...   (after the release vX.Y.Z)
 * and "+incompatible" is build metadata, which precedence ignores.
 * As in Go, an invalid version sorts before every valid one, and two invalid
 * versions are equal. */
#include <string.h>

#include "vuln/version_impl.h"

bool ver_go_split(const char *s, ver_semver *v)
{
	size_t len = strlen(s);
	if (!len || ver_isspace((unsigned char)s[0]) || ver_isspace((unsigned char)s[len - 1]) || s[0] == 'V')
		return false;
	ver_semver_split(s, v);
	if (!ver_semver_parts_valid(v, false))
		return false;
	/* shorthands only without pre-release or build */
	return v->ncore == 3 || (!v->pre && !v->build);
}

int ver_go_cmp_parsed(const ver_semver *a, bool a_ok, const char *b)
{
	ver_semver vb;
	bool okb = ver_go_split(b, &vb);
	if (!a_ok || !okb)
		return a_ok ? 1 : okb ? -1 : 0;
	return ver_semver_cmp_parts(a, &vb);
}

int bh_ver_cmp_go(const char *a, const char *b)
{
	ver_semver va;
	bool oka = ver_go_split(a, &va);
	return ver_go_cmp_parsed(&va, oka, b);
}

/* A module version: valid semver whose build metadata, if any, is
 * "+incompatible". */
bool bh_ver_valid_go(const char *s)
{
	ver_semver v;
	if (!ver_go_split(s, &v))
		return false;
	return !v.build || (v.build_len == 12 && !memcmp(v.build, "incompatible", 12));
}
