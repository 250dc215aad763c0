/* Where an image comes from, as the user names it on the command line:
 *
 *   docker:NAME[:TAG]                  the local daemon (Engine API /images/{name}/get)
 *   registry:HOST/REPO:TAG             a registry (OCI distribution API)
 *   registry:HOST/REPO@sha256:HEX
 *   PATH                               docker-archive tar/tar.gz, OCI layout dir or tar
 *
 * The daemon and the registry deliver a stream, and the loader needs the
 * image's JSON (manifest.json comes last in a `docker save` stream) before it
 * can place a layer. So both spool into one unlinked temporary file that the
 * process owns (O_TMPFILE: it disappears with the process, even on a crash),
 * bounded by max_total_bytes, and the loader reads it like an archive on
 * disk. Nothing from the image is ever written anywhere else. */
#ifndef BH_IMAGE_SOURCE_H
#define BH_IMAGE_SOURCE_H

#include <stdbool.h>
#include <stdint.h>

#include "image/image.h"

typedef struct bh_source_opts {
	bool insecure_registry;    /* plain http to any registry (127.0.0.1 and localhost always use it) */
	const char *docker_config; /* NULL: $DOCKER_CONFIG/config.json, else ~/.docker/config.json */
	/* Called now and then while bytes arrive; may be NULL. */
	void (*progress)(void *arg, const char *what, uint64_t bytes);
	void *progress_arg;
} bh_source_opts;

int bh_image_open(const char *ref, const bh_image_opts *opts, const bh_source_opts *so, bh_image *img,
		  bh_image_error *err);

/* NAME[:TAG] or an image id, from the daemon at $DOCKER_HOST. */
int bh_image_load_daemon(const char *name, const bh_image_opts *opts, const bh_source_opts *so, bh_image *img,
			 bh_image_error *err);
/* HOST/REPO:TAG or HOST/REPO@DIGEST. */
int bh_image_load_registry(const char *ref, const bh_image_opts *opts, const bh_source_opts *so, bh_image *img,
			   bh_image_error *err);

/* Splits a WWW-Authenticate header ("Bearer realm=\"...\",service=...,scope=...")
 * into malloc'd parts (NULL when absent). 0, or -1 when there is no scheme. */
int bh_registry_parse_challenge(const char *hdr, char **scheme, char **realm, char **service, char **scope);

/* ---- shared by the sources: the bounded spool file ---- */
typedef struct bh_spool {
	int fd;
	uint64_t written, max;
	bh_image_error *err;
	const char *what;
} bh_spool;

int bh_spool_open(bh_spool *s, uint64_t max, const char *what, bh_image_error *err);
/* 0, or -1 with err set (limit-bytes, io-error). */
int bh_spool_write(bh_spool *s, const void *p, size_t n);
void bh_spool_close(bh_spool *s);

#endif
