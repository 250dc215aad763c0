/* A bump allocator for data that lives and dies together (the tree of one
 * parsed file): thousands of small strings cost a few large allocations,
 * and releasing them is one walk over the chunks instead of a free each. */
#ifndef BH_ARENA_H
#define BH_ARENA_H

#include <stddef.h>

typedef struct bh_arena_chunk bh_arena_chunk;

typedef struct bh_arena {
	bh_arena_chunk *head; /* newest chunk first */
	char *cur;            /* free space in head */
	size_t left;
} bh_arena;

#define BH_ARENA_INIT { NULL, NULL, 0 }

/* n bytes aligned for any object; never NULL (dies when out of memory). */
void *bh_arena_alloc(bh_arena *a, size_t n);
/* Copies of s (n bytes of it, plus a NUL). */
char *bh_arena_strndup(bh_arena *a, const char *s, size_t n);
char *bh_arena_strdup(bh_arena *a, const char *s);
/* Frees every chunk; the arena is empty and usable again. */
void bh_arena_release(bh_arena *a);

#endif
