/* Allocation that never returns NULL, small string helpers, cleanup attributes. */
#ifndef BH_UTIL_H
#define BH_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>

void *bh_malloc(size_t n);
void *bh_calloc(size_t n, size_t size);
void *bh_realloc(void *p, size_t n);
/* Grows *arr so it can hold at least `need` items of `size` bytes. */
void bh_array_grow(void **arr, size_t *alloc, size_t need, size_t size);
char *bh_strdup(const char *s);
char *bh_strndup(const char *s, size_t n);
char *bh_asprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void bh_die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

bool bh_starts_with(const char *s, const char *prefix);
bool bh_ends_with(const char *s, const char *suffix);
bool bh_strcaseeq(const char *a, const char *b);
/* Case-insensitive substring search. */
const char *bh_strcasestr(const char *hay, const char *needle);
const char *bh_basename(const char *path);

/* Reads a whole file, refusing files larger than max_bytes. Returns NULL and sets errno. */
char *bh_read_file(const char *path, size_t max_bytes, size_t *len);

static inline void bh_freep(void *p) { free(*(void **)p); }
#define _cleanup_free_ __attribute__((cleanup(bh_freep)))

/* The room check is inline: most pushes need no growth. */
#define BH_ARRAY_PUSH(arr, n, alloc) \
	((n) + 1 > (alloc) ? bh_array_grow((void **)&(arr), &(alloc), (n) + 1, sizeof(*(arr))) : (void)0, \
	 &(arr)[(n)++])

#define BH_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
