#include "host/facts.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/strbuf.h"
#include "core/util.h"
#include "host/files.h"

/* ---- the configuration model ---- */

void hf_config_release(hf_config *c)
{
	for (size_t i = 0; i < c->n; i++) {
		hf_setting *s = &c->items[i];
		for (size_t k = 0; k < s->nvals; k++)
			free(s->vals[k]);
		free(s->vals);
		free(s->key);
		free(s->origin);
		free(s->raw);
	}
	free(c->items);
	memset(c, 0, sizeof *c);
}

static hf_setting *add_setting(hf_config *c, const char *key, const char *origin, int line, char *raw)
{
	hf_setting *s = BH_ARRAY_PUSH(c->items, c->n, c->alloc);
	memset(s, 0, sizeof *s);
	s->key = bh_strdup(key);
	s->origin = bh_strdup(origin);
	s->line = line;
	s->raw = raw;
	return s;
}

static void add_value(hf_setting *s, const char *v, size_t n)
{
	*BH_ARRAY_PUSH(s->vals, s->nvals, s->vals_alloc) = bh_strndup(v, n);
}

bool hf_parse_bool(const char *s, bool *out)
{
	static const char *const yes[] = { "1", "t", "T", "TRUE", "true", "True" };
	static const char *const no[] = { "0", "f", "F", "FALSE", "false", "False" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(yes); i++) {
		if (!strcmp(s, yes[i])) {
			*out = true;
			return true;
		}
		if (!strcmp(s, no[i])) {
			*out = false;
			return true;
		}
	}
	return false;
}

const hf_setting *hf_get(const hf_config *c, const char *key)
{
	for (size_t i = c->n; i-- > 0;)
		if (!strcmp(c->items[i].key, key))
			return &c->items[i];
	return NULL;
}

const char *hf_value(const hf_config *c, const char *key)
{
	const hf_setting *s = hf_get(c, key);
	return s && s->nvals ? s->vals[s->nvals - 1] : NULL;
}

bool hf_bool(const hf_config *c, const char *key, bool *out)
{
	const char *v = hf_value(c, key);
	return v && hf_parse_bool(v, out);
}

size_t hf_count(const hf_config *c, const char *key)
{
	size_t n = 0;
	for (size_t i = 0; i < c->n; i++)
		if (!strcmp(c->items[i].key, key))
			n += c->items[i].nvals;
	return n;
}

const char *hf_nth(const hf_config *c, const char *key, size_t idx, const hf_setting **from)
{
	for (size_t i = 0; i < c->n; i++) {
		const hf_setting *s = &c->items[i];
		if (strcmp(s->key, key))
			continue;
		if (idx < s->nvals) {
			if (from)
				*from = s;
			return s->vals[idx];
		}
		idx -= s->nvals;
	}
	return NULL;
}

/* ---- the command line ---- */

enum flag_kind { F_BOOL, F_VALUE, F_LIST };

static const struct flag {
	const char *name;
	char shorthand;
	const char *key; /* daemon.json name; NULL = same as name */
	enum flag_kind kind;
} flags[] = {
	{ "host", 'H', "hosts", F_LIST },
	{ "debug", 'D', NULL, F_BOOL },
	{ "log-level", 'l', NULL, F_VALUE },
	{ "group", 'G', NULL, F_VALUE },
	{ "data-root", 0, NULL, F_VALUE },
	{ "graph", 'g', "data-root", F_VALUE },
	{ "pidfile", 'p', NULL, F_VALUE },
	{ "bridge", 'b', NULL, F_VALUE },
	{ "storage-driver", 's', NULL, F_VALUE },
	{ "version", 'v', NULL, F_BOOL },
	{ "help", 'h', NULL, F_BOOL },
	{ "icc", 0, NULL, F_BOOL },
	{ "iptables", 0, NULL, F_BOOL },
	{ "ip6tables", 0, NULL, F_BOOL },
	{ "ip-forward", 0, NULL, F_BOOL },
	{ "ip-masq", 0, NULL, F_BOOL },
	{ "ipv6", 0, NULL, F_BOOL },
	{ "userland-proxy", 0, NULL, F_BOOL },
	{ "live-restore", 0, NULL, F_BOOL },
	{ "no-new-privileges", 0, NULL, F_BOOL },
	{ "experimental", 0, NULL, F_BOOL },
	{ "tls", 0, NULL, F_BOOL },
	{ "tlsverify", 0, NULL, F_BOOL },
	{ "selinux-enabled", 0, NULL, F_BOOL },
	{ "rootless", 0, NULL, F_BOOL },
	{ "init", 0, NULL, F_BOOL },
	{ "raw-logs", 0, NULL, F_BOOL },
	{ "validate", 0, NULL, F_BOOL },
	{ "disable-legacy-registry", 0, NULL, F_BOOL },
	{ "insecure-registry", 0, "insecure-registries", F_LIST },
	{ "registry-mirror", 0, "registry-mirrors", F_LIST },
	{ "authorization-plugin", 0, "authorization-plugins", F_LIST },
	{ "default-ulimit", 0, "default-ulimits", F_LIST },
	{ "storage-opt", 0, "storage-opts", F_LIST },
	{ "log-opt", 0, "log-opts", F_LIST },
	{ "label", 0, "labels", F_LIST },
	{ "exec-opt", 0, "exec-opts", F_LIST },
	{ "dns", 0, NULL, F_LIST },
	{ "dns-opt", 0, "dns-opts", F_LIST },
	{ "dns-search", 0, NULL, F_LIST },
	{ "add-runtime", 0, "runtimes", F_LIST },
	{ "default-address-pool", 0, "default-address-pools", F_LIST },
	{ "allow-nondistributable-artifacts", 0, NULL, F_LIST },
	{ "feature", 0, "features", F_LIST },
};

static const struct flag *flag_by_name(const char *name, size_t n)
{
	for (size_t i = 0; i < BH_ARRAY_SIZE(flags); i++)
		if (strlen(flags[i].name) == n && !strncmp(flags[i].name, name, n))
			return &flags[i];
	return NULL;
}

static const struct flag *flag_by_short(char c)
{
	for (size_t i = 0; i < BH_ARRAY_SIZE(flags); i++)
		if (flags[i].shorthand == c)
			return &flags[i];
	return NULL;
}

/* Records one flag occurrence. value NULL means a bare flag. */
static int record_flag(hf_config *c, const struct flag *fl, const char *name, size_t namelen,
		       const char *value, const char *raw, char **err)
{
	char *key = fl ? bh_strdup(fl->key ? fl->key : fl->name) : bh_strndup(name, namelen);
	hf_setting *s = add_setting(c, key, "command line", 0, bh_strdup(raw));
	free(key);
	if (fl && fl->kind == F_BOOL) {
		bool b = true;
		if (value && !hf_parse_bool(value, &b)) {
			*err = bh_asprintf("%s: invalid boolean value \"%s\"", raw, value);
			return -1;
		}
		add_value(s, b ? "true" : "false", b ? 4 : 5);
	} else {
		if (!value) {
			if (fl) {
				*err = bh_asprintf("flag %s needs a value", raw);
				return -1;
			}
			value = "true"; /* an unknown flag with no value behaves as a boolean */
		}
		add_value(s, value, strlen(value));
	}
	return 0;
}

int hf_parse_cmdline(hf_config *c, int argc, char *const *argv, char **err)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--"))
			break; /* dockerd ignores anything after it */
		if (a[0] != '-' || !a[1]) {
			*err = bh_asprintf("unexpected argument \"%s\" (dockerd takes no arguments)", a);
			return -1;
		}
		if (a[1] == '-') {
			const char *name = a + 2;
			const char *eq = strchr(name, '=');
			size_t namelen = eq ? (size_t)(eq - name) : strlen(name);
			const struct flag *fl = flag_by_name(name, namelen);
			const char *value = eq ? eq + 1 : NULL;
			char *raw = NULL;
			/* A bare word after a flag is its value: dockerd has no positional
			 * arguments. Boolean flags never take a separate word (pflag). */
			if (!eq && (!fl || fl->kind != F_BOOL) && i + 1 < argc && argv[i + 1][0] != '-') {
				value = argv[++i];
				raw = bh_asprintf("%s %s", a, value);
			}
			if (!eq && fl && fl->kind != F_BOOL && !value && i + 1 < argc) {
				value = argv[++i]; /* a value that itself starts with '-' */
				raw = bh_asprintf("%s %s", a, value);
			}
			int rc = record_flag(c, fl, name, namelen, value, raw ? raw : a, err);
			free(raw);
			if (rc < 0)
				return -1;
			continue;
		}
		/* shorthand group: -D, -H value, -Hvalue, -H=value, -Dl debug */
		for (const char *p = a + 1; *p; p++) {
			const struct flag *fl = flag_by_short(*p);
			if (!fl) {
				*err = bh_asprintf("unknown shorthand flag '%c' in %s", *p, a);
				return -1;
			}
			char name[2] = { *p, 0 };
			if (fl->kind == F_BOOL) {
				const char *value = NULL;
				if (p[1] == '=') {
					value = p + 2;
					p += strlen(p) - 1;
				}
				char *raw = bh_asprintf("-%s%s%s", name, value ? "=" : "", value ? value : "");
				int rc = record_flag(c, fl, name, 1, value, raw, err);
				free(raw);
				if (rc < 0)
					return -1;
				continue;
			}
			const char *value;
			char *raw;
			if (p[1]) {
				value = p[1] == '=' ? p + 2 : p + 1;
				raw = bh_asprintf("-%c%s", *p, p + 1);
			} else if (i + 1 < argc) {
				value = argv[++i];
				raw = bh_asprintf("-%c %s", *p, value);
			} else {
				*err = bh_asprintf("flag -%c needs a value", *p);
				return -1;
			}
			int rc = record_flag(c, fl, name, 1, value, raw, err);
			free(raw);
			if (rc < 0)
				return -1;
			break;
		}
	}
	return 0;
}

/* ---- daemon.json ---- */

static void scalar_text(strbuf *sb, const ynode *n)
{
	bool b;
	if (n->plain && ybool(n, &b))
		strbuf_addstr(sb, b ? "true" : "false");
	else
		strbuf_add(sb, n->str, n->len);
}

int hf_parse_daemon_json(hf_config *c, const char *data, size_t len, const char *origin, char **err)
{
	ydoc_set set = { 0 };
	yerror ye;
	if (ydoc_parse(data, len, &set, &ye) < 0) {
		*err = bh_asprintf("%s:%d:%d: %s", origin, ye.line, ye.col, ye.message);
		return -1;
	}
	int rc = 0;
	const ynode *root = set.ndocs ? set.docs[0] : NULL;
	if (!root || yis_null(root)) {
		ydoc_free(&set);
		return 0; /* an empty file configures nothing */
	}
	if (!yis_map(root)) {
		*err = bh_asprintf("%s:%d:%d: expected a JSON object", origin, root->line, root->col);
		ydoc_free(&set);
		return -1;
	}
	for (size_t i = 0; i < ymap_size(root); i++) {
		const ynode *k = ymap_key_at(root, i), *v = ymap_val_at(root, i);
		const char *key = yscalar(k);
		if (!key)
			continue;
		strbuf raw = STRBUF_INIT, val = STRBUF_INIT;
		strbuf_addf(&raw, "\"%s\": ", key);
		hf_setting *s = add_setting(c, key, origin, k->line, NULL);
		if (v->kind == YN_SCALAR) {
			scalar_text(&val, v);
			add_value(s, val.buf, val.len);
			if (v->plain)
				strbuf_add(&raw, val.buf, val.len);
			else
				strbuf_addf(&raw, "\"%s\"", val.buf);
		} else if (v->kind == YN_SEQ) {
			strbuf_addch(&raw, '[');
			for (size_t j = 0; j < v->n; j++) {
				if (v->items[j]->kind != YN_SCALAR)
					continue;
				strbuf_reset(&val);
				scalar_text(&val, v->items[j]);
				add_value(s, val.buf, val.len);
				strbuf_addf(&raw, "%s\"%s\"", j ? ", " : "", val.buf);
			}
			strbuf_addch(&raw, ']');
		} else {
			/* objects (default-ulimits, log-opts, runtimes): one value per member */
			strbuf_addch(&raw, '{');
			for (size_t j = 0; j < ymap_size(v); j++) {
				const char *mk = yscalar(ymap_key_at(v, j));
				const ynode *mv = ymap_val_at(v, j);
				if (!mk)
					continue;
				strbuf_reset(&val);
				strbuf_addstr(&val, mk);
				if (mv->kind == YN_SCALAR) {
					strbuf_addch(&val, '=');
					scalar_text(&val, mv);
				}
				add_value(s, val.buf, val.len);
				strbuf_addf(&raw, "%s\"%s\": ...", j ? ", " : "", mk);
			}
			strbuf_addch(&raw, '}');
		}
		s->raw = strbuf_detach(&raw, NULL);
		strbuf_release(&val);
	}
	ydoc_free(&set);
	return rc;
}

/* ---- the daemon process ---- */

static char **read_cmdline(pid_t pid, int *argc)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/cmdline", (int)pid);
	size_t len = 0;
	char *data = bh_read_file(path, HF_MAX_CMDLINE, &len);
	if (!data || !len) {
		free(data);
		return NULL;
	}
	size_t n = 0, alloc = 0;
	char **argv = NULL;
	for (size_t off = 0; off < len;) {
		size_t l = strnlen(data + off, len - off);
		*BH_ARRAY_PUSH(argv, n, alloc) = bh_strndup(data + off, l);
		off += l + 1;
	}
	*BH_ARRAY_PUSH(argv, n, alloc) = NULL;
	free(data);
	*argc = (int)n - 1;
	return argv;
}

static void free_argv(char **argv)
{
	for (size_t i = 0; argv && argv[i]; i++)
		free(argv[i]);
	free(argv);
}

/* The first line of /proc/PID/comm into buf (without the newline). */
static bool process_comm(pid_t pid, char *buf, size_t size)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/comm", (int)pid);
	FILE *f = fopen(path, "re");
	if (!f)
		return false;
	bool ok = fgets(buf, (int)size, f) != NULL;
	fclose(f);
	if (ok)
		buf[strcspn(buf, "\n")] = '\0';
	return ok;
}

/* The real uid and gid and the parent of a process, from /proc/PID/status. */
static bool process_ids(pid_t pid, uid_t *uid, gid_t *gid, pid_t *ppid)
{
	char path[64], buf[256];
	snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
	FILE *f = fopen(path, "re");
	if (!f)
		return false;
	int seen = 0;
	*uid = 0;
	*gid = 0;
	*ppid = 0;
	while (fgets(buf, sizeof buf, f) && seen < 3) {
		unsigned long v;
		if (sscanf(buf, "Uid:\t%lu", &v) == 1) {
			*uid = (uid_t)v;
			seen++;
		} else if (sscanf(buf, "Gid:\t%lu", &v) == 1) {
			*gid = (gid_t)v;
			seen++;
		} else if (sscanf(buf, "PPid:\t%lu", &v) == 1) {
			*ppid = (pid_t)v;
			seen++;
		}
	}
	fclose(f);
	return seen == 3;
}

static bool process_is_dockerd(pid_t pid, uid_t *uid)
{
	char comm[64];
	gid_t gid;
	pid_t ppid;
	return process_comm(pid, comm, sizeof comm) && !strcmp(comm, "dockerd") && process_ids(pid, uid, &gid, &ppid);
}

/* The rootlesskit process pid runs under (an ancestor within a few
 * generations: rootlesskit re-executes itself before starting dockerd), or 0. */
static pid_t rootlesskit_ancestor(pid_t pid)
{
	for (int depth = 0; depth < 4 && pid > 1; depth++) {
		uid_t u;
		gid_t g;
		pid_t parent;
		char comm[64];
		if (!process_ids(pid, &u, &g, &parent) || parent <= 1)
			return 0;
		if (process_comm(parent, comm, sizeof comm) &&
		    (!strcmp(comm, "rootlesskit") || !strcmp(comm, "docker-rootless") /* docker-rootlesskit, cut to 15 */))
			return parent;
		pid = parent;
	}
	return 0;
}

/* A variable from a process's environment, malloc'd, or NULL. */
static char *process_env(pid_t pid, const char *name)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/environ", (int)pid);
	size_t len = 0;
	char *data = bh_read_file(path, HF_MAX_CMDLINE, &len);
	int read_errno = data ? 0 : errno;
	char *out = NULL;
	size_t nl = strlen(name);
	for (size_t off = 0; data && off < len;) {
		size_t l = strnlen(data + off, len - off);
		if (l > nl && !strncmp(data + off, name, nl) && data[off + nl] == '=') {
			out = bh_strndup(data + off + nl + 1, l - nl - 1);
			break;
		}
		off += l + 1;
	}
	free(data);
	errno = out ? 0 : read_errno;
	return out;
}

/* Is a dockerd process rootless? It runs as a non-root uid, under
 * rootlesskit, or says so with --rootless. */
static bool process_rootless(pid_t pid, uid_t uid, const hf_config *cmd)
{
	bool b;
	if (uid != 0 || (hf_bool(cmd, "rootless", &b) && b) || rootlesskit_ancestor(pid))
		return true;
	char *state = process_env(pid, "ROOTLESSKIT_STATE_DIR");
	bool yes = state != NULL;
	free(state);
	return yes;
}

/* The socket a rootless dockerd listens on without -H: $XDG_RUNTIME_DIR/docker.sock. */
static char *rootless_default_socket(pid_t pid, uid_t uid)
{
	char *xdg = process_env(pid, "XDG_RUNTIME_DIR");
	char *p = xdg && *xdg == '/' ? bh_asprintf("%s/docker.sock", xdg) : bh_asprintf("/run/user/%u/docker.sock", (unsigned)uid);
	free(xdg);
	return p;
}

/* The daemon.json a process reads: --config-file, else the rootless or the
 * system default. */
static char *daemon_json_for(const char *root, const hf_config *cmd, bool have_process, pid_t pid, uid_t uid,
			     bool guess_rootless)
{
	const char *cf = hf_value(cmd, "config-file");
	if (cf)
		return bh_strdup(cf);
	bool rootless = have_process ? process_rootless(pid, uid, cmd) : guess_rootless;
	if (!rootless)
		return bh_strdup("/etc/docker/daemon.json");
	char *xdg = have_process ? process_env(pid, "XDG_CONFIG_HOME") : (getenv("XDG_CONFIG_HOME") ? bh_strdup(getenv("XDG_CONFIG_HOME")) : NULL);
	if (xdg && *xdg == '/') {
		char *p = bh_asprintf("%s/docker/daemon.json", xdg);
		free(xdg);
		return p;
	}
	free(xdg);
	char *home = have_process ? process_env(pid, "HOME") : (getenv("HOME") ? bh_strdup(getenv("HOME")) : NULL);
	if (!home || *home != '/') {
		free(home);
		home = bh_user_home(root, have_process ? uid : geteuid());
	}
	char *p = bh_asprintf("%s/.config/docker/daemon.json", home && *home == '/' ? home : "/root");
	free(home);
	return p;
}

/* Does the daemon with this command line listen on the unix socket sock? */
static bool listens_on(const hf_config *cfg, const char *sock, const char *dflt)
{
	char want[PATH_MAX], got[PATH_MAX];
	if (!realpath(sock, want))
		snprintf(want, sizeof want, "%s", sock);
	size_t n = hf_count(cfg, "hosts");
	for (size_t i = 0; i < n; i++) {
		const char *h = hf_nth(cfg, "hosts", i, NULL);
		if (!bh_starts_with(h, "unix://"))
			continue;
		const char *p = h[7] ? h + 7 : "/var/run/docker.sock";
		if (!realpath(p, got))
			snprintf(got, sizeof got, "%s", p);
		if (!strcmp(got, want))
			return true;
	}
	if (n == 0 && (realpath(dflt, got) ? !strcmp(got, want) : !strcmp(dflt, want)))
		return true;
	return false;
}

static void load_daemon_json(bh_host_facts *h, hf_config *into)
{
	char *path = hf_path(h, h->daemon_json);
	size_t len = 0;
	char *data = bh_read_file(path, HF_MAX_DAEMON_JSON, &len);
	if (!data) {
		if (errno == EACCES || errno == EPERM)
			h->daemon_json_denied = bh_asprintf("permission denied reading %s", path);
		else if (errno != ENOENT)
			h->daemon_json_error = bh_asprintf("%s: %s", path, strerror(errno));
		free(path);
		return;
	}
	h->daemon_json_exists = true;
	char *err = NULL;
	if (hf_parse_daemon_json(into, data, len, path, &err) < 0)
		h->daemon_json_error = err;
	free(data);
	free(path);
}

/* Finds the dockerd serving our socket and reads its configuration. */
static void find_daemon(bh_host_facts *h)
{
	DIR *d = opendir("/proc");
	const char *sock = h->engine_open ? h->engine.unix_path : NULL;
	size_t seen = 0;
	pid_t only = 0;
	uid_t only_uid = 0;
	pid_t chosen = 0;
	uid_t chosen_uid = 0;
	struct dirent *de;
	while (d && (de = readdir(d))) {
		if (!isdigit((unsigned char)de->d_name[0]))
			continue;
		pid_t pid = (pid_t)atol(de->d_name);
		uid_t uid;
		if (!process_is_dockerd(pid, &uid))
			continue;
		seen++;
		only = pid;
		only_uid = uid;
		if (!sock)
			continue;
		int argc = 0;
		char **argv = read_cmdline(pid, &argc);
		hf_config cfg = { 0 };
		char *err = NULL;
		if (argv && hf_parse_cmdline(&cfg, argc, argv, &err) == 0) {
			/* hosts may also come from the daemon.json this process reads */
			bh_host_facts tmp = { .root_dir = h->root_dir };
			tmp.daemon_json = daemon_json_for(h->root_dir, &cfg, true, pid, uid, false);
			load_daemon_json(&tmp, &cfg);
			char *dflt = process_rootless(pid, uid, &cfg) ? rootless_default_socket(pid, uid)
								       : bh_strdup("/var/run/docker.sock");
			bool match = listens_on(&cfg, sock, dflt);
			free(dflt);
			if (match && !chosen) {
				chosen = pid;
				chosen_uid = uid;
			}
			free(tmp.daemon_json);
			free(tmp.daemon_json_error);
			free(tmp.daemon_json_denied);
		}
		free(err);
		hf_config_release(&cfg);
		free_argv(argv);
	}
	if (d)
		closedir(d);
	if (!chosen && seen == 1 && !sock) {
		chosen = only;
		chosen_uid = only_uid;
	}
	if (!chosen) {
		if (seen == 0)
			h->process_note = bh_strdup("no dockerd process is visible in /proc");
		else
			h->process_note = bh_asprintf("%zu dockerd processes run but none listens on %s", seen,
						      sock ? sock : "a unix socket");
		return;
	}
	h->have_process = true;
	h->pid = chosen;
	h->uid = chosen_uid;
	h->process_note = bh_asprintf("dockerd pid %d (uid %u)", (int)chosen, (unsigned)chosen_uid);
}

static void fetch_json(bh_host_facts *h, const char *path, ydoc_set *doc, const ynode **out)
{
	if (!h->api_ok)
		return;
	strbuf body = STRBUF_INIT;
	char *err = NULL;
	long status = bh_engine_get(&h->engine, path, &body, &err);
	if (status != 200) {
		h->api_ok = false;
		h->api_error = err ? err : bh_asprintf("%s%s: HTTP status %ld", h->engine.host, path, status);
		strbuf_release(&body);
		return;
	}
	yerror ye;
	if (ydoc_parse(body.buf, body.len, doc, &ye) < 0 || !doc->ndocs || !yis_map(doc->docs[0])) {
		h->api_ok = false;
		h->api_error = bh_asprintf("%s%s: answer is not a JSON object", h->engine.host, path);
	} else {
		*out = doc->docs[0];
	}
	strbuf_release(&body);
}

static bool is_remap_dir(const char *base);

/* Does a `podman system service` command line serve the socket sock? The
 * listening URI is its only positional argument; without one it serves the
 * default socket of its user. */
static bool podman_serves(char **argv, int argc, const char *sock, pid_t pid, uid_t uid)
{
	bool system = false, service = false;
	const char *uri = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "system"))
			system = true;
		else if (system && !strcmp(argv[i], "service"))
			service = true;
		else if (service && argv[i][0] != '-')
			uri = argv[i];
	}
	if (!service)
		return false;
	char *dflt = NULL;
	if (!uri) {
		if (uid == 0) {
			dflt = bh_strdup("/run/podman/podman.sock");
		} else {
			char *xdg = process_env(pid, "XDG_RUNTIME_DIR");
			dflt = xdg && *xdg == '/' ? bh_asprintf("%s/podman/podman.sock", xdg)
						 : bh_asprintf("/run/user/%u/podman/podman.sock", (unsigned)uid);
			free(xdg);
		}
		uri = dflt;
	}
	if (bh_starts_with(uri, "unix://"))
		uri += 7;
	char want[PATH_MAX], got[PATH_MAX];
	bool match = strcmp(uri, sock) == 0 ||
		     (realpath(sock, want) && realpath(uri, got) && !strcmp(want, got));
	free(dflt);
	return match;
}

/* The `podman system service` process behind our socket. */
static void find_podman(bh_host_facts *h)
{
	const char *sock = h->engine_open ? h->engine.unix_path : NULL;
	DIR *d = sock ? opendir("/proc") : NULL;
	struct dirent *de;
	while (d && (de = readdir(d))) {
		if (!isdigit((unsigned char)de->d_name[0]))
			continue;
		pid_t pid = (pid_t)atol(de->d_name), ppid;
		char comm[64];
		uid_t uid;
		gid_t gid;
		if (!process_comm(pid, comm, sizeof comm) || strcmp(comm, "podman") || !process_ids(pid, &uid, &gid, &ppid))
			continue;
		int argc = 0;
		char **argv = read_cmdline(pid, &argc);
		bool match = argv && podman_serves(argv, argc, sock, pid, uid);
		if (match) {
			strbuf sb = STRBUF_INIT;
			for (int i = 0; i < argc; i++)
				strbuf_addf(&sb, "%s%s", i ? " " : "", argv[i]);
			h->cmdline = strbuf_detach(&sb, NULL);
			h->have_process = true;
			h->pid = pid;
			h->uid = uid;
			free(h->process_note);
			h->process_note = bh_asprintf("podman system service pid %d (uid %u)", (int)pid, (unsigned)uid);
		}
		free_argv(argv);
		if (match)
			break;
	}
	if (d)
		closedir(d);
}

/* /version of a Podman service names the "Podman Engine" component. */
static bool version_is_podman(const ynode *version)
{
	const ynode *comps = ymap_get(version, "Components");
	for (size_t i = 0; comps && yis_seq(comps) && i < comps->n; i++) {
		const char *name = yscalar(ymap_get(comps->items[i], "Name"));
		if (name && !strcmp(name, "Podman Engine"))
			return true;
	}
	return false;
}

/* The engine to talk to when none was named: the system Docker socket, else
 * this user's rootless Docker socket, else a Podman socket. */
static char *default_host(void)
{
	if (getenv("DOCKER_HOST") && *getenv("DOCKER_HOST"))
		return NULL;
	if (access("/var/run/docker.sock", F_OK) == 0)
		return NULL;
	const char *xdg = getenv("XDG_RUNTIME_DIR");
	char *cand[3] = { 0 };
	if (geteuid() != 0 && xdg && *xdg == '/') {
		cand[0] = bh_asprintf("%s/docker.sock", xdg);
		cand[1] = bh_asprintf("%s/podman/podman.sock", xdg);
	} else {
		cand[0] = bh_strdup("/run/podman/podman.sock");
	}
	char *out = NULL;
	for (size_t i = 0; i < 3 && cand[i] && !out; i++)
		if (access(cand[i], F_OK) == 0)
			out = bh_asprintf("unix://%s", cand[i]);
	for (size_t i = 0; i < 3; i++)
		free(cand[i]);
	return out;
}

/* The daemon's user and the per-user directories a rootless engine uses
 * instead of /etc/docker, /var/lib/docker and /run. */
static void user_paths(bh_host_facts *h)
{
	uid_t uid = h->have_process ? h->uid : geteuid();
	gid_t gid = h->have_process ? 0 : getegid();
	pid_t ppid;
	uid_t u;
	if (h->have_process)
		process_ids(h->pid, &u, &gid, &ppid);
	h->user_uid = uid;
	h->user_gid = gid;
	h->user_name = bh_user_name(h->root_dir, uid);
	const char *sub = h->kind == HF_PODMAN ? "containers" : "docker";
	char *home = h->have_process ? process_env(h->pid, "HOME") : (getenv("HOME") ? bh_strdup(getenv("HOME")) : NULL);
	if (!home || *home != '/') {
		free(home);
		home = bh_user_home(h->root_dir, uid);
	}
	h->user_home = home;
	char *cfg = h->have_process ? process_env(h->pid, "XDG_CONFIG_HOME") : (getenv("XDG_CONFIG_HOME") ? bh_strdup(getenv("XDG_CONFIG_HOME")) : NULL);
	char *data = h->have_process ? process_env(h->pid, "XDG_DATA_HOME") : (getenv("XDG_DATA_HOME") ? bh_strdup(getenv("XDG_DATA_HOME")) : NULL);
	char *run = h->have_process ? process_env(h->pid, "XDG_RUNTIME_DIR") : (getenv("XDG_RUNTIME_DIR") ? bh_strdup(getenv("XDG_RUNTIME_DIR")) : NULL);
	if (cfg && *cfg == '/')
		h->user_config_dir = bh_asprintf("%s/%s", cfg, sub);
	else if (home)
		h->user_config_dir = bh_asprintf("%s/.config/%s", home, sub);
	if (data && *data == '/')
		h->user_data_root = bh_asprintf("%s/%s", data, h->kind == HF_PODMAN ? "containers/storage" : "docker");
	else if (home)
		h->user_data_root = bh_asprintf("%s/.local/share/%s", home, h->kind == HF_PODMAN ? "containers/storage" : "docker");
	h->user_runtime_dir = run && *run == '/' ? bh_strdup(run) : bh_asprintf("/run/user/%u", (unsigned)uid);
	h->user_socket = bh_asprintf("%s/docker.sock", h->user_runtime_dir);
	free(cfg);
	free(data);
	free(run);
}

/* Podman's own view of rootless mode: /libpod/info host.security.rootless. */
static bool podman_reports_rootless(bh_host_facts *h, bool *out)
{
	/* the libpod endpoints answer only under a version prefix: the one the
	 * service names for its Podman Engine component */
	const char *apiv = NULL;
	const ynode *comps = ymap_get(h->version, "Components");
	for (size_t i = 0; comps && yis_seq(comps) && i < comps->n && !apiv; i++) {
		const char *name = yscalar(ymap_get(comps->items[i], "Name"));
		if (name && !strcmp(name, "Podman Engine"))
			apiv = yscalar(ymap_get(ymap_get(comps->items[i], "Details"), "APIVersion"));
	}
	if (!apiv || !*apiv || strspn(apiv, "0123456789.") != strlen(apiv) || strlen(apiv) > 16)
		apiv = "4.0.0";
	char path[64];
	snprintf(path, sizeof path, "/v%s/libpod/info", apiv);
	strbuf body = STRBUF_INIT;
	char *err = NULL;
	bool ok = false;
	if (bh_engine_get(&h->engine, path, &body, &err) == 200) {
		ydoc_set doc = { 0 };
		yerror ye;
		if (ydoc_parse(body.buf, body.len, &doc, &ye) == 0 && doc.ndocs)
			ok = ybool(ymap_get(ymap_get(ymap_get(doc.docs[0], "host"), "security"), "rootless"), out);
		ydoc_free(&doc);
	}
	free(err);
	strbuf_release(&body);
	return ok;
}

/* With no daemon process in sight: is the daemon we talk to rootless? It
 * says so in /info, or it is this user's own socket in $XDG_RUNTIME_DIR. */
static bool guess_rootless(const bh_host_facts *h)
{
	const ynode *so = hf_info(h, "SecurityOptions");
	for (size_t i = 0; so && yis_seq(so) && i < so->n; i++) {
		const char *s = yscalar(so->items[i]);
		if (s && !strcmp(s, "name=rootless"))
			return true;
	}
	const char *xdg = getenv("XDG_RUNTIME_DIR");
	size_t n = xdg ? strlen(xdg) : 0;
	return !*h->root_dir && geteuid() != 0 && n && h->engine_open && h->engine.unix_path &&
	       !strncmp(h->engine.unix_path, xdg, n) && h->engine.unix_path[n] == '/';
}

static void decide_rootless(bh_host_facts *h)
{
	bool b;
	if (h->kind == HF_PODMAN && h->api_ok && podman_reports_rootless(h, &b)) {
		h->rootless = b;
		char *user = h->have_process ? bh_user_name(h->root_dir, h->uid) : NULL;
		if (h->have_process)
			h->rootless_why = bh_asprintf("podman system service pid %d runs as uid %u (%s); /libpod/info says "
						      "rootless: %s", (int)h->pid, (unsigned)h->uid, user, b ? "true" : "false");
		else
			h->rootless_why = bh_asprintf("/libpod/info says rootless: %s", b ? "true" : "false");
		free(user);
		return;
	}
	const ynode *so = hf_info(h, "SecurityOptions");
	for (size_t i = 0; so && yis_seq(so) && i < so->n; i++) {
		const char *s = yscalar(so->items[i]);
		if (s && !strcmp(s, "name=rootless")) {
			h->rootless = true;
			h->rootless_why = bh_strdup("the daemon reports name=rootless");
		}
	}
	if (!h->have_process) {
		if (!h->rootless && hf_bool(&h->config, "rootless", &b) && b) {
			h->rootless = true;
			h->rootless_why = bh_asprintf("%s sets rootless", h->daemon_json);
		}
		return;
	}
	const char *prog = h->kind == HF_PODMAN ? "podman system service" : "dockerd";
	pid_t kit = h->kind == HF_DOCKER ? rootlesskit_ancestor(h->pid) : 0;
	char *user = bh_user_name(h->root_dir, h->uid);
	if (h->uid != 0 || kit || (hf_bool(&h->config, "rootless", &b) && b)) {
		h->rootless = true;
		free(h->rootless_why);
		if (kit)
			h->rootless_why = bh_asprintf("%s pid %d runs as uid %u (%s) under rootlesskit pid %d", prog,
						      (int)h->pid, (unsigned)h->uid, user, (int)kit);
		else
			h->rootless_why = bh_asprintf("%s pid %d runs as uid %u (%s)", prog, (int)h->pid, (unsigned)h->uid, user);
	} else if (!h->rootless) {
		h->rootless_why = bh_asprintf("%s pid %d runs as root (uid 0)", prog, (int)h->pid);
	}
	free(user);
}

void bh_host_facts_gather(bh_host_facts *h, const bh_host_facts_opts *o)
{
	memset(h, 0, sizeof *h);
	h->root_dir = o->root_dir && *o->root_dir ? o->root_dir : "";
	char *err = NULL;
	char *dflt = o->docker_host || *h->root_dir ? NULL : default_host();
	if (bh_engine_open(&h->engine, o->docker_host ? o->docker_host : dflt, &err) == 0) {
		h->engine_open = true;
	} else {
		h->api_error = err;
		err = NULL;
	}
	free(dflt);
	if (h->engine_open && !o->no_api) {
		h->api_ok = true;
		fetch_json(h, "/version", &h->version_doc, &h->version);
		if (h->version && version_is_podman(h->version)) {
			h->kind = HF_PODMAN;
			h->kind_why = bh_asprintf("%s answers as Podman (/version names the Podman Engine)", h->engine.host);
		}
		fetch_json(h, "/info", &h->info_doc, &h->info);
		const char *r = yscalar(hf_info(h, "DockerRootDir"));
		const char *slash = r ? strrchr(r, '/') : NULL;
		if (slash && slash != r && is_remap_dir(slash + 1))
			h->data_root = bh_strndup(r, (size_t)(slash - r));
	} else if (o->no_api && !h->api_error) {
		h->api_error = bh_strdup("the Engine API was not contacted (--no-api)");
	}

	if (h->kind == HF_PODMAN) {
		/* no dockerd and no daemon.json: Podman's configuration files */
		find_podman(h);
		if (!h->have_process)
			h->process_note = bh_asprintf("no podman system service process serving %s is visible in /proc",
						      h->engine.unix_path ? h->engine.unix_path : h->engine.host);
		decide_rootless(h);
		user_paths(h);
		h->daemon_json = h->rootless && h->user_config_dir ? bh_asprintf("%s/containers.conf", h->user_config_dir)
								   : bh_strdup("/etc/containers/containers.conf");
		return;
	}
	find_daemon(h);
	if (h->have_process) {
		int argc = 0;
		char **argv = read_cmdline(h->pid, &argc);
		strbuf sb = STRBUF_INIT;
		for (int i = 0; argv && i < argc; i++)
			strbuf_addf(&sb, "%s%s", i ? " " : "", argv[i]);
		h->cmdline = strbuf_detach(&sb, NULL);
		if (argv && hf_parse_cmdline(&h->config, argc, argv, &err) < 0) {
			free(h->process_note);
			h->process_note = bh_asprintf("dockerd pid %d: command line not understood: %s", (int)h->pid, err);
			free(err);
			err = NULL;
		}
		free_argv(argv);
	}
	h->daemon_json = daemon_json_for(h->root_dir, &h->config, h->have_process, h->pid, h->uid, guess_rootless(h));
	load_daemon_json(h, &h->config);
	decide_rootless(h);
	if (h->rootless)
		user_paths(h);
}

void bh_host_facts_release(bh_host_facts *h)
{
	free(h->kind_why);
	free(h->rootless_why);
	free(h->user_name);
	free(h->user_home);
	free(h->user_config_dir);
	free(h->user_runtime_dir);
	free(h->user_socket);
	free(h->user_data_root);
	free(h->daemon_json_denied);
	free(h->cmdline);
	free(h->process_note);
	free(h->daemon_json);
	free(h->daemon_json_error);
	free(h->data_root);
	hf_config_release(&h->config);
	if (h->engine_open)
		bh_engine_close(&h->engine);
	free(h->api_error);
	ydoc_free(&h->info_doc);
	ydoc_free(&h->version_doc);
	memset(h, 0, sizeof *h);
}

char *hf_path(const bh_host_facts *h, const char *path)
{
	return bh_asprintf("%s%s", h->root_dir, path);
}

const ynode *hf_info(const bh_host_facts *h, const char *dotted)
{
	const ynode *n = h->info;
	char key[128];
	while (n && *dotted) {
		size_t l = strcspn(dotted, ".");
		if (l >= sizeof key)
			return NULL;
		memcpy(key, dotted, l);
		key[l] = '\0';
		n = ymap_get(n, key);
		dotted += l + (dotted[l] == '.');
	}
	return n;
}

/* "100000.100000": the per-remapping directory userns-remap adds below the
 * data root, which /info reports as DockerRootDir. */
static bool is_remap_dir(const char *base)
{
	size_t a = strspn(base, "0123456789");
	return a && base[a] == '.' && base[a + 1 + strspn(base + a + 1, "0123456789")] == '\0' && base[a + 1];
}

const char *hf_data_root(const bh_host_facts *h)
{
	const char *r = yscalar(hf_info(h, "DockerRootDir"));
	if (h->data_root)
		return h->data_root;
	if (r && *r)
		return r;
	r = hf_value(&h->config, "data-root");
	if (r)
		return r;
	if (h->rootless && h->user_data_root)
		return h->user_data_root;
	return h->kind == HF_PODMAN ? "/var/lib/containers/storage" : "/var/lib/docker";
}

bool hf_rootless(const bh_host_facts *h)
{
	return h->rootless;
}

const char *hf_engine_name(const bh_host_facts *h)
{
	return h->kind == HF_PODMAN ? "Podman" : "Docker";
}

const char *hf_docker_socket(const bh_host_facts *h)
{
	size_t n = hf_count(&h->config, "hosts");
	for (size_t i = 0; i < n; i++) {
		const char *v = hf_nth(&h->config, "hosts", i, NULL);
		if (bh_starts_with(v, "unix://") && v[7])
			return v + 7;
	}
	if (h->kind == HF_PODMAN && h->engine_open && h->engine.unix_path)
		return h->engine.unix_path;
	if (h->rootless && h->kind == HF_DOCKER && h->user_socket)
		return h->user_socket;
	return "/var/run/docker.sock";
}
