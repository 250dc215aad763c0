/* The container-spec rules: pure functions over cs_spec. Nothing here knows
 * which format a spec came from except where the platform's defaults differ
 * (recorded in the model) or a rule only exists on one platform. */
#include "spec/spec.h"
#include "core/secret.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

typedef struct cs_ctx {
	const cs_spec *sp;
	const bh_policy *policy;
	bh_findings *out;
	struct cs_seen *seen; /* (rule, path, line, column) of this set's findings so far */
} cs_ctx;

/* Pod-level settings are shared by every container of the pod and reported
 * once: a finding whose rule and position were already reported is
 * dropped. A hash set keeps that linear; scanning every finding so far made
 * a manifest of many documents quadratic (minutes for a 16 MiB file). */
typedef struct cs_seen {
	struct cs_seen_slot {
		const bh_rule *rule; /* NULL: free */
		const char *path;    /* compose: the file the setting is written in */
		int line, col;
	} *slots;
	size_t n, cap; /* cap: 0 or a power of two */
} cs_seen;

static bool seen_same(const struct cs_seen_slot *x, const bh_rule *rule, const char *path, int line, int col)
{
	return x->rule == rule && x->line == line && x->col == col && !strcmp(x->path, path);
}

static size_t seen_slot(const cs_seen *s, const bh_rule *rule, const char *path, int line, int col)
{
	uint64_t h = (uint64_t)(uintptr_t)rule * 0x9E3779B97F4A7C15u;
	for (const unsigned char *p = (const unsigned char *)path; *p; p++)
		h = (h ^ *p) * 0x100000001B3u;
	h ^= (uint64_t)(uint32_t)line * 0xC2B2AE3D27D4EB4Fu;
	h ^= (uint64_t)(uint32_t)col * 0x165667B19E3779F9u;
	size_t i = (size_t)(h ^ (h >> 31)) & (s->cap - 1);
	while (s->slots[i].rule && !seen_same(&s->slots[i], rule, path, line, col))
		i = (i + 1) & (s->cap - 1);
	return i;
}

/* True when (rule, path, line, col) is already in the set; adds it otherwise. */
static bool seen_add(cs_seen *s, const bh_rule *rule, const char *path, int line, int col)
{
	if ((s->n + 1) * 2 > s->cap) {
		cs_seen grown = { bh_calloc(s->cap ? s->cap * 2 : 64, sizeof *s->slots), 0, s->cap ? s->cap * 2 : 64 };
		for (size_t i = 0; i < s->cap; i++)
			if (s->slots[i].rule)
				grown.slots[seen_slot(&grown, s->slots[i].rule, s->slots[i].path, s->slots[i].line,
						     s->slots[i].col)] = s->slots[i];
		grown.n = s->n;
		free(s->slots);
		*s = grown;
	}
	size_t i = seen_slot(s, rule, path, line, col);
	if (s->slots[i].rule)
		return true;
	s->slots[i] = (struct cs_seen_slot){ rule, path, line, col };
	s->n++;
	return false;
}

static void emit(cs_ctx *c, const char *rule_id, cs_pos pos, const char *evidence, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static void emit(cs_ctx *c, const char *rule_id, cs_pos pos, const char *evidence, const char *fmt, ...)
{
	const bh_rule *rule = bh_rule_find(rule_id);
	if (!rule)
		bh_die("internal error: unknown rule %s", rule_id);
	if (!pos.line)
		pos = c->sp->pos;
	/* Compose extends and override files: the setting may be written in another file. */
	const char *path = pos.file ? pos.file : c->sp->path;
	/* Pod-level settings are shared by every container of the pod: report them once. */
	if (seen_add(c->seen, rule, path ? path : "", pos.line, pos.col))
		return;
	strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	bh_finding *x = bh_findings_add(c->out, rule, path, pos.line, pos.col, "%s", sb.buf);
	strbuf_release(&sb);
	if (c->sp->object)
		x->object = bh_strdup(c->sp->object);
	if (evidence)
		x->evidence = bh_strdup(evidence);
}

static bool is_k8s(const cs_ctx *c)
{
	return c->sp->format == CS_FMT_K8S;
}

static bool flag_on(const cs_flag *f)
{
	return f->set && f->on;
}

static bool in_list(const char *v, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcasecmp(v, list[i]))
			return true;
	return false;
}

/* ---- privileges ------------------------------------------------------- */

static const char *const docker_default_caps[] = {
	"CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "SETGID", "SETUID",
	"SETPCAP", "NET_BIND_SERVICE", "NET_RAW", "SYS_CHROOT", "MKNOD", "AUDIT_WRITE", "SETFCAP",
};

bool cs_is_docker_default_cap(const char *cap)
{
	return in_list(cap, docker_default_caps, BH_ARRAY_SIZE(docker_default_caps));
}

static const char *const dangerous_caps[] = {
	"ALL", "SYS_ADMIN", "SYS_PTRACE", "SYS_MODULE", "SYS_RAWIO", "SYS_BOOT", "SYS_TIME",
	"NET_ADMIN", "DAC_READ_SEARCH", "BPF", "PERFMON", "MAC_ADMIN", "MAC_OVERRIDE", "SYSLOG",
};

static void check_privileges(cs_ctx *c)
{
	const cs_spec *sp = c->sp;
	if (flag_on(&sp->privileged))
		emit(c, "CS001", sp->privileged.pos, "privileged", "runs privileged: all capabilities, all devices, no seccomp or AppArmor");
	for (size_t i = 0; i < sp->cap_add.n; i++) {
		const cs_str *cap = &sp->cap_add.items[i];
		if (in_list(cap->v, dangerous_caps, BH_ARRAY_SIZE(dangerous_caps)))
			emit(c, "CS002", cap->pos, cap->v, "adds the %s capability", !strcmp(cap->v, "ALL") ? "ALL (every)" : cap->v);
		else if (!in_list(cap->v, docker_default_caps, BH_ARRAY_SIZE(docker_default_caps)))
			emit(c, "CS003", cap->pos, cap->v, "adds the %s capability, which is not in Docker's default set",
			     cap->v);
	}
	if (!flag_on(&sp->privileged) && !cs_strlist_has(&sp->cap_drop, "ALL")) {
		if (sp->cap_drop.n)
			emit(c, "CS004", sp->cap_drop.pos, NULL, "drops some capabilities but not ALL");
		else
			emit(c, "CS004", sp->cap_drop.pos, NULL, "keeps the runtime's default capabilities; none are dropped");
	}
}

static void check_namespaces(cs_ctx *c)
{
	const cs_spec *sp = c->sp;
	static const struct {
		const char *rule, *what;
		size_t off;
	} ns[] = {
		{ "CS005", "network", offsetof(cs_spec, host_network) },
		{ "CS006", "PID", offsetof(cs_spec, host_pid) },
		{ "CS007", "IPC", offsetof(cs_spec, host_ipc) },
		{ "CS008", "UTS", offsetof(cs_spec, host_uts) },
		{ "CS009", "user", offsetof(cs_spec, host_userns) },
	};
	for (size_t i = 0; i < BH_ARRAY_SIZE(ns); i++) {
		const cs_flag *f = (const cs_flag *)((const char *)sp + ns[i].off);
		if (flag_on(f))
			emit(c, ns[i].rule, f->pos, NULL, "shares the host's %s namespace", ns[i].what);
	}
}

/* ---- mounts and devices ----------------------------------------------- */

/* "/var//run/" -> "/var/run" */
static void clean_path(const char *in, char *out, size_t cap)
{
	size_t n = 0;
	for (const char *p = in; *p && n + 1 < cap; p++) {
		if (*p == '/' && n && out[n - 1] == '/')
			continue;
		out[n++] = *p;
	}
	while (n > 1 && out[n - 1] == '/')
		n--;
	out[n] = '\0';
}

static bool is_socket_path(const char *p)
{
	static const char *const sockets[] = { "docker.sock", "containerd.sock", "podman.sock", "crio.sock", "cri-dockerd.sock" };
	static const char *const dirs[] = { "/run", "/var/run", "/run/containerd", "/var/run/containerd",
					    "/run/podman", "/var/run/podman", "/run/crio", "/var/run/crio" };
	return in_list(bh_basename(p), sockets, BH_ARRAY_SIZE(sockets)) || in_list(p, dirs, BH_ARRAY_SIZE(dirs));
}

static bool is_sensitive_path(const char *p)
{
	static const char *const roots[] = { "/boot", "/dev", "/etc", "/lib", "/lib64", "/proc", "/sys", "/usr",
					     "/bin", "/sbin", "/root", "/var/lib/docker", "/var/lib/containerd",
					     "/var/lib/kubelet", "/var/run/docker", "/run/docker" };
	if (!strcmp(p, "/"))
		return true;
	for (size_t i = 0; i < BH_ARRAY_SIZE(roots); i++) {
		size_t n = strlen(roots[i]);
		if (!strncmp(p, roots[i], n) && (p[n] == '\0' || p[n] == '/'))
			return true;
	}
	return false;
}

static void check_mounts(cs_ctx *c)
{
	const cs_spec *sp = c->sp;
	for (size_t i = 0; i < sp->nmounts; i++) {
		const cs_mount *m = &sp->mounts[i];
		const char *target = m->target ? m->target : "?";
		if (m->propagation && (!strcasecmp(m->propagation, "shared") || !strcasecmp(m->propagation, "rshared") ||
				       !strcasecmp(m->propagation, "Bidirectional")))
			emit(c, "CS013", m->prop_pos, m->propagation, "mounts %s with %s propagation", target,
			     m->propagation);
		if ((m->type != CS_MOUNT_BIND && m->type != CS_MOUNT_HOSTPATH) || !m->source || m->source[0] != '/')
			continue;
		char src[4096];
		clean_path(m->source, src, sizeof src);
		const char *rw = m->read_only ? "read-only" : "read-write";
		if (is_socket_path(src))
			emit(c, "CS010", m->pos, src, "mounts the container runtime socket %s (%s)", src, rw);
		else if (is_sensitive_path(src))
			emit(c, "CS011", m->pos, src, "mounts the host's %s at %s %s", src, target, rw);
		else if (m->type == CS_MOUNT_HOSTPATH)
			emit(c, "CS012", m->pos, src, "mounts the node's %s through a hostPath volume (%s)", src, rw);
	}
	for (size_t i = 0; i < sp->devices.n; i++) {
		const cs_str *d = &sp->devices.items[i];
		if (d->v && d->v[0] == '/')
			emit(c, "CS014", d->pos, d->v, "has the host device %s", d->v);
	}
}

/* ---- confinement ------------------------------------------------------ */

static bool selinux_weak(const char *v, const char **why)
{
	static const char *const allowed[] = { "container_t", "container_init_t", "container_kvm_t", "container_engine_t" };
	if (!strcasecmp(v, "disable")) {
		*why = "label=disable switches SELinux separation off";
		return true;
	}
	if (strstr(v, "spc_t") || strstr(v, "unconfined_t")) {
		*why = "the label is an unconfined SELinux type";
		return true;
	}
	if (bh_starts_with(v, "user:") || bh_starts_with(v, "role:")) {
		*why = "a custom SELinux user or role is set";
		return true;
	}
	if (bh_starts_with(v, "type:") && !in_list(v + 5, allowed, BH_ARRAY_SIZE(allowed))) {
		*why = "the SELinux type is not one of the container types";
		return true;
	}
	return false;
}

static void check_confinement(cs_ctx *c)
{
	const cs_spec *sp = c->sp;
	if (sp->seccomp.v && !strcasecmp(sp->seccomp.v, "unconfined"))
		emit(c, "CS015", sp->seccomp.pos, sp->seccomp.v, "runs without a seccomp filter (unconfined)");
	else if (!sp->seccomp.v && sp->seccomp_unset_is_unconfined && !flag_on(&sp->privileged))
		emit(c, "CS015", sp->seccomp.pos, NULL, "names no seccomp profile, so it runs unconfined");
	if (sp->apparmor.v && !strcasecmp(sp->apparmor.v, "unconfined"))
		emit(c, "CS016", sp->apparmor.pos, sp->apparmor.v, "runs without an AppArmor profile (unconfined)");
	const char *why;
	if (sp->selinux.v && selinux_weak(sp->selinux.v, &why))
		emit(c, "CS017", sp->selinux.pos, sp->selinux.v, "%s (%s)", why, sp->selinux.v);
	if (!flag_on(&sp->no_new_privileges)) {
		if (is_k8s(c))
			emit(c, "CS018", sp->no_new_privileges.pos, NULL, "does not set allowPrivilegeEscalation: false");
		else
			emit(c, "CS018", sp->no_new_privileges.pos, NULL, "does not set no-new-privileges");
	}
	if (!flag_on(&sp->read_only_rootfs))
		emit(c, "CS019", sp->read_only_rootfs.pos, NULL, "has a writable root filesystem");
	if (sp->proc_mount.v && !strcasecmp(sp->proc_mount.v, "Unmasked"))
		emit(c, "CS034", sp->proc_mount.pos, sp->proc_mount.v, "sees an unmasked /proc");
}

/* ---- identity --------------------------------------------------------- */

static void check_user(cs_ctx *c)
{
	const cs_spec *sp = c->sp;
	const char *u = sp->user.v;
	if (u && *u) {
		size_t n = strcspn(u, ":");
		if ((n == 4 && !strncmp(u, "root", 4)) || (n == 1 && u[0] == '0'))
			emit(c, "CS020", sp->user.pos, u, "runs as root (user %s)", u);
		return;
	}
	if (sp->run_as_user.set) {
		if (sp->run_as_user.v == 0)
			emit(c, "CS020", sp->run_as_user.pos, "0", "runs as root (uid 0)");
		return;
	}
	if (sp->unset_user_is_root) {
		emit(c, "CS020", sp->user.pos, NULL, "runs as root: no user is set");
		return;
	}
	if (!flag_on(&sp->run_as_non_root))
		emit(c, "CS021", sp->run_as_non_root.pos, NULL,
		     "%s", is_k8s(c) ? "sets neither runAsUser nor runAsNonRoot: true; the image decides, usually root"
				     : "sets no user; the image decides, usually root");
}

/* ---- resources -------------------------------------------------------- */

static void check_resources(cs_ctx *c)
{
	const cs_spec *sp = c->sp;
	if (!(sp->memory.set && sp->memory.v > 0))
		emit(c, "CS022", sp->memory.pos, NULL, "has no memory limit");
	if (!(sp->cpu.set && sp->cpu.v > 0))
		emit(c, "CS023", sp->cpu.pos, NULL, "has no CPU limit");
	if (sp->pids_applicable && !(sp->pids.set && sp->pids.v > 0))
		emit(c, "CS024", sp->pids.pos, NULL, "has no PIDs limit");
	const char *r = sp->restart.v;
	if (r && !strcmp(r, "on-failure")) {
		if (!sp->restart_max.set || sp->restart_max.v == 0)
			emit(c, "CS028", sp->restart.pos, r, "restarts on failure without a retry limit");
		else if (sp->restart_max.v > 5)
			emit(c, "CS028", sp->restart_max.pos, r, "restarts on failure up to %lld times (more than 5)", (long long)sp->restart_max.v);
	} else if (r && (!strcmp(r, "always") || !strcmp(r, "unless-stopped"))) {
		emit(c, "CS028", sp->restart.pos, r, "restarts %s, without a retry limit", r);
	}
}

/* ---- network ---------------------------------------------------------- */

static void check_ports(cs_ctx *c)
{
	const cs_spec *sp = c->sp;
	for (size_t i = 0; i < sp->nports; i++) {
		const cs_port *p = &sp->ports[i];
		if (!p->published)
			continue;
		char ev[64];
		snprintf(ev, sizeof ev, "%d:%d", p->host_port, p->container_port);
		if (is_k8s(c))
			emit(c, "CS027", p->pos, ev, "opens hostPort %d on the node", p->host_port);
		else if (!p->host_ip || !*p->host_ip || !strcmp(p->host_ip, "0.0.0.0") || !strcmp(p->host_ip, "::"))
			emit(c, "CS026", p->pos, ev, "publishes container port %d on every host interface", p->container_port);
		if (p->host_port > 0 && p->host_port < 1024)
			emit(c, "CS025", p->pos, ev, "publishes privileged host port %d", p->host_port);
	}
}

static const char *const safe_sysctls[] = {
	"kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
	"net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports",
	"net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
	"net.ipv4.tcp_keepalive_probes",
};

static void check_sysctls(cs_ctx *c)
{
	const cs_spec *sp = c->sp;
	for (size_t i = 0; i < sp->nsysctls; i++) {
		const cs_kv *kv = &sp->sysctls[i];
		if (!kv->name)
			continue;
		char name[256];
		snprintf(name, sizeof name, "%s", kv->name);
		for (char *p = name; *p; p++)
			if (*p == '/')
				*p = '.';
		if (!in_list(name, safe_sysctls, BH_ARRAY_SIZE(safe_sysctls)))
			emit(c, "CS033", kv->pos, name, "sets sysctl %s, which is not in the safe set", name);
	}
}

/* ---- environment ------------------------------------------------------ */

static void check_env(cs_ctx *c)
{
	const cs_spec *sp = c->sp;
	for (size_t i = 0; i < sp->nenv; i++) {
		const cs_kv *kv = &sp->env[i];
		if (!kv->name || !kv->value || !*kv->value)
			continue;
		const char *shape = bh_secret_value(kv->value);
		if (!shape && (!bh_secret_name(kv->name) || bh_secret_placeholder(kv->value)))
			continue;
		char *masked = bh_secret_mask(kv->value);
		if (shape)
			emit(c, "CS029", kv->pos, masked, "environment variable %s holds what looks like a %s (%s)", kv->name, shape, masked);
		else
			emit(c, "CS029", kv->pos, masked, "environment variable %s holds a literal secret (%s)", kv->name, masked);
		free(masked);
	}
}

/* ---- image ------------------------------------------------------------ */

typedef struct imageref {
	char registry[1024];
	char repo[1024];
	char tag[1024];
	bool digest;
} imageref;

static bool parse_image(const char *ref, imageref *out)
{
	memset(out, 0, sizeof *out);
	char buf[1024];
	if (!ref || !*ref || strlen(ref) >= sizeof buf)
		return false;
	snprintf(buf, sizeof buf, "%s", ref);
	char *at = strchr(buf, '@');
	if (at) {
		out->digest = true;
		*at = '\0';
	}
	char *rest = buf;
	char *slash = strchr(buf, '/');
	if (slash) {
		size_t n = (size_t)(slash - buf);
		if (memchr(buf, '.', n) || memchr(buf, ':', n) || (n == 9 && !strncmp(buf, "localhost", 9))) {
			snprintf(out->registry, sizeof out->registry, "%.*s", (int)n, buf);
			rest = slash + 1;
		}
	}
	if (!out->registry[0])
		snprintf(out->registry, sizeof out->registry, "docker.io");
	char *last = strrchr(rest, '/');
	char *colon = strrchr(last ? last : rest, ':');
	if (colon) {
		snprintf(out->tag, sizeof out->tag, "%s", colon + 1);
		*colon = '\0';
	}
	snprintf(out->repo, sizeof out->repo, "%s", rest);
	return out->repo[0] != '\0';
}

static void check_image(cs_ctx *c)
{
	const cs_spec *sp = c->sp;
	const char *img = sp->image.v;
	if (!img || !*img || strchr(img, '$') || bh_starts_with(img, "sha256:"))
		return;
	imageref r;
	if (!parse_image(img, &r))
		return;
	if (!r.digest) {
		if (!r.tag[0])
			emit(c, "CS030", sp->image.pos, img, "uses image \"%s\" without a tag, which means :latest", img);
		else if (!strcmp(r.tag, "latest"))
			emit(c, "CS030", sp->image.pos, img, "uses image \"%s\" with the :latest tag", img);
		emit(c, "CS031", sp->image.pos, img, "uses image \"%s\", not pinned by digest", img);
	}
	if (c->policy && bh_policy_has_trusted_registries(c->policy)) {
		char full[2100];
		snprintf(full, sizeof full, "%s/%s", r.registry, r.repo);
		if (!bh_policy_registry_trusted(c->policy, r.registry) && !bh_policy_registry_trusted(c->policy, full))
			emit(c, "CS032", sp->image.pos, img, "uses image \"%s\" from registry %s, which is not trusted",
			     img, r.registry);
	}
}

static void check_kubernetes(cs_ctx *c)
{
	const cs_spec *sp = c->sp;
	if (is_k8s(c) && !(sp->automount_sa_token.set && !sp->automount_sa_token.on))
		emit(c, "CS035", sp->automount_sa_token.pos, NULL, "gets the service account token mounted");
}

void cs_check(const cs_set *s, const bh_policy *policy, bh_findings *out)
{
	cs_seen seen = { NULL, 0, 0 };
	for (size_t i = 0; i < s->n; i++) {
		cs_ctx c = { .sp = &s->items[i], .policy = policy, .out = out, .seen = &seen };
		check_privileges(&c);
		check_namespaces(&c);
		check_mounts(&c);
		check_confinement(&c);
		check_user(&c);
		check_resources(&c);
		check_ports(&c);
		check_sysctls(&c);
		check_env(&c);
		check_image(&c);
		check_kubernetes(&c);
	}
	free(seen.slots);
}
