/* Layer reading and the layered view, on tars built in memory: compression
 * detection (gzip members, zstd), bombs and truncation, whiteouts, opaque
 * directories, type changes, provenance, and the content callback. */
#include <stdio.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>

#include "check.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "image/image.h"
#include "image/imgint.h"

/* ---- a minimal ustar writer ---- */

static void tar_add(strbuf *sb, const char *name, char type, unsigned mode, const char *data, size_t len,
		    const char *link)
{
	char h[512];
	memset(h, 0, sizeof h);
	snprintf(h, 100, "%s", name);
	snprintf(h + 100, 8, "%07o", mode);
	snprintf(h + 108, 8, "%07o", 0);
	snprintf(h + 116, 8, "%07o", 0);
	snprintf(h + 124, 12, "%011lo", (unsigned long)(type == '0' ? len : 0) & 077777777777UL);
	snprintf(h + 136, 12, "%011o", 0);
	h[156] = type;
	if (link)
		snprintf(h + 157, 100, "%s", link);
	memcpy(h + 257, "ustar", 6);
	memcpy(h + 263, "00", 2);
	memset(h + 148, ' ', 8);
	unsigned sum = 0;
	for (int i = 0; i < 512; i++)
		sum += (unsigned char)h[i];
	snprintf(h + 148, 8, "%06o", sum);
	strbuf_add(sb, h, 512);
	if (type == '0' && len) {
		strbuf_add(sb, data, len);
		static const char zero[512];
		if (len % 512)
			strbuf_add(sb, zero, 512 - len % 512);
	}
}

static void tar_file(strbuf *sb, const char *name, const char *data) { tar_add(sb, name, '0', 0644, data, strlen(data), NULL); }
static void tar_end(strbuf *sb)
{
	static const char zero[1024];
	strbuf_add(sb, zero, sizeof zero);
}

static void gzip_append(strbuf *out, const void *p, size_t n)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
	size_t cap = deflateBound(&z, n) + 64;
	unsigned char *buf = bh_malloc(cap);
	z.next_in = (unsigned char *)p;
	z.avail_in = (uInt)n;
	z.next_out = buf;
	z.avail_out = (uInt)cap;
	deflate(&z, Z_FINISH);
	strbuf_add(out, buf, cap - z.avail_out);
	deflateEnd(&z);
	free(buf);
}

static int load(const strbuf *sb, const bh_image_limits *lim, const bh_content_cb *cb, bh_image *img,
		bh_image_error *err)
{
	return bh_image_load_layer_mem(sb->buf, sb->len, lim, cb, img, err);
}

/* Applies several in-memory layers in order with the internal API. */
static bh_fs *apply_layers(strbuf *layers, int n, bh_image *img)
{
	memset(img, 0, sizeof *img);
	bh_load_ctx lc = { .img = img };
	bh_image_limits_default(&lc.lim);
	bh_fs *fs = bh_fs_new();
	for (int i = 0; i < n; i++) {
		bh_image_error err = { 0 };
		layer_diff d = { 0 };
		uint64_t entries = 0;
		struct {
			const char *p;
			size_t len, pos;
		} m = { layers[i].buf, layers[i].len, 0 };
		(void)m;
		/* reuse the public memory loader's reader through a tiny shim */
		extern ssize_t test_mem_read(void *, void *, size_t, bh_image_error *);
		bh_instream *in = bh_instream_new(test_mem_read, &m, NULL, NULL, &lc.bytes_used, lc.lim.max_total_bytes,
						  "test", &err);
		CHECK_INT(bh_layer_read(&lc, in, i, &d, &entries, &err), 0);
		bh_instream_free(in);
		bh_fs_apply(fs, img, &d, i);
		layer_diff_release(&d);
	}
	return fs;
}

ssize_t test_mem_read(void *ctx, void *buf, size_t cap, bh_image_error *err);
ssize_t test_mem_read(void *ctx, void *buf, size_t cap, bh_image_error *err)
{
	struct {
		const char *p;
		size_t len, pos;
	} *m = ctx;
	size_t n = m->len - m->pos;
	if (n > cap)
		n = cap;
	memcpy(buf, m->p + m->pos, n);
	m->pos += n;
	return (ssize_t)n;
}

static void release_img(bh_image *img)
{
	for (size_t i = 0; i < img->nanomalies; i++) {
		free(img->anomalies[i].path);
		free(img->anomalies[i].detail);
	}
	free(img->anomalies);
}

static void test_normalize(void)
{
	static const struct {
		const char *in, *out;
		bool abs, esc;
		size_t depth;
	} cases[] = {
		{ "./a//b/../c", "a/c", false, false, 2 },
		{ "/etc/passwd", "etc/passwd", true, false, 2 },
		{ "../x", "x", false, true, 1 },
		{ "a/../../x", "x", false, true, 1 },
		{ ".", "", false, false, 0 },
		{ "a/b/", "a/b", false, false, 2 },
		{ "//", "", true, false, 0 },
	};
	for (size_t i = 0; i < BH_ARRAY_SIZE(cases); i++) {
		bool abs, esc;
		size_t depth;
		char *n = bh_img_normalize(cases[i].in, &abs, &esc, &depth);
		CHECK_STR(n, cases[i].out);
		CHECK(abs == cases[i].abs);
		CHECK(esc == cases[i].esc);
		CHECK_INT(depth, cases[i].depth);
		free(n);
	}
}

static void test_digest(void)
{
	bh_digest d;
	bh_image_error err = { 0 };
	char hex[129];
	bh_sha256_hex("abc", 3, hex);
	CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	char *s = bh_asprintf("sha256:%s", hex);
	CHECK_INT(bh_digest_parse(s, &d, &err), 0);
	CHECK_STR(d.alg, "sha256");
	free(s);
	memset(&err, 0, sizeof err);
	CHECK_INT(bh_digest_parse("sha256:ABC", &d, &err), -1);
	CHECK_STR(bh_image_errname(err.code), "bad-digest");
	memset(&err, 0, sizeof err);
	CHECK_INT(bh_digest_parse("sha256:../../../../../../../../../../../../../../../../../../../../../../etc/pass", &d, &err), -1);
	CHECK_STR(bh_image_errname(err.code), "bad-digest");
}

static void test_empty_and_garbage(void)
{
	bh_image img;
	bh_image_error err;
	strbuf sb = STRBUF_INIT;
	CHECK_INT(load(&sb, NULL, NULL, &img, &err), 0);
	CHECK_INT(bh_fs_count(img.fs), 0);
	bh_image_release(&img);
	tar_end(&sb);
	CHECK_INT(load(&sb, NULL, NULL, &img, &err), 0);
	bh_image_release(&img);
	strbuf_reset(&sb);
	strbuf_addstr(&sb, "definitely not a tar archive, not even close; padding padding padding");
	CHECK_INT(load(&sb, NULL, NULL, &img, &err), -1);
	CHECK_STR(bh_image_errname(err.code), "corrupt");
	strbuf_release(&sb);
}

static void test_gzip_members_and_zstd(void)
{
	strbuf t1 = STRBUF_INIT, t2 = STRBUF_INIT, gz = STRBUF_INIT;
	tar_file(&t1, "one", "1");
	tar_file(&t2, "two", "22");
	tar_end(&t2);
	/* Two gzip members make one stream: the tar continues across them. */
	gzip_append(&gz, t1.buf, t1.len);
	gzip_append(&gz, t2.buf, t2.len);
	bh_image img;
	bh_image_error err;
	CHECK_INT(load(&gz, NULL, NULL, &img, &err), 0);
	CHECK(bh_fs_lookup(img.fs, "one") != NULL);
	CHECK(bh_fs_lookup(img.fs, "/two") != NULL);
	CHECK_INT(bh_fs_lookup(img.fs, "two")->size, 2);
	bh_image_release(&img);

	strbuf_add(&t1, t2.buf, t2.len);
	size_t cap = ZSTD_compressBound(t1.len);
	char *z = bh_malloc(cap);
	size_t zn = ZSTD_compress(z, cap, t1.buf, t1.len, 3);
	CHECK(!ZSTD_isError(zn));
	CHECK_INT(bh_image_load_layer_mem(z, zn, NULL, NULL, &img, &err), 0);
	CHECK(bh_fs_lookup(img.fs, "two") != NULL);
	bh_image_release(&img);
	/* cut short */
	CHECK_INT(bh_image_load_layer_mem(z, zn - 8, NULL, NULL, &img, &err), -1);
	CHECK_STR(bh_image_errname(err.code), "truncated");
	free(z);

	/* a zstd bomb: 32 MiB of zeros in a file, limit 4 MiB */
	strbuf big = STRBUF_INIT;
	size_t bn = 32u << 20;
	char *zeros = bh_calloc(1, bn);
	tar_add(&big, "zeros", '0', 0644, zeros, bn, NULL);
	free(zeros);
	cap = ZSTD_compressBound(big.len);
	z = bh_malloc(cap);
	zn = ZSTD_compress(z, cap, big.buf, big.len, 1);
	strbuf_release(&big);
	bh_image_limits lim;
	bh_image_limits_default(&lim);
	lim.max_total_bytes = 4u << 20;
	CHECK(zn < (1u << 20));
	CHECK_INT(bh_image_load_layer_mem(z, zn, &lim, NULL, &img, &err), -1);
	CHECK_STR(bh_image_errname(err.code), "limit-bytes");
	free(z);
	strbuf_release(&t1);
	strbuf_release(&t2);
	strbuf_release(&gz);
}

typedef struct collect {
	strbuf log;
	int stop_after;
} collect;

static bool c_begin(void *arg, int layer, const char *path, int64_t size, uint32_t mode)
{
	collect *c = arg;
	strbuf_addf(&c->log, "[%d %s %lld %o]", layer, path, (long long)size, mode);
	return strcmp(path, "skip") != 0;
}

static int c_data(void *arg, const void *buf, size_t len, uint64_t off)
{
	collect *c = arg;
	strbuf_addf(&c->log, "@%llu:", (unsigned long long)off);
	strbuf_add(&c->log, buf, len);
	return c->stop_after && --c->stop_after == 0;
}

static void c_end(void *arg, bool complete)
{
	strbuf_addstr(&((collect *)arg)->log, complete ? "." : "!");
}

static void test_content_callback(void)
{
	strbuf sb = STRBUF_INIT;
	tar_add(&sb, "dir", '5', 0755, NULL, 0, NULL);
	tar_file(&sb, "dir/a", "hello");
	tar_file(&sb, "skip", "unseen");
	tar_add(&sb, "dir/link", '2', 0777, NULL, 0, "a");
	tar_file(&sb, "dir/.wh.gone", "");
	tar_file(&sb, "../evil", "never delivered");
	tar_end(&sb);
	collect c = { STRBUF_INIT, 0 };
	bh_content_cb cb = { c_begin, c_data, c_end, &c };
	bh_image img;
	bh_image_error err;
	CHECK_INT(load(&sb, NULL, &cb, &img, &err), 0);
	CHECK_STR(c.log.buf, "[0 dir/a 5 644]@0:hello.[0 skip 6 644]");
	CHECK_INT(img.nanomalies, 1);
	CHECK_STR(bh_anomaly_name(img.anomalies[0].kind), "path-traversal");
	bh_image_release(&img);

	strbuf_reset(&c.log);
	c.stop_after = 1;
	CHECK_INT(load(&sb, NULL, &cb, &img, &err), -1);
	CHECK_STR(bh_image_errname(err.code), "callback");
	CHECK_STR(c.log.buf, "[0 dir/a 5 644]@0:hello!");
	strbuf_release(&c.log);
	strbuf_release(&sb);
}

static void test_layers_and_provenance(void)
{
	strbuf l[4] = { STRBUF_INIT, STRBUF_INIT, STRBUF_INIT, STRBUF_INIT };
	tar_file(&l[0], "a/b/c", "c");
	tar_file(&l[0], "d/one", "1");
	tar_file(&l[0], "d/two", "2");
	tar_file(&l[0], "f", "file");
	tar_add(&l[0], "keep", '0', 02755, "x", 1, NULL);
	tar_end(&l[0]);
	tar_file(&l[1], ".wh.a", "");
	tar_file(&l[1], "d/.wh..wh..opq", "");
	tar_file(&l[1], "d/new", "n");
	tar_add(&l[1], "f", '5', 0700, NULL, 0, NULL); /* a directory replaces the file */
	tar_file(&l[1], "f/inner", "i");
	tar_end(&l[1]);
	tar_file(&l[2], "a/x", "x");
	tar_file(&l[2], "d/new", "nn");
	tar_file(&l[2], ".wh.nothing", "");
	tar_end(&l[2]);
	tar_add(&l[3], "f", '2', 0777, NULL, 0, "../../.."); /* a symlink replaces the directory */
	tar_end(&l[3]);
	bh_image img;
	bh_fs *fs = apply_layers(l, 4, &img);
	const bh_fs_entry *e;
	CHECK(bh_fs_lookup(fs, "a/b") == NULL);
	CHECK((e = bh_fs_lookup(fs, "a")) && e->implicit && e->added_layer == 2);
	CHECK((e = bh_fs_lookup(fs, "d")) && e->added_layer == 0 && e->implicit);
	CHECK(bh_fs_lookup(fs, "d/one") == NULL);
	CHECK((e = bh_fs_lookup(fs, "d/new")) && e->added_layer == 1 && e->modified_layer == 2 && e->size == 2);
	CHECK((e = bh_fs_lookup(fs, "f")) && e->type == BH_FT_SYMLINK && e->added_layer == 3 && e->link_escapes);
	CHECK(bh_fs_lookup(fs, "f/inner") == NULL);
	CHECK((e = bh_fs_lookup(fs, "keep")) && e->setgid && !e->setuid);
	const bh_fs_deletion *d;
	CHECK((d = bh_fs_deleted(fs, "a/b/c")) && d->added_layer == 0 && d->deleted_layer == 1);
	CHECK((d = bh_fs_deleted(fs, "d/two")) && d->deleted_layer == 1);
	CHECK((d = bh_fs_deleted(fs, "f")) && d->type == BH_FT_DIR && d->added_layer == 1 && d->deleted_layer == 3);
	CHECK((d = bh_fs_deleted(fs, "f/inner")) && d->deleted_layer == 3);
	CHECK(bh_fs_deleted(fs, "nothing") == NULL);
	CHECK_INT(bh_fs_count(fs), 6); /* a, a/x, d, d/new, f, keep */
	CHECK_INT(img.nanomalies, 1);
	CHECK_STR(bh_anomaly_name(img.anomalies[0].kind), "symlink-escape");
	bh_fs_free(fs);
	release_img(&img);
	for (int i = 0; i < 4; i++)
		strbuf_release(&l[i]);
}

static void test_entry_limits(void)
{
	strbuf sb = STRBUF_INIT;
	for (int i = 0; i < 200; i++) {
		char name[32];
		snprintf(name, sizeof name, "f%d", i);
		tar_file(&sb, name, "");
	}
	tar_end(&sb);
	bh_image_limits lim;
	bh_image_limits_default(&lim);
	lim.max_entries = 100;
	bh_image img;
	bh_image_error err;
	CHECK_INT(load(&sb, &lim, NULL, &img, &err), -1);
	CHECK_STR(bh_image_errname(err.code), "limit-entries");
	lim.max_entries = 1000;
	lim.max_path_len = 2;
	CHECK_INT(load(&sb, &lim, NULL, &img, &err), -1);
	CHECK_STR(bh_image_errname(err.code), "limit-path");
	lim.max_path_len = 100;
	CHECK_INT(load(&sb, &lim, NULL, &img, &err), 0);
	CHECK_INT(bh_fs_count(img.fs), 200);
	bh_image_release(&img);
	strbuf_release(&sb);
}

static void test_truncated_gzip_and_trailing(void)
{
	strbuf t = STRBUF_INIT, gz = STRBUF_INIT;
	tar_file(&t, "x", "some content here");
	tar_end(&t);
	gzip_append(&gz, t.buf, t.len);
	bh_image img;
	bh_image_error err;
	CHECK_INT(bh_image_load_layer_mem(gz.buf, gz.len - 10, NULL, NULL, &img, &err), -1);
	CHECK_STR(bh_image_errname(err.code), "truncated");
	/* Trailing bytes after the gzip stream are hashed, not decompressed. */
	strbuf_addstr(&gz, "trailing junk");
	CHECK_INT(load(&gz, NULL, NULL, &img, &err), 0);
	CHECK(bh_fs_lookup(img.fs, "x") != NULL);
	bh_image_release(&img);
	strbuf_release(&t);
	strbuf_release(&gz);
}

/* ---- the stream's digests: which thread hashes what must not change them ---- */

typedef struct {
	const unsigned char *p;
	size_t n, pos, step;
} chunk_reader;

static ssize_t chunk_read(void *ctx, void *buf, size_t cap, bh_image_error *err)
{
	(void)err;
	chunk_reader *r = ctx;
	size_t n = r->n - r->pos;
	if (n > cap)
		n = cap;
	if (n > r->step)
		n = r->step;
	memcpy(buf, r->p + r->pos, n);
	r->pos += n;
	return (ssize_t)n;
}

/* Reads raw through an instream with a raw hasher, a plain hasher, or
 * both, and checks each digest against a one-shot hash of the bytes. */
static void check_stream_digests(const strbuf *raw, const strbuf *plain, bh_comp want_comp, size_t step)
{
	char want_raw[129], want_plain[129];
	bh_sha256_hex(raw->buf, raw->len, want_raw);
	bh_sha256_hex(plain->buf, plain->len, want_plain);
	for (int mode = 0; mode < 4; mode++) { /* 1: raw, 2: plain, 3: both, same algorithm */
		bh_hasher *rh = mode & 1 ? bh_hasher_new("sha256") : NULL;
		bh_hasher *ph = mode & 2 ? bh_hasher_new("sha256") : NULL;
		uint64_t budget = 0;
		bh_image_error err;
		chunk_reader r = { (const unsigned char *)raw->buf, raw->len, 0, step };
		bh_instream *in = bh_instream_new(chunk_read, &r, rh, ph, &budget, UINT64_MAX, "test", &err);
		if (mode == 3)
			bh_instream_hash_plain_as_raw(in);
		strbuf got = STRBUF_INIT;
		const void *p;
		ssize_t n;
		while ((n = bh_instream_read(in, &p)) > 0)
			strbuf_add(&got, p, (size_t)n);
		CHECK_INT(n, 0);
		CHECK_INT(bh_instream_comp(in), want_comp);
		bh_instream_free(in); /* the hashes are complete after this */
		CHECK(got.len == plain->len && !memcmp(got.buf, plain->buf, got.len));
		char hex[129];
		if (rh) {
			bh_hasher_final(rh, hex);
			CHECK_STR(hex, want_raw);
		}
		if (ph && !(mode == 3 && want_comp == BH_COMP_NONE)) {
			bh_hasher_final(ph, hex);
			CHECK_STR(hex, want_plain);
		} else {
			bh_hasher_free(ph);
		}
		strbuf_release(&got);
	}
}

static void test_stream_digests(void)
{
	strbuf plain = STRBUF_INIT, gz = STRBUF_INIT, zs = STRBUF_INIT;
	/* several buffers' worth, not a multiple of any buffer size */
	for (unsigned i = 0; plain.len < 3u * 1024 * 1024 + 4321; i++)
		strbuf_addf(&plain, "line %u of a layer that is long enough to need many buffers\n", i * 2654435761u);
	gzip_append(&gz, plain.buf, plain.len);
	size_t cap = ZSTD_compressBound(plain.len);
	char *z = bh_malloc(cap);
	size_t zn = ZSTD_compress(z, cap, plain.buf, plain.len, 3);
	CHECK(!ZSTD_isError(zn));
	strbuf_add(&zs, z, zn);
	free(z);
	size_t steps[] = { 1 << 20, 4093, 3 }; /* whole buffers, odd sizes, a trickle */
	for (size_t i = 0; i < BH_ARRAY_SIZE(steps); i++) {
		check_stream_digests(&plain, &plain, BH_COMP_NONE, steps[i]);
		check_stream_digests(&gz, &plain, BH_COMP_GZIP, steps[i]);
		check_stream_digests(&zs, &plain, BH_COMP_ZSTD, steps[i]);
	}
	strbuf empty = STRBUF_INIT;
	check_stream_digests(&empty, &empty, BH_COMP_NONE, 512);
	strbuf_release(&plain);
	strbuf_release(&gz);
	strbuf_release(&zs);
}

int main(void)
{
	test_stream_digests();
	test_normalize();
	test_digest();
	test_empty_and_garbage();
	test_gzip_members_and_zstd();
	test_content_callback();
	test_layers_and_provenance();
	test_entry_limits();
	test_truncated_gzip_and_trailing();
	return check_summary();
}
