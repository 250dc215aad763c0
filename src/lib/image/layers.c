/* Reading one layer: a tar stream (plain, gzip or zstd) read once with
 * libarchive, never extracted. Each entry becomes one change (add, whiteout,
 * opaque directory) in the layer's diff; the view applies the diffs in
 * layer order afterwards (fsview.c). Entry names are normalized here and
 * nothing in a name or link target is ever used to touch the host. */
#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "core/strbuf.h"
#include "core/util.h"
#include "image/imgint.h"

void layer_diff_release(layer_diff *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->e[i].path);
		free(d->e[i].link);
	}
	free(d->e);
	memset(d, 0, sizeof *d);
}

void bh_img_anomaly(bh_image *img, bh_anomaly_kind k, int layer, const char *path, const char *detail)
{
	if (img->nanomalies >= BH_IMAGE_MAX_ANOMALIES) {
		img->anomalies_dropped++;
		return;
	}
	bh_anomaly *a = BH_ARRAY_PUSH(img->anomalies, img->nanomalies, img->anomalies_alloc);
	a->kind = k;
	a->layer = layer;
	a->path = bh_img_printable(path);
	a->detail = detail ? bh_img_printable(detail) : NULL;
}

/* Normalizes a name from a tar header into a path relative to the root:
 * "./a//b/../c" -> "a/c". *abs is set for a leading "/", *escape when ".."
 * climbs above the root (the result is then meaningless). */
char *bh_img_normalize(const char *in, bool *abs, bool *escape, size_t *depth)
{
	strbuf sb = STRBUF_INIT;
	size_t *starts = NULL, n = 0, alloc = 0;
	*abs = in[0] == '/';
	*escape = false;
	const char *p = in;
	while (*p) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		const char *q = strchr(p, '/');
		size_t len = q ? (size_t)(q - p) : strlen(p);
		if (len == 1 && p[0] == '.') {
			/* nothing */
		} else if (len == 2 && p[0] == '.' && p[1] == '.') {
			if (n == 0) {
				*escape = true;
			} else {
				n--;
				sb.len = starts[n] ? starts[n] - 1 : 0;
				sb.buf[sb.len] = '\0';
			}
		} else {
			*BH_ARRAY_PUSH(starts, n, alloc) = sb.len ? sb.len + 1 : 0;
			if (sb.len)
				strbuf_addch(&sb, '/');
			strbuf_add(&sb, p, len);
		}
		p += len;
	}
	free(starts);
	*depth = n;
	return strbuf_detach(&sb, NULL);
}

/* Whether a relative symlink target, seen from the directory holding the
 * link, climbs above the image root. Absolute targets resolve inside the
 * container's root and are fine there. */
static bool link_climbs_out(const char *linkpath, const char *target)
{
	if (target[0] == '/')
		return false;
	long depth = 0;
	for (const char *p = linkpath; *p; p++)
		if (*p == '/')
			depth++;
	const char *p = target;
	while (*p) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		const char *q = strchr(p, '/');
		size_t len = q ? (size_t)(q - p) : strlen(p);
		if (len == 2 && p[0] == '.' && p[1] == '.') {
			if (--depth < 0)
				return true;
		} else if (!(len == 1 && p[0] == '.')) {
			depth++;
		}
		p += len;
	}
	return false;
}

typedef struct tar_reader {
	bh_instream *in;
	bh_image_error *err;
} tar_reader;

static la_ssize_t la_read(struct archive *a, void *ctx, const void **buf)
{
	tar_reader *t = ctx;
	ssize_t r = bh_instream_read(t->in, buf);
	if (r < 0) {
		archive_set_error(a, EIO, "input stream failed");
		return -1;
	}
	return r;
}

/* Maps a libarchive failure to a named error, unless the stream under it
 * already failed (its error is the real cause). */
static int la_fail(struct archive *a, tar_reader *t, const char *what)
{
	if (bh_instream_failed(t->in))
		return -1;
	const char *msg = archive_error_string(a);
	if (!msg)
		msg = "unknown error";
	_cleanup_free_ char *pw = bh_img_printable(what);
	if (strstr(msg, "runcated") || strstr(msg, "premature end"))
		return bh_imgerr(t->err, BH_IMGE_TRUNCATED, "%s: tar archive is truncated (%s)", pw, msg);
	if (strstr(msg, "too large") || strstr(msg, "too long") || strstr(msg, "Pathname"))
		return bh_imgerr(t->err, BH_IMGE_LIMIT_HEADER, "%s: tar header too large (%s)", pw, msg);
	return bh_imgerr(t->err, BH_IMGE_CORRUPT, "%s: not a valid tar archive (%s)", pw, msg);
}

static bool is_whiteout(const char *base) { return bh_starts_with(base, ".wh."); }

static bh_ftype ftype_of(struct archive_entry *ent, bool *known)
{
	*known = true;
	if (archive_entry_hardlink(ent))
		return BH_FT_HARDLINK;
	switch (archive_entry_filetype(ent)) {
	case AE_IFREG: return BH_FT_REG;
	case AE_IFDIR: return BH_FT_DIR;
	case AE_IFLNK: return BH_FT_SYMLINK;
	case AE_IFCHR: return BH_FT_CHAR;
	case AE_IFBLK: return BH_FT_BLOCK;
	case AE_IFIFO: return BH_FT_FIFO;
	default: break;
	}
	*known = false;
	return BH_FT_REG;
}

static bool has_capability_xattr(struct archive_entry *ent)
{
	const char *name;
	const void *val;
	size_t size;
	bool found = false;
	archive_entry_xattr_reset(ent);
	while (archive_entry_xattr_next(ent, &name, &val, &size) == ARCHIVE_OK)
		if (name && !strcmp(name, "security.capability"))
			found = true;
	return found;
}

static int charge_meta(bh_load_ctx *lc, size_t n, bh_image_error *err)
{
	if (lc->meta_used + n > lc->lim.max_meta_bytes)
		return bh_imgerr(err, BH_IMGE_LIMIT_META, "paths and link targets exceed the limit of %zu bytes",
				 lc->lim.max_meta_bytes);
	lc->meta_used += n;
	return 0;
}

/* Streams the entry's content to the callback (or past it). */
static int read_content(bh_load_ctx *lc, struct archive *a, tar_reader *t, int layer, const char *path,
			struct archive_entry *ent, bool deliver)
{
	const bh_content_cb *cb = lc->content;
	bool want = deliver && cb && cb->begin &&
		    cb->begin(cb->arg, layer, path, archive_entry_size(ent), (uint32_t)(archive_entry_perm(ent) & 07777));
	if (!want) {
		if (archive_read_data_skip(a) != ARCHIVE_OK)
			return la_fail(a, t, path);
		return 0;
	}
	for (;;) {
		const void *buf;
		size_t len;
		la_int64_t off;
		int r = archive_read_data_block(a, &buf, &len, &off);
		if (r == ARCHIVE_EOF)
			break;
		if (r != ARCHIVE_OK && r != ARCHIVE_WARN) {
			if (cb->end)
				cb->end(cb->arg, false);
			return la_fail(a, t, path);
		}
		if (len && cb->data && cb->data(cb->arg, buf, len, off < 0 ? 0 : (uint64_t)off) != 0) {
			if (cb->end)
				cb->end(cb->arg, false);
			_cleanup_free_ char *pp = bh_img_printable(path);
			return bh_imgerr(t->err, BH_IMGE_CALLBACK, "content callback stopped at %s", pp);
		}
	}
	if (cb->end)
		cb->end(cb->arg, true);
	return 0;
}

static lentry *push(layer_diff *d)
{
	lentry *e = BH_ARRAY_PUSH(d->e, d->n, d->alloc);
	memset(e, 0, sizeof *e);
	return e;
}

/* One tar entry. Returns 0 (entry recorded, dropped with an anomaly, or
 * ignored) or -1 on a fatal error. */
static int one_entry(bh_load_ctx *lc, struct archive *a, tar_reader *t, struct archive_entry *ent, int layer,
		     layer_diff *d, smap *seen)
{
	bh_image *img = lc->img;
	bh_image_error *err = t->err;
	const char *raw = archive_entry_pathname(ent);
	if (!raw)
		raw = "";
	size_t rawlen = strlen(raw);
	if (rawlen > lc->lim.max_path_len) {
		_cleanup_free_ char *pp = bh_img_printable(raw);
		return bh_imgerr(err, BH_IMGE_LIMIT_PATH, "layer %d: entry name of %zu bytes exceeds the limit of %zu (%s)",
				 layer, rawlen, lc->lim.max_path_len, pp);
	}
	bool abs, escape, known;
	size_t depth;
	_cleanup_free_ char *path = bh_img_normalize(raw, &abs, &escape, &depth);
	if (depth > lc->lim.max_path_depth) {
		_cleanup_free_ char *pp = bh_img_printable(raw);
		return bh_imgerr(err, BH_IMGE_LIMIT_PATH, "layer %d: entry %s is %zu levels deep (limit %zu)", layer,
				 pp, depth, lc->lim.max_path_depth);
	}
	bh_ftype type = ftype_of(ent, &known);
	const char *link = type == BH_FT_HARDLINK ? archive_entry_hardlink(ent)
			   : type == BH_FT_SYMLINK ? archive_entry_symlink(ent) : NULL;
	if (link && strlen(link) > lc->lim.max_path_len) {
		_cleanup_free_ char *pp = bh_img_printable(raw);
		return bh_imgerr(err, BH_IMGE_LIMIT_PATH, "layer %d: link target of %s exceeds the limit of %zu bytes",
				 layer, pp, lc->lim.max_path_len);
	}
	/* The diff, the duplicate check, the view node and its index each hold
	 * the path; the diff and the view hold the link. */
	if (charge_meta(lc, 4 * (strlen(path) + 1) + 2 * (link ? strlen(link) + 1 : 0), err) < 0)
		return -1;

	bool deliver = true;
	if (escape) {
		bh_img_anomaly(img, BH_ANOM_PATH_TRAVERSAL, layer, raw, NULL);
		deliver = false;
	} else if (abs) {
		bh_img_anomaly(img, BH_ANOM_ABSOLUTE_PATH, layer, raw, NULL);
	}
	if (archive_entry_sparse_count(ent) > 0)
		bh_img_anomaly(img, BH_ANOM_SPARSE_FILE, layer, raw, NULL);
	if (!known || !*path)
		deliver = false; /* sockets and the like; entries for the root itself */

	const char *base = bh_basename(path);
	bool whiteout = deliver && is_whiteout(base);
	if (type == BH_FT_REG && deliver && !whiteout) {
		if (read_content(lc, a, t, layer, path, ent, true) < 0)
			return -1;
	} else if (archive_read_data_skip(a) != ARCHIVE_OK) {
		return la_fail(a, t, raw);
	}
	if (!deliver)
		return 0;

	if (whiteout) {
		size_t dirlen = (size_t)(base - path);
		const char *name = base + 4;
		if (!strcmp(base, ".wh..wh..opq")) {
			lentry *e = push(d);
			e->op = LOP_OPAQUE;
			e->path = bh_strndup(path, dirlen ? dirlen - 1 : 0);
		} else if (bh_starts_with(base, ".wh..wh.")) {
			/* aufs bookkeeping (.wh..wh.plnk, .wh..wh.aufs): not content */
		} else if (!*name || !strcmp(name, ".") || !strcmp(name, "..")) {
			bh_img_anomaly(img, BH_ANOM_BAD_WHITEOUT, layer, raw, NULL);
		} else {
			lentry *e = push(d);
			e->op = LOP_WHITEOUT;
			e->path = bh_asprintf("%.*s%s", (int)dirlen, path, name);
		}
		return 0;
	}

	char *target = NULL;
	bool escapes = false;
	if (type == BH_FT_HARDLINK) {
		bool tabs, tesc;
		size_t tdepth;
		target = bh_img_normalize(link, &tabs, &tesc, &tdepth);
		if (tesc || !*target) {
			bh_img_anomaly(img, BH_ANOM_HARDLINK_ESCAPE, layer, raw, link);
			free(target);
			return 0;
		}
	} else if (type == BH_FT_SYMLINK) {
		target = bh_strdup(link ? link : "");
		escapes = link_climbs_out(path, target);
		if (escapes)
			bh_img_anomaly(img, BH_ANOM_SYMLINK_ESCAPE, layer, raw, target);
	}
	if (type == BH_FT_CHAR || type == BH_FT_BLOCK)
		bh_img_anomaly(img, BH_ANOM_DEVICE_FILE, layer, raw, NULL);

	size_t prev = (size_t)(uintptr_t)smap_get(seen, path);
	if (prev) {
		lentry *old = &d->e[prev - 1];
		uint32_t mode = (uint32_t)(archive_entry_perm(ent) & 07777);
		if (old->type != type)
			bh_img_anomaly(img, BH_ANOM_CONFLICTING_ENTRY, layer, raw, bh_ftype_name(old->type));
		else if (type != BH_FT_DIR || old->mode != mode || old->uid != archive_entry_uid(ent) ||
			 old->gid != archive_entry_gid(ent))
			bh_img_anomaly(img, BH_ANOM_DUPLICATE_ENTRY, layer, raw, NULL);
		old->op = LOP_NONE; /* the later entry wins, as extraction would have it */
	}
	lentry *e = push(d);
	e->op = LOP_ADD;
	e->path = bh_strdup(path);
	e->type = type;
	e->mode = (uint32_t)(archive_entry_perm(ent) & 07777);
	e->uid = archive_entry_uid(ent);
	e->gid = archive_entry_gid(ent);
	e->size = type == BH_FT_REG ? archive_entry_size(ent) : 0;
	e->link = target;
	e->link_escapes = escapes;
	e->has_caps = has_capability_xattr(ent);
	smap_put(seen, path, (void *)(uintptr_t)d->n);
	return 0;
}

int bh_layer_read(bh_load_ctx *lc, bh_instream *in, int layer, layer_diff *diff, uint64_t *entries,
		  bh_image_error *err)
{
	struct archive *a = archive_read_new();
	if (!a)
		bh_die("libarchive: out of memory");
	/* Only tar: no zip, cpio, iso or other readers, and no libarchive
	 * filters: decompression is ours, so it is measured and bounded. */
	archive_read_support_format_tar(a);
	archive_read_support_format_gnutar(a);
	tar_reader t = { in, err };
	smap seen;
	smap_init(&seen);
	int rc = -1;
	char what[32];
	snprintf(what, sizeof what, "layer %d", layer);
	if (archive_read_open(a, &t, NULL, la_read, NULL) != ARCHIVE_OK) {
		if (!bh_instream_failed(in) && bh_instream_plain_bytes(in) == 0 && bh_instream_raw_bytes(in) == 0) {
			rc = 0; /* an empty layer: no entries at all */
			goto out;
		}
		la_fail(a, &t, what);
		goto out;
	}
	for (;;) {
		struct archive_entry *ent;
		la_int64_t before = archive_filter_bytes(a, 0);
		int r = archive_read_next_header(a, &ent);
		if (r == ARCHIVE_EOF)
			break;
		if (r != ARCHIVE_OK && r != ARCHIVE_WARN) {
			la_fail(a, &t, what);
			goto out;
		}
		la_int64_t used = archive_filter_bytes(a, 0) - before;
		/* A header may follow up to 511 bytes of the previous entry's padding. */
		if (used > 0 && (uint64_t)used > (uint64_t)lc->lim.max_header_bytes + 1024) {
			bh_imgerr(err, BH_IMGE_LIMIT_HEADER, "layer %d: one tar header takes %lld bytes (limit %zu)", layer,
				  (long long)used, lc->lim.max_header_bytes);
			goto out;
		}
		if (++lc->entries_used > lc->lim.max_entries) {
			bh_imgerr(err, BH_IMGE_LIMIT_ENTRIES, "layer %d: more than %llu entries in the image", layer,
				  (unsigned long long)lc->lim.max_entries);
			goto out;
		}
		(*entries)++;
		if (one_entry(lc, a, &t, ent, layer, diff, &seen) < 0)
			goto out;
	}
	/* Trailing bytes after the end-of-archive blocks still count for digests. */
	if (bh_instream_drain(in) < 0)
		goto out;
	rc = 0;
out:
	smap_release(&seen, NULL);
	archive_read_free(a);
	return rc;
}
