/* Reports what the collector found in the layers, placed against the final
 * view: a secret in a file that a later layer deleted or replaced is still
 * in the image (anyone can extract that layer), and the message says so. */
#include "image/scanint.h"

#include <string.h>

#include "core/strbuf.h"
#include "core/util.h"
#include "image/imgint.h"

/* Where the layer's copy of path stands in the final image. Layers are
 * numbered from 1 (the base) in messages. */
static void fate(const bh_image *img, const scan_hit *h, strbuf *out)
{
	const bh_fs_entry *e = bh_fs_lookup(img->fs, h->path);
	if (e && e->modified_layer == h->layer) {
		strbuf_addf(out, "layer %d", h->layer + 1);
		return;
	}
	if (e && e->modified_layer > h->layer) {
		strbuf_addf(out, "present in layer %d, replaced in layer %d, still extractable", h->layer + 1,
			    e->modified_layer + 1);
		return;
	}
	const bh_fs_deletion *d = bh_fs_deleted(img->fs, h->path);
	if (d && d->deleted_layer > h->layer) {
		strbuf_addf(out, "present in layer %d, deleted in layer %d, still extractable", h->layer + 1,
			    d->deleted_layer + 1);
		return;
	}
	strbuf_addf(out, "layer %d, not in the final filesystem, still extractable", h->layer + 1);
}

void scan_check_secrets(const bh_image *img, const bh_scan_collector *c, const bh_scan_opts *o, bh_findings *f)
{
	for (size_t i = 0; i < c->nhits; i++) {
		const scan_hit *h = &c->hits[i];
		_cleanup_free_ char *pp = bh_img_printable(h->path);
		strbuf where = STRBUF_INIT;
		if (img->fs)
			fate(img, h, &where);
		else
			strbuf_addf(&where, "layer %d", h->layer + 1);
		bh_finding *x;
		if (h->credfile)
			x = scan_add(f, o, "IMG021", pp, "%s: /%s (%s)", h->kind, pp, where.buf);
		else
			x = scan_add(f, o, "IMG020", pp, "%s in /%s line %d (%s)", h->kind, pp, h->line, where.buf);
		if (h->evidence)
			x->evidence = bh_strdup(h->evidence);
		strbuf_release(&where);
	}
	if (c->hits_dropped)
		scan_add(f, o, "IMG020", NULL, "%zu more secrets were found and not listed", c->hits_dropped);
}
