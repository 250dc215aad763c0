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
	/* most runs are a digit or two: cheaper than a call to memcmp */
	if (alen <= 8) {
		for (size_t i = 0; i < alen; i++)
			if (a[i] != b[i])
				return (unsigned char)a[i] < (unsigned char)b[i] ? -1 : 1;
		return 0;
	}
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
#define ECO(name, scheme) { name, sizeof(name) - 1, scheme }

static const struct {
	const char *ecosystem;
	size_t len;
	bh_ver_scheme scheme;
} ecosystems[] = {
	ECO("Debian", BH_VER_DPKG),
	ECO("Ubuntu", BH_VER_DPKG),
	ECO("Alpine", BH_VER_APK),
	ECO("Wolfi", BH_VER_APK),
	ECO("Chainguard", BH_VER_APK),
	ECO("Red Hat", BH_VER_RPM),
	ECO("AlmaLinux", BH_VER_RPM),
	ECO("Rocky Linux", BH_VER_RPM),
	ECO("openSUSE", BH_VER_RPM),
	ECO("SUSE", BH_VER_RPM),
	ECO("Mageia", BH_VER_RPM),
	ECO("openEuler", BH_VER_RPM),
	ECO("Photon OS", BH_VER_RPM),
	ECO("Azure Linux", BH_VER_RPM),
	ECO("npm", BH_VER_SEMVER),
	ECO("crates.io", BH_VER_SEMVER),
	ECO("Hex", BH_VER_SEMVER),
	ECO("Pub", BH_VER_SEMVER),
	ECO("SwiftURL", BH_VER_SEMVER),
	ECO("NuGet", BH_VER_SEMVER),
	ECO("PyPI", BH_VER_PEP440),
	ECO("Go", BH_VER_GO),
	ECO("Maven", BH_VER_MAVEN),
	ECO("RubyGems", BH_VER_GEM),
};

bool bh_ver_scheme_for_ecosystem(const char *ecosystem, bh_ver_scheme *out)
{
	if (!ecosystem)
		return false;
	const char *colon = strchr(ecosystem, ':');
	size_t len = colon ? (size_t)(colon - ecosystem) : strlen(ecosystem);
	for (size_t i = 0; i < BH_ARRAY_SIZE(ecosystems); i++) {
		if (ecosystems[i].len == len && !strncasecmp(ecosystems[i].ecosystem, ecosystem, len)) {
			*out = ecosystems[i].scheme;
			return true;
		}
	}
	return false;
}

void bh_ver_parse(bh_ver_parsed *out, bh_ver_scheme scheme, const char *v)
{
	memset(out, 0, sizeof *out);
	out->scheme = scheme;
	out->text = v ? v : "";
	switch (scheme) {
	case BH_VER_DPKG:
		ver_dpkg_split(out->text, &out->u.dpkg);
		break;
	case BH_VER_SEMVER:
		ver_semver_split(out->text, &out->u.semver);
		break;
	case BH_VER_PEP440:
		out->ok = ver_pep440_parse(out->text, &out->u.pep440);
		break;
	case BH_VER_GO:
		out->ok = ver_go_split(out->text, &out->u.semver);
		break;
	default: /* the other schemes compare the text */
		break;
	}
}

int bh_ver_cmp_parsed(const bh_ver_parsed *a, const char *b)
{
	b = b ? b : "";
	return bh_ver_cmp_parsed_n(a, b, strlen(b));
}

int bh_ver_cmp_parsed_n(const bh_ver_parsed *a, const char *b, size_t blen)
{
	int r;
	switch (a->scheme) {
	case BH_VER_DPKG:
		r = ver_dpkg_cmp_parsed(&a->u.dpkg, b, blen);
		break;
	case BH_VER_SEMVER: {
		ver_semver vb;
		ver_semver_split_n(b, blen, &vb);
		r = ver_semver_cmp_parts(&a->u.semver, &vb);
		break;
	}
	case BH_VER_PEP440:
		r = ver_pep440_cmp_parsed(&a->u.pep440, a->ok, a->text, b, blen);
		break;
	case BH_VER_GO:
		r = ver_go_cmp_parsed(&a->u.semver, a->ok, b);
		break;
	default:
		return bh_ver_cmp(a->scheme, a->text, b);
	}
	return (r > 0) - (r < 0);
}

bh_ver_text bh_ver_text_of(const char *s)
{
	return (bh_ver_text){ s, s ? strlen(s) : 0 };
}

bool bh_ver_in_range_parsed(const bh_ver_parsed *v, bh_ver_text introduced, bh_ver_text fixed,
			    bh_ver_text last_affected)
{
	/* NULL or "" is no bound; introduced "0" is the beginning */
	if (introduced.len && !(introduced.len == 1 && introduced.s[0] == '0') &&
	    bh_ver_cmp_parsed_n(v, introduced.s, introduced.len) < 0)
		return false;
	if (fixed.len && bh_ver_cmp_parsed_n(v, fixed.s, fixed.len) >= 0)
		return false;
	if (last_affected.len && bh_ver_cmp_parsed_n(v, last_affected.s, last_affected.len) > 0)
		return false;
	return true;
}

bool bh_ver_in_range(bh_ver_scheme scheme, const char *v, const char *introduced,
		     const char *fixed, const char *last_affected)
{
	bh_ver_parsed p;
	bh_ver_parse(&p, scheme, v);
	return bh_ver_in_range_parsed(&p, bh_ver_text_of(introduced), bh_ver_text_of(fixed),
				      bh_ver_text_of(last_affected));
}
