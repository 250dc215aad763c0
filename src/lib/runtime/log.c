/* Runtime logging: errors to standard error and, with --log, to a file in
 * the form containerd's shim reads back ({"level","msg","time"} JSON lines,
 * or logfmt-style text with --log-format text). */
#include "runtime/rt_int.h"
#include "core/jsonw.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int rt_fail(rt_err *e, int errnum, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	if (errnum) {
		size_t n = strlen(e->msg);
		snprintf(e->msg + n, sizeof e->msg - n, ": %s", strerror(errnum));
	}
	return -1;
}

char *rt_now_rfc3339(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	struct tm tm;
	gmtime_r(&ts.tv_sec, &tm);
	char buf[64];
	size_t n = strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(buf + n, sizeof buf - n, ".%09ldZ", ts.tv_nsec);
	return bh_strdup(buf);
}

static void log_line(const rt_opts *o, const char *level, const char *msg)
{
	if (!o->log_path)
		return;
	int fd = open(o->log_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
	if (fd < 0)
		return;
	char *now = rt_now_rfc3339();
	strbuf sb = STRBUF_INIT;
	if (o->log_json) {
		jsonw w;
		jsonw_init(&w, &sb, false);
		jsonw_obj_open(&w);
		jsonw_kstr(&w, "level", level);
		jsonw_kstr(&w, "msg", msg);
		jsonw_kstr(&w, "time", now);
		jsonw_obj_close(&w);
	} else {
		strbuf_addf(&sb, "time=\"%s\" level=%s msg=\"", now, level);
		json_escape(&sb, msg, strlen(msg));
		strbuf_addch(&sb, '"');
	}
	strbuf_addch(&sb, '\n');
	ssize_t unused = write(fd, sb.buf, sb.len);
	(void)unused;
	close(fd);
	strbuf_release(&sb);
	free(now);
}

void rt_log_error(const rt_opts *o, const char *fmt, ...)
{
	char msg[4096];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	fprintf(stderr, "bulkhead runtime: %s\n", msg);
	log_line(o, "error", msg);
}

void rt_log_warn(const rt_opts *o, const char *fmt, ...)
{
	char msg[4096];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	fprintf(stderr, "bulkhead runtime: warning: %s\n", msg);
	log_line(o, "warning", msg);
}

void rt_log_debug(const rt_opts *o, const char *fmt, ...)
{
	if (!o->debug)
		return;
	char msg[4096];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	log_line(o, "debug", msg);
}
