/* Scheme dispatch, ecosystem names, OSV range checks and the helpers every
 * scheme shares. The orderings themselves live in version_<scheme>.c. */
#include <string.h>
#include <strings.h>

#include "core/util.h"
#include "vuln/version_impl.h"

size_t ver_span_digits(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len && ver_isdigit((unsigned char)s[i]))
		i++;
	return i;
}

bool ver_numzero(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] != '0')
			return false;
	return true;
}

int ver_numcmp(const char *a, size_t alen, const char *b, size_t blen)
{
	while (alen && *a == '0')
		a++, alen--;
	while (blen && *b == '0')
		b++, blen--;
	if (alen != blen)
		return alen < blen ? -1 : 1;
	if (!alen)
		return 0;
	return ver_sign(memcmp(a, b, alen));
}

int ver_memcmp(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t n = alen < blen ? alen : blen;
	int r = n ? memcmp(a, b, n) : 0;
	if (r)
		return ver_sign(r);
	return alen == blen ? 0 : alen < blen ? -1 : 1;
}

void ver_trim(const char **s, size_t *len)
{
	while (*len && ver_isspace((unsigned char)**s))
		(*s)++, (*len)--;
	while (*len && ver_isspace((unsigned char)(*s)[*len - 1]))
		(*len)--;
}

static const struct {
	const char *name;
	int (*cmp)(const char *, const char *);
	bool (*valid)(const char *);
} schemes[BH_VER_SCHEME_COUNT] = {
	[BH_VER_DPKG] = { "dpkg", bh_ver_cmp_dpkg, bh_ver_valid_dpkg },
	[BH_VER_APK] = { "apk", bh_ver_cmp_apk, bh_ver_valid_apk },
	[BH_VER_RPM] = { "rpm", bh_ver_cmp_rpm, bh_ver_valid_rpm },
	[BH_VER_SEMVER] = { "semver", bh_ver_cmp_semver, bh_ver_valid_semver },
	[BH_VER_PEP440] = { "pep440", bh_ver_cmp_pep440, bh_ver_valid_pep440 },
	[BH_VER_GO] = { "go", bh_ver_cmp_go, bh_ver_valid_go },
	[BH_VER_MAVEN] = { "maven", bh_ver_cmp_maven, bh_ver_valid_maven },
	[BH_VER_GEM] = { "gem", bh_ver_cmp_gem, bh_ver_valid_gem },
};

static bool scheme_ok(bh_ver_scheme s)
{
	return (unsigned)s < BH_VER_SCHEME_COUNT;
}

int bh_ver_cmp(bh_ver_scheme scheme, const char *a, const char *b)
{
	if (!scheme_ok(scheme))
		return 0;
	int r = schemes[scheme].cmp(a ? a : "", b ? b : "");
	return (r > 0) - (r < 0);
}

bool bh_ver_valid(bh_ver_scheme scheme, const char *s)
{
	return scheme_ok(scheme) && s && schemes[scheme].valid(s);
}

const char *bh_ver_scheme_name(bh_ver_scheme scheme)
{
	return scheme_ok(scheme) ? schemes[scheme].name : "unknown";
}

bool bh_ver_scheme_from_name(const char *name, bh_ver_scheme *out)
{
	for (int i = 0; name && i < BH_VER_SCHEME_COUNT; i++) {
		if (bh_strcaseeq(name, schemes[i].name)) {
			*out = (bh_ver_scheme)i;
			return true;
		}
	}
	return false;
}

/* OSV ecosystem names (https://ossf.github.io/osv-schema/#affectedpackage-field). */
static const struct {
	const char *ecosystem;
	bh_ver_scheme scheme;
} ecosystems[] = {
	{ "Debian", BH_VER_DPKG },
	{ "Ubuntu", BH_VER_DPKG },
	{ "Alpine", BH_VER_APK },
	{ "Wolfi", BH_VER_APK },
	{ "Chainguard", BH_VER_APK },
	{ "Red Hat", BH_VER_RPM },
	{ "AlmaLinux", BH_VER_RPM },
	{ "Rocky Linux", BH_VER_RPM },
	{ "openSUSE", BH_VER_RPM },
	{ "SUSE", BH_VER_RPM },
	{ "Mageia", BH_VER_RPM },
	{ "openEuler", BH_VER_RPM },
	{ "Photon OS", BH_VER_RPM },
	{ "Azure Linux", BH_VER_RPM },
	{ "npm", BH_VER_SEMVER },
	{ "crates.io", BH_VER_SEMVER },
	{ "Hex", BH_VER_SEMVER },
	{ "Pub", BH_VER_SEMVER },
	{ "SwiftURL", BH_VER_SEMVER },
	{ "NuGet", BH_VER_SEMVER },
	{ "PyPI", BH_VER_PEP440 },
	{ "Go", BH_VER_GO },
	{ "Maven", BH_VER_MAVEN },
	{ "RubyGems", BH_VER_GEM },
};

bool bh_ver_scheme_for_ecosystem(const char *ecosystem, bh_ver_scheme *out)
{
	if (!ecosystem)
		return false;
	const char *colon = strchr(ecosystem, ':');
	size_t len = colon ? (size_t)(colon - ecosystem) : strlen(ecosystem);
	for (size_t i = 0; i < BH_ARRAY_SIZE(ecosystems); i++) {
		const char *e = ecosystems[i].ecosystem;
		if (strlen(e) == len && !strncasecmp(e, ecosystem, len)) {
			*out = ecosystems[i].scheme;
			return true;
		}
	}
	return false;
}

static bool unset(const char *s)
{
	return !s || !*s;
}

bool bh_ver_in_range(bh_ver_scheme scheme, const char *v, const char *introduced,
		     const char *fixed, const char *last_affected)
{
	if (!unset(introduced) && strcmp(introduced, "0") && bh_ver_cmp(scheme, v, introduced) < 0)
		return false;
	if (!unset(fixed) && bh_ver_cmp(scheme, v, fixed) >= 0)
		return false;
	if (!unset(last_affected) && bh_ver_cmp(scheme, v, last_affected) > 0)
		return false;
	return true;
}
