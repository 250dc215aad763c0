/* docker inspect output: an array of containers (or one object), with the
 * effective settings under HostConfig and Config. */
#include "spec/load_int.h"
#include "core/util.h"

#include <string.h>
#include <strings.h>

static void ns_mode(cs_loader *L, const ynode *hc, const char *key, cs_flag *out)
{
	const ynode *n = ymap_get(hc, key);
	const char *v = cs_text(L, n, key);
	if (!v)
		return;
	out->set = true;
	out->on = !strcasecmp(v, "host");
	out->pos = cs_npos(n);
}

/* A positive number means a limit; 0, -1 and null mean none. */
static void limit(cs_loader *L, const ynode *n, const char *what, cs_num *out)
{
	cs_num v = { 0 };
	cs_read_int(L, n, what, &v);
	if (v.set && v.v > 0 && (!out->set || out->v <= 0))
		*out = v;
	else if (v.set && !out->set)
		*out = v;
}

static void mounts(cs_loader *L, cs_spec *sp, const ynode *obj, const ynode *hc)
{
	const ynode *top = ymap_get(obj, "Mounts");
	if (yis_seq(top)) { /* a created or running container: the mounts as they are */
		for (size_t i = 0; i < top->n; i++) {
			const ynode *m = top->items[i];
			if (!yis_map(m))
				continue;
			cs_mount *x = cs_spec_add_mount(sp);
			x->pos = cs_npos(m);
			const char *type = cs_text(L, ymap_get(m, "Type"), "Mounts[].Type");
			x->type = !type || !strcmp(type, "bind") ? CS_MOUNT_BIND
				  : !strcmp(type, "volume")     ? CS_MOUNT_VOLUME
				  : !strcmp(type, "tmpfs")      ? CS_MOUNT_TMPFS
								: CS_MOUNT_OTHER;
			x->source = cs_text(L, ymap_get(m, "Source"), "Mounts[].Source");
			if (x->type == CS_MOUNT_VOLUME && ymap_get(m, "Name"))
				x->source = cs_text(L, ymap_get(m, "Name"), "Mounts[].Name");
			x->target = cs_text(L, ymap_get(m, "Destination"), "Mounts[].Destination");
			cs_flag rw = { 0 };
			cs_read_flag(L, ymap_get(m, "RW"), "Mounts[].RW", &rw);
			x->read_only = rw.set && !rw.on;
			const ynode *p = ymap_get(m, "Propagation");
			const char *prop = cs_text(L, p, "Mounts[].Propagation");
			if (prop && *prop) {
				x->propagation = prop;
				x->prop_pos = cs_npos(p);
			}
		}
		return;
	}
	const ynode *binds = ymap_get(hc, "Binds");
	for (size_t i = 0; yis_seq(binds) && i < binds->n; i++) {
		const char *b = cs_text(L, binds->items[i], "HostConfig.Binds[]");
		if (b)
			cs_bind_string(L, sp, b, binds->items[i]);
	}
	const ynode *hm = ymap_get(hc, "Mounts");
	for (size_t i = 0; yis_seq(hm) && i < hm->n; i++) {
		const ynode *m = hm->items[i];
		if (!yis_map(m))
			continue;
		cs_mount *x = cs_spec_add_mount(sp);
		x->pos = cs_npos(m);
		const char *type = cs_text(L, ymap_get(m, "Type"), "HostConfig.Mounts[].Type");
		x->type = !type || !strcmp(type, "bind") ? CS_MOUNT_BIND
			  : !strcmp(type, "volume")     ? CS_MOUNT_VOLUME
			  : !strcmp(type, "tmpfs")      ? CS_MOUNT_TMPFS
							: CS_MOUNT_OTHER;
		x->source = cs_text(L, ymap_get(m, "Source"), "HostConfig.Mounts[].Source");
		x->target = cs_text(L, ymap_get(m, "Target"), "HostConfig.Mounts[].Target");
		cs_flag ro = { 0 };
		cs_read_flag(L, ymap_get(m, "ReadOnly"), "HostConfig.Mounts[].ReadOnly", &ro);
		x->read_only = ro.on;
		const ynode *p = ymap_get(ymap_get(m, "BindOptions"), "Propagation");
		const char *prop = cs_text(L, p, "BindOptions.Propagation");
		if (prop && *prop) {
			x->propagation = prop;
			x->prop_pos = cs_npos(p);
		}
	}
}

static void ports(cs_loader *L, cs_spec *sp, const ynode *hc)
{
	const ynode *pb = ymap_get(hc, "PortBindings");
	for (size_t i = 0; i < ymap_size(pb); i++) {
		const char *key = cs_text(L, ymap_key_at(pb, i), "HostConfig.PortBindings");
		const ynode *list = ymap_val_at(pb, i);
		int cport = 0;
		if (key)
			cs_parse_port(key, strcspn(key, "/"), &cport);
		for (size_t k = 0; yis_seq(list) && k < list->n; k++) {
			const ynode *b = list->items[k];
			if (!yis_map(b))
				continue;
			cs_port *p = cs_spec_add_port(sp);
			p->pos = cs_npos(b);
			p->container_port = cport;
			p->published = true;
			p->host_ip = cs_text(L, ymap_get(b, "HostIp"), "HostIp");
			const ynode *hpn = ymap_get(b, "HostPort");
			const char *hp = cs_text(L, hpn, "HostPort");
			if (hp && *hp && !cs_parse_port(hp, strlen(hp), &p->host_port))
				cs_err(L, hpn, "HostPort: expected a port number, found \"%s\"", hp);
		}
	}
}

static void one(cs_loader *L, const ynode *obj)
{
	cs_spec *sp = cs_set_add(L->set, CS_FMT_INSPECT, L->path);
	sp->pos = cs_npos(obj);
	sp->unset_user_is_root = true;
	sp->pids_applicable = true;
	const char *name = cs_text(L, ymap_get(obj, "Name"), "Name");
	if (name && *name == '/')
		name++;
	sp->object = cs_set_own(L->set, bh_asprintf("container %s", name && *name ? name : "(unnamed)"));

	const ynode *cfg = ymap_get(obj, "Config");
	const ynode *hc = ymap_get(obj, "HostConfig");
	cs_read_str(L, ymap_get(cfg, "Image"), "Config.Image", &sp->image);
	const ynode *user = ymap_get(cfg, "User");
	cs_read_str(L, user, "Config.User", &sp->user);
	const ynode *env = ymap_get(cfg, "Env");
	for (size_t i = 0; yis_seq(env) && i < env->n; i++) {
		const char *e = cs_text(L, env->items[i], "Config.Env[]");
		if (!e)
			continue;
		cs_kv *kv = cs_spec_add_env(sp);
		const char *eq = strchr(e, '=');
		kv->name = eq ? cs_set_strn(L->set, e, (size_t)(eq - e)) : e;
		kv->value = eq ? eq + 1 : NULL;
		kv->pos = cs_npos(env->items[i]);
	}

	cs_read_flag(L, ymap_get(hc, "Privileged"), "HostConfig.Privileged", &sp->privileged);
	cs_read_list(L, ymap_get(hc, "CapAdd"), "HostConfig.CapAdd", true, &sp->cap_add);
	cs_read_list(L, ymap_get(hc, "CapDrop"), "HostConfig.CapDrop", true, &sp->cap_drop);
	ns_mode(L, hc, "NetworkMode", &sp->host_network);
	ns_mode(L, hc, "PidMode", &sp->host_pid);
	ns_mode(L, hc, "IpcMode", &sp->host_ipc);
	ns_mode(L, hc, "UTSMode", &sp->host_uts);
	ns_mode(L, hc, "UsernsMode", &sp->host_userns);
	mounts(L, sp, obj, hc);

	const ynode *dev = ymap_get(hc, "Devices");
	for (size_t i = 0; yis_seq(dev) && i < dev->n; i++) {
		const ynode *p = ymap_get(dev->items[i], "PathOnHost");
		const char *path = cs_text(L, p, "Devices[].PathOnHost");
		if (path)
			cs_strlist_push(&sp->devices, path, cs_npos(dev->items[i]));
	}
	const ynode *so = ymap_get(hc, "SecurityOpt");
	for (size_t i = 0; yis_seq(so) && i < so->n; i++) {
		const char *o = cs_text(L, so->items[i], "HostConfig.SecurityOpt[]");
		if (o)
			cs_security_opt(L, sp, o, so->items[i]);
	}
	const ynode *aa = ymap_get(obj, "AppArmorProfile");
	const char *aap = cs_text(L, aa, "AppArmorProfile");
	if (aap && *aap && !sp->apparmor.v) {
		sp->apparmor.v = aap;
		sp->apparmor.pos = cs_npos(aa);
	}
	const ynode *masked = ymap_get(hc, "MaskedPaths");
	if (yis_seq(masked) && masked->n == 0 && !sp->proc_mount.v) {
		sp->proc_mount.v = "Unmasked";
		sp->proc_mount.pos = cs_npos(masked);
	}
	cs_read_flag(L, ymap_get(hc, "ReadonlyRootfs"), "HostConfig.ReadonlyRootfs", &sp->read_only_rootfs);

	limit(L, ymap_get(hc, "Memory"), "HostConfig.Memory", &sp->memory);
	limit(L, ymap_get(hc, "NanoCpus"), "HostConfig.NanoCpus", &sp->cpu);
	limit(L, ymap_get(hc, "CpuQuota"), "HostConfig.CpuQuota", &sp->cpu);
	cs_num shares = { 0 };
	cs_read_int(L, ymap_get(hc, "CpuShares"), "HostConfig.CpuShares", &shares);
	if (shares.set && shares.v > 0 && shares.v != 1024 && !(sp->cpu.set && sp->cpu.v > 0))
		sp->cpu = shares; /* a relative CPU weight is what CIS 5.12 asks for */
	limit(L, ymap_get(hc, "PidsLimit"), "HostConfig.PidsLimit", &sp->pids);
	ports(L, sp, hc);

	const ynode *rp = ymap_get(hc, "RestartPolicy");
	cs_read_str(L, ymap_get(rp, "Name"), "RestartPolicy.Name", &sp->restart);
	cs_read_int(L, ymap_get(rp, "MaximumRetryCount"), "RestartPolicy.MaximumRetryCount", &sp->restart_max);

	const ynode *sc = ymap_get(hc, "Sysctls");
	for (size_t i = 0; i < ymap_size(sc); i++) {
		cs_kv *kv = cs_spec_add_sysctl(sp);
		kv->name = cs_text(L, ymap_key_at(sc, i), "Sysctls");
		kv->value = cs_text(L, ymap_val_at(sc, i), "Sysctls");
		kv->pos = cs_npos(ymap_key_at(sc, i));
	}
}

int cs_load_inspect(cs_loader *L, const ynode *root)
{
	if (yis_seq(root)) {
		for (size_t i = 0; i < root->n; i++) {
			if (!yis_map(root->items[i]))
				cs_err(L, root->items[i], "docker inspect output: expected an object per container");
			else
				one(L, root->items[i]);
		}
	} else {
		one(L, root);
	}
	return 0;
}
