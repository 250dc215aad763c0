/* npm: package-lock.json (lockfileVersion 1: nested "dependencies";
 * 2 and 3: a flat "packages" map keyed by install path) and the
 * package.json of each installed package under node_modules/. */
#include "pkg/license.h"
#include "pkg/pkgint.h"
#include "pkg/purl.h"
#include "core/util.h"
#include "core/yamldoc.h"

#include <string.h>

#define NPM_MAX_DEPTH 64

static const ynode *npm_root(bh_pkg_ctx *c, const char *data, size_t len, ydoc_set *set)
{
	yerror err;
	if (ydoc_parse(data, len, set, &err) != 0) {
		bh_pkg_diag(c, err.line, "not valid JSON: %s", err.message);
		return NULL;
	}
	if (set->ndocs != 1 || !yis_map(set->docs[0])) {
		bh_pkg_diag(c, 1, "expected one JSON object");
		return NULL;
	}
	return set->docs[0];
}

/* "license": "MIT" | {"type": "MIT"}; older "licenses": [{"type": ...}]. */
static char *npm_license(const ynode *pkg)
{
	const ynode *l = ymap_get(pkg, "license");
	if (yis_map(l))
		l = ymap_get(l, "type");
	if (yscalar(l))
		return bh_license_expr(yscalar(l));
	const ynode *ls = ymap_get(pkg, "licenses");
	if (!yis_seq(ls))
		return NULL;
	bh_license_set set = { 0 };
	for (size_t i = 0; i < ls->n; i++) {
		const char *t = yscalar(yis_map(ls->items[i]) ? ymap_get(ls->items[i], "type") : ls->items[i]);
		char *e = t ? bh_license_expr(t) : NULL;
		if (e)
			bh_license_set_add_names(&set, e);
		free(e);
	}
	char *out = bh_license_set_join(&set);
	bh_license_set_free(&set);
	return out;
}

static void npm_emit(bh_pkg_ctx *c, const char *name, const char *version, const ynode *meta, int line)
{
	if (!bh_pkg_printable(name) || !bh_pkg_printable(version) || strlen(name) > 214 + 1) {
		bh_pkg_diag(c, line, "package without a valid name and version");
		return;
	}
	bh_package *p = bh_pkg_new(c, "npm", name, version);
	p->license = meta ? npm_license(meta) : NULL;
	const char *slash = name[0] == '@' ? strchr(name, '/') : NULL;
	if (slash) {
		char *ns = bh_strndup(name, (size_t)(slash - name));
		p->purl = bh_purl("npm", ns, slash + 1, version, NULL);
		free(ns);
	} else {
		p->purl = bh_purl("npm", NULL, name, version, NULL);
	}
}

static void lock_v1_deps(bh_pkg_ctx *c, const ynode *deps, int depth)
{
	if (!yis_map(deps))
		return;
	if (depth > NPM_MAX_DEPTH) {
		bh_pkg_diag(c, deps->line, "dependencies nested deeper than %d levels", NPM_MAX_DEPTH);
		return;
	}
	for (size_t i = 0; i < ymap_size(deps); i++) {
		const char *name = yscalar(ymap_key_at(deps, i));
		const ynode *d = ymap_val_at(deps, i);
		if (!yis_map(d)) {
			bh_pkg_diag(c, d ? d->line : 0, "dependency %s is not an object", name ? name : "?");
			continue;
		}
		npm_emit(c, name, yscalar(ymap_get(d, "version")), d, d->line);
		lock_v1_deps(c, ymap_get(d, "dependencies"), depth + 1);
	}
}

void bh_pkg_parse_npm_lock(bh_pkg_ctx *c, const char *data, size_t len)
{
	ydoc_set set = { 0 };
	const ynode *root = npm_root(c, data, len, &set);
	if (!root)
		goto out;
	const ynode *pkgs = ymap_get(root, "packages");
	if (yis_map(pkgs)) {
		for (size_t i = 0; i < ymap_size(pkgs); i++) {
			const char *key = yscalar(ymap_key_at(pkgs, i));
			const ynode *d = ymap_val_at(pkgs, i);
			/* "" is the project itself; other keys without node_modules/ are workspaces. */
			const char *nm = key ? strstr(key, "node_modules/") : NULL;
			if (!nm)
				continue;
			if (!yis_map(d)) {
				bh_pkg_diag(c, d ? d->line : 0, "entry %s is not an object", key);
				continue;
			}
			bool link = false;
			if (ybool(ymap_get(d, "link"), &link) && link)
				continue; /* a symlink to a workspace, listed under its own key */
			const char *last;
			while ((last = strstr(nm + 1, "node_modules/")))
				nm = last;
			const char *name = yscalar(ymap_get(d, "name"));
			npm_emit(c, name ? name : nm + strlen("node_modules/"), yscalar(ymap_get(d, "version")), d,
				 d->line);
		}
	} else if (ymap_get(root, "dependencies")) {
		lock_v1_deps(c, ymap_get(root, "dependencies"), 0);
	} else {
		bh_pkg_diag(c, root->line, "neither \"packages\" nor \"dependencies\" found");
	}
out:
	ydoc_free(&set);
}

void bh_pkg_parse_npm_package(bh_pkg_ctx *c, const char *data, size_t len)
{
	ydoc_set set = { 0 };
	const ynode *root = npm_root(c, data, len, &set);
	if (root)
		npm_emit(c, yscalar(ymap_get(root, "name")), yscalar(ymap_get(root, "version")), root, root->line);
	ydoc_free(&set);
}
