/* Format detection, file reading, and the node readers the loaders share. */
#include "spec/load_int.h"
#include "spec/spec.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

cs_pos cs_npos(const ynode *n)
{
	cs_pos p = { 0, 0, NULL };
	if (n) {
		p.line = n->line;
		p.col = n->col;
	}
	return p;
}

cs_pos cs_lpos(const cs_loader *L, const ynode *n)
{
	cs_pos p = cs_npos(n);
	p.file = L->pos_file;
	return p;
}

void cs_err(cs_loader *L, const ynode *n, const char *fmt, ...)
{
	strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	bh_findings_error(L->errs, L->path, n ? n->line : 0, n ? n->col : 0, "%s", sb.buf);
	strbuf_release(&sb);
	L->nerrors++;
}

/* ---- compose variable interpolation ---------------------------------- */

/* The values a compose file sees: the process environment wins over .env,
 * as in docker compose. err collects the first ${VAR:?message} failure. */
typedef struct interp_ctx {
	const cs_dotenv *dotenv;
	char *err;
} interp_ctx;

static const char *lookup(const interp_ctx *ic, const char *name)
{
	const char *v = getenv(name);
	if (!v && ic->dotenv)
		v = cs_dotenv_get(ic->dotenv, name);
	return v;
}

static bool name_char(char c, bool first)
{
	return c == '_' || isalpha((unsigned char)c) || (!first && isdigit((unsigned char)c));
}

static void interp_into(interp_ctx *ic, strbuf *sb, const char *s, size_t n, int depth);

/* s points just after "${"; returns the length up to the matching '}' or n when unterminated. */
static size_t brace_len(const char *s, size_t n)
{
	int level = 1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '$' && i + 1 < n && s[i + 1] == '{') {
			level++;
			i++;
		} else if (s[i] == '}' && --level == 0) {
			return i;
		}
	}
	return n;
}

static void interp_braced(interp_ctx *ic, strbuf *sb, const char *s, size_t n, int depth)
{
	size_t k = 0;
	while (k < n && name_char(s[k], k == 0))
		k++;
	char name[256];
	snprintf(name, sizeof name, "%.*s", (int)(k < 255 ? k : 255), s);
	const char *op = s + k;
	size_t rest = n - k;
	if (!k || (rest && !strchr(":-?+", op[0]))) {
		if (!ic->err)
			ic->err = bh_asprintf("invalid interpolation format: \"${%.*s}\"", (int)(n < 200 ? n : 200), s);
		return;
	}
	const char *val = lookup(ic, name);
	bool colon = rest && op[0] == ':';
	if (colon) {
		op++;
		rest--;
	}
	if (rest && (op[0] == '-' || op[0] == '?')) {
		bool use_val = val && (!colon || *val);
		if (use_val) {
			strbuf_addstr(sb, val);
		} else if (op[0] == '-') {
			interp_into(ic, sb, op + 1, rest - 1, depth + 1);
		} else if (!ic->err) {
			/* ${VAR:?message}: docker compose refuses the file. */
			strbuf msg = STRBUF_INIT;
			interp_into(ic, &msg, op + 1, rest - 1, depth + 1);
			if (!ic->err) /* the message itself may be malformed */
				ic->err = bh_asprintf("required variable %s is %s%s%s", name, val ? "empty" : "missing a value",
					      msg.len ? ": " : "", msg.buf);
			strbuf_release(&msg);
		}
		return;
	}
	if (rest && op[0] == '+') {
		bool has = val && (!colon || *val);
		if (has)
			interp_into(ic, sb, op + 1, rest - 1, depth + 1);
		return;
	}
	if (colon) { /* "${VAR:}" or "${VAR:x}" */
		if (!ic->err)
			ic->err = bh_asprintf("invalid interpolation format: \"${%.*s}\"", (int)(n < 200 ? n : 200), s);
		return;
	}
	if (val)
		strbuf_addstr(sb, val);
}

static void interp_into(interp_ctx *ic, strbuf *sb, const char *s, size_t n, int depth)
{
	if (depth > 8) {
		strbuf_add(sb, s, n);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '$' || i + 1 >= n) {
			strbuf_addch(sb, s[i]);
			continue;
		}
		char c = s[i + 1];
		if (c == '$') {
			strbuf_addch(sb, '$');
			i++;
		} else if (c == '{') {
			size_t len = brace_len(s + i + 2, n - i - 2);
			if (len == n - i - 2) {
				if (!ic->err)
					ic->err = bh_asprintf("invalid interpolation format: \"${\" is not closed");
				return;
			}
			interp_braced(ic, sb, s + i + 2, len, depth);
			i += 2 + len; /* at the '}' */
		} else if (name_char(c, true)) {
			size_t k = i + 1;
			while (k < n && name_char(s[k], k == i + 1))
				k++;
			char name[256];
			snprintf(name, sizeof name, "%.*s", (int)(k - i - 1 < 255 ? k - i - 1 : 255), s + i + 1);
			const char *val = lookup(ic, name);
			if (val)
				strbuf_addstr(sb, val);
			i = k - 1;
		} else {
			strbuf_addch(sb, '$');
		}
	}
}

char *cs_interpolate(const char *s, const cs_dotenv *dotenv, char **err)
{
	interp_ctx ic = { .dotenv = dotenv, .err = NULL };
	strbuf sb = STRBUF_INIT;
	interp_into(&ic, &sb, s, strlen(s), 0);
	*err = ic.err;
	return strbuf_detach(&sb, NULL);
}

char *cs_sibling_path(const char *path, const char *name)
{
	const char *slash = strrchr(path, '/');
	if (!slash || !strcmp(path, "<stdin>"))
		return bh_strdup(name); /* standard input: the current directory is the project's */
	return bh_asprintf("%.*s/%s", (int)(slash - path), path, name);
}

/* ---- scalar readers --------------------------------------------------- */

const char *cs_text(cs_loader *L, const ynode *n, const char *what)
{
	if (!n || yis_null(n))
		return NULL;
	if (n->kind != YN_SCALAR) {
		cs_err(L, n, "%s: expected a single value, found a %s", what, n->kind == YN_MAP ? "mapping" : "list");
		return NULL;
	}
	if (L->interpolate && strchr(n->str, '$')) {
		char *err = NULL;
		const char *v = cs_set_own(L->set, cs_interpolate(n->str, L->dotenv, &err));
		if (err) {
			cs_err(L, n, "%s: %s", what, err);
			free(err);
		}
		return v;
	}
	return cs_set_str(L->set, n->str);
}

bool cs_parse_bool(const char *s, bool *out)
{
	static const char *const yes[] = { "true", "yes", "on", "1" };
	static const char *const no[] = { "false", "no", "off", "0" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(yes); i++) {
		if (!strcasecmp(s, yes[i])) {
			*out = true;
			return true;
		}
		if (!strcasecmp(s, no[i])) {
			*out = false;
			return true;
		}
	}
	return false;
}

void cs_read_str(cs_loader *L, const ynode *n, const char *what, cs_str *out)
{
	const char *t = cs_text(L, n, what);
	if (!t)
		return;
	out->v = t;
	out->pos = cs_lpos(L, n);
}

void cs_read_flag(cs_loader *L, const ynode *n, const char *what, cs_flag *out)
{
	const char *t = cs_text(L, n, what);
	if (!t)
		return;
	bool b;
	if (!cs_parse_bool(t, &b)) {
		cs_err(L, n, "%s: expected true or false, found \"%s\"", what, t);
		return;
	}
	out->set = true;
	out->on = b;
	out->pos = cs_lpos(L, n);
}

void cs_read_int(cs_loader *L, const ynode *n, const char *what, cs_num *out)
{
	const char *t = cs_text(L, n, what);
	if (!t)
		return;
	char *end;
	errno = 0;
	long long v = strtoll(t, &end, 10);
	if (errno || end == t || *end) {
		cs_err(L, n, "%s: expected a whole number, found \"%s\"", what, t);
		return;
	}
	out->set = true;
	out->v = v;
	out->pos = cs_lpos(L, n);
}

static const char *norm_cap(cs_loader *L, const char *t)
{
	if (!strncasecmp(t, "CAP_", 4))
		t += 4;
	char *c = bh_strdup(t);
	for (char *p = c; *p; p++)
		*p = (char)toupper((unsigned char)*p);
	return cs_set_own(L->set, c);
}

void cs_read_list(cs_loader *L, const ynode *n, const char *what, bool is_caps, cs_strlist *out)
{
	if (!n || yis_null(n))
		return;
	out->set = true;
	out->pos = cs_lpos(L, n);
	if (n->kind == YN_SCALAR) {
		const char *t = cs_text(L, n, what);
		if (t)
			cs_strlist_push(out, is_caps ? norm_cap(L, t) : t, cs_lpos(L, n));
		return;
	}
	if (n->kind != YN_SEQ) {
		cs_err(L, n, "%s: expected a list", what);
		return;
	}
	for (size_t i = 0; i < n->n; i++) {
		const char *t = cs_text(L, n->items[i], what);
		if (t)
			cs_strlist_push(out, is_caps ? norm_cap(L, t) : t, cs_lpos(L, n->items[i]));
	}
}

/* ---- quantities ------------------------------------------------------- */

bool cs_parse_bytes(const char *s, int64_t *out)
{
	while (*s == ' ')
		s++;
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (errno || end == s || v < 0)
		return false;
	static const struct {
		const char *suffix;
		double mult;
	} units[] = {
		{ "", 1 },         { "b", 1 },           { "k", 1024 },       { "kb", 1024 },
		{ "ki", 1024 },    { "kib", 1024 },      { "m", 1048576.0 },  { "mb", 1048576.0 },
		{ "mi", 1048576.0 }, { "mib", 1048576.0 }, { "g", 1073741824.0 }, { "gb", 1073741824.0 },
		{ "gi", 1073741824.0 }, { "gib", 1073741824.0 }, { "t", 1099511627776.0 },
		{ "tb", 1099511627776.0 }, { "ti", 1099511627776.0 }, { "tib", 1099511627776.0 },
	};
	for (size_t i = 0; i < BH_ARRAY_SIZE(units); i++) {
		if (!strcasecmp(end, units[i].suffix)) {
			double r = v * units[i].mult;
			*out = r > 9.2e18 ? INT64_MAX : (int64_t)r;
			return true;
		}
	}
	return false;
}

bool cs_parse_cpu(const char *s, int64_t *out)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (errno || end == s || v < 0 || v > 1e12)
		return false;
	if (!strcmp(end, "m"))
		*out = (int64_t)v;
	else if (!*end)
		*out = (int64_t)(v * 1000 + 0.5);
	else
		return false;
	return true;
}

bool cs_parse_port(const char *s, size_t n, int *out)
{
	size_t i = 0;
	long v = 0;
	while (i < n && isdigit((unsigned char)s[i]) && v <= 65535)
		v = v * 10 + (s[i++] - '0');
	if (i == 0 || v > 65535)
		return false;
	if (i < n && s[i] == '-') { /* a range: the first port decides */
		size_t j = i + 1;
		while (j < n && isdigit((unsigned char)s[j]))
			j++;
		if (j == i + 1)
			return false;
		i = j;
	}
	if (i != n)
		return false;
	*out = (int)v;
	return true;
}

/* ---- detection -------------------------------------------------------- */

static bool is_inspect_object(const ynode *n)
{
	return yis_map(n) && (ymap_get(n, "HostConfig") || (ymap_get(n, "Id") && ymap_get(n, "Config")));
}

static bool is_k8s_object(const ynode *n)
{
	return yis_map(n) && ymap_get(n, "apiVersion") && ymap_get(n, "kind");
}

static cs_format detect(const ydoc_set *d, const char *path)
{
	const char *name = bh_basename(path);
	size_t real = 0;
	const ynode *first = NULL;
	for (size_t i = 0; i < d->ndocs; i++) {
		if (yis_null(d->docs[i]))
			continue;
		if (!first)
			first = d->docs[i];
		real++;
		if (is_k8s_object(d->docs[i]))
			return CS_FMT_K8S;
	}
	if (!first)
		return CS_FMT_UNKNOWN;
	if (yis_seq(first) && first->n && is_inspect_object(first->items[0]))
		return CS_FMT_INSPECT;
	if (!yis_map(first) || real > 1)
		return CS_FMT_UNKNOWN;
	if (is_inspect_object(first))
		return CS_FMT_INSPECT;
	if (ymap_get(first, "ociVersion") || (yis_map(ymap_get(first, "process")) && ymap_get(first, "root")))
		return CS_FMT_OCI;
	if (yis_map(ymap_get(first, "services")))
		return CS_FMT_COMPOSE;
	/* The name breaks ties for content that says little about itself. */
	if (!strcmp(name, "config.json") && ymap_get(first, "process"))
		return CS_FMT_OCI;
	return CS_FMT_UNKNOWN;
}

static bool is_compose_name(const char *name)
{
	return (bh_starts_with(name, "docker-compose") || bh_starts_with(name, "compose")) &&
	       (bh_ends_with(name, ".yml") || bh_ends_with(name, ".yaml"));
}

bool cs_is_candidate_name(const char *path, const char *name)
{
	(void)path;
	if (name[0] == '.')
		return false;
	return bh_ends_with(name, ".yaml") || bh_ends_with(name, ".yml") || bh_ends_with(name, ".json");
}

int cs_load(const char *path, const char *data, size_t len, cs_set *out, bh_findings *errs)
{
	ydoc_set docs;
	yerror yerr;
	memset(&docs, 0, sizeof docs);
	if (ydoc_parse(data, len, &docs, &yerr) < 0) {
		bh_findings_error(errs, path, yerr.line, yerr.col, "%s", yerr.message);
		ydoc_free(&docs);
		return -1;
	}
	cs_format fmt = detect(&docs, path);
	cs_loader L = { .set = out, .path = path, .errs = errs, .interpolate = fmt == CS_FMT_COMPOSE };
	int rc = 0;
	cs_dotenv dotenv = { 0 };
	if (fmt == CS_FMT_COMPOSE) {
		/* docker compose reads .env from the project directory: the file's own. */
		char *envpath = cs_sibling_path(path, ".env");
		int erc = cs_dotenv_load(envpath, &dotenv, errs);
		free(envpath);
		if (erc < 0) {
			cs_dotenv_free(&dotenv);
			ydoc_free(&docs);
			return -1;
		}
		L.dotenv = &dotenv;
	}
	const ynode *root = NULL;
	for (size_t i = 0; i < docs.ndocs && !root; i++)
		if (!yis_null(docs.docs[i]))
			root = docs.docs[i];
	switch (fmt) {
	case CS_FMT_INSPECT:
		rc = cs_load_inspect(&L, root);
		break;
	case CS_FMT_COMPOSE:
		rc = cs_load_compose(&L, root);
		break;
	case CS_FMT_K8S:
		rc = cs_load_k8s(&L, &docs);
		break;
	case CS_FMT_OCI:
		rc = cs_load_oci(&L, root);
		break;
	default:
		rc = 1;
		if (is_compose_name(bh_basename(path)) && root && !yis_map(root)) {
			bh_findings_error(errs, path, root->line, root->col, "a compose file must be a mapping with a services: key");
			rc = -1;
		}
		break;
	}
	ydoc_free(&docs);
	cs_dotenv_free(&dotenv);
	if (rc == 0 && L.nerrors)
		rc = -1;
	return rc;
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

void cs_check_path(const char *path, const bh_policy *policy, bool from_directory, bh_findings *out)
{
	if (from_directory && cs_compose_is_merged_override(path))
		return; /* checked as part of the compose file it overrides */
	size_t len = 0;
	bool is_stdin = !strcmp(path, "-");
	const char *shown = is_stdin ? "<stdin>" : path;
	char *data = is_stdin ? read_stdin(CS_MAX_BYTES, &len) : bh_read_file(path, CS_MAX_BYTES, &len);
	if (!data) {
		bh_findings_error(out, shown, 0, 0, "cannot read: %s",
				  errno == EFBIG ? "file is larger than 16 MiB" : strerror(errno));
		return;
	}
	cs_set set;
	cs_set_init(&set);
	int rc = cs_load(shown, data, len, &set, out);
	if (rc == 1 && !from_directory)
		bh_findings_error(out, shown, 0, 0,
				  "not a container spec: expected docker inspect output, a compose file, "
				  "Kubernetes manifests or an OCI runtime config.json");
	if (rc == 0)
		cs_check(&set, policy, out);
	cs_set_release(&set);
	free(data);
}

/* ---- docker-style strings shared by inspect and compose --------------- */

static bool opt_is(const char *s, const char *key, const char **value)
{
	size_t k = strlen(key);
	if (strncasecmp(s, key, k))
		return false;
	if (s[k] == '\0') {
		*value = NULL;
		return true;
	}
	if (s[k] == ':' || s[k] == '=') {
		*value = s + k + 1;
		return true;
	}
	return false;
}

void cs_security_opt(cs_loader *L, cs_spec *sp, const char *opt, const ynode *at)
{
	const char *v;
	cs_pos pos = cs_lpos(L, at);
	if (opt_is(opt, "no-new-privileges", &v)) {
		bool on = true;
		if (v && !cs_parse_bool(v, &on)) {
			cs_err(L, at, "security option no-new-privileges: expected true or false, found \"%s\"", v);
			return;
		}
		sp->no_new_privileges.set = true;
		sp->no_new_privileges.on = on;
		sp->no_new_privileges.pos = pos;
	} else if (opt_is(opt, "seccomp", &v) && v) {
		sp->seccomp.v = cs_set_str(L->set, v);
		sp->seccomp.pos = pos;
	} else if (opt_is(opt, "apparmor", &v) && v) {
		sp->apparmor.v = cs_set_str(L->set, v);
		sp->apparmor.pos = pos;
	} else if (opt_is(opt, "label", &v) && v) {
		sp->selinux.v = cs_set_str(L->set, v);
		sp->selinux.pos = pos;
	} else if (opt_is(opt, "systempaths", &v) && v && !strcasecmp(v, "unconfined")) {
		sp->proc_mount.v = "Unmasked";
		sp->proc_mount.pos = pos;
	}
}

static bool is_host_path(const char *s)
{
	return s[0] == '/' || s[0] == '.' || s[0] == '~';
}

void cs_apply_mount_mode(cs_mount *m, const char *mode, cs_set *set)
{
	const char *p = mode;
	while (p && *p) {
		size_t n = strcspn(p, ",");
		if (n == 2 && !strncmp(p, "ro", 2))
			m->read_only = true;
		else if (n == 8 && !strncmp(p, "readonly", 8))
			m->read_only = true;
		else if ((n == 6 && !strncmp(p, "shared", 6)) || (n == 7 && !strncmp(p, "rshared", 7)) ||
			 (n == 5 && !strncmp(p, "slave", 5)) || (n == 6 && !strncmp(p, "rslave", 6)) ||
			 (n == 7 && !strncmp(p, "private", 7)) || (n == 8 && !strncmp(p, "rprivate", 8))) {
			m->propagation = cs_set_strn(set, p, n);
			m->prop_pos = m->pos;
		}
		p += n;
		if (*p == ',')
			p++;
	}
}

void cs_bind_string(cs_loader *L, cs_spec *sp, const char *s, const ynode *at)
{
	cs_mount *m = cs_spec_add_mount(sp);
	m->pos = cs_lpos(L, at);
	const char *c1 = strchr(s, ':');
	if (!c1) {
		m->type = CS_MOUNT_VOLUME; /* anonymous volume */
		m->target = cs_set_str(L->set, s);
		return;
	}
	const char *c2 = strchr(c1 + 1, ':');
	m->source = cs_set_strn(L->set, s, (size_t)(c1 - s));
	m->target = c2 ? cs_set_strn(L->set, c1 + 1, (size_t)(c2 - c1 - 1)) : cs_set_str(L->set, c1 + 1);
	m->type = is_host_path(m->source) ? CS_MOUNT_BIND : CS_MOUNT_VOLUME;
	if (c2)
		cs_apply_mount_mode(m, c2 + 1, L->set);
}
