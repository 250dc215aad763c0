/* Streaming candidate search with Vectorscan. The patterns are supersets of
 * what bh_secret_line() confirms (a token's prefix and minimum length, a
 * JWT's three parts, "://user:pass@", an Azure AccountKey=, a PEM or PGP
 * BEGIN line, a secret-like name followed by = or : and eight value
 * characters), so every line that
 * bh_secret_line() would report holds a match, and the many lines that hold
 * none are never looked at again. Matches are only end offsets (no start of
 * match is needed): the candidate is the line around it. */
#include "core/secret_stream.h"

#include <ctype.h>
#include <hs/hs.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "core/secret.h"
#include "core/strbuf.h"
#include "core/util.h"

/* ---- the pattern database, compiled once per process ---- */

#define B64URL_CLASS "[A-Za-z0-9_\\-]"
/* What bh_secret_line() splits tokens at (core/secret_line.c is_delim). */
#define VALUE_CHAR "[^\\s\\x00\"'`,;()\\[\\]{}<>]"

static const char *const fixed_patterns[] = {
	/* a PEM (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted) or PGP private key's BEGIN line */
	"-----BEGIN [^\\n]*PRIVATE KEY",
	/* a JSON web token: three base64url parts, the first a JSON object */
	"eyJ" B64URL_CLASS "{7,}\\." B64URL_CLASS "{10,}\\." B64URL_CLASS "{10}",
	/* scheme://user:password@host */
	"://[^/@\\s]*:[^/@\\s]*@",
	/* an Azure storage account key in a connection string */
	"AccountKey=[A-Za-z0-9+/]{86}==",
	/* NAME = value / "name": "value" with a secret-like word in NAME (the
	 * words of bh_secret_name, some shortened: pass covers password,
	 * passwd and passphrase) and at least eight characters of value */
	"(pass|secret|token|key|pwd|auth|credential|dsn|connection_?string)[A-Za-z0-9_.\\-]*[\"']?[ \\t]*[=:][ \\t\"']*" VALUE_CHAR
	"{8}",
};

static hs_database_t *db;
static char *db_error;

/* The database compiled at build time (src/gen/secret_db_gen.c) and linked
 * into the bulkhead program, serialized. Compiling the patterns costs more
 * than scanning a small image; deserializing costs almost nothing. Other
 * programs built from the library (the tests) lack it and compile. */
extern const unsigned char bh_secret_db_serialized[] __attribute__((weak));
extern const size_t bh_secret_db_serialized_len __attribute__((weak));

/* prefix + set{min}: the known token shapes of core/secret.c. */
static char *token_pattern(const bh_secret_token_shape *t)
{
	strbuf sb = STRBUF_INIT;
	for (const char *p = t->prefix; *p; p++) {
		if (!isalnum((unsigned char)*p))
			strbuf_addch(&sb, '\\');
		strbuf_addch(&sb, *p);
	}
	strbuf_addch(&sb, '[');
	for (const char *p = t->set; *p; p++) {
		if (!isalnum((unsigned char)*p))
			strbuf_addch(&sb, '\\');
		strbuf_addch(&sb, *p);
	}
	strbuf_addf(&sb, "]{%zu}", t->min);
	return strbuf_detach(&sb, NULL);
}

hs_database_t *bh_secret_db_compile(char **error)
{
	*error = NULL;
	if (hs_valid_platform() != HS_SUCCESS) {
		*error = bh_strdup("this CPU lacks the instructions Vectorscan needs (SSSE3)");
		return NULL;
	}
	size_t ntok;
	const bh_secret_token_shape *tok = bh_secret_token_shapes(&ntok);
	size_t n = ntok + BH_ARRAY_SIZE(fixed_patterns);
	char **exprs = bh_calloc(n, sizeof *exprs);
	unsigned *flags = bh_calloc(n, sizeof *flags);
	unsigned *ids = bh_calloc(n, sizeof *ids);
	for (size_t i = 0; i < n; i++) {
		exprs[i] = i < ntok ? token_pattern(&tok[i]) : bh_strdup(fixed_patterns[i - ntok]);
		ids[i] = (unsigned)i;
		flags[i] = 0;
	}
	flags[n - 1] = HS_FLAG_CASELESS; /* the assignment names */
	hs_database_t *out = NULL;
	hs_compile_error_t *err = NULL;
	if (hs_compile_multi((const char *const *)exprs, flags, ids, (unsigned)n, HS_MODE_STREAM, NULL, &out, &err) !=
	    HS_SUCCESS) {
		*error = bh_asprintf("pattern %d: %s", err ? err->expression : -1, err ? err->message : "unknown error");
		hs_free_compile_error(err);
		out = NULL;
	}
	for (size_t i = 0; i < n; i++)
		free(exprs[i]);
	free(exprs);
	free(flags);
	free(ids);
	return out;
}

bool bh_secret_db_embedded(void)
{
	return &bh_secret_db_serialized_len != NULL && bh_secret_db_serialized_len > 0;
}

static void load_db(void)
{
	/* A database built for a CPU with instructions this one lacks, or by
	 * another Vectorscan version, is refused here: then compile. */
	if (bh_secret_db_embedded() &&
	    hs_deserialize_database((const char *)bh_secret_db_serialized, bh_secret_db_serialized_len, &db) == HS_SUCCESS)
		return;
	db = bh_secret_db_compile(&db_error);
}

static hs_database_t *database(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, load_db);
	if (!db)
		bh_die("secret scanner: cannot compile its patterns: %s", db_error ? db_error : "unknown error");
	return db;
}

/* ---- one file at a time ---- */

struct bh_secret_stream {
	hs_scratch_t *scratch;
	hs_stream_t *stream;
	bh_secret_line_fn fn;
	void *arg;
	/* the chunk being scanned */
	const char *chunk;
	size_t chunk_len;
	unsigned long long base; /* stream offset of chunk[0] */
	/* chunk offsets of one match per line, in order */
	size_t *cand;
	size_t ncand, cand_alloc;
	size_t cand_line_end; /* end (newline or chunk end) of the last candidate's line */
	/* the current line, which began in an earlier chunk */
	char carry[BH_SECRET_MAX_LINE];
	size_t carry_len;
	bool carry_hit;
	int lines; /* lines completed so far */
};

static int on_match(unsigned int id, unsigned long long from, unsigned long long to, unsigned int flags, void *ctx)
{
	(void)id;
	(void)from;
	(void)flags;
	bh_secret_stream *s = ctx;
	if (to <= s->base) { /* ends before this chunk: the carried line */
		s->carry_hit = true;
		return 0;
	}
	size_t at = (size_t)(to - 1 - s->base);
	if (at >= s->chunk_len)
		at = s->chunk_len - 1;
	if (s->ncand && at < s->cand_line_end)
		return 0; /* this line is a candidate already */
	const char *nl = memchr(s->chunk + at, '\n', s->chunk_len - at);
	s->cand_line_end = nl ? (size_t)(nl - s->chunk) : s->chunk_len;
	*BH_ARRAY_PUSH(s->cand, s->ncand, s->cand_alloc) = at;
	return 0;
}

/* Newlines in p[0..n), a word at a time. */
#ifdef __SSE2__
/* Sixteen bytes at a time: each compare gives 0xff (-1) per newline, which
 * subtracted counts up to 255 per byte lane; a sum of absolute differences
 * adds the lanes before they could overflow. Every file's bytes pass here. */
static size_t count_newlines(const char *p, size_t n)
{
	const __m128i nl = _mm_set1_epi8('\n'), zero = _mm_setzero_si128();
	size_t count = 0, i = 0;
	while (i + 16 <= n) {
		__m128i acc = zero;
		for (int k = 0; k < 255 && i + 16 <= n; k++, i += 16)
			acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p + i)), nl));
		__m128i sums = _mm_sad_epu8(acc, zero);
		count += (size_t)_mm_cvtsi128_si64(sums) + (size_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
	}
	for (; i < n; i++)
		count += p[i] == '\n';
	return count;
}
#else
static size_t count_newlines(const char *p, size_t n)
{
	const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80, low7 = ones * 0x7f, nl = ones * '\n';
	size_t count = 0, i = 0;
	while (i + 8 <= n) {
		uint64_t acc = 0; /* eight byte-wide counters, flushed before they can overflow */
		for (int k = 0; k < 255 && i + 8 <= n; k++, i += 8) {
			uint64_t w;
			memcpy(&w, p + i, 8);
			uint64_t x = w ^ nl;                     /* zero bytes where p has '\n' */
			uint64_t nonzero = ((x & low7) + low7) | x; /* high bit set in every non-zero byte */
			acc += (~nonzero & high) >> 7;
		}
		uint64_t pairs = (acc & 0x00ff00ff00ff00ffull) + ((acc >> 8) & 0x00ff00ff00ff00ffull);
		count += (size_t)((pairs * 0x0001000100010001ull) >> 48);
	}
	for (; i < n; i++)
		count += p[i] == '\n';
	return count;
}
#endif

static void carry_add(bh_secret_stream *s, const char *p, size_t n)
{
	size_t room = sizeof s->carry - s->carry_len;
	if (n > room)
		n = room;
	memcpy(s->carry + s->carry_len, p, n);
	s->carry_len += n;
}

static void emit(bh_secret_stream *s, const char *line, size_t n)
{
	s->fn(s->arg, line, n < BH_SECRET_MAX_LINE ? n : BH_SECRET_MAX_LINE, s->lines + 1);
}

bh_secret_stream *bh_secret_stream_new(bh_secret_line_fn fn, void *arg)
{
	hs_database_t *d = database();
	bh_secret_stream *s = bh_calloc(1, sizeof *s);
	s->fn = fn;
	s->arg = arg;
	if (hs_alloc_scratch(d, &s->scratch) != HS_SUCCESS || hs_open_stream(d, 0, &s->stream) != HS_SUCCESS)
		bh_die("secret scanner: out of memory");
	return s;
}

void bh_secret_stream_begin(bh_secret_stream *s)
{
	hs_reset_stream(s->stream, 0, NULL, NULL, NULL);
	s->base = 0;
	s->carry_len = 0;
	s->carry_hit = false;
	s->lines = 0;
}

int bh_secret_stream_feed(bh_secret_stream *s, const void *data, size_t len)
{
	if (!len)
		return 0;
	if (len > UINT32_MAX)
		return -1; /* chunks are a few KiB; this is not one */
	const char *buf = data;
	s->chunk = buf;
	s->chunk_len = len;
	s->ncand = 0;
	if (hs_scan_stream(s->stream, buf, (unsigned)len, 0, s->scratch, on_match, s) != HS_SUCCESS)
		return -1;
	s->base += len;

	/* The line carried from earlier chunks ends at this chunk's first newline. */
	const char *nl = memchr(buf, '\n', len);
	size_t first_end = nl ? (size_t)(nl - buf) : len;
	size_t ci = 0;
	while (ci < s->ncand && s->cand[ci] <= first_end) {
		s->carry_hit = true;
		ci++;
	}
	carry_add(s, buf, first_end);
	if (!nl)
		return 0;
	if (s->carry_hit)
		emit(s, s->carry, s->carry_len);
	s->lines++;
	s->carry_len = 0;
	s->carry_hit = false;

	/* Whole lines of this chunk: only those with a match are looked at. */
	size_t p = first_end + 1;
	for (; ci < s->ncand; ci++) {
		size_t at = s->cand[ci];
		if (at < p)
			continue;
		const char *prev = memrchr(buf + p, '\n', at - p);
		size_t start = prev ? (size_t)(prev - buf) + 1 : p;
		s->lines += (int)count_newlines(buf + p, start - p);
		const char *end = memchr(buf + at, '\n', len - at);
		if (!end) { /* the line goes on in the next chunk */
			carry_add(s, buf + start, len - start);
			s->carry_hit = true;
			return 0;
		}
		emit(s, buf + start, (size_t)(end - buf) - start);
		s->lines++;
		p = (size_t)(end - buf) + 1;
	}
	/* The rest: count its lines, carry the unfinished last one. */
	if (p < len) {
		const char *last = memrchr(buf + p, '\n', len - p);
		if (last) {
			s->lines += (int)count_newlines(buf + p, (size_t)(last - buf) + 1 - p);
			p = (size_t)(last - buf) + 1;
		}
		carry_add(s, buf + p, len - p);
	}
	return 0;
}

void bh_secret_stream_end(bh_secret_stream *s)
{
	if (s->carry_hit && s->carry_len)
		emit(s, s->carry, s->carry_len);
	s->carry_len = 0;
	s->carry_hit = false;
}

void bh_secret_stream_free(bh_secret_stream *s)
{
	if (!s)
		return;
	if (s->stream)
		hs_close_stream(s->stream, s->scratch, NULL, NULL);
	hs_free_scratch(s->scratch);
	free(s->cand);
	free(s);
}
