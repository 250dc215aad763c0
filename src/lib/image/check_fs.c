/* Checks over the final filesystem view: privilege bits, permissions, what a
 * minimal image would not ship, and what a build should not leave behind. */
#include "image/scanint.h"

#include <string.h>

#include "core/glob.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "image/imgint.h"

/* What a distroless image does without: shells and package managers. */
static const char *const shells[] = { "bin/sh", "bin/bash", "bin/dash", "bin/ash", "bin/zsh", "bin/busybox",
				      "usr/bin/sh", "usr/bin/bash", "usr/bin/dash", "usr/bin/zsh" };
static const char *const pkg_managers[] = { "usr/bin/apt", "usr/bin/apt-get", "usr/bin/dpkg", "sbin/apk",
					    "usr/bin/yum", "usr/bin/dnf", "usr/bin/microdnf", "usr/bin/rpm",
					    "usr/bin/zypper", "usr/bin/pip", "usr/bin/pip3", "usr/local/bin/pip",
					    "usr/local/bin/pip3", "usr/bin/npm", "usr/local/bin/npm" };

static const char *const histories[] = { ".bash_history", ".zsh_history", ".ash_history", ".sh_history",
					 ".python_history", ".mysql_history", ".psql_history", ".node_repl_history",
					 ".sqlite_history", ".rediscli_history" };

/* Package caches: directory, and what counts as left behind inside it. */
static const struct cache {
	const char *dir;
	const char *what;
	const char *const *skip; /* names that are there in a clean image */
} caches[] = {
	{ "var/cache/apt/archives", "apt package cache", (const char *const[]){ "lock", "partial", NULL } },
	{ "var/lib/apt/lists", "apt package lists", (const char *const[]){ "lock", "partial", "auxfiles", NULL } },
	{ "var/cache/apk", "apk package cache", (const char *const[]){ NULL } },
	{ "var/cache/yum", "yum cache", (const char *const[]){ NULL } },
	{ "var/cache/dnf", "dnf cache", (const char *const[]){ NULL } },
	{ "root/.cache/pip", "pip cache", (const char *const[]){ NULL } },
	{ "root/.npm/_cacache", "npm cache", (const char *const[]){ NULL } },
};

typedef struct fs_state {
	const bh_image *img;
	const bh_scan_opts *o;
	bh_findings *f;
	char *git_prefix; /* last reported .git directory: nothing below it again */
	size_t cache_files[BH_ARRAY_SIZE(caches)];
	int64_t cache_bytes[BH_ARRAY_SIZE(caches)];
} fs_state;

static bool allowed(const bh_policy *p, const char *path)
{
	if (!p)
		return false;
	for (size_t i = 0; i < p->nsetuid_allow; i++) {
		const char *pat = p->setuid_allow[i];
		while (*pat == '/')
			pat++;
		if (bh_glob_match(pat, path))
			return true;
	}
	return false;
}

static bool below(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	return !strncmp(path, dir, n) && path[n] == '/';
}

static int visit(const bh_fs_entry *e, void *arg)
{
	fs_state *s = arg;
	const bh_scan_opts *o = s->o;
	_cleanup_free_ char *pp = bh_img_printable(e->path);
	bool file = e->type == BH_FT_REG || e->type == BH_FT_HARDLINK;
	if (file && (e->setuid || e->setgid) && !allowed(o->policy, e->path)) {
		bh_finding *x = scan_add(s->f, o, "IMG012", pp, "/%s is %s%s%s (mode %04o, owner %lld)", pp,
					 e->setuid ? "setuid" : "", e->setuid && e->setgid ? " and " : "",
					 e->setgid ? "setgid" : "", (unsigned)e->mode & 07777, (long long)e->uid);
		(void)x;
	}
	if (file && e->has_caps && !allowed(o->policy, e->path))
		scan_add(s->f, o, "IMG013", pp, "/%s carries file capabilities (security.capability)", pp);
	if (file && (e->mode & 0002))
		scan_add(s->f, o, "IMG014", pp, "/%s is world-writable (mode %04o)", pp, (unsigned)e->mode & 07777);
	if (e->type == BH_FT_DIR && (e->mode & 0002) && !(e->mode & 01000))
		scan_add(s->f, o, "IMG015", pp, "/%s is world-writable without the sticky bit (mode %04o)", pp,
			 (unsigned)e->mode & 07777);

	const char *base = bh_basename(e->path);
	if (e->type == BH_FT_DIR && !strcmp(base, ".git") && !(s->git_prefix && below(e->path, s->git_prefix))) {
		free(s->git_prefix);
		s->git_prefix = bh_strdup(e->path);
		scan_add(s->f, o, "IMG017", pp, "git repository /%s", pp);
	}
	if (e->type == BH_FT_REG && e->size > 0)
		for (size_t i = 0; i < BH_ARRAY_SIZE(histories); i++)
			if (!strcmp(base, histories[i]))
				scan_add(s->f, o, "IMG018", pp, "shell history /%s (%lld bytes)", pp, (long long)e->size);
	if (e->type != BH_FT_DIR) {
		for (size_t i = 0; i < BH_ARRAY_SIZE(caches); i++) {
			if (!below(e->path, caches[i].dir))
				continue;
			const char *rest = e->path + strlen(caches[i].dir) + 1;
			size_t first = strcspn(rest, "/");
			bool skip = false;
			for (const char *const *k = caches[i].skip; *k; k++)
				skip |= strlen(*k) == first && !strncmp(rest, *k, first);
			if (!skip) {
				s->cache_files[i]++;
				s->cache_bytes[i] += e->size > 0 ? e->size : 0;
			}
		}
	}
	return 0;
}

static void minimal_image(const bh_image *img, const bh_scan_opts *o, bh_findings *f)
{
	strbuf have = STRBUF_INIT;
	size_t n = 0;
	for (size_t pass = 0; pass < 2; pass++) {
		const char *const *list = pass ? pkg_managers : shells;
		size_t count = pass ? BH_ARRAY_SIZE(pkg_managers) : BH_ARRAY_SIZE(shells);
		for (size_t i = 0; i < count; i++) {
			const bh_fs_entry *e = bh_fs_lookup(img->fs, list[i]);
			if (!e || e->type == BH_FT_DIR)
				continue;
			strbuf_addf(&have, "%s/%s", have.len ? ", " : "", list[i]);
			n++;
		}
	}
	if (n)
		scan_add(f, o, "IMG016", NULL, "%zu program%s a distroless image would not have: %s", n, n == 1 ? "" : "s",
			 have.buf);
	strbuf_release(&have);
}

void scan_check_fs(const bh_image *img, const bh_scan_opts *o, bh_findings *f)
{
	fs_state s = { .img = img, .o = o, .f = f };
	bh_fs_walk(img->fs, visit, &s);
	free(s.git_prefix);
	for (size_t i = 0; i < BH_ARRAY_SIZE(caches); i++)
		if (s.cache_files[i])
			scan_add(f, o, "IMG019", caches[i].dir, "%s left in /%s: %zu file%s, %lld bytes", caches[i].what,
				 caches[i].dir, s.cache_files[i], s.cache_files[i] == 1 ? "" : "s",
				 (long long)s.cache_bytes[i]);
	minimal_image(img, o, f);
}
