/* The content side of `bulkhead scan`: a bh_content_cb that sees every
 * regular file of every layer as the loader streams it, once.
 *
 * For secrets each text file streams through the Vectorscan pattern engine
 * (core/secret_stream.h) as it arrives; only the lines in which a secret
 * pattern matches are confirmed, with bh_secret_line(), so most files cost
 * one pass of the engine and no copy. Files with a NUL byte in their first
 * block are binaries and are not scanned for tokens. Credential files
 * (core/secret.h's list) are kept up to MAX_CAPTURE bytes and parsed by
 * type, so that an .npmrc without a token is not a finding. Nothing but the
 * findings is kept. */
#include "image/scanint.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "core/secret.h"
#include "core/secret_stream.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "image/imgint.h"

#define MAX_CAPTURE (64 * 1024)
#define MAX_OSREL 8192
#define MAX_SCAN_BYTES (64ull << 20) /* larger files are not text anyone edits */
#define MAX_HITS_PER_FILE 20
#define MAX_HITS 10000

typedef struct scan_file {
	int layer;
	char *path;
	bool secrets;         /* run the pattern engine over the content */
	const char *credkind; /* a credential file by its name */
	bool osrel;
	bool sniffed, binary;
	strbuf capture;
	size_t first_hit;     /* index in c->hits of this file's first hit */
	int nhits;
} scan_file;

static void add_hit(bh_scan_collector *c, scan_file *sf, const char *kind, int line, const char *evidence,
		    bool credfile)
{
	if (sf->nhits >= MAX_HITS_PER_FILE)
		return;
	if (c->nhits >= MAX_HITS) {
		c->hits_dropped++;
		return;
	}
	scan_hit *h = BH_ARRAY_PUSH(c->hits, c->nhits, c->hits_alloc);
	h->layer = sf->layer;
	h->path = bh_strdup(sf->path);
	h->kind = kind;
	h->line = line;
	h->evidence = evidence ? bh_img_printable(evidence) : NULL;
	h->credfile = credfile;
	sf->nhits++;
}

/* A line the pattern engine flagged: confirmed or dropped here. */
static void on_candidate_line(void *arg, const char *line, size_t n, int lineno)
{
	bh_scan_collector *c = arg;
	_cleanup_free_ char *evidence = NULL;
	const char *kind = bh_secret_line(line, n, &evidence);
	if (kind)
		add_hit(c, c->cur, kind, lineno, evidence, false);
}

/* ---- typed credential files ---- */

/* "key" followed by = or : and a non-empty value on the same line. */
static bool has_setting(const char *text, const char *key)
{
	size_t kl = strlen(key);
	for (const char *p = bh_strcasestr(text, key); p; p = bh_strcasestr(p + 1, key)) {
		const char *q = p + kl;
		while (*q == ' ' || *q == '\t' || *q == '"' || *q == '\'')
			q++;
		if (*q != '=' && *q != ':')
			continue;
		q++;
		while (*q == ' ' || *q == '\t' || *q == '"' || *q == '\'')
			q++;
		if (*q && *q != '\n' && *q != '\r' && *q != '"' && *q != '$' && *q != '{' && *q != ',' && *q != '}')
			return true;
	}
	return false;
}

static bool path_is(const char *path, const char *suffix)
{
	size_t n = strlen(path), s = strlen(suffix);
	return n >= s && !strcmp(path + n - s, suffix) && (n == s || path[n - s - 1] == '/');
}

/* Does the credential file actually hold a credential? */
static bool credential_confirmed(const scan_file *sf, int64_t size)
{
	const char *t = sf->capture.buf;
	const char *p = sf->path;
	const char *base = bh_basename(p);
	if (path_is(p, ".docker/config.json") || path_is(p, ".dockercfg"))
		return has_setting(t, "\"auth\"") || has_setting(t, "\"identitytoken\"");
	if (path_is(p, ".npmrc"))
		return has_setting(t, "_authToken") || has_setting(t, "_auth") || has_setting(t, "_password");
	if (path_is(p, ".pypirc") || path_is(p, ".my.cnf") || path_is(p, ".boto") || path_is(p, ".s3cfg"))
		return has_setting(t, "password") || has_setting(t, "secret_key") ||
		       has_setting(t, "aws_secret_access_key");
	if (path_is(p, ".git-credentials")) {
		for (const char *l = t; *l;) {
			size_t n = strcspn(l, "\n");
			_cleanup_free_ char *line = bh_strndup(l, n);
			const char *k = bh_secret_value(line);
			if (k && !strcmp(k, "password in a URL"))
				return true;
			l += n + (l[n] == '\n');
		}
		return false;
	}
	if (path_is(p, ".netrc")) {
		const char *q = strstr(t, "password");
		return q && q[8] && isspace((unsigned char)q[8]);
	}
	if (path_is(p, ".kube/config") || !strcmp(base, "kubeconfig"))
		return has_setting(t, "token") || has_setting(t, "client-key-data") || has_setting(t, "password");
	if (path_is(p, ".aws/credentials"))
		return has_setting(t, "aws_secret_access_key") || has_setting(t, "aws_session_token");
	if (bh_ends_with(base, ".json"))
		return has_setting(t, "\"private_key\"") || has_setting(t, "\"refresh_token\"") ||
		       has_setting(t, "\"client_secret\"") || has_setting(t, "\"password\"") ||
		       has_setting(t, "\"token\"");
	if (!strcmp(base, ".env") || bh_starts_with(base, ".env.")) {
		for (const char *l = t; *l;) {
			size_t n = strcspn(l, "\n");
			const char *eq = memchr(l, '=', n);
			if (eq && eq > l) {
				const char *name_start = l;
				if (!strncmp(name_start, "export ", 7))
					name_start += 7;
				_cleanup_free_ char *name = bh_strndup(name_start, (size_t)(eq - name_start));
				_cleanup_free_ char *val = bh_strndup(eq + 1, n - (size_t)(eq + 1 - l));
				char *v = val;
				size_t vl = strlen(v);
				while (vl && (v[vl - 1] == '\r' || v[vl - 1] == ' '))
					v[--vl] = '\0';
				if (vl >= 2 && (v[0] == '"' || v[0] == '\'') && v[vl - 1] == v[0]) {
					v[vl - 1] = '\0';
					v++;
				}
				if (bh_secret_name(name) && !bh_secret_placeholder(v))
					return true;
			}
			l += n + (l[n] == '\n');
		}
		return false;
	}
	if (bh_ends_with(base, ".key") || bh_ends_with(base, ".pem") || bh_starts_with(base, "id_"))
		return strstr(t, "PRIVATE KEY") != NULL;
	/* key stores, tokens and password files in formats of their own */
	return size > 0;
}

/* ---- the callback ---- */

static bool is_osrel(const char *path)
{
	return !strcmp(path, "etc/os-release") || !strcmp(path, "usr/lib/os-release");
}

static bool cb_begin(void *arg, int layer, const char *path, int64_t size, uint32_t mode)
{
	(void)mode;
	bh_scan_collector *c = arg;
	scan_file *sf = c->cur;
	sf->secrets = (c->scanners & BH_SCAN_SECRET) && size > 0 && (uint64_t)size <= MAX_SCAN_BYTES;
	sf->credkind = (c->scanners & BH_SCAN_SECRET) ? bh_secret_file(path) : NULL;
	sf->osrel = (c->scanners & BH_SCAN_CONFIG) && is_osrel(path);
	if (!sf->secrets && !sf->credkind && !sf->osrel)
		return false;
	free(sf->path);
	sf->path = bh_strdup(path);
	sf->layer = layer;
	sf->sniffed = sf->binary = false;
	sf->nhits = 0;
	sf->first_hit = c->nhits;
	strbuf_reset(&sf->capture);
	if (sf->secrets)
		bh_secret_stream_begin(c->secrets);
	return true;
}

static int cb_data(void *arg, const void *buf, size_t len, uint64_t offset)
{
	(void)offset; /* sparse holes hold no text */
	bh_scan_collector *c = arg;
	scan_file *sf = c->cur;
	if (!sf->sniffed) {
		sf->sniffed = true;
		sf->binary = memchr(buf, '\0', len < 8000 ? len : 8000) != NULL;
	}
	size_t cap = sf->credkind ? MAX_CAPTURE : sf->osrel ? MAX_OSREL : 0;
	if (sf->capture.len < cap) {
		size_t n = cap - sf->capture.len;
		strbuf_add(&sf->capture, buf, len < n ? len : n);
	}
	if (sf->secrets && !sf->binary)
		return bh_secret_stream_feed(c->secrets, buf, len);
	return 0;
}

static void cb_end(void *arg, bool complete)
{
	(void)complete; /* what was seen of a cut-short file still counts */
	bh_scan_collector *c = arg;
	scan_file *sf = c->cur;
	if (sf->secrets && !sf->binary)
		bh_secret_stream_end(c->secrets);
	if (sf->osrel) {
		scan_osrel *o = BH_ARRAY_PUSH(c->osrel, c->nosrel, c->osrel_alloc);
		o->layer = sf->layer;
		o->path = bh_strdup(sf->path);
		o->text = bh_strndup(sf->capture.buf, sf->capture.len);
	}
	if (sf->credkind && credential_confirmed(sf, (int64_t)sf->capture.len)) {
		/* One finding for the file: the tokens in it are the same credential. */
		_cleanup_free_ char *ev = NULL;
		if (c->nhits > sf->first_hit && c->hits[sf->first_hit].evidence)
			ev = bh_strdup(c->hits[sf->first_hit].evidence);
		while (c->nhits > sf->first_hit) {
			scan_hit *h = &c->hits[--c->nhits];
			free(h->path);
			free(h->evidence);
		}
		sf->nhits = 0;
		add_hit(c, sf, sf->credkind, 0, ev, true);
	}
}

bh_scan_collector *bh_scan_collector_new(unsigned scanners)
{
	bh_scan_collector *c = bh_calloc(1, sizeof *c);
	c->scanners = scanners;
	c->cur = bh_calloc(1, sizeof *c->cur);
	if (scanners & BH_SCAN_SECRET)
		c->secrets = bh_secret_stream_new(on_candidate_line, c);
	strbuf_init(&c->cur->capture);
	c->cb.begin = cb_begin;
	c->cb.data = cb_data;
	c->cb.end = cb_end;
	c->cb.arg = c;
	return c;
}

const bh_content_cb *bh_scan_collector_cb(bh_scan_collector *c)
{
	return &c->cb;
}

void bh_scan_collector_free(bh_scan_collector *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->nhits; i++) {
		free(c->hits[i].path);
		free(c->hits[i].evidence);
	}
	free(c->hits);
	for (size_t i = 0; i < c->nosrel; i++) {
		free(c->osrel[i].path);
		free(c->osrel[i].text);
	}
	free(c->osrel);
	free(c->cur->path);
	strbuf_release(&c->cur->capture);
	free(c->cur);
	bh_secret_stream_free(c->secrets);
	free(c);
}
