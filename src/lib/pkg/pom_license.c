/* pom.xml licences, read with expat. Only the elements on the path
 * project/licenses/license/{name,url} are looked at; a document type
 * declaration stops the parse (a pom never needs one, and entities are the
 * way an XML file makes itself expensive). */
#include "pkg/license.h"
#include "pkg/pom_license.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <expat.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct pom_license {
	strbuf name, url;
} pom_license;

typedef struct pom_parse {
	XML_Parser parser;
	int depth;          /* element depth, 1 = the root */
	int on_path;        /* depth down to which the open elements follow the path */
	int field;          /* 0 none, 1 name, 2 url: the element whose text is collected */
	pom_license lic[BH_POM_MAX_LICENSES];
	size_t n;
	bool doctype;
} pom_parse;

static const char *const path[] = { "project", "licenses", "license" };

static void XMLCALL on_start(void *arg, const XML_Char *el, const XML_Char **attrs)
{
	pom_parse *p = arg;
	(void)attrs;
	p->depth++;
	if (p->on_path != p->depth - 1)
		return;
	if (p->depth <= 3 && !strcmp(el, path[p->depth - 1])) {
		p->on_path = p->depth;
		if (p->depth == 3 && p->n < BH_POM_MAX_LICENSES) {
			strbuf_init(&p->lic[p->n].name);
			strbuf_init(&p->lic[p->n].url);
			p->n++;
		}
	} else if (p->depth == 4 && p->n && !strcmp(el, "name")) {
		p->field = 1;
	} else if (p->depth == 4 && p->n && !strcmp(el, "url")) {
		p->field = 2;
	}
}

static void XMLCALL on_end(void *arg, const XML_Char *el)
{
	pom_parse *p = arg;
	(void)el;
	if (p->on_path == p->depth)
		p->on_path--;
	p->field = 0;
	p->depth--;
}

static void XMLCALL on_text(void *arg, const XML_Char *s, int len)
{
	pom_parse *p = arg;
	if (!p->field || len <= 0)
		return;
	strbuf *sb = p->field == 1 ? &p->lic[p->n - 1].name : &p->lic[p->n - 1].url;
	size_t room = BH_POM_MAX_TEXT > sb->len ? BH_POM_MAX_TEXT - sb->len : 0;
	strbuf_add(sb, s, (size_t)len < room ? (size_t)len : room);
}

static void XMLCALL on_doctype(void *arg, const XML_Char *name, const XML_Char *sysid, const XML_Char *pubid,
			       int has_internal)
{
	pom_parse *p = arg;
	(void)name, (void)sysid, (void)pubid, (void)has_internal;
	p->doctype = true;
	XML_StopParser(p->parser, XML_FALSE);
}

/* Runs of blanks (line breaks in a wrapped <name>) become one space; ends trimmed. */
static char *squeeze(const strbuf *sb)
{
	char *out = bh_malloc(sb->len + 1);
	size_t n = 0;
	for (size_t i = 0; i < sb->len; i++) {
		unsigned char c = (unsigned char)sb->buf[i];
		if (isspace(c) || c < 0x20) {
			if (n && out[n - 1] != ' ')
				out[n++] = ' ';
		} else {
			out[n++] = (char)c;
		}
	}
	while (n && out[n - 1] == ' ')
		n--;
	out[n] = 0;
	return out;
}

/* One declared licence to SPDX: the name as an id or a known spelling, the
 * url of a known licence text, or the name as an SPDX expression. */
static char *map_one(const char *name, const char *url)
{
	const char *id = *name ? bh_license_spdx_id(name, strlen(name)) : NULL;
	if (!id && *url)
		id = bh_license_spdx_url(url);
	if (id)
		return bh_strdup(id);
	return *name ? bh_license_expr(name) : NULL;
}

int bh_pom_licenses(const char *xml, size_t len, char **spdx, char **names, char *err, size_t errlen)
{
	*spdx = *names = NULL;
	pom_parse p = { 0 };
	p.parser = XML_ParserCreate(NULL);
	if (!p.parser)
		bh_die("out of memory");
	XML_SetUserData(p.parser, &p);
	XML_SetElementHandler(p.parser, on_start, on_end);
	XML_SetCharacterDataHandler(p.parser, on_text);
	XML_SetStartDoctypeDeclHandler(p.parser, on_doctype);
	int rc = 0;
	if (len > (size_t)INT32_MAX || XML_Parse(p.parser, xml, (int)len, XML_TRUE) != XML_STATUS_OK) {
		if (p.doctype)
			snprintf(err, errlen, "line %lu: a document type declaration is not accepted",
				 (unsigned long)XML_GetCurrentLineNumber(p.parser));
		else
			snprintf(err, errlen, "line %lu: not well-formed XML: %s",
				 (unsigned long)XML_GetCurrentLineNumber(p.parser),
				 XML_ErrorString(XML_GetErrorCode(p.parser)));
		rc = -1;
	}
	if (rc == 0 && p.n) {
		bh_license_set set = { 0 };
		strbuf all = STRBUF_INIT;
		bool mapped = true;
		size_t declared = 0;
		char *single = NULL; /* the one licence's expression, kept whole ("MIT OR Apache-2.0") */
		for (size_t i = 0; i < p.n; i++) {
			char *name = squeeze(&p.lic[i].name), *url = squeeze(&p.lic[i].url);
			if (*name || *url) {
				declared++;
				char *e = map_one(name, url);
				if (e)
					bh_license_set_add_names(&set, e);
				else
					mapped = false;
				if (declared == 1 && e)
					single = bh_strdup(e);
				if (all.len)
					strbuf_addstr(&all, ", ");
				strbuf_addstr(&all, *name ? name : url);
				free(e);
			}
			free(name);
			free(url);
		}
		if (declared == 1 && mapped)
			*spdx = single;
		else if (declared && mapped)
			*spdx = bh_license_set_join(&set);
		if (*spdx != single)
			free(single);
		if (declared && !mapped)
			*names = strbuf_detach(&all, NULL);
		bh_license_set_free(&set);
		strbuf_release(&all);
	}
	for (size_t i = 0; i < p.n; i++) {
		strbuf_release(&p.lic[i].name);
		strbuf_release(&p.lic[i].url);
	}
	XML_ParserFree(p.parser);
	return rc;
}
