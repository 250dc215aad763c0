#include "core/discover.h"
#include "core/util.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct dir_entry {
	char *name;
	unsigned char type; /* d_type: DT_UNKNOWN when the file system does not say */
} dir_entry;

static int cmp_entry(const void *a, const void *b)
{
	return strcmp(((const dir_entry *)a)->name, ((const dir_entry *)b)->name);
}

static void walk(const char *dir, int depth, const bh_discover_opts *o, bh_pathlist *out)
{
	if (depth > 32)
		return;
	/* getdents64 on a buffer of our own rather than opendir: a tree of
	 * many small directories (one Dockerfile each) paid for an fstat and a
	 * 32 KiB allocation per directory. */
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return;
	dir_entry *names = NULL;
	size_t n = 0, alloc = 0;
	_Alignas(struct dirent64) char buf[8192];
	ssize_t got;
	while ((got = getdents64(fd, buf, sizeof buf)) > 0) {
		for (ssize_t off = 0; off < got;) {
			const struct dirent64 *e = (const struct dirent64 *)(buf + off);
			off += e->d_reclen;
			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			*BH_ARRAY_PUSH(names, n, alloc) = (dir_entry){ bh_strdup(e->d_name), e->d_type };
		}
	}
	close(fd);
	if (n > 1) /* qsort wants a non-null array even when empty */
		qsort(names, n, sizeof *names, cmp_entry);
	size_t dl = strlen(dir);
	for (size_t i = 0; i < n; i++) {
		const char *name = names[i].name;
		char *path = !strcmp(dir, ".") ? bh_strdup(name)
			     : bh_asprintf("%.*s/%s", (int)(dl > 1 && dir[dl - 1] == '/' ? dl - 1 : dl), dir, name);
		/* The type from the directory is what lstat would say; ask lstat
		 * only when the file system left it out (one system call per
		 * entry saved on a large tree). */
		bool is_dir = names[i].type == DT_DIR, is_reg = names[i].type == DT_REG;
		struct stat st;
		if (names[i].type == DT_UNKNOWN && lstat(path, &st) == 0) {
			is_dir = S_ISDIR(st.st_mode);
			is_reg = S_ISREG(st.st_mode);
		}
		if (is_dir) {
			if (strcmp(name, ".git") && strcmp(name, "node_modules") &&
			    (!o->enter || o->enter(path, name, o->arg)))
				walk(path, depth + 1, o, out);
		} else if (is_reg && o->accept(path, name, o->arg)) {
			*BH_ARRAY_PUSH(out->items, out->n, out->alloc) = path;
			path = NULL;
		}
		free(path);
		free(names[i].name);
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
