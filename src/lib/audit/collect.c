/* One walk over a source tree, sorting what it finds for lint and config. */
#include "audit/audit.h"
#include "core/discover.h"
#include "core/util.h"
#include "dockerfile/files.h"
#include "spec/spec.h"

#include <string.h>
#include <sys/stat.h>

/* Folders that hold other people's code, caches or build output: a file in
 * them does not describe how this project runs. */
static const char *const skipped_names[] = {
	".hg", ".svn", ".venv", ".tox", "__pycache__", ".terraform",
};

/* A CMake or Ninja build tree may have any name; its marker files tell. */
static const char *const build_markers[] = { "CMakeCache.txt", "build.ninja" };

bool au_skip_dir(const char *path, const char *name)
{
	for (size_t i = 0; i < BH_ARRAY_SIZE(skipped_names); i++)
		if (!strcmp(name, skipped_names[i]))
			return true;
	for (size_t i = 0; i < BH_ARRAY_SIZE(build_markers); i++) {
		char *marker = bh_asprintf("%s/%s", path, build_markers[i]);
		struct stat st;
		bool found = lstat(marker, &st) == 0 && S_ISREG(st.st_mode);
		free(marker);
		if (found)
			return true;
	}
	return false;
}

typedef struct walk_ctx {
	const char *root;
	size_t root_len; /* prefix to strip, "root/" */
	const au_ignore *ig;
	const bh_policy *policy;
} walk_ctx;

static const char *relative(const walk_ctx *w, const char *path)
{
	if (w->root_len && !strncmp(path, w->root, w->root_len - 1) && path[w->root_len - 1] == '/')
		return path + w->root_len;
	return path;
}

static bool excluded(const walk_ctx *w, const char *path, bool is_dir)
{
	return au_ignored(w->ig, relative(w, path), is_dir) || bh_policy_path_ignored(w->policy, path);
}

static bool enter(const char *path, const char *name, void *arg)
{
	const walk_ctx *w = arg;
	return !au_skip_dir(path, name) && !excluded(w, path, true);
}

static bool accept(const char *path, const char *name, void *arg)
{
	const walk_ctx *w = arg;
	if (!df_is_dockerfile_name(path, name) && !cs_is_candidate_name(path, name))
		return false;
	return !excluded(w, path, false);
}

void au_collect(const char *root, const au_ignore *ig, const bh_policy *policy, au_files *out)
{
	walk_ctx w = { .root = root, .ig = ig, .policy = policy };
	/* bh_discover names files "root/rel", or just "rel" under ".". */
	if (strcmp(root, ".")) {
		size_t rl = strlen(root);
		while (rl > 1 && root[rl - 1] == '/')
			rl--;
		w.root_len = rl + 1;
	}
	bh_discover_opts o = { .enter = enter, .accept = accept, .arg = &w };
	bh_pathlist found = { 0 };
	bh_discover_with(root, &o, &found);
	for (size_t i = 0; i < found.n; i++) {
		au_file *f = BH_ARRAY_PUSH(out->items, out->n, out->alloc);
		f->path = found.items[i];
		f->kind = df_is_dockerfile_name(f->path, bh_basename(f->path)) ? AU_DOCKERFILE : AU_SPEC;
	}
	free(found.items);
}

void au_files_release(au_files *f)
{
	for (size_t i = 0; i < f->n; i++)
		free(f->items[i].path);
	free(f->items);
	memset(f, 0, sizeof *f);
}
