#include "core/arena.h"
#include "core/util.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct bh_arena_chunk {
	bh_arena_chunk *next;
	alignas(max_align_t) char data[];
};

/* Big enough that a typical Dockerfile fits in one or two chunks. */
#define CHUNK_DATA (16 * 1024 - sizeof(bh_arena_chunk))

void *bh_arena_alloc(bh_arena *a, size_t n)
{
	const size_t align = alignof(max_align_t);
	if (n > SIZE_MAX / 2)
		bh_die("out of memory: %zu bytes", n);
	size_t need = (n + align - 1) & ~(align - 1);
	if (need > a->left) {
		size_t size = need > CHUNK_DATA ? need : CHUNK_DATA;
		bh_arena_chunk *c = bh_malloc(sizeof *c + size);
		c->next = a->head;
		a->head = c;
		a->cur = c->data;
		a->left = size;
	}
	void *p = a->cur;
	a->cur += need;
	a->left -= need;
	return p;
}

char *bh_arena_strndup(bh_arena *a, const char *s, size_t n)
{
	char *d = bh_arena_alloc(a, n + 1);
	if (n)
		memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *bh_arena_strdup(bh_arena *a, const char *s)
{
	return bh_arena_strndup(a, s, strlen(s));
}

void bh_arena_release(bh_arena *a)
{
	for (bh_arena_chunk *c = a->head, *next; c; c = next) {
		next = c->next;
		free(c);
	}
	a->head = NULL;
	a->cur = NULL;
	a->left = 0;
}
