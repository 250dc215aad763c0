/* The final filesystem view: layer diffs applied in order, with whiteouts,
 * opaque directories and per-path provenance.
 *
 * A tree (for whole-subtree removal) indexed by a hash of full paths (for
 * lookup). Removed nodes are freed and remembered as deletion records, so
 * each added entry is removed at most once and the work stays linear in the
 * number of entries, however the layers are arranged. */
#include <string.h>

#include "core/util.h"
#include "image/imgint.h"

struct bh_fs_node {
	bh_fs_entry e;
	char *path, *link;
	bh_fs_node *parent, *child, *last, *next, *prev; /* children in insertion order */
};

struct bh_fs {
	bh_fs_node *root;
	smap map; /* path -> node, root excluded */
	size_t count;
	bh_fs_deletion *del;
	size_t ndel, del_alloc;
};

static bh_fs_node *node_new(bh_fs *fs, bh_fs_node *parent, char *path)
{
	bh_fs_node *n = bh_calloc(1, sizeof *n);
	n->path = path;
	n->e.path = n->path;
	n->parent = parent;
	if (parent) {
		n->prev = parent->last;
		if (parent->last)
			parent->last->next = n;
		else
			parent->child = n;
		parent->last = n;
		smap_put(&fs->map, path, n);
		fs->count++;
	}
	return n;
}

bh_fs *bh_fs_new(void)
{
	bh_fs *fs = bh_calloc(1, sizeof *fs);
	smap_init(&fs->map);
	fs->root = node_new(fs, NULL, bh_strdup(""));
	fs->root->e.type = BH_FT_DIR;
	fs->root->e.mode = 0755;
	fs->root->e.added_layer = fs->root->e.modified_layer = -1;
	return fs;
}

static void node_free_tree(bh_fs_node *n)
{
	for (bh_fs_node *c = n->child, *nx; c; c = nx) {
		nx = c->next;
		node_free_tree(c);
	}
	free(n->path);
	free(n->link);
	free(n);
}

void bh_fs_free(bh_fs *fs)
{
	if (!fs)
		return;
	node_free_tree(fs->root);
	smap_release(&fs->map, NULL);
	for (size_t i = 0; i < fs->ndel; i++)
		free(fs->del[i].path);
	free(fs->del);
	free(fs);
}

static void unlink_node(bh_fs_node *n)
{
	if (n->prev)
		n->prev->next = n->next;
	else if (n->parent)
		n->parent->child = n->next;
	if (n->next)
		n->next->prev = n->prev;
	else if (n->parent)
		n->parent->last = n->prev;
	n->prev = n->next = NULL;
}

/* Removes n and everything below it, recording each as deleted by layer. */
static void remove_tree(bh_fs *fs, bh_fs_node *n, int layer, bool unlink)
{
	if (unlink)
		unlink_node(n);
	for (bh_fs_node *c = n->child, *nx; c; c = nx) {
		nx = c->next;
		remove_tree(fs, c, layer, false);
	}
	smap_del(&fs->map, n->path);
	fs->count--;
	bh_fs_deletion *d = BH_ARRAY_PUSH(fs->del, fs->ndel, fs->del_alloc);
	d->path = n->path;
	d->type = n->e.type;
	d->added_layer = n->e.added_layer;
	d->deleted_layer = layer;
	free(n->link);
	free(n);
}

static bh_fs_node *find(const bh_fs *fs, const char *path)
{
	if (!*path)
		return fs->root;
	return smap_get(&fs->map, path);
}

/* The parent directory of path, created implicitly where missing. NULL
 * (with an anomaly) when a component is not a directory: following it
 * would mean going through a symlink, maybe out of the image. */
static bh_fs_node *parent_dir(bh_fs *fs, bh_image *img, const char *path, int layer)
{
	bh_fs_node *cur = fs->root;
	for (const char *p = strchr(path, '/'); p; p = strchr(p + 1, '/')) {
		char *prefix = bh_strndup(path, (size_t)(p - path));
		bh_fs_node *n = find(fs, prefix);
		if (!n) {
			n = node_new(fs, cur, prefix);
			n->e.type = BH_FT_DIR;
			n->e.mode = 0755;
			n->e.implicit = true;
			n->e.added_layer = n->e.modified_layer = layer;
		} else {
			if (n->e.type != BH_FT_DIR) {
				if (img)
					bh_img_anomaly(img, BH_ANOM_THROUGH_SYMLINK, layer, path, prefix);
				free(prefix);
				return NULL;
			}
			free(prefix);
		}
		cur = n;
	}
	return cur;
}

static void set_meta(bh_fs *fs, bh_fs_node *n, const lentry *le, int layer)
{
	n->e.type = le->type;
	n->e.mode = le->mode;
	n->e.uid = le->uid;
	n->e.gid = le->gid;
	n->e.size = le->size;
	free(n->link);
	n->link = le->link ? bh_strdup(le->link) : NULL;
	n->e.link = n->link;
	n->e.has_caps = le->has_caps;
	n->e.link_escapes = le->link_escapes;
	n->e.implicit = false;
	bool file = le->type == BH_FT_REG || le->type == BH_FT_HARDLINK;
	n->e.setuid = file && (le->mode & 04000);
	n->e.setgid = file && (le->mode & 02000);
	n->e.modified_layer = layer;
	if (le->type == BH_FT_HARDLINK) {
		bh_fs_node *t = find(fs, le->link);
		if (t && t != n && t->e.type == BH_FT_REG)
			n->e.size = t->e.size;
	}
}

static void apply_add(bh_fs *fs, bh_image *img, const lentry *le, int layer)
{
	if (le->type == BH_FT_HARDLINK && (!find(fs, le->link) || !strcmp(le->link, le->path))) {
		if (img)
			bh_img_anomaly(img, BH_ANOM_HARDLINK_MISSING, layer, le->path, le->link);
	}
	bh_fs_node *parent = parent_dir(fs, img, le->path, layer);
	if (!parent)
		return;
	bh_fs_node *n = find(fs, le->path);
	if (n && n->e.type != le->type) {
		/* A different kind of object replaces the old one (and, for a
		 * directory, everything in it). */
		remove_tree(fs, n, layer, true);
		n = NULL;
	}
	if (!n) {
		n = node_new(fs, parent, bh_strdup(le->path));
		n->e.added_layer = layer;
	}
	set_meta(fs, n, le, layer);
}

void bh_fs_apply(bh_fs *fs, bh_image *img, const layer_diff *d, int layer)
{
	/* Whiteouts and opaque markers hide what the layers below hold, so
	 * they go first; then this layer's own entries in archive order. */
	for (size_t i = 0; i < d->n; i++) {
		const lentry *le = &d->e[i];
		bh_fs_node *n;
		if (le->op == LOP_WHITEOUT) {
			if ((n = find(fs, le->path)) && n != fs->root)
				remove_tree(fs, n, layer, true);
		} else if (le->op == LOP_OPAQUE) {
			if ((n = find(fs, le->path)) && n->e.type == BH_FT_DIR) {
				while (n->child)
					remove_tree(fs, n->child, layer, true);
			}
		}
	}
	for (size_t i = 0; i < d->n; i++)
		if (d->e[i].op == LOP_ADD)
			apply_add(fs, img, &d->e[i], layer);
	/* An opaque marker also says "this directory exists". */
	for (size_t i = 0; i < d->n; i++) {
		if (d->e[i].op == LOP_OPAQUE && *d->e[i].path && !find(fs, d->e[i].path)) {
			lentry dir = { .op = LOP_ADD, .path = d->e[i].path, .type = BH_FT_DIR, .mode = 0755 };
			apply_add(fs, img, &dir, layer);
		}
	}
}

const bh_fs_entry *bh_fs_lookup(const bh_fs *fs, const char *path)
{
	bool abs, esc;
	size_t depth;
	_cleanup_free_ char *p = bh_img_normalize(path, &abs, &esc, &depth);
	if (esc)
		return NULL;
	bh_fs_node *node = find(fs, p);
	return node ? &node->e : NULL;
}

static int cmp_node(const void *a, const void *b)
{
	const bh_fs_node *x = *(bh_fs_node *const *)a, *y = *(bh_fs_node *const *)b;
	return strcmp(x->path, y->path);
}

static int walk(const bh_fs_node *n, int (*fn)(const bh_fs_entry *, void *), void *arg)
{
	size_t cnt = 0;
	for (bh_fs_node *c = n->child; c; c = c->next)
		cnt++;
	if (!cnt)
		return 0;
	bh_fs_node **v = bh_malloc(cnt * sizeof *v);
	size_t i = 0;
	for (bh_fs_node *c = n->child; c; c = c->next)
		v[i++] = c;
	qsort(v, cnt, sizeof *v, cmp_node);
	int rc = 0;
	for (i = 0; i < cnt && !rc; i++) {
		rc = fn(&v[i]->e, arg);
		if (!rc)
			rc = walk(v[i], fn, arg);
	}
	free(v);
	return rc;
}

int bh_fs_walk(const bh_fs *fs, int (*fn)(const bh_fs_entry *e, void *arg), void *arg)
{
	return walk(fs->root, fn, arg);
}

size_t bh_fs_count(const bh_fs *fs) { return fs->count; }
size_t bh_fs_ndeletions(const bh_fs *fs) { return fs->ndel; }
const bh_fs_deletion *bh_fs_deletion_at(const bh_fs *fs, size_t i) { return i < fs->ndel ? &fs->del[i] : NULL; }

const bh_fs_deletion *bh_fs_deleted(const bh_fs *fs, const char *path)
{
	bool abs, esc;
	size_t depth;
	_cleanup_free_ char *p = bh_img_normalize(path, &abs, &esc, &depth);
	for (size_t i = fs->ndel; i-- > 0;)
		if (!strcmp(fs->del[i].path, p))
			return &fs->del[i];
	return NULL;
}
