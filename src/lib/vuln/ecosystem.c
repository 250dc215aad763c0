#include "vuln/ecosystem.h"
#include "core/util.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static char *lower(const char *s)
{
	char *r = bh_strdup(s ? s : "");
	for (char *p = r; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return r;
}

static const struct {
	const char *version_id, *codename;
} debian_releases[] = {
	{ "7", "wheezy" }, { "8", "jessie" }, { "9", "stretch" }, { "10", "buster" },
	{ "11", "bullseye" }, { "12", "bookworm" }, { "13", "trixie" }, { "14", "forky" },
	{ "15", "duke" },
};

const char *bh_debian_codename(const char *version_id)
{
	if (!version_id)
		return NULL;
	size_t n = strspn(version_id, "0123456789");
	if (!n || (version_id[n] && version_id[n] != '.'))
		return NULL;
	for (size_t i = 0; i < BH_ARRAY_SIZE(debian_releases); i++)
		if (strlen(debian_releases[i].version_id) == n && !strncmp(debian_releases[i].version_id, version_id, n))
			return debian_releases[i].codename;
	return NULL;
}

char *bh_alpine_branch(const char *release)
{
	const char *s = release ? release : "";
	if (*s == 'v' || *s == 'V')
		s++;
	/* major.minor: everything up to the second dot */
	const char *dot = strchr(s, '.');
	size_t n = strlen(s);
	if (dot) {
		const char *second = strchr(dot + 1, '.');
		if (second)
			n = (size_t)(second - s);
	}
	return bh_strndup(s, n);
}

static const struct {
	const char *osv;      /* OSV ecosystem name */
	const char *key;      /* database ecosystem */
	const char *purl;     /* purl type of its packages */
} language_ecosystems[] = {
	{ "PyPI", "pypi", "pypi" },          { "npm", "npm", "npm" },
	{ "Go", "go", "golang" },            { "Maven", "maven", "maven" },
	{ "crates.io", "crates.io", "cargo" }, { "RubyGems", "rubygems", "gem" },
	{ "NuGet", "nuget", "nuget" },       { "Packagist", "packagist", "composer" },
	{ "Hex", "hex", "hex" },             { "Pub", "pub", "pub" },
};

bool bh_osv_ecosystem_key(const char *osv, char **ecosystem, char **release)
{
	if (!osv || !*osv)
		return false;
	const char *colon = strchr(osv, ':');
	char *base = colon ? bh_strndup(osv, (size_t)(colon - osv)) : bh_strdup(osv);
	const char *rest = colon ? colon + 1 : "";
	bh_ver_scheme scheme;
	if (!bh_ver_scheme_for_ecosystem(base, &scheme)) {
		free(base);
		return false;
	}
	for (size_t i = 0; i < BH_ARRAY_SIZE(language_ecosystems); i++) {
		if (!strcasecmp(base, language_ecosystems[i].osv)) {
			free(base);
			*ecosystem = bh_strdup(language_ecosystems[i].key);
			*release = bh_strdup("");
			return true;
		}
	}
	char *eco = lower(base);
	free(base);
	char *rel = NULL;
	if (!strcmp(eco, "debian")) {
		const char *code = bh_debian_codename(rest);
		rel = code ? bh_strdup(code) : lower(rest);
	} else if (!strcmp(eco, "ubuntu")) {
		/* "22.04:LTS", "Pro:18.04:LTS": the release is the numeric field */
		const char *p = rest;
		while (*p && !isdigit((unsigned char)*p)) {
			const char *c = strchr(p, ':');
			p = c ? c + 1 : p + strlen(p);
		}
		rel = bh_strndup(p, strcspn(p, ":"));
	} else if (!strcmp(eco, "alpine")) {
		rel = bh_alpine_branch(rest);
	} else {
		rel = lower(rest);
	}
	if (!*rel) {
		/* an OS ecosystem without a release cannot be matched safely */
		free(eco);
		free(rel);
		return false;
	}
	*ecosystem = eco;
	*release = rel;
	return true;
}

char *bh_pkg_normalize_name(const char *ecosystem, const char *name)
{
	if (!name)
		return bh_strdup("");
	if (!strcmp(ecosystem, "pypi")) {
		/* PEP 503: lowercase, and every run of -, _ and . becomes one - */
		char *r = bh_malloc(strlen(name) + 1), *w = r;
		for (const char *p = name; *p;) {
			if (*p == '-' || *p == '_' || *p == '.') {
				while (*p == '-' || *p == '_' || *p == '.')
					p++;
				*w++ = '-';
			} else {
				*w++ = (char)tolower((unsigned char)*p++);
			}
		}
		*w = '\0';
		return r;
	}
	if (!strcmp(ecosystem, "go") || !strcmp(ecosystem, "rubygems"))
		return bh_strdup(name);
	if (!strcmp(ecosystem, "maven")) {
		/* group:artifact; a purl-style group/artifact means the same */
		char *r = bh_strdup(name);
		char *slash = strrchr(r, '/');
		if (slash && !strchr(r, ':'))
			*slash = ':';
		return r;
	}
	return lower(name);
}

static int purl_type_ecosystem(const char *type)
{
	/* the table is lowercase: the first letter rules out most entries */
	int c = tolower((unsigned char)*type);
	for (size_t i = 0; i < BH_ARRAY_SIZE(language_ecosystems); i++)
		if ((c == language_ecosystems[i].purl[0] && !strcasecmp(type, language_ecosystems[i].purl)) ||
		    (c == language_ecosystems[i].key[0] && !strcasecmp(type, language_ecosystems[i].key)))
			return (int)i;
	return -1;
}

static void key_lengths(bh_pkg_key *k)
{
	k->ecosystem_len = strlen(k->ecosystem);
	k->release_len = strlen(k->release);
	k->name_len = strlen(k->name);
}

/* s, recorded in k->mem[i] to be freed with the key. */
static const char *owned(bh_pkg_key *k, int i, char *s)
{
	k->mem[i] = s;
	return s;
}

bool bh_pkg_key_of(const bh_package *p, bh_pkg_key *k, const char **why)
{
	memset(k, 0, sizeof *k);
	*why = NULL;
	if (!p->type || !p->name || !p->version || !*p->name || !*p->version) {
		*why = "no type, name or version";
		return false;
	}
	int lang = purl_type_ecosystem(p->type);
	if (lang >= 0) {
		k->ecosystem = language_ecosystems[lang].key;
		k->release = "";
		k->name = owned(k, 2, bh_pkg_normalize_name(k->ecosystem, p->name));
		k->version = p->version;
		k->scheme = BH_VER_SEMVER;
		bh_ver_scheme_for_ecosystem(language_ecosystems[lang].osv, &k->scheme);
		key_lengths(k);
		return true;
	}
	bool deb = !strcasecmp(p->type, "deb"), apk = !strcasecmp(p->type, "apk"), rpm = !strcasecmp(p->type, "rpm");
	if (!deb && !apk && !rpm) {
		*why = "package type has no vulnerability source";
		return false;
	}
	const char *distro = p->distro && *p->distro ? p->distro : deb ? NULL : apk ? "alpine" : NULL;
	if (!distro || !p->distro_release || !*p->distro_release) {
		*why = "OS package without distribution and release";
		return false;
	}
	k->ecosystem = owned(k, 0, lower(distro));
	const char *code = deb && !strcmp(k->ecosystem, "debian") ? bh_debian_codename(p->distro_release) : NULL;
	if (code)
		k->release = code;
	else if (apk)
		k->release = owned(k, 1, bh_alpine_branch(p->distro_release));
	else if (rpm)
		k->release = owned(k, 1, bh_strndup(p->distro_release, strcspn(p->distro_release, ".")));
	else
		k->release = owned(k, 1, lower(p->distro_release));
	/* Distribution advisories are written against source packages. */
	const char *name = rpm ? p->name : p->source_name && *p->source_name ? p->source_name : p->name;
	k->name = owned(k, 2, lower(name));
	k->version = p->source_version && *p->source_version && !rpm ? p->source_version : p->version;
	k->scheme = deb ? BH_VER_DPKG : apk ? BH_VER_APK : BH_VER_RPM;
	key_lengths(k);
	return true;
}

void bh_pkg_key_release(bh_pkg_key *k)
{
	for (int i = 0; i < 3; i++)
		free(k->mem[i]);
	memset(k, 0, sizeof *k);
}

const char *bh_vuln_severity_from_urgency(const char *urgency)
{
	if (!urgency)
		return "unknown";
	size_t n = strcspn(urgency, "*");
	static const struct {
		const char *word, *severity;
	} words[] = {
		{ "unimportant", "negligible" }, { "negligible", "negligible" }, { "low", "low" },
		{ "medium", "medium" },          { "moderate", "medium" },      { "high", "high" },
		{ "important", "high" },         { "critical", "critical" },
	};
	for (size_t i = 0; i < BH_ARRAY_SIZE(words); i++)
		if (strlen(words[i].word) == n && !strncasecmp(words[i].word, urgency, n))
			return words[i].severity;
	return "unknown";
}

int bh_vuln_severity_rank(const char *s)
{
	static const char *const order[] = { "unknown", "negligible", "low", "medium", "high", "critical" };
	for (int i = 0; i < (int)BH_ARRAY_SIZE(order); i++)
		if (s && !strcmp(s, order[i]))
			return i;
	return 0;
}

const char *bh_vuln_severity_from_score(double score)
{
	if (score >= 9.0)
		return "critical";
	if (score >= 7.0)
		return "high";
	if (score >= 4.0)
		return "medium";
	if (score > 0.0)
		return "low";
	return "negligible";
}

/* CVSS v3.1 specification, section 7.4: round up to one decimal, computed on
 * integers so that 4.000000001 does not become 4.1. */
static double roundup(double x)
{
	long long i = llround(x * 100000.0);
	if (i % 10000 == 0)
		return (double)i / 100000.0;
	return (double)(i / 10000 + 1) / 10.0;
}

bool bh_cvss3_base_score(const char *vector, double *score)
{
	if (!vector || (strncmp(vector, "CVSS:3.0/", 9) && strncmp(vector, "CVSS:3.1/", 9)))
		return false;
	double av = -1, ac = -1, pr = -1, ui = -1, c = -1, in = -1, a = -1;
	int scope = -1; /* 0 unchanged, 1 changed */
	char pr_letter = 0;
	for (const char *p = vector + 9; *p;) {
		const char *end = p + strcspn(p, "/");
		const char *colon = memchr(p, ':', (size_t)(end - p));
		if (!colon || end - colon != 2)
			return false;
		size_t klen = (size_t)(colon - p);
		char v = colon[1];
#define KEY(s) (klen == strlen(s) && !strncmp(p, s, klen))
		if (KEY("AV"))
			av = v == 'N' ? 0.85 : v == 'A' ? 0.62 : v == 'L' ? 0.55 : v == 'P' ? 0.2 : -2;
		else if (KEY("AC"))
			ac = v == 'L' ? 0.77 : v == 'H' ? 0.44 : -2;
		else if (KEY("PR"))
			pr_letter = v, pr = (v == 'N' || v == 'L' || v == 'H') ? 0 : -2;
		else if (KEY("UI"))
			ui = v == 'N' ? 0.85 : v == 'R' ? 0.62 : -2;
		else if (KEY("S"))
			scope = v == 'U' ? 0 : v == 'C' ? 1 : -2;
		else if (KEY("C") || KEY("I") || KEY("A")) {
			double w = v == 'H' ? 0.56 : v == 'L' ? 0.22 : v == 'N' ? 0 : -2;
			if (KEY("C"))
				c = w;
			else if (KEY("I"))
				in = w;
			else
				a = w;
		}
#undef KEY
		/* temporal and environmental metrics do not change the base score */
		p = *end ? end + 1 : end;
	}
	if (av < 0 || ac < 0 || pr < 0 || ui < 0 || scope < 0 || c < 0 || in < 0 || a < 0)
		return false;
	pr = pr_letter == 'N' ? 0.85 : pr_letter == 'L' ? (scope ? 0.68 : 0.62) : (scope ? 0.5 : 0.27);
	double iss = 1 - (1 - c) * (1 - in) * (1 - a);
	double impact = scope ? 7.52 * (iss - 0.029) - 3.25 * pow(iss - 0.02, 15) : 6.42 * iss;
	double exploitability = 8.22 * av * ac * pr * ui;
	if (impact <= 0) {
		*score = 0;
		return true;
	}
	double raw = scope ? 1.08 * (impact + exploitability) : impact + exploitability;
	*score = roundup(raw < 10 ? raw : 10);
	return true;
}
