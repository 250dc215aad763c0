#include "core/util.h"
#include "core/strbuf.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

_Noreturn void bh_die(const char *fmt, ...)
{
	va_list ap;
	fputs("bulkhead: fatal: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

void *bh_malloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		bh_die("out of memory allocating %zu bytes", n);
	return p;
}

void *bh_calloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		bh_die("out of memory allocating %zu x %zu bytes", n, size);
	return p;
}

void *bh_realloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		bh_die("out of memory allocating %zu bytes", n);
	return q;
}

void bh_array_grow(void **arr, size_t *alloc, size_t need, size_t size)
{
	if (need <= *alloc)
		return;
	size_t n = *alloc ? *alloc : 8;
	while (n < need) {
		if (n > SIZE_MAX / 2 / size)
			bh_die("out of memory growing an array to %zu items", need);
		n *= 2;
	}
	*arr = bh_realloc(*arr, n * size);
	*alloc = n;
}

char *bh_strdup(const char *s)
{
	return bh_strndup(s, strlen(s));
}

char *bh_strndup(const char *s, size_t n)
{
	char *p = bh_malloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *bh_asprintf(const char *fmt, ...)
{
	strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	return strbuf_detach(&sb, NULL);
}

bool bh_starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool bh_ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && memcmp(s + a - b, suffix, b) == 0;
}

bool bh_strcaseeq(const char *a, const char *b)
{
	return strcasecmp(a, b) == 0;
}

const char *bh_strcasestr(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	if (!n)
		return hay;
	for (; *hay; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return hay;
	return NULL;
}

const char *bh_basename(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

char *bh_read_file(const char *path, size_t max_bytes, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	struct stat st;
	if (fstat(fd, &st) < 0) {
		close(fd);
		return NULL;
	}
	if (S_ISDIR(st.st_mode)) {
		close(fd);
		errno = EISDIR;
		return NULL;
	}
	strbuf sb = STRBUF_INIT;
	/* A regular file is read straight into a buffer of its size plus one
	 * byte: when the read returns exactly the size fstat gave, that is the
	 * whole file and a small file costs one read. A file that is shorter
	 * or longer by now goes on through the loop below, to its end. */
	if (S_ISREG(st.st_mode) && st.st_size >= 0 && (uintmax_t)st.st_size < max_bytes) {
		size_t want = (size_t)st.st_size + 1, got = 0;
		strbuf_grow(&sb, want);
		for (;;) {
			ssize_t r = read(fd, sb.buf, want);
			if (r < 0 && errno == EINTR)
				continue;
			if (r < 0) {
				int e = errno;
				strbuf_release(&sb);
				close(fd);
				errno = e;
				return NULL;
			}
			got = (size_t)r;
			break;
		}
		sb.len = got;
		sb.buf[got] = '\0';
		if (got == want - 1) {
			close(fd);
			return strbuf_detach(&sb, len);
		}
	}
	char tmp[65536];
	for (;;) {
		ssize_t r = read(fd, tmp, sizeof tmp);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			strbuf_release(&sb);
			close(fd);
			errno = e;
			return NULL;
		}
		if (r == 0)
			break;
		if (sb.len + (size_t)r > max_bytes) {
			strbuf_release(&sb);
			close(fd);
			errno = EFBIG;
			return NULL;
		}
		strbuf_add(&sb, tmp, (size_t)r);
	}
	close(fd);
	return strbuf_detach(&sb, len);
}
