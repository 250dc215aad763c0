/* Growable, always NUL-terminated byte strings. */
#ifndef BH_STRBUF_H
#define BH_STRBUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

typedef struct strbuf {
	char *buf;   /* never NULL after strbuf_init: points at "" when empty */
	size_t len;
	size_t alloc;
} strbuf;

#define STRBUF_INIT { .buf = strbuf_empty_, .len = 0, .alloc = 0 }
extern char strbuf_empty_[1];

void strbuf_init(strbuf *sb);
void strbuf_release(strbuf *sb);
void strbuf_reset(strbuf *sb);
void strbuf_grow(strbuf *sb, size_t extra);
void strbuf_addstr(strbuf *sb, const char *s);

/* Inline: parsers and reporters append millions of single characters and
 * short pieces, and the room check is all most of them need. */
static inline void strbuf_add(strbuf *sb, const void *data, size_t len)
{
	if (len >= sb->alloc - sb->len) /* alloc > len whenever alloc != 0 */
		strbuf_grow(sb, len);
	memcpy(sb->buf + sb->len, data, len);
	sb->len += len;
	sb->buf[sb->len] = '\0';
}

static inline void strbuf_addch(strbuf *sb, char c)
{
	if (sb->alloc - sb->len < 2)
		strbuf_grow(sb, 1);
	sb->buf[sb->len++] = c;
	sb->buf[sb->len] = '\0';
}
void strbuf_addf(strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void strbuf_vaddf(strbuf *sb, const char *fmt, va_list ap);
/* Hands the buffer to the caller (malloc'd) and leaves sb empty. */
char *strbuf_detach(strbuf *sb, size_t *len);

#endif
