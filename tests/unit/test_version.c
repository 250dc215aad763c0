/* Version comparison (src/lib/vuln/version.h): per-scheme vectors written from
 * each project's documented ordering rules and examples, sorted lists checked
 * pairwise, properties (reflexivity, antisymmetry, transitivity) over random
 * strings, hostile inputs, validity, ecosystems and OSV ranges. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "vuln/version.h"

typedef struct {
	const char *a, *b;
	int want; /* -1: a < b, 0: a == b, 1: a > b */
} vec;

static void check_vectors(bh_ver_scheme s, const vec *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int got = bh_ver_cmp(s, v[i].a, v[i].b), back = bh_ver_cmp(s, v[i].b, v[i].a);
		if (got == v[i].want && back == -v[i].want && !bh_ver_cmp(s, v[i].a, v[i].a)) {
			check_passed++;
		} else {
			check_failed++;
			fprintf(stderr, "%s: cmp(\"%s\", \"%s\") = %d (reverse %d), want %d\n",
				bh_ver_scheme_name(s), v[i].a, v[i].b, got, back, v[i].want);
		}
	}
}

/* Every earlier entry sorts strictly before every later one. */
static void check_sorted(bh_ver_scheme s, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		for (size_t j = 0; j < n; j++) {
			int got = bh_ver_cmp(s, list[i], list[j]);
			int want = i < j ? -1 : i > j ? 1 : 0;
			if (got == want) {
				check_passed++;
			} else {
				check_failed++;
				fprintf(stderr, "%s: sorted list: cmp(\"%s\", \"%s\") = %d, want %d\n",
					bh_ver_scheme_name(s), list[i], list[j], got, want);
			}
		}
	}
}

static void check_valid(bh_ver_scheme s, const char *const *yes, size_t ny, const char *const *no, size_t nn)
{
	for (size_t i = 0; i < ny; i++) {
		if (bh_ver_valid(s, yes[i])) {
			check_passed++;
		} else {
			check_failed++;
			fprintf(stderr, "%s: \"%s\" should be valid\n", bh_ver_scheme_name(s), yes[i]);
		}
	}
	for (size_t i = 0; i < nn; i++) {
		if (!bh_ver_valid(s, no[i])) {
			check_passed++;
		} else {
			check_failed++;
			fprintf(stderr, "%s: \"%s\" should be invalid\n", bh_ver_scheme_name(s), no[i]);
		}
	}
}

#define VECTORS(s, t) check_vectors(s, t, sizeof(t) / sizeof((t)[0]))
#define SORTED(s, t) check_sorted(s, t, sizeof(t) / sizeof((t)[0]))
#define VALID(s, y, n) check_valid(s, y, sizeof(y) / sizeof((y)[0]), n, sizeof(n) / sizeof((n)[0]))

/* ---- dpkg: Debian Policy 5.6.12 ---------------------------------------- */

static const vec dpkg_vec[] = {
	{ "1.0", "1.0", 0 },
	{ "1.0~rc1", "1.0", -1 },      /* ~ sorts before the end */
	{ "1.0~~", "1.0~~a", -1 },     /* the Policy's own example chain */
	{ "1.0~~a", "1.0~", -1 },
	{ "1.0~", "1.0", -1 },
	{ "1.0", "1.0a", -1 },
	{ "1.0a", "1.0+", -1 },        /* letters before non-letters */
	{ "1.0a", "1.0.", -1 },
	{ "1.0A", "1.0a", -1 },        /* ASCII among letters */
	{ "1.0+", "1.0.", -1 },        /* '+' (43) before '.' (46) */
	{ "1.0", "1.0.0", -1 },        /* "" before "." */
	{ "1.01", "1.1", 0 },          /* digit runs compare numerically */
	{ "001", "1", 0 },
	{ "2.30", "2.4", 1 },
	{ "1.0", "1.0-0", 0 },         /* missing revision == "0" */
	{ "1.0-0", "1.0-00", 0 },
	{ "1.0-1", "1.0-2", -1 },
	{ "1.0-9", "1.0-10", -1 },
	{ "1.0-1~bpo1", "1.0-1", -1 },
	{ "1.2.3-1ubuntu1", "1.2.3-1", 1 },
	{ "1.0+dfsg-1", "1.0-1", 1 },
	{ "1.0-a-b", "1.0-a-c", -1 },  /* the revision starts after the last '-' */
	{ "1.0-a-1", "1.0-1", 1 },     /* upstream 1.0-a > 1.0 */
	{ "0:1.0", "1.0", 0 },
	{ "00:1.0", "0:1.0", 0 },
	{ "1:0.1", "9.9", 1 },
	{ "2:1.0", "1:9.0", 1 },
	{ "1:2:3", "1:2:4", -1 },      /* a colon inside upstream once an epoch is there */
	{ "10000000000000000000000:1", "9:1", 1 },
	{ "1.99999999999999999999999", "1.100000000000000000000000", -1 },
	{ "1.000000000000000000000000000000000000007", "1.7", 0 },
	{ " 1.0 ", "1.0", 0 },         /* dpkg ignores surrounding blanks */
	{ "1.0\xc3\xa9", "1.0+", -1 }, /* high bytes: after letters, before punctuation */
	{ "1.0\xc3\xa9", "1.0z", 1 },
	{ "", "0", 0 },
	{ "~", "", -1 },
};

static const char *const dpkg_sorted[] = {
	"0~", "0", "0.1~a", "0.1", "0.1-1", "0.1-1+b1", "0.1a", "0.1+dfsg-1", "0.1.0",
	"0.2~rc1", "0.2", "0.10", "1.0~beta1~~", "1.0~beta1~", "1.0~beta1", "1.0~beta2",
	"1.0~rc1", "1.0", "1.0-0.1", "1.0-1~bpo11+1", "1.0-1", "1.0-1ubuntu0.1", "1.0-1+b1",
	"1.0-1.1", "1.0-2", "1.0-10", "1.0a", "1.0+dfsg1-1", "1.0.1", "9.99", "1:0", "1:0.1",
	"2:0~", "18446744073709551616:0",
};

static const char *const dpkg_ok[] = {
	"1.0", "1:1.0-1", "0:1", "1.0~rc1+dfsg-1ubuntu0.2", "2147483647:1", "1.0-a-b", " 1.0 ",
};
static const char *const dpkg_bad[] = {
	"", "a1.0", "1.0-", ":1.0", "a:1.0", "1:", "-1", "2147483648:1", "1.0_1",
	"1.0-1_2", "1 0", "1.0\xc3\xa9", "1:-1",
};

/* ---- apk: apk-tools ----------------------------------------------------- */

static const vec apk_vec[] = {
	{ "1.0", "1.0", 0 },
	{ "1.0", "1.1", -1 },
	{ "1.9", "1.10", -1 },
	{ "1.0", "1.0.1", -1 },
	{ "1.0", "1.0a", -1 },
	{ "1.0a", "1.0b", -1 },
	{ "1.0a", "1.0.1", -1 },        /* more numbers beat a letter */
	{ "1.0_rc1", "1.0", -1 },
	{ "1.0_rc1", "1.0_rc2", -1 },
	{ "1.0_rc9", "1.0_rc10", -1 },
	{ "1.0_alpha", "1.0_alpha1", -1 },
	{ "1.0_rc1", "1.0_rc1_p1", -1 },
	{ "1.0_rc1_p1", "1.0_rc2", -1 },
	{ "1.0_p1", "1.0", 1 },
	{ "1.0_p1", "1.0-r5", 1 },      /* a post suffix beats a release bump */
	{ "1.0_rc1", "1.0-r1", -1 },
	{ "1.0-r0", "1.0-r1", -1 },
	{ "1.0-r9", "1.0-r10", -1 },
	{ "1.0", "1.0-r0", -1 },
	{ "1.0-r100", "1.0.1", -1 },
	{ "1.01", "1.1", -1 },          /* leading zero: compared like a fraction */
	{ "1.001", "1.01", -1 },
	{ "1.09", "1.1", -1 },
	{ "1.0", "1.00", -1 },
	{ "01.0", "1.0", 0 },           /* the first number is a plain number */
	{ "2.12.0", "2.9.9", 1 },
	{ "1.0_beta", "1.0_pre", -1 },
	{ "1.0_svn", "1.0_git", -1 },
	{ "1.0_hg", "1.0_p", -1 },
	{ "1.2.3-r0", "1.2.3_git20240101-r0", -1 },
	{ "1.0123456789012345678901234567890", "1.0123456789012345678901234567891", -1 },
	{ "99999999999999999999999999.0", "100000000000000000000000000.0", -1 },
	{ "1.0_foo", "1.0-r9", 1 },     /* apk: an invalid tail sorts last */
	{ "1.0_foo", "1.0_foo", 0 },
};

static const char *const apk_sorted[] = {
	"0.9", "1.0_alpha", "1.0_alpha1", "1.0_alpha2", "1.0_beta1", "1.0_pre1", "1.0_rc1",
	"1.0_rc1-r1", "1.0_rc1_p1", "1.0", "1.0-r1", "1.0-r2", "1.0_cvs1", "1.0_svn1",
	"1.0_git20230101", "1.0_hg1", "1.0_p1", "1.0_p2", "1.0a", "1.0b", "1.0b_p1", "1.0.001",
	"1.0.01", "1.0.1", "1.0.1a", "1.0.2", "1.0.10", "1.1", "1.10", "2",
};

static const char *const apk_ok[] = {
	"1", "1.2.3", "1.2.3a", "1.2.3_rc1", "1.2.3_rc1_p2-r4", "1.2.3-r0", "1.2_p", "20240101",
};
static const char *const apk_bad[] = {
	"", "a1", "1.2.3-1", "1.2.3_foo", "1..2", "1.2.", "1.2.3-r", "1.2ab", "1.2.3-r1-r2", "v1.2", "1.2-R1",
};

/* ---- rpm: rpmvercmp (rpm's tests/rpmvercmp.at) --------------------------- */

static const vec rpm_vec[] = {
	{ "1.0", "1.0", 0 },
	{ "1.0", "2.0", -1 },
	{ "2.0.1", "2.0.1", 0 },
	{ "2.0", "2.0.1", -1 },
	{ "2.0.1a", "2.0.1", 1 },
	{ "5.5p1", "5.5p2", -1 },
	{ "5.5p1", "5.5p10", -1 },
	{ "10xyz", "10.1xyz", -1 },
	{ "xyz10", "xyz10.1", -1 },
	{ "xyz.4", "xyz.4", 0 },
	{ "xyz.4", "8", -1 },           /* numbers beat letters */
	{ "xyz.4", "2", -1 },
	{ "5.5p2", "5.6p1", -1 },
	{ "5.6p1", "6.5p1", -1 },
	{ "6.0.rc1", "6.0", 1 },
	{ "10b2", "10a1", 1 },
	{ "10a2", "10b2", -1 },
	{ "1.0aa", "1.0aa", 0 },
	{ "1.0a", "1.0aa", -1 },
	{ "10.0001", "10.1", 0 },
	{ "10.0001", "10.0039", -1 },
	{ "4.999.9", "5.0", -1 },
	{ "20101121", "20101122", -1 },
	{ "2_0", "2.0", 0 },            /* any separator is a separator */
	{ "a+", "a_", 0 },
	{ "+a", "_a", 0 },
	{ "+_", "+", 0 },
	{ "+", "_", 0 },
	{ "1.0~rc1", "1.0", -1 },
	{ "1.0~rc1", "1.0~rc2", -1 },
	{ "1.0~rc1~git123", "1.0~rc1", -1 },
	{ "1.0^", "1.0", 1 },
	{ "1.0^git1", "1.0", 1 },
	{ "1.0^git1", "1.01", -1 },
	{ "1.0^20160101", "1.0.1", -1 },
	{ "1.0^20160101^git1", "1.0^20160101", 1 },
	{ "1.0~rc1^git1", "1.0~rc1", 1 },
	{ "1.0~rc1^git1", "1.0", -1 },
	{ "1.0^git1~pre", "1.0^git1", -1 },
	{ "1:1.0", "2.0", 1 },          /* epoch first */
	{ "0:1.0-1", "1.0-1", 0 },
	{ "1.0-1", "1.0-2", -1 },
	{ "1.0-1.el8", "1.0-1.el9", -1 },
	{ "1.0-1.el9_2", "1.0-1.el9", 1 },
	{ "1.0", "1.0-1", -1 },         /* a missing release is the oldest */
	{ "2.02-156.el9", "2.2-1.el9", 1 },
	{ "123456789012345678901234567890", "123456789012345678901234567891", -1 },
};

static const char *const rpm_sorted[] = {
	"0.9", "1.0~~", "1.0~alpha", "1.0~rc1", "1.0~rc1^git1", "1.0", "1.0-1", "1.0-1.el8",
	"1.0-2", "1.0^", "1.0^git1", "1.0^git2", "1.0a", "1.0.1", "1.1", "1.10", "2", "1:0.1",
};

static const char *const rpm_ok[] = { "1.0", "1:1.0-1.el9", "1.0~rc1^git2", "2.02-156.el9_3.1" };
static const char *const rpm_bad[] = { "", "1.0-", "-1", "1.0-1-2", "1.0 1", "a:1.0:1" };

/* ---- SemVer 2.0.0 ------------------------------------------------------- */

static const vec semver_vec[] = {
	{ "1.0.0", "2.0.0", -1 },
	{ "2.0.0", "2.1.0", -1 },
	{ "2.1.0", "2.1.1", -1 },
	{ "1.9.0", "1.10.0", -1 },
	{ "1.0.0-alpha", "1.0.0", -1 },
	{ "1.0.0-alpha", "1.0.0-alpha.1", -1 },
	{ "1.0.0-alpha.1", "1.0.0-alpha.beta", -1 }, /* numeric before alphanumeric */
	{ "1.0.0-beta.2", "1.0.0-beta.11", -1 },     /* numerically */
	{ "1.0.0-rc.1", "1.0.0", -1 },
	{ "1.0.0-Beta", "1.0.0-alpha", -1 },         /* ASCII: 'B' < 'a' */
	{ "1.0.0-alpha-1", "1.0.0-alpha-2", -1 },
	{ "1.0.0+build.1", "1.0.0+build.2", 0 },     /* build metadata ignored */
	{ "1.0.0-rc.1+b", "1.0.0-rc.1", 0 },
	{ "v1.2.3", "1.2.3", 0 },
	{ "V1.2.3", "1.2.3", 0 },
	{ "1.2", "1.2.0", 0 },
	{ "1", "1.0.0", 0 },
	{ "01.2.3", "1.2.3", 0 },
	{ "1.2.3.4", "1.2.3", 1 },
	{ "1.2.3.0", "1.2.3", 0 },
	{ "1.0.0-1", "1.0.0-a", -1 },
	{ "1.0.0-a.b.c", "1.0.0-a.b", 1 },
	{ "18446744073709551616.0.0", "18446744073709551615.0.0", 1 },
	{ "0.0.0-99999999999999999999999999", "0.0.0-100000000000000000000000000", -1 },
};

static const char *const semver_sorted[] = {
	"0.0.1", "0.1.0", "1.0.0-0", "1.0.0-0.3.7", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta",
	"1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0",
	"1.10.0", "2.0.0-x.7.z.92", "2.0.0",
};

static const char *const semver_ok[] = {
	"0.0.4", "1.2.3", "10.20.30", "1.1.2-prerelease+meta", "1.0.0-alpha.beta.1", "1.0.0-0A.is.legal",
	"1.0.0+0.build.1-rc.10000aaa-kk-0.1", "v1.2.3", "2.0.0-rc.1+build.123",
};
static const char *const semver_bad[] = {
	"", "1", "1.2", "1.2.3.4", "01.2.3", "1.02.3", "1.2.3-0123", "1.2.3-", "1.2.3+", "1.2.3-a..b",
	"1.2.3-a_b", " 1.2.3", "a.b.c", "1.2.3+a+b",
};

/* ---- PEP 440 ------------------------------------------------------------ */

static const vec pep440_vec[] = {
	{ "1.0", "1.0.0", 0 },
	{ "1.0ALPHA1", "1.0a1", 0 },
	{ "1.0-alpha.1", "1.0a1", 0 },
	{ "1.0.beta_2", "1.0b2", 0 },
	{ "1.0c1", "1.0rc1", 0 },
	{ "1.0pre", "1.0rc0", 0 },
	{ "1.0preview2", "1.0rc2", 0 },
	{ "1.0a", "1.0a0", 0 },
	{ "1.0-1", "1.0.post1", 0 },
	{ "1.0r", "1.0.post0", 0 },
	{ "1.0rev1", "1.0.post1", 0 },
	{ "1.0_post_2", "1.0.post2", 0 },
	{ "1.0-dev", "1.0.dev0", 0 },
	{ "1.0dev3", "1.0.dev3", 0 },
	{ "v1.0", "1.0", 0 },
	{ " 1.0\n", "1.0", 0 },
	{ "01.00", "1.0", 0 },
	{ "0!1.0", "1.0", 0 },
	{ "1.0+ubuntu-1", "1.0+ubuntu.1", 0 },
	{ "1.0+ABC", "1.0+abc", 0 },
	{ "1!1.0", "2.0", 1 },
	{ "1.0.dev1", "1.0a1", -1 },
	{ "1.0a1.dev1", "1.0a1", -1 },
	{ "1.0.post1.dev1", "1.0.post1", -1 },
	{ "1.0.post1.dev1", "1.0", 1 },
	{ "1.0rc1", "1.0", -1 },
	{ "1.0", "1.0+local", -1 },
	{ "1.0+abc", "1.0+1", -1 },           /* numeric local segments sort last */
	{ "1.0+1.abc", "1.0+1", 1 },
	{ "1.0+2", "1.0+10", -1 },
	{ "1.0.post1", "1.0.1", -1 },
	{ "1.0.99999999999999999999999", "1.0.100000000000000000000000", -1 },
	{ "not a version", "0.0.0.dev0", -1 }, /* invalid before valid */
	{ "abc", "abd", -1 },
};

/* The ordering example in PEP 440, plus some neighbours. */
static const char *const pep440_sorted[] = {
	"1.dev0", "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12", "1.0b1.dev456",
	"1.0b2", "1.0b2.post345.dev456", "1.0b2.post345", "1.0rc1.dev456", "1.0rc1", "1.0",
	"1.0+abc.5", "1.0+abc.7", "1.0+5", "1.0.post456.dev34", "1.0.post456", "1.0.15",
	"1.1.dev1", "2.0", "1!0.1",
};

static const char *const pep440_ok[] = {
	"1.0", "1!2.0", "1.0a1", "1.0.post1.dev2", "1.0+local.7", "v1.0", "1.0-1", "1.0.0.0.0",
	"1.0RC1", "2012.04",
};
static const char *const pep440_bad[] = {
	"", "a", "1.0+", "1.0+a..b", "1.0.", "1.0-", "1.0a1b2", "1!", "!1", "1.0 1", "1.0.post.dev.x",
};

/* ---- Go modules --------------------------------------------------------- */

static const vec go_vec[] = {
	{ "v1.0.0", "v1.0.1", -1 },
	{ "v1.2.3", "1.2.3", 0 },             /* OSV writes Go versions without the v */
	{ "v1", "v1.0.0", 0 },
	{ "v1.2", "v1.2.0", 0 },
	{ "v2.0.0+incompatible", "v2.0.0", 0 },
	{ "v2.1.0+incompatible", "v2.0.0", 1 },
	{ "v0.0.0-20191109021931-daa7c04131f5", "v0.0.1", -1 },
	{ "v0.0.0-20191109021931-daa7c04131f5", "v0.0.0-20201109021931-000000000000", -1 },
	{ "v1.2.4-0.20191109021931-daa7c04131f5", "v1.2.3", 1 },
	{ "v1.2.4-0.20191109021931-daa7c04131f5", "v1.2.4", -1 },
	{ "v1.2.3-pre.0.20191109021931-daa7c04131f5", "v1.2.3-pre", 1 },
	{ "v1.2.3-pre.0.20191109021931-daa7c04131f5", "v1.2.3", -1 },
	{ "v1.0.0-rc.1", "v1.0.0", -1 },
	{ "v1.2.3.4", "v0.0.0", -1 },          /* invalid before valid */
	{ "v1.02.3", "v0.0.1", -1 },
	{ "v1.2-pre", "v0.0.1", -1 },           /* no pre-release on a shorthand */
	{ "bogus", "v1..2", 0 },                /* two invalid versions are equal */
	{ "V1.0.0", "v0.0.1", -1 },
};

static const char *const go_sorted[] = {
	"v0.0.0-20180101000000-aaaaaaaaaaaa", "v0.0.0-20190101000000-aaaaaaaaaaaa", "v0.0.1",
	"v0.1.0", "v1.0.0-alpha", "v1.0.0-rc.1", "v1.0.0-rc.1.0.20200101000000-abcdefabcdef",
	"v1.0.0", "v1.0.1-0.20200101000000-abcdefabcdef", "v1.0.1", "v1.10.0",
	"v2.0.0+incompatible", "v2.0.1", "v10.0.0",
};

static const char *const go_ok[] = {
	"v1.2.3", "1.2.3", "v1", "v1.2", "v2.0.0+incompatible", "v0.0.0-20191109021931-daa7c04131f5",
};
static const char *const go_bad[] = {
	"", "v", "v1.2.3.4", "v01.2.3", "v1.2-pre", "v1.2.3+meta", "V1.2.3", "v1.2.3-", "latest",
};

/* ---- Maven ComparableVersion --------------------------------------------- */

static const vec maven_vec[] = {
	{ "1", "1.0", 0 },
	{ "1", "1.0.0", 0 },
	{ "1.0", "1.0.0", 0 },
	{ "1", "1-ga", 0 },
	{ "1", "1-final", 0 },
	{ "1", "1-release", 0 },
	{ "1", "1.0-GA", 0 },
	{ "1ga", "1", 0 },
	{ "1-cr", "1-rc", 0 },
	{ "1cr1", "1rc1", 0 },
	{ "1a1", "1-alpha-1", 0 },
	{ "1b2", "1-beta-2", 0 },
	{ "1m3", "1-milestone-3", 0 },
	{ "1X", "1x", 0 },
	{ "1.0-ALPHA-1", "1.0-alpha-1", 0 },
	{ "1-alpha", "1-beta", -1 },
	{ "1-beta", "1-milestone", -1 },
	{ "1-milestone", "1-rc", -1 },
	{ "1-rc", "1-snapshot", -1 },
	{ "1-snapshot", "1", -1 },
	{ "1", "1-sp", -1 },
	{ "1-sp", "1-abc", -1 },            /* unknown qualifiers after known ones */
	{ "1-abc", "1-def", -1 },
	{ "1.0-alpha-1", "1.0", -1 },
	{ "1.0-SNAPSHOT", "1.0", -1 },
	{ "1.0", "1.0.1", -1 },
	{ "1.0.RC2", "1.0-RC3", -1 },       /* documented: 1.0.RC2 < 1.0-RC3 < 1.0.1 */
	{ "1.0-RC3", "1.0.1", -1 },
	{ "1.0.X2", "1.0-X3", -1 },
	{ "1-1", "1.1", -1 },
	{ "1.9", "1.10", -1 },
	{ "1.0.0.99999999999999999999", "1.0.0.100000000000000000000", -1 },
	{ "2.0.0.Final", "2.0.0", 0 },
	{ "5.3.0.RELEASE", "5.3.0", 0 },
	{ "5.3.0.M1", "5.3.0", -1 },
};

/* The ordered lists of Maven's own ComparableVersionTest (qualifiers, numbers). */
static const char *const maven_sorted_q[] = {
	"1-alpha2snapshot", "1-alpha2", "1-alpha-123", "1-beta-2", "1-beta123", "1-m2", "1-m11",
	"1-rc", "1-cr2", "1-rc123", "1-SNAPSHOT", "1", "1-sp", "1-sp2", "1-sp123", "1-abc", "1-def",
	"1-pom-1", "1-1-snapshot", "1-1", "1-2", "1-123",
};
static const char *const maven_sorted_n[] = {
	"2.0", "2.0.a", "2-1", "2.0.2", "2.0.123", "2.1.0", "2.1-a", "2.1b", "2.1-c", "2.1-1",
	"2.1.0.1", "2.2", "2.123", "11.a2", "11.a11", "11.b2", "11.b11", "11.m2", "11.m11", "11",
	"11.a", "11b", "11c", "11m",
};

static const char *const maven_ok[] = { "1.0", "1.0-SNAPSHOT", "5.3.0.RELEASE", "2.13.4.2" };
static const char *const maven_bad[] = { "", "1.0 final", "SNAPSHOT" };

/* ---- RubyGems ----------------------------------------------------------- */

static const vec gem_vec[] = {
	{ "1.0", "1.0.0", 0 },
	{ "1", "1.0.0.0", 0 },
	{ "1.0.a", "1.0.b", -1 },
	{ "1.0.b", "1.0", -1 },             /* a letter marks a pre-release */
	{ "1.0", "1.0.1", -1 },
	{ "1.0.a.2", "1.0.a.1", 1 },
	{ "1.0.b1", "1.0.b2", -1 },
	{ "1.8.2.a10", "1.8.2.a9", 1 },
	{ "0.9", "1.0.a", -1 },
	{ "1.a", "1.0.a", 0 },              /* canonical segments */
	{ "1.0.a.0", "1.a", 0 },
	{ "1.0-rc1", "1.0.pre.rc1", 0 },    /* '-' reads as ".pre." */
	{ "1.0-1", "1.0", -1 },
	{ "1.0.0.a", "1.0", -1 },
	{ "10", "9", 1 },
	{ "1.0.rc1", "1.0.RC1", 1 },        /* strings compare byte-wise */
	{ " 1.0 ", "1.0", 0 },
	{ "", "0", 0 },
	{ "1.99999999999999999999999999", "1.100000000000000000000000000", -1 },
};

static const char *const gem_sorted[] = {
	"0.9", "1.0.a", "1.0.a.1", "1.0.a.2", "1.0.b1", "1.0.rc1", "1.0", "1.0.1.a", "1.0.1",
	"1.1", "1.10", "2",
};

static const char *const gem_ok[] = { "1", "1.0", "1.0.a", "1.0.0.rc1", "1.0-rc1", "1.0-pre-1", "", " 2.0 " };
static const char *const gem_bad[] = { "a", "1.", "1..0", "1.0-", "1.0 1", "1.0_1", "-1", "1.0-a..b" };

/* ---- properties over random strings ------------------------------------- */

static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;

static uint32_t rnd(uint32_t n)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (uint32_t)(rng_state % n);
}

/* Strings over an alphabet that hits every scheme's special characters. */
static void random_version(char *buf, size_t cap)
{
	static const char *const pieces[] = {
		"0", "1", "2", "9", "10", "00", "01", "123456789012345678901", ".", ".", "-", "+", "~",
		"^", "_", ":", "!", "a", "b", "rc", "alpha", "beta", "pre", "p", "dev", "post", "r",
		"snapshot", "sp", "ga", "final", "v", "A", "Z", "_rc", "_p", "-r", "git", "x",
	};
	size_t n = 0, parts = 1 + rnd(8);
	if (rnd(3))
		buf[n++] = (char)('0' + rnd(10));
	for (size_t i = 0; i < parts; i++) {
		const char *p = pieces[rnd(sizeof(pieces) / sizeof(pieces[0]))];
		size_t l = strlen(p);
		if (n + l + 1 >= cap)
			break;
		memcpy(buf + n, p, l);
		n += l;
	}
	buf[n] = '\0';
}

/* Maven versions as projects write them: N(.N)* then hyphenated qualifiers and
 * non-zero numbers. Maven's own order is not transitive once a qualifier sits
 * between dots in the middle of a version ("1-alpha" < "1" < "1.x.2" <
 * "1-alpha"), nor once a null item (ga, final, release, 0) opens a nested list
 * ("2.1-ga-0-beta" < "2.1" < "2.1-sp" < "2.1-ga-0-beta"), so transitivity is
 * only asked of this shape; any string is still checked for reflexivity and
 * antisymmetry. */
static void random_maven(char *buf, size_t cap)
{
	static const char *const quals[] = {
		"alpha", "a", "beta", "b", "milestone", "m", "rc", "cr", "SNAPSHOT", "sp", "jre", "android", "x", "",
	};
	size_t n = (size_t)snprintf(buf, cap, "%u", rnd(3));
	for (uint32_t i = 0, k = rnd(4); i < k && n + 8 < cap; i++)
		n += (size_t)snprintf(buf + n, cap - n, ".%u", rnd(3) ? rnd(3) : rnd(100));
	for (uint32_t i = 0, k = rnd(3); i < k && n + 16 < cap; i++) {
		const char *q = quals[rnd(sizeof(quals) / sizeof(quals[0]))];
		if (rnd(3))
			n += (size_t)snprintf(buf + n, cap - n, "-%s", q);
		if (rnd(2) || !*q) {
			/* separate statements: argument evaluation order differs between compilers */
			const char *sep = rnd(2) ? "-" : "";
			n += (size_t)snprintf(buf + n, cap - n, "%s%u", sep, 1 + rnd(11));
		}
	}
}

static bh_ver_scheme sort_scheme;

static int sort_cmp(const void *a, const void *b)
{
	return bh_ver_cmp(sort_scheme, *(const char *const *)a, *(const char *const *)b);
}

#define NRAND 300

#define T(s) bh_ver_text_of(s)

static bool bound(const char *s)
{
	return s && *s;
}

/* OSV's range rule written out with bh_ver_cmp, for comparison with the
 * parsed-version path the matcher takes. */
static bool in_range_by_cmp(bh_ver_scheme s, const char *v, const char *intro, const char *fixed, const char *last)
{
	if (bound(intro) && strcmp(intro, "0") && bh_ver_cmp(s, v, intro) < 0)
		return false;
	if (bound(fixed) && bh_ver_cmp(s, v, fixed) >= 0)
		return false;
	return !bound(last) || bh_ver_cmp(s, v, last) <= 0;
}

static void check_properties(bh_ver_scheme s)
{
	static char pool[NRAND][64], ordinary[NRAND][64];
	const char *v[NRAND], *t[NRAND];
	for (int i = 0; i < NRAND; i++) {
		random_version(pool[i], sizeof(pool[i]));
		v[i] = pool[i];
		if (s == BH_VER_MAVEN)
			random_maven(ordinary[i], sizeof(ordinary[i]));
		t[i] = s == BH_VER_MAVEN ? ordinary[i] : pool[i];
	}
	long bad_reflexive = 0, bad_antisym = 0, bad_trans = 0, bad_sorted = 0;
	for (int i = 0; i < NRAND; i++) {
		if (bh_ver_cmp(s, v[i], v[i]) != 0)
			bad_reflexive++;
		for (int j = 0; j < NRAND; j++) {
			int r = bh_ver_cmp(s, v[i], v[j]);
			if (r != -bh_ver_cmp(s, v[j], v[i]) || r < -1 || r > 1) {
				if (!bad_antisym)
					fprintf(stderr, "%s: antisymmetry: \"%s\" \"%s\"\n", bh_ver_scheme_name(s), v[i], v[j]);
				bad_antisym++;
			}
		}
	}
	/* transitivity over random triples: a <= b and b <= c imply a <= c, and
	 * a == b and b == c imply a == c */
	for (int k = 0; k < 200000; k++) {
		const char *a = t[rnd(NRAND)], *b = t[rnd(NRAND)], *c = t[rnd(NRAND)];
		int ab = bh_ver_cmp(s, a, b), bc = bh_ver_cmp(s, b, c), ac = bh_ver_cmp(s, a, c);
		if ((ab <= 0 && bc <= 0 && ac > 0) || (ab == 0 && bc == 0 && ac != 0)) {
			if (!bad_trans)
				fprintf(stderr, "%s: transitivity: \"%s\" \"%s\" \"%s\"\n", bh_ver_scheme_name(s), a, b, c);
			bad_trans++;
		}
	}
	/* sorted, every earlier element is <= every later one */
	sort_scheme = s;
	qsort(t, NRAND, sizeof(t[0]), sort_cmp);
	for (int i = 0; i < NRAND; i++)
		for (int j = i + 1; j < NRAND; j++)
			if (bh_ver_cmp(s, t[i], t[j]) > 0) {
				if (!bad_sorted)
					fprintf(stderr, "%s: sorted order: \"%s\" after \"%s\"\n", bh_ver_scheme_name(s), t[i], t[j]);
				bad_sorted++;
			}
	/* a version parsed once compares as the string does, and ranges agree */
	long bad_parsed = 0;
	for (int i = 0; i < NRAND; i++) {
		bh_ver_parsed p;
		bh_ver_parse(&p, s, v[i]);
		for (int j = 0; j < NRAND; j++) {
			const char *b = v[j], *c = v[rnd(NRAND)], *d = rnd(4) ? NULL : v[rnd(NRAND)];
			if (bh_ver_cmp_parsed(&p, b) != bh_ver_cmp(s, v[i], b) ||
			    bh_ver_in_range_parsed(&p, T(b), T(c), T(d)) != in_range_by_cmp(s, v[i], b, c, d) ||
			    bh_ver_in_range_parsed(&p, T("0"), T(d), T(c)) != in_range_by_cmp(s, v[i], "0", d, c) ||
			    bh_ver_cmp_parsed_n(&p, b, strlen(b)) != bh_ver_cmp(s, v[i], b) ||
			    bh_ver_in_range(s, v[i], d, b, c) != in_range_by_cmp(s, v[i], d, b, c)) {
				if (!bad_parsed)
					fprintf(stderr, "%s: parsed: \"%s\" \"%s\"\n", bh_ver_scheme_name(s), v[i], b);
				bad_parsed++;
			}
		}
	}
	CHECK_INT(bad_parsed, 0);
	CHECK_INT(bad_reflexive, 0);
	CHECK_INT(bad_antisym, 0);
	CHECK_INT(bad_trans, 0);
	CHECK_INT(bad_sorted, 0);
}

/* ---- hostile inputs ----------------------------------------------------- */

static char *repeat(const char *prefix, char c, size_t n, const char *suffix)
{
	size_t lp = strlen(prefix), ls = strlen(suffix);
	char *s = malloc(lp + n + ls + 1);
	memcpy(s, prefix, lp);
	memset(s + lp, c, n);
	memcpy(s + lp + n, suffix, ls + 1);
	return s;
}

static void check_hostile(void)
{
	const size_t big = 1 << 20;
	/* a million-digit run against the same run plus one digit */
	char *nines = repeat("1.", '9', big, "");
	char *longer = repeat("1.1", '0', big, "");
	char *zeros = repeat("1.", '0', big, "7");
	char *tildes = repeat("1.0", '~', big, "");
	char *dashes = repeat("1", '-', big, "1");
	char *dots = repeat("1", '.', big, "");
	for (int s = 0; s < BH_VER_SCHEME_COUNT; s++) {
		/* no crash, sane results, reflexive */
		CHECK(bh_ver_cmp(s, nines, nines) == 0);
		CHECK(bh_ver_cmp(s, tildes, tildes) == 0);
		CHECK(bh_ver_cmp(s, dashes, dots) == -bh_ver_cmp(s, dots, dashes));
		CHECK(bh_ver_cmp(s, zeros, "1.7") == -bh_ver_cmp(s, "1.7", zeros));
		(void)bh_ver_valid(s, dashes);
		(void)bh_ver_valid(s, tildes);
		CHECK(bh_ver_cmp(s, NULL, NULL) == 0);
		CHECK(!bh_ver_valid(s, NULL));
		bh_ver_parsed p;
		bh_ver_parse(&p, s, NULL);
		CHECK(bh_ver_cmp_parsed(&p, NULL) == 0);
		CHECK(bh_ver_cmp_parsed(&p, "") == bh_ver_cmp(s, "", ""));
		bh_ver_parse(&p, s, nines);
		CHECK(bh_ver_cmp_parsed(&p, longer) == bh_ver_cmp(s, nines, longer));
		CHECK(bh_ver_cmp_parsed(&p, nines) == 0);
		bh_ver_parse(&p, s, dashes);
		CHECK(bh_ver_cmp_parsed(&p, dots) == bh_ver_cmp(s, dashes, dots));
	}
	/* numeric runs longer than any integer type compare by value */
	bh_ver_scheme numeric[] = { BH_VER_DPKG, BH_VER_APK, BH_VER_RPM, BH_VER_SEMVER,
				    BH_VER_PEP440, BH_VER_MAVEN, BH_VER_GEM };
	for (size_t i = 0; i < sizeof(numeric) / sizeof(numeric[0]); i++) {
		CHECK_INT(bh_ver_cmp(numeric[i], nines, longer), -1);
		CHECK_INT(bh_ver_cmp(numeric[i], longer, nines), 1);
	}
	CHECK_INT(bh_ver_cmp(BH_VER_DPKG, zeros, "1.7"), 0);
	CHECK_INT(bh_ver_cmp(BH_VER_RPM, zeros, "1.7"), 0);
	CHECK_INT(bh_ver_cmp(BH_VER_DPKG, tildes, "1.0"), -1);
	CHECK_INT(bh_ver_cmp(BH_VER_RPM, tildes, "1.0"), -1);
	/* 1-----1 is [1, [[[[...[1]...]]]]]: a million nested lists, compared without recursion */
	CHECK_INT(bh_ver_cmp(BH_VER_MAVEN, dashes, "1"), 1);
	CHECK_INT(bh_ver_cmp(BH_VER_MAVEN, dashes, "1-1"), -1);
	free(nines);
	free(longer);
	free(zeros);
	free(tildes);
	free(dashes);
	free(dots);
}

/* ---- ecosystems and ranges ---------------------------------------------- */

static void check_ecosystems(void)
{
	static const struct {
		const char *name;
		bh_ver_scheme want;
	} eco[] = {
		{ "Debian", BH_VER_DPKG }, { "Debian:12", BH_VER_DPKG }, { "Ubuntu:22.04:LTS", BH_VER_DPKG },
		{ "Alpine", BH_VER_APK }, { "Alpine:v3.19", BH_VER_APK }, { "Wolfi", BH_VER_APK },
		{ "Red Hat", BH_VER_RPM }, { "Rocky Linux:9", BH_VER_RPM }, { "AlmaLinux", BH_VER_RPM },
		{ "npm", BH_VER_SEMVER }, { "crates.io", BH_VER_SEMVER }, { "PyPI", BH_VER_PEP440 },
		{ "pypi", BH_VER_PEP440 }, { "Go", BH_VER_GO }, { "Maven", BH_VER_MAVEN },
		{ "RubyGems", BH_VER_GEM }, { "NuGet", BH_VER_SEMVER },
	};
	for (size_t i = 0; i < sizeof(eco) / sizeof(eco[0]); i++) {
		bh_ver_scheme s = (bh_ver_scheme)-1;
		CHECK(bh_ver_scheme_for_ecosystem(eco[i].name, &s));
		CHECK_INT(s, eco[i].want);
	}
	bh_ver_scheme s = BH_VER_GEM;
	CHECK(!bh_ver_scheme_for_ecosystem("Debianx", &s));
	CHECK(!bh_ver_scheme_for_ecosystem("", &s));
	CHECK(!bh_ver_scheme_for_ecosystem(NULL, &s));
	CHECK_INT(s, BH_VER_GEM);
	for (int i = 0; i < BH_VER_SCHEME_COUNT; i++) {
		CHECK(bh_ver_scheme_from_name(bh_ver_scheme_name(i), &s));
		CHECK_INT(s, i);
	}
	CHECK(!bh_ver_scheme_from_name("cargo", &s));
	CHECK_INT(bh_ver_cmp((bh_ver_scheme)99, "1", "2"), 0);
	CHECK(!bh_ver_valid((bh_ver_scheme)99, "1"));
}

static void check_ranges(void)
{
	/* introduced "0" = from the beginning, fixed is excluded */
	CHECK(bh_ver_in_range(BH_VER_DPKG, "1.0-1", "0", "1.0-2", NULL));
	CHECK(!bh_ver_in_range(BH_VER_DPKG, "1.0-2", "0", "1.0-2", NULL));
	CHECK(bh_ver_in_range(BH_VER_DPKG, "0~", "0", "1.0-2", NULL)); /* below dpkg's "0" yet in */
	CHECK(bh_ver_in_range(BH_VER_DPKG, "1.0-2~deb12u1", "0", "1.0-2", NULL));
	/* introduced is included */
	CHECK(bh_ver_in_range(BH_VER_SEMVER, "1.2.0", "1.2.0", "1.4.1", NULL));
	CHECK(!bh_ver_in_range(BH_VER_SEMVER, "1.1.9", "1.2.0", "1.4.1", NULL));
	CHECK(!bh_ver_in_range(BH_VER_SEMVER, "1.4.1", "1.2.0", "1.4.1", NULL));
	CHECK(bh_ver_in_range(BH_VER_SEMVER, "1.4.1-rc.1", "1.2.0", "1.4.1", NULL));
	/* last_affected is included */
	CHECK(bh_ver_in_range(BH_VER_PEP440, "2.0", "1.0", NULL, "2.0"));
	CHECK(bh_ver_in_range(BH_VER_PEP440, "2.0.0", "1.0", NULL, "2.0"));
	CHECK(!bh_ver_in_range(BH_VER_PEP440, "2.0.post1", "1.0", NULL, "2.0"));
	/* no upper bound: affected from introduced on */
	CHECK(bh_ver_in_range(BH_VER_GO, "v9.9.9", "v1.0.0", NULL, NULL));
	CHECK(bh_ver_in_range(BH_VER_GO, "v0.0.0-20200101000000-abcdefabcdef", NULL, "v0.1.0", ""));
	CHECK(!bh_ver_in_range(BH_VER_GO, "v0.9.0", "v1.0.0", NULL, NULL));
	CHECK(bh_ver_in_range(BH_VER_APK, "1.2.3-r0", "", "1.2.3-r1", NULL));
	CHECK(!bh_ver_in_range(BH_VER_MAVEN, "2.15.0", "2.0-beta9", "2.15.0", NULL));
	CHECK(bh_ver_in_range(BH_VER_MAVEN, "2.14.1", "2.0-beta9", "2.15.0", NULL));
	CHECK(bh_ver_in_range(BH_VER_MAVEN, "2.0-rc1", "2.0-beta9", "2.15.0", NULL));
	CHECK(!bh_ver_in_range(BH_VER_MAVEN, "2.0-alpha1", "2.0-beta9", "2.15.0", NULL));
	CHECK(bh_ver_in_range(BH_VER_RPM, "1:2.0-1.el9", "0", "1:2.0-2.el9", NULL));
	CHECK(bh_ver_in_range(BH_VER_GEM, "6.1.7.5", "6.1.0", "6.1.7.6", NULL));
}

int main(void)
{
	VECTORS(BH_VER_DPKG, dpkg_vec);
	SORTED(BH_VER_DPKG, dpkg_sorted);
	VALID(BH_VER_DPKG, dpkg_ok, dpkg_bad);

	VECTORS(BH_VER_APK, apk_vec);
	SORTED(BH_VER_APK, apk_sorted);
	VALID(BH_VER_APK, apk_ok, apk_bad);

	VECTORS(BH_VER_RPM, rpm_vec);
	SORTED(BH_VER_RPM, rpm_sorted);
	VALID(BH_VER_RPM, rpm_ok, rpm_bad);

	VECTORS(BH_VER_SEMVER, semver_vec);
	SORTED(BH_VER_SEMVER, semver_sorted);
	VALID(BH_VER_SEMVER, semver_ok, semver_bad);

	VECTORS(BH_VER_PEP440, pep440_vec);
	SORTED(BH_VER_PEP440, pep440_sorted);
	VALID(BH_VER_PEP440, pep440_ok, pep440_bad);

	VECTORS(BH_VER_GO, go_vec);
	SORTED(BH_VER_GO, go_sorted);
	VALID(BH_VER_GO, go_ok, go_bad);

	VECTORS(BH_VER_MAVEN, maven_vec);
	SORTED(BH_VER_MAVEN, maven_sorted_q);
	SORTED(BH_VER_MAVEN, maven_sorted_n);
	VALID(BH_VER_MAVEN, maven_ok, maven_bad);

	VECTORS(BH_VER_GEM, gem_vec);
	SORTED(BH_VER_GEM, gem_sorted);
	VALID(BH_VER_GEM, gem_ok, gem_bad);

	for (int s = 0; s < BH_VER_SCHEME_COUNT; s++)
		check_properties((bh_ver_scheme)s);
	check_hostile();
	check_ecosystems();
	check_ranges();
	return check_summary();
}
