/* Checks over the image config and its history: user, health check, ports,
 * environment, how the layers were built, and the image's age. */
#include "image/scanint.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/secret.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "image/imgint.h"

#define MAX_AGE_DAYS 365

static bool user_is_root(const char *user)
{
	if (!user || !*user)
		return true;
	size_t n = strcspn(user, ":");
	return (n == 1 && user[0] == '0') || (n == 4 && !strncmp(user, "root", 4)) || n == 0;
}

static void check_user(const bh_image *img, const bh_scan_opts *o, bh_findings *f)
{
	const char *u = img->config.user;
	if (!user_is_root(u))
		return;
	if (!u || !*u)
		scan_add(f, o, "IMG001", "config.User", "no USER is set: containers run as root");
	else {
		_cleanup_free_ char *pu = bh_img_printable(u);
		scan_add(f, o, "IMG001", "config.User", "USER is %s: containers run as root", pu);
	}
}

static void check_healthcheck(const bh_image *img, const bh_scan_opts *o, bh_findings *f)
{
	const bh_image_config *c = &img->config;
	if (!c->has_healthcheck || !c->nhealthcheck_test)
		scan_add(f, o, "IMG002", "config.Healthcheck", "the image defines no HEALTHCHECK");
	else if (!strcmp(c->healthcheck_test[0], "NONE"))
		scan_add(f, o, "IMG002", "config.Healthcheck", "HEALTHCHECK NONE disables the health check");
}

static void check_ports(const bh_image *img, const bh_scan_opts *o, bh_findings *f)
{
	const bh_image_config *c = &img->config;
	for (size_t i = 0; i < c->nexposed_ports; i++) {
		const char *p = c->exposed_ports[i];
		char *end;
		long port = strtol(p, &end, 10);
		if (end == p || (*end && *end != '/'))
			continue;
		_cleanup_free_ char *pp = bh_img_printable(p);
		if (port == 22)
			scan_add(f, o, "IMG003", "config.ExposedPorts", "exposes %s (SSH)", pp);
		else if (port > 0 && port < 1024)
			scan_add(f, o, "IMG004", "config.ExposedPorts", "exposes privileged port %s", pp);
	}
}

/* NAME=value where the name says secret and the value is not a placeholder,
 * or where the value has the shape of a credential. Returns what it is. */
static const char *secret_assignment(const char *name, size_t namelen, const char *value)
{
	char nm[256];
	if (namelen == 0 || namelen >= sizeof nm)
		return NULL;
	memcpy(nm, name, namelen);
	nm[namelen] = '\0';
	const char *kind = bh_secret_value(value);
	if (kind)
		return kind;
	if (bh_secret_name(nm) && !bh_secret_placeholder(value))
		return "value of a secret-named variable";
	return NULL;
}

static void check_env(const bh_image *img, const bh_scan_opts *o, bh_findings *f)
{
	const bh_image_config *c = &img->config;
	for (size_t i = 0; i < c->nenv; i++) {
		const char *e = c->env[i];
		const char *eq = strchr(e, '=');
		if (!eq)
			continue;
		const char *kind = secret_assignment(e, (size_t)(eq - e), eq + 1);
		if (!kind)
			continue;
		_cleanup_free_ char *name = bh_strndup(e, (size_t)(eq - e));
		_cleanup_free_ char *pn = bh_img_printable(name);
		_cleanup_free_ char *masked = bh_secret_mask(eq + 1);
		_cleanup_free_ char *pm = bh_img_printable(masked);
		bh_finding *x = scan_add(f, o, "IMG005", "config.Env", "ENV %s holds a secret (%s)", pn, kind);
		bh_finding_set(&x->evidence, "%s=%s", pn, pm);
	}
}

/* ---- history ---- */

/* The word `w` at p, delimited by non-word characters. */
static bool word_at(const char *s, const char *p, const char *w)
{
	size_t n = strlen(w);
	return strncmp(p, w, n) == 0 && (p == s || !(isalnum((unsigned char)p[-1]) || p[-1] == '-' || p[-1] == '_')) &&
	       !(isalnum((unsigned char)p[n]) || p[n] == '-' || p[n] == '_');
}

static const char *find_word(const char *s, const char *w)
{
	for (const char *p = strstr(s, w); p; p = strstr(p + 1, w))
		if (word_at(s, p, w))
			return p;
	return NULL;
}

/* "ADD https://..." in either builder's history format. */
static bool adds_url(const char *cb)
{
	for (const char *p = find_word(cb, "ADD"); p; p = find_word(p + 3, "ADD")) {
		const char *q = p + 3;
		/* the sources run up to the end or a shell separator */
		size_t n = strcspn(q, ";&|\n");
		for (const char *u = q; u < q + n; u++) {
			while (u < q + n && isspace((unsigned char)*u))
				u++;
			if (!strncmp(u, "http://", 7) || !strncmp(u, "https://", 8))
				return true;
			while (u < q + n && !isspace((unsigned char)*u))
				u++;
		}
	}
	return false;
}

/* curl/wget ... | [sudo] sh|bash|... */
static bool pipes_to_shell(const char *cb)
{
	static const char *const fetch[] = { "curl", "wget" };
	static const char *const shells[] = { "sh", "bash", "zsh", "ash", "dash", "ksh", "python", "python3", "perl" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(fetch); i++) {
		for (const char *p = find_word(cb, fetch[i]); p; p = find_word(p + 1, fetch[i])) {
			/* the pipe must belong to the same command: stop at ; & and newlines */
			const char *q = p;
			while (*q && !strchr(";&\n", *q)) {
				if (*q == '|' && q[1] != '|') {
					const char *s = q + 1;
					while (isspace((unsigned char)*s))
						s++;
					if (word_at(cb, s, "sudo")) {
						s += 4;
						while (isspace((unsigned char)*s))
							s++;
					}
					for (size_t k = 0; k < BH_ARRAY_SIZE(shells); k++)
						if (word_at(cb, s, shells[k]))
							return true;
				} else if (*q == '|') {
					break; /* || starts another command */
				}
				q++;
			}
		}
	}
	return false;
}

/* An index update with no install or upgrade in the same step. */
static bool update_alone(const char *cb)
{
	static const char *const updates[] = { "apt-get update", "apt update", "apk update", "yum makecache",
					       "dnf makecache", "zypper refresh" };
	static const char *const installs[] = { "install", "upgrade", "add", "dist-upgrade" };
	bool up = false;
	for (size_t i = 0; i < BH_ARRAY_SIZE(updates) && !up; i++)
		up = strstr(cb, updates[i]) != NULL;
	if (!up)
		return false;
	for (size_t i = 0; i < BH_ARRAY_SIZE(installs); i++)
		if (find_word(cb, installs[i]))
			return false;
	return true;
}

/* Build arguments recorded by both builders: "|N NAME=value ... cmd" at the
 * start of the step (after an optional "RUN "). */
static bool check_build_args(const char *cb, size_t idx, const bh_scan_opts *o, bh_findings *f)
{
	bool found = false;
	const char *p = cb;
	if (!strncmp(p, "RUN ", 4))
		p += 4;
	if (*p != '|' || !isdigit((unsigned char)p[1]))
		return false;
	char *end;
	long n = strtol(p + 1, &end, 10);
	if (n <= 0 || n > 1000 || *end != ' ')
		return false;
	p = end + 1;
	for (long i = 0; i < n && *p; i++) {
		size_t tl = strcspn(p, " ");
		const char *eq = memchr(p, '=', tl);
		if (!eq)
			break;
		_cleanup_free_ char *value = bh_strndup(eq + 1, tl - (size_t)(eq + 1 - p));
		const char *kind = secret_assignment(p, (size_t)(eq - p), value);
		if (kind) {
			_cleanup_free_ char *name = bh_strndup(p, (size_t)(eq - p));
			_cleanup_free_ char *pn = bh_img_printable(name);
			_cleanup_free_ char *masked = bh_secret_mask(value);
			_cleanup_free_ char *pm = bh_img_printable(masked);
			_cleanup_free_ char *obj = bh_asprintf("history[%zu]", idx);
			bh_finding *x = scan_add(f, o, "IMG009", obj, "build argument %s holds a secret (%s)", pn, kind);
			bh_finding_set(&x->evidence, "%s=%s", pn, pm);
			found = true;
		}
		p += tl;
		while (*p == ' ')
			p++;
	}
	return found;
}

/* A credential with a recognisable shape anywhere in the step's command
 * (`git clone https://user:token@...`, `curl -H "Authorization: token ghp_..."`).
 * Generic high-entropy words are left out: commands are full of hashes. */
static void check_command_secrets(const char *cb, size_t idx, const bh_scan_opts *o, bh_findings *f)
{
	const char *p = cb;
	while (*p) {
		p += strspn(p, " \t\n\"'`;&|()=");
		size_t n = strcspn(p, " \t\n\"'`;&|()=");
		if (n >= 8 && n < 1024) {
			_cleanup_free_ char *tok = bh_strndup(p, n);
			const char *kind = bh_secret_value(tok);
			if (kind && strcmp(kind, "high-entropy string")) {
				_cleanup_free_ char *masked = bh_secret_mask(tok);
				_cleanup_free_ char *pm = bh_img_printable(masked);
				_cleanup_free_ char *obj = bh_asprintf("history[%zu]", idx);
				bh_finding *x = scan_add(f, o, "IMG009", obj, "the build command holds a secret (%s)", kind);
				x->evidence = bh_strdup(pm);
				return;
			}
		}
		p += n;
	}
}

static void check_history(const bh_image *img, const bh_scan_opts *o, bh_findings *f)
{
	const bh_image_config *c = &img->config;
	for (size_t i = 0; i < c->nhistory; i++) {
		const char *cb = c->history[i].created_by;
		if (!cb)
			continue;
		_cleanup_free_ char *obj = bh_asprintf("history[%zu]", i);
		_cleanup_free_ char *shown = bh_img_printable(cb);
		bh_finding *x = NULL;
		if (adds_url(cb))
			x = scan_add(f, o, "IMG006", obj, "layer built by ADD from a URL");
		if (x)
			x->evidence = bh_strdup(shown);
		x = NULL;
		if (pipes_to_shell(cb))
			x = scan_add(f, o, "IMG007", obj, "a download is piped into a shell");
		if (x)
			x->evidence = bh_strdup(shown);
		x = NULL;
		if (update_alone(cb))
			x = scan_add(f, o, "IMG008", obj, "package index updated without an install in the same step");
		if (x)
			x->evidence = bh_strdup(shown);
		if (!check_build_args(cb, i, o, f))
			check_command_secrets(cb, i, o, f);
	}
}

bool scan_parse_date(const char *s, time_t *out)
{
	if (!s)
		return false;
	int y, mo, d, h = 0, mi = 0, se = 0;
	if (sscanf(s, "%4d-%2d-%2d", &y, &mo, &d) != 3 || y < 1900 || mo < 1 || mo > 12 || d < 1 || d > 31)
		return false;
	if (s[10] == 'T' && sscanf(s + 11, "%2d:%2d:%2d", &h, &mi, &se) != 3)
		h = mi = se = 0;
	struct tm tm = { .tm_year = y - 1900, .tm_mon = mo - 1, .tm_mday = d, .tm_hour = h, .tm_min = mi, .tm_sec = se };
	*out = timegm(&tm);
	return true;
}

static void check_age(const bh_image *img, const bh_scan_opts *o, bh_findings *f)
{
	time_t created;
	/* Reproducible builds stamp 1970-01-01 (SOURCE_DATE_EPOCH=0): no age. */
	if (!scan_parse_date(img->config.created, &created) || created < 86400 * 365)
		return;
	long days = (long)((o->now - created) / 86400);
	if (days > MAX_AGE_DAYS) {
		_cleanup_free_ char *pc = bh_img_printable(img->config.created);
		scan_add(f, o, "IMG010", "config.created", "image created %.10s, %ld days ago", pc, days);
	}
}

void scan_check_config(const bh_image *img, const bh_scan_opts *o, bh_findings *f)
{
	check_user(img, o, f);
	check_healthcheck(img, o, f);
	check_ports(img, o, f);
	check_env(img, o, f);
	check_history(img, o, f);
	check_age(img, o, f);
}
