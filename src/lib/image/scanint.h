/* Internals shared by the image checks (image/check_*.c). */
#ifndef BH_IMAGE_SCANINT_H
#define BH_IMAGE_SCANINT_H

#include "image/scan.h"

/* One secret or credential file the collector saw in a layer. */
typedef struct scan_hit {
	int layer;
	char *path;     /* normalized path in the layer */
	const char *kind; /* "AWS access key id", "npm credentials (.npmrc)", ... (static) */
	int line;       /* 0 for a whole-file credential */
	char *evidence; /* masked */
	bool credfile;  /* IMG021 rather than IMG020 */
} scan_hit;

/* Contents of one os-release file as one layer wrote it. */
typedef struct scan_osrel {
	int layer;
	char *path;
	char *text;
} scan_osrel;

struct bh_scan_collector {
	unsigned scanners;
	bh_content_cb cb;
	scan_hit *hits;
	size_t nhits, hits_alloc, hits_dropped;
	scan_osrel *osrel;
	size_t nosrel, osrel_alloc;
	struct scan_file *cur; /* the file being streamed */
	struct bh_secret_stream *secrets; /* the pattern engine (core/secret_stream.h); NULL without the secret scanner */
};

const bh_rule *scan_rule(const char *id);
bh_finding *scan_add(bh_findings *f, const bh_scan_opts *o, const char *id, const char *object, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

void scan_check_config(const bh_image *img, const bh_scan_opts *o, bh_findings *f);
void scan_check_osrelease(const bh_image *img, const bh_scan_collector *c, const bh_scan_opts *o, bh_findings *f);
void scan_check_fs(const bh_image *img, const bh_scan_opts *o, bh_findings *f);
void scan_check_secrets(const bh_image *img, const bh_scan_collector *c, const bh_scan_opts *o, bh_findings *f);
void scan_check_anomalies(const bh_image *img, const bh_scan_opts *o, bh_findings *f);

/* Parses "YYYY-MM-DD[THH:MM:SS...]" into a UTC time; false when it is not a date. */
bool scan_parse_date(const char *s, time_t *out);

#endif
