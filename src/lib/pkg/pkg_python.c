/* Python: core metadata (PEP 241/314/345/566/643) in *.dist-info/METADATA
 * and *.egg-info/PKG-INFO. Only the header block before the first blank
 * line is read; the description that follows is free text. */
#include "pkg/license.h"
#include "pkg/pkgint.h"
#include "pkg/purl.h"
#include "core/util.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static bool header_is(const char *line, size_t klen, const char *name)
{
	return strlen(name) == klen && !strncasecmp(line, name, klen);
}

void bh_pkg_parse_python(bh_pkg_ctx *c, const char *data, size_t len)
{
	bh_lines r;
	bh_lines_init(&r, data, len);
	const char *line;
	size_t n;
	char *name = NULL, *version = NULL, *license = NULL, *expression = NULL;
	bh_license_set classifiers = { 0 };
	while (bh_lines_next(&r, &line, &n)) {
		if (n == 0)
			break;
		if (line[0] == ' ' || line[0] == '\t')
			continue;
		const char *colon = memchr(line, ':', n);
		if (!colon) {
			bh_pkg_diag(c, r.lineno, "expected \"Header: value\"");
			continue;
		}
		size_t klen = (size_t)(colon - line);
		char *v = bh_pkg_trim(colon + 1, n - klen - 1);
		char **slot = header_is(line, klen, "Name")		  ? &name
			      : header_is(line, klen, "Version")	  ? &version
			      : header_is(line, klen, "License")	  ? &license
			      : header_is(line, klen, "License-Expression") ? &expression
									  : NULL;
		if (slot) {
			free(*slot);
			*slot = v;
			continue;
		}
		static const char lic_prefix[] = "License :: OSI Approved :: ";
		if (header_is(line, klen, "Classifier") && bh_starts_with(v, lic_prefix))
			bh_license_set_add_names(&classifiers, v + strlen(lic_prefix));
		free(v);
	}
	if (!bh_pkg_printable(name) || !bh_pkg_printable(version)) {
		bh_pkg_diag(c, 1, "no valid Name and Version headers");
		goto out;
	}
	bh_package *p = bh_pkg_new(c, "pypi", name, version);
	if (expression)
		p->license = bh_license_expr(expression);
	if (!p->license)
		p->license = bh_license_set_join(&classifiers);
	if (!p->license && license)
		p->license = bh_license_expr(license);
	/* purl-spec pypi: the name lowercased, "_" written as "-". */
	char *purl_name = bh_strdup(name);
	for (char *q = purl_name; *q; q++)
		*q = *q == '_' ? '-' : (char)tolower((unsigned char)*q);
	p->purl = bh_purl("pypi", NULL, purl_name, version, NULL);
	free(purl_name);
out:
	free(name);
	free(version);
	free(license);
	free(expression);
	bh_license_set_free(&classifiers);
}
