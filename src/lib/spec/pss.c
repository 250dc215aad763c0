/* Pod Security Standards, evaluated the way Pod Security Admission does it
 * (policy version "latest"): every control is judged over the whole pod, the
 * pod is rejected when any container fails it, and values are compared
 * exactly as the API server stores them (capability names are not
 * normalized, "Unconfined" is not "unconfined").
 *
 * At the restricted level three restricted controls replace their baseline
 * counterparts (capabilities, seccomp, volume types replace hostPath volumes),
 * and pods with spec.os.name: windows are exempt from the restricted
 * capability, seccomp and privilege-escalation controls, as in admission. */
#include "spec/pss.h"
#include "spec/spec.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "core/yamldoc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

enum pss_control {
	C_HOST_PROCESS,
	C_HOST_NAMESPACES,
	C_PRIVILEGED,
	C_CAPS_BASELINE,
	C_HOST_PATH,
	C_HOST_PORTS,
	C_APPARMOR,
	C_SELINUX,
	C_PROC_MOUNT,
	C_SECCOMP_BASELINE,
	C_SYSCTLS,
	C_VOLUME_TYPES,
	C_PRIV_ESCALATION,
	C_NON_ROOT,
	C_NON_ROOT_USER,
	C_SECCOMP_RESTRICTED,
	C_CAPS_RESTRICTED,
	C_HOST_PROBES,
	C_COUNT
};

/* Rule ids, in the order of enum pss_control (the texts are in pss_rules.c). */
static const char *const control_rule[C_COUNT] = {
	"PSS001", "PSS002", "PSS003", "PSS004", "PSS005", "PSS006", "PSS007", "PSS008", "PSS009",
	"PSS010", "PSS011", "PSS012", "PSS013", "PSS014", "PSS015", "PSS016", "PSS017", "PSS018",
};

typedef struct pss_run {
	const char *path;
	cs_pss_level level;
	bh_findings *found; /* findings of this file, moved to the caller when it had no errors */
	bh_findings *errs;
	int nerrors;
	size_t objects; /* aliases share nodes: a List of aliases can name one pod millions of times */
	size_t max_objects;
} pss_run;

/* No file may name more objects than it could hold written out in full (an
 * object takes well over 32 bytes of YAML), so a few hundred bytes of nested
 * aliases cannot make millions of evaluations; never more than 100,000. */
#define PSS_MIN_OBJECTS 1000
#define PSS_MAX_OBJECTS 100000
#define PSS_BYTES_PER_OBJECT 32

typedef struct pss_pod {
	pss_run *run;
	const char *label;
	const ynode *spec;
	const ynode *psc; /* pod securityContext */
	const ynode *annotations;
	bool windows;
	bool user_ns; /* hostUsers: false: admission relaxes the root-user and (baseline) procMount controls */
	struct {
		bool hit;
		int line, col;
		strbuf detail;
	} v[C_COUNT];
} pss_pod;

static void input_error(pss_run *r, const ynode *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void input_error(pss_run *r, const ynode *n, const char *fmt, ...)
{
	strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	bh_findings_error(r->errs, r->path, n ? n->line : 0, n ? n->col : 0, "%s", sb.buf);
	strbuf_release(&sb);
	r->nerrors++;
}

static void violate(pss_pod *p, enum pss_control c, const ynode *at, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void violate(pss_pod *p, enum pss_control c, const ynode *at, const char *fmt, ...)
{
	if (!at)
		at = p->spec;
	if (!p->v[c].hit) {
		p->v[c].hit = true;
		p->v[c].line = at->line;
		p->v[c].col = at->col;
	} else {
		strbuf_addstr(&p->v[c].detail, "; ");
	}
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&p->v[c].detail, fmt, ap);
	va_end(ap);
}

static bool present(const ynode *n)
{
	return n && !yis_null(n);
}

/* A field Kubernetes types as a string; NULL when absent. */
static const char *str_field(pss_run *r, const ynode *n, const char *what)
{
	if (!present(n))
		return NULL;
	if (n->kind != YN_SCALAR) {
		input_error(r, n, "%s: expected a string", what);
		return NULL;
	}
	return n->str;
}

/* A boolean field: absent is "not set". Kubernetes accepts only real booleans. */
static bool bool_field(pss_run *r, const ynode *n, const char *what, bool *out)
{
	if (!present(n))
		return false;
	if (!ybool(n, out)) {
		input_error(r, n, "%s: expected true or false", what);
		return false;
	}
	return true;
}

static bool is_true(pss_run *r, const ynode *n, const char *what)
{
	bool b;
	return bool_field(r, n, what, &b) && b;
}

static bool int_field(pss_run *r, const ynode *n, const char *what, int64_t *out)
{
	if (!present(n))
		return false;
	if (!yint(n, out)) {
		input_error(r, n, "%s: expected a whole number", what);
		return false;
	}
	return true;
}

static bool in_set(const char *v, const char *const *set, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(v, set[i]))
			return true;
	return false;
}

/* ---- pod-level controls ------------------------------------------------ */

static void host_namespaces(pss_pod *p)
{
	static const char *const keys[] = { "hostNetwork", "hostPID", "hostIPC" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(keys); i++) {
		const ynode *n = ymap_get(p->spec, keys[i]);
		if (is_true(p->run, n, keys[i]))
			violate(p, C_HOST_NAMESPACES, n, "%s=true", keys[i]);
	}
}

static const char *const safe_sysctls[] = {
	"kernel.shm_rmid_forced",
	"net.ipv4.ip_local_port_range",
	"net.ipv4.ip_unprivileged_port_start",
	"net.ipv4.tcp_syncookies",
	"net.ipv4.ping_group_range",
	"net.ipv4.ip_local_reserved_ports",
	"net.ipv4.tcp_keepalive_time",
	"net.ipv4.tcp_fin_timeout",
	"net.ipv4.tcp_keepalive_intvl",
	"net.ipv4.tcp_keepalive_probes",
	"net.ipv4.tcp_rmem",
	"net.ipv4.tcp_wmem",
};

static void sysctls(pss_pod *p)
{
	const ynode *list = ymap_get(p->psc, "sysctls");
	if (!present(list))
		return;
	if (!yis_seq(list)) {
		input_error(p->run, list, "securityContext.sysctls: expected a list");
		return;
	}
	for (size_t i = 0; i < list->n; i++) {
		const ynode *name = ymap_get(list->items[i], "name");
		const char *s = str_field(p->run, name, "sysctls[].name");
		if (s && !in_set(s, safe_sysctls, BH_ARRAY_SIZE(safe_sysctls)))
			violate(p, C_SYSCTLS, name, "sysctl %s is not in the safe set", s);
	}
}

static const char *const restricted_volume_sources[] = {
	"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret",
};

static void volumes(pss_pod *p)
{
	const ynode *list = ymap_get(p->spec, "volumes");
	if (!present(list))
		return;
	if (!yis_seq(list)) {
		input_error(p->run, list, "volumes: expected a list");
		return;
	}
	for (size_t i = 0; i < list->n; i++) {
		const ynode *vol = list->items[i];
		if (!yis_map(vol)) {
			input_error(p->run, vol, "volumes[]: expected a mapping");
			continue;
		}
		const char *name = yscalar(ymap_get(vol, "name"));
		if (!name)
			name = "(unnamed)";
		const ynode *hp = ymap_get(vol, "hostPath");
		if (present(hp))
			violate(p, C_HOST_PATH, hp, "volume \"%s\" is a hostPath volume", name);
		for (size_t k = 0; p->run->level == CS_PSS_RESTRICTED && k < ymap_size(vol); k++) {
			const ynode *key = ymap_key_at(vol, k);
			const char *src = yscalar(key);
			if (!src || !strcmp(src, "name") || !present(ymap_val_at(vol, k)))
				continue;
			if (!in_set(src, restricted_volume_sources, BH_ARRAY_SIZE(restricted_volume_sources)))
				violate(p, C_VOLUME_TYPES, key, "volume \"%s\" uses the restricted volume type %s", name, src);
		}
	}
}

static void apparmor_annotations(pss_pod *p)
{
	static const char prefix[] = "container.apparmor.security.beta.kubernetes.io/";
	for (size_t i = 0; i < ymap_size(p->annotations); i++) {
		const char *key = yscalar(ymap_key_at(p->annotations, i));
		if (!key || !bh_starts_with(key, prefix))
			continue;
		const ynode *val = ymap_val_at(p->annotations, i);
		const char *v = yis_null(val) ? "" : str_field(p->run, val, key);
		if (v && *v && strcmp(v, "runtime/default") && !bh_starts_with(v, "localhost/"))
			violate(p, C_APPARMOR, val, "annotation %s=\"%s\"", key, v);
	}
}

/* ---- controls that apply to the pod and to each container -------------- */

/* who: "pod" or "container \"name\"" */
static void apparmor_profile(pss_pod *p, const ynode *sc, const char *who)
{
	const ynode *prof = ymap_get(sc, "appArmorProfile");
	if (!present(prof))
		return;
	const ynode *t = ymap_get(prof, "type");
	const char *type = str_field(p->run, t, "appArmorProfile.type");
	if (!type || (strcmp(type, "RuntimeDefault") && strcmp(type, "Localhost")))
		violate(p, C_APPARMOR, t ? t : prof, "%s sets appArmorProfile.type=\"%s\"", who, type ? type : "");
}

static void selinux(pss_pod *p, const ynode *sc, const char *who)
{
	static const char *const types[] = { "", "container_t", "container_init_t", "container_kvm_t",
					     "container_engine_t" };
	const ynode *opts = ymap_get(sc, "seLinuxOptions");
	if (!present(opts))
		return;
	const ynode *t = ymap_get(opts, "type");
	const char *type = str_field(p->run, t, "seLinuxOptions.type");
	if (type && !in_set(type, types, BH_ARRAY_SIZE(types)))
		violate(p, C_SELINUX, t, "%s sets seLinuxOptions.type=\"%s\"", who, type);
	static const char *const who_keys[] = { "user", "role" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(who_keys); i++) {
		const ynode *n = ymap_get(opts, who_keys[i]);
		const char *v = str_field(p->run, n, "seLinuxOptions");
		if (v && *v)
			violate(p, C_SELINUX, n, "%s sets seLinuxOptions.%s=\"%s\"", who, who_keys[i], v);
	}
}

static bool valid_seccomp(const char *type)
{
	return type && (!strcmp(type, "RuntimeDefault") || !strcmp(type, "Localhost"));
}

static void host_process(pss_pod *p, const ynode *sc, const char *who)
{
	const ynode *n = ymap_get(ymap_get(sc, "windowsOptions"), "hostProcess");
	if (is_true(p->run, n, "windowsOptions.hostProcess"))
		violate(p, C_HOST_PROCESS, n, "%s sets windowsOptions.hostProcess=true", who);
}

/* ---- per-container controls ------------------------------------------- */

static const char *const baseline_caps[] = {
	"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
	"NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
};

static void capabilities(pss_pod *p, const ynode *c, const ynode *csc, const char *who, bool restricted)
{
	const ynode *caps = ymap_get(csc, "capabilities");
	const ynode *add = ymap_get(caps, "add");
	const ynode *drop = ymap_get(caps, "drop");
	if (present(add) && !yis_seq(add))
		input_error(p->run, add, "capabilities.add: expected a list");
	if (present(drop) && !yis_seq(drop))
		input_error(p->run, drop, "capabilities.drop: expected a list");
	for (size_t i = 0; yis_seq(add) && i < add->n; i++) {
		const char *cap = str_field(p->run, add->items[i], "capabilities.add[]");
		if (!cap)
			continue;
		if (restricted && strcmp(cap, "NET_BIND_SERVICE"))
			violate(p, C_CAPS_RESTRICTED, add->items[i], "%s adds %s (only NET_BIND_SERVICE may be added)", who, cap);
		else if (!restricted && !in_set(cap, baseline_caps, BH_ARRAY_SIZE(baseline_caps)))
			violate(p, C_CAPS_BASELINE, add->items[i], "%s adds %s, which is not in the baseline set", who, cap);
	}
	if (!restricted)
		return;
	bool all = false;
	for (size_t i = 0; yis_seq(drop) && i < drop->n; i++) {
		const char *cap = yscalar(drop->items[i]);
		if (cap && !strcmp(cap, "ALL"))
			all = true;
	}
	if (!all)
		violate(p, C_CAPS_RESTRICTED, present(drop) ? drop : c, "%s must set capabilities.drop=[\"ALL\"]", who);
}

/* Probes and lifecycle hooks that name a host reach past the pod's network:
 * their .host must be empty. */
static void host_probes(pss_pod *p, const ynode *c, const char *who)
{
	static const char *const probes[] = { "livenessProbe", "readinessProbe", "startupProbe" };
	static const char *const hooks[] = { "postStart", "preStop" };
	static const char *const handlers[] = { "httpGet", "tcpSocket" };
	const ynode *lifecycle = ymap_get(c, "lifecycle");
	for (size_t i = 0; i < BH_ARRAY_SIZE(probes) + BH_ARRAY_SIZE(hooks); i++) {
		bool probe = i < BH_ARRAY_SIZE(probes);
		const char *name = probe ? probes[i] : hooks[i - BH_ARRAY_SIZE(probes)];
		const ynode *h = probe ? ymap_get(c, name) : ymap_get(lifecycle, name);
		for (size_t k = 0; k < BH_ARRAY_SIZE(handlers); k++) {
			const ynode *host = ymap_get(ymap_get(h, handlers[k]), "host");
			const char *v = str_field(p->run, host, "host");
			if (v && *v)
				violate(p, C_HOST_PROBES, host, "%s sets %s%s.%s.host=\"%s\"", who, probe ? "" : "lifecycle.",
					name, handlers[k], v);
		}
	}
}

static void container(pss_pod *p, const ynode *c, bool pod_non_root, bool pod_seccomp_ok)
{
	pss_run *r = p->run;
	bool restricted = r->level == CS_PSS_RESTRICTED;
	const char *name = yscalar(ymap_get(c, "name"));
	char who[300];
	snprintf(who, sizeof who, "container \"%.250s\"", name ? name : "(unnamed)");
	const ynode *csc = ymap_get(c, "securityContext");
	if (present(csc) && !yis_map(csc)) {
		input_error(r, csc, "securityContext: expected a mapping");
		return;
	}

	host_process(p, csc, who);
	const ynode *priv = ymap_get(csc, "privileged");
	if (is_true(r, priv, "privileged"))
		violate(p, C_PRIVILEGED, priv, "%s sets privileged=true", who);
	const ynode *ports = ymap_get(c, "ports");
	for (size_t i = 0; yis_seq(ports) && i < ports->n; i++) {
		const ynode *hp = ymap_get(ports->items[i], "hostPort");
		int64_t v;
		if (int_field(r, hp, "ports[].hostPort", &v) && v != 0)
			violate(p, C_HOST_PORTS, hp, "%s uses hostPort %lld", who, (long long)v);
	}
	apparmor_profile(p, csc, who);
	selinux(p, csc, who);
	const ynode *pm = ymap_get(csc, "procMount");
	const char *proc = str_field(r, pm, "procMount");
	/* Baseline lets a pod in its own user namespace unmask /proc; restricted does not. */
	if (proc && strcmp(proc, "Default") && (restricted || !p->user_ns))
		violate(p, C_PROC_MOUNT, pm, "%s sets procMount=\"%s\"", who, proc);
	host_probes(p, c, who);

	const ynode *sp = ymap_get(csc, "seccompProfile");
	const ynode *st = ymap_get(sp, "type");
	const char *stype = str_field(r, st, "seccompProfile.type");
	if (!restricted) {
		if (stype && !strcmp(stype, "Unconfined"))
			violate(p, C_SECCOMP_BASELINE, st, "%s sets seccompProfile.type=\"Unconfined\"", who);
		capabilities(p, c, csc, who, false);
		return;
	}

	/* restricted */
	if (!p->windows) {
		if (present(sp) && !valid_seccomp(stype))
			violate(p, C_SECCOMP_RESTRICTED, st ? st : sp, "%s sets seccompProfile.type=\"%s\"", who,
				stype ? stype : "");
		else if (!present(sp) && !pod_seccomp_ok)
			violate(p, C_SECCOMP_RESTRICTED, c, "pod or %s must set seccompProfile.type to RuntimeDefault or Localhost",
				who);
		capabilities(p, c, csc, who, true);
		const ynode *ape = ymap_get(csc, "allowPrivilegeEscalation");
		bool b = true;
		if (!bool_field(r, ape, "allowPrivilegeEscalation", &b) || b)
			violate(p, C_PRIV_ESCALATION, present(ape) ? ape : c, "%s must set allowPrivilegeEscalation=false", who);
	}
	if (p->user_ns) /* root in a user namespace is not root on the node */
		return;
	const ynode *rnr = ymap_get(csc, "runAsNonRoot");
	bool nr;
	if (bool_field(r, rnr, "runAsNonRoot", &nr)) {
		if (!nr)
			violate(p, C_NON_ROOT, rnr, "%s sets runAsNonRoot=false", who);
	} else if (!pod_non_root) {
		violate(p, C_NON_ROOT, c, "pod or %s must set runAsNonRoot=true", who);
	}
	const ynode *ru = ymap_get(csc, "runAsUser");
	int64_t uid;
	if (int_field(r, ru, "runAsUser", &uid) && uid == 0)
		violate(p, C_NON_ROOT_USER, ru, "%s sets runAsUser=0", who);
}

/* ---- one pod ----------------------------------------------------------- */

static void emit(pss_pod *p)
{
	for (int c = 0; c < C_COUNT; c++) {
		if (!p->v[c].hit)
			continue;
		const bh_rule *rule = bh_rule_find(control_rule[c]);
		if (!rule)
			bh_die("internal error: unknown rule %s", control_rule[c]);
		bh_finding *x = bh_findings_add(p->run->found, rule, p->run->path, p->v[c].line, p->v[c].col,
						"%s fails %s: %s", p->label, rule->title, p->v[c].detail.buf);
		x->object = bh_strdup(p->label);
	}
}

static void pod(pss_run *r, const char *label, const ynode *spec, const ynode *meta)
{
	if (!present(spec))
		return;
	if (!yis_map(spec)) {
		input_error(r, spec, "%s: the pod spec must be a mapping", label);
		return;
	}
	pss_pod p = { .run = r, .label = label, .spec = spec, .psc = ymap_get(spec, "securityContext"),
		      .annotations = ymap_get(meta, "annotations") };
	for (int c = 0; c < C_COUNT; c++)
		strbuf_init(&p.v[c].detail);
	const char *os = yscalar(ymap_get(ymap_get(spec, "os"), "name"));
	p.windows = os && !strcmp(os, "windows");
	bool host_users = true;
	p.user_ns = bool_field(r, ymap_get(spec, "hostUsers"), "hostUsers", &host_users) && !host_users;
	if (present(p.psc) && !yis_map(p.psc)) {
		input_error(r, p.psc, "securityContext: expected a mapping");
		goto out;
	}
	bool restricted = r->level == CS_PSS_RESTRICTED;

	host_process(&p, p.psc, "pod");
	host_namespaces(&p);
	volumes(&p);
	apparmor_annotations(&p);
	apparmor_profile(&p, p.psc, "pod");
	selinux(&p, p.psc, "pod");
	sysctls(&p);
	const ynode *st = ymap_get(ymap_get(p.psc, "seccompProfile"), "type");
	const char *pod_seccomp = str_field(r, st, "seccompProfile.type");
	bool pod_seccomp_ok = false;
	if (!restricted) {
		if (pod_seccomp && !strcmp(pod_seccomp, "Unconfined"))
			violate(&p, C_SECCOMP_BASELINE, st, "pod sets seccompProfile.type=\"Unconfined\"");
	} else if (present(ymap_get(p.psc, "seccompProfile")) && !p.windows) {
		if (valid_seccomp(pod_seccomp))
			pod_seccomp_ok = true;
		else
			violate(&p, C_SECCOMP_RESTRICTED, st ? st : ymap_get(p.psc, "seccompProfile"),
				"pod sets seccompProfile.type=\"%s\"", pod_seccomp ? pod_seccomp : "");
	}
	bool pod_non_root = false;
	if (restricted && !p.user_ns) {
		const ynode *rnr = ymap_get(p.psc, "runAsNonRoot");
		bool nr;
		if (bool_field(r, rnr, "runAsNonRoot", &nr)) {
			if (nr)
				pod_non_root = true;
			else
				violate(&p, C_NON_ROOT, rnr, "pod sets runAsNonRoot=false");
		}
		const ynode *ru = ymap_get(p.psc, "runAsUser");
		int64_t uid;
		if (int_field(r, ru, "runAsUser", &uid) && uid == 0)
			violate(&p, C_NON_ROOT_USER, ru, "pod sets runAsUser=0");
	}

	static const char *const lists[] = { "initContainers", "containers", "ephemeralContainers" };
	for (size_t k = 0; k < BH_ARRAY_SIZE(lists); k++) {
		const ynode *cs = ymap_get(spec, lists[k]);
		if (!present(cs))
			continue;
		if (!yis_seq(cs)) {
			input_error(r, cs, "%s: %s must be a list", label, lists[k]);
			continue;
		}
		for (size_t i = 0; i < cs->n; i++) {
			if (!yis_map(cs->items[i]))
				input_error(r, cs->items[i], "%s: each of %s must be a mapping", label, lists[k]);
			else
				container(&p, cs->items[i], pod_non_root, pod_seccomp_ok);
		}
	}
	if (!restricted)
		goto report;
	/* The restricted controls below replace baseline ones: drop what those found. */
	p.v[C_CAPS_BASELINE].hit = p.v[C_SECCOMP_BASELINE].hit = p.v[C_HOST_PATH].hit = false;
report:
	emit(&p);
out:
	for (int c = 0; c < C_COUNT; c++)
		strbuf_release(&p.v[c].detail);
}

static void object(pss_run *r, const ynode *obj, int depth)
{
	if (!yis_map(obj) || depth > 8)
		return;
	if (++r->objects == r->max_objects)
		input_error(r, obj, "more than %zu Kubernetes objects in this file (aliases count each time they are used)",
			    r->max_objects - 1);
	if (r->objects >= r->max_objects)
		return;
	const char *kind = yscalar(ymap_get(obj, "kind"));
	if (!kind)
		return;
	const ynode *meta = ymap_get(obj, "metadata");
	const char *name = yscalar(ymap_get(meta, "name"));
	char *label = bh_asprintf("%s/%s", kind, name ? name : "(unnamed)");
	const ynode *spec = ymap_get(obj, "spec");
	if (bh_ends_with(kind, "List")) {
		const ynode *items = ymap_get(obj, "items");
		for (size_t i = 0; yis_seq(items) && i < items->n; i++)
			object(r, items->items[i], depth + 1);
	} else if (!strcmp(kind, "Pod")) {
		pod(r, label, spec, meta);
	} else if (!strcmp(kind, "Deployment") || !strcmp(kind, "ReplicaSet") || !strcmp(kind, "StatefulSet") ||
		   !strcmp(kind, "DaemonSet") || !strcmp(kind, "Job") || !strcmp(kind, "ReplicationController")) {
		const ynode *tmpl = ymap_get(spec, "template");
		pod(r, label, ymap_get(tmpl, "spec"), ymap_get(tmpl, "metadata"));
	} else if (!strcmp(kind, "CronJob")) {
		const ynode *tmpl = ymap_get(ymap_get(ymap_get(spec, "jobTemplate"), "spec"), "template");
		pod(r, label, ymap_get(tmpl, "spec"), ymap_get(tmpl, "metadata"));
	}
	free(label);
}

bool cs_pss_parse_level(const char *s, cs_pss_level *out)
{
	if (!strcmp(s, "baseline"))
		*out = CS_PSS_BASELINE;
	else if (!strcmp(s, "restricted"))
		*out = CS_PSS_RESTRICTED;
	else
		return false;
	return true;
}

int cs_pss_check(const char *path, const char *data, size_t len, cs_pss_level level, bh_findings *out)
{
	ydoc_set docs;
	yerror yerr;
	memset(&docs, 0, sizeof docs);
	if (ydoc_parse(data, len, &docs, &yerr) < 0) {
		bh_findings_error(out, path, yerr.line, yerr.col, "%s", yerr.message);
		ydoc_free(&docs);
		return -1;
	}
	bool k8s = false;
	for (size_t i = 0; i < docs.ndocs; i++)
		if (yis_map(docs.docs[i]) && ymap_get(docs.docs[i], "apiVersion") && ymap_get(docs.docs[i], "kind"))
			k8s = true;
	if (!k8s) {
		ydoc_free(&docs);
		return 1;
	}
	bh_findings found;
	bh_findings_init(&found);
	size_t max_objects = len / PSS_BYTES_PER_OBJECT;
	max_objects = max_objects < PSS_MIN_OBJECTS ? PSS_MIN_OBJECTS : max_objects > PSS_MAX_OBJECTS ? PSS_MAX_OBJECTS : max_objects;
	pss_run r = { .path = path, .level = level, .found = &found, .errs = out, .max_objects = max_objects + 1 };
	for (size_t i = 0; i < docs.ndocs; i++)
		object(&r, docs.docs[i], 0);
	ydoc_free(&docs);
	if (!r.nerrors)
		bh_findings_move(out, &found);
	bh_findings_release(&found);
	return r.nerrors ? -1 : 0;
}

static char *read_stdin(size_t max, size_t *len)
{
	strbuf sb = STRBUF_INIT;
	char buf[65536];
	ssize_t n;
	while ((n = read(0, buf, sizeof buf)) > 0) {
		if (sb.len + (size_t)n > max) {
			strbuf_release(&sb);
			errno = EFBIG;
			return NULL;
		}
		strbuf_add(&sb, buf, (size_t)n);
	}
	if (n < 0) {
		strbuf_release(&sb);
		return NULL;
	}
	return strbuf_detach(&sb, len);
}

void cs_pss_check_path(const char *path, cs_pss_level level, bool from_directory, bh_findings *out)
{
	size_t len = 0;
	bool is_stdin = !strcmp(path, "-");
	const char *shown = is_stdin ? "<stdin>" : path;
	char *data = is_stdin ? read_stdin(CS_MAX_BYTES, &len) : bh_read_file(path, CS_MAX_BYTES, &len);
	if (!data) {
		bh_findings_error(out, shown, 0, 0, "cannot read: %s",
				  errno == EFBIG ? "file is larger than 16 MiB" : strerror(errno));
		return;
	}
	int rc = cs_pss_check(shown, data, len, level, out);
	if (rc == 1 && !from_directory)
		bh_findings_error(out, shown, 0, 0,
				  "not Kubernetes manifests: --pss evaluates Pod Security Standards for Kubernetes workloads only");
	free(data);
}
