/* Kubernetes manifests: every container of every pod template (Pod,
 * Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob,
 * ReplicationController, and List of them), one spec per container. The pod
 * securityContext applies under the container's own, which wins. */
#include "spec/load_int.h"
#include "core/util.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

typedef struct pod_ctx {
	const char *label;       /* "Deployment/web" */
	const ynode *spec;       /* the pod spec */
	const ynode *psc;        /* pod securityContext */
	const ynode *annotations;
} pod_ctx;

/* The container's setting, or else the pod's. */
static const ynode *merged(const ynode *csc, const ynode *psc, const char *key)
{
	const ynode *n = ymap_get(csc, key);
	if (n && !yis_null(n))
		return n;
	return ymap_get(psc, key);
}

static const ynode *annotation(const pod_ctx *p, const char *prefix, const char *cname)
{
	char key[512];
	snprintf(key, sizeof key, "%s%s", prefix, cname ? cname : "");
	return ymap_get(p->annotations, key);
}

static void profile(cs_loader *L, const ynode *sc_profile, const ynode *ann, const char *what, cs_str *out)
{
	if (yis_map(sc_profile)) {
		cs_read_str(L, ymap_get(sc_profile, "type"), what, out);
		return;
	}
	if (ann) {
		const char *a = cs_text(L, ann, what);
		if (a) {
			out->v = !strcasecmp(a, "unconfined")                                   ? "Unconfined"
				 : !strcmp(a, "runtime/default") || !strcmp(a, "docker/default") ? "RuntimeDefault"
												  : a;
			out->pos = cs_npos(ann);
		}
	}
}

static void selinux(cs_loader *L, const ynode *opts, cs_str *out)
{
	if (!yis_map(opts))
		return;
	static const char *const keys[] = { "type", "user", "role" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(keys); i++) {
		const ynode *n = ymap_get(opts, keys[i]);
		const char *v = cs_text(L, n, "seLinuxOptions");
		if (v && *v) {
			out->v = cs_set_own(L->set, bh_asprintf("%s:%s", keys[i], v));
			out->pos = cs_npos(n);
			return;
		}
	}
}

static const ynode *find_volume(const ynode *podspec, const char *name)
{
	const ynode *vols = ymap_get(podspec, "volumes");
	for (size_t i = 0; yis_seq(vols) && i < vols->n; i++) {
		const char *vn = yscalar(ymap_get(vols->items[i], "name"));
		if (vn && name && !strcmp(vn, name))
			return vols->items[i];
	}
	return NULL;
}

static void mounts(cs_loader *L, cs_spec *sp, const pod_ctx *p, const ynode *c)
{
	const ynode *vm = ymap_get(c, "volumeMounts");
	for (size_t i = 0; yis_seq(vm) && i < vm->n; i++) {
		const ynode *m = vm->items[i];
		if (!yis_map(m))
			continue;
		cs_mount *x = cs_spec_add_mount(sp);
		x->pos = cs_npos(m);
		x->target = cs_text(L, ymap_get(m, "mountPath"), "volumeMounts[].mountPath");
		cs_flag ro = { 0 };
		cs_read_flag(L, ymap_get(m, "readOnly"), "volumeMounts[].readOnly", &ro);
		x->read_only = ro.on;
		const ynode *prop = ymap_get(m, "mountPropagation");
		x->propagation = cs_text(L, prop, "volumeMounts[].mountPropagation");
		x->prop_pos = cs_npos(prop);
		const char *name = cs_text(L, ymap_get(m, "name"), "volumeMounts[].name");
		const ynode *vol = find_volume(p->spec, name);
		const ynode *hp = ymap_get(vol, "hostPath");
		if (yis_map(hp)) {
			const ynode *path = ymap_get(hp, "path");
			x->type = CS_MOUNT_HOSTPATH;
			x->source = cs_text(L, path, "hostPath.path");
			x->pos = cs_npos(path ? path : hp);
		} else {
			x->type = ymap_get(vol, "emptyDir") && yis_map(ymap_get(vol, "emptyDir")) &&
						  yscalar(ymap_get(ymap_get(vol, "emptyDir"), "medium")) &&
						  !strcmp(yscalar(ymap_get(ymap_get(vol, "emptyDir"), "medium")), "Memory")
					  ? CS_MOUNT_TMPFS
					  : CS_MOUNT_VOLUME;
			x->source = name;
		}
	}
}

static void container(cs_loader *L, const pod_ctx *p, const ynode *c, const char *role)
{
	cs_spec *sp = cs_set_add(L->set, CS_FMT_K8S, L->path);
	sp->pos = cs_npos(c);
	sp->seccomp_unset_is_unconfined = true;
	const char *cname = yscalar(ymap_get(c, "name"));
	sp->object = cs_set_own(L->set, bh_asprintf("%s %s %s", p->label, role, cname ? cname : "(unnamed)"));
	cs_read_str(L, ymap_get(c, "image"), "image", &sp->image);

	const ynode *csc = ymap_get(c, "securityContext");
	const ynode *psc = p->psc;
	cs_read_int(L, merged(csc, psc, "runAsUser"), "runAsUser", &sp->run_as_user);
	cs_read_flag(L, merged(csc, psc, "runAsNonRoot"), "runAsNonRoot", &sp->run_as_non_root);
	cs_read_flag(L, ymap_get(csc, "privileged"), "privileged", &sp->privileged);
	const ynode *caps = ymap_get(csc, "capabilities");
	cs_read_list(L, ymap_get(caps, "add"), "capabilities.add", true, &sp->cap_add);
	cs_read_list(L, ymap_get(caps, "drop"), "capabilities.drop", true, &sp->cap_drop);
	cs_flag ape = { 0 };
	cs_read_flag(L, ymap_get(csc, "allowPrivilegeEscalation"), "allowPrivilegeEscalation", &ape);
	if (ape.set) {
		sp->no_new_privileges = ape;
		sp->no_new_privileges.on = !ape.on;
	}
	cs_read_flag(L, ymap_get(csc, "readOnlyRootFilesystem"), "readOnlyRootFilesystem", &sp->read_only_rootfs);
	cs_read_str(L, ymap_get(csc, "procMount"), "procMount", &sp->proc_mount);

	const ynode *seccomp_ann = cname ? annotation(p, "container.seccomp.security.alpha.kubernetes.io/", cname) : NULL;
	if (!seccomp_ann)
		seccomp_ann = ymap_get(p->annotations, "seccomp.security.alpha.kubernetes.io/pod");
	profile(L, merged(csc, psc, "seccompProfile"), seccomp_ann, "seccompProfile", &sp->seccomp);
	const ynode *aa_ann = cname ? annotation(p, "container.apparmor.security.beta.kubernetes.io/", cname) : NULL;
	profile(L, merged(csc, psc, "appArmorProfile"), aa_ann, "appArmorProfile", &sp->apparmor);
	selinux(L, merged(csc, psc, "seLinuxOptions"), &sp->selinux);

	cs_read_flag(L, ymap_get(p->spec, "hostNetwork"), "hostNetwork", &sp->host_network);
	cs_read_flag(L, ymap_get(p->spec, "hostPID"), "hostPID", &sp->host_pid);
	cs_read_flag(L, ymap_get(p->spec, "hostIPC"), "hostIPC", &sp->host_ipc);
	cs_read_flag(L, ymap_get(p->spec, "automountServiceAccountToken"), "automountServiceAccountToken",
		     &sp->automount_sa_token);
	if (!sp->automount_sa_token.set)
		sp->automount_sa_token.pos = cs_npos(p->spec); /* one finding per pod, not per container */
	mounts(L, sp, p, c);

	const ynode *limits = ymap_get(ymap_get(c, "resources"), "limits");
	const ynode *mem = ymap_get(limits, "memory");
	const char *ms = cs_text(L, mem, "resources.limits.memory");
	if (ms) {
		if (!cs_parse_bytes(ms, &sp->memory.v))
			cs_err(L, mem, "resources.limits.memory: expected a quantity such as 128Mi, found \"%s\"", ms);
		sp->memory.set = true;
		sp->memory.pos = cs_npos(mem);
	}
	const ynode *cpu = ymap_get(limits, "cpu");
	const char *cpus = cs_text(L, cpu, "resources.limits.cpu");
	if (cpus) {
		if (!cs_parse_cpu(cpus, &sp->cpu.v))
			cs_err(L, cpu, "resources.limits.cpu: expected a quantity such as 500m, found \"%s\"", cpus);
		sp->cpu.set = true;
		sp->cpu.pos = cs_npos(cpu);
	}

	const ynode *ports = ymap_get(c, "ports");
	for (size_t i = 0; yis_seq(ports) && i < ports->n; i++) {
		const ynode *pt = ports->items[i];
		cs_num hp = { 0 }, cp = { 0 };
		cs_read_int(L, ymap_get(pt, "hostPort"), "ports[].hostPort", &hp);
		cs_read_int(L, ymap_get(pt, "containerPort"), "ports[].containerPort", &cp);
		if (!hp.set || hp.v <= 0 || hp.v > 65535)
			continue; /* only reachable through a Service: not published on the node */
		cs_port *x = cs_spec_add_port(sp);
		x->pos = hp.pos;
		x->published = true;
		x->host_port = (int)hp.v;
		x->container_port = cp.set && cp.v > 0 && cp.v <= 65535 ? (int)cp.v : 0;
		x->host_ip = cs_text(L, ymap_get(pt, "hostIP"), "ports[].hostIP");
	}

	const ynode *env = ymap_get(c, "env");
	for (size_t i = 0; yis_seq(env) && i < env->n; i++) {
		const ynode *e = env->items[i];
		if (!yis_map(e))
			continue;
		cs_kv *kv = cs_spec_add_env(sp);
		kv->name = cs_text(L, ymap_get(e, "name"), "env[].name");
		kv->value = cs_text(L, ymap_get(e, "value"), "env[].value");
		kv->pos = cs_npos(ymap_get(e, "value") ? ymap_get(e, "value") : e);
	}
	const ynode *sysctls = ymap_get(psc, "sysctls");
	for (size_t i = 0; yis_seq(sysctls) && i < sysctls->n; i++) {
		const ynode *s = sysctls->items[i];
		cs_kv *kv = cs_spec_add_sysctl(sp);
		kv->name = cs_text(L, ymap_get(s, "name"), "sysctls[].name");
		kv->value = cs_text(L, ymap_get(s, "value"), "sysctls[].value");
		kv->pos = cs_npos(ymap_get(s, "name") ? ymap_get(s, "name") : s);
	}
}

static void pod(cs_loader *L, const char *label, const ynode *spec, const ynode *meta)
{
	if (!yis_map(spec)) {
		if (spec)
			cs_err(L, spec, "%s: the pod spec must be a mapping", label);
		return;
	}
	pod_ctx p = { .label = label, .spec = spec, .psc = ymap_get(spec, "securityContext"),
		      .annotations = ymap_get(meta, "annotations") };
	static const struct {
		const char *key, *role;
	} lists[] = {
		{ "initContainers", "init container" },
		{ "containers", "container" },
		{ "ephemeralContainers", "ephemeral container" },
	};
	for (size_t k = 0; k < BH_ARRAY_SIZE(lists); k++) {
		const ynode *cs = ymap_get(spec, lists[k].key);
		if (!cs || yis_null(cs))
			continue;
		if (!yis_seq(cs)) {
			cs_err(L, cs, "%s: %s must be a list", label, lists[k].key);
			continue;
		}
		for (size_t i = 0; i < cs->n; i++) {
			if (!yis_map(cs->items[i]))
				cs_err(L, cs->items[i], "%s: each of %s must be a mapping", label, lists[k].key);
			else
				container(L, &p, cs->items[i], lists[k].role);
		}
	}
}

static void object(cs_loader *L, const ynode *obj, int depth)
{
	if (!yis_map(obj) || depth > 8)
		return;
	const char *kind = yscalar(ymap_get(obj, "kind"));
	if (!kind)
		return;
	const ynode *meta = ymap_get(obj, "metadata");
	const char *name = yscalar(ymap_get(meta, "name"));
	char *label = bh_asprintf("%s/%s", kind, name ? name : "(unnamed)");
	const ynode *spec = ymap_get(obj, "spec");
	if (!strcmp(kind, "List") || bh_ends_with(kind, "List")) {
		const ynode *items = ymap_get(obj, "items");
		for (size_t i = 0; yis_seq(items) && i < items->n; i++)
			object(L, items->items[i], depth + 1);
	} else if (!strcmp(kind, "Pod")) {
		pod(L, label, spec, meta);
	} else if (!strcmp(kind, "Deployment") || !strcmp(kind, "ReplicaSet") || !strcmp(kind, "StatefulSet") ||
		   !strcmp(kind, "DaemonSet") || !strcmp(kind, "Job") || !strcmp(kind, "ReplicationController")) {
		const ynode *tmpl = ymap_get(spec, "template");
		pod(L, label, ymap_get(tmpl, "spec"), ymap_get(tmpl, "metadata"));
	} else if (!strcmp(kind, "CronJob")) {
		const ynode *tmpl = ymap_get(ymap_get(ymap_get(spec, "jobTemplate"), "spec"), "template");
		pod(L, label, ymap_get(tmpl, "spec"), ymap_get(tmpl, "metadata"));
	}
	free(label);
}

int cs_load_k8s(cs_loader *L, const ydoc_set *docs)
{
	for (size_t i = 0; i < docs->ndocs; i++)
		object(L, docs->docs[i], 0);
	return 0;
}
