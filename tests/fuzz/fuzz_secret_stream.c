/* libFuzzer target: the secret scanner's pattern engine against an oracle.
 * The first two bytes choose how the rest is cut into chunks (as the layer
 * reader would hand them over); the rest is one file. The engine's findings
 * (only lines with a pattern match are confirmed) must equal those of
 * confirming every line of the file, cut at newlines, with bh_secret_line():
 * the patterns may flag too much, never too little, and chunk boundaries
 * change nothing. The file is scanned twice through the same stream, which
 * must forget everything between files. Evidence is always masked. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/secret.h"
#include "core/secret_stream.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_RECORDED 256

typedef struct hit {
	int line;
	const char *kind;
	char *evidence;
} hit;

typedef struct hits {
	hit h[MAX_RECORDED];
	size_t n, total;
} hits;

static void record(hits *r, const char *line, size_t n, int lineno)
{
	char *ev = NULL;
	const char *kind = bh_secret_line(line, n, &ev);
	if (!kind) {
		if (ev)
			__builtin_trap(); /* no evidence without a finding */
		return;
	}
	if (!ev)
		__builtin_trap();
	r->total++;
	if (r->n == MAX_RECORDED) {
		free(ev);
		return;
	}
	r->h[r->n++] = (hit){ lineno, kind, ev };
}

static void on_line(void *arg, const char *line, size_t n, int lineno)
{
	if (n > BH_SECRET_MAX_LINE)
		__builtin_trap();
	record(arg, line, n, lineno);
}

static void release(hits *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->h[i].evidence);
	r->n = r->total = 0;
}

static void same(const hits *a, const hits *b)
{
	if (a->total != b->total || a->n != b->n)
		__builtin_trap();
	for (size_t i = 0; i < a->n; i++)
		if (a->h[i].line != b->h[i].line || strcmp(a->h[i].kind, b->h[i].kind) ||
		    strcmp(a->h[i].evidence, b->h[i].evidence))
			__builtin_trap();
}

static void stream_file(bh_secret_stream *s, const char *p, size_t n, unsigned seed)
{
	bh_secret_stream_begin(s);
	while (n) {
		/* chunk sizes from 1 byte to a few KiB, varying along the file */
		seed = seed * 1103515245u + 12345u;
		size_t c = 1 + (seed >> 16) % ((seed & 1) ? 9000 : 64);
		if (c > n)
			c = n;
		if (bh_secret_stream_feed(s, p, c) != 0)
			__builtin_trap();
		p += c;
		n -= c;
	}
	bh_secret_stream_end(s);
}

static hits engine, oracle;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	unsigned seed = (unsigned)data[0] << 8 | data[1];
	const char *text = (const char *)data + 2;
	size_t n = size - 2;

	int lineno = 0;
	for (size_t i = 0; i < n;) {
		const char *nl = memchr(text + i, '\n', n - i);
		size_t len = nl ? (size_t)(nl - text) - i : n - i;
		lineno++;
		record(&oracle, text + i, len < BH_SECRET_MAX_LINE ? len : BH_SECRET_MAX_LINE, lineno);
		i += len + 1;
	}

	bh_secret_stream *s = bh_secret_stream_new(on_line, &engine);
	for (int pass = 0; pass < 2; pass++) {
		stream_file(s, text, n, seed + (unsigned)pass);
		same(&engine, &oracle);
		release(&engine);
	}
	bh_secret_stream_free(s);
	for (size_t i = 0; i < oracle.n; i++) {
		/* masked: "ghp_****wxyz", or the PEM marker without the key (also
		 * after a name: "API_KEY=-----BEGIN ... PRIVATE KEY-----") */
		const char *ev = oracle.h[i].evidence;
		size_t evn = strlen(ev), m = strlen("-----BEGIN ... PRIVATE KEY-----");
		if (!strstr(ev, "****") && (evn < m || strcmp(ev + evn - m, "-----BEGIN ... PRIVATE KEY-----")))
			__builtin_trap();
	}
	release(&oracle);
	return 0;
}
