#include "host/files.h"

#include <errno.h>
#include <glob.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/strbuf.h"
#include "core/util.h"

#define MAX_LINKS 40
#define MAX_TABLE_FILE (16u << 20)
#define MAX_RULES_FILE (4u << 20)

bool bh_mode_within(mode_t mode, mode_t allowed)
{
	return bh_mode_excess(mode, allowed) == 0;
}

mode_t bh_mode_excess(mode_t mode, mode_t allowed)
{
	return (mode & 07777) & ~(allowed & 07777);
}

bool bh_mode_parse(const char *s, mode_t *out)
{
	if (!*s || strlen(s) > 5)
		return false;
	mode_t m = 0;
	for (; *s; s++) {
		if (*s < '0' || *s > '7')
			return false;
		m = (mode_t)(m * 8 + (mode_t)(*s - '0'));
	}
	if (m > 07777)
		return false;
	*out = m;
	return true;
}

char *bh_root_resolve(const char *root, const char *path)
{
	if (!root)
		root = "";
	size_t rootlen = strlen(root);
	while (rootlen > 0 && root[rootlen - 1] == '/')
		rootlen--;
	strbuf done = STRBUF_INIT; /* resolved part, relative to root, "/a/b" */
	char *todo = bh_strdup(path);
	size_t pos = 0;
	int links = 0;
	for (;;) {
		while (todo[pos] == '/')
			pos++;
		if (!todo[pos])
			break;
		size_t l = strcspn(todo + pos, "/");
		const char *c = todo + pos;
		size_t next = pos + l;
		if (l == 1 && c[0] == '.') {
			pos = next;
			continue;
		}
		if (l == 2 && c[0] == '.' && c[1] == '.') {
			char *slash = strrchr(done.buf, '/');
			if (slash) {
				done.len = (size_t)(slash - done.buf);
				done.buf[done.len] = '\0';
			}
			pos = next;
			continue;
		}
		size_t before = done.len;
		strbuf_addch(&done, '/');
		strbuf_add(&done, c, l);
		char *full = bh_asprintf("%.*s%s", (int)rootlen, root, done.buf);
		struct stat st;
		if (lstat(full, &st) < 0) {
			int e = errno;
			free(full);
			free(todo);
			strbuf_release(&done);
			errno = e;
			return NULL;
		}
		if (S_ISLNK(st.st_mode)) {
			char target[PATH_MAX];
			ssize_t n = readlink(full, target, sizeof target - 1);
			free(full);
			if (n < 0 || ++links > MAX_LINKS) {
				free(todo);
				strbuf_release(&done);
				errno = n < 0 ? errno : ELOOP;
				return NULL;
			}
			target[n] = '\0';
			done.len = before;
			done.buf[before] = '\0';
			if (target[0] == '/') {
				done.len = 0;
				done.buf[0] = '\0';
			}
			char *rest = bh_asprintf("%s/%s", target, todo + next);
			free(todo);
			todo = rest;
			pos = 0;
			continue;
		}
		free(full);
		pos = next;
	}
	char *out = bh_asprintf("%.*s%s", (int)rootlen, root, done.len ? done.buf : "/");
	free(todo);
	strbuf_release(&done);
	return out;
}

void bh_strv_free(char **v)
{
	for (size_t i = 0; v && v[i]; i++)
		free(v[i]);
	free(v);
}

/* Splits a colon-separated line in place; returns the number of fields. */
static size_t split_colons(char *line, char **fields, size_t max)
{
	size_t n = 0;
	fields[n++] = line;
	for (char *p = line; *p && n < max; p++) {
		if (*p == ':') {
			*p = '\0';
			fields[n++] = p + 1;
		}
	}
	line[strcspn(line, "\n")] = '\0';
	for (size_t i = 0; i < n; i++)
		fields[i][strcspn(fields[i], "\n")] = '\0';
	return n;
}

static char *read_table(const char *root, const char *file)
{
	char *path = bh_asprintf("%s%s", root ? root : "", file);
	char *data = bh_read_file(path, MAX_TABLE_FILE, NULL);
	free(path);
	return data;
}

static bool parse_id(const char *s, unsigned long *out)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(s, &end, 10);
	if (!*s || *end || errno)
		return false;
	*out = v;
	return true;
}

bool bh_group_lookup(const char *root, const char *name, gid_t *gid, char ***members)
{
	char *data = read_table(root, "/etc/group");
	bool found = false;
	for (char *line = data, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		else
			next = line + strlen(line);
		char *f[4];
		unsigned long id;
		if (split_colons(line, f, 4) < 4 || strcmp(f[0], name) || !parse_id(f[2], &id))
			continue;
		found = true;
		*gid = (gid_t)id;
		if (members) {
			size_t n = 0, alloc = 0;
			char **v = NULL;
			for (char *m = f[3]; *m;) {
				size_t l = strcspn(m, ",");
				if (l)
					*BH_ARRAY_PUSH(v, n, alloc) = bh_strndup(m, l);
				m += l + (m[l] == ',');
			}
			*BH_ARRAY_PUSH(v, n, alloc) = NULL;
			*members = v;
		}
		break;
	}
	free(data);
	return found;
}

char **bh_users_with_gid(const char *root, gid_t gid)
{
	char *data = read_table(root, "/etc/passwd");
	size_t n = 0, alloc = 0;
	char **v = NULL;
	for (char *line = data, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		else
			next = line + strlen(line);
		char *f[7];
		unsigned long id;
		if (split_colons(line, f, 7) >= 4 && parse_id(f[3], &id) && (gid_t)id == gid)
			*BH_ARRAY_PUSH(v, n, alloc) = bh_strdup(f[0]);
	}
	*BH_ARRAY_PUSH(v, n, alloc) = NULL;
	free(data);
	return v;
}

static char *id_name(const char *root, const char *file, unsigned long id)
{
	char *data = read_table(root, file);
	char *out = NULL;
	for (char *line = data, *next; line && *line && !out; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		else
			next = line + strlen(line);
		char *f[4];
		unsigned long v;
		if (split_colons(line, f, 4) >= 3 && parse_id(f[2], &v) && v == id)
			out = bh_strdup(f[0]);
	}
	free(data);
	return out ? out : bh_asprintf("%lu", id);
}

char *bh_user_name(const char *root, uid_t uid)
{
	return id_name(root, "/etc/passwd", uid);
}

char *bh_user_home(const char *root, uid_t uid)
{
	char *data = read_table(root, "/etc/passwd");
	char *out = NULL;
	for (char *line = data, *next; line && *line && !out; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		else
			next = line + strlen(line);
		char *f[7];
		unsigned long v;
		if (split_colons(line, f, 7) >= 6 && parse_id(f[2], &v) && v == uid && f[5][0] == '/')
			out = bh_strdup(f[5]);
	}
	free(data);
	return out;
}

bool bh_subid_owned(const char *root, const char *file, const char *user, uid_t uid, unsigned long id)
{
	char *data = read_table(root, file);
	bool found = false;
	char uidstr[32];
	snprintf(uidstr, sizeof uidstr, "%lu", (unsigned long)uid);
	for (char *line = data, *next; line && *line && !found; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		else
			next = line + strlen(line);
		char *f[3];
		unsigned long start, count;
		if (split_colons(line, f, 3) < 3 || (strcmp(f[0], user) && strcmp(f[0], uidstr)) ||
		    !parse_id(f[1], &start) || !parse_id(f[2], &count))
			continue;
		found = id >= start && id - start < count;
	}
	free(data);
	return found;
}

char *bh_group_name(const char *root, gid_t gid)
{
	return id_name(root, "/etc/group", gid);
}

static bool exists_in_root(const char *root, const char *path)
{
	char *p = bh_root_resolve(root, path);
	bool ok = p != NULL;
	free(p);
	return ok;
}

char *bh_systemd_unit_path(const char *root, const char *unit)
{
	bool real_host = !root || !*root;
	if (real_host && access("/run/systemd/system", F_OK) == 0) {
		/* systemd runs: ask it, so drop-in locations and overrides count */
		char *cmd = bh_asprintf("systemctl show -p FragmentPath --value %s 2>/dev/null", unit);
		FILE *p = popen(cmd, "re");
		free(cmd);
		char buf[PATH_MAX] = "";
		if (p) {
			if (!fgets(buf, sizeof buf, p))
				buf[0] = '\0';
			pclose(p);
		}
		buf[strcspn(buf, "\n")] = '\0';
		if (buf[0] == '/')
			return bh_strdup(buf);
	}
	static const char *const dirs[] = {
		"/etc/systemd/system", "/run/systemd/system", "/usr/local/lib/systemd/system",
		"/usr/lib/systemd/system", "/lib/systemd/system",
	};
	for (size_t i = 0; i < BH_ARRAY_SIZE(dirs); i++) {
		char *p = bh_asprintf("%s/%s", dirs[i], unit);
		if (exists_in_root(root, p))
			return p;
		free(p);
	}
	return NULL;
}

char *bh_find_binary(const char *root, const char *name)
{
	static const char *const dirs[] = { "/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin", "/bin", "/sbin" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(dirs); i++) {
		char *p = bh_asprintf("%s/%s", dirs[i], name);
		if (exists_in_root(root, p))
			return p;
		free(p);
	}
	return NULL;
}

/* ---- audit rules ---- */

static void set_perms(char *dst, const char *src, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n && k < 7; i++)
		if (strchr("rwxa", src[i]) && !memchr(dst, src[i], k))
			dst[k++] = src[i];
	dst[k] = '\0';
}

bool bh_audit_parse_line(const char *line, bh_audit_rule *out)
{
	memset(out, 0, sizeof *out);
	strcpy(out->perms, "rwxa");
	char *copy = bh_strdup(line);
	char *save = NULL;
	bool watch = false, syscall = false, never = false;
	char *path = NULL;
	bool dir = false; /* covers the subtree below path */
	for (char *tok = strtok_r(copy, " \t\r\n", &save); tok; tok = strtok_r(NULL, " \t\r\n", &save)) {
		if (tok[0] == '#')
			break;
		char *arg = NULL;
		if (!strcmp(tok, "-w") || !strcmp(tok, "-p") || !strcmp(tok, "-a") || !strcmp(tok, "-A") ||
		    !strcmp(tok, "-F") || !strcmp(tok, "-k") || !strcmp(tok, "-S")) {
			arg = strtok_r(NULL, " \t\r\n", &save);
			if (!arg)
				break;
		}
		if (!strcmp(tok, "-w")) {
			watch = true;
			free(path);
			path = bh_strdup(arg);
			dir = true; /* a watch on a directory is recursive */
		} else if (!strcmp(tok, "-p")) {
			set_perms(out->perms, arg, strlen(arg));
		} else if (!strcmp(tok, "-a") || !strcmp(tok, "-A")) {
			/* action and list in either order: always,exit or exit,always */
			if (strstr(arg, "never"))
				never = true;
			else if (strstr(arg, "always") && strstr(arg, "exit"))
				syscall = true;
		} else if (!strcmp(tok, "-F")) {
			if (bh_starts_with(arg, "path=")) {
				free(path);
				path = bh_strdup(arg + 5);
				dir = false;
			} else if (bh_starts_with(arg, "dir=")) {
				free(path);
				path = bh_strdup(arg + 4);
				dir = true;
			} else if (bh_starts_with(arg, "perm=")) {
				set_perms(out->perms, arg + 5, strlen(arg + 5));
			}
		}
	}
	free(copy);
	if (never || !path || !(watch || syscall)) {
		free(path);
		return false;
	}
	size_t l = strlen(path);
	while (l > 1 && path[l - 1] == '/')
		path[--l] = '\0';
	out->path = path;
	out->dir = dir;
	return true;
}

static void add_rules_from(bh_audit_rules *r, const char *text, const char *origin_fmt_path, bool numbered)
{
	char *copy = bh_strdup(text);
	int lineno = 0;
	for (char *line = copy, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		else
			next = line + strlen(line);
		lineno++;
		bh_audit_rule rule;
		if (!bh_audit_parse_line(line, &rule))
			continue;
		rule.origin = numbered ? bh_asprintf("%s:%d", origin_fmt_path, lineno) : bh_strdup(origin_fmt_path);
		*BH_ARRAY_PUSH(r->items, r->n, r->alloc) = rule;
	}
	free(copy);
}

static void load_rules_file(bh_audit_rules *r, const char *path, const char *shown)
{
	char *data = bh_read_file(path, MAX_RULES_FILE, NULL);
	if (!data) {
		if ((errno == EACCES || errno == EPERM) && !r->denied)
			r->denied = bh_asprintf("permission denied reading %s", path);
		return;
	}
	*BH_ARRAY_PUSH(r->sources, r->nsources, r->sources_alloc) = bh_strdup(shown);
	add_rules_from(r, data, shown, true);
	free(data);
}

void bh_audit_load(bh_audit_rules *r, const char *root)
{
	memset(r, 0, sizeof *r);
	if (!root)
		root = "";
	char *pattern = bh_asprintf("%s/etc/audit/rules.d/*.rules", root);
	glob_t g;
	int grc = glob(pattern, GLOB_ERR, NULL, &g);
	if (grc == 0) {
		for (size_t i = 0; i < g.gl_pathc; i++)
			load_rules_file(r, g.gl_pathv[i], g.gl_pathv[i]);
	} else if (grc == GLOB_ABORTED) {
		/* the directory exists but may not be listed: rules may hide there */
		char *dir = bh_asprintf("%s/etc/audit/rules.d", root);
		if ((access(dir, F_OK) == 0 || errno == EACCES) && !r->denied)
			r->denied = bh_asprintf("permission denied reading %s", dir);
		free(dir);
	}
	if (grc == 0)
		globfree(&g);
	free(pattern);
	char *main_rules = bh_asprintf("%s/etc/audit/audit.rules", root);
	load_rules_file(r, main_rules, main_rules);
	free(main_rules);
	if (*root)
		return; /* a test tree has no kernel rules */
	static const char *const auditctl[] = { "/usr/sbin/auditctl", "/sbin/auditctl" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(auditctl); i++) {
		if (access(auditctl[i], X_OK) != 0)
			continue;
		char *cmd = bh_asprintf("%s -l 2>/dev/null", auditctl[i]);
		FILE *p = popen(cmd, "re");
		free(cmd);
		if (!p)
			break;
		strbuf sb = STRBUF_INIT;
		char buf[4096];
		size_t n;
		while ((n = fread(buf, 1, sizeof buf, p)) > 0 && sb.len < MAX_RULES_FILE)
			strbuf_add(&sb, buf, n);
		if (pclose(p) == 0) {
			*BH_ARRAY_PUSH(r->sources, r->nsources, r->sources_alloc) = bh_strdup("auditctl -l");
			add_rules_from(r, sb.buf, "auditctl -l", false);
		} else if (geteuid() != 0 && !r->denied) {
			/* the kernel's rules are readable by root only */
			r->denied = bh_asprintf("%s -l failed: listing the kernel's audit rules needs root", auditctl[i]);
		}
		strbuf_release(&sb);
		break;
	}
}

void bh_audit_release(bh_audit_rules *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->items[i].path);
		free(r->items[i].origin);
	}
	free(r->items);
	for (size_t i = 0; i < r->nsources; i++)
		free(r->sources[i]);
	free(r->sources);
	free(r->denied);
	memset(r, 0, sizeof *r);
}

static bool rule_matches(const bh_audit_rule *x, const char *path)
{
	if (!strcmp(x->path, path))
		return true;
	/* -w on a directory and -F dir= cover everything below it; -F path= does not */
	size_t l = strlen(x->path);
	return x->dir && !strncmp(x->path, path, l) && (path[l] == '/' || !strcmp(x->path, "/"));
}

const bh_audit_rule *bh_audit_covering(const bh_audit_rules *r, const char *path,
				       const bh_audit_rule **partial)
{
	if (partial)
		*partial = NULL;
	for (size_t i = 0; i < r->n; i++) {
		const bh_audit_rule *x = &r->items[i];
		if (!rule_matches(x, path))
			continue;
		if (strchr(x->perms, 'w') && strchr(x->perms, 'a'))
			return x;
		if (partial && !*partial)
			*partial = x;
	}
	return NULL;
}
