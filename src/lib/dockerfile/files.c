#include "dockerfile/files.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

bool df_is_dockerfile_name(const char *path, const char *name)
{
	(void)path;
	if (!strcasecmp(name, "Dockerfile") || !strcasecmp(name, "Containerfile"))
		return true;
	if (bh_ends_with(name, ".dockerignore") || bh_ends_with(name, ".containerignore"))
		return false;
	if (!strncasecmp(name, "Dockerfile.", 11) || !strncasecmp(name, "Containerfile.", 14))
		return true;
	size_t n = strlen(name);
	return (n > 11 && !strcasecmp(name + n - 11, ".Dockerfile")) ||
	       (n > 14 && !strcasecmp(name + n - 14, ".Containerfile"));
}

bool df_has_dockerignore(const char *path)
{
	struct stat st;
	char *own = bh_asprintf("%s.dockerignore", path);
	bool found = stat(own, &st) == 0;
	free(own);
	if (found)
		return true;
	const char *slash = strrchr(path, '/');
	char *dir = slash ? bh_strndup(path, (size_t)(slash - path)) : bh_strdup(".");
	char *di = bh_asprintf("%s/.dockerignore", *dir ? dir : "");
	char *ci = bh_asprintf("%s/.containerignore", *dir ? dir : "");
	found = stat(di, &st) == 0 || stat(ci, &st) == 0;
	free(dir);
	free(di);
	free(ci);
	return found;
}

static char *read_stdin(size_t max, size_t *len)
{
	strbuf sb = STRBUF_INIT;
	char buf[65536];
	ssize_t r;
	while ((r = read(0, buf, sizeof buf)) > 0) {
		if (sb.len + (size_t)r > max) {
			strbuf_release(&sb);
			errno = EFBIG;
			return NULL;
		}
		strbuf_add(&sb, buf, (size_t)r);
	}
	if (r < 0) {
		strbuf_release(&sb);
		return NULL;
	}
	return strbuf_detach(&sb, len);
}

void df_lint_path(const char *path, const df_parse_opts *po, const df_lint_opts *lo, bh_findings *out)
{
	size_t len;
	bool is_stdin = !strcmp(path, "-");
	char *data = is_stdin ? read_stdin(DF_MAX_BYTES, &len) : bh_read_file(path, DF_MAX_BYTES, &len);
	const char *shown = is_stdin ? "<stdin>" : path;
	if (!data) {
		bh_findings_error(out, shown, 0, 0, "cannot read: %s",
				  errno == EFBIG ? "file is larger than 16 MiB" : strerror(errno));
		return;
	}
	df_file f;
	if (df_parse(shown, data, len, po, &f, out) == 0) {
		df_lint_opts o = *lo;
		if (!is_stdin)
			o.dockerignore_of = path;
		df_lint(&f, &o, out);
	}
	df_file_free(&f);
	free(data);
}
