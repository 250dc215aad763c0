/* Image sources: docker-archive (`docker save`, plain or gzip) and OCI image
 * layouts, as a directory or a tar, normalized into one bh_image.
 *
 * A tar source is read twice at most: a first pass keeps only the small JSON
 * documents (manifest.json, index.json, configs, manifests) and the member
 * list; the second streams every layer it needs exactly once, in archive
 * order. Layer diffs are applied in manifest order at the end, so the view
 * does not depend on how the archive was laid out. References from JSON are
 * checked before use: no absolute paths, no "..", symlinks inside the
 * archive followed only within it, and never anything on the host. */
#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/strbuf.h"
#include "core/util.h"
#include "core/yamldoc.h"
#include "image/imgint.h"

#define MAX_INDEX_DEPTH 4
#define MAX_LINK_HOPS 16

void bh_image_limits_default(bh_image_limits *l)
{
	l->max_total_bytes = 16ull << 30;
	l->max_entries = 1000000;
	l->max_path_len = 4096;
	l->max_path_depth = 256;
	l->max_header_bytes = 1 << 20;
	l->max_json_bytes = 16 << 20;
	l->max_meta_bytes = 512u << 20;
	l->max_layers = 256;
}

/* ---- raw readers ---- */

typedef struct fd_reader {
	int fd;
	const char *what;
} fd_reader;

static ssize_t fd_read(void *ctx, void *buf, size_t cap, bh_image_error *err)
{
	fd_reader *r = ctx;
	for (;;) {
		ssize_t n = read(r->fd, buf, cap);
		if (n >= 0)
			return n;
		if (errno != EINTR) {
			_cleanup_free_ char *pw = bh_img_printable(r->what);
			return bh_imgerr(err, BH_IMGE_IO, "%s: %s", pw, strerror(errno));
		}
	}
}

typedef struct mem_reader {
	const unsigned char *p;
	size_t len, pos;
} mem_reader;

static ssize_t mem_read(void *ctx, void *buf, size_t cap, bh_image_error *err)
{
	(void)err;
	mem_reader *m = ctx;
	size_t n = m->len - m->pos;
	if (n > cap)
		n = cap;
	memcpy(buf, m->p + m->pos, n);
	m->pos += n;
	return (ssize_t)n;
}

typedef struct member_reader {
	struct archive *a;
	const char *what;
} member_reader;

static ssize_t member_read(void *ctx, void *buf, size_t cap, bh_image_error *err)
{
	member_reader *m = ctx;
	la_ssize_t n = archive_read_data(m->a, buf, cap);
	if (n >= 0)
		return n;
	const char *msg = archive_error_string(m->a);
	_cleanup_free_ char *pw = bh_img_printable(m->what);
	if (err && err->code != BH_IMGE_OK)
		return -1; /* the outer stream already said why */
	if (msg && strstr(msg, "runcated"))
		return bh_imgerr(err, BH_IMGE_TRUNCATED, "%s: archive ends inside this member (%s)", pw, msg);
	return bh_imgerr(err, BH_IMGE_CORRUPT, "%s: %s", pw, msg ? msg : "read error");
}

/* ---- the loader ---- */

enum { M_FILE, M_SYMLINK, M_HARDLINK, M_DIR, M_OTHER };

typedef struct member {
	int type;
	int64_t size;
	char *link;    /* normalized target inside the archive; NULL if it escapes */
	char *json;    /* kept content of small JSON documents */
	size_t json_len;
	bool has_json;
} member;

static void member_free(void *p)
{
	member *m = p;
	if (!m)
		return;
	free(m->link);
	free(m->json);
	free(m);
}

typedef struct layer_slot {
	char *member;        /* normalized member / file it is read from */
	bh_digest blob;      /* expected digest of the stored bytes */
	bh_digest diff;      /* expected digest of the uncompressed tar */
	bool has_blob, has_diff, done;
	int64_t expect_size; /* -1 when unknown */
	int first_layer;
	layer_diff d;
	uint64_t entries, raw_bytes, plain_bytes;
	bh_comp comp;
} layer_slot;

typedef struct loader {
	bh_load_ctx lc;
	const bh_image_opts *opts;
	const char *path;
	int srcfd;   /* bh_image_load_fd: the tar is this descriptor, not path */
	bool is_dir;
	int dirfd;
	smap members;
	uint64_t json_total;
	layer_slot *slots;
	size_t nslots, slots_alloc;
	smap slot_by_member;
	size_t *layer_slot; /* per image layer */
	bh_image_error *err;
} loader;

static void loader_release(loader *L)
{
	if (L->dirfd >= 0)
		close(L->dirfd);
	smap_release(&L->members, member_free);
	smap_release(&L->slot_by_member, NULL);
	for (size_t i = 0; i < L->nslots; i++) {
		free(L->slots[i].member);
		layer_diff_release(&L->slots[i].d);
	}
	free(L->slots);
	free(L->layer_slot);
}

/* Reads of a plain outer tar: large, since every byte of the layers passes
 * through here and each read is a system call. */
#define OUTER_READ (512 * 1024)

/* Opens the outer tar as a libarchive reader over our decompressing stream. */
typedef struct outer {
	int fd;
	fd_reader fr;
	bh_instream *in;    /* compressed outer archives only */
	unsigned char *buf; /* plain outer archives: read directly, skipped by seeking */
	struct archive *a;
	uint64_t budget;
} outer;

static la_ssize_t plain_read(struct archive *a, void *ctx, const void **buf)
{
	outer *o = ctx;
	*buf = o->buf;
	for (;;) {
		ssize_t n = read(o->fd, o->buf, OUTER_READ);
		if (n >= 0)
			return n;
		if (errno != EINTR) {
			archive_set_error(a, errno, "read error: %s", strerror(errno));
			return -1;
		}
	}
}

/* Seeking past members nobody needs is what makes the first pass cheap;
 * a source that cannot seek is read through instead (return 0). */
static la_int64_t plain_skip(struct archive *a, void *ctx, la_int64_t request)
{
	outer *o = ctx;
	struct stat st;
	off_t cur = lseek(o->fd, 0, SEEK_CUR);
	if (request <= 0 || cur < 0 || fstat(o->fd, &st) != 0 || !S_ISREG(st.st_mode))
		return 0;
	/* Never past the end: a short skip is how libarchive sees truncation. */
	if (request > st.st_size - cur)
		request = st.st_size > cur ? st.st_size - cur : 0;
	if (request == 0 || lseek(o->fd, request, SEEK_CUR) < 0)
		return 0;
	return request;
}

static la_ssize_t outer_read(struct archive *a, void *ctx, const void **buf)
{
	outer *o = ctx;
	ssize_t r = bh_instream_read(o->in, buf);
	if (r < 0) {
		archive_set_error(a, EIO, "input stream failed");
		return -1;
	}
	return r;
}

static void outer_close(outer *o)
{
	if (o->a)
		archive_read_free(o->a);
	bh_instream_free(o->in);
	free(o->buf);
	if (o->fd >= 0)
		close(o->fd);
	memset(o, 0, sizeof *o);
	o->fd = -1;
}

static int outer_open(loader *L, outer *o)
{
	memset(o, 0, sizeof *o);
	if (L->srcfd >= 0) {
		/* Each pass starts from the top of the caller's file. */
		o->fd = fcntl(L->srcfd, F_DUPFD_CLOEXEC, 0);
		if (o->fd >= 0 && lseek(o->fd, 0, SEEK_SET) < 0) {
			close(o->fd);
			o->fd = -1;
		}
	} else {
		o->fd = open(L->path, O_RDONLY | O_CLOEXEC);
	}
	if (o->fd < 0) {
		_cleanup_free_ char *pw = bh_img_printable(L->path);
		return bh_imgerr(L->err, BH_IMGE_IO, "%s: %s", pw, strerror(errno));
	}
	o->fr.fd = o->fd;
	o->fr.what = L->path;
	unsigned char magic[4] = { 0 };
	ssize_t got = pread(o->fd, magic, sizeof magic, 0);
	bool compressed = got >= 2 && ((magic[0] == 0x1f && magic[1] == 0x8b) ||
				       (got == 4 && magic[0] == 0x28 && magic[1] == 0xb5 && magic[2] == 0x2f && magic[3] == 0xfd));
	o->a = archive_read_new();
	archive_read_support_format_tar(o->a);
	archive_read_support_format_gnutar(o->a);
	int r;
	if (compressed) {
		/* The outer archive has its own budget per pass; layers share lc's. */
		o->in = bh_instream_new(fd_read, &o->fr, NULL, NULL, &o->budget, L->lc.lim.max_total_bytes, L->path,
					L->err);
		r = archive_read_open(o->a, o, NULL, outer_read, NULL);
	} else {
		o->buf = bh_malloc(OUTER_READ);
		archive_read_set_callback_data(o->a, o);
		archive_read_set_read_callback(o->a, plain_read);
		archive_read_set_skip_callback(o->a, plain_skip);
		r = archive_read_open1(o->a);
	}
	if (r != ARCHIVE_OK) {
		_cleanup_free_ char *pw = bh_img_printable(L->path);
		bh_imgerr(L->err, BH_IMGE_FORMAT, "%s: not a tar archive (%s)", pw, archive_error_string(o->a));
		outer_close(o);
		return -1;
	}
	return 0;
}

static int outer_fail(loader *L, outer *o)
{
	if (L->err->code != BH_IMGE_OK)
		return -1;
	const char *msg = archive_error_string(o->a);
	_cleanup_free_ char *pw = bh_img_printable(L->path);
	if (msg && strstr(msg, "runcated"))
		return bh_imgerr(L->err, BH_IMGE_TRUNCATED, "%s: archive is truncated (%s)", pw, msg);
	return bh_imgerr(L->err, BH_IMGE_CORRUPT, "%s: not a valid tar archive (%s)", pw, msg ? msg : "?");
}

static bool json_candidate(const char *name, int64_t size, size_t max)
{
	if (size < 0 || (uint64_t)size > max)
		return false;
	if (!strchr(name, '/'))
		return true; /* manifest.json, index.json, oci-layout, <id>.json, repositories */
	return bh_starts_with(name, "blobs/") || bh_ends_with(name, ".json");
}

/* Pass 1 over a tar source: the member list and every small JSON document. */
static int scan_members(loader *L)
{
	outer o;
	if (outer_open(L, &o) < 0)
		return -1;
	int rc = -1;
	uint64_t count = 0;
	size_t json_budget = L->lc.lim.max_json_bytes * 8;
	char *buf = bh_malloc(L->lc.lim.max_json_bytes + 1);
	for (;;) {
		struct archive_entry *ent;
		int r = archive_read_next_header(o.a, &ent);
		if (r == ARCHIVE_EOF)
			break;
		if (r != ARCHIVE_OK && r != ARCHIVE_WARN) {
			outer_fail(L, &o);
			goto out;
		}
		if (++count > L->lc.lim.max_entries) {
			bh_imgerr(L->err, BH_IMGE_LIMIT_ENTRIES, "%s: more than %llu archive members", L->path,
				  (unsigned long long)L->lc.lim.max_entries);
			goto out;
		}
		const char *raw = archive_entry_pathname(ent);
		if (!raw || strlen(raw) > L->lc.lim.max_path_len)
			continue;
		bool abs, esc;
		size_t depth;
		_cleanup_free_ char *name = bh_img_normalize(raw, &abs, &esc, &depth);
		if (abs || esc || !*name)
			continue; /* unreachable from any valid reference */
		member *m = bh_calloc(1, sizeof *m);
		m->size = archive_entry_size(ent);
		const char *hl = archive_entry_hardlink(ent);
		if (hl) {
			m->type = M_HARDLINK;
			char *t = bh_img_normalize(hl, &abs, &esc, &depth);
			if (abs || esc)
				free(t);
			else
				m->link = t;
		} else if (archive_entry_filetype(ent) == AE_IFLNK) {
			m->type = M_SYMLINK;
			const char *tg = archive_entry_symlink(ent);
			const char *base = bh_basename(name);
			_cleanup_free_ char *joined = bh_asprintf("%.*s%s", (int)(base - name), name, tg ? tg : "");
			char *t = bh_img_normalize(joined, &abs, &esc, &depth);
			if (!tg || tg[0] == '/' || esc)
				free(t);
			else
				m->link = t;
		} else if (archive_entry_filetype(ent) == AE_IFDIR) {
			m->type = M_DIR;
		} else if (archive_entry_filetype(ent) == AE_IFREG) {
			m->type = M_FILE;
		} else {
			m->type = M_OTHER;
		}
		if (m->type == M_FILE && json_candidate(name, m->size, L->lc.lim.max_json_bytes)) {
			size_t len = 0;
			bool keep = true;
			for (;;) {
				la_ssize_t n = archive_read_data(o.a, buf + len, L->lc.lim.max_json_bytes + 1 - len);
				if (n < 0) {
					member_free(m);
					outer_fail(L, &o);
					goto out;
				}
				if (n == 0)
					break;
				len += (size_t)n;
				size_t i = 0;
				while (i < len && strchr(" \t\r\n", buf[i]))
					i++;
				if (i < len && buf[i] != '{' && buf[i] != '[') {
					keep = false; /* a layer or other blob: not JSON */
					break;
				}
				if (len > L->lc.lim.max_json_bytes) {
					keep = false;
					break;
				}
			}
			if (keep) {
				L->json_total += len;
				if (L->json_total > json_budget) {
					member_free(m);
					bh_imgerr(L->err, BH_IMGE_LIMIT_JSON, "%s: more than %zu bytes of JSON documents",
						  L->path, json_budget);
					goto out;
				}
				m->json = bh_strndup(buf, len);
				m->json_len = len;
				m->has_json = true;
			}
		}
		member *old = smap_put(&L->members, name, m);
		if (old) {
			bool dirs = old->type == M_DIR && m->type == M_DIR;
			member_free(old);
			if (!dirs) {
				_cleanup_free_ char *pn = bh_img_printable(name);
				bh_imgerr(L->err, BH_IMGE_DUPLICATE, "%s: member %s appears more than once", L->path, pn);
				goto out;
			}
		}
	}
	rc = 0;
out:
	free(buf);
	outer_close(&o);
	return rc;
}

/* Checks a reference taken from JSON and returns it normalized. */
static char *check_ref(loader *L, const char *ref, const char *what)
{
	bool abs, esc;
	size_t depth;
	if (!ref || !*ref) {
		bh_imgerr(L->err, BH_IMGE_JSON, "%s: empty reference", what);
		return NULL;
	}
	char *n = bh_img_normalize(ref, &abs, &esc, &depth);
	if (abs || esc || strstr(ref, "..") || !*n || strlen(ref) > L->lc.lim.max_path_len) {
		_cleanup_free_ char *pr = bh_img_printable(ref);
		bh_imgerr(L->err, BH_IMGE_PATH_ESCAPE, "%s: reference \"%s\" leaves the image (absolute or ..)", what, pr);
		free(n);
		return NULL;
	}
	return n;
}

/* Follows links between tar members, never out of the archive. */
static char *resolve_member(loader *L, const char *name, const char *what)
{
	char *cur = bh_strdup(name);
	for (int hop = 0; hop <= MAX_LINK_HOPS; hop++) {
		member *m = smap_get(&L->members, cur);
		_cleanup_free_ char *pc = bh_img_printable(cur);
		if (!m) {
			bh_imgerr(L->err, BH_IMGE_MISSING, "%s: %s is not in the archive", what, pc);
			free(cur);
			return NULL;
		}
		if (m->type == M_FILE)
			return cur;
		if (m->type != M_SYMLINK && m->type != M_HARDLINK) {
			bh_imgerr(L->err, BH_IMGE_MISSING, "%s: %s is not a regular file", what, pc);
			free(cur);
			return NULL;
		}
		if (!m->link) {
			bh_imgerr(L->err, BH_IMGE_PATH_ESCAPE, "%s: %s links outside the archive", what, pc);
			free(cur);
			return NULL;
		}
		free(cur);
		cur = bh_strdup(m->link);
	}
	bh_imgerr(L->err, BH_IMGE_PATH_ESCAPE, "%s: too many links from %s", what, name);
	free(cur);
	return NULL;
}

/* Opens a file below the image directory one component at a time, never
 * following a symlink: what a manifest names cannot lead off the image. */
static int open_beneath(loader *L, const char *rel, const char *what)
{
	int fd = dup(L->dirfd);
	if (fd < 0)
		return bh_imgerr(L->err, BH_IMGE_IO, "%s: %s", what, strerror(errno));
	const char *p = rel;
	for (;;) {
		const char *slash = strchr(p, '/');
		_cleanup_free_ char *comp = slash ? bh_strndup(p, (size_t)(slash - p)) : bh_strdup(p);
		int flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC | (slash ? O_DIRECTORY : 0);
		int nfd = openat(fd, comp, flags);
		int e = errno;
		close(fd);
		_cleanup_free_ char *pr = bh_img_printable(rel);
		if (nfd < 0) {
			if (e == ENOENT)
				return bh_imgerr(L->err, BH_IMGE_MISSING, "%s: %s is not in the image directory", what, pr);
			if (e == ELOOP || e == ENOTDIR)
				return bh_imgerr(L->err, BH_IMGE_PATH_ESCAPE, "%s: %s goes through a symlink (not followed)",
						 what, pr);
			return bh_imgerr(L->err, BH_IMGE_IO, "%s: %s: %s", what, pr, strerror(e));
		}
		fd = nfd;
		if (!slash)
			break;
		p = slash + 1;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		_cleanup_free_ char *pr = bh_img_printable(rel);
		return bh_imgerr(L->err, BH_IMGE_MISSING, "%s: %s is not a regular file", what, pr);
	}
	return fd;
}

static bool ref_exists(loader *L, const char *name)
{
	if (!L->is_dir)
		return smap_get(&L->members, name) != NULL;
	struct stat st;
	return fstatat(L->dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0;
}

/* A JSON document by (checked) reference. *data is malloc'd and NUL-terminated. */
static int get_json(loader *L, const char *ref, const char *what, char **data, size_t *len)
{
	_cleanup_free_ char *name = check_ref(L, ref, what);
	if (!name)
		return -1;
	size_t max = L->lc.lim.max_json_bytes;
	_cleanup_free_ char *pn = bh_img_printable(name);
	if (!L->is_dir) {
		_cleanup_free_ char *real = resolve_member(L, name, what);
		if (!real)
			return -1;
		member *m = smap_get(&L->members, real);
		if (!m->has_json) {
			if (m->size < 0 || (uint64_t)m->size > max)
				return bh_imgerr(L->err, BH_IMGE_LIMIT_JSON, "%s: %s is larger than the %zu-byte limit for JSON",
						 what, pn, max);
			return bh_imgerr(L->err, BH_IMGE_JSON, "%s: %s is not a JSON document", what, pn);
		}
		*data = bh_malloc(m->json_len + 1);
		memcpy(*data, m->json, m->json_len);
		(*data)[m->json_len] = '\0';
		*len = m->json_len;
		return 0;
	}
	int fd = open_beneath(L, name, what);
	if (fd < 0)
		return -1;
	struct stat st;
	if (fstat(fd, &st) != 0 || (uint64_t)st.st_size > max) {
		close(fd);
		return bh_imgerr(L->err, BH_IMGE_LIMIT_JSON, "%s: %s is larger than the %zu-byte limit for JSON", what, pn, max);
	}
	char *buf = bh_malloc((size_t)st.st_size + 1);
	size_t got = 0;
	while (got < (size_t)st.st_size) {
		ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	close(fd);
	buf[got] = '\0';
	*data = buf;
	*len = got;
	return 0;
}

static int parse_json(loader *L, const char *data, size_t len, const char *what, ydoc_set *set, const ynode **root)
{
	yerror ye;
	_cleanup_free_ char *pw = bh_img_printable(what);
	if (ydoc_parse(data, len, set, &ye) != 0)
		return bh_imgerr(L->err, BH_IMGE_JSON, "%s:%d:%d: %s", pw, ye.line, ye.col, ye.message);
	*root = set->ndocs ? set->docs[0] : NULL;
	if (!*root) {
		ydoc_free(set);
		return bh_imgerr(L->err, BH_IMGE_JSON, "%s: empty document", pw);
	}
	return 0;
}

/* A blob of an OCI layout by digest, verified against digest and size. */
static int get_blob_json(loader *L, const char *digest, int64_t size, const char *what, char **data, size_t *len)
{
	bh_digest d;
	if (bh_digest_parse(digest, &d, L->err) < 0)
		return -1;
	_cleanup_free_ char *ref = bh_asprintf("blobs/%s/%s", d.alg, d.hex);
	if (get_json(L, ref, what, data, len) < 0)
		return -1;
	bh_hasher *h = bh_hasher_new(d.alg);
	bh_hasher_update(h, *data, *len);
	char got[129];
	bh_hasher_final(h, got);
	if (strcmp(got, d.hex)) {
		free(*data);
		*data = NULL;
		return bh_imgerr(L->err, BH_IMGE_DIGEST_MISMATCH, "%s: %s hashes to %s:%s", what, ref, d.alg, got);
	}
	if (size >= 0 && (uint64_t)size != *len) {
		free(*data);
		*data = NULL;
		return bh_imgerr(L->err, BH_IMGE_SIZE_MISMATCH, "%s: %s is %zu bytes, its descriptor says %lld", what, ref,
				 *len, (long long)size);
	}
	return 0;
}

static int load_config(loader *L, const char *data, size_t len, const char *what, const char *digest)
{
	bh_image *img = L->lc.img;
	if (bh_config_parse(data, len, &img->config, what, L->err) < 0)
		return -1;
	if (digest) {
		img->config.digest = bh_strdup(digest);
	} else {
		char hex[129];
		bh_sha256_hex(data, len, hex);
		img->config.digest = bh_asprintf("sha256:%s", hex);
	}
	return 0;
}

static int add_layer(loader *L, const char *mname, const char *blob_digest, int64_t size, const char *media_type,
		     size_t index)
{
	bh_image *img = L->lc.img;
	bh_image_layer *ly = &img->layers[index];
	const char *diff_id = index < img->config.ndiff_ids ? img->config.diff_ids[index] : NULL;
	ly->media_type = bh_strdup(media_type);
	ly->source = bh_strdup(mname);
	ly->size = size;
	ly->diff_id = diff_id ? bh_strdup(diff_id) : NULL;
	ly->digest = bh_strdup(blob_digest ? blob_digest : diff_id ? diff_id : "");
	size_t si = (size_t)(uintptr_t)smap_get(&L->slot_by_member, mname);
	if (si) {
		L->layer_slot[index] = si - 1;
		return 0;
	}
	layer_slot *s = BH_ARRAY_PUSH(L->slots, L->nslots, L->slots_alloc);
	memset(s, 0, sizeof *s);
	s->member = bh_strdup(mname);
	s->expect_size = size;
	s->first_layer = (int)index;
	if (blob_digest) {
		if (bh_digest_parse(blob_digest, &s->blob, L->err) < 0)
			return -1;
		s->has_blob = true;
	}
	if (diff_id) {
		if (bh_digest_parse(diff_id, &s->diff, L->err) < 0)
			return -1;
		s->has_diff = true;
	}
	smap_put(&L->slot_by_member, mname, (void *)(uintptr_t)L->nslots);
	L->layer_slot[index] = L->nslots - 1;
	return 0;
}

static int alloc_layers(loader *L, size_t n, const char *what)
{
	bh_image *img = L->lc.img;
	if (n > L->lc.lim.max_layers)
		return bh_imgerr(L->err, BH_IMGE_LIMIT_LAYERS, "%s: %zu layers (limit %zu)", what, n, L->lc.lim.max_layers);
	if (img->config.ndiff_ids != n)
		return bh_imgerr(L->err, BH_IMGE_JSON, "%s: %zu layers but the config lists %zu diff_ids", what, n,
				 img->config.ndiff_ids);
	img->layers = bh_calloc(n ? n : 1, sizeof *img->layers);
	img->nlayers = n;
	L->layer_slot = bh_calloc(n ? n : 1, sizeof *L->layer_slot);
	return 0;
}

static const char *digest_hex_of_name(const char *name)
{
	/* "<64 hex>.json" or "blobs/sha256/<64 hex>" name their own digest. */
	static const char hexchars[] = "0123456789abcdef";
	const char *base = bh_basename(name);
	size_t n = strlen(base);
	if (n == 69 && bh_ends_with(base, ".json"))
		n = 64;
	else if (n != 64 || !bh_starts_with(name, "blobs/sha256/"))
		return NULL;
	for (size_t i = 0; i < 64; i++)
		if (!strchr(hexchars, base[i]) || !base[i])
			return NULL;
	return base;
}

static int load_docker_archive(loader *L)
{
	bh_image *img = L->lc.img;
	img->format = BH_IMG_DOCKER_ARCHIVE;
	_cleanup_free_ char *data = NULL;
	size_t len;
	if (get_json(L, "manifest.json", "manifest.json", &data, &len) < 0)
		return -1;
	ydoc_set set;
	const ynode *root;
	if (parse_json(L, data, len, "manifest.json", &set, &root) < 0)
		return -1;
	int rc = -1;
	const ynode *entry = NULL;
	if (!yis_seq(root) || root->n == 0) {
		bh_imgerr(L->err, BH_IMGE_JSON, "manifest.json: expected a non-empty array of images");
		goto out;
	}
	for (size_t i = 0; i < root->n && !entry; i++) {
		const ynode *tags = ymap_get(root->items[i], "RepoTags");
		if (!L->opts->ref) {
			entry = root->items[i];
			break;
		}
		for (size_t j = 0; yis_seq(tags) && j < tags->n; j++) {
			const char *t = yscalar(tags->items[j]);
			if (t && !strcmp(t, L->opts->ref))
				entry = root->items[i];
		}
	}
	if (!entry) {
		_cleanup_free_ char *pr = bh_img_printable(L->opts->ref);
		bh_imgerr(L->err, BH_IMGE_MISSING, "manifest.json: no image tagged %s", pr);
		goto out;
	}
	if (!yis_map(entry)) {
		bh_imgerr(L->err, BH_IMGE_JSON, "manifest.json: an image entry must be an object");
		goto out;
	}
	const ynode *tags = ymap_get(entry, "RepoTags");
	if (yis_seq(tags)) {
		img->repo_tags = bh_calloc(tags->n ? tags->n : 1, sizeof *img->repo_tags);
		for (size_t j = 0; j < tags->n; j++)
			if (yscalar(tags->items[j]))
				img->repo_tags[img->nrepo_tags++] = bh_strdup(yscalar(tags->items[j]));
	}
	const char *cfgref = yscalar(ymap_get(entry, "Config"));
	const ynode *layers = ymap_get(entry, "Layers");
	if (!cfgref || !yis_seq(layers)) {
		bh_imgerr(L->err, BH_IMGE_JSON, "manifest.json: an image needs \"Config\" and \"Layers\"");
		goto out;
	}
	{
		_cleanup_free_ char *cdata = NULL;
		size_t clen;
		_cleanup_free_ char *cname = check_ref(L, cfgref, "manifest.json Config");
		if (!cname || get_json(L, cname, "manifest.json Config", &cdata, &clen) < 0)
			goto out;
		const char *hex = digest_hex_of_name(cname);
		char got[129];
		bh_sha256_hex(cdata, clen, got);
		if (hex && strncmp(hex, got, 64)) {
			_cleanup_free_ char *pc = bh_img_printable(cname);
			bh_imgerr(L->err, BH_IMGE_DIGEST_MISMATCH, "config %s hashes to sha256:%s", pc, got);
			goto out;
		}
		if (load_config(L, cdata, clen, cname, NULL) < 0)
			goto out;
	}
	if (alloc_layers(L, layers->n, "manifest.json") < 0)
		goto out;
	for (size_t i = 0; i < layers->n; i++) {
		_cleanup_free_ char *name = check_ref(L, yscalar(layers->items[i]), "manifest.json Layers");
		if (!name)
			goto out;
		_cleanup_free_ char *real = NULL;
		if (!L->is_dir && !(real = resolve_member(L, name, "manifest.json Layers")))
			goto out;
		const char *hex = digest_hex_of_name(real ? real : name);
		_cleanup_free_ char *blob = hex ? bh_asprintf("sha256:%.64s", hex) : NULL;
		member *m = real ? smap_get(&L->members, real) : NULL;
		if (add_layer(L, real ? real : name, blob, m ? m->size : -1,
			      "application/vnd.docker.image.rootfs.diff.tar", i) < 0)
			goto out;
	}
	rc = 0;
out:
	ydoc_free(&set);
	return rc;
}

static bool is_index_type(const char *mt)
{
	return mt && (!strcmp(mt, "application/vnd.oci.image.index.v1+json") ||
		      !strcmp(mt, "application/vnd.docker.distribution.manifest.list.v2+json"));
}

typedef struct platform {
	char os[64], arch[64], variant[64];
} platform;

static int parse_platform(loader *L, const char *s, platform *p)
{
	memset(p, 0, sizeof *p);
	if (!s)
		s = "linux/amd64";
	const char *a = strchr(s, '/');
	const char *v = a ? strchr(a + 1, '/') : NULL;
	if (!a || a == s || !a[1] || (size_t)(a - s) >= sizeof p->os || strlen(a + 1) >= sizeof p->arch)
		return bh_imgerr(L->err, BH_IMGE_PLATFORM, "platform \"%s\": expected os/arch[/variant]", s);
	memcpy(p->os, s, (size_t)(a - s));
	if (v) {
		memcpy(p->arch, a + 1, (size_t)(v - a - 1));
		snprintf(p->variant, sizeof p->variant, "%s", v + 1);
	} else {
		snprintf(p->arch, sizeof p->arch, "%s", a + 1);
	}
	return 0;
}

static int select_manifest(loader *L, const ynode *index, const platform *want, int depth, const char *what,
			   char **digest, int64_t *size, char **mt);

/* Loads a blob that is a manifest or index and continues down to a manifest. */
static int follow(loader *L, const ynode *desc, const platform *want, int depth, char **digest, int64_t *size,
		  char **mt)
{
	const char *dg = yscalar(ymap_get(desc, "digest"));
	const char *dmt = yscalar(ymap_get(desc, "mediaType"));
	int64_t sz = -1;
	if (!yint(ymap_get(desc, "size"), &sz))
		sz = -1;
	if (!is_index_type(dmt)) {
		*digest = bh_strdup(dg ? dg : "");
		*size = sz;
		*mt = dmt ? bh_strdup(dmt) : NULL;
		return 0;
	}
	_cleanup_free_ char *data = NULL;
	size_t len;
	if (get_blob_json(L, dg, sz, "nested index", &data, &len) < 0)
		return -1;
	ydoc_set set;
	const ynode *root;
	if (parse_json(L, data, len, "nested index", &set, &root) < 0)
		return -1;
	int rc = select_manifest(L, root, want, depth + 1, "nested index", digest, size, mt);
	ydoc_free(&set);
	return rc;
}

static int select_manifest(loader *L, const ynode *index, const platform *want, int depth, const char *what,
			   char **digest, int64_t *size, char **mt)
{
	if (depth > MAX_INDEX_DEPTH)
		return bh_imgerr(L->err, BH_IMGE_JSON, "%s: indexes nested more than %d deep", what, MAX_INDEX_DEPTH);
	const ynode *ms = ymap_get(index, "manifests");
	if (!yis_seq(ms))
		return bh_imgerr(L->err, BH_IMGE_JSON, "%s: expected a \"manifests\" array", what);
	const ynode *match = NULL, *fallback = NULL;
	strbuf seen = STRBUF_INIT;
	for (size_t i = 0; i < ms->n && !match; i++) {
		const ynode *d = ms->items[i];
		if (!yis_map(d))
			continue;
		if (depth == 0 && L->opts->ref) {
			const char *rn = yscalar(ymap_get(ymap_get(d, "annotations"), "org.opencontainers.image.ref.name"));
			if (!rn || strcmp(rn, L->opts->ref))
				continue;
		}
		const ynode *p = ymap_get(d, "platform");
		if (!yis_map(p)) {
			if (!fallback)
				fallback = d;
			continue;
		}
		const char *os = yscalar(ymap_get(p, "os")), *arch = yscalar(ymap_get(p, "architecture"));
		const char *var = yscalar(ymap_get(p, "variant"));
		if (!os || !arch || !strcmp(os, "unknown"))
			continue; /* attestations and other non-images */
		if (seen.len < 400)
			strbuf_addf(&seen, "%s%s/%s%s%s", seen.len ? ", " : "", os, arch, var ? "/" : "", var ? var : "");
		if (!strcmp(os, want->os) && !strcmp(arch, want->arch) &&
		    (!want->variant[0] || (var && !strcmp(var, want->variant))))
			match = d;
	}
	const ynode *pick = match ? match : fallback;
	if (!pick) {
		_cleanup_free_ char *ps = bh_img_printable(seen.buf);
		bh_imgerr(L->err, BH_IMGE_PLATFORM, "%s: no manifest for %s/%s%s%s (available: %s)", what, want->os,
			  want->arch, want->variant[0] ? "/" : "", want->variant, seen.len ? ps : "none");
		strbuf_release(&seen);
		return -1;
	}
	strbuf_release(&seen);
	return follow(L, pick, want, depth, digest, size, mt);
}

static int load_oci(loader *L)
{
	bh_image *img = L->lc.img;
	img->format = BH_IMG_OCI_LAYOUT;
	platform want;
	if (parse_platform(L, L->opts->platform, &want) < 0)
		return -1;
	_cleanup_free_ char *data = NULL;
	size_t len;
	if (get_json(L, "index.json", "index.json", &data, &len) < 0)
		return -1;
	ydoc_set set;
	const ynode *root;
	if (parse_json(L, data, len, "index.json", &set, &root) < 0)
		return -1;
	char *mdigest = NULL, *mt = NULL;
	int64_t msize = -1;
	int rc = select_manifest(L, root, &want, 0, "index.json", &mdigest, &msize, &mt);
	ydoc_free(&set);
	if (rc < 0)
		return -1;
	img->manifest_digest = mdigest;
	img->manifest_media_type = mt;

	_cleanup_free_ char *mdata = NULL;
	if (get_blob_json(L, mdigest, msize, "image manifest", &mdata, &len) < 0)
		return -1;
	if (parse_json(L, mdata, len, "image manifest", &set, &root) < 0)
		return -1;
	rc = -1;
	const ynode *cfg = ymap_get(root, "config");
	const ynode *layers = ymap_get(root, "layers");
	if (!yis_map(cfg) || !yis_seq(layers)) {
		bh_imgerr(L->err, BH_IMGE_JSON, "image manifest %s: expected \"config\" and \"layers\"", mdigest);
		goto out;
	}
	{
		const char *cd = yscalar(ymap_get(cfg, "digest"));
		int64_t csize = -1;
		if (!yint(ymap_get(cfg, "size"), &csize))
			csize = -1;
		_cleanup_free_ char *cdata = NULL;
		size_t clen;
		if (get_blob_json(L, cd, csize, "image config", &cdata, &clen) < 0)
			goto out;
		if (load_config(L, cdata, clen, "image config", cd) < 0)
			goto out;
	}
	if (alloc_layers(L, layers->n, "image manifest") < 0)
		goto out;
	for (size_t i = 0; i < layers->n; i++) {
		const ynode *d = layers->items[i];
		const char *dg = yscalar(ymap_get(d, "digest"));
		const char *lmt = yscalar(ymap_get(d, "mediaType"));
		int64_t sz = -1;
		if (!yint(ymap_get(d, "size"), &sz))
			sz = -1;
		bh_digest pd;
		if (bh_digest_parse(dg, &pd, L->err) < 0)
			goto out;
		_cleanup_free_ char *ref = bh_asprintf("blobs/%s/%s", pd.alg, pd.hex);
		_cleanup_free_ char *real = NULL;
		if (!L->is_dir && !(real = resolve_member(L, ref, "image manifest layers")))
			goto out;
		if (add_layer(L, real ? real : ref, dg, sz, lmt ? lmt : "", i) < 0)
			goto out;
	}
	rc = 0;
out:
	ydoc_free(&set);
	return rc;
}

/* ---- streaming the layers ---- */

static const char *comp_suffix(bh_comp c)
{
	return c == BH_COMP_GZIP ? ".gzip" : c == BH_COMP_ZSTD ? ".zstd" : "";
}

/* How far reading the last layer may run ahead of its hashing when the
 * check is deferred: the scan's own work after the last byte (the view, the
 * checks, the package matching) then overlaps with the hashing's tail. */
#define DEFERRED_LOOKAHEAD (16u << 20)

/* Reads one layer. Its digests are checked now, or, for the last layer
 * with defer_last_digest, left running for bh_image_verify(). */
static int read_slot(loader *L, layer_slot *s, bh_rawread_fn fn, void *ctx, bool last)
{
	bh_layer_check c = {
		.raw_hash = s->has_blob ? bh_hasher_new(s->blob.alg) : NULL,
		.plain_hash = s->has_diff ? bh_hasher_new(s->diff.alg) : NULL,
		.blob = s->blob,
		.diff = s->diff,
		.what = bh_asprintf("layer %d (%s)", s->first_layer, s->member),
	};
	bool defer = last && L->opts->defer_last_digest;
	bh_instream *in = bh_instream_new(fn, ctx, c.raw_hash, c.plain_hash, &L->lc.bytes_used,
					  L->lc.lim.max_total_bytes, c.what, L->err);
	bool one_hash = c.raw_hash && c.plain_hash && !strcmp(s->blob.alg, s->diff.alg);
	if (one_hash)
		bh_instream_hash_plain_as_raw(in);
	if (defer)
		bh_instream_set_lookahead(in, DEFERRED_LOOKAHEAD);
	int rc = bh_layer_read(&L->lc, in, s->first_layer, &s->d, &s->entries, L->err);
	s->raw_bytes = bh_instream_raw_bytes(in);
	s->plain_bytes = bh_instream_plain_bytes(in);
	s->comp = bh_instream_comp(in);
	c.one_hash = one_hash && s->comp == BH_COMP_NONE;
	if (rc == 0 && defer)
		bh_instream_take_pipes(in, &c.raw_pipe, &c.plain_pipe);
	bh_instream_free(in); /* joins the hashing threads it still has */
	s->done = true;
	c.expect_size = s->expect_size;
	c.raw_bytes = s->raw_bytes;
	if (rc < 0) {
		bh_layer_check_free(&c);
		return -1;
	}
	if (!defer)
		return bh_layer_check_run(&c, L->err);
	bh_image *img = L->lc.img;
	img->pending = bh_realloc(img->pending, (img->npending + 1) * sizeof *img->pending);
	img->pending[img->npending++] = c;
	return 0;
}

static int stream_dir(loader *L)
{
	for (size_t i = 0; i < L->nslots; i++) {
		layer_slot *s = &L->slots[i];
		int fd = open_beneath(L, s->member, "layer");
		if (fd < 0)
			return -1;
		fd_reader fr = { fd, s->member };
		int rc = read_slot(L, s, fd_read, &fr, i + 1 == L->nslots);
		close(fd);
		if (rc < 0)
			return -1;
	}
	return 0;
}

static int stream_tar(loader *L)
{
	outer o;
	if (outer_open(L, &o) < 0)
		return -1;
	int rc = -1;
	size_t left = L->nslots;
	while (left) {
		struct archive_entry *ent;
		int r = archive_read_next_header(o.a, &ent);
		if (r == ARCHIVE_EOF)
			break;
		if (r != ARCHIVE_OK && r != ARCHIVE_WARN) {
			outer_fail(L, &o);
			goto out;
		}
		const char *raw = archive_entry_pathname(ent);
		if (!raw || archive_entry_filetype(ent) != AE_IFREG || archive_entry_hardlink(ent))
			continue;
		bool abs, esc;
		size_t depth;
		_cleanup_free_ char *name = bh_img_normalize(raw, &abs, &esc, &depth);
		size_t si = (size_t)(uintptr_t)smap_get(&L->slot_by_member, name);
		if (!si || L->slots[si - 1].done)
			continue;
		member_reader mr = { o.a, name };
		if (read_slot(L, &L->slots[si - 1], member_read, &mr, left == 1) < 0)
			goto out;
		left--;
	}
	rc = 0;
out:
	outer_close(&o);
	return rc;
}

static int build_view(loader *L)
{
	bh_image *img = L->lc.img;
	for (size_t i = 0; i < L->nslots; i++) {
		if (!L->slots[i].done) {
			_cleanup_free_ char *pm = bh_img_printable(L->slots[i].member);
			return bh_imgerr(L->err, BH_IMGE_MISSING, "layer %d: %s was not found in the archive",
					 L->slots[i].first_layer, pm);
		}
	}
	img->fs = bh_fs_new();
	for (size_t i = 0; i < img->nlayers; i++) {
		layer_slot *s = &L->slots[L->layer_slot[i]];
		bh_image_layer *ly = &img->layers[i];
		ly->uncompressed_size = s->plain_bytes;
		ly->entries = s->entries;
		if (ly->size < 0)
			ly->size = (int64_t)s->raw_bytes;
		if (img->format == BH_IMG_DOCKER_ARCHIVE && s->comp != BH_COMP_NONE) {
			char *mt = bh_asprintf("%s%s", ly->media_type, comp_suffix(s->comp));
			free(ly->media_type);
			ly->media_type = mt;
		}
		bh_fs_apply(img->fs, img, &s->d, (int)i);
	}
	img->total_bytes = L->lc.bytes_used;
	return 0;
}

static int load(const char *path, int srcfd, const bh_image_opts *opts, bh_image *img, bh_image_error *err)
{
	static const bh_image_opts noopts;
	memset(img, 0, sizeof *img);
	memset(err, 0, sizeof *err);
	if (!opts)
		opts = &noopts;
	loader L = { .opts = opts, .path = path, .srcfd = srcfd, .dirfd = -1, .err = err };
	if (opts->limits)
		L.lc.lim = *opts->limits;
	else
		bh_image_limits_default(&L.lc.lim);
	L.lc.img = img;
	L.lc.content = opts->content;
	smap_init(&L.members);
	smap_init(&L.slot_by_member);
	img->source = bh_strdup(path);
	int rc = -1;
	struct stat st;
	if (srcfd >= 0 ? fstat(srcfd, &st) != 0 : stat(path, &st) != 0) {
		bh_imgerr(err, BH_IMGE_IO, "%s: %s", path, strerror(errno));
		goto out;
	}
	if (srcfd < 0 && S_ISDIR(st.st_mode)) {
		L.is_dir = img->source_is_dir = true;
		L.dirfd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (L.dirfd < 0) {
			bh_imgerr(err, BH_IMGE_IO, "%s: %s", path, strerror(errno));
			goto out;
		}
	} else if (scan_members(&L) < 0) {
		goto out;
	}
	if (ref_exists(&L, "manifest.json")) {
		if (load_docker_archive(&L) < 0)
			goto out;
	} else if (ref_exists(&L, "index.json")) {
		if (load_oci(&L) < 0)
			goto out;
	} else {
		bh_imgerr(err, BH_IMGE_FORMAT, "%s: neither manifest.json (docker-archive) nor index.json (OCI layout) found",
			  path);
		goto out;
	}
	if (!opts->skip_fs) {
		if ((L.is_dir ? stream_dir(&L) : stream_tar(&L)) < 0)
			goto out;
		if (build_view(&L) < 0)
			goto out;
	}
	rc = 0;
out:
	loader_release(&L);
	if (rc < 0)
		bh_image_release(img);
	return rc;
}

int bh_image_load(const char *path, const bh_image_opts *opts, bh_image *img, bh_image_error *err)
{
	return load(path, -1, opts, img, err);
}

int bh_image_load_fd(int fd, const char *name, const bh_image_opts *opts, bh_image *img, bh_image_error *err)
{
	return load(name, fd, opts, img, err);
}

int bh_image_load_layer_mem(const void *data, size_t len, const bh_image_limits *limits,
			    const bh_content_cb *content, bh_image *img, bh_image_error *err)
{
	memset(img, 0, sizeof *img);
	memset(err, 0, sizeof *err);
	bh_load_ctx lc = { .img = img, .content = content };
	if (limits)
		lc.lim = *limits;
	else
		bh_image_limits_default(&lc.lim);
	img->source = bh_strdup("(memory)");
	img->layers = bh_calloc(1, sizeof *img->layers);
	img->nlayers = 1;
	mem_reader m = { data, len, 0 };
	layer_diff d = { 0 };
	uint64_t entries = 0;
	bh_instream *in = bh_instream_new(mem_read, &m, NULL, NULL, &lc.bytes_used, lc.lim.max_total_bytes, "layer 0", err);
	int rc = bh_layer_read(&lc, in, 0, &d, &entries, err);
	img->layers[0].uncompressed_size = bh_instream_plain_bytes(in);
	img->layers[0].size = (int64_t)bh_instream_raw_bytes(in);
	img->layers[0].entries = entries;
	bh_instream_free(in);
	if (rc == 0) {
		img->fs = bh_fs_new();
		bh_fs_apply(img->fs, img, &d, 0);
		img->total_bytes = lc.bytes_used;
	}
	layer_diff_release(&d);
	if (rc < 0)
		bh_image_release(img);
	return rc;
}

void bh_image_release(bh_image *img)
{
	free(img->source);
	free(img->manifest_digest);
	free(img->manifest_media_type);
	for (size_t i = 0; i < img->nrepo_tags; i++)
		free(img->repo_tags[i]);
	free(img->repo_tags);
	bh_config_release(&img->config);
	for (size_t i = 0; i < img->nlayers; i++) {
		free(img->layers[i].digest);
		free(img->layers[i].diff_id);
		free(img->layers[i].media_type);
		free(img->layers[i].source);
	}
	free(img->layers);
	bh_fs_free(img->fs);
	for (size_t i = 0; i < img->npending; i++)
		bh_layer_check_free(&img->pending[i]);
	free(img->pending);
	for (size_t i = 0; i < img->nanomalies; i++) {
		free(img->anomalies[i].path);
		free(img->anomalies[i].detail);
	}
	free(img->anomalies);
	memset(img, 0, sizeof *img);
}
