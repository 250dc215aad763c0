/* Package inventory and vulnerability findings inside `bulkhead scan`. */
#include "cmd/scan_pkgs.h"

#include "core/util.h"

#include <stdio.h>
#include <string.h>

static bool fo_begin(void *arg, int layer, const char *path, int64_t size, uint32_t mode)
{
	scan_fanout *fo = arg;
	fo->want_a = fo->a && fo->a->begin && fo->a->begin(fo->a->arg, layer, path, size, mode);
	fo->want_b = fo->b && fo->b->begin && fo->b->begin(fo->b->arg, layer, path, size, mode);
	return fo->want_a || fo->want_b;
}

static int fo_data(void *arg, const void *buf, size_t len, uint64_t offset)
{
	scan_fanout *fo = arg;
	int rc = 0;
	if (fo->want_a && fo->a->data)
		rc = fo->a->data(fo->a->arg, buf, len, offset);
	/* Either one asking to stop stops the load (image.h); the other still
	 * gets its end() from the loader through fo_end. */
	if (!rc && fo->want_b && fo->b->data)
		rc = fo->b->data(fo->b->arg, buf, len, offset);
	return rc;
}

static void fo_end(void *arg, bool complete)
{
	scan_fanout *fo = arg;
	if (fo->want_a && fo->a->end)
		fo->a->end(fo->a->arg, complete);
	if (fo->want_b && fo->b->end)
		fo->b->end(fo->b->arg, complete);
	fo->want_a = fo->want_b = false;
}

void scan_fanout_init(scan_fanout *fo, const bh_content_cb *a, const bh_content_cb *b)
{
	memset(fo, 0, sizeof *fo);
	fo->a = a;
	fo->b = b;
	fo->cb = (bh_content_cb){ fo_begin, fo_data, fo_end, fo };
}

static void kstr_opt(jsonw *w, const char *key, const char *s)
{
	if (s)
		jsonw_kstr(w, key, s);
}

void scan_write_packages(jsonw *w, const bh_package_list *pkgs)
{
	jsonw_key(w, "packages");
	jsonw_arr_open(w);
	for (size_t i = 0; i < pkgs->n; i++) {
		const bh_package *p = &pkgs->items[i];
		jsonw_obj_open(w);
		jsonw_kstr(w, "type", p->type);
		jsonw_kstr(w, "name", p->name);
		jsonw_kstr(w, "version", p->version);
		kstr_opt(w, "source_name", p->source_name);
		kstr_opt(w, "source_version", p->source_version);
		kstr_opt(w, "distro", p->distro);
		kstr_opt(w, "distro_release", p->distro_release);
		kstr_opt(w, "purl", p->purl);
		kstr_opt(w, "license", p->license);
		kstr_opt(w, "license_name", p->license_name);
		kstr_opt(w, "path", p->path);
		if (p->layer >= 0)
			jsonw_kint(w, "layer", p->layer);
		jsonw_obj_close(w);
	}
	jsonw_arr_close(w);
}

void scan_warn_inventory(const bh_inventory *inv)
{
	for (size_t i = 0; i < inv->ndiags; i++) {
		const bh_inventory_diag *d = &inv->diags[i];
		if (d->line)
			fprintf(stderr, "bulkhead: warning: %s:%d: %s\n", d->path, d->line, d->message);
		else
			fprintf(stderr, "bulkhead: warning: %s: %s\n", d->path, d->message);
	}
	if (inv->diags_dropped)
		fprintf(stderr, "bulkhead: warning: %zu more warnings not shown\n", inv->diags_dropped);
}

/* The layer that wrote path. The inventory reads a file only when the final
 * view still holds the copy one layer wrote, so a path has one layer. */
static int layer_of(const bh_package_list *pkgs, const char *path)
{
	for (size_t i = 0; i < pkgs->n; i++)
		if (pkgs->items[i].path && !strcmp(pkgs->items[i].path, path))
			return pkgs->items[i].layer;
	return -1;
}

void scan_place_vuln_findings(bh_findings *f, size_t from, const bh_package_list *pkgs, const char *where,
			      bool image)
{
	/* Findings come grouped by package, so one lookup serves a run of them. */
	char *last_path = NULL;
	int last_layer = -1;
	for (size_t i = from; i < f->n; i++) {
		bh_finding *x = &f->items[i];
		const char *path = x->loc.path;
		char *placed;
		if (image) {
			if (path && (!last_path || strcmp(last_path, path))) {
				free(last_path);
				last_path = bh_strdup(path);
				last_layer = layer_of(pkgs, path);
			}
			int layer = path ? last_layer : -1;
			char *msg = x->message;
			x->message = NULL;
			if (layer >= 0)
				bh_finding_set(&x->message, "%s (/%s, layer %d)", msg, path, layer + 1);
			else
				bh_finding_set(&x->message, "%s%s%s%s", msg, path ? " (/" : "", path ? path : "",
					       path ? ")" : "");
			free(msg);
			placed = bh_strdup(where);
		} else if (path) {
			size_t n = strlen(where);
			placed = bh_asprintf("%s%s%s", where, n && where[n - 1] == '/' ? "" : "/", path);
		} else {
			continue;
		}
		free(x->loc.path);
		x->loc.path = placed;
	}
	free(last_path);
}
