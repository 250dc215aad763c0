/* `bulkhead runtime spec`: a config.json with every isolation layer on. Where
 * `runc spec` starts permissive, this starts closed and each line of the
 * result is something to relax on purpose:
 *   - a user namespace: container ids 0-65535 are host ids 100000-165535
 *   - every namespace new (pid, network, ipc, uts, mount, user, cgroup);
 *     the network namespace has only loopback
 *   - read-only root, a tmpfs /tmp, /proc and /sys masked as Docker does
 *   - no capabilities at all, no_new_privs, a seccomp filter that refuses
 *     the syscalls containers have no business making
 *   - pids and memory limits */
#include "runtime/rt_int.h"
#include "core/jsonw.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void str_array(jsonw *w, const char *key, const char *const *items, size_t n)
{
	jsonw_key(w, key);
	jsonw_arr_open(w);
	for (size_t i = 0; i < n; i++)
		jsonw_str(w, items[i]);
	jsonw_arr_close(w);
}

static void mount_entry(jsonw *w, const char *dest, const char *type, const char *src, const char *const *opts, size_t n)
{
	jsonw_obj_open(w);
	jsonw_kstr(w, "destination", dest);
	jsonw_kstr(w, "type", type);
	jsonw_kstr(w, "source", src);
	str_array(w, "options", opts, n);
	jsonw_obj_close(w);
}

static void id_map(jsonw *w, const char *key, const rt_id_range *maps, size_t n)
{
	static const rt_id_range shifted = { 0, 100000, 65536 };
	if (!n)
		maps = &shifted, n = 1;
	jsonw_key(w, key);
	jsonw_arr_open(w);
	for (size_t i = 0; i < n; i++) {
		jsonw_obj_open(w);
		jsonw_kint(w, "containerID", maps[i].container_id);
		jsonw_kint(w, "hostID", maps[i].host_id);
		jsonw_kint(w, "size", maps[i].size);
		jsonw_obj_close(w);
	}
	jsonw_arr_close(w);
}

/* Syscalls that change the kernel, the host's time, other processes or the
 * mount table, load code into the kernel, or open namespaces: none of them
 * works without capabilities anyway, and refusing them shrinks the kernel
 * surface a container can reach. They fail with EPERM. */
static const char *const denied_syscalls[] = {
	"acct", "add_key", "bpf", "clock_adjtime", "clock_settime", "create_module", "delete_module", "finit_module",
	"fsconfig", "fsmount", "fsopen", "fspick", "get_kernel_syms", "get_mempolicy", "init_module", "ioperm", "iopl",
	"kcmp", "kexec_file_load", "kexec_load", "keyctl", "lookup_dcookie", "mbind", "mount", "mount_setattr",
	"move_mount", "move_pages", "name_to_handle_at", "nfsservctl", "open_by_handle_at", "open_tree",
	"perf_event_open", "personality", "pivot_root", "process_vm_readv", "process_vm_writev", "ptrace",
	"query_module", "quotactl", "reboot", "request_key", "set_mempolicy", "setns", "settimeofday", "stime",
	"swapoff", "swapon", "sysfs", "_sysctl", "umount", "umount2", "unshare", "uselib", "userfaultfd", "ustat",
	"vm86", "vm86old",
};

void rt_spec_params_default(rt_spec_params *p)
{
	static const char *const args[] = { "sh" };
	static const char *const env[] = { "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "TERM=xterm" };
	*p = (rt_spec_params){
		.args = args, .nargs = 1, .env = env, .nenv = BH_ARRAY_SIZE(env), .cwd = "/",
		.memory = 512 * 1024 * 1024, .pids = 512,
	};
}

void rt_default_spec(strbuf *out)
{
	rt_spec_params p;
	rt_spec_params_default(&p);
	rt_spec_generate(out, &p);
}

void rt_spec_generate(strbuf *out, const rt_spec_params *p)
{
	jsonw w;
	jsonw_init(&w, out, true);
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "ociVersion", "1.0.2");

	jsonw_key(&w, "process");
	jsonw_obj_open(&w);
	jsonw_kbool(&w, "terminal", false);
	jsonw_key(&w, "user");
	jsonw_obj_open(&w);
	jsonw_kint(&w, "uid", p->uid);
	jsonw_kint(&w, "gid", p->gid);
	jsonw_obj_close(&w);
	str_array(&w, "args", p->args, p->nargs);
	str_array(&w, "env", p->env, p->nenv);
	jsonw_kstr(&w, "cwd", p->cwd);
	jsonw_key(&w, "capabilities");
	jsonw_obj_open(&w);
	static const char *const sets[] = { "bounding", "effective", "inheritable", "permitted", "ambient" };
	/* added capabilities go where Docker puts them: not inheritable, not ambient */
	for (size_t i = 0; i < BH_ARRAY_SIZE(sets); i++)
		str_array(&w, sets[i], p->caps, i < 2 || i == 3 ? p->ncaps : 0);
	jsonw_obj_close(&w);
	jsonw_key(&w, "rlimits");
	jsonw_arr_open(&w);
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "type", "RLIMIT_NOFILE");
	jsonw_kint(&w, "hard", 1024);
	jsonw_kint(&w, "soft", 1024);
	jsonw_obj_close(&w);
	jsonw_arr_close(&w);
	jsonw_kbool(&w, "noNewPrivileges", true);
	jsonw_obj_close(&w);

	jsonw_key(&w, "root");
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "path", "rootfs");
	jsonw_kbool(&w, "readonly", !p->writable);
	jsonw_obj_close(&w);
	jsonw_kstr(&w, "hostname", "bulkhead");

	jsonw_key(&w, "mounts");
	jsonw_arr_open(&w);
	static const char *const proc_o[] = { "nosuid", "noexec", "nodev" };
	mount_entry(&w, "/proc", "proc", "proc", proc_o, BH_ARRAY_SIZE(proc_o));
	static const char *const dev_o[] = { "nosuid", "strictatime", "mode=755", "size=65536k" };
	mount_entry(&w, "/dev", "tmpfs", "tmpfs", dev_o, BH_ARRAY_SIZE(dev_o));
	static const char *const pts_o[] = { "nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620" };
	mount_entry(&w, "/dev/pts", "devpts", "devpts", pts_o, BH_ARRAY_SIZE(pts_o));
	static const char *const shm_o[] = { "nosuid", "noexec", "nodev", "mode=1777", "size=65536k" };
	mount_entry(&w, "/dev/shm", "tmpfs", "shm", shm_o, BH_ARRAY_SIZE(shm_o));
	static const char *const mq_o[] = { "nosuid", "noexec", "nodev" };
	mount_entry(&w, "/dev/mqueue", "mqueue", "mqueue", mq_o, BH_ARRAY_SIZE(mq_o));
	static const char *const sys_o[] = { "nosuid", "noexec", "nodev", "ro" };
	mount_entry(&w, "/sys", "sysfs", "sysfs", sys_o, BH_ARRAY_SIZE(sys_o));
	static const char *const cg_o[] = { "nosuid", "noexec", "nodev", "relatime", "ro" };
	mount_entry(&w, "/sys/fs/cgroup", "cgroup", "cgroup", cg_o, BH_ARRAY_SIZE(cg_o));
	static const char *const tmp_o[] = { "nosuid", "nodev", "noexec", "mode=1777", "size=65536k" };
	mount_entry(&w, "/tmp", "tmpfs", "tmpfs", tmp_o, BH_ARRAY_SIZE(tmp_o));
	jsonw_arr_close(&w);

	jsonw_key(&w, "linux");
	jsonw_obj_open(&w);
	id_map(&w, "uidMappings", p->uid_maps, p->nuid_maps);
	id_map(&w, "gidMappings", p->gid_maps, p->ngid_maps);
	jsonw_key(&w, "namespaces");
	jsonw_arr_open(&w);
	static const char *const ns[] = { "pid", "network", "ipc", "uts", "mount", "user", "cgroup" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(ns); i++) {
		if (p->host_network && !strcmp(ns[i], "network"))
			continue;
		jsonw_obj_open(&w);
		jsonw_kstr(&w, "type", ns[i]);
		jsonw_obj_close(&w);
	}
	jsonw_arr_close(&w);
	jsonw_key(&w, "resources");
	jsonw_obj_open(&w);
	jsonw_key(&w, "devices");
	jsonw_arr_open(&w);
	jsonw_obj_open(&w);
	jsonw_kbool(&w, "allow", false);
	jsonw_kstr(&w, "access", "rwm");
	jsonw_obj_close(&w);
	jsonw_arr_close(&w);
	if (p->memory > 0) { /* 0: no limit (rootless without a delegated cgroup) */
		jsonw_key(&w, "memory");
		jsonw_obj_open(&w);
		jsonw_kint(&w, "limit", p->memory);
		jsonw_obj_close(&w);
	}
	if (p->pids > 0) {
		jsonw_key(&w, "pids");
		jsonw_obj_open(&w);
		jsonw_kint(&w, "limit", p->pids);
		jsonw_obj_close(&w);
	}
	if (p->cpu_quota > 0) {
		jsonw_key(&w, "cpu");
		jsonw_obj_open(&w);
		jsonw_kint(&w, "quota", p->cpu_quota);
		jsonw_kint(&w, "period", p->cpu_period);
		jsonw_obj_close(&w);
	}
	jsonw_obj_close(&w);
	static const char *const masked[] = {
		"/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats", "/proc/timer_list",
		"/proc/timer_stats", "/proc/sched_debug", "/proc/scsi", "/sys/firmware", "/sys/devices/virtual/powercap",
	};
	str_array(&w, "maskedPaths", masked, BH_ARRAY_SIZE(masked));
	static const char *const ro[] = { "/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger" };
	str_array(&w, "readonlyPaths", ro, BH_ARRAY_SIZE(ro));
	if (!p->seccomp_unconfined) {
	jsonw_key(&w, "seccomp");
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "defaultAction", "SCMP_ACT_ALLOW");
	static const char *const archs[] = { "SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32" };
	str_array(&w, "architectures", archs, BH_ARRAY_SIZE(archs));
	jsonw_key(&w, "syscalls");
	jsonw_arr_open(&w);
	jsonw_obj_open(&w);
	str_array(&w, "names", denied_syscalls, BH_ARRAY_SIZE(denied_syscalls));
	jsonw_kstr(&w, "action", "SCMP_ACT_ERRNO");
	jsonw_kint(&w, "errnoRet", 1);
	jsonw_obj_close(&w);
	jsonw_arr_close(&w);
	jsonw_obj_close(&w);
	}
	jsonw_obj_close(&w);
	jsonw_obj_close(&w);
	strbuf_addch(out, '\n');
}

int rt_spec_cmd(const rt_opts *o, const char *bundle)
{
	strbuf sb = STRBUF_INIT;
	rt_default_spec(&sb);
	char *path = bh_asprintf("%s/config.json", bundle);
	int rc = 0;
	/* never over an existing file (nor through a symlink planted in its place) */
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0) {
		if (errno == EEXIST)
			rt_log_error(o, "%s exists: remove it first", path);
		else
			rt_log_error(o, "creating %s: %s", path, strerror(errno));
		rc = 1;
	} else {
		if (write(fd, sb.buf, sb.len) != (ssize_t)sb.len) {
			rt_log_error(o, "writing %s: %s", path, strerror(errno));
			rc = 1;
		}
		close(fd);
	}
	free(path);
	strbuf_release(&sb);
	return rc;
}

char *rt_spec_json(const rt_spec_params *p)
{
	strbuf sb = STRBUF_INIT;
	rt_spec_generate(&sb, p);
	return strbuf_detach(&sb, NULL);
}
