#include "core/strbuf.h"
#include "core/util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char strbuf_empty_[1];

void strbuf_init(strbuf *sb)
{
	sb->buf = strbuf_empty_;
	sb->len = 0;
	sb->alloc = 0;
}

void strbuf_release(strbuf *sb)
{
	if (sb->alloc)
		free(sb->buf);
	strbuf_init(sb);
}

void strbuf_reset(strbuf *sb)
{
	sb->len = 0;
	if (sb->alloc)
		sb->buf[0] = '\0';
}

void strbuf_grow(strbuf *sb, size_t extra)
{
	if (extra > SIZE_MAX / 2 - sb->len - 1)
		bh_die("out of memory: string of %zu bytes", sb->len + extra);
	size_t need = sb->len + extra + 1;
	if (need <= sb->alloc)
		return;
	size_t n = sb->alloc ? sb->alloc : 64;
	while (n < need)
		n *= 2;
	if (sb->alloc) {
		sb->buf = bh_realloc(sb->buf, n);
	} else {
		sb->buf = bh_malloc(n);
		sb->buf[0] = '\0';
	}
	sb->alloc = n;
}

void strbuf_addstr(strbuf *sb, const char *s)
{
	strbuf_add(sb, s, strlen(s));
}

void strbuf_vaddf(strbuf *sb, const char *fmt, va_list ap)
{
	/* Formats straight into the free space and only formats a second time
	 * when it did not fit, instead of always measuring first. */
	if (!sb->alloc)
		strbuf_grow(sb, 63);
	size_t avail = sb->alloc - sb->len;
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(sb->buf + sb->len, avail, fmt, cp);
	va_end(cp);
	if (n < 0) {
		sb->buf[sb->len] = '\0';
		return;
	}
	if ((size_t)n >= avail) {
		strbuf_grow(sb, (size_t)n);
		vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
	}
	sb->len += (size_t)n;
}

void strbuf_addf(strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(sb, fmt, ap);
	va_end(ap);
}

char *strbuf_detach(strbuf *sb, size_t *len)
{
	char *r;
	if (len)
		*len = sb->len;
	if (sb->alloc)
		r = sb->buf;
	else
		r = bh_strdup("");
	strbuf_init(sb);
	return r;
}
