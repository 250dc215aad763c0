#include "host/engine.h"

#include <curl/curl.h>
#include <errno.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"

int bh_engine_open(bh_engine *e, const char *host, char **err)
{
	memset(e, 0, sizeof *e);
	e->timeout_ms = 10000;
	if (!host || !*host)
		host = getenv("DOCKER_HOST");
	if (!host || !*host)
		host = BH_ENGINE_DEFAULT_HOST;
	e->host = bh_strdup(host);
	if (bh_starts_with(host, "unix://")) {
		if (!host[7]) {
			*err = bh_asprintf("%s: empty socket path", host);
			goto fail;
		}
		e->unix_path = bh_strdup(host + 7);
		e->base_url = bh_strdup("http://localhost");
	} else if (bh_starts_with(host, "tcp://") || bh_starts_with(host, "http://")) {
		const char *hp = strstr(host, "://") + 3;
		size_t n = strcspn(hp, "/");
		if (n == 0) {
			*err = bh_asprintf("%s: no host name", host);
			goto fail;
		}
		e->base_url = bh_asprintf("http://%.*s", (int)n, hp);
	} else {
		*err = bh_asprintf("%s: unsupported Docker host (expected unix:// or tcp://)", host);
		goto fail;
	}
	return 0;
fail:
	bh_engine_close(e);
	return -1;
}

void bh_engine_close(bh_engine *e)
{
	if (e->curl)
		curl_easy_cleanup(e->curl);
	free(e->host);
	free(e->unix_path);
	free(e->base_url);
	memset(e, 0, sizeof *e);
}

struct sink {
	strbuf *body;
	int too_big;
};

static size_t on_data(char *data, size_t size, size_t nmemb, void *arg)
{
	struct sink *s = arg;
	size_t n = size * nmemb;
	if (s->body->len + n > BH_ENGINE_MAX_BODY) {
		s->too_big = 1;
		return 0;
	}
	strbuf_add(s->body, data, n);
	return n;
}

long bh_engine_get(bh_engine *e, const char *path, strbuf *body, char **err)
{
	if (!e->curl) {
		/* curl_global_init is implied on first use; bulkhead is single-threaded. */
		e->curl = curl_easy_init();
		if (!e->curl) {
			*err = bh_strdup("cannot initialise libcurl");
			return -1;
		}
	}
	CURL *c = e->curl;
	curl_easy_reset(c);
	char *url = bh_asprintf("%s%s", e->base_url, path);
	struct sink s = { .body = body };
	char errbuf[CURL_ERROR_SIZE] = "";
	strbuf_reset(body);
	curl_easy_setopt(c, CURLOPT_URL, url);
	if (e->unix_path)
		curl_easy_setopt(c, CURLOPT_UNIX_SOCKET_PATH, e->unix_path);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, e->timeout_ms);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http");
	curl_easy_setopt(c, CURLOPT_USERAGENT, "bulkhead/" BULKHEAD_VERSION);
	CURLcode rc = curl_easy_perform(c);
	free(url);
	if (rc != CURLE_OK) {
		struct stat st;
		if (e->unix_path && rc == CURLE_COULDNT_CONNECT && stat(e->unix_path, &st) < 0)
			*err = bh_asprintf("%s: %s", e->unix_path, strerror(errno));
		else if (e->unix_path && rc == CURLE_COULDNT_CONNECT)
			*err = bh_asprintf("%s: cannot connect to the socket", e->unix_path);
		else if (s.too_big)
			*err = bh_asprintf("%s%s: answer larger than %u bytes", e->host, path, BH_ENGINE_MAX_BODY);
		else
			*err = bh_asprintf("%s: %s", e->host, *errbuf ? errbuf : curl_easy_strerror(rc));
		return -1;
	}
	long status = 0;
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	return status;
}

struct stream_sink {
	CURL *c;
	bh_engine_sink fn;
	void *arg;
	strbuf *errbody;
	int aborted;
};

static size_t on_stream(char *data, size_t size, size_t nmemb, void *arg)
{
	struct stream_sink *s = arg;
	size_t n = size * nmemb;
	long status = 0;
	curl_easy_getinfo(s->c, CURLINFO_RESPONSE_CODE, &status);
	if (status != 200) {
		if (s->errbody->len < 65536)
			strbuf_add(s->errbody, data, n < 65536 - s->errbody->len ? n : 65536 - s->errbody->len);
		return n;
	}
	if (s->fn(s->arg, data, n) != 0) {
		s->aborted = 1;
		return 0;
	}
	return n;
}

long bh_engine_get_stream(bh_engine *e, const char *path, bh_engine_sink sink, void *arg, strbuf *errbody,
			  char **err)
{
	*err = NULL;
	if (!e->curl) {
		e->curl = curl_easy_init();
		if (!e->curl) {
			*err = bh_strdup("cannot initialise libcurl");
			return -1;
		}
	}
	CURL *c = e->curl;
	curl_easy_reset(c);
	char *url = bh_asprintf("%s%s", e->base_url, path);
	struct stream_sink s = { .c = c, .fn = sink, .arg = arg, .errbody = errbody };
	char errbuf[CURL_ERROR_SIZE] = "";
	strbuf_reset(errbody);
	curl_easy_setopt(c, CURLOPT_URL, url);
	if (e->unix_path)
		curl_easy_setopt(c, CURLOPT_UNIX_SOCKET_PATH, e->unix_path);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_stream);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, e->timeout_ms);
	/* a stalled export: less than 1 byte per second for timeout_ms */
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, (e->timeout_ms + 999) / 1000);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http");
	curl_easy_setopt(c, CURLOPT_USERAGENT, "bulkhead/" BULKHEAD_VERSION);
	CURLcode rc = curl_easy_perform(c);
	free(url);
	if (rc != CURLE_OK) {
		if (s.aborted)
			return -1;
		struct stat st;
		if (e->unix_path && rc == CURLE_COULDNT_CONNECT && stat(e->unix_path, &st) < 0)
			*err = bh_asprintf("%s: %s", e->unix_path, strerror(errno));
		else if (e->unix_path && rc == CURLE_COULDNT_CONNECT)
			*err = bh_asprintf("%s: cannot connect to the socket", e->unix_path);
		else
			*err = bh_asprintf("%s: %s", e->host, *errbuf ? errbuf : curl_easy_strerror(rc));
		return -1;
	}
	long status = 0;
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	return status;
}
