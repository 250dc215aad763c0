/* Growable, always NUL-terminated byte strings. */
#ifndef BH_STRBUF_H
#define BH_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

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
void strbuf_add(strbuf *sb, const void *data, size_t len);
void strbuf_addstr(strbuf *sb, const char *s);
void strbuf_addch(strbuf *sb, char c);
void strbuf_addf(strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void strbuf_vaddf(strbuf *sb, const char *fmt, va_list ap);
/* Hands the buffer to the caller (malloc'd) and leaves sb empty. */
char *strbuf_detach(strbuf *sb, size_t *len);

#endif
