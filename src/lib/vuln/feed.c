#include "vuln/feed.h"
#include "core/util.h"

#include <ctype.h>
#include <curl/curl.h>
#include <errno.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define OSV_BASE "https://osv-vulnerabilities.storage.googleapis.com/"

static const struct {
	const char *name;
	bh_feed_kind kind;
	const char *url;
} default_sources[] = {
	{ "debian-tracker", BH_FEED_DEBIAN, "https://security-tracker.debian.org/tracker/data/json" },
	{ "alpine-3.19-main", BH_FEED_ALPINE, "https://secdb.alpinelinux.org/v3.19/main.json" },
	{ "alpine-3.19-community", BH_FEED_ALPINE, "https://secdb.alpinelinux.org/v3.19/community.json" },
	{ "alpine-3.20-main", BH_FEED_ALPINE, "https://secdb.alpinelinux.org/v3.20/main.json" },
	{ "alpine-3.20-community", BH_FEED_ALPINE, "https://secdb.alpinelinux.org/v3.20/community.json" },
	{ "alpine-3.21-main", BH_FEED_ALPINE, "https://secdb.alpinelinux.org/v3.21/main.json" },
	{ "alpine-3.21-community", BH_FEED_ALPINE, "https://secdb.alpinelinux.org/v3.21/community.json" },
	{ "osv-debian", BH_FEED_OSV, OSV_BASE "Debian/all.zip" },
	{ "osv-ubuntu", BH_FEED_OSV, OSV_BASE "Ubuntu/all.zip" },
	{ "osv-alpine", BH_FEED_OSV, OSV_BASE "Alpine/all.zip" },
	{ "osv-pypi", BH_FEED_OSV, OSV_BASE "PyPI/all.zip" },
	{ "osv-npm", BH_FEED_OSV, OSV_BASE "npm/all.zip" },
	{ "osv-go", BH_FEED_OSV, OSV_BASE "Go/all.zip" },
	{ "osv-crates", BH_FEED_OSV, OSV_BASE "crates.io/all.zip" },
	{ "osv-maven", BH_FEED_OSV, OSV_BASE "Maven/all.zip" },
	{ "osv-rubygems", BH_FEED_OSV, OSV_BASE "RubyGems/all.zip" },
};

static void add_source(bh_feed_sources *s, const char *name, bh_feed_kind kind, const char *url)
{
	bh_feed_source *f = BH_ARRAY_PUSH(s->items, s->n, s->alloc);
	f->name = bh_strdup(name);
	f->kind = kind;
	f->url = bh_strdup(url);
}

void bh_feed_sources_default(bh_feed_sources *s)
{
	for (size_t i = 0; i < BH_ARRAY_SIZE(default_sources); i++)
		add_source(s, default_sources[i].name, default_sources[i].kind, default_sources[i].url);
}

static bool valid_name(const char *n)
{
	if (!*n || strlen(n) > 64 || n[0] == '.')
		return false;
	for (const char *p = n; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '-' && *p != '_' && *p != '.')
			return false;
	return true;
}

int bh_feed_sources_load(bh_feed_sources *s, const char *path, bh_findings *errs)
{
	size_t len;
	char *data = bh_read_file(path, 1024 * 1024, &len);
	if (!data) {
		bh_findings_error(errs, path, 0, 0, "cannot read: %s", errno == EFBIG ? "file too large" : strerror(errno));
		return -1;
	}
	int rc = 0, line = 0;
	char *save = NULL;
	for (char *l = strtok_r(data, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		line++;
		char *hash = strchr(l, '#');
		if (hash)
			*hash = '\0';
		char name[128], kind[32], url[2048], extra[8];
		int n = sscanf(l, "%127s %31s %2047s %7s", name, kind, url, extra);
		if (n <= 0)
			continue;
		bh_feed_kind k;
		if (n != 3 || !valid_name(name) || !bh_feed_kind_parse(kind, &k) || k == BH_FEED_AUTO) {
			bh_findings_error(errs, path, line, 1,
					  "expected \"NAME KIND URL\" (NAME of letters, digits, - _ .; KIND osv, debian or alpine)");
			rc = -1;
			continue;
		}
		if (strncmp(url, "https://", 8) && strncmp(url, "http://", 7) && strncmp(url, "file://", 7)) {
			bh_findings_error(errs, path, line, 1, "the URL must be http://, https:// or file://");
			rc = -1;
			continue;
		}
		add_source(s, name, k, url);
	}
	free(data);
	return rc;
}

void bh_feed_sources_free(bh_feed_sources *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->items[i].name);
		free(s->items[i].url);
	}
	free(s->items);
	memset(s, 0, sizeof *s);
}

bool bh_sha256_file(const char *path, char out[65])
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return false;
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
	unsigned char buf[1 << 16];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		EVP_DigestUpdate(ctx, buf, n);
	bool ok = !ferror(f);
	fclose(f);
	unsigned char md[32];
	unsigned int mdlen = 0;
	EVP_DigestFinal_ex(ctx, md, &mdlen);
	EVP_MD_CTX_free(ctx);
	for (unsigned i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
	return ok;
}

typedef struct transfer {
	CURL *curl;
	const char *path;
	FILE *f;
	int64_t written, offset;
	bool write_failed, too_big;
	char *etag, *last_modified;
	bool progress;
	const char *name;
	time_t last_draw;
	bool drawn_done;
} transfer;

static char *header_value(const char *line, size_t n, const char *name)
{
	size_t k = strlen(name);
	if (n <= k + 1 || strncasecmp(line, name, k) || line[k] != ':')
		return NULL;
	const char *v = line + k + 1, *end = line + n;
	while (v < end && (*v == ' ' || *v == '\t'))
		v++;
	while (end > v && (end[-1] == '\r' || end[-1] == '\n' || end[-1] == ' '))
		end--;
	return end > v && end - v < 1024 ? bh_strndup(v, (size_t)(end - v)) : NULL;
}

static size_t on_header(char *buf, size_t size, size_t nitems, void *arg)
{
	transfer *t = arg;
	size_t n = size * nitems;
	/* a new response (redirect, or 100 Continue) starts with its status line */
	if (n >= 5 && !strncmp(buf, "HTTP/", 5)) {
		free(t->etag);
		free(t->last_modified);
		t->etag = t->last_modified = NULL;
	}
	char *v;
	if ((v = header_value(buf, n, "ETag"))) {
		free(t->etag);
		t->etag = v;
	} else if ((v = header_value(buf, n, "Last-Modified"))) {
		free(t->last_modified);
		t->last_modified = v;
	}
	return n;
}

static size_t on_data(char *buf, size_t size, size_t nmemb, void *arg)
{
	transfer *t = arg;
	size_t n = size * nmemb;
	if (!t->f) {
		long code = 0;
		curl_easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &code);
		if (code >= 300)
			return n; /* an error page: counted, never stored */
		bool append = code == 206 && t->offset > 0;
		t->f = fopen(t->path, append ? "ab" : "wb");
		if (!t->f) {
			t->write_failed = true;
			return 0;
		}
		if (!append)
			t->offset = 0;
	}
	if (t->offset + t->written + (int64_t)n > (int64_t)BH_IMPORT_MAX_FILE) {
		t->too_big = true;
		return 0;
	}
	if (fwrite(buf, 1, n, t->f) != n) {
		t->write_failed = true;
		return 0;
	}
	t->written += (int64_t)n;
	return n;
}

static int on_progress(void *arg, curl_off_t total, curl_off_t now, curl_off_t ut, curl_off_t un)
{
	transfer *t = arg;
	time_t sec = time(NULL);
	bool done = total > 0 && now == total;
	/* at most one redraw a second, and the final state once */
	if ((sec == t->last_draw && !done) || (done && t->drawn_done))
		return 0;
	t->last_draw = sec;
	t->drawn_done = done;
	double mib = (double)(t->offset + now) / 1048576.0;
	if (total > 0) {
		int pct = (int)((t->offset + now) * 100 / (t->offset + total));
		int bars = pct / 5;
		fprintf(stderr, "\r%-24s [%-20.*s] %3d%% %8.1f MiB", t->name, bars, "####################", pct, mib);
	} else {
		fprintf(stderr, "\r%-24s %8.1f MiB", t->name, mib);
	}
	return 0;
}

static char *sidecar(const char *part)
{
	return bh_asprintf("%s.validator", part);
}

void bh_feed_download(const char *url, const char *dir, const char *name, const char *etag,
		      const char *last_modified, bool progress, bh_download *out)
{
	memset(out, 0, sizeof *out);
	out->status = BH_DL_FAILED;
	mkdir(dir, 0755);
	char *part = bh_asprintf("%s/%s.part", dir, name);
	char *meta = sidecar(part);
	transfer t = { .path = part, .progress = progress, .name = name };
	/* resume only when we know which version the partial file belongs to */
	struct stat st;
	size_t vlen = 0;
	char *validator = stat(part, &st) == 0 && st.st_size > 0 ? bh_read_file(meta, 2048, &vlen) : NULL;
	if (validator && vlen)
		t.offset = st.st_size;

	CURL *c = curl_easy_init();
	t.curl = c;
	struct curl_slist *hdrs = NULL;
	char *h = NULL;
	if (t.offset) {
		curl_easy_setopt(c, CURLOPT_RESUME_FROM_LARGE, (curl_off_t)t.offset);
		h = bh_asprintf("If-Range: %s", validator);
		hdrs = curl_slist_append(hdrs, h);
		free(h);
		out->resumed = true;
	} else {
		if (etag) {
			h = bh_asprintf("If-None-Match: %s", etag);
			hdrs = curl_slist_append(hdrs, h);
			free(h);
		}
		if (last_modified) {
			h = bh_asprintf("If-Modified-Since: %s", last_modified);
			hdrs = curl_slist_append(hdrs, h);
			free(h);
		}
	}
	char ua[64];
	snprintf(ua, sizeof ua, "bulkhead/%s", BULKHEAD_VERSION);
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_USERAGENT, ua);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https,file");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, 60L);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, &t);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &t);
	if (progress) {
		curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
		curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, on_progress);
		curl_easy_setopt(c, CURLOPT_XFERINFODATA, &t);
	}
	CURLcode rc = curl_easy_perform(c);
	long code = 0;
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
	if (progress)
		fputc('\n', stderr);
	bool closed_ok = t.f ? fclose(t.f) == 0 : true;
	bool is_file = !strncmp(url, "file://", 7);

	if (rc == CURLE_OK && code == 304 && !t.offset) {
		out->status = BH_DL_NOT_MODIFIED;
		unlink(part);
		unlink(meta);
	} else if (rc != CURLE_OK || !closed_ok) {
		snprintf(out->error, sizeof out->error, "%s: %s", url,
			 t.too_big ? "larger than the import limit" : t.write_failed || !closed_ok ? strerror(errno)
												: curl_easy_strerror(rc));
		/* keep what arrived, with its validator, to resume next time */
		if (t.written > 0 && t.etag && !t.too_big) {
			FILE *mf = fopen(meta, "w");
			if (mf) {
				fputs(t.etag, mf);
				fclose(mf);
			}
		} else {
			unlink(part);
			unlink(meta);
		}
	} else if (!is_file && code != 200 && code != 206) {
		snprintf(out->error, sizeof out->error, "%s: HTTP status %ld", url, code);
		unlink(part);
		unlink(meta);
	} else {
		if (!t.f) {
			/* an empty body still is a (broken) file to import */
			FILE *f = fopen(part, "wb");
			if (f)
				fclose(f);
		}
		unlink(meta);
		out->status = BH_DL_OK;
		out->file = part;
		part = NULL;
		out->etag = t.etag;
		out->last_modified = t.last_modified;
		t.etag = t.last_modified = NULL;
		if (stat(out->file, &st) == 0)
			out->size = st.st_size;
		if (!bh_sha256_file(out->file, out->sha256)) {
			out->status = BH_DL_FAILED;
			snprintf(out->error, sizeof out->error, "%s: cannot read the download", out->file);
		}
	}
	curl_slist_free_all(hdrs);
	curl_easy_cleanup(c);
	free(t.etag);
	free(t.last_modified);
	free(validator);
	free(part);
	free(meta);
}

void bh_download_release(bh_download *d)
{
	free(d->file);
	free(d->etag);
	free(d->last_modified);
	memset(d, 0, sizeof *d);
}
