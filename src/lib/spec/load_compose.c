/* Compose files: one spec per service. Values are interpolated from the
 * environment (${VAR:-default}); anchors and merge keys are resolved by the
 * YAML reader. */
#include "spec/load_int.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static void ns_mode(cs_loader *L, const ynode *svc, const char *key, cs_flag *out)
{
	const ynode *n = ymap_get(svc, key);
	const char *v = cs_text(L, n, key);
	if (!v)
		return;
	out->set = true;
	out->on = !strcasecmp(v, "host");
	out->pos = cs_npos(n);
}

static void volumes(cs_loader *L, cs_spec *sp, const ynode *list)
{
	if (!list || yis_null(list))
		return;
	if (!yis_seq(list)) {
		cs_err(L, list, "volumes: expected a list");
		return;
	}
	for (size_t i = 0; i < list->n; i++) {
		const ynode *v = list->items[i];
		if (v->kind == YN_SCALAR) {
			const char *s = cs_text(L, v, "volumes[]");
			if (s)
				cs_bind_string(L, sp, s, v);
			continue;
		}
		if (!yis_map(v)) {
			cs_err(L, v, "volumes[]: expected a string or a mapping");
			continue;
		}
		cs_mount *m = cs_spec_add_mount(sp);
		m->pos = cs_npos(v);
		const char *type = cs_text(L, ymap_get(v, "type"), "volumes[].type");
		m->source = cs_text(L, ymap_get(v, "source"), "volumes[].source");
		m->target = cs_text(L, ymap_get(v, "target"), "volumes[].target");
		if (!type)
			type = m->source && (m->source[0] == '/' || m->source[0] == '.') ? "bind" : "volume";
		m->type = !strcmp(type, "bind")     ? CS_MOUNT_BIND
			  : !strcmp(type, "volume") ? CS_MOUNT_VOLUME
			  : !strcmp(type, "tmpfs")  ? CS_MOUNT_TMPFS
						    : CS_MOUNT_OTHER;
		cs_flag ro = { 0 };
		cs_read_flag(L, ymap_get(v, "read_only"), "volumes[].read_only", &ro);
		m->read_only = ro.on;
		const ynode *p = ymap_get(ymap_get(v, "bind"), "propagation");
		const char *prop = cs_text(L, p, "volumes[].bind.propagation");
		if (prop) {
			m->propagation = prop;
			m->prop_pos = cs_npos(p);
		}
	}
}

/* "[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTO]" */
static void short_port(cs_loader *L, cs_spec *sp, const ynode *n, const char *s)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%s", s);
	buf[strcspn(buf, "/")] = '\0';
	cs_port *p = cs_spec_add_port(sp);
	p->pos = cs_npos(n);
	p->published = true;
	char *ip = NULL;
	char *rest = buf;
	if (buf[0] == '[') {
		char *close = strchr(buf, ']');
		if (!close || close[1] != ':') {
			cs_err(L, n, "ports: cannot read \"%s\"", s);
			return;
		}
		*close = '\0';
		ip = buf + 1;
		rest = close + 2;
	}
	char *last = strrchr(rest, ':');
	const char *cport = last ? last + 1 : rest;
	if (!cs_parse_port(cport, strlen(cport), &p->container_port)) {
		cs_err(L, n, "ports: cannot read \"%s\"", s);
		return;
	}
	if (!last)
		return; /* a random host port on every interface */
	*last = '\0';
	char *hostport = rest;
	char *c = strrchr(rest, ':');
	if (c && !ip) {
		*c = '\0';
		ip = rest;
		hostport = c + 1;
	}
	if (ip)
		p->host_ip = cs_set_str(L->set, ip);
	if (*hostport && !cs_parse_port(hostport, strlen(hostport), &p->host_port))
		cs_err(L, n, "ports: cannot read host port in \"%s\"", s);
}

static void ports(cs_loader *L, cs_spec *sp, const ynode *list)
{
	if (!list || yis_null(list))
		return;
	if (!yis_seq(list)) {
		cs_err(L, list, "ports: expected a list");
		return;
	}
	for (size_t i = 0; i < list->n; i++) {
		const ynode *v = list->items[i];
		if (v->kind == YN_SCALAR) {
			const char *s = cs_text(L, v, "ports[]");
			if (s)
				short_port(L, sp, v, s);
			continue;
		}
		if (!yis_map(v)) {
			cs_err(L, v, "ports[]: expected a string or a mapping");
			continue;
		}
		cs_port *p = cs_spec_add_port(sp);
		p->pos = cs_npos(v);
		p->published = true;
		const char *t = cs_text(L, ymap_get(v, "target"), "ports[].target");
		if (t && !cs_parse_port(t, strlen(t), &p->container_port))
			cs_err(L, ymap_get(v, "target"), "ports[].target: expected a port, found \"%s\"", t);
		const char *pub = cs_text(L, ymap_get(v, "published"), "ports[].published");
		if (pub && !cs_parse_port(pub, strlen(pub), &p->host_port))
			cs_err(L, ymap_get(v, "published"), "ports[].published: expected a port, found \"%s\"", pub);
		p->host_ip = cs_text(L, ymap_get(v, "host_ip"), "ports[].host_ip");
	}
}

/* environment and sysctls: a list of "K=V" or a mapping. */
static void kv_section(cs_loader *L, cs_spec *sp, const ynode *n, const char *what, bool env)
{
	if (!n || yis_null(n))
		return;
	if (yis_map(n)) {
		for (size_t i = 0; i < ymap_size(n); i++) {
			cs_kv *kv = env ? cs_spec_add_env(sp) : cs_spec_add_sysctl(sp);
			kv->name = cs_text(L, ymap_key_at(n, i), what);
			kv->value = cs_text(L, ymap_val_at(n, i), what);
			kv->pos = cs_npos(ymap_key_at(n, i));
		}
		return;
	}
	if (!yis_seq(n)) {
		cs_err(L, n, "%s: expected a list or a mapping", what);
		return;
	}
	for (size_t i = 0; i < n->n; i++) {
		const char *e = cs_text(L, n->items[i], what);
		if (!e)
			continue;
		cs_kv *kv = env ? cs_spec_add_env(sp) : cs_spec_add_sysctl(sp);
		const char *eq = strchr(e, '=');
		kv->name = eq ? cs_set_strn(L->set, e, (size_t)(eq - e)) : e;
		kv->value = eq ? eq + 1 : NULL;
		kv->pos = cs_npos(n->items[i]);
	}
}

static void bytes(cs_loader *L, const ynode *n, const char *what, cs_num *out)
{
	const char *t = cs_text(L, n, what);
	if (!t)
		return;
	int64_t v;
	if (!cs_parse_bytes(t, &v)) {
		cs_err(L, n, "%s: expected a size such as 512m or 1g, found \"%s\"", what, t);
		return;
	}
	out->set = true;
	out->v = v;
	out->pos = cs_npos(n);
}

static void cpus(cs_loader *L, const ynode *n, const char *what, cs_num *out)
{
	const char *t = cs_text(L, n, what);
	if (!t)
		return;
	int64_t v;
	if (!cs_parse_cpu(t, &v)) {
		cs_err(L, n, "%s: expected a number of CPUs such as 0.5, found \"%s\"", what, t);
		return;
	}
	out->set = true;
	out->v = v;
	out->pos = cs_npos(n);
}

static void restart(cs_loader *L, cs_spec *sp, const ynode *svc)
{
	const ynode *n = ymap_get(svc, "restart");
	const char *r = cs_text(L, n, "restart");
	if (r) {
		const char *colon = strchr(r, ':');
		sp->restart.v = colon ? cs_set_strn(L->set, r, (size_t)(colon - r)) : r;
		sp->restart.pos = cs_npos(n);
		if (colon) {
			char *end;
			long v = strtol(colon + 1, &end, 10);
			if (end == colon + 1 || *end || v < 0)
				cs_err(L, n, "restart: expected on-failure[:N], found \"%s\"", r);
			sp->restart_max.set = true;
			sp->restart_max.v = v;
			sp->restart_max.pos = cs_npos(n);
		}
	}
	const ynode *rp = ymap_get(ymap_get(svc, "deploy"), "restart_policy");
	if (yis_map(rp)) {
		const ynode *c = ymap_get(rp, "condition");
		const char *cond = cs_text(L, c, "deploy.restart_policy.condition");
		if (cond) {
			sp->restart.v = !strcmp(cond, "any") ? "always" : !strcmp(cond, "none") ? "no" : cond;
			sp->restart.pos = cs_npos(c);
		} else if (!sp->restart.v) {
			sp->restart.v = "always"; /* swarm's default condition is any */
			sp->restart.pos = cs_npos(rp);
		}
		cs_read_int(L, ymap_get(rp, "max_attempts"), "deploy.restart_policy.max_attempts", &sp->restart_max);
	}
}

static void service(cs_loader *L, const ynode *key, const ynode *svc)
{
	cs_spec *sp = cs_set_add(L->set, CS_FMT_COMPOSE, L->path);
	sp->pos = cs_npos(key);
	sp->pids_applicable = true;
	sp->object = cs_set_own(L->set, bh_asprintf("service %s", key->str));
	if (!yis_map(svc)) {
		if (!yis_null(svc))
			cs_err(L, svc, "service %s: expected a mapping", key->str);
		return;
	}
	cs_read_str(L, ymap_get(svc, "image"), "image", &sp->image);
	cs_read_str(L, ymap_get(svc, "user"), "user", &sp->user);
	cs_read_flag(L, ymap_get(svc, "privileged"), "privileged", &sp->privileged);
	cs_read_list(L, ymap_get(svc, "cap_add"), "cap_add", true, &sp->cap_add);
	cs_read_list(L, ymap_get(svc, "cap_drop"), "cap_drop", true, &sp->cap_drop);
	ns_mode(L, svc, "network_mode", &sp->host_network);
	ns_mode(L, svc, "pid", &sp->host_pid);
	ns_mode(L, svc, "ipc", &sp->host_ipc);
	ns_mode(L, svc, "uts", &sp->host_uts);
	ns_mode(L, svc, "userns_mode", &sp->host_userns);
	volumes(L, sp, ymap_get(svc, "volumes"));

	const ynode *dev = ymap_get(svc, "devices");
	for (size_t i = 0; yis_seq(dev) && i < dev->n; i++) {
		const ynode *d = dev->items[i];
		const char *s = yis_map(d) ? cs_text(L, ymap_get(d, "source"), "devices[].source")
					   : cs_text(L, d, "devices[]");
		if (!s)
			continue;
		size_t n = strcspn(s, ":");
		cs_strlist_push(&sp->devices, cs_set_strn(L->set, s, n), cs_npos(d));
	}
	const ynode *so = ymap_get(svc, "security_opt");
	for (size_t i = 0; yis_seq(so) && i < so->n; i++) {
		const char *o = cs_text(L, so->items[i], "security_opt[]");
		if (o)
			cs_security_opt(L, sp, o, so->items[i]);
	}
	cs_read_flag(L, ymap_get(svc, "read_only"), "read_only", &sp->read_only_rootfs);

	const ynode *limits = ymap_get(ymap_get(ymap_get(svc, "deploy"), "resources"), "limits");
	bytes(L, ymap_get(svc, "mem_limit"), "mem_limit", &sp->memory);
	bytes(L, ymap_get(limits, "memory"), "deploy.resources.limits.memory", &sp->memory);
	cpus(L, ymap_get(svc, "cpus"), "cpus", &sp->cpu);
	cpus(L, ymap_get(limits, "cpus"), "deploy.resources.limits.cpus", &sp->cpu);
	cs_num q = { 0 };
	cs_read_int(L, ymap_get(svc, "cpu_quota"), "cpu_quota", &q);
	if (q.set && q.v > 0 && !sp->cpu.set)
		sp->cpu = q;
	cs_num shares = { 0 };
	cs_read_int(L, ymap_get(svc, "cpu_shares"), "cpu_shares", &shares);
	if (shares.set && shares.v > 0 && shares.v != 1024 && !sp->cpu.set)
		sp->cpu = shares;
	cs_read_int(L, ymap_get(svc, "pids_limit"), "pids_limit", &sp->pids);
	cs_read_int(L, ymap_get(limits, "pids"), "deploy.resources.limits.pids", &sp->pids);

	ports(L, sp, ymap_get(svc, "ports"));
	restart(L, sp, svc);
	kv_section(L, sp, ymap_get(svc, "environment"), "environment", true);
	kv_section(L, sp, ymap_get(svc, "sysctls"), "sysctls", false);
}

int cs_load_compose(cs_loader *L, const ynode *root)
{
	const ynode *services = ymap_get(root, "services");
	for (size_t i = 0; i < ymap_size(services); i++) {
		const ynode *key = ymap_key_at(services, i);
		if (key->kind != YN_SCALAR) {
			cs_err(L, key, "services: a service name must be a string");
			continue;
		}
		service(L, key, ymap_val_at(services, i));
	}
	return 0;
}
