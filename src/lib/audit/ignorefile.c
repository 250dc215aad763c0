/* .bulkheadignore: which paths under an audited directory to leave out. */
#include "audit/audit.h"
#include "core/glob.h"
#include "core/util.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_LINE 4096

int au_ignore_parse(au_ignore *ig, const char *path, const char *data, size_t len, bh_findings *errs)
{
	if (memchr(data, '\0', len)) {
		bh_findings_error(errs, path, 0, 0, "not a text file (it holds a NUL byte)");
		return -1;
	}
	int lineno = 0;
	const char *p = data, *end = data + len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		const char *line = p;
		p += n + (nl ? 1 : 0);
		lineno++;
		if (n > MAX_LINE) {
			bh_findings_error(errs, path, lineno, 0, "line longer than %d characters", MAX_LINE);
			return -1;
		}
		while (n && (line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t'))
			n--;
		while (n && (*line == ' ' || *line == '\t')) {
			line++;
			n--;
		}
		if (!n || *line == '#')
			continue;
		bool negate = *line == '!';
		if (negate) {
			line++;
			n--;
			while (n && (*line == ' ' || *line == '\t')) {
				line++;
				n--;
			}
		}
		/* Paths are relative to the audited directory whichever way they are written. */
		while (n && *line == '/') {
			line++;
			n--;
		}
		while (n >= 2 && line[0] == '.' && line[1] == '/') {
			line += 2;
			n -= 2;
		}
		bool dir_only = false;
		while (n && line[n - 1] == '/') {
			n--;
			dir_only = true;
		}
		if (!n) {
			bh_findings_error(errs, path, lineno, 1, "empty pattern%s", negate ? " after !" : "");
			return -1;
		}
		if (ig->n >= AU_IGNORE_MAX_PATTERNS) {
			bh_findings_error(errs, path, lineno, 1, "more than %d patterns", AU_IGNORE_MAX_PATTERNS);
			return -1;
		}
		au_pattern *pt = BH_ARRAY_PUSH(ig->items, ig->n, ig->alloc);
		pt->glob = bh_strndup(line, n);
		pt->negate = negate;
		pt->dir_only = dir_only;
		pt->line = lineno;
	}
	return 0;
}

int au_ignore_load(au_ignore *ig, const char *root, bh_findings *errs)
{
	memset(ig, 0, sizeof *ig);
	size_t rl = strlen(root);
	char *path = bh_asprintf("%.*s/%s", (int)(rl > 1 && root[rl - 1] == '/' ? rl - 1 : rl), root, AU_IGNORE_FILE);
	struct stat st;
	if (stat(path, &st) < 0) {
		free(path);
		return 0;
	}
	size_t len = 0;
	char *data = bh_read_file(path, AU_IGNORE_MAX_BYTES, &len);
	if (!data) {
		bh_findings_error(errs, path, 0, 0, "cannot read: %s",
				  errno == EFBIG ? "file is larger than 1 MiB" : strerror(errno));
		free(path);
		return -1;
	}
	ig->path = path;
	int rc = au_ignore_parse(ig, path, data, len, errs);
	free(data);
	return rc;
}

bool au_ignored(const au_ignore *ig, const char *rel, bool is_dir)
{
	bool ignored = false;
	for (size_t i = 0; i < ig->n; i++) {
		const au_pattern *pt = &ig->items[i];
		if (pt->dir_only && !is_dir)
			continue;
		if (bh_glob_match(pt->glob, rel))
			ignored = !pt->negate;
	}
	return ignored;
}

void au_ignore_release(au_ignore *ig)
{
	for (size_t i = 0; i < ig->n; i++)
		free(ig->items[i].glob);
	free(ig->items);
	free(ig->path);
	memset(ig, 0, sizeof *ig);
}
