/* A small Docker Engine API client: GET a path, get the body back.
 *
 * Reusable by every command that talks to a daemon. The address follows the
 * docker CLI: DOCKER_HOST (unix:///path or tcp://host:port, plain HTTP), else
 * unix:///var/run/docker.sock. TLS to a remote daemon is not supported yet. */
#ifndef BH_HOST_ENGINE_H
#define BH_HOST_ENGINE_H

#include <stddef.h>

#include "core/strbuf.h"

#define BH_ENGINE_DEFAULT_HOST "unix:///var/run/docker.sock"
#define BH_ENGINE_MAX_BODY (32u << 20) /* refuse larger answers */

typedef struct bh_engine {
	char *host;        /* as given, e.g. unix:///run/docker.sock */
	char *unix_path;   /* socket path for unix://, else NULL */
	char *base_url;    /* http://localhost or http://host:port */
	long timeout_ms;   /* whole request; default 10 s */
	void *curl;        /* CURL *, reused between requests */
} bh_engine;

/* host NULL or "" means $DOCKER_HOST, then the default socket. Returns 0, or
 * -1 with *err set (malloc'd) when the address is not understood. */
int bh_engine_open(bh_engine *e, const char *host, char **err);
void bh_engine_close(bh_engine *e);

/* GET path (e.g. "/info"). Returns the HTTP status (200...) with the body in
 * *body, or -1 with *err set (malloc'd) when the daemon could not be reached. */
long bh_engine_get(bh_engine *e, const char *path, strbuf *body, char **err);

/* Receives a streamed body; a non-zero return aborts the transfer. */
typedef int (*bh_engine_sink)(void *arg, const void *data, size_t len);

/* GET path and hand a 200 answer's body to sink as it arrives, without
 * holding it (image exports are gigabytes). There is no limit on the whole
 * transfer, only on connecting and on a stalled stream (no byte for
 * timeout_ms). Any other status keeps up to 64 KiB of its body in *errbody
 * (the daemon's JSON error message). Returns the status, or -1 with *err set
 * when the daemon could not be reached or sink aborted (then *err is NULL). */
long bh_engine_get_stream(bh_engine *e, const char *path, bh_engine_sink sink, void *arg, strbuf *errbody,
			  char **err);

#endif
