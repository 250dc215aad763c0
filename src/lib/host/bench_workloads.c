/* Sections 4 (images) and 5 (container runtime) of the benchmark.
 *
 * The container checks reuse the container-spec rules of `bulkhead config`:
 * each running container's inspect document went through cs_load and
 * cs_check (host/workloads.c), and a check here only says which of those
 * rules decide it. What the inspect document cannot tell comes from /proc:
 * the seccomp mode, no_new_privs, the effective capabilities, the user
 * namespace and the processes (sshd) of each container. */
#include "host/bench_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/strbuf.h"
#include "core/util.h"

#define MAX_LISTED 8 /* containers or images named in one detail line */

const bh_workloads *bk_workloads(bk_ctx *c, bh_check *k)
{
	if (!bk_need_api(c, k))
		return NULL;
	if (!c->wl_loaded) {
		c->wl_loaded = true;
		bh_workloads_containers(&c->wl, &c->h->engine, c->o->policy);
	}
	if (c->wl.error) {
		bk_verdict(k, BH_CK_SKIP, "containers could not be listed: %s", c->wl.error);
		return NULL;
	}
	return &c->wl;
}

static const bh_workloads *need_containers(bk_ctx *c, bh_check *k)
{
	const bh_workloads *w = bk_workloads(c, k);
	if (w && w->nctrs == 0) {
		bk_verdict(k, BH_CK_SKIP, "no running containers");
		return NULL;
	}
	return w;
}

static const bh_workloads *need_images(bk_ctx *c, bh_check *k)
{
	if (!bk_need_api(c, k))
		return NULL;
	if (bh_workloads_images(&c->wl, &c->h->engine) < 0) {
		bk_verdict(k, BH_CK_SKIP, "images could not be listed: %s", c->wl.images_error);
		return NULL;
	}
	return &c->wl;
}

/* "name: why; name2: why" for the first MAX_LISTED, then "and N more". */
typedef struct hitlist {
	strbuf text;
	size_t n;
} hitlist;

static void hit(hitlist *l, const char *name, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void hit(hitlist *l, const char *name, const char *fmt, ...)
{
	if (l->n++ < MAX_LISTED) {
		va_list ap;
		va_start(ap, fmt);
		strbuf_addf(&l->text, "%s%s: ", l->n > 1 ? "; " : "", name);
		strbuf_vaddf(&l->text, fmt, ap);
		va_end(ap);
	}
}

static void hits_done(hitlist *l)
{
	if (l->n > MAX_LISTED)
		strbuf_addf(&l->text, "; and %zu more", l->n - MAX_LISTED);
}

static bool rule_in(const char *id, const char *const *rules)
{
	for (size_t i = 0; rules && rules[i]; i++)
		if (!strcmp(id, rules[i]))
			return true;
	return false;
}

/* The first finding of one of rules for this container, or NULL. */
static const bh_finding *finding_of(const bh_container *ct, const char *const *rules)
{
	for (size_t i = 0; i < ct->findings.n; i++)
		if (rule_in(ct->findings.items[i].rule->id, rules))
			return &ct->findings.items[i];
	return NULL;
}

/* A container whose inspect document the container-spec loader could not
 * read completely is not judged on half of it: it is listed as not inspected,
 * with the loader's first complaint. */
static bool inspected(const bh_container *ct, hitlist *unknown)
{
	if (ct->inspect && !ct->findings.nerrors)
		return true;
	const bh_diag *d = ct->findings.nerrors ? &ct->findings.errors[0] : NULL;
	if (d && d->line)
		hit(unknown, ct->name, "inspect answer line %d: %s", d->line, d->message);
	else
		hit(unknown, ct->name, "%s", d ? d->message : "not inspected");
	return false;
}

/* Ends a per-container check: on_hit when some container failed, pass when
 * every one was seen and none failed, skip when none could be seen. */
static void conclude(bh_check *k, const bh_workloads *w, hitlist *bad, hitlist *unknown, bh_check_status on_hit,
		     const char *pass_text, const char *fix)
{
	hits_done(bad);
	hits_done(unknown);
	if (bad->n) {
		bk_verdict(k, on_hit, "%zu of %zu running containers: %s", bad->n, w->nctrs, bad->text.buf);
		k->evidence = bh_strdup(bad->text.buf);
		if (fix && on_hit == BH_CK_WARN)
			k->remediation = bh_strdup(fix);
	} else if (unknown->n == w->nctrs) {
		bk_verdict(k, BH_CK_SKIP, "no container could be inspected: %s", unknown->text.buf);
	} else if (unknown->n) {
		bk_verdict(k, BH_CK_PASS, "%s (%zu of %zu containers; not inspected: %s)", pass_text,
			   w->nctrs - unknown->n, w->nctrs, unknown->text.buf);
	} else {
		bk_verdict(k, BH_CK_PASS, "%s (%zu running containers)", pass_text, w->nctrs);
	}
	strbuf_release(&bad->text);
	strbuf_release(&unknown->text);
}

/* One container's part of a per-container check: hits bad with what is
 * wrong (or, for an info check, what is found) in ct. */
typedef void (*ct_probe)(const bh_container *ct, hitlist *bad, const void *arg);

/* The usual per-container check: probe every running container that could
 * be inspected, then conclude(). */
static void per_container(bk_ctx *c, bh_check *k, ct_probe probe, const void *arg, bh_check_status on_hit,
			  const char *pass_text, const char *fix)
{
	const bh_workloads *w = need_containers(c, k);
	if (!w)
		return;
	hitlist bad = { STRBUF_INIT, 0 }, unknown = { STRBUF_INIT, 0 };
	for (size_t i = 0; i < w->nctrs; i++)
		if (inspected(&w->ctrs[i], &unknown))
			probe(&w->ctrs[i], &bad, arg);
	conclude(k, w, &bad, &unknown, on_hit, pass_text, fix);
}

/* An info verdict asks the reader to confirm what was found. */
static void ask_to_confirm(bh_check *k, const char *what)
{
	if (k->status == BH_CK_INFO) {
		char *d = k->detail;
		k->detail = bh_asprintf("%s (confirm each %s is needed)", d, what);
		free(d);
	}
}

/* ---- checks decided by the container-spec rules ---- */

void bk_container_rules(bk_ctx *c, bh_check *k, const void *arg)
{
	const rules_arg *a = arg;
	const bh_workloads *w = need_containers(c, k);
	if (!w)
		return;
	hitlist bad = { STRBUF_INIT, 0 }, unknown = { STRBUF_INIT, 0 };
	const char *fix = NULL;
	for (size_t i = 0; i < w->nctrs; i++) {
		const bh_container *ct = &w->ctrs[i];
		if (!inspected(ct, &unknown))
			continue;
		const bh_finding *f = finding_of(ct, a->rules);
		if (f) {
			hit(&bad, ct->name, "%s (%s)", f->message, f->rule->id);
			if (!fix)
				fix = f->rule->fix;
		}
	}
	conclude(k, w, &bad, &unknown, a->on_hit, a->pass_text, fix);
}

/* 4.1: no running container means nothing to judge (docker-bench: info). */
void bk_image_rule(bk_ctx *c, bh_check *k, const void *arg)
{
	const bh_workloads *w = bk_workloads(c, k);
	if (!w)
		return;
	if (w->nctrs == 0) {
		bk_verdict(k, BH_CK_INFO, "no running containers");
		return;
	}
	bk_container_rules(c, k, arg);
}

/* 4.2: decided only when the policy names the trusted registries. */
void bk_trusted_images(bk_ctx *c, bh_check *k, const void *arg)
{
	const bh_policy *p = c->o->policy;
	if (!p || !bh_policy_has_trusted_registries(p)) {
		bk_verdict(k, BH_CK_NOTE, "list the registries you trust as trusted_registries in the policy to have "
					  "running containers' images checked against them");
		return;
	}
	const bh_workloads *w = bk_workloads(c, k);
	if (!w)
		return;
	if (w->nctrs == 0) {
		bk_verdict(k, BH_CK_INFO, "no running containers");
		return;
	}
	bk_container_rules(c, k, arg);
}

/* 4.10: a secret in a running container's environment came from the image or
 * its run configuration; Dockerfiles themselves are `bulkhead lint`'s job. */
void bk_image_secrets(bk_ctx *c, bh_check *k, const void *arg)
{
	const bh_workloads *w = bk_workloads(c, k);
	if (!w)
		return;
	bk_container_rules(c, k, arg);
	if (k->status == BH_CK_PASS || (k->status == BH_CK_SKIP && w->nctrs == 0))
		bk_verdict(k, BH_CK_NOTE, "no secret in the environment of the running containers; review Dockerfiles "
					  "with `bulkhead lint`");
}

/* ---- section 4: images ---- */

static bool env_says_trust(const char *v)
{
	return v && !strcmp(v, "1");
}

void bk_content_trust(bk_ctx *c, bh_check *k, const void *arg)
{
	(void)arg;
	if (!c->h->root_dir[0] && env_says_trust(getenv("DOCKER_CONTENT_TRUST"))) {
		bk_verdict(k, BH_CK_PASS, "DOCKER_CONTENT_TRUST=1 in this environment");
		return;
	}
	char *path = hf_path(c->h, "/etc/environment");
	char *data = bh_read_file(path, 1u << 20, NULL);
	bool on = false;
	int line = 0, at = 0;
	for (char *l = data, *next; l && *l && !on; l = next) {
		next = strchr(l, '\n');
		if (next)
			*next++ = '\0';
		else
			next = l + strlen(l);
		line++;
		while (*l == ' ' || *l == '\t')
			l++;
		if (bh_starts_with(l, "export "))
			l += 7;
		if (!bh_starts_with(l, "DOCKER_CONTENT_TRUST="))
			continue;
		char *v = l + strlen("DOCKER_CONTENT_TRUST=");
		size_t n = strlen(v);
		if (n >= 2 && (v[0] == '"' || v[0] == '\'') && v[n - 1] == v[0]) {
			v[n - 1] = '\0';
			v++;
		}
		on = env_says_trust(v);
		at = line;
	}
	if (on) {
		k->path = bh_strdup(path);
		k->line = at;
		bk_verdict(k, BH_CK_PASS, "DOCKER_CONTENT_TRUST=1 in %s", path);
	} else {
		bk_verdict(k, BH_CK_WARN, "DOCKER_CONTENT_TRUST is not 1 in %s%s", path,
			   c->h->root_dir[0] ? "" : " nor in this environment");
		k->remediation = bh_asprintf("Add `DOCKER_CONTENT_TRUST=1` to %s.", path);
	}
	free(data);
	free(path);
}

void bk_image_healthcheck(bk_ctx *c, bh_check *k, const void *arg)
{
	(void)arg;
	const bh_workloads *w = need_images(c, k);
	if (!w)
		return;
	hitlist bad = { STRBUF_INIT, 0 }, unknown = { STRBUF_INIT, 0 };
	for (size_t i = 0; i < w->nimgs; i++) {
		const bh_image *img = &w->imgs[i];
		if (!img->inspected)
			hit(&unknown, img->name, "%s", img->error ? img->error : "not inspected");
		else if (!img->has_healthcheck)
			hit(&bad, img->name, "no HEALTHCHECK");
	}
	hits_done(&bad);
	hits_done(&unknown);
	if (bad.n) {
		bk_verdict(k, BH_CK_WARN, "%zu of %zu images have no health check: %s", bad.n, w->nimgs, bad.text.buf);
		k->evidence = bh_strdup(bad.text.buf);
	} else if (w->nimgs && unknown.n == w->nimgs) {
		bk_verdict(k, BH_CK_SKIP, "no image could be inspected: %s", unknown.text.buf);
	} else {
		bk_verdict(k, BH_CK_PASS, "%zu images, every inspected one has a HEALTHCHECK%s%s", w->nimgs,
			   unknown.n ? "; not inspected: " : "", unknown.text.buf);
	}
	strbuf_release(&bad.text);
	strbuf_release(&unknown.text);
}

/* A layer that refreshes the package index without installing anything. */
bool bk_history_update_alone(const char *by)
{
	static const char *const updates[] = { "apt-get update", "apt update", "apk update", "yum update",
					       "dnf update", "zypper refresh", "yum makecache", "dnf makecache" };
	bool upd = false;
	for (size_t i = 0; i < BH_ARRAY_SIZE(updates) && !upd; i++)
		upd = strstr(by, updates[i]) != NULL;
	return upd && !strstr(by, "install") && !strstr(by, "apk add") && !strstr(by, "upgrade");
}

/* An ADD instruction in the image history, as the classic builder
 * ("#(nop) ADD") and BuildKit ("ADD ...") record it. */
bool bk_history_is_add(const char *by)
{
	const char *p = strstr(by, "#(nop) ");
	p = p ? p + 7 : by;
	while (*p == ' ')
		p++;
	return bh_starts_with(p, "ADD ");
}

void bk_image_history(bk_ctx *c, bh_check *k, const void *arg)
{
	const history_arg *a = arg;
	const bh_workloads *w = need_images(c, k);
	if (!w)
		return;
	hitlist found = { STRBUF_INIT, 0 }, unknown = { STRBUF_INIT, 0 };
	for (size_t i = 0; i < w->nimgs; i++) {
		const bh_image *img = &w->imgs[i];
		if (!img->inspected) {
			hit(&unknown, img->name, "%s", img->error ? img->error : "not inspected");
			continue;
		}
		/* the oldest entry is the base image's own file system, not this build */
		for (size_t j = 0; j + 1 < img->nhistory; j++) {
			if (a->match(img->history[j])) {
				char *by = bh_strndup(img->history[j], 120);
				hit(&found, img->name, "%s", by);
				free(by);
				break;
			}
		}
	}
	hits_done(&found);
	hits_done(&unknown);
	if (found.n)
		bk_verdict(k, BH_CK_INFO, "%zu of %zu images %s: %s", found.n, w->nimgs, a->what, found.text.buf);
	else if (w->nimgs && unknown.n == w->nimgs)
		bk_verdict(k, BH_CK_SKIP, "no image history could be read: %s", unknown.text.buf);
	else
		bk_verdict(k, BH_CK_PASS, "none of the %zu images' histories %s", w->nimgs, a->what);
	strbuf_release(&found.text);
	strbuf_release(&unknown.text);
}

/* ---- section 5: the host side ---- */

void bk_swarm_mode(bk_ctx *c, bh_check *k, const void *arg)
{
	(void)arg;
	if (!bk_need_api(c, k))
		return;
	const char *state = yscalar(hf_info(c->h, "Swarm.LocalNodeState"));
	if (state && !strcmp(state, "active")) {
		bk_verdict(k, BH_CK_WARN, "swarm mode is active: confirm this host needs it");
		k->remediation = bh_strdup("`docker swarm leave` on hosts that do not need swarm mode.");
	} else {
		bk_verdict(k, BH_CK_PASS, "swarm mode is %s", state && *state ? state : "not reported");
	}
}

static bool apparmor_enabled(void)
{
	char *v = bh_read_file("/sys/module/apparmor/parameters/enabled", 64, NULL);
	bool on = v && v[0] == 'Y';
	free(v);
	return on;
}

static void apparmor_probe(const bh_container *ct, hitlist *bad, const void *arg)
{
	(void)arg;
	static const char *const rules[] = { "CS016", NULL };
	const bh_finding *f = finding_of(ct, rules);
	if (f)
		hit(bad, ct->name, "%s (%s)", f->message, f->rule->id);
	else if (ct->rt.apparmor && bh_starts_with(ct->rt.apparmor, "unconfined"))
		hit(bad, ct->name, "its process runs unconfined (pid %d)", (int)ct->pid);
}

void bk_apparmor(bk_ctx *c, bh_check *k, const void *arg)
{
	(void)arg;
	if (!apparmor_enabled()) {
		bk_verdict(k, BH_CK_SKIP, "not applicable: AppArmor is not enabled in this kernel");
		return;
	}
	per_container(c, k, apparmor_probe, NULL, BH_CK_WARN, "every container runs under an AppArmor profile",
		      bh_rule_find("CIS-5.2")->fix);
}

void bk_selinux(bk_ctx *c, bh_check *k, const void *arg)
{
	char *enforce = bh_read_file("/sys/fs/selinux/enforce", 64, NULL);
	bool on = enforce != NULL;
	free(enforce);
	if (!on) {
		bk_verdict(k, BH_CK_SKIP, "not applicable: SELinux is not enabled in this kernel");
		return;
	}
	bk_container_rules(c, k, arg);
}

void bk_sshd(bk_ctx *c, bh_check *k, const void *arg)
{
	(void)arg;
	const bh_workloads *w = need_containers(c, k);
	if (!w)
		return;
	hitlist bad = { STRBUF_INIT, 0 }, unknown = { STRBUF_INIT, 0 };
	for (size_t i = 0; i < w->nctrs; i++) {
		const bh_container *ct = &w->ctrs[i];
		if (!ct->rt.known || ct->rt.nprocs == 0)
			hit(&unknown, ct->name, "processes of pid %d not readable in /proc", (int)ct->pid);
		else if (ct->rt.sshd)
			hit(&bad, ct->name, "%s", ct->rt.sshd);
	}
	conclude(k, w, &bad, &unknown, BH_CK_WARN, "no container runs sshd", bh_rule_find("CIS-5.7")->fix);
}

/* Published ports, from NetworkSettings.Ports: {"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}]} */
static void ports_probe(const bh_container *ct, hitlist *found, const void *arg)
{
	(void)arg;
	const ynode *ports = ymap_get(ymap_get(ct->inspect, "NetworkSettings"), "Ports");
	strbuf list = STRBUF_INIT;
	for (size_t p = 0; p < ymap_size(ports); p++) {
		const char *cport = yscalar(ymap_key_at(ports, p));
		const ynode *binds = ymap_val_at(ports, p);
		for (size_t b = 0; yis_seq(binds) && b < binds->n; b++) {
			const char *ip = yscalar(ymap_get(binds->items[b], "HostIp"));
			const char *hp = yscalar(ymap_get(binds->items[b], "HostPort"));
			strbuf_addf(&list, "%s%s%s%s->%s", list.len ? ", " : "", ip && *ip ? ip : "",
				    ip && *ip ? ":" : "", hp ? hp : "?", cport ? cport : "?");
		}
	}
	if (list.len)
		hit(found, ct->name, "%s", list.buf);
	strbuf_release(&list);
}

void bk_open_ports(bk_ctx *c, bh_check *k, const void *arg)
{
	(void)arg;
	per_container(c, k, ports_probe, NULL, BH_CK_INFO, "no container publishes a port", NULL);
	ask_to_confirm(k, "port");
}

static void ulimits_probe(const bh_container *ct, hitlist *found, const void *arg)
{
	(void)arg;
	const ynode *u = ymap_get(ymap_get(ct->inspect, "HostConfig"), "Ulimits");
	for (size_t j = 0; yis_seq(u) && j < u->n; j++) {
		const char *name = yscalar(ymap_get(u->items[j], "Name"));
		int64_t soft = 0, hard = 0;
		yint(ymap_get(u->items[j], "Soft"), &soft);
		yint(ymap_get(u->items[j], "Hard"), &hard);
		hit(found, ct->name, "%s=%lld:%lld", name ? name : "?", (long long)soft, (long long)hard);
	}
}

void bk_ulimits(bk_ctx *c, bh_check *k, const void *arg)
{
	(void)arg;
	per_container(c, k, ulimits_probe, NULL, BH_CK_INFO, "no container overrides the default ulimits", NULL);
	ask_to_confirm(k, "override");
}

/* 5.22: the configuration (CS015) or the kernel says seccomp is off. A
 * privileged container or a daemon-wide "unconfined" profile looks default
 * in the inspect document; /proc/<pid>/status shows the truth. */
static void seccomp_probe(const bh_container *ct, hitlist *bad, const void *arg)
{
	(void)arg;
	static const char *const rules[] = { "CS015", NULL };
	const bh_finding *f = finding_of(ct, rules);
	if (f)
		hit(bad, ct->name, "%s (%s)", f->message, f->rule->id);
	else if (ct->rt.known && ct->rt.seccomp == 0)
		hit(bad, ct->name, "its process runs without a seccomp filter (Seccomp: 0 in /proc/%d/status)", (int)ct->pid);
}

void bk_seccomp(bk_ctx *c, bh_check *k, const void *arg)
{
	(void)arg;
	per_container(c, k, seccomp_probe, NULL, BH_CK_WARN, "every container runs with a seccomp filter",
		      bh_rule_find("CIS-5.22")->fix);
}

/* 5.26: no_new_privs as the kernel applies it (the daemon-wide setting does
 * not show in a container's SecurityOpt); the configuration when /proc is
 * not readable. */
static void nnp_probe(const bh_container *ct, hitlist *bad, const void *arg)
{
	(void)arg;
	static const char *const rules[] = { "CS018", NULL };
	if (ct->rt.no_new_privs == 1)
		return;
	const bh_finding *f = finding_of(ct, rules);
	if (ct->rt.no_new_privs == 0)
		hit(bad, ct->name, "its process can gain privileges (NoNewPrivs: 0 in /proc/%d/status)", (int)ct->pid);
	else if (f)
		hit(bad, ct->name, "%s (%s)", f->message, f->rule->id);
}

void bk_nnp(bk_ctx *c, bh_check *k, const void *arg)
{
	(void)arg;
	per_container(c, k, nnp_probe, NULL, BH_CK_WARN, "every container runs with no_new_privs",
		      bh_rule_find("CIS-5.26")->fix);
}

/* 5.4: added capabilities (CS002, CS003); the detail also says how many
 * containers run with an empty effective set. */
void bk_capabilities(bk_ctx *c, bh_check *k, const void *arg)
{
	bk_container_rules(c, k, arg);
	if (k->status != BH_CK_PASS && k->status != BH_CK_WARN)
		return;
	size_t empty = 0, known = 0;
	for (size_t i = 0; i < c->wl.nctrs; i++) {
		if (c->wl.ctrs[i].rt.capeff_known) {
			known++;
			empty += c->wl.ctrs[i].rt.capeff == 0;
		}
	}
	char *d = k->detail;
	k->detail = bh_asprintf("%s [runtime: %zu of %zu run with an empty effective capability set]", d, empty, known);
	free(d);
}

/* 5.31: --userns host (CS009); the detail says how many containers really
 * have their own user namespace (none without userns-remap, see 2.9). */
void bk_userns(bk_ctx *c, bh_check *k, const void *arg)
{
	bk_container_rules(c, k, arg);
	if (k->status != BH_CK_PASS && k->status != BH_CK_WARN)
		return;
	size_t own = 0, known = 0;
	for (size_t i = 0; i < c->wl.nctrs; i++) {
		if (c->wl.ctrs[i].rt.own_userns >= 0) {
			known++;
			own += c->wl.ctrs[i].rt.own_userns == 1;
		}
	}
	char *d = k->detail;
	k->detail = bh_asprintf("%s [runtime: %zu of %zu run in their own user namespace]", d, own, known);
	free(d);
}

/* 5.23 and 5.24: the exec sessions the daemon still remembers. Earlier
 * ones are only in the audit log, so a clean result is a note, not a pass. */
void bk_exec(bk_ctx *c, bh_check *k, const void *arg)
{
	bool privileged = arg != NULL;
	const bh_workloads *w = need_containers(c, k);
	if (!w)
		return;
	hitlist bad = { STRBUF_INIT, 0 };
	size_t seen = 0;
	for (size_t i = 0; i < w->nctrs; i++) {
		const bh_container *ct = &w->ctrs[i];
		const ynode *ids = ymap_get(ct->inspect, "ExecIDs");
		for (size_t j = 0; yis_seq(ids) && j < ids->n && j < 256; j++) {
			const char *id = yscalar(ids->items[j]);
			if (!id || strspn(id, "0123456789abcdef") != strlen(id) || strlen(id) > 128)
				continue;
			char path[200];
			snprintf(path, sizeof path, "/exec/%s/json", id);
			ydoc_set doc = { 0 };
			char *err = NULL;
			const ynode *ex = bh_engine_get_json(&c->h->engine, path, &doc, &err);
			const ynode *pc = ymap_get(ex, "ProcessConfig");
			if (pc) {
				seen++;
				bool priv = false;
				ybool(ymap_get(pc, "privileged"), &priv);
				const char *user = yscalar(ymap_get(pc, "user"));
				size_t un = user ? strcspn(user, ":") : 0;
				bool root = user && ((un == 4 && !strncmp(user, "root", 4)) || (un == 1 && user[0] == '0'));
				if (privileged ? priv : root)
					hit(&bad, ct->name, "exec %.12s runs %s", id, privileged ? "privileged" : "as root");
			}
			free(err);
			ydoc_free(&doc);
		}
	}
	hits_done(&bad);
	if (bad.n) {
		bk_verdict(k, privileged ? BH_CK_WARN : BH_CK_INFO, "%zu of the %zu exec sessions the daemon remembers: %s",
			   bad.n, seen, bad.text.buf);
		k->evidence = bh_strdup(bad.text.buf);
		if (privileged)
			k->remediation = bh_strdup("Do not use `docker exec --privileged`; review who ran it (`ausearch -k docker`).");
	} else {
		bk_verdict(k, BH_CK_NOTE, "none of the %zu exec sessions the daemon remembers ran %s; earlier ones are only "
					  "in the audit log (`ausearch -k docker | grep exec`)",
			   seen, privileged ? "privileged" : "as root");
	}
	strbuf_release(&bad.text);
}

static void cgroup_parent_probe(const bh_container *ct, hitlist *bad, const void *arg)
{
	(void)arg;
	const char *p = yscalar(ymap_get(ymap_get(ct->inspect, "HostConfig"), "CgroupParent"));
	if (p && *p)
		hit(bad, ct->name, "cgroup parent %s", p);
}

void bk_cgroup_parent(bk_ctx *c, bh_check *k, const void *arg)
{
	(void)arg;
	per_container(c, k, cgroup_parent_probe, NULL, BH_CK_WARN, "every container uses the default cgroup parent",
		      bh_rule_find("CIS-5.25")->fix);
}

static void health_probe(const bh_container *ct, hitlist *bad, const void *arg)
{
	(void)arg;
	const char *st = yscalar(ymap_get(ymap_get(ymap_get(ct->inspect, "State"), "Health"), "Status"));
	if (!st || !*st)
		hit(bad, ct->name, "no health check");
}

void bk_health(bk_ctx *c, bh_check *k, const void *arg)
{
	(void)arg;
	per_container(c, k, health_probe, NULL, BH_CK_WARN, "every container has a health check",
		      bh_rule_find("CIS-5.27")->fix);
}

static void docker0_probe(const bh_container *ct, hitlist *bad, const void *arg)
{
	(void)arg;
	const ynode *nets = ymap_get(ymap_get(ct->inspect, "NetworkSettings"), "Networks");
	if (ymap_get(nets, "bridge"))
		hit(bad, ct->name, "on the default bridge network");
}

void bk_docker0(bk_ctx *c, bh_check *k, const void *arg)
{
	(void)arg;
	per_container(c, k, docker0_probe, NULL, BH_CK_INFO, "no container is on the default bridge", NULL);
}
