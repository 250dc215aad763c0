/* Compose files: one spec per service. Values are interpolated from the
 * environment (${VAR:-default}); anchors and merge keys are resolved by the
 * YAML reader. */
#include "spec/load_int.h"
#include "spec/spec.h"
#include "core/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

static void ns_mode(cs_loader *L, const ynode *svc, const char *key, cs_flag *out)
{
	const ynode *n = ymap_get(svc, key);
	const char *v = cs_text(L, n, key);
	if (!v)
		return;
	out->set = true;
	out->on = !strcasecmp(v, "host");
	out->pos = cs_lpos(L, n);
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
		m->pos = cs_lpos(L, v);
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
			m->prop_pos = cs_lpos(L, p);
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
	p->pos = cs_lpos(L, n);
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
		p->pos = cs_lpos(L, v);
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
			kv->pos = cs_lpos(L, ymap_key_at(n, i));
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
		kv->pos = cs_lpos(L, n->items[i]);
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
	out->pos = cs_lpos(L, n);
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
	out->pos = cs_lpos(L, n);
}

static void restart(cs_loader *L, cs_spec *sp, const ynode *svc)
{
	const ynode *n = ymap_get(svc, "restart");
	const char *r = cs_text(L, n, "restart");
	if (r) {
		const char *colon = strchr(r, ':');
		sp->restart.v = colon ? cs_set_strn(L->set, r, (size_t)(colon - r)) : r;
		sp->restart.pos = cs_lpos(L, n);
		if (colon) {
			char *end;
			long v = strtol(colon + 1, &end, 10);
			if (end == colon + 1 || *end || v < 0)
				cs_err(L, n, "restart: expected on-failure[:N], found \"%s\"", r);
			sp->restart_max.set = true;
			sp->restart_max.v = v;
			sp->restart_max.pos = cs_lpos(L, n);
		}
	}
	const ynode *rp = ymap_get(ymap_get(svc, "deploy"), "restart_policy");
	if (yis_map(rp)) {
		const ynode *c = ymap_get(rp, "condition");
		const char *cond = cs_text(L, c, "deploy.restart_policy.condition");
		if (cond) {
			sp->restart.v = !strcmp(cond, "any") ? "always" : !strcmp(cond, "none") ? "no" : cond;
			sp->restart.pos = cs_lpos(L, c);
		} else if (!sp->restart.v) {
			sp->restart.v = "always"; /* swarm's default condition is any */
			sp->restart.pos = cs_lpos(L, rp);
		}
		cs_read_int(L, ymap_get(rp, "max_attempts"), "deploy.restart_policy.max_attempts", &sp->restart_max);
	}
}

/* One env_file: its variables come before the service's environment:,
 * which wins (drop_overridden keeps the last one). A finding in it names the
 * env file and its line. */
static void env_file(cs_loader *L, cs_spec *sp, const ynode *at, const char *file, bool required)
{
	char *path = file[0] == '/' ? bh_strdup(file) : cs_sibling_path(L->path, file);
	struct stat st;
	const char *problem = NULL;
	if (stat(path, &st) != 0)
		problem = errno == ENOENT && !required ? "" : strerror(errno);
	else if (!S_ISREG(st.st_mode)) /* a FIFO or device would block or never end */
		problem = "not a regular file";
	if (problem) {
		if (*problem) /* "": an optional file that is missing */
			cs_err(L, at, "env_file %s: %s", path, problem);
		free(path);
		return;
	}
	cs_dotenv vars = { 0 };
	const char *shown = cs_set_str(L->set, path);
	free(path);
	if (cs_dotenv_load(shown, &vars, L->errs) < 0) {
		L->nerrors++;
	} else {
		for (size_t i = 0; i < vars.n; i++) {
			cs_kv *kv = cs_spec_add_env(sp);
			kv->name = cs_set_str(L->set, vars.names[i]);
			kv->value = cs_set_str(L->set, vars.values[i]);
			kv->pos.line = vars.lines[i];
			kv->pos.col = 1;
			kv->pos.file = shown;
		}
	}
	cs_dotenv_free(&vars);
}

/* env_file: PATH, [PATH, ...] or [{path: PATH, required: false}, ...] */
static void env_files(cs_loader *L, cs_spec *sp, const ynode *n)
{
	if (!n || yis_null(n))
		return;
	if (n->kind == YN_SCALAR) {
		const char *f = cs_text(L, n, "env_file");
		if (f)
			env_file(L, sp, n, f, true);
		return;
	}
	if (!yis_seq(n)) {
		cs_err(L, n, "env_file: expected a path or a list");
		return;
	}
	for (size_t i = 0; i < n->n; i++) {
		const ynode *e = n->items[i];
		const ynode *pn = yis_map(e) ? ymap_get(e, "path") : e;
		const char *f = cs_text(L, pn, "env_file[]");
		cs_flag req = { .on = true };
		if (yis_map(e))
			cs_read_flag(L, ymap_get(e, "required"), "env_file[].required", &req);
		if (f)
			env_file(L, sp, pn, f, !req.set || req.on);
		else if (!pn)
			cs_err(L, e, "env_file[]: names no path");
	}
}

/* One service's own settings, on top of what sp already holds (from the
 * service it extends, or the file it overrides): scalars replace, lists add. */
static void service_fields(cs_loader *L, cs_spec *sp, const ynode *svc)
{
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
		cs_strlist_push(&sp->devices, cs_set_strn(L->set, s, n), cs_lpos(L, d));
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
	env_files(L, sp, ymap_get(svc, "env_file"));
	kv_section(L, sp, ymap_get(svc, "environment"), "environment", true);
	kv_section(L, sp, ymap_get(svc, "sysctls"), "sysctls", false);
}

/* ---- extends and override files --------------------------------------- */

#define EXTENDS_MAX_DEPTH 8

/* A compose file other than the one being checked, read for extends or as an
 * override. Its strings are copied into the set, so the tree is freed after. */
typedef struct other_file {
	ydoc_set docs;
	const ynode *root;
	cs_loader L;
} other_file;

static bool open_other(cs_loader *L, const char *path, const ynode *at, other_file *o)
{
	memset(o, 0, sizeof *o);
	struct stat st;
	if (stat(path, &st) != 0) {
		cs_err(L, at, "cannot read %s: %s", path, strerror(errno));
		return false;
	}
	if (!S_ISREG(st.st_mode)) { /* a FIFO or device would block or never end */
		cs_err(L, at, "cannot read %s: not a regular file", path);
		return false;
	}
	size_t len = 0;
	char *data = bh_read_file(path, CS_MAX_BYTES, &len);
	if (!data) {
		cs_err(L, at, "cannot read %s: %s", path, errno == EFBIG ? "file is larger than 16 MiB" : strerror(errno));
		return false;
	}
	o->L = *L;
	o->L.path = cs_set_str(L->set, path);
	o->L.pos_file = o->L.path;
	o->L.nerrors = 0;
	yerror yerr;
	int rc = ydoc_parse(data, len, &o->docs, &yerr);
	free(data);
	if (rc < 0) {
		bh_findings_error(L->errs, o->L.path, yerr.line, yerr.col, "%s", yerr.message);
		L->nerrors++;
		ydoc_free(&o->docs);
		return false;
	}
	for (size_t i = 0; i < o->docs.ndocs && !o->root; i++)
		if (!yis_null(o->docs.docs[i]))
			o->root = o->docs.docs[i];
	if (o->root && !yis_map(o->root)) {
		cs_err(&o->L, o->root, "a compose file must be a mapping with a services: key");
		L->nerrors++;
		ydoc_free(&o->docs);
		return false;
	}
	return true;
}

static void close_other(cs_loader *L, other_file *o)
{
	L->nerrors += o->L.nerrors;
	ydoc_free(&o->docs);
}

static void apply_service(cs_loader *L, cs_spec *sp, const ynode *services, const char *name, const ynode *svc,
			  int depth);

/* extends: NAME, or extends: {service: NAME, file: PATH} (PATH relative to this file). */
static void apply_extends(cs_loader *L, cs_spec *sp, const ynode *services, const ynode *ext, int depth)
{
	const char *base = NULL, *file = NULL;
	const ynode *base_node = ext;
	if (ext->kind == YN_SCALAR) {
		base = cs_text(L, ext, "extends");
	} else if (yis_map(ext)) {
		base_node = ymap_get(ext, "service");
		base = cs_text(L, base_node, "extends.service");
		file = cs_text(L, ymap_get(ext, "file"), "extends.file");
		if (!base) {
			cs_err(L, ext, "extends: names no service");
			return;
		}
	} else {
		cs_err(L, ext, "extends: expected a service name or a mapping with service: and file:");
		return;
	}
	if (!base)
		return;
	if (depth >= EXTENDS_MAX_DEPTH) {
		cs_err(L, ext, "extends: more than %d levels (a service that extends itself?)", EXTENDS_MAX_DEPTH);
		return;
	}
	if (!file) {
		const ynode *b = ymap_get(services, base);
		if (!b)
			cs_err(L, base_node, "extends: no service \"%s\" in this file", base);
		else
			apply_service(L, sp, services, base, b, depth + 1);
		return;
	}
	while (file[0] == '.' && file[1] == '/') /* "./base.yml" and "base.yml" are one file */
		file += 2;
	char *path = file[0] == '/' ? bh_strdup(file) : cs_sibling_path(L->path, file);
	other_file o;
	if (open_other(L, path, ymap_get(ext, "file"), &o)) {
		const ynode *other_services = ymap_get(o.root, "services");
		const ynode *b = ymap_get(other_services, base);
		if (!b)
			cs_err(L, base_node, "extends: no service \"%s\" in %s", base, path);
		else
			apply_service(&o.L, sp, other_services, base, b, depth + 1);
		close_other(L, &o);
	}
	free(path);
}

static void apply_service(cs_loader *L, cs_spec *sp, const ynode *services, const char *name, const ynode *svc,
			  int depth)
{
	if (!yis_map(svc)) {
		if (!yis_null(svc))
			cs_err(L, svc, "service %s: expected a mapping", name);
		return;
	}
	const ynode *ext = ymap_get(svc, "extends");
	if (ext && !yis_null(ext))
		apply_extends(L, sp, services, ext, depth);
	service_fields(L, sp, svc);
}

/* After merging, a later environment variable, sysctl or mount target
 * replaces an earlier one, as docker compose merges them. */
static void drop_overridden(cs_spec *sp)
{
	size_t w = 0;
	for (size_t i = 0; i < sp->nenv; i++) {
		bool later = false;
		for (size_t j = i + 1; j < sp->nenv && !later; j++)
			later = sp->env[i].name && sp->env[j].name && !strcmp(sp->env[i].name, sp->env[j].name);
		if (!later)
			sp->env[w++] = sp->env[i];
	}
	sp->nenv = w;
	w = 0;
	for (size_t i = 0; i < sp->nsysctls; i++) {
		bool later = false;
		for (size_t j = i + 1; j < sp->nsysctls && !later; j++)
			later = sp->sysctls[i].name && sp->sysctls[j].name && !strcmp(sp->sysctls[i].name, sp->sysctls[j].name);
		if (!later)
			sp->sysctls[w++] = sp->sysctls[i];
	}
	sp->nsysctls = w;
	w = 0;
	for (size_t i = 0; i < sp->nmounts; i++) {
		bool later = false;
		for (size_t j = i + 1; j < sp->nmounts && !later; j++)
			later = sp->mounts[i].target && sp->mounts[j].target && !strcmp(sp->mounts[i].target, sp->mounts[j].target);
		if (!later)
			sp->mounts[w++] = sp->mounts[i];
	}
	sp->nmounts = w;
}

/* secrets:, configs: and networks: of a service must name an entry of the
 * file's top-level section of the same name, or docker compose refuses the
 * file ("refers to undefined secret"). networks has an implicit default. */
static void check_references(cs_loader *L, const ynode *root, const ynode *svc, const char *section)
{
	const ynode *used = ymap_get(svc, section);
	if (!used || yis_null(used))
		return;
	const ynode *defined = ymap_get(root, section);
	if (defined && !yis_null(defined) && !yis_map(defined)) {
		cs_err(L, defined, "%s: expected a mapping of names", section);
		return;
	}
	bool networks = !strcmp(section, "networks");
	size_t n = yis_seq(used) ? used->n : yis_map(used) ? ymap_size(used) : 0;
	if (!yis_seq(used) && !(networks && yis_map(used))) {
		cs_err(L, used, "%s: expected a list%s", section, networks ? " or a mapping" : "");
		return;
	}
	for (size_t i = 0; i < n; i++) {
		const ynode *ref = yis_seq(used) ? used->items[i] : ymap_key_at(used, i);
		if (yis_map(ref)) /* long syntax: {source: NAME, target: ...} */
			ref = ymap_get(ref, "source");
		const char *name = cs_text(L, ref, section);
		if (!name) {
			cs_err(L, yis_seq(used) ? used->items[i] : used, "%s[]: names no %s", section,
			       networks ? "network" : "source");
			continue;
		}
		if (networks && !strcmp(name, "default"))
			continue;
		if (!ymap_get(defined, name))
			cs_err(L, ref, "refers to undefined %.*s \"%s\"", (int)strlen(section) - 1, section, name);
	}
}

static cs_spec *find_service(cs_set *set, size_t first, const char *object)
{
	for (size_t i = first; i < set->n; i++)
		if (set->items[i].object && !strcmp(set->items[i].object, object))
			return &set->items[i];
	return NULL;
}

/* Every service of one file, onto the specs loaded from the files before it. */
static void load_services(cs_loader *L, size_t first, const ynode *root, bool check_refs)
{
	const ynode *services = ymap_get(root, "services");
	if (services && !yis_null(services) && !yis_map(services)) {
		cs_err(L, services, "services: expected a mapping of service names");
		return;
	}
	for (size_t i = 0; i < ymap_size(services); i++) {
		const ynode *key = ymap_key_at(services, i);
		if (key->kind != YN_SCALAR) {
			cs_err(L, key, "services: a service name must be a string");
			continue;
		}
		char *object = bh_asprintf("service %s", key->str);
		cs_spec *sp = find_service(L->set, first, object);
		if (!sp) {
			sp = cs_set_add(L->set, CS_FMT_COMPOSE, L->set->n > first ? L->set->items[first].path : L->path);
			sp->pos = cs_lpos(L, key);
			sp->pids_applicable = true;
			sp->object = cs_set_own(L->set, object);
		} else {
			free(object);
		}
		apply_service(L, sp, services, key->str, ymap_val_at(services, i), 0);
		static const char *const sections[] = { "secrets", "configs", "networks" };
		for (size_t k = 0; check_refs && k < BH_ARRAY_SIZE(sections); k++)
			check_references(L, root, ymap_val_at(services, i), sections[k]);
	}
}

/* docker compose without -f reads compose.yaml and then, when it exists,
 * compose.override.yaml beside it; the same holds for docker-compose.yml. */
static const char *override_name(const char *name)
{
	static const struct {
		const char *base, *override;
	} pairs[] = {
		{ "compose.yaml", "compose.override.yaml" },
		{ "compose.yml", "compose.override.yml" },
		{ "docker-compose.yaml", "docker-compose.override.yaml" },
		{ "docker-compose.yml", "docker-compose.override.yml" },
	};
	for (size_t i = 0; i < BH_ARRAY_SIZE(pairs); i++)
		if (!strcmp(name, pairs[i].base))
			return pairs[i].override;
	return NULL;
}

bool cs_compose_is_merged_override(const char *path)
{
	const char *name = bh_basename(path);
	static const char *const bases[][2] = {
		{ "compose.override.yaml", "compose.yaml" },
		{ "compose.override.yml", "compose.yml" },
		{ "docker-compose.override.yaml", "docker-compose.yaml" },
		{ "docker-compose.override.yml", "docker-compose.yml" },
	};
	for (size_t i = 0; i < BH_ARRAY_SIZE(bases); i++) {
		if (strcmp(name, bases[i][0]))
			continue;
		char *base = cs_sibling_path(path, bases[i][1]);
		struct stat st;
		bool merged = stat(base, &st) == 0 && S_ISREG(st.st_mode);
		free(base);
		return merged;
	}
	return false;
}

int cs_load_compose(cs_loader *L, const ynode *root)
{
	size_t first = L->set->n;
	const char *ov = override_name(bh_basename(L->path));
	char *ovpath = ov ? cs_sibling_path(L->path, ov) : NULL;
	struct stat st;
	if (ovpath && stat(ovpath, &st) != 0) {
		free(ovpath);
		ovpath = NULL;
	}
	/* With an override, a reference may be defined in the other file: the
	 * undefined-reference check needs the merged top level, so it is left out. */
	load_services(L, first, root, !ovpath);
	other_file o;
	if (ovpath && open_other(L, ovpath, NULL, &o)) {
		if (o.root)
			load_services(&o.L, first, o.root, false);
		close_other(L, &o);
	}
	free(ovpath);
	for (size_t i = first; i < L->set->n; i++)
		drop_overridden(&L->set->items[i]);
	return 0;
}

/* ---- docker compose -f a.yaml -f b.yaml -------------------------------- */

void cs_check_compose_files(const char *const *paths, size_t n, const bh_policy *policy, bh_findings *out)
{
	if (!n)
		return;
	cs_set set;
	cs_set_init(&set);
	cs_dotenv dotenv = { 0 };
	/* The project directory is the first file's; its .env feeds every file. */
	char *envpath = cs_sibling_path(paths[0], ".env");
	int erc = cs_dotenv_load(envpath, &dotenv, out);
	free(envpath);
	cs_loader L = { .set = &set, .path = paths[0], .errs = out, .interpolate = true, .dotenv = &dotenv };
	for (size_t i = 0; erc == 0 && i < n; i++) {
		other_file o;
		if (!open_other(&L, paths[i], NULL, &o))
			continue;
		if (i == 0)
			o.L.pos_file = NULL; /* the specs' own file */
		if (!o.root || !yis_map(ymap_get(o.root, "services")))
			cs_err(&o.L, o.root, "not a compose file: expected a services: mapping");
		else
			load_services(&o.L, 0, o.root, n == 1);
		close_other(&L, &o);
	}
	for (size_t i = 0; i < set.n; i++)
		drop_overridden(&set.items[i]);
	if (erc == 0 && !L.nerrors)
		cs_check(&set, policy, out);
	cs_dotenv_free(&dotenv);
	cs_set_release(&set);
}
