#include "vuln/vex.h"
#include "core/util.h"
#include "core/yamldoc.h"
#include "vuln/purl.h"

#include <errno.h>
#include <string.h>
#include <strings.h>

#define VEX_MAX_BYTES (64u * 1024 * 1024)

static const char *str_of(const ynode *n)
{
	return n && n->kind == YN_SCALAR && !yis_null(n) ? n->str : NULL;
}

/* A product or subcomponent: a purl string, or an object with "@id" or
 * identifiers.purl. */
static void add_component(bh_vex_statement *s, const ynode *c)
{
	const char *purl = str_of(c);
	if (!purl)
		purl = str_of(ymap_get(ymap_get(c, "identifiers"), "purl"));
	if (!purl)
		purl = str_of(ymap_get(c, "@id"));
	if (purl && !strncasecmp(purl, "pkg:", 4)) {
		s->purls = bh_realloc(s->purls, (s->npurls + 1) * sizeof *s->purls);
		s->purls[s->npurls++] = bh_strdup(purl);
	}
	const ynode *subs = ymap_get(c, "subcomponents");
	for (size_t i = 0; yis_seq(subs) && i < subs->n; i++)
		add_component(s, subs->items[i]);
}

int bh_vex_load_buffer(bh_vex *v, const char *name, const char *data, size_t len, bh_findings *errs)
{
	ydoc_set set;
	yerror err;
	if (ydoc_parse(data, len, &set, &err) < 0) {
		bh_findings_error(errs, name, err.line, err.col, "invalid JSON: %s", err.message);
		return -1;
	}
	int rc = 0;
	const ynode *root = set.ndocs == 1 ? set.docs[0] : NULL;
	const ynode *stmts = ymap_get(root, "statements");
	if (!yis_seq(stmts)) {
		bh_findings_error(errs, name, root ? root->line : 1, root ? root->col : 1,
				  "an OpenVEX document needs a \"statements\" list");
		rc = -1;
	}
	for (size_t i = 0; rc == 0 && i < stmts->n; i++) {
		const ynode *st = stmts->items[i];
		const ynode *vn = ymap_get(st, "vulnerability");
		const char *vuln = str_of(vn);
		if (!vuln)
			vuln = str_of(ymap_get(vn, "name"));
		if (!vuln)
			vuln = str_of(ymap_get(vn, "@id"));
		const char *status = str_of(ymap_get(st, "status"));
		if (!yis_map(st) || !vuln || !status) {
			bh_findings_error(errs, name, st->line, st->col, "a VEX statement needs \"vulnerability\" and \"status\"");
			rc = -1;
			break;
		}
		if (strcmp(status, "not_affected") && strcmp(status, "affected") && strcmp(status, "fixed") &&
		    strcmp(status, "under_investigation")) {
			bh_findings_error(errs, name, st->line, st->col, "unknown VEX status \"%s\"", status);
			rc = -1;
			break;
		}
		bh_vex_statement *s = BH_ARRAY_PUSH(v->items, v->n, v->alloc);
		memset(s, 0, sizeof *s);
		s->vulnerability = bh_strdup(vuln);
		s->status = bh_strdup(status);
		const char *just = str_of(ymap_get(st, "justification"));
		s->justification = just ? bh_strdup(just) : NULL;
		const ynode *products = ymap_get(st, "products");
		for (size_t j = 0; yis_seq(products) && j < products->n; j++)
			add_component(s, products->items[j]);
		const ynode *subs = ymap_get(st, "subcomponents");
		for (size_t j = 0; yis_seq(subs) && j < subs->n; j++)
			add_component(s, subs->items[j]);
		/* aliases of the vulnerability name the same issue */
		const ynode *al = ymap_get(vn, "aliases");
		for (size_t j = 0; yis_seq(al) && j < al->n; j++) {
			const char *alias = str_of(al->items[j]);
			if (!alias)
				continue;
			s->aliases = bh_realloc(s->aliases, (s->naliases + 1) * sizeof *s->aliases);
			s->aliases[s->naliases++] = bh_strdup(alias);
		}
	}
	ydoc_free(&set);
	return rc;
}

int bh_vex_load(bh_vex *v, const char *path, bh_findings *errs)
{
	size_t len;
	char *data = bh_read_file(path, VEX_MAX_BYTES, &len);
	if (!data) {
		bh_findings_error(errs, path, 0, 0, "cannot read: %s", errno == EFBIG ? "file too large" : strerror(errno));
		return -1;
	}
	int rc = bh_vex_load_buffer(v, path, data, len, errs);
	free(data);
	return rc;
}

void bh_vex_free(bh_vex *v)
{
	for (size_t i = 0; i < v->n; i++) {
		bh_vex_statement *s = &v->items[i];
		free(s->vulnerability);
		free(s->status);
		free(s->justification);
		for (size_t j = 0; j < s->npurls; j++)
			free(s->purls[j]);
		free(s->purls);
		for (size_t j = 0; j < s->naliases; j++)
			free(s->aliases[j]);
		free(s->aliases);
	}
	free(v->items);
	memset(v, 0, sizeof *v);
}

static bool eq_opt_ci(const char *a, const char *b)
{
	if (!a || !b)
		return !a == !b;
	return !strcasecmp(a, b);
}

bool bh_purl_matches(const char *pattern, const char *purl)
{
	bh_purl a, b;
	if (!bh_purl_parse(pattern, &a))
		return false;
	if (!bh_purl_parse(purl, &b)) {
		bh_purl_release(&a);
		return false;
	}
	bool m = !strcmp(a.type, b.type) && eq_opt_ci(a.namespace_, b.namespace_) && !strcasecmp(a.name, b.name) &&
		 (!a.version || (b.version && !strcmp(a.version, b.version)));
	bh_purl_release(&a);
	bh_purl_release(&b);
	return m;
}

const bh_vex_statement *bh_vex_clears(const bh_vex *v, const char *id, char *const *aliases, size_t naliases,
				      const char *purl)
{
	if (!v || !purl)
		return NULL;
	for (size_t i = 0; i < v->n; i++) {
		const bh_vex_statement *s = &v->items[i];
		if (strcmp(s->status, "not_affected") && strcmp(s->status, "fixed"))
			continue;
		bool named = false;
		for (size_t n = 0; !named && n <= s->naliases; n++) {
			const char *name = n ? s->aliases[n - 1] : s->vulnerability;
			named = !strcasecmp(name, id);
			for (size_t a = 0; !named && a < naliases; a++)
				named = !strcasecmp(name, aliases[a]);
		}
		if (!named)
			continue;
		for (size_t p = 0; p < s->npurls; p++)
			if (bh_purl_matches(s->purls[p], purl))
				return s;
	}
	return NULL;
}
