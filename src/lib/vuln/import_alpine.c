/* Alpine secdb (https://secdb.alpinelinux.org/<branch>/<repo>.json) into
 * the database. Each package lists secfixes: { fixed version: [ids] }, and
 * the version "0" means the issue never affected Alpine's package. Keys are
 * origin (source) package names, the branch comes from "distroversion". */
#include "core/util.h"
#include "vuln/ecosystem.h"
#include "vuln/import_impl.h"

#include <ctype.h>
#include <string.h>

/* An advisory id: an upper-case prefix, a dash, and a digit somewhere after
 * it (CVE-2024-1234, GHSA-xxxx-..., XSA-420). Words of a note written beside
 * the ids ("(minizip only)") are not ids. */
static bool looks_like_id(const char *s, size_t n)
{
	const char *dash = memchr(s, '-', n);
	if (!dash || dash == s)
		return false;
	for (const char *p = s; p < dash; p++)
		if (!isupper((unsigned char)*p) && !isdigit((unsigned char)*p))
			return false;
	for (const char *p = dash + 1; p < s + n; p++)
		if (isdigit((unsigned char)*p))
			return true;
	return false;
}

static int import_ids(bh_import *im, const char *name, const char *branch, const char *pkg, const char *fixed,
		      const ynode *ids)
{
	if (!yis_seq(ids)) {
		imp_error(im, name, ids, "%s: secfixes \"%s\" must list issue ids", pkg, fixed);
		return -1;
	}
	bool not_affected = !strcmp(fixed, "0");
	for (size_t i = 0; i < ids->n; i++) {
		const char *text = imp_str(ids->items[i]);
		if (!text)
			continue;
		/* an entry may hold several ids separated by spaces */
		for (const char *p = text; *p;) {
			while (*p && isspace((unsigned char)*p))
				p++;
			size_t n = strcspn(p, " \t\r\n");
			if (!n)
				break;
			if (!looks_like_id(p, n)) {
				p += n;
				continue;
			}
			char *id = bh_strndup(p, n < 256 ? n : 256);
			p += n;
			char *link = bh_asprintf("https://security.alpinelinux.org/vuln/%s", id);
			int64_t aff = -1;
			if (imp_vuln(im, id, NULL, "unknown", NULL, -1, link, NULL, NULL) == 0)
				aff = imp_affected(im, id, "alpine", branch, pkg, "apk", not_affected ? "not-affected" : "affected",
						   NULL, NULL);
			int rc = aff < 0 ? -1 : not_affected ? 0 : imp_range(im, aff, "0", fixed, NULL, NULL);
			free(link);
			free(id);
			if (rc < 0)
				return -1;
		}
	}
	return 0;
}

int imp_alpine_secdb(bh_import *im, const char *name, const ynode *root)
{
	const char *distroversion = imp_str(ymap_get(root, "distroversion"));
	const ynode *packages = ymap_get(root, "packages");
	if (!yis_map(root) || !distroversion || !*distroversion || !yis_seq(packages)) {
		imp_error(im, name, root, "an Alpine secdb needs \"distroversion\" and a \"packages\" list");
		return -1;
	}
	char *branch = bh_alpine_branch(distroversion);
	int rc = 0;
	for (size_t i = 0; i < packages->n && rc == 0; i++) {
		const ynode *pkg = ymap_get(packages->items[i], "pkg");
		const char *pname = imp_str(ymap_get(pkg, "name"));
		const ynode *secfixes = ymap_get(pkg, "secfixes");
		if (!pname || !*pname || (secfixes && !yis_map(secfixes))) {
			imp_error(im, name, packages->items[i], "a package needs {\"pkg\": {\"name\", \"secfixes\": {...}}}");
			rc = -1;
			break;
		}
		char *lname = bh_pkg_normalize_name("alpine", pname);
		for (size_t j = 0; j < ymap_size(secfixes) && rc == 0; j++) {
			const char *fixed = yscalar(ymap_key_at(secfixes, j));
			if (!fixed || !*fixed) {
				imp_error(im, name, ymap_key_at(secfixes, j), "%s: empty fixed version", pname);
				rc = -1;
				break;
			}
			rc = import_ids(im, name, branch, lname, fixed, ymap_val_at(secfixes, j));
		}
		free(lname);
	}
	free(branch);
	return rc;
}
