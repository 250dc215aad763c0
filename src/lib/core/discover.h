/* Finding the files an audit should look at under a directory. */
#ifndef BH_DISCOVER_H
#define BH_DISCOVER_H

#include <stdbool.h>
#include <stddef.h>

typedef struct bh_pathlist {
	char **items;
	size_t n, alloc;
} bh_pathlist;

/* Calls accept(path, name) for every regular file under dir (sorted, depth
 * at most 32, skipping .git, node_modules and symlinked directories) and
 * collects those it accepts. */
void bh_discover(const char *dir, bool (*accept)(const char *path, const char *name), bh_pathlist *out);

/* The same walk with a say on directories: enter(path, name, arg) is asked
 * before descending into each directory below dir (.git, node_modules and
 * symlinked directories are never entered), accept(path, name, arg) for each
 * regular file. A NULL enter enters everything. */
typedef struct bh_discover_opts {
	bool (*enter)(const char *path, const char *name, void *arg);
	bool (*accept)(const char *path, const char *name, void *arg);
	void *arg;
} bh_discover_opts;
void bh_discover_with(const char *dir, const bh_discover_opts *o, bh_pathlist *out);
void bh_pathlist_free(bh_pathlist *l);

#endif
