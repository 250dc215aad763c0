/* pom.xml licences and coordinates, read with expat. Only the elements on
 * the paths project/licenses/license/{name,url}, project/{groupId,
 * artifactId,version}, project/parent/{groupId,version} and
 * project/properties/<any> are looked at; a document type declaration stops the
 * parse (a pom never needs one, and entities are the way an XML file makes
 * itself expensive). */
#include "pkg/license.h"
#include "pkg/pom_license.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <expat.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define POM_PATH_DEPTH 4  /* deepest element looked at: project/licenses/license/name */
#define POM_NAME_MAX 128  /* characters of an element name kept on the path */

typedef struct pom_license {
	strbuf name, url;
} pom_license;

typedef struct pom_property {
	char *key;
	strbuf value;
} pom_property;

/* the element whose text is being collected */
enum { F_NONE, F_LIC_NAME, F_LIC_URL, F_GROUP, F_ARTIFACT, F_VERSION, F_PARENT_GROUP, F_PARENT_VERSION, F_PROP, F_COORDS };

typedef struct pom_parse {
	XML_Parser parser;
	int depth;                                /* element depth, 1 = the root */
	char path[POM_PATH_DEPTH][POM_NAME_MAX];  /* names of the open elements down to POM_PATH_DEPTH */
	int field;
	pom_license lic[BH_POM_MAX_LICENSES];
	size_t n;
	strbuf coord[F_COORDS];                   /* indexed by F_GROUP .. F_PARENT_VERSION */
	pom_property prop[BH_POM_MAX_PROPERTIES];
	size_t nprop;
	bool doctype;
} pom_parse;

static bool at(const pom_parse *p, int depth, const char *name)
{
	return !strcmp(p->path[depth - 1], name);
}

static void XMLCALL on_start(void *arg, const XML_Char *el, const XML_Char **attrs)
{
	pom_parse *p = arg;
	(void)attrs;
	p->depth++;
	p->field = F_NONE;
	if (p->depth > POM_PATH_DEPTH)
		return;
	snprintf(p->path[p->depth - 1], POM_NAME_MAX, "%s", el);
	if (p->depth == 1 || !at(p, 1, "project"))
		return;
	if (p->depth == 2) {
		p->field = !strcmp(el, "groupId") ? F_GROUP : !strcmp(el, "artifactId") ? F_ARTIFACT
			 : !strcmp(el, "version")   ? F_VERSION : F_NONE;
	} else if (p->depth == 3 && at(p, 2, "licenses") && !strcmp(el, "license")) {
		if (p->n < BH_POM_MAX_LICENSES) {
			strbuf_init(&p->lic[p->n].name);
			strbuf_init(&p->lic[p->n].url);
			p->n++;
		}
	} else if (p->depth == 3 && at(p, 2, "parent")) {
		p->field = !strcmp(el, "groupId") ? F_PARENT_GROUP : !strcmp(el, "version") ? F_PARENT_VERSION : F_NONE;
	} else if (p->depth == 3 && at(p, 2, "properties") && p->nprop < BH_POM_MAX_PROPERTIES) {
		pom_property *pr = &p->prop[p->nprop++];
		pr->key = bh_strdup(p->path[2]);
		strbuf_init(&pr->value);
		p->field = F_PROP;
	} else if (p->depth == 4 && at(p, 2, "licenses") && at(p, 3, "license") && p->n) {
		p->field = !strcmp(el, "name") ? F_LIC_NAME : !strcmp(el, "url") ? F_LIC_URL : F_NONE;
	}
}

static void XMLCALL on_end(void *arg, const XML_Char *el)
{
	pom_parse *p = arg;
	(void)el;
	p->field = F_NONE;
	p->depth--;
}

static void XMLCALL on_text(void *arg, const XML_Char *s, int len)
{
	pom_parse *p = arg;
	if (!p->field || len <= 0)
		return;
	strbuf *sb = p->field == F_LIC_NAME ? &p->lic[p->n - 1].name
		   : p->field == F_LIC_URL  ? &p->lic[p->n - 1].url
		   : p->field == F_PROP     ? &p->prop[p->nprop - 1].value
					    : &p->coord[p->field];
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

/* The licences as bh_pom_licenses() describes. */
static void licenses(const pom_parse *p, char **spdx, char **names)
{
	if (!p->n)
		return;
	bh_license_set set = { 0 };
	strbuf all = STRBUF_INIT;
	bool mapped = true;
	size_t declared = 0;
	char *single = NULL; /* the one licence's expression, kept whole ("MIT OR Apache-2.0") */
	for (size_t i = 0; i < p->n; i++) {
		char *name = squeeze(&p->lic[i].name), *url = squeeze(&p->lic[i].url);
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

/* A coordinate as written, blanks squeezed; NULL when empty. */
static char *coord(const pom_parse *p, int field)
{
	char *s = squeeze(&p->coord[field]);
	if (!*s) {
		free(s);
		return NULL;
	}
	return s;
}

/* What one ${key} stands for, or NULL. Values that hold a reference
 * themselves do not count: one level only, so nothing can loop. */
static const char *lookup(const pom_parse *p, const char *key, size_t n, const char *version, const char *group,
			  const char *artifact, const char *parent_version)
{
	static const struct {
		const char *key;
		int which; /* 0 version, 1 group, 2 artifact, 3 parent version */
	} builtin[] = {
		{ "project.version", 0 }, { "pom.version", 0 }, { "version", 0 },
		{ "project.groupId", 1 }, { "pom.groupId", 1 }, { "groupId", 1 },
		{ "project.artifactId", 2 }, { "pom.artifactId", 2 }, { "artifactId", 2 },
		{ "project.parent.version", 3 }, { "parent.version", 3 },
	};
	const char *v = NULL;
	for (size_t i = 0; i < BH_ARRAY_SIZE(builtin) && !v; i++) {
		if (strlen(builtin[i].key) == n && !memcmp(builtin[i].key, key, n)) {
			const char *vals[] = { version, group, artifact, parent_version };
			v = vals[builtin[i].which];
			if (!v)
				return NULL;
		}
	}
	for (size_t i = 0; i < p->nprop && !v; i++)
		if (strlen(p->prop[i].key) == n && !memcmp(p->prop[i].key, key, n))
			v = p->prop[i].value.buf ? p->prop[i].value.buf : "";
	return v && !strstr(v, "${") ? v : NULL;
}

/* s with its ${...} references replaced; NULL when one is unknown. */
static char *resolve(const pom_parse *p, char *s, const char *version, const char *group, const char *artifact,
		     const char *parent_version)
{
	if (!s || !strstr(s, "${"))
		return s;
	strbuf out = STRBUF_INIT;
	const char *q = s;
	bool ok = true;
	for (const char *r; ok && (r = strstr(q, "${"));) {
		const char *e = strchr(r + 2, '}');
		const char *v = e ? lookup(p, r + 2, (size_t)(e - r - 2), version, group, artifact, parent_version) : NULL;
		if (!v) {
			ok = false;
			break;
		}
		strbuf_add(&out, q, (size_t)(r - q));
		strbuf_addstr(&out, v);
		q = e + 1;
	}
	if (ok)
		strbuf_addstr(&out, q);
	free(s);
	/* "$${v}" with v = "{x}" would spell a new reference: not a value either */
	if (!ok || out.len == 0 || out.len > BH_POM_MAX_TEXT || strstr(out.buf, "${")) {
		strbuf_release(&out);
		return NULL;
	}
	return strbuf_detach(&out, NULL);
}

static void coordinates(const pom_parse *p, bh_pom *out)
{
	char *group = coord(p, F_GROUP), *artifact = coord(p, F_ARTIFACT), *version = coord(p, F_VERSION);
	char *pgroup = coord(p, F_PARENT_GROUP), *pversion = coord(p, F_PARENT_VERSION);
	/* a module inherits what it does not set */
	if (!group) {
		group = pgroup;
		pgroup = NULL;
	}
	if (!version && pversion)
		version = bh_strdup(pversion);
	/* The references are resolved against the raw values, which a
	 * value holding a reference itself never stands in for. */
	out->group = resolve(p, group ? bh_strdup(group) : NULL, version, group, artifact, pversion);
	out->artifact = resolve(p, artifact ? bh_strdup(artifact) : NULL, version, group, artifact, pversion);
	out->version = resolve(p, version ? bh_strdup(version) : NULL, version, group, artifact, pversion);
	free(group);
	free(artifact);
	free(version);
	free(pgroup);
	free(pversion);
}

int bh_pom_read(const char *xml, size_t len, bh_pom *out, char *err, size_t errlen)
{
	memset(out, 0, sizeof *out);
	pom_parse *p = bh_calloc(1, sizeof *p); /* the path buffers make it too big for the stack */
	p->parser = XML_ParserCreate(NULL);
	if (!p->parser)
		bh_die("out of memory");
	for (int i = 0; i < F_COORDS; i++)
		strbuf_init(&p->coord[i]);
	XML_SetUserData(p->parser, p);
	XML_SetElementHandler(p->parser, on_start, on_end);
	XML_SetCharacterDataHandler(p->parser, on_text);
	XML_SetStartDoctypeDeclHandler(p->parser, on_doctype);
	int rc = 0;
	if (len > (size_t)INT32_MAX || XML_Parse(p->parser, xml, (int)len, XML_TRUE) != XML_STATUS_OK) {
		if (p->doctype)
			snprintf(err, errlen, "line %lu: a document type declaration is not accepted",
				 (unsigned long)XML_GetCurrentLineNumber(p->parser));
		else
			snprintf(err, errlen, "line %lu: not well-formed XML: %s",
				 (unsigned long)XML_GetCurrentLineNumber(p->parser),
				 XML_ErrorString(XML_GetErrorCode(p->parser)));
		rc = -1;
	}
	if (rc == 0) {
		licenses(p, &out->spdx, &out->names);
		coordinates(p, out);
	}
	for (size_t i = 0; i < p->n; i++) {
		strbuf_release(&p->lic[i].name);
		strbuf_release(&p->lic[i].url);
	}
	for (size_t i = 0; i < p->nprop; i++) {
		free(p->prop[i].key);
		strbuf_release(&p->prop[i].value);
	}
	for (int i = 0; i < F_COORDS; i++)
		strbuf_release(&p->coord[i]);
	XML_ParserFree(p->parser);
	free(p);
	return rc;
}

void bh_pom_release(bh_pom *pom)
{
	free(pom->group);
	free(pom->artifact);
	free(pom->version);
	free(pom->spdx);
	free(pom->names);
	memset(pom, 0, sizeof *pom);
}

int bh_pom_licenses(const char *xml, size_t len, char **spdx, char **names, char *err, size_t errlen)
{
	bh_pom pom;
	int rc = bh_pom_read(xml, len, &pom, err, errlen);
	*spdx = pom.spdx;
	*names = pom.names;
	pom.spdx = pom.names = NULL;
	bh_pom_release(&pom);
	return rc;
}
