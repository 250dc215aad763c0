/* Java archives (.jar, .war, .ear): every META-INF/maven/<group>/<artifact>/
 * pom.properties inside (a fat jar shades many), with the licences the
 * pom.xml beside it declares, archives nested in them
 * (WEB-INF/lib/, BOOT-INF/lib/) down to a fixed depth, and, for an archive
 * without pom.properties, its META-INF/MANIFEST.MF with the file name.
 * Archives are read from memory with libarchive's zip reader; every entry
 * read is bounded, so a zip bomb costs at most the limits below. */
#include "pkg/license.h"
#include "pkg/pkgint.h"
#include "pkg/pom_license.h"
#include "pkg/purl.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <archive.h>
#include <archive_entry.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

#define JAR_MAX_DEPTH 4
#define JAR_MAX_ENTRIES 200000
#define JAR_MAX_SMALL (256u * 1024)         /* pom.properties, MANIFEST.MF */
#define JAR_MAX_NESTED (64u * 1024 * 1024)  /* one nested archive */
#define JAR_MAX_TOTAL (256u * 1024 * 1024)  /* everything unpacked from one outer archive */

typedef struct jar_walk {
	bh_pkg_ctx *c;
	uint64_t unpacked;
} jar_walk;

/* Names inside the archive for diagnostics (the file's own path is already
 * part of every diagnostic): "archive" or "WEB-INF/lib/x.jar". */
static const char *shown(jar_walk *w, const char *name)
{
	size_t n = strlen(w->c->path);
	return strncmp(name, w->c->path, n) == 0 && name[n] == '!' ? name + n + 1 : "archive";
}

/* Reads the current entry, at most max bytes; NULL (and a diagnostic)
 * when it is larger or undecodable. */
static char *read_entry(jar_walk *w, struct archive *a, const char *name, size_t max, size_t *len)
{
	strbuf sb = STRBUF_INIT;
	char buf[16384];
	for (;;) {
		la_ssize_t r = archive_read_data(a, buf, sizeof buf);
		if (r == 0)
			break;
		if (r < 0) {
			bh_pkg_diag(w->c, 0, "%s: %s", name, archive_error_string(a) ? archive_error_string(a) : "unreadable");
			strbuf_release(&sb);
			return NULL;
		}
		w->unpacked += (uint64_t)r;
		if (sb.len + (size_t)r > max || w->unpacked > JAR_MAX_TOTAL) {
			bh_pkg_diag(w->c, 0, "%s: larger than the limit of %zu bytes", name, max);
			strbuf_release(&sb);
			return NULL;
		}
		strbuf_add(&sb, buf, (size_t)r);
	}
	return strbuf_detach(&sb, len);
}

/* "key=value" / "Key: value" lines; value of key or NULL. Manifest lines
 * starting with a space continue the previous one. */
static char *prop(const char *data, size_t len, const char *key, char sep)
{
	bh_lines r;
	bh_lines_init(&r, data, len);
	const char *line;
	size_t n, kl = strlen(key);
	char *found = NULL;
	while (bh_lines_next(&r, &line, &n)) {
		if (found) {
			if (n && line[0] == ' ' && sep == ':') {
				char *more = bh_asprintf("%s%.*s", found, (int)(n - 1), line + 1);
				free(found);
				found = more;
				continue;
			}
			break;
		}
		if (n > kl && !strncmp(line, key, kl) && line[kl] == sep)
			found = bh_pkg_trim(line + kl + 1, n - kl - 1);
	}
	return found;
}

static void maven_emit(jar_walk *w, const char *group, const char *artifact, const char *version, char *license)
{
	if (!bh_pkg_printable(artifact) || !bh_pkg_printable(version)) {
		free(license);
		return;
	}
	char *name = group && *group ? bh_asprintf("%s:%s", group, artifact) : bh_strdup(artifact);
	bh_package *p = bh_pkg_new(w->c, "maven", name, version);
	p->license = license;
	p->purl = bh_purl("maven", group && *group ? group : NULL, artifact, version, NULL);
	free(name);
}

/* "commons-io-2.11.0.jar" → artifact "commons-io", version "2.11.0". */
static void split_file_name(const char *path, char **artifact, char **version)
{
	const char *base = bh_basename(path);
	const char *dot = strrchr(base, '.');
	size_t n = dot ? (size_t)(dot - base) : strlen(base);
	*artifact = bh_strndup(base, n);
	*version = NULL;
	for (size_t i = n; i > 0; i--) {
		if (base[i - 1] == '-' && i < n && isdigit((unsigned char)base[i])) {
			(*artifact)[i - 1] = 0;
			*version = bh_strndup(base + i, n - i);
			return;
		}
	}
}

static void jar_read(jar_walk *w, const char *data, size_t len, const char *name, int depth);

/* What one META-INF/maven/<group>/<artifact>/ directory contributed: the
 * package from pom.properties, the licences from pom.xml (either may come
 * first in the archive). A directory with a pom.xml and no pom.properties
 * (some builds and shading tools write only the pom) gets its package from
 * the pom's own coordinates. */
typedef struct maven_dir {
	char *dir;
	size_t pkg;    /* index in the inventory + 1; 0 = none yet */
	bool have_pom;
	bh_pom pom;
} maven_dir;

typedef struct maven_dirs {
	maven_dir *items;
	size_t n, alloc;
} maven_dirs;

static maven_dir *maven_dir_get(maven_dirs *d, const char *path)
{
	size_t n = (size_t)(bh_basename(path) - path);
	for (size_t i = 0; i < d->n; i++)
		if (strlen(d->items[i].dir) == n && !strncmp(d->items[i].dir, path, n))
			return &d->items[i];
	maven_dir *m = BH_ARRAY_PUSH(d->items, d->n, d->alloc);
	memset(m, 0, sizeof *m);
	m->dir = bh_strndup(path, n);
	return m;
}

/* Licences go to the package of the same directory, and a pom without
 * pom.properties makes its own package; the rest is freed. Returns the
 * number of packages made. */
static size_t maven_dirs_finish(jar_walk *w, const char *name, maven_dirs *d)
{
	size_t made = 0;
	for (size_t i = 0; i < d->n; i++) {
		maven_dir *m = &d->items[i];
		if (!m->pkg && m->have_pom) {
			if (m->pom.artifact && m->pom.version) {
				size_t before = w->c->inv->pkgs.n;
				maven_emit(w, m->pom.group, m->pom.artifact, m->pom.version, NULL);
				if (w->c->inv->pkgs.n > before) {
					m->pkg = before + 1;
					made++;
				}
			} else {
				bh_pkg_diag(w->c, 0, "%s: %spom.xml: no artifactId and version (or they refer to properties the pom does not set)",
					    shown(w, name), m->dir);
			}
		}
		if (m->pkg && m->have_pom) {
			bh_package *p = &w->c->inv->pkgs.items[m->pkg - 1];
			if (!p->license && !p->license_name) {
				p->license = m->pom.spdx;
				p->license_name = m->pom.names;
				m->pom.spdx = m->pom.names = NULL;
			}
		}
		free(m->dir);
		bh_pom_release(&m->pom);
	}
	free(d->items);
	return made;
}

static void jar_entries(jar_walk *w, struct archive *a, const char *name, int depth)
{
	struct archive_entry *e;
	size_t entries = 0, poms = 0;
	char *manifest = NULL;
	size_t manifest_len = 0;
	maven_dirs dirs = { 0 };
	int r;
	while ((r = archive_read_next_header(a, &e)) == ARCHIVE_OK) {
		if (++entries > JAR_MAX_ENTRIES) {
			bh_pkg_diag(w->c, 0, "%s: more than %d entries", shown(w, name), JAR_MAX_ENTRIES);
			break;
		}
		const char *path = archive_entry_pathname(e);
		if (!path || archive_entry_filetype(e) != AE_IFREG)
			continue;
		size_t n;
		if (bh_starts_with(path, "META-INF/maven/") && !strcmp(bh_basename(path), "pom.properties")) {
			char *pp = read_entry(w, a, path, JAR_MAX_SMALL, &n);
			if (!pp)
				continue;
			char *g = prop(pp, n, "groupId", '='), *art = prop(pp, n, "artifactId", '='),
			     *v = prop(pp, n, "version", '=');
			if (art && v) {
				size_t before = w->c->inv->pkgs.n;
				maven_emit(w, g, art, v, NULL);
				if (w->c->inv->pkgs.n > before)
					maven_dir_get(&dirs, path)->pkg = before + 1;
				poms++;
			} else {
				bh_pkg_diag(w->c, 0, "%s: %s: no artifactId and version", shown(w, name), path);
			}
			free(g);
			free(art);
			free(v);
			free(pp);
		} else if (bh_starts_with(path, "META-INF/maven/") && !strcmp(bh_basename(path), "pom.xml")) {
			char *xml = read_entry(w, a, path, JAR_MAX_SMALL, &n);
			if (!xml)
				continue;
			maven_dir *m = maven_dir_get(&dirs, path);
			char err[300];
			if (m->have_pom) {
				/* A second copy of the same path: the first one counts. */
			} else if (bh_pom_read(xml, n, &m->pom, err, sizeof err) == 0) {
				m->have_pom = true;
			} else {
				bh_pkg_diag(w->c, 0, "%s: %s: %s", shown(w, name), path, err);
			}
			free(xml);
		} else if (!strcasecmp(path, "META-INF/MANIFEST.MF") && !manifest) {
			manifest = read_entry(w, a, path, JAR_MAX_SMALL, &manifest_len);
		} else if (bh_ends_with(path, ".jar") || bh_ends_with(path, ".war") || bh_ends_with(path, ".ear")) {
			if (depth + 1 > JAR_MAX_DEPTH) {
				bh_pkg_diag(w->c, 0, "%s: %s: archives nested deeper than %d", shown(w, name), path, JAR_MAX_DEPTH);
				continue;
			}
			char *inner = read_entry(w, a, path, JAR_MAX_NESTED, &n);
			if (inner) {
				char *inner_name = bh_asprintf("%s!%s", name, path);
				jar_read(w, inner, n, inner_name, depth + 1);
				free(inner_name);
				free(inner);
			}
		}
	}
	poms += maven_dirs_finish(w, name, &dirs);
	if (r != ARCHIVE_OK && r != ARCHIVE_EOF)
		bh_pkg_diag(w->c, 0, "%s: %s", shown(w, name),
			    archive_error_string(a) ? archive_error_string(a) : "not a zip archive");
	if (!poms) {
		/* No Maven metadata: the file name and the manifest are all there is. */
		char *artifact, *version;
		split_file_name(name, &artifact, &version);
		char *group = manifest ? prop(manifest, manifest_len, "Implementation-Vendor-Id", ':') : NULL;
		char *mver = manifest ? prop(manifest, manifest_len, "Implementation-Version", ':') : NULL;
		if (!mver && manifest)
			mver = prop(manifest, manifest_len, "Bundle-Version", ':');
		char *lic = manifest ? prop(manifest, manifest_len, "Bundle-License", ':') : NULL;
		const char *v = mver ? mver : version;
		if (v)
			maven_emit(w, group, artifact, v, lic ? bh_license_expr(lic) : NULL);
		free(artifact);
		free(version);
		free(group);
		free(mver);
		free(lic);
	}
	free(manifest);
}

static void jar_read(jar_walk *w, const char *data, size_t len, const char *name, int depth)
{
	struct archive *a = archive_read_new();
	if (!a)
		bh_die("out of memory");
	archive_read_support_format_zip(a);
	if (archive_read_open_memory(a, data, len) != ARCHIVE_OK)
		bh_pkg_diag(w->c, 0, "%s: %s", shown(w, name),
			    archive_error_string(a) ? archive_error_string(a) : "not a zip archive");
	else
		jar_entries(w, a, name, depth);
	archive_read_free(a);
}

void bh_pkg_parse_jar(bh_pkg_ctx *c, const char *data, size_t len)
{
	jar_walk w = { .c = c };
	jar_read(&w, data, len, c->path, 0);
}
