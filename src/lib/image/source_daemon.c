/* docker:NAME — the image as the local daemon exports it
 * (GET /images/{name}/get, the `docker save` format), spooled once into the
 * scan's temporary file (image/source.h says why) and loaded from there. */
#include "image/source.h"

#include <string.h>

#include "core/strbuf.h"
#include "core/util.h"
#include "core/yamldoc.h"
#include "host/engine.h"
#include "image/imgint.h"

struct daemon_sink {
	bh_spool *sp;
	const bh_source_opts *so;
	uint64_t next_report;
};

static int sink(void *arg, const void *data, size_t len)
{
	struct daemon_sink *d = arg;
	if (bh_spool_write(d->sp, data, len) < 0)
		return -1;
	if (d->so && d->so->progress && d->sp->written >= d->next_report) {
		d->so->progress(d->so->progress_arg, "exporting from the daemon", d->sp->written);
		d->next_report = d->sp->written + (8u << 20);
	}
	return 0;
}

/* Names as the daemon knows them: repository[:tag], @digest, or an id. */
static bool valid_name(const char *n)
{
	if (!*n || strlen(n) > 512 || n[0] == '/' || n[0] == '.' || strstr(n, ".."))
		return false;
	for (const char *p = n; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		      strchr("._-/:@", *p)))
			return false;
	return true;
}

int bh_image_load_daemon(const char *name, const bh_image_opts *opts, const bh_source_opts *so, bh_image *img,
			 bh_image_error *err)
{
	memset(img, 0, sizeof *img);
	memset(err, 0, sizeof *err);
	_cleanup_free_ char *display = bh_asprintf("docker:%s", name);
	_cleanup_free_ char *pd = bh_img_printable(display);
	if (!valid_name(name))
		return bh_imgerr(err, BH_IMGE_FORMAT, "%s: not an image name (expected NAME[:TAG], NAME@DIGEST or an id)",
				 pd);
	bh_image_limits lim;
	if (opts && opts->limits)
		lim = *opts->limits;
	else
		bh_image_limits_default(&lim);
	bh_engine eng;
	char *e = NULL;
	if (bh_engine_open(&eng, NULL, &e) < 0) {
		bh_imgerr(err, BH_IMGE_IO, "%s: %s", pd, e);
		free(e);
		return -1;
	}
	bh_spool sp;
	if (bh_spool_open(&sp, lim.max_total_bytes, display, err) < 0) {
		bh_engine_close(&eng);
		return -1;
	}
	_cleanup_free_ char *path = bh_asprintf("/images/%s/get", name);
	struct daemon_sink ds = { .sp = &sp, .so = so };
	strbuf errbody = STRBUF_INIT;
	long status = bh_engine_get_stream(&eng, path, sink, &ds, &errbody, &e);
	bh_engine_close(&eng);
	int rc = -1;
	if (status < 0) {
		if (e) /* otherwise the spool already said why */
			bh_imgerr(err, BH_IMGE_IO, "%s: %s", pd, e);
		free(e);
		goto out;
	}
	if (status != 200) {
		/* {"message":"reference does not exist"} */
		ydoc_set set;
		yerror ye;
		const char *msg = NULL;
		bool parsed = ydoc_parse(errbody.buf, errbody.len, &set, &ye) == 0;
		if (parsed && set.ndocs)
			msg = yscalar(ymap_get(set.docs[0], "message"));
		_cleanup_free_ char *pm = bh_img_printable(msg ? msg : "no message");
		bh_imgerr(err, status == 404 ? BH_IMGE_MISSING : BH_IMGE_IO, "%s: the daemon answered %ld: %s", pd,
			  status, pm);
		if (parsed)
			ydoc_free(&set);
		goto out;
	}
	rc = bh_image_load_fd(sp.fd, display, opts, img, err);
out:
	strbuf_release(&errbody);
	bh_spool_close(&sp);
	return rc;
}
