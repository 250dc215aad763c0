/* Licence names to SPDX. The tables hold exact equivalents only: a name that
 * could mean several licences ("BSD", "GPL" in RPM) maps to nothing rather
 * than to a guess. */
#include "pkg/license.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* SPDX license-list ids recognised as they are (matched without case). */
static const char *const spdx_ids[] = {
	"0BSD", "AFL-2.1", "AFL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-1.0", "Apache-1.1",
	"Apache-2.0", "APSL-2.0", "Artistic-1.0", "Artistic-1.0-Perl", "Artistic-2.0", "Beerware",
	"BlueOak-1.0.0", "BSD-1-Clause", "BSD-2-Clause", "BSD-2-Clause-Patent", "BSD-3-Clause",
	"BSD-3-Clause-Clear", "BSD-4-Clause", "BSD-Source-Code", "BSL-1.0", "bzip2-1.0.6", "CC-BY-3.0",
	"CC-BY-4.0", "CC-BY-SA-3.0", "CC-BY-SA-4.0", "CC0-1.0", "CDDL-1.0", "CDDL-1.1", "CPL-1.0",
	"curl", "ECL-2.0", "EPL-1.0", "EPL-2.0", "EUPL-1.1", "EUPL-1.2", "FSFAP", "FSFUL", "FSFULLR",
	"FTL", "GFDL-1.1-only", "GFDL-1.1-or-later", "GFDL-1.2-only", "GFDL-1.2-or-later", "GFDL-1.3-only",
	"GFDL-1.3-or-later", "GPL-1.0-only", "GPL-1.0-or-later", "GPL-2.0-only", "GPL-2.0-or-later",
	"GPL-3.0-only", "GPL-3.0-or-later", "HPND", "ICU", "IJG", "Imlib2", "Info-ZIP", "ISC",
	"LGPL-2.0-only", "LGPL-2.0-or-later", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only",
	"LGPL-3.0-or-later", "Libpng", "libpng-2.0", "libtiff", "LPPL-1.3c", "MirOS", "MIT", "MIT-0",
	"MPL-1.0", "MPL-1.1", "MPL-2.0", "MPL-2.0-no-copyleft-exception", "MS-PL", "NCSA", "NTP",
	"OFL-1.1", "OLDAP-2.8", "OpenSSL", "PHP-3.01", "PostgreSQL", "PSF-2.0", "Python-2.0", "Ruby",
	"Sleepycat", "TCL", "Unicode-DFS-2016", "Unicode-3.0", "Unlicense", "UPL-1.0", "Vim", "W3C",
	"WTFPL", "X11", "Zlib", "ZPL-2.1",
};

/* Exceptions recognised after WITH. */
static const char *const spdx_exceptions[] = {
	"Autoconf-exception-2.0", "Autoconf-exception-3.0", "Bison-exception-2.2", "Classpath-exception-2.0",
	"Font-exception-2.0", "GCC-exception-2.0", "GCC-exception-3.1", "LLVM-exception", "OpenJDK-assembly-exception-1.0",
	"Linux-syscall-note",
};

/* Other spellings: Debian copyright short names, deprecated SPDX ids, RPM
 * and PyPI names. */
static const struct alias {
	const char *name, *spdx;
} aliases[] = {
	{ "AGPL-3", "AGPL-3.0-only" }, { "AGPL-3+", "AGPL-3.0-or-later" }, { "AGPL-3.0", "AGPL-3.0-only" },
	{ "AGPL-3.0+", "AGPL-3.0-or-later" }, { "AGPLv3", "AGPL-3.0-only" }, { "AGPLv3+", "AGPL-3.0-or-later" },
	{ "Apache 2.0", "Apache-2.0" }, { "Apache License 2.0", "Apache-2.0" }, { "ASL 2.0", "Apache-2.0" },
	{ "Apache Software License 2.0", "Apache-2.0" }, { "Artistic", "Artistic-1.0-Perl" },
	{ "BSD-2-clause", "BSD-2-Clause" }, { "BSD-3-clause", "BSD-3-Clause" }, { "BSD-4-clause", "BSD-4-Clause" },
	{ "BSL", "BSL-1.0" }, { "Boost", "BSL-1.0" }, { "CC0", "CC0-1.0" }, { "Expat", "MIT" },
	{ "MIT License", "MIT" }, { "MIT/X11", "MIT" }, { "GFDL-1.2", "GFDL-1.2-only" },
	{ "GFDL-1.2+", "GFDL-1.2-or-later" }, { "GFDL-1.3", "GFDL-1.3-only" }, { "GFDL-1.3+", "GFDL-1.3-or-later" },
	{ "GPL-1", "GPL-1.0-only" }, { "GPL-1+", "GPL-1.0-or-later" }, { "GPL-1.0", "GPL-1.0-only" },
	{ "GPL-1.0+", "GPL-1.0-or-later" }, { "GPL-2", "GPL-2.0-only" }, { "GPL-2+", "GPL-2.0-or-later" },
	{ "GPL-2.0", "GPL-2.0-only" }, { "GPL-2.0+", "GPL-2.0-or-later" }, { "GPL-3", "GPL-3.0-only" },
	{ "GPL-3+", "GPL-3.0-or-later" }, { "GPL-3.0", "GPL-3.0-only" }, { "GPL-3.0+", "GPL-3.0-or-later" },
	{ "GPLv2", "GPL-2.0-only" }, { "GPLv2+", "GPL-2.0-or-later" }, { "GPLv3", "GPL-3.0-only" },
	{ "GPLv3+", "GPL-3.0-or-later" }, { "LGPL-2", "LGPL-2.0-only" }, { "LGPL-2+", "LGPL-2.0-or-later" },
	{ "LGPL-2.0", "LGPL-2.0-only" }, { "LGPL-2.0+", "LGPL-2.0-or-later" }, { "LGPL-2.1", "LGPL-2.1-only" },
	{ "LGPL-2.1+", "LGPL-2.1-or-later" }, { "LGPL-3", "LGPL-3.0-only" }, { "LGPL-3+", "LGPL-3.0-or-later" },
	{ "LGPL-3.0", "LGPL-3.0-only" }, { "LGPL-3.0+", "LGPL-3.0-or-later" }, { "LGPLv2", "LGPL-2.0-only" },
	{ "LGPLv2+", "LGPL-2.0-or-later" }, { "LGPLv2.1", "LGPL-2.1-only" }, { "LGPLv2.1+", "LGPL-2.1-or-later" },
	{ "LGPLv3", "LGPL-3.0-only" }, { "LGPLv3+", "LGPL-3.0-or-later" }, { "MPLv1.1", "MPL-1.1" },
	{ "MPLv2.0", "MPL-2.0" }, { "PSF-2", "PSF-2.0" }, { "PSF", "PSF-2.0" }, { "Python", "Python-2.0" },
	{ "zlib/libpng", "Zlib" }, { "ISC License", "ISC" }, { "ISC License (ISCL)", "ISC" },
	{ "Mozilla Public License 2.0 (MPL 2.0)", "MPL-2.0" }, { "The Unlicense (Unlicense)", "Unlicense" },
	{ "Python Software Foundation License", "PSF-2.0" }, { "Zope Public License", "ZPL-2.1" },
	{ "GNU General Public License v2 (GPLv2)", "GPL-2.0-only" },
	{ "GNU General Public License v2 or later (GPLv2+)", "GPL-2.0-or-later" },
	{ "GNU General Public License v3 (GPLv3)", "GPL-3.0-only" },
	{ "GNU General Public License v3 or later (GPLv3+)", "GPL-3.0-or-later" },
	{ "GNU Lesser General Public License v3 (LGPLv3)", "LGPL-3.0-only" },
	{ "GNU Lesser General Public License v3 or later (LGPLv3+)", "LGPL-3.0-or-later" },
	{ "GNU Library or Lesser General Public License (LGPL)", NULL },
	{ "OpenSSL exception", NULL },
	/* Maven pom.xml <license><name> spellings */
	{ "The Apache Software License, Version 2.0", "Apache-2.0" }, { "Apache License, Version 2.0", "Apache-2.0" },
	{ "The Apache License, Version 2.0", "Apache-2.0" }, { "Apache License Version 2.0", "Apache-2.0" },
	{ "Apache Software License - Version 2.0", "Apache-2.0" }, { "Apache License, 2.0", "Apache-2.0" },
	{ "Apache 2", "Apache-2.0" }, { "ASF 2.0", "Apache-2.0" }, { "Apache-2.0 License", "Apache-2.0" },
	{ "The MIT License", "MIT" }, { "The MIT License (MIT)", "MIT" }, { "MIT-License", "MIT" },
	{ "Eclipse Public License - v 1.0", "EPL-1.0" }, { "Eclipse Public License 1.0", "EPL-1.0" },
	{ "Eclipse Public License v1.0", "EPL-1.0" }, { "EPL 1.0", "EPL-1.0" },
	{ "Eclipse Public License - v 2.0", "EPL-2.0" }, { "Eclipse Public License 2.0", "EPL-2.0" },
	{ "Eclipse Public License v2.0", "EPL-2.0" }, { "Eclipse Public License - Version 2.0", "EPL-2.0" },
	{ "EPL 2.0", "EPL-2.0" }, { "Eclipse Distribution License - v 1.0", "BSD-3-Clause" },
	{ "Eclipse Distribution License v. 1.0", "BSD-3-Clause" },
	{ "BSD 3-Clause", "BSD-3-Clause" }, { "BSD 3-Clause License", "BSD-3-Clause" },
	{ "The BSD 3-Clause License", "BSD-3-Clause" }, { "BSD-3-Clause License", "BSD-3-Clause" },
	{ "New BSD License", "BSD-3-Clause" }, { "The New BSD License", "BSD-3-Clause" },
	{ "Revised BSD License", "BSD-3-Clause" }, { "BSD 2-Clause", "BSD-2-Clause" },
	{ "BSD 2-Clause License", "BSD-2-Clause" }, { "The BSD 2-Clause License", "BSD-2-Clause" },
	{ "Simplified BSD License", "BSD-2-Clause" },
	{ "GNU Lesser General Public License", NULL }, { "GNU Lesser General Public License (LGPL)", NULL },
	{ "GNU Lesser General Public License, Version 2.1", "LGPL-2.1-only" },
	{ "GNU Lesser General Public License v2.1", "LGPL-2.1-only" },
	{ "GNU Lesser General Public License version 2.1", "LGPL-2.1-only" },
	{ "GNU Lesser General Public License v2.1 or later", "LGPL-2.1-or-later" },
	{ "GNU Lesser General Public License, Version 3", "LGPL-3.0-only" },
	{ "GNU Lesser General Public License v3.0", "LGPL-3.0-only" },
	{ "GNU Lesser General Public License, Version 3.0", "LGPL-3.0-only" },
	{ "LGPL 2.1", "LGPL-2.1-only" }, { "LGPL, version 2.1", "LGPL-2.1-only" }, { "LGPL 3.0", "LGPL-3.0-only" },
	{ "GNU General Public License, version 2", "GPL-2.0-only" },
	{ "GNU General Public License, Version 3", "GPL-3.0-only" },
	{ "CDDL 1.0", "CDDL-1.0" }, { "CDDL 1.1", "CDDL-1.1" }, { "CDDL v1.0", "CDDL-1.0" }, { "CDDL v1.1", "CDDL-1.1" },
	{ "CDDL", NULL }, { "Common Development and Distribution License (CDDL) v1.0", "CDDL-1.0" },
	{ "Common Development and Distribution License (CDDL) Version 1.0", "CDDL-1.0" },
	{ "Common Development and Distribution License 1.1", "CDDL-1.1" },
	{ "Mozilla Public License Version 2.0", "MPL-2.0" }, { "Mozilla Public License, Version 2.0", "MPL-2.0" },
	{ "MPL 2.0", "MPL-2.0" }, { "MPL 1.1", "MPL-1.1" },
	{ "Universal Permissive License, Version 1.0", "UPL-1.0" }, { "Public Domain", NULL },
};

/* Licence texts by URL, without scheme, "www." and a trailing ".txt",
 * ".html", ".php" or "/": what Maven poms give in <license><url>. */
static const struct alias license_urls[] = {
	{ "apache.org/licenses/LICENSE-2.0", "Apache-2.0" }, { "opensource.org/licenses/Apache-2.0", "Apache-2.0" },
	{ "opensource.org/licenses/MIT", "MIT" }, { "opensource.org/licenses/mit-license", "MIT" },
	{ "opensource.org/licenses/BSD-3-Clause", "BSD-3-Clause" },
	{ "opensource.org/licenses/BSD-2-Clause", "BSD-2-Clause" },
	{ "eclipse.org/legal/epl-v10", "EPL-1.0" }, { "eclipse.org/legal/epl-2.0", "EPL-2.0" },
	{ "eclipse.org/org/documents/edl-v10", "BSD-3-Clause" },
	{ "gnu.org/licenses/lgpl-2.1", "LGPL-2.1-only" }, { "gnu.org/licenses/old-licenses/lgpl-2.1", "LGPL-2.1-only" },
	{ "gnu.org/licenses/lgpl-3.0", "LGPL-3.0-only" }, { "gnu.org/licenses/lgpl", "LGPL-3.0-only" },
	{ "gnu.org/licenses/old-licenses/gpl-2.0", "GPL-2.0-only" }, { "gnu.org/licenses/gpl-3.0", "GPL-3.0-only" },
	{ "mozilla.org/MPL/2.0", "MPL-2.0" }, { "opensource.org/licenses/cddl1", "CDDL-1.0" },
	{ "opensource.org/licenses/UPL", "UPL-1.0" },
};

static const struct alias exception_aliases[] = {
	{ "GCC-3.1 exception", "GCC-exception-3.1" }, { "Autoconf exception", "Autoconf-exception-2.0" },
	{ "Bison exception", "Bison-exception-2.2" }, { "Classpath exception", "Classpath-exception-2.0" },
};

static const char *lookup(const char *const *ids, size_t nids, const struct alias *al, size_t nal,
			  const char *name, size_t len)
{
	for (size_t i = 0; i < nids; i++)
		if (strlen(ids[i]) == len && !strncasecmp(ids[i], name, len))
			return ids[i];
	for (size_t i = 0; i < nal; i++)
		if (strlen(al[i].name) == len && !strncasecmp(al[i].name, name, len))
			return al[i].spdx;
	return NULL;
}

const char *bh_license_spdx_id(const char *name, size_t len)
{
	return lookup(spdx_ids, BH_ARRAY_SIZE(spdx_ids), aliases, BH_ARRAY_SIZE(aliases), name, len);
}

const char *bh_license_spdx_url(const char *url)
{
	const char *p = url;
	if (!strncasecmp(p, "https://", 8))
		p += 8;
	else if (!strncasecmp(p, "http://", 7))
		p += 7;
	else
		return NULL;
	if (!strncasecmp(p, "www.", 4))
		p += 4;
	size_t n = strlen(p);
	while (n && p[n - 1] == '/')
		n--;
	static const char *const suffixes[] = { ".txt", ".html", ".php", ".json" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(suffixes); i++) {
		size_t sl = strlen(suffixes[i]);
		if (n > sl && !strncasecmp(p + n - sl, suffixes[i], sl)) {
			n -= sl;
			break;
		}
	}
	/* spdx.org/licenses/<id>: the id itself. */
	if (n > 18 && !strncasecmp(p, "spdx.org/licenses/", 18))
		return lookup(spdx_ids, BH_ARRAY_SIZE(spdx_ids), NULL, 0, p + 18, n - 18);
	return lookup(NULL, 0, license_urls, BH_ARRAY_SIZE(license_urls), p, n);
}

static const char *exception_id(const char *name, size_t len)
{
	return lookup(spdx_exceptions, BH_ARRAY_SIZE(spdx_exceptions), exception_aliases,
		      BH_ARRAY_SIZE(exception_aliases), name, len);
}

/* ---- tokens: names (runs of words), operators, parentheses, commas ---- */

typedef enum { T_END, T_NAME, T_AND, T_OR, T_WITH, T_OPEN, T_CLOSE, T_COMMA } tok_kind;

typedef struct lic_lexer {
	const char *p;
	tok_kind kind;
	const char *start; /* T_NAME */
	size_t len;
} lic_lexer;

static bool is_sep(char c)
{
	return c == '(' || c == ')' || c == ',' || c == ';' || c == '|' || c == '&' || isspace((unsigned char)c);
}

static tok_kind word_op(const char *w, size_t n)
{
	if (n == 3 && !strncasecmp(w, "and", 3))
		return T_AND;
	if (n == 2 && !strncasecmp(w, "or", 2))
		return T_OR;
	if (n == 4 && !strncasecmp(w, "with", 4))
		return T_WITH;
	return T_NAME;
}

static void lic_next(lic_lexer *lx)
{
	while (isspace((unsigned char)*lx->p))
		lx->p++;
	char c = *lx->p;
	switch (c) {
	case 0: lx->kind = T_END; return;
	case '(': lx->kind = T_OPEN; lx->p++; return;
	case ')': lx->kind = T_CLOSE; lx->p++; return;
	case ',': case ';': lx->kind = T_COMMA; lx->p++; return;
	case '|': lx->kind = T_OR; lx->p++; return;
	case '&': lx->kind = T_AND; lx->p++; return;
	default: break;
	}
	/* A name is a run of words up to an operator word or a separator other than a blank. */
	lx->start = lx->p;
	const char *end = lx->p;
	for (;;) {
		const char *w = lx->p;
		while (*lx->p && !is_sep(*lx->p))
			lx->p++;
		size_t wl = (size_t)(lx->p - w);
		if (wl == 0)
			break;
		if (word_op(w, wl) != T_NAME) {
			if (end == lx->start) { /* the operator comes first */
				lx->kind = word_op(w, wl);
				return;
			}
			lx->p = w;
			break;
		}
		end = lx->p;
		while (*lx->p == ' ' || *lx->p == '\t')
			lx->p++;
		/* A parenthesised suffix belongs to PyPI classifier names: "ISC License (ISCL)". */
		if (*lx->p == '(' && end > lx->start) {
			const char *close = strchr(lx->p, ')');
			const char *sp = lx->p;
			while (sp < (close ? close : lx->p) && !isspace((unsigned char)*sp))
				sp++;
			if (close && sp == close) {
				lx->p = close + 1;
				end = lx->p;
				while (*lx->p == ' ' || *lx->p == '\t')
					lx->p++;
			}
		}
		if (!*lx->p || (is_sep(*lx->p) && !isspace((unsigned char)*lx->p)))
			break;
	}
	lx->p = end;
	lx->kind = T_NAME;
	lx->len = (size_t)(end - lx->start);
}

/* ---- expressions ---- */

static bool expr_or(lic_lexer *lx, strbuf *out, int depth);

static bool expr_term(lic_lexer *lx, strbuf *out, int depth)
{
	if (depth > 32)
		return false;
	if (lx->kind == T_OPEN) {
		lic_next(lx);
		strbuf_addch(out, '(');
		if (!expr_or(lx, out, depth + 1) || lx->kind != T_CLOSE)
			return false;
		strbuf_addch(out, ')');
		lic_next(lx);
		return true;
	}
	if (lx->kind != T_NAME)
		return false;
	const char *id = bh_license_spdx_id(lx->start, lx->len);
	if (!id)
		return false;
	strbuf_addstr(out, id);
	lic_next(lx);
	if (lx->kind == T_WITH) {
		lic_next(lx);
		if (lx->kind != T_NAME)
			return false;
		const char *ex = exception_id(lx->start, lx->len);
		if (!ex)
			return false;
		strbuf_addf(out, " WITH %s", ex);
		lic_next(lx);
	}
	return true;
}

static bool expr_or(lic_lexer *lx, strbuf *out, int depth)
{
	if (!expr_term(lx, out, depth))
		return false;
	while (lx->kind == T_AND || lx->kind == T_OR) {
		strbuf_addstr(out, lx->kind == T_AND ? " AND " : " OR ");
		lic_next(lx);
		if (!expr_term(lx, out, depth))
			return false;
	}
	return true;
}

char *bh_license_expr(const char *s)
{
	if (!s || strlen(s) > 1024 || strchr(s, '\n'))
		return NULL;
	lic_lexer lx = { .p = s };
	lic_next(&lx);
	strbuf out = STRBUF_INIT;
	if (!expr_or(&lx, &out, 0) || lx.kind != T_END) {
		strbuf_release(&out);
		return NULL;
	}
	return strbuf_detach(&out, NULL);
}

/* ---- sets ---- */

static void set_add(bh_license_set *set, const char *id)
{
	for (size_t i = 0; i < set->n; i++)
		if (!strcmp(set->ids[i], id))
			return;
	*BH_ARRAY_PUSH(set->ids, set->n, set->alloc) = bh_strdup(id);
}

void bh_license_set_add_names(bh_license_set *set, const char *s)
{
	if (!s || strlen(s) > 4096)
		return;
	lic_lexer lx = { .p = s };
	lic_next(&lx);
	const char *pending = NULL; /* the last licence, until we know whether WITH follows */
	while (lx.kind != T_END) {
		if (lx.kind == T_WITH) {
			lic_next(&lx);
			if (lx.kind == T_NAME) {
				const char *ex = exception_id(lx.start, lx.len);
				if (pending && ex) {
					char *both = bh_asprintf("%s WITH %s", pending, ex);
					set_add(set, both);
					free(both);
					pending = NULL;
				}
				lic_next(&lx);
			}
			continue;
		}
		if (pending)
			set_add(set, pending);
		pending = lx.kind == T_NAME ? bh_license_spdx_id(lx.start, lx.len) : NULL;
		lic_next(&lx);
	}
	if (pending)
		set_add(set, pending);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

char *bh_license_set_join(const bh_license_set *set)
{
	if (!set->n)
		return NULL;
	qsort(set->ids, set->n, sizeof *set->ids, cmp_str);
	strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < set->n; i++) {
		if (i)
			strbuf_addstr(&sb, " AND ");
		strbuf_addstr(&sb, set->ids[i]);
	}
	return strbuf_detach(&sb, NULL);
}

void bh_license_set_free(bh_license_set *set)
{
	for (size_t i = 0; i < set->n; i++)
		free((char *)set->ids[i]);
	free(set->ids);
	memset(set, 0, sizeof *set);
}
