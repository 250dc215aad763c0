#include "host/bench_int.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/strbuf.h"
#include "core/util.h"
#include "host/files.h"

#define MAX_MOUNTINFO (8u << 20)
#define MAX_CERT_FILES 256

typedef bk_ctx ctx;

const char *bh_check_status_name(bh_check_status s)
{
	static const char *const names[] = { "pass", "warn", "info", "note", "skip" };
	return (unsigned)s < BH_CK_NSTATUS ? names[s] : "unknown";
}

/* ---- recording a verdict ---- */

void bk_verdict(bh_check *k, bh_check_status s, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	strbuf sb = STRBUF_INIT;
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	free(k->detail);
	k->detail = strbuf_detach(&sb, NULL);
	k->status = s;
}

/* Remembers a path substitution (rootless, Podman) for the check's detail. */
static void set_note(ctx *c, char *note)
{
	if (!note)
		return;
	free(c->note);
	c->note = note;
}

/* Points the check at the setting that decided it. */
static void cite(bh_check *k, const hf_setting *s)
{
	if (!s)
		return;
	free(k->evidence);
	free(k->path);
	k->path = NULL;
	k->line = 0;
	if (s->line > 0) {
		k->path = bh_strdup(s->origin);
		k->line = s->line;
		k->evidence = bh_strdup(s->raw);
	} else {
		k->evidence = bh_asprintf("dockerd %s", s->raw);
	}
}

/* The fix for a daemon setting: the daemon.json fragment, and the flag to
 * drop when the wrong value came from the command line. */
static void fix_daemon(ctx *c, bh_check *k, const hf_setting *wrong, const char *fragment)
{
	free(k->remediation);
	if (wrong && wrong->line == 0)
		k->remediation = bh_asprintf("Remove `%s` from the dockerd command line and add %s to %s, then restart "
					     "dockerd.", wrong->raw, fragment, c->h->daemon_json);
	else
		k->remediation = bh_asprintf("Add %s to %s%s, then restart dockerd.", fragment, c->h->daemon_json,
					     wrong ? " (replacing the current value)" : "");
}

static const char *where(const hf_setting *s)
{
	return s && s->line ? "daemon.json" : "command line";
}

/* Daemon settings can only be judged when some configuration was seen. */
static bool need_config(ctx *c, bh_check *k)
{
	if (c->h->daemon_json_denied) {
		/* judging from the command line alone could pass a setting the
		 * unread file changes */
		bk_verdict(k, BH_CK_SKIP, "%s: the daemon's configuration is not fully visible (run as root)",
			c->h->daemon_json_denied);
		return false;
	}
	if (!c->h->have_process && !*c->h->root_dir && c->h->daemon_json_exists) {
		/* on the live host a daemon.json alone is half the configuration: an
		 * unseen command line may set what the file leaves at the default */
		bk_verdict(k, BH_CK_SKIP, "the dockerd command line is not visible (%s), so %s alone does not decide",
			c->h->process_note ? c->h->process_note : "no dockerd process", c->h->daemon_json);
		return false;
	}
	if (c->h->have_process || c->h->daemon_json_exists)
		return true;
	bk_verdict(k, BH_CK_SKIP, "daemon configuration not visible: %s and %s does not exist",
		c->h->process_note ? c->h->process_note : "no dockerd process", c->h->daemon_json);
	return false;
}

bool bk_need_api(ctx *c, bh_check *k)
{
	if (c->h->api_ok)
		return true;
	bk_verdict(k, BH_CK_SKIP, "Engine API not reachable: %s", c->h->api_error ? c->h->api_error : "unknown error");
	return false;
}

/* A boolean daemon option: pass when it has the wanted value. */
static void bool_option(ctx *c, bh_check *k, const char *key, bool dflt, bool want, const char *fragment)
{
	if (!need_config(c, k))
		return;
	const hf_setting *s = hf_get(&c->h->config, key);
	bool v = dflt;
	if (s && s->nvals && !hf_parse_bool(s->vals[s->nvals - 1], &v)) {
		cite(k, s);
		bk_verdict(k, BH_CK_WARN, "%s has a value dockerd does not accept as a boolean", key);
		fix_daemon(c, k, s, fragment);
		return;
	}
	cite(k, s);
	if (v == want) {
		if (s)
			bk_verdict(k, BH_CK_PASS, "%s is %s (%s)", key, v ? "true" : "false", where(s));
		else
			bk_verdict(k, BH_CK_PASS, "%s is %s (the default)", key, v ? "true" : "false");
		return;
	}
	bk_verdict(k, BH_CK_WARN, "%s is %s%s", key, v ? "true" : "false", s ? "" : " (the default)");
	fix_daemon(c, k, s, fragment);
}

/* ---- section 1: host ---- */

/* Mount points in /proc/self/mountinfo use octal escapes for space, tab, newline, backslash. */
static void unescape_mount(char *s)
{
	char *w = s;
	for (char *r = s; *r; r++) {
		if (r[0] == '\\' && r[1] >= '0' && r[1] <= '3' && r[2] >= '0' && r[2] <= '7' && r[3] >= '0' && r[3] <= '7') {
			*w++ = (char)((r[1] - '0') * 64 + (r[2] - '0') * 8 + (r[3] - '0'));
			r += 3;
		} else {
			*w++ = *r;
		}
	}
	*w = '\0';
}

static bool is_mount_point(const char *path, char **fstype)
{
	char *data = bh_read_file("/proc/self/mountinfo", MAX_MOUNTINFO, NULL);
	bool found = false;
	for (char *line = data, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		else
			next = line + strlen(line);
		/* id parent major:minor root mountpoint options ... - fstype source super */
		char *f[5] = { 0 };
		char *save = NULL, *tok = strtok_r(line, " ", &save);
		for (int i = 0; i < 5 && tok; i++, tok = strtok_r(NULL, " ", &save))
			f[i] = tok;
		if (!f[4])
			continue;
		unescape_mount(f[4]);
		if (strcmp(f[4], path))
			continue;
		found = true; /* the last match is the mount on top; keep scanning */
		char *dash = NULL;
		while (tok && strcmp(tok, "-"))
			tok = strtok_r(NULL, " ", &save);
		if (tok)
			dash = strtok_r(NULL, " ", &save);
		free(*fstype);
		*fstype = bh_strdup(dash ? dash : "?");
	}
	free(data);
	return found;
}

static void ck_partition(ctx *c, bh_check *k, const void *arg)
{
	const char *root = hf_data_root(c->h);
	char *full = bh_root_resolve(c->h->root_dir, root);
	if (!full && (errno == EACCES || errno == EPERM)) {
		bk_verdict(k, BH_CK_SKIP, "permission denied reading %s%s (run as root)", c->h->root_dir, root);
		return;
	}
	if (!full) {
		bk_verdict(k, BH_CK_INFO, "%s root directory %s not found", hf_engine_name(c->h), root);
		return;
	}
	char *fstype = NULL;
	k->path = bh_strdup(full);
	if (is_mount_point(full, &fstype)) {
		bk_verdict(k, BH_CK_PASS, "%s is a separate mount (%s)", full, fstype);
	} else {
		bk_verdict(k, BH_CK_WARN, "Docker root directory %s is not a separate partition", full);
		k->remediation = bh_asprintf("Create a file system for %s, mount it there and add it to /etc/fstab.", full);
	}
	free(fstype);
	free(full);
}

static bool trusted(const bh_policy *p, const char *user)
{
	for (size_t i = 0; p && i < p->ntrusted_users; i++)
		if (!strcmp(p->trusted_users[i], user))
			return true;
	return false;
}

static void ck_docker_group(ctx *c, bh_check *k, const void *arg)
{
	const char *group = hf_value(&c->h->config, "group");
	if (!group)
		group = "docker";
	gid_t gid;
	char **members = NULL;
	k->path = hf_path(c->h, "/etc/group");
	if (!bh_group_lookup(c->h->root_dir, group, &gid, &members)) {
		bk_verdict(k, BH_CK_PASS, "no %s group: only root can use the socket", group);
		return;
	}
	char **primary = bh_users_with_gid(c->h->root_dir, gid);
	strbuf all = STRBUF_INIT, bad = STRBUF_INIT;
	size_t n = 0, nbad = 0;
	char **lists[2] = { members, primary };
	for (int l = 0; l < 2; l++) {
		for (size_t i = 0; lists[l] && lists[l][i]; i++) {
			const char *u = lists[l][i];
			bool dup = false;
			for (size_t j = 0; l == 1 && members && members[j]; j++)
				dup = dup || !strcmp(members[j], u);
			if (dup)
				continue;
			strbuf_addf(&all, "%s%s", n++ ? ", " : "", u);
			if (!trusted(c->o->policy, u))
				strbuf_addf(&bad, "%s%s", nbad++ ? ", " : "", u);
		}
	}
	if (n == 0)
		bk_verdict(k, BH_CK_PASS, "the %s group has no members", group);
	else if (!c->o->policy || c->o->policy->ntrusted_users == 0)
		bk_verdict(k, BH_CK_INFO, "%s group members: %s (list the expected ones as trusted_users in the policy to check them)",
			group, all.buf);
	else if (nbad == 0)
		bk_verdict(k, BH_CK_PASS, "every %s group member is trusted: %s", group, all.buf);
	else {
		bk_verdict(k, BH_CK_WARN, "%s group members not in trusted_users: %s", group, bad.buf);
		k->evidence = bh_asprintf("%s: %s", group, all.buf);
		k->remediation = bh_asprintf("Remove them (`gpasswd -d USER %s`) or add them to trusted_users in the policy.", group);
	}
	strbuf_release(&all);
	strbuf_release(&bad);
	bh_strv_free(members);
	bh_strv_free(primary);
}

/* Which file an audit check is about, as a host path (malloc'd), or NULL. */
enum audit_target { AT_FIXED, AT_BINARY, AT_DATA_ROOT, AT_UNIT, AT_DAEMON_JSON };

typedef struct audit_arg {
	enum audit_target kind;
	const char *what; /* path, binary or unit name */
} audit_arg;

static char *audit_target_path(ctx *c, const audit_arg *a)
{
	char *note = NULL, *p = NULL;
	switch (a->kind) {
	case AT_FIXED: p = bk_host_path(c->h, a->what, &note); break;
	case AT_BINARY: p = bk_binary_path(c->h, a->what, &note); break;
	case AT_DATA_ROOT: p = bh_strdup(hf_data_root(c->h)); break;
	case AT_UNIT: p = bk_unit_path(c->h, a->what, &note); break;
	case AT_DAEMON_JSON: {
		char **files;
		size_t n;
		bk_config_files(c->h, &files, &n, &note);
		/* the first that exists, else the first */
		for (size_t i = 0; i < n; i++) {
			char *real = bh_root_resolve(c->h->root_dir, files[i]);
			if (real && !p)
				p = bh_strdup(files[i]);
			free(real);
		}
		if (!p && n)
			p = bh_strdup(files[0]);
		for (size_t i = 0; i < n; i++)
			free(files[i]);
		free(files);
		break;
	}
	}
	set_note(c, note);
	return p;
}

static void ck_audit(ctx *c, bh_check *k, const void *arg)
{
	const audit_arg *a = arg;
	char *path = audit_target_path(c, a);
	char *real = path ? bh_root_resolve(c->h->root_dir, path) : NULL;
	if (!real && path && (errno == EACCES || errno == EPERM)) {
		bk_verdict(k, BH_CK_SKIP, "permission denied reading %s%s (run as root)", c->h->root_dir, path);
		free(path);
		return;
	}
	if (!real) {
		bk_verdict(k, BH_CK_INFO, "%s not found", path ? path : a->what);
		free(path);
		return;
	}
	if (!c->audit_loaded) {
		bh_audit_load(&c->audit, c->h->root_dir);
		c->audit_loaded = true;
	}
	/* the rule may name the path or, for a symlink, its target */
	const char *host_real = real + strlen(c->h->root_dir);
	const bh_audit_rule *partial = NULL, *partial2 = NULL;
	const bh_audit_rule *r = bh_audit_covering(&c->audit, path, &partial);
	if (!r && strcmp(host_real, path))
		r = bh_audit_covering(&c->audit, host_real, &partial2);
	if (!partial)
		partial = partial2;
	if (r) {
		bk_verdict(k, BH_CK_PASS, "%s is audited (%s%s -p %s)", path, r->dir ? "-w " : "path=", r->path, r->perms);
		k->path = bh_strdup(r->origin);
		char *colon = strrchr(k->path, ':');
		if (colon && isdigit((unsigned char)colon[1])) {
			k->line = atoi(colon + 1);
			*colon = '\0';
		}
	} else if (c->audit.denied) {
		/* a rule may exist where this process cannot look */
		bk_verdict(k, BH_CK_SKIP, "no readable audit rule watches %s, but %s (run as root)", path, c->audit.denied);
	} else if (c->audit.nsources == 0) {
		bk_verdict(k, BH_CK_WARN, "no audit rules found for %s (no rules files, auditctl not available)", path);
	} else if (partial) {
		bk_verdict(k, BH_CK_WARN, "%s is audited only for -p %s (%s), not for writes and attribute changes",
			path, partial->perms, partial->origin);
	} else {
		bk_verdict(k, BH_CK_WARN, "no audit rule watches %s", path);
	}
	if (k->status == BH_CK_WARN)
		k->remediation = bh_asprintf("Add `-w %s -p wa -k docker` to /etc/audit/rules.d/docker.rules and run "
					     "`augenrules --load`.", path);
	free(real);
	free(path);
}

static void ck_note(ctx *c, bh_check *k, const void *arg)
{
	bk_verdict(k, BH_CK_NOTE, "%s", (const char *)arg);
}

static void ck_version(ctx *c, bh_check *k, const void *arg)
{
	if (!bk_need_api(c, k))
		return;
	const char *v = yscalar(ymap_get(c->h->version, "Version"));
	const char *api = yscalar(ymap_get(c->h->version, "ApiVersion"));
	bk_verdict(k, BH_CK_INFO, "%s %s (API %s): check your vendor supports it and has no pending security update",
		hf_engine_name(c->h), v ? v : "?", api ? api : "?");
}

/* ---- section 2: daemon ---- */

static void ck_rootless(ctx *c, bh_check *k, const void *arg)
{
	const bh_host_facts *h = c->h;
	const char *what = h->kind == HF_PODMAN ? "the Podman service" : "dockerd";
	if (!h->have_process && !h->api_ok) {
		bk_verdict(k, BH_CK_SKIP, "neither the %s process nor the Engine API is visible: %s", what,
			h->api_error ? h->api_error : h->process_note ? h->process_note : "");
		return;
	}
	if (h->rootless) {
		bk_verdict(k, BH_CK_PASS, "%s runs rootless: %s", what, h->rootless_why ? h->rootless_why : "");
		if (h->user_config_dir)
			k->evidence = bh_asprintf("user %s, configuration %s, data root %s", h->user_name ? h->user_name : "?",
						  h->daemon_json, hf_data_root(h));
		return;
	}
	bk_verdict(k, BH_CK_WARN, "%s runs as root: %s", what,
		h->rootless_why ? h->rootless_why : "the daemon does not report rootless mode");
	if (h->cmdline)
		k->evidence = bh_strdup(h->cmdline);
	k->remediation = bh_strdup(h->kind == HF_PODMAN
		? "Run the service as an ordinary user: `systemctl --user enable --now podman.socket` (socket "
		  "$XDG_RUNTIME_DIR/podman/podman.sock)."
		: "Run dockerd rootless: `dockerd-rootless-setuptool.sh install` as an ordinary user (needs uidmap and "
		  "rootlesskit), then point clients at unix://$XDG_RUNTIME_DIR/docker.sock.");
}

static void ck_icc(ctx *c, bh_check *k, const void *arg)
{
	bool_option(c, k, "icc", true, false, "`\"icc\": false`");
}

static void ck_log_level(ctx *c, bh_check *k, const void *arg)
{
	if (!need_config(c, k))
		return;
	bool debug = false;
	const hf_setting *d = hf_get(&c->h->config, "debug");
	const hf_setting *s = hf_get(&c->h->config, "log-level");
	const char *lvl = hf_value(&c->h->config, "log-level");
	if (hf_bool(&c->h->config, "debug", &debug) && debug) {
		cite(k, d);
		bk_verdict(k, BH_CK_WARN, "debug is enabled, which sets the log level to debug");
		fix_daemon(c, k, d, "`\"debug\": false, \"log-level\": \"info\"`");
		return;
	}
	cite(k, s);
	if (!lvl || !strcmp(lvl, "info")) {
		bk_verdict(k, BH_CK_PASS, "log level is info%s", lvl ? "" : " (the default)");
		return;
	}
	bk_verdict(k, BH_CK_WARN, "log level is %s, not info", lvl);
	fix_daemon(c, k, s, "`\"log-level\": \"info\"`");
}

static void ck_iptables(ctx *c, bh_check *k, const void *arg)
{
	bool_option(c, k, "iptables", true, true, "`\"iptables\": true`");
}

static void ck_insecure_registries(ctx *c, bh_check *k, const void *arg)
{
	if (!need_config(c, k))
		return;
	size_t n = hf_count(&c->h->config, "insecure-registries");
	strbuf list = STRBUF_INIT;
	const hf_setting *first = NULL;
	for (size_t i = 0; i < n; i++) {
		const hf_setting *s;
		const char *v = hf_nth(&c->h->config, "insecure-registries", i, &s);
		if (!first)
			first = s;
		strbuf_addf(&list, "%s%s", i ? ", " : "", v);
	}
	if (n == 0) {
		bk_verdict(k, BH_CK_PASS, "no insecure registries configured");
	} else {
		cite(k, first);
		bk_verdict(k, BH_CK_WARN, "insecure registries configured: %s", list.buf);
		fix_daemon(c, k, first, "`\"insecure-registries\": []`");
	}
	strbuf_release(&list);
}

static void ck_aufs(ctx *c, bh_check *k, const void *arg)
{
	const char *drv = yscalar(hf_info(c->h, "Driver"));
	const hf_setting *s = hf_get(&c->h->config, "storage-driver");
	if (!drv && s) {
		drv = hf_value(&c->h->config, "storage-driver");
		cite(k, s);
	}
	if (!drv) {
		if (bk_need_api(c, k))
			bk_verdict(k, BH_CK_SKIP, "storage driver unknown");
		return;
	}
	if (!strcmp(drv, "aufs")) {
		bk_verdict(k, BH_CK_WARN, "storage driver is aufs");
		fix_daemon(c, k, s, "`\"storage-driver\": \"overlay2\"`");
	} else {
		bk_verdict(k, BH_CK_PASS, "storage driver is %s", drv);
	}
}

static bool is_tcp_host(const char *h)
{
	return !bh_starts_with(h, "unix://") && !bh_starts_with(h, "fd://") && !bh_starts_with(h, "npipe://");
}

static void ck_tls(ctx *c, bh_check *k, const void *arg)
{
	if (!need_config(c, k))
		return;
	const hf_config *cfg = &c->h->config;
	size_t n = hf_count(cfg, "hosts");
	const char *tcp = NULL;
	const hf_setting *from = NULL;
	for (size_t i = 0; i < n && !tcp; i++) {
		const hf_setting *s;
		const char *v = hf_nth(cfg, "hosts", i, &s);
		if (is_tcp_host(v)) {
			tcp = v;
			from = s;
		}
	}
	if (!tcp) {
		bk_verdict(k, BH_CK_INFO, "the daemon does not listen on TCP");
		return;
	}
	cite(k, from);
	bool verify = false, tls = false;
	hf_bool(cfg, "tlsverify", &verify);
	hf_bool(cfg, "tls", &tls);
	const char *fragment = "`\"tlsverify\": true, \"tlscacert\": \"/etc/docker/tls/ca.pem\", \"tlscert\": "
			       "\"/etc/docker/tls/server-cert.pem\", \"tlskey\": \"/etc/docker/tls/server-key.pem\"`";
	if (verify) {
		const char *ca = hf_value(cfg, "tlscacert"), *cert = hf_value(cfg, "tlscert"), *key = hf_value(cfg, "tlskey");
		if (ca && cert && key)
			bk_verdict(k, BH_CK_PASS, "%s uses TLS with client verification (CA %s)", tcp, ca);
		else
			bk_verdict(k, BH_CK_PASS, "%s uses TLS with client verification (default certificates in ~/.docker)", tcp);
		return;
	}
	if (tls || hf_value(cfg, "tlscert"))
		bk_verdict(k, BH_CK_WARN, "%s uses TLS but does not verify clients (tlsverify is off)", tcp);
	else
		bk_verdict(k, BH_CK_WARN, "%s listens on TCP without TLS: anyone who reaches it is root", tcp);
	fix_daemon(c, k, NULL, fragment);
}

static void ck_ulimit(ctx *c, bh_check *k, const void *arg)
{
	if (!need_config(c, k))
		return;
	const hf_setting *s = hf_get(&c->h->config, "default-ulimits");
	if (s && s->nvals) {
		cite(k, s);
		bk_verdict(k, BH_CK_PASS, "default ulimits set: %s", s->vals[0]);
	} else {
		bk_verdict(k, BH_CK_INFO, "no default ulimit is set");
	}
}

static bool security_option(ctx *c, const char *prefix)
{
	const ynode *so = hf_info(c->h, "SecurityOptions");
	for (size_t i = 0; so && yis_seq(so) && i < so->n; i++) {
		const char *s = yscalar(so->items[i]);
		if (s && bh_starts_with(s, prefix))
			return true;
	}
	return false;
}

static void ck_userns(ctx *c, bh_check *k, const void *arg)
{
	const hf_setting *s = hf_get(&c->h->config, "userns-remap");
	const char *v = hf_value(&c->h->config, "userns-remap");
	if (v && *v) {
		cite(k, s);
		bk_verdict(k, BH_CK_PASS, "user namespace remapping to %s", v);
	} else if (security_option(c, "name=userns")) {
		bk_verdict(k, BH_CK_PASS, "the daemon reports name=userns");
	} else if (hf_rootless(c->h) && (c->h->have_process || c->h->api_ok)) {
		bk_verdict(k, BH_CK_PASS, "rootless mode runs every container in a user namespace");
	} else if (need_config(c, k)) {
		bk_verdict(k, BH_CK_WARN, "user namespace remapping is off");
		fix_daemon(c, k, NULL, "`\"userns-remap\": \"default\"`");
	}
}

static void ck_cgroup_parent(ctx *c, bh_check *k, const void *arg)
{
	if (!need_config(c, k))
		return;
	const hf_setting *s = hf_get(&c->h->config, "cgroup-parent");
	const char *v = hf_value(&c->h->config, "cgroup-parent");
	if (v && *v) {
		cite(k, s);
		bk_verdict(k, BH_CK_INFO, "cgroup-parent is %s: confirm this is intended", v);
	} else {
		bk_verdict(k, BH_CK_PASS, "the default cgroup parent is used");
	}
}

static void ck_basesize(ctx *c, bh_check *k, const void *arg)
{
	if (!need_config(c, k))
		return;
	size_t n = hf_count(&c->h->config, "storage-opts");
	for (size_t i = 0; i < n; i++) {
		const hf_setting *s;
		const char *v = hf_nth(&c->h->config, "storage-opts", i, &s);
		if (bh_starts_with(v, "dm.basesize")) {
			cite(k, s);
			bk_verdict(k, BH_CK_WARN, "base device size changed: %s", v);
			free(k->remediation);
			k->remediation = bh_asprintf("Remove dm.basesize from storage-opts in %s unless it is needed.",
						     c->h->daemon_json);
			return;
		}
	}
	bk_verdict(k, BH_CK_PASS, "base device size not changed");
}

static void ck_authz(ctx *c, bh_check *k, const void *arg)
{
	if (!need_config(c, k))
		return;
	const hf_setting *s = hf_get(&c->h->config, "authorization-plugins");
	if (hf_count(&c->h->config, "authorization-plugins")) {
		cite(k, s);
		bk_verdict(k, BH_CK_PASS, "authorization plugin %s", hf_nth(&c->h->config, "authorization-plugins", 0, NULL));
	} else {
		bk_verdict(k, BH_CK_WARN, "no authorization plugin: every client of the socket may do everything");
		fix_daemon(c, k, NULL, "`\"authorization-plugins\": [\"PLUGIN\"]`");
	}
}

static void ck_remote_logging(ctx *c, bh_check *k, const void *arg)
{
	const hf_setting *s = hf_get(&c->h->config, "log-driver");
	const char *drv = yscalar(hf_info(c->h, "LoggingDriver"));
	if (!drv)
		drv = hf_value(&c->h->config, "log-driver");
	if (!drv) {
		if (!need_config(c, k))
			return;
		drv = "json-file";
	}
	cite(k, s);
	static const char *const local[] = { "json-file", "local", "none", "" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(local); i++) {
		if (!strcmp(drv, local[i])) {
			bk_verdict(k, BH_CK_WARN, "log driver %s keeps logs only on this host", *drv ? drv : "(none)");
			fix_daemon(c, k, s, "`\"log-driver\": \"syslog\", \"log-opts\": {\"syslog-address\": \"tcp://LOGHOST:514\"}`");
			return;
		}
	}
	bk_verdict(k, BH_CK_PASS, "log driver %s", drv);
}

static void ck_nnp(ctx *c, bh_check *k, const void *arg)
{
	bool_option(c, k, "no-new-privileges", false, true, "`\"no-new-privileges\": true`");
}

static void ck_live_restore(ctx *c, bh_check *k, const void *arg)
{
	bool on;
	const ynode *n = hf_info(c->h, "LiveRestoreEnabled");
	if (n && ybool(n, &on)) {
		const hf_setting *s = hf_get(&c->h->config, "live-restore");
		cite(k, s);
		if (on) {
			bk_verdict(k, BH_CK_PASS, "live restore is enabled");
		} else {
			bk_verdict(k, BH_CK_WARN, "live restore is disabled");
			fix_daemon(c, k, s, "`\"live-restore\": true`");
		}
		return;
	}
	bool_option(c, k, "live-restore", false, true, "`\"live-restore\": true`");
}

static void ck_userland_proxy(ctx *c, bh_check *k, const void *arg)
{
	bool_option(c, k, "userland-proxy", true, false, "`\"userland-proxy\": false`");
}

static void ck_seccomp(ctx *c, bh_check *k, const void *arg)
{
	const hf_setting *s = hf_get(&c->h->config, "seccomp-profile");
	const char *p = hf_value(&c->h->config, "seccomp-profile");
	if (p && !strcmp(p, "unconfined")) {
		cite(k, s);
		bk_verdict(k, BH_CK_WARN, "seccomp-profile is unconfined: containers run without seccomp");
		fix_daemon(c, k, s, "`\"seccomp-profile\": \"builtin\"`");
	} else if (p && *p && strcmp(p, "builtin")) {
		cite(k, s);
		bk_verdict(k, BH_CK_PASS, "daemon-wide seccomp profile %s", p);
	} else if (c->h->api_ok && !security_option(c, "name=seccomp")) {
		bk_verdict(k, BH_CK_WARN, "the daemon reports no seccomp support");
	} else if (need_config(c, k) || c->h->api_ok) {
		bk_verdict(k, BH_CK_INFO, "the default seccomp profile is used");
	}
}

static void ck_experimental(ctx *c, bh_check *k, const void *arg)
{
	bool on = false;
	const ynode *n = hf_info(c->h, "ExperimentalBuild");
	const hf_setting *s = hf_get(&c->h->config, "experimental");
	if (!(n && ybool(n, &on)) && !hf_bool(&c->h->config, "experimental", &on) && !need_config(c, k))
		return;
	cite(k, s);
	if (on) {
		bk_verdict(k, BH_CK_WARN, "experimental features are enabled");
		fix_daemon(c, k, s, "`\"experimental\": false`");
	} else {
		bk_verdict(k, BH_CK_PASS, "experimental features are disabled");
	}
}

/* ---- section 3: files ---- */

enum file_target {
	FT_UNIT,        /* what = unit name */
	FT_FIXED,       /* what = path */
	FT_CERTS_D,     /* every file below /etc/docker/certs.d */
	FT_TLS,         /* what = tlscacert / tlscert / tlskey */
	FT_DOCKER_SOCK,
	FT_DAEMON_JSON,
};

typedef struct file_arg {
	enum file_target kind;
	const char *what;
	const char *owner;  /* "root:root" for an ownership check, else NULL */
	mode_t mode;        /* allowed bits for a permission check */
} file_arg;

typedef struct pathlist {
	char **v;
	size_t n, alloc;
} pathlist;

static void pl_add(pathlist *l, char *p)
{
	*BH_ARRAY_PUSH(l->v, l->n, l->alloc) = p;
}

static void pl_free(pathlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
}

static void list_certs(const char *root, const char *dir, pathlist *out, int depth)
{
	char *full = bh_asprintf("%s%s", root, dir);
	DIR *d = opendir(full);
	free(full);
	if (!d)
		return;
	struct dirent *de;
	while ((de = readdir(d)) && out->n < MAX_CERT_FILES) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		char *p = bh_asprintf("%s/%s", dir, de->d_name);
		char *fp = bh_asprintf("%s%s", root, p);
		struct stat st;
		if (lstat(fp, &st) == 0 && S_ISDIR(st.st_mode) && depth < 2)
			list_certs(root, p, out, depth + 1);
		else if (lstat(fp, &st) == 0 && S_ISREG(st.st_mode))
			pl_add(out, bh_strdup(p));
		free(fp);
		free(p);
	}
	closedir(d);
}

/* The host paths a file check is about; *why says why none when empty. */
static void file_targets(ctx *c, const file_arg *a, pathlist *out, const char **why)
{
	char *p = NULL, *note = NULL;
	*why = "not found";
	switch (a->kind) {
	case FT_UNIT:
		p = bk_unit_path(c->h, a->what, &note);
		*why = c->h->rootless ? "unit file not found in the systemd user unit search path"
				      : "unit file not found in the systemd unit search path";
		break;
	case FT_FIXED:
		p = bk_host_path(c->h, a->what, &note);
		break;
	case FT_CERTS_D: {
		char *dir = bk_host_path(c->h, "/etc/docker/certs.d", &note);
		list_certs(c->h->root_dir, dir, out, 0);
		*why = c->h->kind == HF_PODMAN ? "no registry certificates in /etc/containers/certs.d"
		       : c->h->rootless ? "no registry certificates in the rootless certs.d"
					: "no registry certificates in /etc/docker/certs.d";
		free(dir);
		set_note(c, note);
		return;
	}
	case FT_TLS: {
		const char *v = hf_value(&c->h->config, a->what);
		if (v && *v == '/')
			p = bh_strdup(v);
		*why = v ? "configured file not found" : "not configured";
		break;
	}
	case FT_DOCKER_SOCK:
		p = bh_strdup(hf_docker_socket(c->h));
		if (c->h->kind == HF_PODMAN)
			note = bh_asprintf("Podman: the API socket %s stands for docker.sock", p);
		else if (c->h->rootless)
			note = bh_asprintf("rootless: %s stands for /var/run/docker.sock", p);
		break;
	case FT_DAEMON_JSON: {
		char **files;
		size_t n;
		bk_config_files(c->h, &files, &n, &note);
		for (size_t i = 0; i < n; i++)
			pl_add(out, files[i]);
		free(files);
		set_note(c, note);
		return;
	}
	}
	set_note(c, note);
	if (p)
		pl_add(out, p);
}

static void ck_file(ctx *c, bh_check *k, const void *arg)
{
	const file_arg *a = arg;
	pathlist paths = { 0 };
	const char *why;
	file_targets(c, a, &paths, &why);
	strbuf bad = STRBUF_INIT, good = STRBUF_INIT, fix = STRBUF_INIT;
	size_t nfound = 0, nbad = 0;
	char *denied = NULL;
	for (size_t i = 0; i < paths.n; i++) {
		char *real = bh_root_resolve(c->h->root_dir, paths.v[i]);
		struct stat st;
		if (!real || stat(real, &st) < 0) {
			/* a file this process may not see is not a file that is fine */
			if ((errno == EACCES || errno == EPERM) && !denied)
				denied = real ? bh_strdup(real) : hf_path(c->h, paths.v[i]);
			free(real);
			continue;
		}
		nfound++;
		if (!k->path)
			k->path = bh_strdup(real);
		if (a->owner) {
			uid_t want_uid;
			gid_t want_gid;
			const char *gname;
			bool user_owned;
			bk_want_owner(c->h, paths.v[i], a->owner, &want_uid, &want_gid, &gname, &user_owned);
			bool have_group = !gname || !strcmp(gname, "root") || bh_group_lookup(c->h->root_dir, gname, &want_gid, NULL);
			char *un = bh_user_name(c->h->root_dir, st.st_uid), *gn = bh_group_name(c->h->root_dir, st.st_gid);
			char *want_u = bh_user_name(c->h->root_dir, want_uid);
			char *want_g = gname ? bh_strdup(gname) : bh_group_name(c->h->root_dir, want_gid);
			/* a rootless dockerd gives its socket to the docker group of its
			 * user namespace: on the host that is one of the user's
			 * subordinate gids, reachable only from inside that namespace */
			bool sub_gid = user_owned && st.st_uid == want_uid && st.st_gid != want_gid &&
				       bh_subid_owned(c->h->root_dir, "/etc/subgid", c->h->user_name, want_uid, st.st_gid);
			if (st.st_uid == want_uid && have_group && (st.st_gid == want_gid || sub_gid)) {
				strbuf_addf(&good, "%s%s %s:%s%s", good.len ? "; " : "", real, un, gn,
					    sub_gid ? " (a subordinate gid of the rootless daemon's user, /etc/subgid)"
					    : user_owned ? " (the rootless daemon's user)" : "");
			} else {
				if (!nbad++) {
					free(k->path);
					k->path = bh_strdup(real);
				}
				strbuf_addf(&bad, "%s%s is owned by %s:%s, not %s:%s", bad.len ? "; " : "", real, un, gn, want_u,
					    want_g);
				strbuf_addf(&fix, "%schown %s:%s %s", fix.len ? " && " : "", want_u, want_g, real);
			}
			free(un);
			free(gn);
			free(want_u);
			free(want_g);
		} else {
			mode_t m = st.st_mode & 07777;
			mode_t allowed = a->mode;
			uid_t wu;
			gid_t wg;
			const char *wgn;
			bool user_owned;
			bk_want_owner(c->h, paths.v[i], "root:root", &wu, &wg, &wgn, &user_owned);
			/* the XDG base directory spec asks for the sticky bit on files in
			 * $XDG_RUNTIME_DIR that must survive its periodic clean-up;
			 * rootless dockerd sets it on its socket */
			if (user_owned && c->h->user_runtime_dir &&
			    !strncmp(paths.v[i], c->h->user_runtime_dir, strlen(c->h->user_runtime_dir)))
				allowed |= S_ISVTX;
			if (bh_mode_within(m, allowed)) {
				strbuf_addf(&good, "%s%s %04o", good.len ? "; " : "", real, (unsigned)m);
			} else {
				if (!nbad++) {
					free(k->path);
					k->path = bh_strdup(real);
				}
				strbuf_addf(&bad, "%s%s has mode %04o: %04o is outside %03o", bad.len ? "; " : "", real,
					    (unsigned)m, (unsigned)bh_mode_excess(m, a->mode), (unsigned)a->mode);
				/* keep the allowed bits the file already has, never widen it */
				strbuf_addf(&fix, "%schmod %03o %s", fix.len ? " && " : "", (unsigned)(m & a->mode), real);
			}
		}
		free(real);
	}
	if (nbad) {
		bk_verdict(k, BH_CK_WARN, "%s", bad.buf);
		k->remediation = bh_asprintf("`%s`", fix.buf);
		if (!a->owner)
			k->evidence = bh_strdup(bad.buf);
	} else if (denied) {
		bk_verdict(k, BH_CK_SKIP, "permission denied reading %s (run as root)", denied);
	} else if (nfound == 0) {
		bk_verdict(k, BH_CK_INFO, "%s%s%s", paths.n == 1 ? paths.v[0] : "", paths.n == 1 ? ": " : "", why);
	} else {
		bk_verdict(k, BH_CK_PASS, "%s", good.buf);
	}
	free(denied);
	strbuf_release(&bad);
	strbuf_release(&good);
	strbuf_release(&fix);
	pl_free(&paths);
}

/* ---- section 6 and 7: from the Engine API ---- */

static void ck_images(ctx *c, bh_check *k, const void *arg)
{
	int64_t n = 0;
	if (!bk_need_api(c, k))
		return;
	if (!yint(hf_info(c->h, "Images"), &n) || n < 0) {
		bk_verdict(k, BH_CK_SKIP, "/info reports no image count");
		return;
	}
	bk_verdict(k, BH_CK_INFO, "%lld images", (long long)n);
}

static void ck_containers(ctx *c, bh_check *k, const void *arg)
{
	int64_t n = 0, running = 0;
	if (!bk_need_api(c, k))
		return;
	if (!yint(hf_info(c->h, "Containers"), &n) || !yint(hf_info(c->h, "ContainersRunning"), &running) || n < 0 ||
	    running < 0) {
		bk_verdict(k, BH_CK_SKIP, "/info reports no container counts");
		return;
	}
	bk_verdict(k, BH_CK_INFO, "%lld containers, %lld running", (long long)n, (long long)running);
}

/* Swarm checks run only on an active manager. */
static bool need_swarm_manager(ctx *c, bh_check *k)
{
	if (!bk_need_api(c, k))
		return false;
	const char *state = yscalar(hf_info(c->h, "Swarm.LocalNodeState"));
	if (!state || strcmp(state, "active")) {
		bk_verdict(k, BH_CK_SKIP, "swarm mode is not active (LocalNodeState %s)", state ? state : "unknown");
		return false;
	}
	bool manager = false;
	if (!ybool(hf_info(c->h, "Swarm.ControlAvailable"), &manager) || !manager) {
		bk_verdict(k, BH_CK_SKIP, "this node is a swarm worker; run the check on a manager");
		return false;
	}
	return true;
}

/* GETs an API path and parses it; NULL with a skip verdict on failure. */
static const ynode *api_get(ctx *c, bh_check *k, const char *path, ydoc_set *doc)
{
	strbuf body = STRBUF_INIT;
	char *err = NULL;
	long st = bh_engine_get(&c->h->engine, path, &body, &err);
	const ynode *root = NULL;
	yerror ye;
	if (st != 200)
		bk_verdict(k, BH_CK_SKIP, "GET %s failed: %s", path, err ? err : "unexpected status");
	else if (ydoc_parse(body.buf, body.len, doc, &ye) < 0 || !doc->ndocs)
		bk_verdict(k, BH_CK_SKIP, "GET %s: answer is not JSON", path);
	else
		root = doc->docs[0];
	free(err);
	strbuf_release(&body);
	return root;
}

static void ck_swarm_managers(ctx *c, bh_check *k, const void *arg)
{
	if (!need_swarm_manager(c, k))
		return;
	int64_t managers = 0, nodes = 0;
	yint(hf_info(c->h, "Swarm.Managers"), &managers);
	yint(hf_info(c->h, "Swarm.Nodes"), &nodes);
	bk_verdict(k, BH_CK_INFO, "%lld of %lld nodes are managers: keep only as many as fault tolerance needs",
		(long long)managers, (long long)nodes);
}

static void ck_swarm_overlay(ctx *c, bh_check *k, const void *arg)
{
	if (!need_swarm_manager(c, k))
		return;
	ydoc_set doc = { 0 };
	const ynode *nets = api_get(c, k, "/networks?filters=%7B%22driver%22%3A%5B%22overlay%22%5D%7D", &doc);
	if (nets) {
		strbuf bad = STRBUF_INIT;
		for (size_t i = 0; yis_seq(nets) && i < nets->n; i++) {
			const ynode *n = nets->items[i];
			if (!ymap_get(ymap_get(n, "Options"), "encrypted")) {
				const char *name = yscalar(ymap_get(n, "Name"));
				strbuf_addf(&bad, "%s%s", bad.len ? ", " : "", name ? name : "?");
			}
		}
		if (bad.len) {
			bk_verdict(k, BH_CK_WARN, "unencrypted overlay networks: %s", bad.buf);
			k->remediation = bh_strdup("Recreate them with `docker network create -d overlay --opt encrypted NAME`.");
		} else {
			bk_verdict(k, BH_CK_PASS, "every overlay network is encrypted");
		}
		strbuf_release(&bad);
	}
	ydoc_free(&doc);
}

static void ck_swarm_secrets(ctx *c, bh_check *k, const void *arg)
{
	if (!need_swarm_manager(c, k))
		return;
	ydoc_set doc = { 0 };
	const ynode *s = api_get(c, k, "/secrets", &doc);
	if (s)
		bk_verdict(k, BH_CK_INFO, "%zu swarm secrets", yis_seq(s) ? s->n : (size_t)0);
	ydoc_free(&doc);
}

static void ck_swarm_autolock(ctx *c, bh_check *k, const void *arg)
{
	if (!need_swarm_manager(c, k))
		return;
	ydoc_set doc = { 0 };
	const ynode *s = api_get(c, k, "/swarm/unlockkey", &doc);
	if (s) {
		const char *key = yscalar(ymap_get(s, "UnlockKey"));
		if (key && *key) {
			bk_verdict(k, BH_CK_PASS, "the swarm is auto-locked");
		} else {
			bk_verdict(k, BH_CK_WARN, "the swarm is not auto-locked");
			k->remediation = bh_strdup("`docker swarm update --autolock=true`");
		}
	}
	ydoc_free(&doc);
}

static void ck_swarm_note(ctx *c, bh_check *k, const void *arg)
{
	if (need_swarm_manager(c, k))
		bk_verdict(k, BH_CK_NOTE, "%s", (const char *)arg);
}

/* ---- the check table ---- */

typedef void (*check_fn)(ctx *, bh_check *, const void *);

#define AUD(id, kind, what) { id, true, ck_audit, &(const audit_arg){ kind, what } }
#define OWN(id, kind, what, owner) { id, true, ck_file, &(const file_arg){ kind, what, owner, 0 } }
#define PERM(id, kind, what, mode) { id, true, ck_file, &(const file_arg){ kind, what, NULL, mode } }

static const struct check_def {
	const char *id;
	bool scored;
	check_fn fn;
	const void *arg;
} checks[] = {
	{ "1.1.1", true, ck_partition, NULL },
	{ "1.1.2", true, ck_docker_group, NULL },
	AUD("1.1.3", AT_BINARY, "dockerd"),
	AUD("1.1.4", AT_FIXED, "/run/containerd"),
	AUD("1.1.5", AT_DATA_ROOT, NULL),
	AUD("1.1.6", AT_FIXED, "/etc/docker"),
	AUD("1.1.7", AT_UNIT, "docker.service"),
	AUD("1.1.8", AT_FIXED, "/run/containerd/containerd.sock"),
	AUD("1.1.9", AT_UNIT, "docker.socket"),
	AUD("1.1.10", AT_FIXED, "/etc/default/docker"),
	AUD("1.1.11", AT_DAEMON_JSON, NULL),
	AUD("1.1.12", AT_FIXED, "/etc/containerd/config.toml"),
	AUD("1.1.13", AT_FIXED, "/etc/sysconfig/docker"),
	AUD("1.1.14", AT_BINARY, "containerd"),
	AUD("1.1.15", AT_BINARY, "containerd-shim"),
	AUD("1.1.16", AT_BINARY, "containerd-shim-runc-v1"),
	AUD("1.1.17", AT_BINARY, "containerd-shim-runc-v2"),
	AUD("1.1.18", AT_BINARY, "runc"),
	{ "1.2.1", false, ck_note, "review the host's hardening against the CIS benchmark for its distribution" },
	{ "1.2.2", false, ck_version, NULL },

	{ "2.1", false, ck_rootless, NULL },
	{ "2.2", true, ck_icc, NULL },
	{ "2.3", true, ck_log_level, NULL },
	{ "2.4", true, ck_iptables, NULL },
	{ "2.5", true, ck_insecure_registries, NULL },
	{ "2.6", true, ck_aufs, NULL },
	{ "2.7", true, ck_tls, NULL },
	{ "2.8", false, ck_ulimit, NULL },
	{ "2.9", true, ck_userns, NULL },
	{ "2.10", true, ck_cgroup_parent, NULL },
	{ "2.11", true, ck_basesize, NULL },
	{ "2.12", true, ck_authz, NULL },
	{ "2.13", true, ck_remote_logging, NULL },
	{ "2.14", true, ck_nnp, NULL },
	{ "2.15", true, ck_live_restore, NULL },
	{ "2.16", true, ck_userland_proxy, NULL },
	{ "2.17", false, ck_seccomp, NULL },
	{ "2.18", false, ck_experimental, NULL },

	OWN("3.1", FT_UNIT, "docker.service", "root:root"),
	PERM("3.2", FT_UNIT, "docker.service", 0644),
	OWN("3.3", FT_UNIT, "docker.socket", "root:root"),
	PERM("3.4", FT_UNIT, "docker.socket", 0644),
	OWN("3.5", FT_FIXED, "/etc/docker", "root:root"),
	PERM("3.6", FT_FIXED, "/etc/docker", 0755),
	OWN("3.7", FT_CERTS_D, NULL, "root:root"),
	PERM("3.8", FT_CERTS_D, NULL, 0444),
	OWN("3.9", FT_TLS, "tlscacert", "root:root"),
	PERM("3.10", FT_TLS, "tlscacert", 0444),
	OWN("3.11", FT_TLS, "tlscert", "root:root"),
	PERM("3.12", FT_TLS, "tlscert", 0444),
	OWN("3.13", FT_TLS, "tlskey", "root:root"),
	PERM("3.14", FT_TLS, "tlskey", 0400),
	OWN("3.15", FT_DOCKER_SOCK, NULL, "root:docker"),
	PERM("3.16", FT_DOCKER_SOCK, NULL, 0660),
	OWN("3.17", FT_DAEMON_JSON, NULL, "root:root"),
	PERM("3.18", FT_DAEMON_JSON, NULL, 0644),
	OWN("3.19", FT_FIXED, "/etc/default/docker", "root:root"),
	PERM("3.20", FT_FIXED, "/etc/default/docker", 0644),
	PERM("3.21", FT_FIXED, "/etc/sysconfig/docker", 0644),
	OWN("3.22", FT_FIXED, "/etc/sysconfig/docker", "root:root"),
	OWN("3.23", FT_FIXED, "/run/containerd/containerd.sock", "root:root"),
	PERM("3.24", FT_FIXED, "/run/containerd/containerd.sock", 0660),

	{ "4.1", true, bk_image_rule, &(const rules_arg){ { "CS020", "CS021" }, BH_CK_WARN, "no container runs as root" } },
	{ "4.2", false, bk_trusted_images, &(const rules_arg){ { "CS032" }, BH_CK_WARN, "every container's image comes from a trusted registry" } },
	{ "4.3", false, ck_note, "review the packages of each image; start from a minimal base" },
	{ "4.4", false, ck_note, "scan images for known vulnerabilities and rebuild them when fixes appear" },
	{ "4.5", true, bk_content_trust, NULL },
	{ "4.6", true, bk_image_healthcheck, NULL },
	{ "4.7", false, bk_image_history, &(const history_arg){ bk_history_update_alone, "refresh the package index in a layer that installs nothing" } },
	{ "4.8", false, ck_note, "review setuid and setgid files in each image (find / -perm /6000)" },
	{ "4.9", false, bk_image_history, &(const history_arg){ bk_history_is_add, "use ADD" } },
	{ "4.10", false, bk_image_secrets, &(const rules_arg){ { "CS029" }, BH_CK_WARN, "no secret in a running container's environment" } },
	{ "4.11", false, ck_note, "install packages only through package managers that verify signatures" },
	{ "4.12", false, ck_note, "verify artifact signatures before use" },

	{ "5.1", true, bk_swarm_mode, NULL },
	{ "5.2", true, bk_apparmor, NULL },
	{ "5.3", true, bk_selinux, &(const rules_arg){ { "CS017" }, BH_CK_WARN, "no container weakens its SELinux label" } },
	{ "5.4", true, bk_capabilities, &(const rules_arg){ { "CS002", "CS003" }, BH_CK_WARN, "no container adds capabilities beyond Docker's default set" } },
	{ "5.5", true, bk_container_rules, &(const rules_arg){ { "CS001" }, BH_CK_WARN, "no container is privileged" } },
	{ "5.6", true, bk_container_rules, &(const rules_arg){ { "CS011" }, BH_CK_WARN, "no container mounts a sensitive host directory" } },
	{ "5.7", true, bk_sshd, NULL },
	{ "5.8", true, bk_container_rules, &(const rules_arg){ { "CS025" }, BH_CK_WARN, "no container publishes a host port below 1024" } },
	{ "5.9", false, bk_open_ports, NULL },
	{ "5.10", true, bk_container_rules, &(const rules_arg){ { "CS005" }, BH_CK_WARN, "no container shares the host's network namespace" } },
	{ "5.11", true, bk_container_rules, &(const rules_arg){ { "CS022" }, BH_CK_WARN, "every container has a memory limit" } },
	{ "5.12", true, bk_container_rules, &(const rules_arg){ { "CS023" }, BH_CK_WARN, "every container has CPU shares or a CPU limit" } },
	{ "5.13", true, bk_container_rules, &(const rules_arg){ { "CS019" }, BH_CK_WARN, "every container's root file system is read-only" } },
	{ "5.14", true, bk_container_rules, &(const rules_arg){ { "CS026" }, BH_CK_WARN, "no container publishes a port on every interface" } },
	{ "5.15", true, bk_container_rules, &(const rules_arg){ { "CS028" }, BH_CK_WARN, "no container restarts without a retry limit of at most 5" } },
	{ "5.16", true, bk_container_rules, &(const rules_arg){ { "CS006" }, BH_CK_WARN, "no container shares the host's PID namespace" } },
	{ "5.17", true, bk_container_rules, &(const rules_arg){ { "CS007" }, BH_CK_WARN, "no container shares the host's IPC namespace" } },
	{ "5.18", false, bk_container_rules, &(const rules_arg){ { "CS014" }, BH_CK_INFO, "no container has a host device" } },
	{ "5.19", false, bk_ulimits, NULL },
	{ "5.20", true, bk_container_rules, &(const rules_arg){ { "CS013" }, BH_CK_WARN, "no container mounts with shared propagation" } },
	{ "5.21", true, bk_container_rules, &(const rules_arg){ { "CS008" }, BH_CK_WARN, "no container shares the host's UTS namespace" } },
	{ "5.22", true, bk_seccomp, NULL },
	{ "5.23", true, bk_exec, "privileged" },
	{ "5.24", false, bk_exec, NULL },
	{ "5.25", true, bk_cgroup_parent, NULL },
	{ "5.26", true, bk_nnp, NULL },
	{ "5.27", true, bk_health, NULL },
	{ "5.28", false, ck_note, "pull before run (`docker run --pull always`) or pin images by digest" },
	{ "5.29", true, bk_container_rules, &(const rules_arg){ { "CS024" }, BH_CK_WARN, "every container has a PIDs limit" } },
	{ "5.30", false, bk_docker0, NULL },
	{ "5.31", true, bk_userns, &(const rules_arg){ { "CS009" }, BH_CK_WARN, "no container shares the host's user namespace (--userns host)" } },
	{ "5.32", true, bk_container_rules, &(const rules_arg){ { "CS010" }, BH_CK_WARN, "no container mounts the Docker or containerd socket" } },

	{ "6.1", false, ck_images, NULL },
	{ "6.2", false, ck_containers, NULL },

	{ "7.1", true, ck_swarm_managers, NULL },
	{ "7.2", true, ck_swarm_note, "confirm the swarm listens on the management interface only (--listen-addr)" },
	{ "7.3", true, ck_swarm_overlay, NULL },
	{ "7.4", false, ck_swarm_secrets, NULL },
	{ "7.5", true, ck_swarm_autolock, NULL },
	{ "7.6", false, ck_swarm_note, "rotate the auto-lock key periodically" },
	{ "7.7", false, ck_swarm_note, "rotate node certificates as policy requires" },
	{ "7.8", false, ck_swarm_note, "rotate the swarm CA periodically" },
	{ "7.9", false, ck_swarm_note, "separate management and data plane traffic (--data-path-addr)" },
};

bool bh_bench_id_matches(const char *id, const char *pattern)
{
	char pat[64];
	if (bh_starts_with(pattern, "CIS-") || bh_starts_with(pattern, "cis-"))
		pattern += 4;
	else if (bh_starts_with(pattern, "check_"))
		pattern += 6;
	snprintf(pat, sizeof pat, "%s", pattern);
	for (char *p = pat; *p; p++)
		if (*p == '_')
			*p = '.';
	size_t l = strlen(pat);
	return l && !strncmp(id, pat, l) && (id[l] == '\0' || id[l] == '.');
}

static bool selected(const bh_bench_opts *o, const char *id)
{
	bool in = o->ninclude == 0;
	for (size_t i = 0; i < o->ninclude && !in; i++)
		in = bh_bench_id_matches(id, o->include[i]);
	for (size_t i = 0; i < o->nexclude && in; i++)
		in = !bh_bench_id_matches(id, o->exclude[i]);
	return in;
}

void bh_bench_run(bh_host_facts *h, const bh_bench_opts *o, bh_bench *out)
{
	memset(out, 0, sizeof *out);
	ctx c = { .h = h, .o = o };
	for (size_t i = 0; i < BH_ARRAY_SIZE(checks); i++) {
		const struct check_def *d = &checks[i];
		if (!selected(o, d->id))
			continue;
		char rule_id[32];
		snprintf(rule_id, sizeof rule_id, "CIS-%s", d->id);
		bh_check *k = BH_ARRAY_PUSH(out->items, out->n, out->alloc);
		memset(k, 0, sizeof *k);
		k->id = d->id;
		k->rule = bh_rule_find(rule_id);
		k->scored = d->scored;
		if (!k->rule)
			bh_die("internal error: rule %s is not registered", rule_id);
		if (o->policy && bh_policy_rule_disabled(o->policy, k->rule->id)) {
			bk_verdict(k, BH_CK_SKIP, "disabled by policy");
			continue;
		}
		const char *host, *na = bk_not_applicable(h, d->id, &host);
		if (na) {
			bk_verdict(k, BH_CK_SKIP, "not applicable on %s: %s", host, na);
			continue;
		}
		d->fn(&c, k, d->arg);
		if (!k->detail)
			bk_verdict(k, BH_CK_SKIP, "no verdict");
		if (c.note) {
			/* say plainly when the check looked somewhere else than CIS says */
			char *d2 = bh_asprintf("%s (%s)", k->detail, c.note);
			free(k->detail);
			k->detail = d2;
			free(c.note);
			c.note = NULL;
		}
	}
	if (c.audit_loaded)
		bh_audit_release(&c.audit);
	out->wl = c.wl; /* reported with the checks; freed by bh_bench_release */
}

void bh_bench_findings(const bh_bench *b, bh_findings *f)
{
	for (size_t i = 0; i < b->n; i++) {
		const bh_check *k = &b->items[i];
		if (k->status != BH_CK_WARN)
			continue;
		bh_finding *x = bh_findings_add(f, k->rule, k->path, k->line, 0, "%s", k->detail);
		/* what the check is about, for reports grouped by object */
		const char *object = k->id[0] == '4' ? "images" : k->id[0] == '5' ? "containers" : k->path ? "docker" : "dockerd";
		bh_finding_set(&x->object, "%s", object);
		if (k->evidence)
			bh_finding_set(&x->evidence, "%s", k->evidence);
		if (k->remediation)
			bh_finding_set(&x->remediation, "%s", k->remediation);
	}
}

int bh_bench_score(const bh_bench *b)
{
	int score = 0;
	for (size_t i = 0; i < b->n; i++) {
		if (!b->items[i].scored)
			continue;
		if (b->items[i].status == BH_CK_PASS)
			score++;
		else if (b->items[i].status == BH_CK_WARN)
			score--;
	}
	return score;
}

void bh_bench_release(bh_bench *b)
{
	for (size_t i = 0; i < b->n; i++) {
		bh_check *k = &b->items[i];
		free(k->detail);
		free(k->path);
		free(k->evidence);
		free(k->remediation);
	}
	free(b->items);
	bh_workloads_release(&b->wl);
	memset(b, 0, sizeof *b);
}
