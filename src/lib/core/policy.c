#include "core/policy.h"
#include "core/glob.h"
#include "core/util.h"
#include "core/yamldoc.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define POLICY_MAX_BYTES (4u * 1024 * 1024)

void bh_policy_init(bh_policy *p)
{
	memset(p, 0, sizeof *p);
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(p->today, sizeof p->today, "%Y-%m-%d", &tm);
}

static void free_strv(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void bh_policy_release(bh_policy *p)
{
	free(p->path);
	free(p->base_dir);
	free_strv(p->disabled, p->ndisabled);
	for (size_t i = 0; i < p->noverrides; i++)
		free(p->overrides[i].rule);
	free(p->overrides);
	free_strv(p->ignore_paths, p->nignore_paths);
	for (size_t i = 0; i < p->nignores; i++) {
		bh_ignore *g = &p->ignores[i];
		free(g->rule);
		free(g->path);
		free(g->object);
		free(g->reason);
		free(g->expires);
	}
	free(p->ignores);
	free_strv(p->trusted_registries, p->ntrusted);
	free_strv(p->setuid_allow, p->nsetuid_allow);
	free_strv(p->trusted_users, p->ntrusted_users);
	memset(p, 0, sizeof *p);
}

char *bh_policy_discover(const char *start_dir)
{
	char dir[PATH_MAX];
	if (!realpath(start_dir, dir))
		return NULL;
	for (;;) {
		static const char *const names[] = { ".bulkhead.yaml", ".bulkhead.yml" };
		for (size_t i = 0; i < 2; i++) {
			char *cand = bh_asprintf("%s/%s", strcmp(dir, "/") ? dir : "", names[i]);
			struct stat st;
			if (stat(cand, &st) == 0 && S_ISREG(st.st_mode))
				return cand;
			free(cand);
		}
		char *slash = strrchr(dir, '/');
		if (!slash || slash == dir) {
			if (strcmp(dir, "/") == 0)
				return NULL;
			strcpy(dir, "/");
			continue;
		}
		*slash = '\0';
	}
}

typedef struct loader {
	bh_policy *p;
	const char *path;
	bh_findings *errs;
	int failed;
} loader;

__attribute__((format(printf, 3, 4))) static void perr(loader *L, const ynode *n, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	bh_findings_error(L->errs, L->path, n ? n->line : 0, n ? n->col : 0, "%s", msg);
	L->failed = 1;
}

/* A list of strings; a single string is accepted as a list of one. */
static void load_strings(loader *L, const ynode *n, const char *what, char ***v, size_t *nv, size_t *alloc)
{
	if (!n || yis_null(n))
		return;
	if (n->kind == YN_SCALAR) {
		*BH_ARRAY_PUSH(*v, *nv, *alloc) = bh_strdup(n->str);
		return;
	}
	if (n->kind != YN_SEQ) {
		perr(L, n, "%s must be a list of strings", what);
		return;
	}
	for (size_t i = 0; i < n->n; i++) {
		const char *s = yscalar(n->items[i]);
		if (!s) {
			perr(L, n->items[i], "%s must be a list of strings", what);
			continue;
		}
		*BH_ARRAY_PUSH(*v, *nv, *alloc) = bh_strdup(s);
	}
}

static bool valid_date(const char *s)
{
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return false;
	int m = (s[5] - '0') * 10 + (s[6] - '0');
	int d = (s[8] - '0') * 10 + (s[9] - '0');
	return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* Ignores may also name a vulnerability (CVE-2024-1234, GHSA-..., DSA-...):
 * an upper-case prefix, a dash, and a digit or lower-case id after it. */
static bool vulnerability_id(const char *id)
{
	const char *dash = strchr(id, '-');
	if (!dash || dash == id || !dash[1])
		return false;
	for (const char *p = id; p < dash; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
			return false;
	return strpbrk(dash + 1, "0123456789") != NULL;
}

static void check_rule_id(loader *L, const ynode *n, const char *id)
{
	if (strcmp(id, "*") != 0 && !bh_rule_find(id) && !vulnerability_id(id))
		perr(L, n, "unknown rule id \"%s\" (see `bulkhead rules`)", id);
}

static void load_rules(loader *L, const ynode *rules)
{
	if (!yis_map(rules)) {
		perr(L, rules, "\"rules\" must be a mapping with \"disable\" and \"severity\"");
		return;
	}
	for (size_t i = 0; i < ymap_size(rules); i++) {
		const ynode *k = ymap_key_at(rules, i), *v = ymap_val_at(rules, i);
		const char *key = yscalar(k);
		if (key && !strcmp(key, "disable")) {
			size_t before = L->p->ndisabled;
			load_strings(L, v, "rules.disable", &L->p->disabled, &L->p->ndisabled, &L->p->disabled_alloc);
			for (size_t j = before; j < L->p->ndisabled; j++)
				check_rule_id(L, v, L->p->disabled[j]);
		} else if (key && !strcmp(key, "severity")) {
			if (!yis_map(v)) {
				perr(L, v, "rules.severity must map rule ids to severities");
				continue;
			}
			for (size_t j = 0; j < ymap_size(v); j++) {
				const char *id = yscalar(ymap_key_at(v, j));
				const char *sev = yscalar(ymap_val_at(v, j));
				bh_severity s;
				if (!id || !sev || !bh_severity_parse(sev, &s)) {
					perr(L, ymap_val_at(v, j), "severity must be one of critical, high, medium, low, info");
					continue;
				}
				check_rule_id(L, ymap_key_at(v, j), id);
				bh_sev_override *o = BH_ARRAY_PUSH(L->p->overrides, L->p->noverrides, L->p->overrides_alloc);
				o->rule = bh_strdup(id);
				o->severity = s;
			}
		} else {
			perr(L, k, "unknown key \"rules.%s\" (expected disable, severity)", key ? key : "?");
		}
	}
}

static void load_ignores(loader *L, const ynode *list)
{
	if (!yis_seq(list)) {
		perr(L, list, "\"ignore\" must be a list of {rule, reason, path, expires}");
		return;
	}
	for (size_t i = 0; i < list->n; i++) {
		const ynode *e = list->items[i];
		if (!yis_map(e)) {
			perr(L, e, "an ignore entry must be a mapping with at least rule and reason");
			continue;
		}
		const char *rule = yscalar(ymap_get(e, "rule"));
		const char *reason = yscalar(ymap_get(e, "reason"));
		const char *expires = yscalar(ymap_get(e, "expires"));
		for (size_t j = 0; j < ymap_size(e); j++) {
			const char *key = yscalar(ymap_key_at(e, j));
			if (!key || (strcmp(key, "rule") && strcmp(key, "reason") && strcmp(key, "expires") &&
				     strcmp(key, "path") && strcmp(key, "object")))
				perr(L, ymap_key_at(e, j), "unknown key \"%s\" in ignore entry (expected rule, reason, path, object, expires)", key ? key : "?");
		}
		if (!rule) {
			perr(L, e, "ignore entry needs \"rule\"");
			continue;
		}
		check_rule_id(L, ymap_get(e, "rule"), rule);
		if (!reason || !*reason) {
			perr(L, e, "ignore entry for %s needs a \"reason\"", rule);
			continue;
		}
		if (expires && !valid_date(expires)) {
			perr(L, ymap_get(e, "expires"), "expires must be a date YYYY-MM-DD, not \"%s\"", expires);
			continue;
		}
		bh_ignore *g = BH_ARRAY_PUSH(L->p->ignores, L->p->nignores, L->p->ignores_alloc);
		memset(g, 0, sizeof *g);
		g->rule = bh_strdup(rule);
		g->reason = bh_strdup(reason);
		g->expires = expires ? bh_strdup(expires) : NULL;
		const char *path = yscalar(ymap_get(e, "path"));
		const char *object = yscalar(ymap_get(e, "object"));
		g->path = path ? bh_strdup(path) : NULL;
		g->object = object ? bh_strdup(object) : NULL;
		g->line = e->line;
	}
}

int bh_policy_load(bh_policy *p, const char *path, bh_findings *errs)
{
	size_t len;
	char *data = bh_read_file(path, POLICY_MAX_BYTES, &len);
	if (!data) {
		bh_findings_error(errs, path, 0, 0, "cannot read policy file: %s", strerror(errno));
		return -1;
	}
	ydoc_set docs;
	yerror yerr;
	if (ydoc_parse(data, len, &docs, &yerr) < 0) {
		bh_findings_error(errs, path, yerr.line, yerr.col, "invalid YAML: %s", yerr.message);
		free(data);
		return -1;
	}
	free(data);
	free(p->path);
	free(p->base_dir);
	p->path = bh_strdup(path);
	char *slash = strrchr(path, '/');
	p->base_dir = slash ? bh_strndup(path, (size_t)(slash - path)) : bh_strdup(".");

	loader L = { .p = p, .path = path, .errs = errs };
	const ynode *root = docs.ndocs ? docs.docs[0] : NULL;
	if (root && !yis_null(root) && !yis_map(root))
		perr(&L, root, "the policy must be a mapping");
	for (size_t i = 0; yis_map(root) && i < ymap_size(root); i++) {
		const ynode *k = ymap_key_at(root, i), *v = ymap_val_at(root, i);
		const char *key = yscalar(k);
		if (!key) {
			perr(&L, k, "policy keys must be strings");
		} else if (!strcmp(key, "rules")) {
			load_rules(&L, v);
		} else if (!strcmp(key, "ignore")) {
			load_ignores(&L, v);
		} else if (!strcmp(key, "ignore_paths")) {
			load_strings(&L, v, "ignore_paths", &p->ignore_paths, &p->nignore_paths, &p->ignore_paths_alloc);
		} else if (!strcmp(key, "trusted_registries")) {
			load_strings(&L, v, "trusted_registries", &p->trusted_registries, &p->ntrusted, &p->trusted_alloc);
		} else if (!strcmp(key, "setuid_allow")) {
			load_strings(&L, v, "setuid_allow", &p->setuid_allow, &p->nsetuid_allow, &p->setuid_allow_alloc);
		} else if (!strcmp(key, "trusted_users")) {
			load_strings(&L, v, "trusted_users", &p->trusted_users, &p->ntrusted_users, &p->trusted_users_alloc);
		} else if (!strcmp(key, "fail_on")) {
			const char *s = yscalar(v);
			if (!s || !bh_severity_parse(s, &p->fail_on))
				perr(&L, v, "fail_on must be one of critical, high, medium, low, info");
			else
				p->has_fail_on = true;
		} else if (!strcmp(key, "version")) {
			int64_t ver;
			if (!yint(v, &ver) || ver != 1)
				perr(&L, v, "unsupported policy version (this bulkhead reads version 1)");
		} else {
			perr(&L, k, "unknown policy key \"%s\" (see docs/policy.md)", key);
		}
	}
	ydoc_free(&docs);
	return L.failed ? -1 : 0;
}

bool bh_policy_rule_disabled(const bh_policy *p, const char *rule_id)
{
	for (size_t i = 0; i < p->ndisabled; i++)
		if (!strcasecmp(p->disabled[i], rule_id) || !strcmp(p->disabled[i], "*"))
			return true;
	return false;
}

/* Path of a finding relative to the policy directory, for glob matching. */
static const char *relative_to_base(const bh_policy *p, const char *path, char *buf, size_t cap)
{
	char abs_path[PATH_MAX], abs_base[PATH_MAX];
	if (!p->base_dir || !realpath(p->base_dir, abs_base))
		return path;
	/* The file may not exist any more (live sources); fall back to the text. */
	if (!realpath(path, abs_path))
		return path;
	size_t bl = strlen(abs_base);
	if (!strcmp(abs_base, "/"))
		bl = 0;
	if (strncmp(abs_path, abs_base, bl) == 0 && abs_path[bl] == '/') {
		snprintf(buf, cap, "%s", abs_path + bl + 1);
		return buf;
	}
	return path;
}

bool bh_policy_path_ignored(const bh_policy *p, const char *path)
{
	if (!path || !p->nignore_paths)
		return false;
	char buf[PATH_MAX];
	const char *rel = relative_to_base(p, path, buf, sizeof buf);
	for (size_t i = 0; i < p->nignore_paths; i++)
		if (bh_glob_match(p->ignore_paths[i], rel) || bh_glob_match(p->ignore_paths[i], path))
			return true;
	return false;
}

bool bh_policy_has_trusted_registries(const bh_policy *p)
{
	return p->ntrusted > 0;
}

bool bh_policy_registry_trusted(const bh_policy *p, const char *registry)
{
	if (!p->ntrusted)
		return true;
	for (size_t i = 0; i < p->ntrusted; i++) {
		const char *t = p->trusted_registries[i];
		/* "docker.io" also covers its historical names. */
		if (!strcasecmp(t, registry) ||
		    (!strcasecmp(t, "docker.io") &&
		     (!strcasecmp(registry, "index.docker.io") || !strcasecmp(registry, "registry-1.docker.io"))))
			return true;
		/* An entry may name a registry plus a repository prefix: ghcr.io/acme */
		size_t tl = strlen(t);
		if (!strncasecmp(t, registry, tl) && registry[tl] == '/')
			return true;
		/* "*.example.com" covers every subdomain. */
		if (t[0] == '*' && t[1] == '.') {
			size_t rl = strlen(registry);
			if (rl > tl - 1 && !strcasecmp(registry + rl - (tl - 1), t + 1))
				return true;
		}
	}
	return false;
}

static const bh_ignore *find_ignore(const bh_policy *p, const bh_finding *x)
{
	char buf[PATH_MAX];
	const char *rel = x->loc.path ? relative_to_base(p, x->loc.path, buf, sizeof buf) : NULL;
	for (size_t i = 0; i < p->nignores; i++) {
		const bh_ignore *g = &p->ignores[i];
		if (strcmp(g->rule, "*") && strcasecmp(g->rule, x->rule->id))
			continue;
		if (g->path && (!rel || (!bh_glob_match(g->path, rel) && !bh_glob_match(g->path, x->loc.path))))
			continue;
		if (g->object && (!x->object || !bh_glob_match(g->object, x->object)))
			continue;
		return g;
	}
	return NULL;
}

void bh_policy_apply(const bh_policy *p, bh_findings *f)
{
	size_t w = 0;
	for (size_t i = 0; i < f->n; i++) {
		bh_finding *x = &f->items[i];
		bool drop = bh_policy_rule_disabled(p, x->rule->id) || bh_policy_path_ignored(p, x->loc.path);
		if (!drop) {
			for (size_t j = 0; j < p->noverrides; j++)
				if (!strcasecmp(p->overrides[j].rule, x->rule->id))
					x->severity = p->overrides[j].severity;
			const bh_ignore *g = find_ignore(p, x);
			if (g) {
				if (g->expires && strcmp(p->today, g->expires) > 0) {
					bh_finding_set(&x->ignore_expired,
						       "the policy ignore for %s (%s:%d, reason: %s) expired on %s and no longer applies",
						       g->rule, p->path ? p->path : ".bulkhead.yaml", g->line, g->reason, g->expires);
				} else {
					drop = true;
					f->suppressed++;
				}
			}
		}
		if (drop)
			bh_finding_release(x);
		else
			f->items[w++] = *x;
	}
	f->n = w;
}
