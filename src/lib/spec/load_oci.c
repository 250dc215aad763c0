/* OCI runtime config.json (runc, crun): the most literal format. A namespace
 * missing from linux.namespaces is the host's; capabilities are exactly the
 * ones listed; no linux.seccomp means no filter at all. */
#include "spec/load_int.h"
#include "core/util.h"

#include <string.h>
#include <strings.h>

/* Docker's (and containerd's) default capability set. */
static const char *const runtime_default_caps[] = {
	"CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "SETGID", "SETUID",
	"SETPCAP", "NET_BIND_SERVICE", "NET_RAW", "SYS_CHROOT", "MKNOD", "AUDIT_WRITE", "SETFCAP",
};

/* A config.json that grants every default capability is what docker and
 * containerd write for a container that dropped none: normalize it to "the
 * defaults kept, plus the extras", as inspect and compose say it, so the
 * capability rules read the same whichever file described the container. */
static void keeps_docker_defaults(cs_spec *sp)
{
	for (size_t i = 0; i < BH_ARRAY_SIZE(runtime_default_caps); i++)
		if (!cs_strlist_has(&sp->cap_add, runtime_default_caps[i]))
			return;
	size_t kept = 0;
	for (size_t i = 0; i < sp->cap_add.n; i++) {
		bool is_default = false;
		for (size_t k = 0; k < BH_ARRAY_SIZE(runtime_default_caps); k++)
			if (!strcmp(sp->cap_add.items[i].v, runtime_default_caps[k]))
				is_default = true;
		if (!is_default)
			sp->cap_add.items[kept++] = sp->cap_add.items[i];
	}
	sp->cap_add.n = kept;
	sp->cap_drop.n = 0;
	sp->cap_drop.set = false;
}

static void caps(cs_loader *L, cs_spec *sp, const ynode *process)
{
	const ynode *c = ymap_get(process, "capabilities");
	/* Only what is listed is granted: everything else is dropped. */
	sp->cap_drop.set = true;
	sp->cap_drop.pos = cs_npos(c ? c : process);
	cs_strlist_push(&sp->cap_drop, "ALL", sp->cap_drop.pos);
	static const char *const sets[] = { "bounding", "effective", "permitted", "inheritable", "ambient" };
	for (size_t s = 0; s < BH_ARRAY_SIZE(sets); s++) {
		cs_strlist one = { 0 };
		cs_read_list(L, ymap_get(c, sets[s]), sets[s], true, &one);
		for (size_t i = 0; i < one.n; i++) {
			if (!cs_strlist_has(&sp->cap_add, one.items[i].v))
				cs_strlist_push(&sp->cap_add, one.items[i].v, one.items[i].pos);
		}
		if (one.set && !sp->cap_add.set) {
			sp->cap_add.set = true;
			sp->cap_add.pos = one.pos;
		}
		free(one.items);
	}
	keeps_docker_defaults(sp);
}

static void namespaces(cs_loader *L, cs_spec *sp, const ynode *root, const ynode *lnx)
{
	const ynode *ns = ymap_get(lnx, "namespaces");
	cs_pos where = cs_npos(ns ? ns : lnx ? lnx : root);
	static const char *const types[] = { "network", "pid", "ipc", "uts" };
	cs_flag *flags[] = { &sp->host_network, &sp->host_pid, &sp->host_ipc, &sp->host_uts };
	for (size_t t = 0; t < BH_ARRAY_SIZE(types); t++) {
		cs_flag *f = flags[t];
		f->set = true;
		f->on = true; /* not listed: the container stays in the host's namespace */
		f->pos = where;
		for (size_t i = 0; yis_seq(ns) && i < ns->n; i++) {
			const ynode *e = ns->items[i];
			const char *type = cs_text(L, ymap_get(e, "type"), "linux.namespaces[].type");
			if (!type || strcmp(type, types[t]))
				continue;
			const char *path = cs_text(L, ymap_get(e, "path"), "linux.namespaces[].path");
			/* Joining pid 1's namespace is joining the host's. */
			f->on = path && bh_starts_with(path, "/proc/1/ns/");
			f->pos = cs_npos(e);
		}
	}
}

static void mounts(cs_loader *L, cs_spec *sp, const ynode *list)
{
	for (size_t i = 0; yis_seq(list) && i < list->n; i++) {
		const ynode *m = list->items[i];
		if (!yis_map(m))
			continue;
		const char *type = cs_text(L, ymap_get(m, "type"), "mounts[].type");
		const ynode *opts = ymap_get(m, "options");
		bool bind = type && !strcmp(type, "bind");
		for (size_t k = 0; yis_seq(opts) && k < opts->n; k++) {
			const char *o = yscalar(opts->items[k]);
			if (o && (!strcmp(o, "bind") || !strcmp(o, "rbind")))
				bind = true;
		}
		cs_mount *x = cs_spec_add_mount(sp);
		x->pos = cs_npos(m);
		x->type = bind ? CS_MOUNT_BIND : type && !strcmp(type, "tmpfs") ? CS_MOUNT_TMPFS : CS_MOUNT_OTHER;
		x->source = cs_text(L, ymap_get(m, "source"), "mounts[].source");
		x->target = cs_text(L, ymap_get(m, "destination"), "mounts[].destination");
		for (size_t k = 0; yis_seq(opts) && k < opts->n; k++) {
			const char *o = yscalar(opts->items[k]);
			if (o)
				cs_apply_mount_mode(x, o, L->set);
			if (o && x->propagation && !x->prop_pos.line)
				x->prop_pos = cs_npos(opts->items[k]);
		}
	}
}

static void resources(cs_loader *L, cs_spec *sp, const ynode *res)
{
	cs_read_int(L, ymap_get(ymap_get(res, "memory"), "limit"), "linux.resources.memory.limit", &sp->memory);
	const ynode *cpu = ymap_get(res, "cpu");
	cs_read_int(L, ymap_get(cpu, "quota"), "linux.resources.cpu.quota", &sp->cpu);
	if (!sp->cpu.set || sp->cpu.v <= 0) {
		cs_num shares = { 0 };
		cs_read_int(L, ymap_get(cpu, "shares"), "linux.resources.cpu.shares", &shares);
		if (shares.set && shares.v > 0 && shares.v != 1024)
			sp->cpu = shares;
	}
	cs_read_int(L, ymap_get(ymap_get(res, "pids"), "limit"), "linux.resources.pids.limit", &sp->pids);
}

int cs_load_oci(cs_loader *L, const ynode *root)
{
	cs_spec *sp = cs_set_add(L->set, CS_FMT_OCI, L->path);
	sp->pos = cs_npos(root);
	sp->unset_user_is_root = true;
	sp->pids_applicable = true;
	sp->seccomp_unset_is_unconfined = true;
	const char *host = yscalar(ymap_get(root, "hostname"));
	sp->object = cs_set_own(L->set, bh_asprintf("container %s", host && *host ? host : "(config.json)"));

	const ynode *process = ymap_get(root, "process");
	const ynode *lnx = ymap_get(root, "linux");
	const ynode *user = ymap_get(process, "user");
	cs_read_int(L, ymap_get(user, "uid"), "process.user.uid", &sp->run_as_user);
	if (!sp->run_as_user.set && process) {
		sp->run_as_user.set = true; /* uid defaults to 0 */
		sp->run_as_user.pos = cs_npos(user ? user : process);
	}
	caps(L, sp, process);
	cs_read_flag(L, ymap_get(process, "noNewPrivileges"), "process.noNewPrivileges", &sp->no_new_privileges);
	cs_read_str(L, ymap_get(process, "apparmorProfile"), "process.apparmorProfile", &sp->apparmor);
	cs_read_str(L, ymap_get(process, "selinuxLabel"), "process.selinuxLabel", &sp->selinux);
	const ynode *env = ymap_get(process, "env");
	for (size_t i = 0; yis_seq(env) && i < env->n; i++) {
		const char *e = cs_text(L, env->items[i], "process.env[]");
		if (!e)
			continue;
		cs_kv *kv = cs_spec_add_env(sp);
		const char *eq = strchr(e, '=');
		kv->name = eq ? cs_set_strn(L->set, e, (size_t)(eq - e)) : e;
		kv->value = eq ? eq + 1 : NULL;
		kv->pos = cs_npos(env->items[i]);
	}
	cs_read_flag(L, ymap_get(ymap_get(root, "root"), "readonly"), "root.readonly", &sp->read_only_rootfs);
	mounts(L, sp, ymap_get(root, "mounts"));
	namespaces(L, sp, root, lnx);

	const ynode *seccomp = ymap_get(lnx, "seccomp");
	if (yis_map(seccomp)) {
		const char *def = yscalar(ymap_get(seccomp, "defaultAction"));
		const ynode *sys = ymap_get(seccomp, "syscalls");
		bool allow_all = def && !strcmp(def, "SCMP_ACT_ALLOW") && (!yis_seq(sys) || sys->n == 0);
		sp->seccomp.v = allow_all ? "unconfined" : "profile";
		sp->seccomp.pos = cs_npos(seccomp);
	}
	const ynode *masked = ymap_get(lnx, "maskedPaths");
	if (!yis_seq(masked) || masked->n == 0) {
		sp->proc_mount.v = "Unmasked";
		sp->proc_mount.pos = cs_npos(masked ? masked : lnx ? lnx : root);
	}
	const ynode *dev = ymap_get(lnx, "devices");
	for (size_t i = 0; yis_seq(dev) && i < dev->n; i++) {
		const char *p = cs_text(L, ymap_get(dev->items[i], "path"), "linux.devices[].path");
		if (p)
			cs_strlist_push(&sp->devices, p, cs_npos(dev->items[i]));
	}
	resources(L, sp, ymap_get(lnx, "resources"));
	const ynode *sc = ymap_get(lnx, "sysctl");
	for (size_t i = 0; i < ymap_size(sc); i++) {
		cs_kv *kv = cs_spec_add_sysctl(sp);
		kv->name = cs_text(L, ymap_key_at(sc, i), "linux.sysctl");
		kv->value = cs_text(L, ymap_val_at(sc, i), "linux.sysctl");
		kv->pos = cs_npos(ymap_key_at(sc, i));
	}
	return 0;
}
