/* registry:HOST/REPO:TAG|@DIGEST — an image from a registry over the OCI
 * distribution API (GET /v2/<repo>/manifests/<ref>, /v2/<repo>/blobs/<digest>).
 *
 * Authentication follows the registry's WWW-Authenticate challenge: anonymous
 * first; on 401 with Bearer, a token from the realm (sent Basic credentials
 * from the Docker config's "auths" when there are any); on 401 with Basic,
 * those credentials. Credential helpers (credsStore, credHelpers) are not
 * run: bulkhead does not execute programs named by a config file.
 *
 * The selected manifest, the config and every layer are written as an OCI
 * image layout tar into the scan's spool file (image/source.h says why), each
 * blob hashed and counted while it streams and refused on the first byte too
 * many or on a digest that does not match; then the ordinary loader reads
 * the spool, checking every digest again. Plain http is used only for
 * 127.0.0.1, localhost and [::1], or with insecure_registry. */
#include "image/source.h"

#include <archive.h>
#include <archive_entry.h>
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/strbuf.h"
#include "core/util.h"
#include "core/yamldoc.h"
#include "image/imgint.h"

#define MAX_CONFIG_FILE (1u << 20)
#define MAX_TOKEN_BODY (1u << 20)

static const char accept_manifests[] =
	"Accept: application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, "
	"application/vnd.docker.distribution.manifest.list.v2+json, "
	"application/vnd.docker.distribution.manifest.v2+json";

typedef struct reg {
	char *display;     /* registry:... for messages (printable) */
	char *host, *repo, *tag, *digest;
	char *cred_host;   /* the Docker config's key when it differs from host */
	const char *scheme;
	char *basic;       /* base64 user:password from the Docker config, or NULL */
	char *auth_header; /* "Authorization: ..." in use, or NULL */
	CURL *curl;
	bh_image_error *err;
	const bh_source_opts *so;
	uint64_t budget_left;
} reg;

/* ---- references ---- */

static bool all_of(const char *s, size_t n, const char *extra)
{
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || strchr(extra, c)) || !c)
			return false;
	}
	return true;
}

static int parse_ref(reg *R, const char *ref)
{
	const char *slash = strchr(ref, '/');
	if (!slash || slash == ref || strlen(ref) > 1024)
		return bh_imgerr(R->err, BH_IMGE_FORMAT, "%s: expected registry:HOST/REPO:TAG or HOST/REPO@DIGEST",
				 R->display);
	R->host = bh_strndup(ref, (size_t)(slash - ref));
	const char *rest = slash + 1;
	const char *at = strchr(rest, '@');
	size_t repolen;
	if (at) {
		repolen = (size_t)(at - rest);
		R->digest = bh_strdup(at + 1);
		bh_digest d;
		if (bh_digest_parse(R->digest, &d, R->err) < 0)
			return -1;
	} else {
		const char *colon = strrchr(rest, ':');
		repolen = colon ? (size_t)(colon - rest) : strlen(rest);
		R->tag = bh_strdup(colon ? colon + 1 : "latest");
	}
	/* Docker Hub: the name people use is not the API host, and official
	 * images live under library/. Credentials stay keyed by docker.io. */
	if (!strcmp(R->host, "docker.io") || !strcmp(R->host, "index.docker.io")) {
		R->cred_host = bh_strdup("index.docker.io");
		free(R->host);
		R->host = bh_strdup("registry-1.docker.io");
		if (!memchr(rest, '/', repolen)) {
			R->repo = bh_asprintf("library/%.*s", (int)repolen, rest);
			repolen += 8;
		}
	}
	if (!R->repo)
		R->repo = bh_strndup(rest, repolen);
	if (!all_of(R->host, strlen(R->host), "ABCDEFGHIJKLMNOPQRSTUVWXYZ.-:[]") ||
	    !all_of(R->repo, repolen, "._-/") || !repolen || strstr(R->repo, "..") || R->repo[0] == '/' ||
	    (R->tag && (!*R->tag || strlen(R->tag) > 128 || !all_of(R->tag, strlen(R->tag), "ABCDEFGHIJKLMNOPQRSTUVWXYZ._-"))))
		return bh_imgerr(R->err, BH_IMGE_FORMAT, "%s: not a valid HOST/REPO:TAG reference", R->display);
	return 0;
}

static bool is_loopback(const char *host)
{
	return bh_starts_with(host, "127.0.0.1") || bh_starts_with(host, "localhost") || bh_starts_with(host, "[::1]");
}

/* ---- credentials from the Docker config ---- */

static char *config_path(const bh_source_opts *so)
{
	if (so && so->docker_config)
		return bh_strdup(so->docker_config);
	const char *d = getenv("DOCKER_CONFIG");
	if (d && *d)
		return bh_asprintf("%s/config.json", d);
	const char *home = getenv("HOME");
	return home && *home ? bh_asprintf("%s/.docker/config.json", home) : NULL;
}

/* "https://host/v1/" and "host" both name host. */
static bool auth_key_matches(const char *key, const char *host)
{
	if (bh_starts_with(key, "https://"))
		key += 8;
	else if (bh_starts_with(key, "http://"))
		key += 7;
	size_t n = strcspn(key, "/");
	return n == strlen(host) && !strncmp(key, host, n);
}

static void load_credentials(reg *R)
{
	_cleanup_free_ char *path = config_path(R->so);
	if (!path)
		return;
	size_t len;
	_cleanup_free_ char *data = bh_read_file(path, MAX_CONFIG_FILE, &len);
	if (!data)
		return; /* no config: anonymous */
	ydoc_set set;
	yerror ye;
	if (ydoc_parse(data, len, &set, &ye) != 0)
		return; /* docker itself would refuse it; anonymous is the safe reading */
	const ynode *auths = set.ndocs ? ymap_get(set.docs[0], "auths") : NULL;
	for (size_t i = 0; i < ymap_size(auths); i++) {
		const char *key = yscalar(ymap_key_at(auths, i));
		const char *auth = yscalar(ymap_get(ymap_val_at(auths, i), "auth"));
		if (key && auth && *auth && strlen(auth) < 4096 &&
		    auth_key_matches(key, R->cred_host ? R->cred_host : R->host)) {
			R->basic = bh_strdup(auth);
			break;
		}
	}
	ydoc_free(&set);
}

/* ---- the challenge ---- */

int bh_registry_parse_challenge(const char *hdr, char **scheme, char **realm, char **service, char **scope)
{
	*scheme = *realm = *service = *scope = NULL;
	while (*hdr == ' ')
		hdr++;
	size_t sl = strcspn(hdr, " ");
	if (!sl || sl > 16)
		return -1;
	*scheme = bh_strndup(hdr, sl);
	const char *p = hdr + sl;
	/* key="value" pairs separated by commas; values may hold commas (scopes) */
	while (*p) {
		while (*p == ' ' || *p == ',')
			p++;
		size_t kl = strcspn(p, "=, ");
		if (!kl || p[kl] != '=')
			break;
		const char *key = p;
		p += kl + 1;
		strbuf v = STRBUF_INIT;
		if (*p == '"') {
			p++;
			while (*p && *p != '"') {
				if (*p == '\\' && p[1])
					p++;
				strbuf_addch(&v, *p++);
			}
			if (*p == '"')
				p++;
		} else {
			size_t vl = strcspn(p, ", ");
			strbuf_add(&v, p, vl);
			p += vl;
		}
		char **dst = kl == 5 && !strncasecmp(key, "realm", 5)     ? realm
			     : kl == 7 && !strncasecmp(key, "service", 7) ? service
			     : kl == 5 && !strncasecmp(key, "scope", 5)   ? scope
									  : NULL;
		if (dst && !*dst && v.len < 2048)
			*dst = strbuf_detach(&v, NULL);
		strbuf_release(&v);
	}
	return 0;
}

/* ---- HTTP ---- */

typedef int (*body_fn)(void *arg, const void *p, size_t n);

typedef struct xfer {
	reg *R;
	body_fn fn;
	void *arg;
	strbuf errbody;
	char *www_auth;
	char *content_type;
	bool aborted;
} xfer;

static size_t on_header(char *data, size_t size, size_t nmemb, void *arg)
{
	xfer *x = arg;
	size_t n = size * nmemb;
	_cleanup_free_ char *line = bh_strndup(data, n);
	line[strcspn(line, "\r\n")] = '\0';
	if (bh_starts_with(line, "HTTP/")) { /* a new response (after a redirect): forget the last one */
		free(x->www_auth);
		free(x->content_type);
		x->www_auth = x->content_type = NULL;
	} else if (!strncasecmp(line, "www-authenticate:", 17) && !x->www_auth) {
		x->www_auth = bh_strdup(line + 17 + strspn(line + 17, " "));
	} else if (!strncasecmp(line, "content-type:", 13)) {
		free(x->content_type);
		x->content_type = bh_strdup(line + 13 + strspn(line + 13, " "));
	}
	return n;
}

static size_t on_body(char *data, size_t size, size_t nmemb, void *arg)
{
	xfer *x = arg;
	size_t n = size * nmemb;
	long status = 0;
	curl_easy_getinfo(x->R->curl, CURLINFO_RESPONSE_CODE, &status);
	if (status != 200) {
		if (x->errbody.len < 65536)
			strbuf_add(&x->errbody, data, n < 65536 - x->errbody.len ? n : 65536 - x->errbody.len);
		return n;
	}
	if (x->fn(x->arg, data, n) != 0) {
		x->aborted = true;
		return 0;
	}
	return n;
}

static long perform(reg *R, const char *url, const char *accept, const char *auth, xfer *x)
{
	CURL *c = R->curl;
	curl_easy_reset(c);
	struct curl_slist *hdrs = NULL;
	if (accept)
		hdrs = curl_slist_append(hdrs, accept);
	if (auth)
		hdrs = curl_slist_append(hdrs, auth);
	char errbuf[CURL_ERROR_SIZE] = "";
	bool plain = bh_starts_with(url, "http://");
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, x);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, x);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	/* Blob downloads are redirected to storage; custom Authorization
	 * headers are not sent to another host (libcurl's rule). */
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, plain ? "http,https" : "https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, plain ? "http,https" : "https");
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, 60L);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "bulkhead/" BULKHEAD_VERSION);
	CURLcode rc = curl_easy_perform(c);
	curl_slist_free_all(hdrs);
	if (rc != CURLE_OK) {
		if (!x->aborted)
			bh_imgerr(R->err, BH_IMGE_IO, "%s: %s", R->display, *errbuf ? errbuf : curl_easy_strerror(rc));
		return -1;
	}
	long status = 0;
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	return status;
}

static void xfer_reset(xfer *x)
{
	strbuf_reset(&x->errbody);
	free(x->www_auth);
	free(x->content_type);
	x->www_auth = x->content_type = NULL;
	x->aborted = false;
}

static void xfer_release(xfer *x)
{
	xfer_reset(x);
	strbuf_release(&x->errbody);
}

struct bounded {
	strbuf *sb;
	size_t max;
};

static int to_buf(void *arg, const void *p, size_t n)
{
	struct bounded *b = arg;
	if (b->sb->len + n > b->max)
		return -1;
	strbuf_add(b->sb, p, n);
	return 0;
}

static char *url_escape(reg *R, const char *s)
{
	char *e = curl_easy_escape(R->curl, s, 0);
	char *out = bh_strdup(e ? e : "");
	curl_free(e);
	return out;
}

/* Gets a Bearer token for the challenge. 0 or -1. */
static int get_token(reg *R, const char *challenge)
{
	_cleanup_free_ char *scheme = NULL, *realm = NULL, *service = NULL, *scope = NULL;
	bh_registry_parse_challenge(challenge, &scheme, &realm, &service, &scope);
	if (scheme && !strcasecmp(scheme, "basic")) {
		if (!R->basic)
			return bh_imgerr(R->err, BH_IMGE_IO, "%s: the registry wants a user name and password; none is "
					 "configured for %s in the Docker config", R->display, R->host);
		free(R->auth_header);
		R->auth_header = bh_asprintf("Authorization: Basic %s", R->basic);
		return 0;
	}
	if (!scheme || strcasecmp(scheme, "bearer") || !realm ||
	    !(bh_starts_with(realm, "https://") || bh_starts_with(realm, "http://")))
		return bh_imgerr(R->err, BH_IMGE_IO, "%s: unsupported authentication challenge", R->display);
	if (bh_starts_with(realm, "http://") && strcmp(R->scheme, "http"))
		return bh_imgerr(R->err, BH_IMGE_IO, "%s: the token service is plain http; refusing to send credentials",
				 R->display);
	_cleanup_free_ char *default_scope = bh_asprintf("repository:%s:pull", R->repo);
	_cleanup_free_ char *esv = url_escape(R, service ? service : "");
	_cleanup_free_ char *esc = url_escape(R, scope ? scope : default_scope);
	_cleanup_free_ char *url = bh_asprintf("%s%sservice=%s&scope=%s", realm, strchr(realm, '?') ? "&" : "?", esv, esc);
	_cleanup_free_ char *basic = R->basic ? bh_asprintf("Authorization: Basic %s", R->basic) : NULL;
	strbuf body = STRBUF_INIT;
	struct bounded b = { &body, MAX_TOKEN_BODY };
	xfer x = { .R = R, .fn = to_buf, .arg = &b, .errbody = STRBUF_INIT };
	long status = perform(R, url, NULL, basic, &x);
	int rc = -1;
	if (status < 0)
		goto out;
	if (status != 200) {
		bh_imgerr(R->err, BH_IMGE_IO, "%s: the token service answered %ld%s", R->display, status,
			  status == 401 ? " (wrong or missing credentials)" : "");
		goto out;
	}
	ydoc_set set;
	yerror ye;
	if (ydoc_parse(body.buf, body.len, &set, &ye) != 0) {
		bh_imgerr(R->err, BH_IMGE_JSON, "%s: token answer:%d:%d: %s", R->display, ye.line, ye.col, ye.message);
		goto out;
	}
	const ynode *root = set.ndocs ? set.docs[0] : NULL;
	const char *tok = yscalar(ymap_get(root, "token"));
	if (!tok || !*tok)
		tok = yscalar(ymap_get(root, "access_token"));
	if (tok && *tok && strlen(tok) < 65536 && !strpbrk(tok, "\r\n")) {
		free(R->auth_header);
		R->auth_header = bh_asprintf("Authorization: Bearer %s", tok);
		rc = 0;
	} else {
		bh_imgerr(R->err, BH_IMGE_JSON, "%s: the token service returned no token", R->display);
	}
	ydoc_free(&set);
out:
	xfer_release(&x);
	strbuf_release(&body);
	return rc;
}

/* The registry's error JSON ({"errors":[{"code","message"}]}) in words. */
static char *registry_message(const strbuf *body)
{
	ydoc_set set;
	yerror ye;
	char *out = NULL;
	if (body->len && ydoc_parse(body->buf, body->len, &set, &ye) == 0) {
		const ynode *errs = set.ndocs ? ymap_get(set.docs[0], "errors") : NULL;
		if (yis_seq(errs) && errs->n) {
			const char *code = yscalar(ymap_get(errs->items[0], "code"));
			const char *msg = yscalar(ymap_get(errs->items[0], "message"));
			_cleanup_free_ char *raw = bh_asprintf("%s%s%s", code ? code : "", code && msg ? ": " : "",
								msg ? msg : "");
			out = bh_img_printable(raw);
		}
		ydoc_free(&set);
	}
	return out ? out : bh_strdup("no message");
}

/* GET /v2/<repo>/<kind>/<ref>, authenticating once when challenged. */
static int reg_get(reg *R, const char *kind, const char *ref, const char *accept, body_fn fn, void *arg,
		   char **content_type)
{
	_cleanup_free_ char *url = bh_asprintf("%s://%s/v2/%s/%s/%s", R->scheme, R->host, R->repo, kind, ref);
	xfer x = { .R = R, .fn = fn, .arg = arg, .errbody = STRBUF_INIT };
	int rc = -1;
	for (int attempt = 0; attempt < 2; attempt++) {
		xfer_reset(&x);
		long status = perform(R, url, accept, R->auth_header, &x);
		if (status < 0)
			goto out;
		if (status == 401 && attempt == 0 && x.www_auth) {
			if (get_token(R, x.www_auth) < 0)
				goto out;
			continue;
		}
		if (status != 200) {
			_cleanup_free_ char *msg = registry_message(&x.errbody);
			_cleanup_free_ char *pr = bh_img_printable(ref);
			bh_imgerr(R->err, status == 404 ? BH_IMGE_MISSING : BH_IMGE_IO, "%s: %s %s: the registry answered %ld (%s)",
				  R->display, kind, pr, status, msg);
			goto out;
		}
		if (content_type && x.content_type)
			*content_type = bh_strdup(x.content_type);
		rc = 0;
		break;
	}
out:
	xfer_release(&x);
	return rc;
}

/* ---- manifests ---- */

static bool is_index(const char *mt)
{
	return mt && (bh_starts_with(mt, "application/vnd.oci.image.index.v1+json") ||
		      bh_starts_with(mt, "application/vnd.docker.distribution.manifest.list.v2+json"));
}

/* A manifest or index by tag or digest, size-limited and, by digest, verified. */
static int get_manifest(reg *R, const char *ref, size_t max, strbuf *body, char **mt)
{
	struct bounded b = { body, max };
	strbuf_reset(body);
	char *ctype = NULL;
	if (reg_get(R, "manifests", ref, accept_manifests, to_buf, &b, &ctype) < 0) {
		if (R->err->code == BH_IMGE_OK || body->len >= max)
			bh_imgerr(R->err, BH_IMGE_LIMIT_JSON, "%s: manifest larger than %zu bytes", R->display, max);
		free(ctype);
		return -1;
	}
	if (bh_starts_with(ref, "sha256:") || bh_starts_with(ref, "sha512:")) {
		bh_digest d;
		if (bh_digest_parse(ref, &d, R->err) < 0) {
			free(ctype);
			return -1;
		}
		bh_hasher *h = bh_hasher_new(d.alg);
		bh_hasher_update(h, body->buf, body->len);
		char got[129];
		bh_hasher_final(h, got);
		if (strcmp(got, d.hex)) {
			free(ctype);
			return bh_imgerr(R->err, BH_IMGE_DIGEST_MISMATCH, "%s: manifest %s hashes to %s:%s", R->display, ref,
					 d.alg, got);
		}
	}
	/* the document's own mediaType wins over the header */
	ydoc_set set;
	yerror ye;
	if (ydoc_parse(body->buf, body->len, &set, &ye) != 0) {
		free(ctype);
		return bh_imgerr(R->err, BH_IMGE_JSON, "%s: manifest:%d:%d: %s", R->display, ye.line, ye.col, ye.message);
	}
	const char *own = set.ndocs ? yscalar(ymap_get(set.docs[0], "mediaType")) : NULL;
	*mt = bh_strdup(own ? own : ctype ? ctype : "application/vnd.oci.image.manifest.v1+json");
	(*mt)[strcspn(*mt, ";")] = '\0';
	ydoc_free(&set);
	free(ctype);
	return 0;
}

/* The digest of the manifest for want ("os/arch[/variant]") in an index. */
static char *pick_platform(reg *R, const strbuf *index, const char *want)
{
	char os[64] = "", arch[64] = "", variant[64] = "";
	if (sscanf(want, "%63[^/]/%63[^/]/%63s", os, arch, variant) < 2) {
		bh_imgerr(R->err, BH_IMGE_PLATFORM, "platform \"%s\": expected os/arch[/variant]", want);
		return NULL;
	}
	ydoc_set set;
	yerror ye;
	if (ydoc_parse(index->buf, index->len, &set, &ye) != 0) {
		bh_imgerr(R->err, BH_IMGE_JSON, "%s: index:%d:%d: %s", R->display, ye.line, ye.col, ye.message);
		return NULL;
	}
	const ynode *ms = set.ndocs ? ymap_get(set.docs[0], "manifests") : NULL;
	char *found = NULL;
	strbuf seen = STRBUF_INIT;
	for (size_t i = 0; yis_seq(ms) && i < ms->n && !found; i++) {
		const ynode *p = ymap_get(ms->items[i], "platform");
		const char *o = yscalar(ymap_get(p, "os")), *a = yscalar(ymap_get(p, "architecture"));
		const char *v = yscalar(ymap_get(p, "variant"));
		const char *dg = yscalar(ymap_get(ms->items[i], "digest"));
		if (!o || !a || !dg || !strcmp(o, "unknown"))
			continue; /* attestations */
		if (seen.len < 400)
			strbuf_addf(&seen, "%s%s/%s%s%s", seen.len ? ", " : "", o, a, v ? "/" : "", v ? v : "");
		if (!strcmp(o, os) && !strcmp(a, arch) && (!variant[0] || (v && !strcmp(v, variant))))
			found = bh_strdup(dg);
	}
	if (!found) {
		_cleanup_free_ char *ps = bh_img_printable(seen.buf);
		bh_imgerr(R->err, BH_IMGE_PLATFORM, "%s: no manifest for %s (available: %s)", R->display, want,
			  seen.len ? ps : "none");
	}
	strbuf_release(&seen);
	ydoc_free(&set);
	return found;
}

/* ---- writing the OCI layout into the spool ---- */

static int add_member(reg *R, struct archive *a, const char *name, const void *data, size_t len)
{
	struct archive_entry *e = archive_entry_new();
	archive_entry_set_pathname(e, name);
	archive_entry_set_filetype(e, AE_IFREG);
	archive_entry_set_perm(e, 0644);
	archive_entry_set_size(e, (la_int64_t)len);
	int rc = 0;
	if (archive_write_header(a, e) != ARCHIVE_OK ||
	    (len && archive_write_data(a, data, len) != (la_ssize_t)len) || archive_write_finish_entry(a) != ARCHIVE_OK)
		rc = bh_imgerr(R->err, BH_IMGE_IO, "%s: writing the temporary file: %s", R->display,
			       archive_error_string(a));
	archive_entry_free(e);
	return rc;
}

typedef struct blob_stream {
	reg *R;
	struct archive *a;
	bh_hasher *h;
	int64_t expect;
	uint64_t got, next_report;
	const char *digest;
	bool too_long;
} blob_stream;

static int to_archive(void *arg, const void *p, size_t n)
{
	blob_stream *b = arg;
	if (n > (uint64_t)b->expect - b->got) {
		b->too_long = true;
		return bh_imgerr(b->R->err, BH_IMGE_SIZE_MISMATCH, "%s: blob %s is longer than the %lld bytes its "
				 "descriptor says", b->R->display, b->digest, (long long)b->expect);
	}
	if (n > b->R->budget_left)
		return bh_imgerr(b->R->err, BH_IMGE_LIMIT_BYTES, "%s: the image is larger than the byte limit",
				 b->R->display);
	bh_hasher_update(b->h, p, n);
	if (archive_write_data(b->a, p, n) != (la_ssize_t)n)
		return bh_imgerr(b->R->err, BH_IMGE_IO, "%s: writing the temporary file: %s", b->R->display,
				 archive_error_string(b->a));
	b->got += n;
	b->R->budget_left -= n;
	const bh_source_opts *so = b->R->so;
	if (so && so->progress && b->got >= b->next_report) {
		so->progress(so->progress_arg, "downloading", b->got);
		b->next_report = b->got + (8u << 20);
	}
	return 0;
}

/* Streams one blob from the registry into the archive as blobs/<alg>/<hex>. */
static int add_blob(reg *R, struct archive *a, const char *digest, int64_t size)
{
	bh_digest d;
	if (bh_digest_parse(digest, &d, R->err) < 0)
		return -1;
	if (size < 0 || (uint64_t)size > R->budget_left)
		return bh_imgerr(R->err, size < 0 ? BH_IMGE_JSON : BH_IMGE_LIMIT_BYTES,
				 "%s: blob %s has %s size %lld", R->display, digest, size < 0 ? "no" : "a too large",
				 (long long)size);
	_cleanup_free_ char *name = bh_asprintf("blobs/%s/%s", d.alg, d.hex);
	struct archive_entry *e = archive_entry_new();
	archive_entry_set_pathname(e, name);
	archive_entry_set_filetype(e, AE_IFREG);
	archive_entry_set_perm(e, 0644);
	archive_entry_set_size(e, size);
	int hr = archive_write_header(a, e);
	archive_entry_free(e);
	if (hr != ARCHIVE_OK)
		return bh_imgerr(R->err, BH_IMGE_IO, "%s: writing the temporary file: %s", R->display,
				 archive_error_string(a));
	blob_stream b = { .R = R, .a = a, .h = bh_hasher_new(d.alg), .expect = size, .digest = digest };
	int rc = reg_get(R, "blobs", digest, NULL, to_archive, &b, NULL);
	char got[129];
	bh_hasher_final(b.h, got);
	if (rc == 0 && b.got != (uint64_t)size)
		rc = bh_imgerr(R->err, BH_IMGE_SIZE_MISMATCH, "%s: blob %s is %llu bytes, its descriptor says %lld",
			       R->display, digest, (unsigned long long)b.got, (long long)size);
	if (rc == 0 && strcmp(got, d.hex))
		rc = bh_imgerr(R->err, BH_IMGE_DIGEST_MISMATCH, "%s: blob %s hashes to %s:%s", R->display, digest, d.alg,
			       got);
	if (rc == 0 && archive_write_finish_entry(a) != ARCHIVE_OK)
		rc = bh_imgerr(R->err, BH_IMGE_IO, "%s: writing the temporary file: %s", R->display,
			       archive_error_string(a));
	return rc;
}

static int spool_image(reg *R, const bh_image_opts *opts, int fd, size_t max_json)
{
	strbuf body = STRBUF_INIT;
	char *mt = NULL, *digest = NULL, *index = NULL, *mname = NULL;
	struct archive *a = NULL;
	ydoc_set set = { 0 };
	bool parsed = false;
	int rc = -1;
	if (get_manifest(R, R->digest ? R->digest : R->tag, max_json, &body, &mt) < 0)
		goto out;
	if (is_index(mt)) {
		digest = pick_platform(R, &body, opts && opts->platform ? opts->platform : "linux/amd64");
		bh_digest cd;
		if (!digest || bh_digest_parse(digest, &cd, R->err) < 0)
			goto out;
		free(mt);
		mt = NULL;
		if (get_manifest(R, digest, max_json, &body, &mt) < 0)
			goto out;
		if (is_index(mt)) {
			bh_imgerr(R->err, BH_IMGE_JSON, "%s: the index for the platform points at another index", R->display);
			goto out;
		}
	} else {
		char hex[129];
		bh_sha256_hex(body.buf, body.len, hex);
		digest = bh_asprintf("sha256:%s", hex);
	}
	yerror ye;
	if (ydoc_parse(body.buf, body.len, &set, &ye) != 0) {
		bh_imgerr(R->err, BH_IMGE_JSON, "%s: manifest:%d:%d: %s", R->display, ye.line, ye.col, ye.message);
		goto out;
	}
	parsed = true;
	const ynode *root = set.ndocs ? set.docs[0] : NULL;
	const ynode *cfg = ymap_get(root, "config");
	const ynode *layers = ymap_get(root, "layers");
	if (!yis_map(cfg) || !yis_seq(layers)) {
		bh_imgerr(R->err, BH_IMGE_JSON, "%s: the manifest has no \"config\" and \"layers\" (schema 1 manifests are "
			  "not supported)", R->display);
		goto out;
	}
	a = archive_write_new();
	archive_write_set_format_pax_restricted(a);
	if (archive_write_open_fd(a, fd) != ARCHIVE_OK) {
		bh_imgerr(R->err, BH_IMGE_IO, "%s: %s", R->display, archive_error_string(a));
		goto out;
	}
	static const char layout[] = "{\"imageLayoutVersion\":\"1.0.0\"}";
	index = bh_asprintf("{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":\"%s\","
						 "\"digest\":\"%s\",\"size\":%zu}]}", mt, digest, body.len);
	bh_digest md;
	if (bh_digest_parse(digest, &md, R->err) < 0)
		goto out;
	mname = bh_asprintf("blobs/%s/%s", md.alg, md.hex);
	if (add_member(R, a, "oci-layout", layout, strlen(layout)) < 0 ||
	    add_member(R, a, "index.json", index, strlen(index)) < 0 || add_member(R, a, mname, body.buf, body.len) < 0)
		goto out;
	int64_t csize = -1;
	yint(ymap_get(cfg, "size"), &csize);
	if (csize > (int64_t)max_json) {
		bh_imgerr(R->err, BH_IMGE_LIMIT_JSON, "%s: config of %lld bytes (limit %zu)", R->display,
			  (long long)csize, max_json);
		goto out;
	}
	if (add_blob(R, a, yscalar(ymap_get(cfg, "digest")), csize) < 0)
		goto out;
	for (size_t i = 0; i < layers->n; i++) {
		int64_t sz = -1;
		yint(ymap_get(layers->items[i], "size"), &sz);
		const char *dg = yscalar(ymap_get(layers->items[i], "digest"));
		/* a layer used twice is stored once */
		bool dup = false;
		for (size_t k = 0; k < i && dg; k++)
			dup |= yscalar(ymap_get(layers->items[k], "digest")) &&
			       !strcmp(yscalar(ymap_get(layers->items[k], "digest")), dg);
		if (!dup && add_blob(R, a, dg, sz) < 0)
			goto out;
	}
	if (archive_write_close(a) != ARCHIVE_OK) {
		bh_imgerr(R->err, BH_IMGE_IO, "%s: writing the temporary file: %s", R->display, archive_error_string(a));
		goto out;
	}
	rc = 0;
out:
	if (a)
		archive_write_free(a);
	if (parsed)
		ydoc_free(&set);
	strbuf_release(&body);
	free(mt);
	free(digest);
	free(index);
	free(mname);
	return rc;
}

int bh_image_load_registry(const char *ref, const bh_image_opts *opts, const bh_source_opts *so, bh_image *img,
			   bh_image_error *err)
{
	memset(img, 0, sizeof *img);
	memset(err, 0, sizeof *err);
	bh_image_limits lim;
	if (opts && opts->limits)
		lim = *opts->limits;
	else
		bh_image_limits_default(&lim);
	_cleanup_free_ char *raw = bh_asprintf("registry:%s", ref);
	reg R = { .display = bh_img_printable(raw), .err = err, .so = so, .budget_left = lim.max_total_bytes };
	int rc = -1;
	bh_spool sp = { .fd = -1 };
	if (parse_ref(&R, ref) < 0)
		goto out;
	R.scheme = is_loopback(R.host) || (so && so->insecure_registry) ? "http" : "https";
	R.curl = curl_easy_init();
	if (!R.curl) {
		bh_imgerr(err, BH_IMGE_IO, "%s: cannot initialise libcurl", R.display);
		goto out;
	}
	load_credentials(&R);
	if (bh_spool_open(&sp, lim.max_total_bytes, R.display, err) < 0)
		goto out;
	if (spool_image(&R, opts, sp.fd, lim.max_json_bytes) < 0)
		goto out;
	rc = bh_image_load_fd(sp.fd, raw, opts, img, err);
out:
	bh_spool_close(&sp);
	if (R.curl)
		curl_easy_cleanup(R.curl);
	free(R.display);
	free(R.host);
	free(R.cred_host);
	free(R.repo);
	free(R.tag);
	free(R.digest);
	free(R.basic);
	free(R.auth_header);
	return rc;
}
