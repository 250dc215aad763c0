/* The decompressing input stream every layer and archive is read through.
 *
 * Compression is recognised by its magic bytes (gzip, zstd, or none), not by
 * what a manifest claims. Raw bytes and decompressed bytes are hashed as they
 * pass, so blob digests and diff ids are verified without a second read, and
 * every decompressed byte is charged to one budget shared by the whole load:
 * a decompression bomb stops at the limit, with memory fixed at a few
 * buffers. Hashing is as much work as everything else a scan does with the
 * bytes, so it runs on second threads (hashpipe.c): the raw bytes' hash on
 * the input buffers' pipe, the decompressed bytes' hash on the output
 * buffers' pipe. An uncompressed stream's plain hash is its raw hash, so
 * then the input pipe computes the plain hash and nothing is hashed twice. */
#include <string.h>
#include <zlib.h>
#include <zstd.h>

#include "core/util.h"
#include "image/imgint.h"

#define IN_CAP (128 * 1024)
#define OUT_CAP (128 * 1024)
#define PIPE_BUFFERS 4 /* buffers per hashing thread unless a lookahead is set */

struct bh_instream {
	bh_rawread_fn fn;
	void *ctx;
	bh_hasher *raw_hash, *plain_hash;
	bh_hashpipe *raw_pipe; /* hashes input on a second thread; it owns the input buffers */
	bh_hashpipe *plain_pipe; /* plain_hash of decompressed output; it owns the output buffers */
	uint64_t *budget;
	uint64_t budget_max;
	char *what;
	bh_image_error *err;
	bh_comp comp;
	bool detected, raw_eof, done, failed;
	bool gz_init, gz_member_done;
	bool plain_as_raw; /* uncompressed: the raw hash stands for the plain one */
	bool plain_in_raw_pipe; /* uncompressed, no raw hash: the input pipe hashes plain */
	bool started;           /* the input buffers exist */
	size_t nbuf;            /* buffers of each hashing pipe */
	z_stream z;
	ZSTD_DStream *zs;
	size_t zs_last; /* last ZSTD_decompressStream hint: 0 when a frame ended */
	unsigned char *in;
	size_t in_len, in_pos;
	unsigned char *out;
	uint64_t raw_bytes, plain_bytes;
};

bh_instream *bh_instream_new(bh_rawread_fn fn, void *ctx, bh_hasher *raw_hash, bh_hasher *plain_hash,
			     uint64_t *budget, uint64_t budget_max, const char *what, bh_image_error *err)
{
	bh_instream *s = bh_calloc(1, sizeof *s);
	s->fn = fn;
	s->ctx = ctx;
	s->raw_hash = raw_hash;
	s->plain_hash = plain_hash;
	s->budget = budget;
	s->budget_max = budget_max;
	s->what = bh_img_printable(what);
	s->err = err;
	s->nbuf = PIPE_BUFFERS;
	return s;
}

void bh_instream_set_lookahead(bh_instream *s, size_t bytes)
{
	size_t n = bytes / IN_CAP;
	s->nbuf = n > PIPE_BUFFERS ? n : PIPE_BUFFERS;
}

/* The input buffers, on the first read. Without a raw hash the input pipe
 * is still made when a plain hash is wanted: whether the stream is
 * uncompressed is known only once its first bytes are read, and then the
 * pipe takes the plain hash. */
static void start(bh_instream *s)
{
	s->started = true;
	if (s->raw_hash || s->plain_hash)
		s->raw_pipe = bh_hashpipe_new(s->raw_hash, s->nbuf, IN_CAP);
	if (!s->raw_pipe)
		s->in = bh_malloc(IN_CAP);
}

void bh_instream_take_pipes(bh_instream *s, bh_hashpipe **raw, bh_hashpipe **plain)
{
	*raw = s->raw_pipe;
	*plain = s->plain_pipe;
	/* the buffers belong to the pipes */
	if (s->raw_pipe)
		s->in = NULL;
	if (s->plain_pipe)
		s->out = NULL;
	s->raw_pipe = s->plain_pipe = NULL;
}

void bh_instream_free(bh_instream *s)
{
	if (!s)
		return;
	if (s->gz_init)
		inflateEnd(&s->z);
	if (s->zs)
		ZSTD_freeDStream(s->zs);
	if (s->raw_pipe)
		bh_hashpipe_free(s->raw_pipe); /* the raw hash is complete after this */
	else
		free(s->in);
	if (s->plain_pipe)
		bh_hashpipe_free(s->plain_pipe); /* and the plain hash after this */
	else
		free(s->out);
	free(s->what);
	free(s);
}

void bh_instream_hash_plain_as_raw(bh_instream *s) { s->plain_as_raw = true; }
bool bh_instream_failed(const bh_instream *s) { return s->failed; }
bh_comp bh_instream_comp(const bh_instream *s) { return s->comp; }
uint64_t bh_instream_raw_bytes(const bh_instream *s) { return s->raw_bytes; }
uint64_t bh_instream_plain_bytes(const bh_instream *s) { return s->plain_bytes; }

static int fail(bh_instream *s, bh_image_errcode code, const char *fmt, const char *detail)
{
	s->failed = true;
	return bh_imgerr(s->err, code, fmt, s->what, detail ? detail : "");
}

/* Recognises the compression from the first bytes read, and decides who
 * hashes what; called once, before the first buffer goes to the pipe. */
static void detect(bh_instream *s)
{
	s->detected = true;
	size_t n = s->in_len - s->in_pos;
	const unsigned char *p = s->in + s->in_pos;
	if (n >= 2 && p[0] == 0x1f && p[1] == 0x8b)
		s->comp = BH_COMP_GZIP;
	else if (n >= 4 && p[0] == 0x28 && p[1] == 0xb5 && p[2] == 0x2f && p[3] == 0xfd)
		s->comp = BH_COMP_ZSTD;
	else
		s->comp = BH_COMP_NONE;
	if (s->comp == BH_COMP_NONE) {
		if (!s->raw_hash && s->plain_hash && s->raw_pipe) {
			bh_hashpipe_set_hasher(s->raw_pipe, s->plain_hash);
			s->plain_in_raw_pipe = true;
		}
	} else if (s->plain_hash) {
		s->plain_pipe = bh_hashpipe_new(s->plain_hash, s->nbuf, OUT_CAP);
	}
	if (!s->plain_pipe && s->comp != BH_COMP_NONE)
		s->out = bh_malloc(OUT_CAP);
}

/* The buffer the next decompressed bytes go to. */
static unsigned char *out_buffer(bh_instream *s)
{
	if (s->plain_pipe)
		s->out = bh_hashpipe_buffer(s->plain_pipe);
	return s->out;
}

/* Refills the raw buffer when it is empty. Returns 0, or -1. */
static int fill(bh_instream *s)
{
	if (!s->started)
		start(s);
	if (s->in_pos < s->in_len || s->raw_eof)
		return 0;
	s->in_pos = s->in_len = 0;
	if (s->raw_pipe)
		s->in = bh_hashpipe_buffer(s->raw_pipe);
	while (s->in_len < IN_CAP && !s->raw_eof) {
		ssize_t r = s->fn(s->ctx, s->in + s->in_len, IN_CAP - s->in_len, s->err);
		if (r < 0) {
			s->failed = true;
			return -1;
		}
		if (r == 0) {
			s->raw_eof = true;
			break;
		}
		/* Whole buffers, however little each read returns: every buffer
		 * is a hand-over to the hashing thread, and a source that
		 * trickles (a socket) must not make one per few bytes. */
		s->in_len += (size_t)r;
	}
	if (!s->detected)
		detect(s);
	if (s->raw_pipe)
		bh_hashpipe_submit(s->raw_pipe, s->in_len);
	else
		bh_hasher_update(s->raw_hash, s->in, s->in_len);
	s->raw_bytes += s->in_len;
	return 0;
}

static int charge(bh_instream *s, const void *p, size_t n)
{
	if (*s->budget + n > s->budget_max) {
		s->failed = true;
		return bh_imgerr(s->err, BH_IMGE_LIMIT_BYTES,
				 "%s: decompressed data exceeds the limit of %llu bytes (decompression bomb?)",
				 s->what, (unsigned long long)s->budget_max);
	}
	*s->budget += n;
	s->plain_bytes += n;
	if (s->plain_pipe)
		bh_hashpipe_submit(s->plain_pipe, n); /* p is that pipe's buffer */
	else if (!s->plain_in_raw_pipe && !(s->plain_as_raw && s->comp == BH_COMP_NONE))
		bh_hasher_update(s->plain_hash, p, n);
	return 0;
}

static ssize_t read_gzip(bh_instream *s)
{
	if (!s->gz_init) {
		memset(&s->z, 0, sizeof s->z);
		if (inflateInit2(&s->z, 15 + 16) != Z_OK)
			return fail(s, BH_IMGE_CORRUPT, "%s: cannot initialise gzip%s", NULL);
		s->gz_init = true;
	}
	for (;;) {
		if (fill(s) < 0)
			return -1;
		if (s->gz_member_done) {
			/* Concatenated gzip members are one stream; anything else after
			 * the end is trailing bytes, hashed but not decompressed. */
			if (s->in_pos == s->in_len) {
				if (s->raw_eof) {
					s->done = true;
					return 0;
				}
				continue;
			}
			if (s->in[s->in_pos] != 0x1f) {
				s->in_pos = s->in_len;
				continue;
			}
			inflateReset(&s->z);
			s->gz_member_done = false;
		}
		if (s->in_pos == s->in_len && s->raw_eof)
			return fail(s, BH_IMGE_TRUNCATED, "%s: gzip stream ends early (truncated)%s", NULL);
		s->z.next_in = s->in + s->in_pos;
		s->z.avail_in = (uInt)(s->in_len - s->in_pos);
		s->z.next_out = out_buffer(s);
		s->z.avail_out = OUT_CAP;
		int rc = inflate(&s->z, Z_NO_FLUSH);
		s->in_pos = s->in_len - s->z.avail_in;
		size_t got = OUT_CAP - s->z.avail_out;
		if (rc == Z_STREAM_END) {
			s->gz_member_done = true;
		} else if (rc != Z_OK && rc != Z_BUF_ERROR) {
			return fail(s, BH_IMGE_CORRUPT, "%s: corrupt gzip data: %s", s->z.msg ? s->z.msg : "inflate failed");
		}
		if (got) {
			if (charge(s, s->out, got) < 0)
				return -1;
			return (ssize_t)got;
		}
	}
}

static ssize_t read_zstd(bh_instream *s)
{
	if (!s->zs) {
		s->zs = ZSTD_createDStream();
		if (!s->zs)
			return fail(s, BH_IMGE_CORRUPT, "%s: cannot initialise zstd%s", NULL);
		/* Refuse frames that ask for a huge window: memory stays bounded. */
		ZSTD_DCtx_setParameter(s->zs, ZSTD_d_windowLogMax, 27);
		s->zs_last = 1;
	}
	for (;;) {
		if (fill(s) < 0)
			return -1;
		if (s->in_pos == s->in_len && s->raw_eof) {
			if (s->zs_last != 0)
				return fail(s, BH_IMGE_TRUNCATED, "%s: zstd stream ends early (truncated)%s", NULL);
			s->done = true;
			return 0;
		}
		ZSTD_inBuffer ib = { s->in, s->in_len, s->in_pos };
		ZSTD_outBuffer ob = { out_buffer(s), OUT_CAP, 0 };
		size_t rc = ZSTD_decompressStream(s->zs, &ob, &ib);
		s->in_pos = ib.pos;
		if (ZSTD_isError(rc))
			return fail(s, BH_IMGE_CORRUPT, "%s: corrupt zstd data: %s", ZSTD_getErrorName(rc));
		s->zs_last = rc;
		if (ob.pos) {
			if (charge(s, s->out, ob.pos) < 0)
				return -1;
			return (ssize_t)ob.pos;
		}
	}
}

/* Uncompressed bytes are handed out where they were read: no copy. */
static ssize_t read_plain(bh_instream *s, const void **out)
{
	if (fill(s) < 0)
		return -1;
	size_t n = s->in_len - s->in_pos;
	if (n == 0) {
		s->done = true;
		return 0;
	}
	*out = s->in + s->in_pos;
	s->in_pos += n;
	if (charge(s, *out, n) < 0)
		return -1;
	return (ssize_t)n;
}

ssize_t bh_instream_read(bh_instream *s, const void **out)
{
	*out = NULL;
	if (s->failed)
		return -1;
	if (s->done)
		return 0;
	if (!s->detected && fill(s) < 0)
		return -1;
	ssize_t n;
	switch (s->comp) {
	case BH_COMP_GZIP: n = read_gzip(s); break;
	case BH_COMP_ZSTD: n = read_zstd(s); break;
	default: return read_plain(s, out);
	}
	*out = s->out; /* the output buffer read_gzip/read_zstd filled */
	return n;
}

int bh_instream_drain(bh_instream *s)
{
	const void *p;
	ssize_t r;
	while ((r = bh_instream_read(s, &p)) > 0)
		;
	return r < 0 ? -1 : 0;
}
