#include "core/discover.h"
#include "core/util.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(const char *dir, int depth, const bh_discover_opts *o, bh_pathlist *out)
{
	if (depth > 32)
		return;
	DIR *d = opendir(dir);
	if (!d)
		return;
	char **names = NULL;
	size_t n = 0, alloc = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		*BH_ARRAY_PUSH(names, n, alloc) = bh_strdup(e->d_name);
	}
	closedir(d);
	if (n > 1) /* qsort wants a non-null array even when empty */
		qsort(names, n, sizeof *names, cmp_str);
	for (size_t i = 0; i < n; i++) {
		size_t dl = strlen(dir);
		char *path = !strcmp(dir, ".") ? bh_strdup(names[i])
			     : bh_asprintf("%.*s/%s", (int)(dl > 1 && dir[dl - 1] == '/' ? dl - 1 : dl), dir, names[i]);
		struct stat st;
		if (lstat(path, &st) == 0) {
			if (S_ISDIR(st.st_mode)) {
				if (strcmp(names[i], ".git") && strcmp(names[i], "node_modules") &&
				    (!o->enter || o->enter(path, names[i], o->arg)))
					walk(path, depth + 1, o, out);
			} else if (S_ISREG(st.st_mode) && o->accept(path, names[i], o->arg)) {
				*BH_ARRAY_PUSH(out->items, out->n, out->alloc) = path;
				path = NULL;
			}
		}
		free(path);
		free(names[i]);
	}
	free(names);
}

struct plain_accept {
	bool (*accept)(const char *, const char *);
};

static bool call_plain(const char *path, const char *name, void *arg)
{
	return ((const struct plain_accept *)arg)->accept(path, name);
}

void bh_discover(const char *dir, bool (*accept)(const char *, const char *), bh_pathlist *out)
{
	struct plain_accept pa = { accept };
	bh_discover_opts o = { .accept = call_plain, .arg = &pa };
	walk(dir, 0, &o, out);
}

void bh_discover_with(const char *dir, const bh_discover_opts *o, bh_pathlist *out)
{
	walk(dir, 0, o, out);
}

void bh_pathlist_free(bh_pathlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->items[i]);
	free(l->items);
	memset(l, 0, sizeof *l);
}
