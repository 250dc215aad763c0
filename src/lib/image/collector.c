/* The content side of `bulkhead scan`: a bh_content_cb that sees every
 * regular file of every layer as the loader streams it, once.
 *
 * For secrets each text file is cut into lines (at most MAX_LINE bytes are
 * looked at per line) and a line is examined only when it holds one of the
 * keywords every detector needs (token prefixes, "-----BEGIN", "://", and
 * secret-like assignment names): most lines cost one pass of memchr-speed
 * scanning. Files with a NUL byte in their first block are binaries and are
 * not scanned for tokens. Credential files (core/secret.h's list) are kept up
 * to MAX_CAPTURE bytes and parsed by type, so that an .npmrc without a token
 * is not a finding. Nothing but the findings is kept. */
#include "image/scanint.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "core/secret.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "image/imgint.h"

#define MAX_LINE 4096
#define MAX_CAPTURE (64 * 1024)
#define MAX_OSREL 8192
#define MAX_SCAN_BYTES (64ull << 20) /* larger files are not text anyone edits */
#define MAX_HITS_PER_FILE 20
#define MAX_HITS 10000

typedef struct scan_file {
	int layer;
	char *path;
	bool secrets;         /* look for tokens line by line */
	const char *credkind; /* a credential file by its name */
	bool osrel;
	bool sniffed, binary;
	strbuf line;
	bool line_cut;        /* the current line is longer than MAX_LINE */
	int lineno;
	strbuf capture;
	size_t first_hit;     /* index in c->hits of this file's first hit */
	int nhits;
} scan_file;

/* ---- token detection on one line ---- */

static const char *const token_keywords[] = {
	"-----BEGIN", "AKIA", "ASIA", "ghp_", "gho_", "ghs_", "ghu_", "ghr_", "github_pat_", "glpat-", "xox", "xapp-",
	"_live_", "npm_", "pypi-", "AIza", "SG.", "dop_v1_", "hf_", "sk-", "eyJ", "://",
};
static const char *const name_keywords[] = { "pass", "secret", "token", "key", "pwd", "auth", "credential" };

/* The prefilter: a bitmap of the byte pairs that start a keyword (both cases
 * for the name keywords), then an exact comparison where a pair matches. One
 * table look-up per byte instead of one pass per keyword. */
typedef struct keyword_index {
	uint8_t pair[65536 / 8];
} keyword_index;

static void pair_set(keyword_index *k, unsigned char a, unsigned char b)
{
	unsigned i = (unsigned)a << 8 | b;
	k->pair[i >> 3] |= (uint8_t)(1u << (i & 7));
}

static bool pair_has(const keyword_index *k, unsigned char a, unsigned char b)
{
	unsigned i = (unsigned)a << 8 | b;
	return k->pair[i >> 3] & (1u << (i & 7));
}

static void keyword_index_build(keyword_index *k)
{
	memset(k, 0, sizeof *k);
	for (size_t i = 0; i < BH_ARRAY_SIZE(token_keywords); i++)
		pair_set(k, (unsigned char)token_keywords[i][0], (unsigned char)token_keywords[i][1]);
	for (size_t i = 0; i < BH_ARRAY_SIZE(name_keywords); i++)
		for (int c0 = 0; c0 < 2; c0++)
			for (int c1 = 0; c1 < 2; c1++) {
				unsigned char a = (unsigned char)name_keywords[i][0], b = (unsigned char)name_keywords[i][1];
				pair_set(k, c0 ? (unsigned char)toupper(a) : a, c1 ? (unsigned char)toupper(b) : b);
			}
}

static bool has_keyword(const keyword_index *k, const char *line, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		if (!pair_has(k, (unsigned char)line[i], (unsigned char)line[i + 1]))
			continue;
		size_t left = n - i;
		for (size_t j = 0; j < BH_ARRAY_SIZE(token_keywords); j++) {
			size_t kl = strlen(token_keywords[j]);
			if (kl <= left && !memcmp(line + i, token_keywords[j], kl))
				return true;
		}
		for (size_t j = 0; j < BH_ARRAY_SIZE(name_keywords); j++) {
			size_t kl = strlen(name_keywords[j]);
			if (kl <= left && !strncasecmp(line + i, name_keywords[j], kl))
				return true;
		}
	}
	return false;
}

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

static bool is_delim(char ch)
{
	return isspace((unsigned char)ch) || strchr("\"'`,;()[]{}<>", ch);
}

/* NAME before position eq (skipping a closing quote and blanks). */
static size_t name_before(const char *line, size_t eq, size_t *start)
{
	size_t e = eq;
	while (e > 0 && (line[e - 1] == ' ' || line[e - 1] == '\t'))
		e--;
	if (e > 0 && (line[e - 1] == '"' || line[e - 1] == '\''))
		e--;
	size_t s = e;
	while (s > 0 && (isalnum((unsigned char)line[s - 1]) || strchr("_-.", line[s - 1])))
		s--;
	*start = s;
	return e - s;
}

static void scan_line(bh_scan_collector *c, scan_file *sf, const char *line, size_t n)
{
	if (!has_keyword(c->keywords, line, n))
		return;
	/* A PEM private key: the BEGIN line alone on its line (in source code
	 * the marker sits inside quotes and is a parser's constant). */
	size_t a = 0, b = n;
	while (a < b && isspace((unsigned char)line[a]))
		a++;
	while (b > a && isspace((unsigned char)line[b - 1]))
		b--;
	if (b - a > 20 && !strncmp(line + a, "-----BEGIN ", 11) && !strncmp(line + b - 5, "-----", 5) &&
	    memmem(line + a, b - a, "PRIVATE KEY-----", 16)) {
		add_hit(c, sf, "private key", sf->lineno, "-----BEGIN ... PRIVATE KEY-----", false);
		return;
	}
	/* Tokens with a known shape anywhere on the line. */
	char tok[MAX_LINE + 1];
	for (size_t i = 0; i < n;) {
		while (i < n && is_delim(line[i]))
			i++;
		size_t j = i;
		while (j < n && !is_delim(line[j]))
			j++;
		if (j - i >= 8) {
			/* "KEY=value" as one token: look at the value too */
			const char *eqp = memchr(line + i, '=', j - i);
			size_t from = eqp && (size_t)(eqp - line) + 1 < j ? (size_t)(eqp - line) + 1 : i;
			memcpy(tok, line + from, j - from);
			tok[j - from] = '\0';
			const char *kind = bh_secret_value(tok);
			if (kind && strcmp(kind, "high-entropy string")) {
				_cleanup_free_ char *m = bh_secret_mask(tok);
				add_hit(c, sf, kind, sf->lineno, m, false);
				return;
			}
		}
		i = j;
	}
	/* NAME = "value" / NAME: value / "name": "value" with a secret-like
	 * name and a value that looks generated (core/secret.c's entropy test). */
	for (size_t i = 0; i < n; i++) {
		if (line[i] != '=' && line[i] != ':')
			continue;
		size_t s;
		size_t nl = name_before(line, i, &s);
		if (nl == 0 || nl >= 128)
			continue;
		char name[128];
		memcpy(name, line + s, nl);
		name[nl] = '\0';
		if (!bh_secret_name(name))
			continue;
		size_t v = i + 1;
		while (v < n && (line[v] == ' ' || line[v] == '\t' || line[v] == '"' || line[v] == '\''))
			v++;
		size_t w = v;
		while (w < n && !is_delim(line[w]))
			w++;
		if (w - v < 8)
			continue;
		memcpy(tok, line + v, w - v);
		tok[w - v] = '\0';
		if (!bh_secret_placeholder(tok) && bh_secret_value(tok)) {
			_cleanup_free_ char *m = bh_secret_mask(tok);
			_cleanup_free_ char *ev = bh_asprintf("%s=%s", name, m);
			add_hit(c, sf, "secret assignment", sf->lineno, ev, false);
			return;
		}
	}
}

static void flush_line(bh_scan_collector *c, scan_file *sf)
{
	sf->lineno++;
	scan_line(c, sf, sf->line.buf, sf->line.len);
	strbuf_reset(&sf->line);
	sf->line_cut = false;
}

static void feed_lines(bh_scan_collector *c, scan_file *sf, const char *p, size_t len)
{
	while (len) {
		const char *nl = memchr(p, '\n', len);
		size_t n = nl ? (size_t)(nl - p) : len;
		size_t room = MAX_LINE - sf->line.len;
		if (n > room) {
			sf->line_cut = true;
			strbuf_add(&sf->line, p, room);
		} else {
			strbuf_add(&sf->line, p, n);
		}
		if (!nl)
			return;
		flush_line(c, sf);
		p = nl + 1;
		len -= n + 1;
	}
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
	sf->sniffed = sf->binary = sf->line_cut = false;
	sf->lineno = 0;
	sf->nhits = 0;
	sf->first_hit = c->nhits;
	strbuf_reset(&sf->line);
	strbuf_reset(&sf->capture);
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
		feed_lines(c, sf, buf, len);
	return 0;
}

static void cb_end(void *arg, bool complete)
{
	(void)complete; /* what was seen of a cut-short file still counts */
	bh_scan_collector *c = arg;
	scan_file *sf = c->cur;
	if (sf->secrets && !sf->binary && sf->line.len)
		flush_line(c, sf);
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
	c->keywords = bh_malloc(sizeof *c->keywords);
	keyword_index_build(c->keywords);
	strbuf_init(&c->cur->line);
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
	strbuf_release(&c->cur->line);
	strbuf_release(&c->cur->capture);
	free(c->cur);
	free(c->keywords);
	free(c);
}
