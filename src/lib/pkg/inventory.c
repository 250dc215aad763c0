/* The inventory: which files to keep, keeping them while an image streams
 * or reading them from a directory, then handing each to its parser. */
#include "pkg/cargoaudit.h"
#include "pkg/gobuildinfo.h"
#include "pkg/inventory.h"
#include "pkg/pkgint.h"
#include "core/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* All kept bytes together; a hostile image cannot make the inventory hold
 * more than this however many lock files it carries. */
#define INV_MAX_TOTAL_BYTES (512u * 1024 * 1024)
#define INV_MAX_DIR_DEPTH 256

#define KiB 1024u
#define MiB (1024u * 1024)

/* ---- which files ---- */

/* Component `back` from the end of path (0 = the basename), with its length;
 * NULL when path has fewer components. */
static const char *component(const char *path, int back, size_t *len)
{
	const char *end = path + strlen(path);
	for (int i = 0;; i++) {
		const char *start = end;
		while (start > path && start[-1] != '/')
			start--;
		if (i == back) {
			*len = (size_t)(end - start);
			return start;
		}
		if (start == path)
			return NULL;
		end = start - 1;
	}
}

static bool component_is(const char *path, int back, const char *want)
{
	size_t n;
	const char *c = component(path, back, &n);
	return c && n == strlen(want) && !memcmp(c, want, n);
}

static bool path_has_component(const char *path, const char *want)
{
	size_t wl = strlen(want);
	for (const char *p = path; (p = strstr(p, want)); p += wl)
		if ((p == path || p[-1] == '/') && (p[wl] == '/' || p[wl] == 0))
			return true;
	return false;
}

bh_pkg_kind bh_pkg_classify(const char *path, uint32_t mode, size_t *max_bytes)
{
	size_t blen;
	const char *base = component(path, 0, &blen);
	*max_bytes = 0;
	if (!strcmp(path, "etc/os-release") || !strcmp(path, "usr/lib/os-release")) {
		*max_bytes = 64 * KiB;
		return BH_PK_OS_RELEASE;
	}
	if (!strcmp(path, "var/lib/dpkg/status")) {
		*max_bytes = 64 * MiB;
		return BH_PK_DPKG_STATUS;
	}
	if (bh_starts_with(path, "var/lib/dpkg/status.d/") && !strchr(path + 22, '/') && path[22] &&
	    !bh_ends_with(path, ".md5sums")) {
		*max_bytes = 4 * MiB;
		return BH_PK_DPKG_STATUS;
	}
	if (bh_starts_with(path, "usr/share/doc/") && component_is(path, 0, "copyright") &&
	    component_is(path, 2, "doc") && component_is(path, 3, "share") && component_is(path, 4, "usr") &&
	    !component(path, 5, &(size_t){ 0 })) {
		*max_bytes = 1 * MiB;
		return BH_PK_DPKG_COPYRIGHT;
	}
	if (!strcmp(path, "lib/apk/db/installed")) {
		*max_bytes = 64 * MiB;
		return BH_PK_APK;
	}
	if (!strcmp(base, "rpmdb.sqlite") && component_is(path, 1, "rpm")) {
		*max_bytes = 256 * MiB;
		return BH_PK_RPM_SQLITE;
	}
	if (!strcmp(base, "Packages") && component_is(path, 1, "rpm")) {
		*max_bytes = 256 * MiB;
		return BH_PK_RPM_BDB;
	}
	if (!strcmp(base, "Packages.db") && component_is(path, 1, "rpm")) {
		*max_bytes = 256 * MiB;
		return BH_PK_RPM_NDB;
	}
	if (!strcmp(base, "package-lock.json") && !path_has_component(path, "node_modules")) {
		*max_bytes = 64 * MiB;
		return BH_PK_NPM_LOCK;
	}
	if (!strcmp(base, "package.json")) {
		size_t n;
		const char *parent = component(path, 1, &n);
		if (parent && n && parent[0] != '.' &&
		    (component_is(path, 2, "node_modules") ||
		     (component_is(path, 3, "node_modules") && (parent = component(path, 2, &n)) && n > 1 &&
		      parent[0] == '@'))) {
			*max_bytes = 1 * MiB;
			return BH_PK_NPM_PACKAGE;
		}
		return BH_PK_NONE;
	}
	size_t pn;
	const char *parent = component(path, 1, &pn);
	if ((!strcmp(base, "METADATA") && parent && pn > 10 && !memcmp(parent + pn - 10, ".dist-info", 10)) ||
	    (!strcmp(base, "PKG-INFO") && parent && pn > 9 && !memcmp(parent + pn - 9, ".egg-info", 9)) ||
	    (bh_ends_with(base, ".egg-info") && blen > 9)) {
		*max_bytes = 4 * MiB;
		return BH_PK_PY_METADATA;
	}
	if (!strcmp(base, "Cargo.lock")) {
		*max_bytes = 16 * MiB;
		return BH_PK_CARGO_LOCK;
	}
	/* A crate's own manifest, where its licence is: registry sources and vendor directories. */
	if (!strcmp(base, "Cargo.toml") &&
	    (component_is(path, 2, "vendor") || (component_is(path, 3, "src") && component_is(path, 4, "registry")))) {
		*max_bytes = 1 * MiB;
		return BH_PK_CARGO_TOML;
	}
	if (!strcmp(base, "Gemfile.lock")) {
		*max_bytes = 16 * MiB;
		return BH_PK_GEMFILE_LOCK;
	}
	if (bh_ends_with(base, ".jar") || bh_ends_with(base, ".war") || bh_ends_with(base, ".ear")) {
		*max_bytes = 64 * MiB;
		return BH_PK_JAR;
	}
	if (bh_ends_with(base, ".gemspec") && component_is(path, 1, "specifications")) {
		*max_bytes = 1 * MiB;
		return BH_PK_GEMSPEC;
	}
	(void)mode;
	return BH_PK_NONE;
}

/* Go binaries are megabytes; smaller executables are scripts and tools. */
#define GO_MIN_BINARY (64u * 1024)

bool bh_pkg_maybe_go(uint32_t mode, int64_t size)
{
	return (mode & 0111) && size >= (int64_t)GO_MIN_BINARY;
}

void bh_pkg_parse(bh_pkg_kind kind, bh_pkg_ctx *c, const char *data, size_t len)
{
	switch (kind) {
	case BH_PK_DPKG_STATUS: bh_pkg_parse_dpkg(c, data, len); break;
	case BH_PK_APK: bh_pkg_parse_apk(c, data, len); break;
	case BH_PK_NPM_LOCK: bh_pkg_parse_npm_lock(c, data, len); break;
	case BH_PK_NPM_PACKAGE: bh_pkg_parse_npm_package(c, data, len); break;
	case BH_PK_PY_METADATA: bh_pkg_parse_python(c, data, len); break;
	case BH_PK_CARGO_LOCK: bh_pkg_parse_cargo_lock(c, data, len); break;
	case BH_PK_GEMFILE_LOCK: bh_pkg_parse_gemfile_lock(c, data, len); break;
	case BH_PK_GEMSPEC: bh_pkg_parse_gemspec(c, data, len); break;
	case BH_PK_GO_BINARY: bh_pkg_parse_go(c, data, len); break;
	case BH_PK_CARGO_BINARY: bh_pkg_parse_cargo_auditable(c, data, len); break;
	case BH_PK_JAR: bh_pkg_parse_jar(c, data, len); break;
	case BH_PK_RPM_SQLITE: bh_pkg_parse_rpm_sqlite(c, data, len); break;
	case BH_PK_RPM_BDB: bh_pkg_parse_rpm_bdb(c, data, len); break;
	case BH_PK_RPM_NDB: bh_pkg_parse_rpm_ndb(c, data, len); break;
	default: break;
	}
}

/* ---- kept files ---- */

typedef struct kept_file {
	char *path;
	bh_pkg_kind kind;
	int layer;
	char *data; /* NUL-terminated after len bytes */
	size_t len;
} kept_file;

struct bh_inv_capture {
	kept_file *files;
	size_t n, alloc;
	size_t *slots; /* open addressing over files by path: index + 1, 0 = empty */
	size_t nslots;
	size_t total;  /* bytes kept */
	/* the file being streamed */
	bool active;
	kept_file cur;
	bool cur_bad;
	bool cur_go;   /* scanning an executable for Go build information and a cargo-auditable section */
	bh_go_scan go;
	bh_dep_scan dep;
};

static size_t hash_path(const char *s)
{
	size_t h = 1469598103934665603u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static size_t *slot_for(bh_inv_capture *cap, const char *path)
{
	if (cap->nslots == 0 || cap->n * 2 >= cap->nslots) {
		size_t ns = cap->nslots ? cap->nslots * 2 : 64;
		size_t *slots = bh_calloc(ns, sizeof *slots);
		for (size_t i = 0; i < cap->n; i++) {
			size_t j = hash_path(cap->files[i].path) & (ns - 1);
			while (slots[j])
				j = (j + 1) & (ns - 1);
			slots[j] = i + 1;
		}
		free(cap->slots);
		cap->slots = slots;
		cap->nslots = ns;
	}
	size_t j = hash_path(path) & (cap->nslots - 1);
	while (cap->slots[j] && strcmp(cap->files[cap->slots[j] - 1].path, path) != 0)
		j = (j + 1) & (cap->nslots - 1);
	return &cap->slots[j];
}

static void kept_free(kept_file *f)
{
	free(f->path);
	free(f->data);
	memset(f, 0, sizeof *f);
}

/* Keeps f (taking its memory), replacing an older copy of the same path. */
static void keep(bh_inv_capture *cap, kept_file *f)
{
	size_t *slot = slot_for(cap, f->path);
	if (*slot) {
		kept_file *old = &cap->files[*slot - 1];
		cap->total -= old->len;
		kept_free(old);
		*old = *f;
	} else {
		*BH_ARRAY_PUSH(cap->files, cap->n, cap->alloc) = *f;
		*slot = cap->n;
	}
	memset(f, 0, sizeof *f);
}

static bh_inv_capture *capture_get(bh_inventory *inv)
{
	if (!inv->cap)
		inv->cap = bh_calloc(1, sizeof *inv->cap);
	return inv->cap;
}

static void capture_free(bh_inventory *inv)
{
	bh_inv_capture *cap = inv->cap;
	if (!cap)
		return;
	for (size_t i = 0; i < cap->n; i++)
		kept_free(&cap->files[i]);
	kept_free(&cap->cur);
	bh_go_scan_release(&cap->go);
	bh_dep_scan_release(&cap->dep);
	free(cap->files);
	free(cap->slots);
	free(cap);
	inv->cap = NULL;
}

/* Whether a file of this size may be kept; a diagnostic when not. */
static bool budget_ok(bh_inventory *inv, const char *path, uint64_t size, size_t max)
{
	bh_inv_capture *cap = capture_get(inv);
	if (size > max) {
		bh_inv_diag(inv, path, 0, "skipped: %llu bytes is over the limit of %zu for this kind of file",
			    (unsigned long long)size, max);
		return false;
	}
	if (cap->total + size > INV_MAX_TOTAL_BYTES) {
		bh_inv_diag(inv, path, 0, "skipped: the inventory already holds %zu bytes of package metadata",
			    cap->total);
		return false;
	}
	return true;
}

/* ---- image content callback ---- */

static bool cb_begin(void *arg, int layer, const char *path, int64_t size, uint32_t mode)
{
	bh_inventory *inv = arg;
	size_t max;
	bh_pkg_kind kind = bh_pkg_classify(path, mode, &max);
	if (size < 0)
		return false;
	bool go = kind == BH_PK_NONE && bh_pkg_maybe_go(mode, size);
	if (kind == BH_PK_NONE && !go)
		return false;
	bh_inv_capture *cap = capture_get(inv);
	/* Archive order is not layer order: a copy from a higher layer wins. */
	size_t *slot = slot_for(cap, path);
	if (*slot && cap->files[*slot - 1].layer > layer)
		return false;
	if (!go && !budget_ok(inv, path, (uint64_t)size, max))
		return false;
	kept_free(&cap->cur);
	cap->cur.path = bh_strdup(path);
	cap->cur.layer = layer;
	cap->cur_bad = false;
	cap->cur_go = go;
	cap->active = true;
	if (go) {
		cap->cur.kind = BH_PK_GO_BINARY;
		bh_go_scan_release(&cap->go);
		bh_go_scan_init(&cap->go);
		bh_dep_scan_release(&cap->dep);
		bh_dep_scan_init(&cap->dep);
		return true;
	}
	cap->cur.kind = kind;
	cap->cur.len = (size_t)size;
	cap->cur.data = bh_calloc(1, (size_t)size + 1);
	return true;
}

static int cb_data(void *arg, const void *buf, size_t len, uint64_t offset)
{
	bh_inv_capture *cap = ((bh_inventory *)arg)->cap;
	if (!cap || !cap->active || cap->cur_bad)
		return 0;
	if (cap->cur_go) {
		bh_go_scan_feed(&cap->go, buf, len);
		/* A Go binary carries no Rust dependency list. */
		if (!cap->go.found)
			bh_dep_scan_feed(&cap->dep, buf, len);
		return 0;
	}
	/* Bytes beyond the size the header declared are never written. */
	if (offset > cap->cur.len || len > cap->cur.len - offset) {
		cap->cur_bad = true;
		return 0;
	}
	memcpy(cap->cur.data + offset, buf, len);
	return 0;
}

static void cb_end(void *arg, bool complete)
{
	bh_inventory *inv = arg;
	bh_inv_capture *cap = inv->cap;
	if (!cap || !cap->active)
		return;
	cap->active = false;
	if (cap->cur_go) {
		size_t n = 0;
		cap->cur.data = complete ? bh_go_scan_take(&cap->go, &n) : NULL;
		bh_go_scan_release(&cap->go);
		size_t max = BH_GO_MAX_INFO;
		if (!cap->cur.data && complete) {
			const char *why;
			cap->cur.data = bh_dep_scan_take(&cap->dep, &n, &why);
			cap->cur.kind = BH_PK_CARGO_BINARY;
			max = BH_DEP_MAX_SECTION;
			if (why)
				bh_inv_diag(inv, cap->cur.path, 0, "%s", why);
		}
		bh_dep_scan_release(&cap->dep);
		if (!cap->cur.data || !budget_ok(inv, cap->cur.path, n, max)) {
			kept_free(&cap->cur);
			return;
		}
		cap->cur.len = n;
		cap->total += n;
		keep(cap, &cap->cur);
		return;
	}
	if (!complete || cap->cur_bad) {
		bh_inv_diag(inv, cap->cur.path, 0, "skipped: content cut short or larger than its header says");
		kept_free(&cap->cur);
		return;
	}
	cap->total += cap->cur.len;
	keep(cap, &cap->cur);
}

void bh_inventory_content_cb(bh_inventory *inv, bh_content_cb *cb)
{
	capture_get(inv);
	cb->begin = cb_begin;
	cb->data = cb_data;
	cb->end = cb_end;
	cb->arg = inv;
}

/* ---- parsing what was kept ---- */

static int cmp_kept(const void *a, const void *b)
{
	return strcmp(((const kept_file *)a)->path, ((const kept_file *)b)->path);
}

static int cmp_str0(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

static int cmp_pkg(const void *a, const void *b)
{
	const bh_package *x = a, *y = b;
	int r;
	if ((r = cmp_str0(x->type, y->type)) || (r = cmp_str0(x->name, y->name)) ||
	    (r = cmp_str0(x->version, y->version)) || (r = cmp_str0(x->purl, y->purl)) ||
	    (r = cmp_str0(x->path, y->path)))
		return r;
	return x->layer - y->layer;
}

/* cap->files is sorted by path by then. */
static const kept_file *find_kept(const bh_inv_capture *cap, const char *path)
{
	kept_file key = { .path = (char *)path };
	const kept_file *f = cap->n ? bsearch(&key, cap->files, cap->n, sizeof *cap->files, cmp_kept) : NULL;
	return f && f->data ? f : NULL;
}

static int cmp_crate(const void *a, const void *b)
{
	const bh_package *x = *(bh_package *const *)a, *y = *(bh_package *const *)b;
	int r = strcmp(x->name, y->name);
	return r ? r : strcmp(x->version, y->version);
}

/* Crate licences: Cargo.lock has none, the crates' own Cargo.toml may.
 * Cargo packages are looked up by name and version in a sorted index, so
 * many manifests against many packages stay cheap. */
static void crate_licenses(bh_inventory *inv, const bh_inv_capture *cap, size_t first)
{
	bh_package **idx = NULL;
	size_t n = 0, alloc = 0;
	for (size_t i = first; i < inv->pkgs.n; i++)
		if (!strcmp(inv->pkgs.items[i].type, "cargo") && !inv->pkgs.items[i].license)
			*BH_ARRAY_PUSH(idx, n, alloc) = &inv->pkgs.items[i];
	if (n)
		qsort(idx, n, sizeof *idx, cmp_crate);
	for (size_t k = 0; n && k < cap->n; k++) {
		const kept_file *f = &cap->files[k];
		char *name, *version, *license;
		if (!f->data || f->kind != BH_PK_CARGO_TOML || !bh_pkg_cargo_toml(f->data, f->len, &name, &version, &license))
			continue;
		bh_package keyp = { .name = name, .version = version }, *key = &keyp;
		bh_package **hit = license ? bsearch(&key, idx, n, sizeof *idx, cmp_crate) : NULL;
		/* Equal keys sit together: widen to all of them (one crate, several binaries). */
		while (hit && hit > idx && !cmp_crate(hit - 1, &key))
			hit--;
		for (; hit && hit < idx + n && !cmp_crate(hit, &key); hit++)
			if (!(*hit)->license)
				(*hit)->license = bh_strdup(license);
		free(name);
		free(version);
		free(license);
	}
	free(idx);
}

static void parse_kept(bh_inventory *inv)
{
	bh_inv_capture *cap = capture_get(inv);
	if (cap->n)
		qsort(cap->files, cap->n, sizeof *cap->files, cmp_kept);
	free(cap->slots);
	cap->slots = NULL;
	cap->nslots = 0;

	/* etc/os-release wins over the usr/lib copy it usually links to. */
	const kept_file *os = find_kept(cap, "etc/os-release");
	if (!os)
		os = find_kept(cap, "usr/lib/os-release");
	if (os)
		bh_pkg_parse_os_release(os->data, os->len, &inv->distro, &inv->distro_release, &inv->distro_name);

	size_t first = inv->pkgs.n;
	for (size_t i = 0; i < cap->n; i++) {
		kept_file *f = &cap->files[i];
		if (!f->data || f->kind == BH_PK_OS_RELEASE || f->kind == BH_PK_DPKG_COPYRIGHT || f->kind == BH_PK_CARGO_TOML)
			continue;
		bh_pkg_ctx c = { .inv = inv, .path = f->path, .layer = f->layer, .distro = inv->distro,
				 .distro_release = inv->distro_release };
		bh_pkg_parse(f->kind, &c, f->data, f->len);
	}
	/* dpkg licences live beside the database, one copyright file per package. */
	for (size_t i = first; i < inv->pkgs.n; i++) {
		bh_package *p = &inv->pkgs.items[i];
		if (strcmp(p->type, "deb") != 0 || p->license || strchr(p->name, '/'))
			continue;
		char *doc = bh_asprintf("usr/share/doc/%s/copyright", p->name);
		const kept_file *f = find_kept(cap, doc);
		free(doc);
		if (f)
			p->license = bh_pkg_dpkg_copyright_license(f->data, f->len);
	}
	crate_licenses(inv, cap, first);
	if (inv->pkgs.n)
		qsort(inv->pkgs.items, inv->pkgs.n, sizeof *inv->pkgs.items, cmp_pkg);
	capture_free(inv);
}

void bh_inventory_finish_image(bh_inventory *inv, const bh_image *img)
{
	bh_inv_capture *cap = capture_get(inv);
	/* Only files the final view still holds, as written by that layer. */
	for (size_t i = 0; i < cap->n; i++) {
		kept_file *f = &cap->files[i];
		const bh_fs_entry *e = img->fs ? bh_fs_lookup(img->fs, f->path) : NULL;
		if (!e || e->type != BH_FT_REG || e->modified_layer != f->layer) {
			free(f->data);
			f->data = NULL;
		}
	}
	parse_kept(inv);
}

/* ---- directories ---- */

typedef struct dir_walk {
	bh_inventory *inv;
	int depth;
	bool at_host_root; /* "/": proc, sys and dev are not part of the filesystem */
} dir_walk;

static void read_kept(dir_walk *w, int dfd, const char *name, const char *rel, bh_pkg_kind kind, size_t max)
{
	int fd = openat(dfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		bh_inv_diag(w->inv, rel, 0, "cannot open: %s", strerror(errno));
		return;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || !budget_ok(w->inv, rel, (uint64_t)st.st_size, max)) {
		close(fd);
		return;
	}
	kept_file f = { .path = bh_strdup(rel), .kind = kind, .layer = -1 };
	f.data = bh_malloc((size_t)st.st_size + 1);
	size_t got = 0;
	while (got < (size_t)st.st_size) {
		ssize_t r = read(fd, f.data + got, (size_t)st.st_size - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	f.data[got] = 0;
	f.len = got;
	bh_inv_capture *cap = capture_get(w->inv);
	cap->total += got;
	keep(cap, &f);
}

/* Streams an executable through the Go build information scanner. */
static void read_go(dir_walk *w, int dfd, const char *name, const char *rel)
{
	int fd = openat(dfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return;
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return;
	}
	bh_go_scan go;
	bh_go_scan_init(&go);
	bh_dep_scan dep;
	bh_dep_scan_init(&dep);
	char *buf = bh_malloc(64 * KiB);
	for (;;) {
		ssize_t r = read(fd, buf, 64 * KiB);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		bh_go_scan_feed(&go, buf, (size_t)r);
		if (go.not_elf || go.done)
			break;
		if (!go.found)
			bh_dep_scan_feed(&dep, buf, (size_t)r);
	}
	free(buf);
	close(fd);
	size_t n = 0;
	kept_file f = { .kind = BH_PK_GO_BINARY, .layer = -1 };
	f.data = bh_go_scan_take(&go, &n);
	bh_go_scan_release(&go);
	size_t max = BH_GO_MAX_INFO;
	if (!f.data) {
		const char *why;
		f.data = bh_dep_scan_take(&dep, &n, &why);
		f.kind = BH_PK_CARGO_BINARY;
		max = BH_DEP_MAX_SECTION;
		if (why)
			bh_inv_diag(w->inv, rel, 0, "%s", why);
	}
	bh_dep_scan_release(&dep);
	if (!f.data)
		return;
	if (!budget_ok(w->inv, rel, n, max)) {
		free(f.data);
		return;
	}
	f.path = bh_strdup(rel);
	f.len = n;
	bh_inv_capture *cap = capture_get(w->inv);
	cap->total += n;
	keep(cap, &f);
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk_dir(dir_walk *w, int dfd, const char *rel)
{
	if (w->depth > INV_MAX_DIR_DEPTH) {
		bh_inv_diag(w->inv, rel, 0, "skipped: more than %d directories deep", INV_MAX_DIR_DEPTH);
		close(dfd);
		return;
	}
	DIR *d = fdopendir(dfd);
	if (!d) {
		close(dfd);
		return;
	}
	char **names = NULL;
	size_t n = 0, alloc = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		*BH_ARRAY_PUSH(names, n, alloc) = bh_strdup(de->d_name);
	}
	if (n)
		qsort(names, n, sizeof *names, cmp_name);
	for (size_t i = 0; i < n; i++) {
		const char *name = names[i];
		char *path = *rel ? bh_asprintf("%s/%s", rel, name) : bh_strdup(name);
		struct stat st;
		if (w->at_host_root && w->depth == 0 &&
		    (!strcmp(name, "proc") || !strcmp(name, "sys") || !strcmp(name, "dev"))) {
			free(path);
			continue;
		}
		if (fstatat(dirfd(d), name, &st, AT_SYMLINK_NOFOLLOW) == 0) {
			if (S_ISDIR(st.st_mode)) {
				int sub = openat(dirfd(d), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
				if (sub >= 0) {
					w->depth++;
					walk_dir(w, sub, path);
					w->depth--;
				}
			} else if (S_ISREG(st.st_mode)) {
				size_t max;
				bh_pkg_kind kind = bh_pkg_classify(path, (uint32_t)(st.st_mode & 07777), &max);
				if (kind != BH_PK_NONE)
					read_kept(w, dirfd(d), name, path, kind, max);
				else if (bh_pkg_maybe_go((uint32_t)(st.st_mode & 07777), (int64_t)st.st_size))
					read_go(w, dirfd(d), name, path);
			}
		}
		free(path);
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	closedir(d);
}

int bh_inventory_scan_dir(bh_inventory *inv, const char *root, char *err, size_t errlen)
{
	int fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(err, errlen, "%s: cannot open directory: %s", root, strerror(errno));
		return -1;
	}
	capture_get(inv);
	struct stat st, rootst;
	dir_walk w = { .inv = inv };
	w.at_host_root = fstat(fd, &st) == 0 && stat("/", &rootst) == 0 && st.st_dev == rootst.st_dev &&
			 st.st_ino == rootst.st_ino;
	walk_dir(&w, fd, "");
	parse_kept(inv);
	return 0;
}

void bh_inventory_init(bh_inventory *inv)
{
	memset(inv, 0, sizeof *inv);
}

void bh_inventory_release(bh_inventory *inv)
{
	bh_package_list_free(&inv->pkgs);
	free(inv->distro);
	free(inv->distro_release);
	free(inv->distro_name);
	for (size_t i = 0; i < inv->ndiags; i++) {
		free(inv->diags[i].path);
		free(inv->diags[i].message);
	}
	free(inv->diags);
	capture_free(inv);
	memset(inv, 0, sizeof *inv);
}
