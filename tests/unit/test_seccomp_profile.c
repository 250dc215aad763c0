/* Seccomp profiles in Docker's format (src/lib/runtime/seccomp_profile.c):
 * includes and excludes against capabilities, architectures and kernel
 * versions, archMap, argument filters, errors with file and line for bad
 * input, the OCI output read back by the runtime's own config.json loader,
 * and the shipped default profile (embedded copy identical to the file,
 * Docker's blocked syscalls refused, SYS_ADMIN re-enabling what Docker's
 * profile enables with it). Runs from tests/ (see tests/CMakeLists.txt). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "core/util.h"
#include "runtime/rt_int.h"
#include "runtime/runtime.h"
#include "runtime/seccomp_profile.h"

static sp_env env_of(const char *arch, const char *native, int major, int minor, const char *const *caps, size_t ncaps)
{
	return (sp_env){ .caps = caps, .ncaps = ncaps, .arch = arch, .native = native, .kernel_major = major, .kernel_minor = minor };
}

static const sp_env *amd64_5_10(void)
{
	static sp_env e;
	e = env_of("amd64", "SCMP_ARCH_X86_64", 5, 10, NULL, 0);
	return &e;
}

/* The first resolved rule naming syscall, or NULL. */
static const sp_rule *rule_for(const sp_profile *p, const char *syscall)
{
	for (size_t i = 0; i < p->nrules; i++)
		for (size_t k = 0; k < p->rules[i].nnames; k++)
			if (!strcmp(p->rules[i].names[k], syscall))
				return &p->rules[i];
	return NULL;
}

/* Allowed without any argument condition. */
static bool allowed_plain(const sp_profile *p, const char *syscall)
{
	for (size_t i = 0; i < p->nrules; i++)
		for (size_t k = 0; k < p->rules[i].nnames; k++)
			if (!strcmp(p->rules[i].names[k], syscall) && !strcmp(p->rules[i].action, "SCMP_ACT_ALLOW") &&
			    !p->rules[i].nargs)
				return true;
	return false;
}

static bool allowed_any(const sp_profile *p, const char *syscall)
{
	for (size_t i = 0; i < p->nrules; i++)
		for (size_t k = 0; k < p->rules[i].nnames; k++)
			if (!strcmp(p->rules[i].names[k], syscall) && !strcmp(p->rules[i].action, "SCMP_ACT_ALLOW"))
				return true;
	return false;
}

static int parse(const char *json, const sp_env *env, sp_profile *p, char *err, size_t errlen)
{
	return sp_profile_parse(json, strlen(json), "t.json", env, p, err, errlen);
}

#define GATED(cond) "{\"defaultAction\":\"SCMP_ACT_ERRNO\",\"syscalls\":[{\"names\":[\"mount\"],\"action\":\"SCMP_ACT_ALLOW\"," cond "}]}"

/* Does the single entry of GATED(cond) survive in env? */
static int survives(const char *json, const sp_env *env)
{
	sp_profile p;
	char err[512];
	if (parse(json, env, &p, err, sizeof err) < 0) {
		fprintf(stderr, "unexpected error: %s\n", err);
		return -1;
	}
	int r = rule_for(&p, "mount") != NULL;
	sp_profile_free(&p);
	return r;
}

static void test_conditions(void)
{
	static const char *const admin[] = { "CAP_SYS_ADMIN" };
	static const char *const both[] = { "CAP_SYS_ADMIN", "CAP_NET_ADMIN" };
	static const char *const lower[] = { "cap_sys_admin" };
	sp_env none = env_of("amd64", "SCMP_ARCH_X86_64", 5, 10, NULL, 0);
	sp_env with = env_of("amd64", "SCMP_ARCH_X86_64", 5, 10, admin, 1);
	sp_env two = env_of("amd64", "SCMP_ARCH_X86_64", 5, 10, both, 2);
	sp_env low = env_of("amd64", "SCMP_ARCH_X86_64", 5, 10, lower, 1);

	const char *inc_cap = GATED("\"includes\":{\"caps\":[\"CAP_SYS_ADMIN\"]}");
	CHECK_INT(survives(inc_cap, &none), 0);
	CHECK_INT(survives(inc_cap, &with), 1);
	CHECK_INT(survives(inc_cap, &low), 1);
	/* every included capability is needed */
	const char *inc_caps = GATED("\"includes\":{\"caps\":[\"CAP_SYS_ADMIN\",\"CAP_NET_ADMIN\"]}");
	CHECK_INT(survives(inc_caps, &with), 0);
	CHECK_INT(survives(inc_caps, &two), 1);
	/* any excluded capability drops the entry */
	const char *exc_cap = GATED("\"excludes\":{\"caps\":[\"CAP_NET_ADMIN\",\"CAP_SYS_ADMIN\"]}");
	CHECK_INT(survives(exc_cap, &none), 1);
	CHECK_INT(survives(exc_cap, &with), 0);

	sp_env s390 = env_of("s390x", "SCMP_ARCH_S390X", 5, 10, NULL, 0);
	const char *inc_arch = GATED("\"includes\":{\"arches\":[\"s390\",\"s390x\"]}");
	CHECK_INT(survives(inc_arch, &none), 0);
	CHECK_INT(survives(inc_arch, &s390), 1);
	const char *exc_arch = GATED("\"excludes\":{\"arches\":[\"s390\",\"s390x\"]}");
	CHECK_INT(survives(exc_arch, &none), 1);
	CHECK_INT(survives(exc_arch, &s390), 0);

	sp_env k47 = env_of("amd64", "SCMP_ARCH_X86_64", 4, 7, NULL, 0);
	sp_env k48 = env_of("amd64", "SCMP_ARCH_X86_64", 4, 8, NULL, 0);
	sp_env k319 = env_of("amd64", "SCMP_ARCH_X86_64", 3, 19, NULL, 0);
	const char *inc_kernel = GATED("\"includes\":{\"minKernel\":\"4.8\"}");
	CHECK_INT(survives(inc_kernel, &k47), 0);
	CHECK_INT(survives(inc_kernel, &k319), 0);
	CHECK_INT(survives(inc_kernel, &k48), 1);
	CHECK_INT(survives(inc_kernel, &none), 1);
	const char *exc_kernel = GATED("\"excludes\":{\"minKernel\":\"4.8\"}");
	CHECK_INT(survives(exc_kernel, &k47), 1);
	CHECK_INT(survives(exc_kernel, &k48), 0);

	/* includes combine: caps and kernel must both hold */
	sp_env old_admin = env_of("amd64", "SCMP_ARCH_X86_64", 4, 4, admin, 1);
	const char *cap_kernel = GATED("\"includes\":{\"caps\":[\"CAP_SYS_ADMIN\"],\"minKernel\":\"4.8\"}");
	CHECK_INT(survives(cap_kernel, &old_admin), 0);
	CHECK_INT(survives(cap_kernel, &with), 1);
	CHECK_INT(survives(cap_kernel, &none), 0);
	/* empty includes and excludes change nothing */
	CHECK_INT(survives(GATED("\"includes\":{},\"excludes\":{}"), &none), 1);
	CHECK_INT(survives(GATED("\"excludes\":{\"caps\":[]}"), &with), 1);
}

static void test_archs(void)
{
	const char *json = "{\"defaultAction\":\"SCMP_ACT_ERRNO\",\"archMap\":["
			   "{\"architecture\":\"SCMP_ARCH_X86_64\",\"subArchitectures\":[\"SCMP_ARCH_X86\",\"SCMP_ARCH_X32\"]},"
			   "{\"architecture\":\"SCMP_ARCH_AARCH64\",\"subArchitectures\":[\"SCMP_ARCH_ARM\"]}]}";
	sp_profile p;
	char err[512];
	CHECK_INT(parse(json, amd64_5_10(), &p, err, sizeof err), 0);
	CHECK_INT(p.narchs, 3);
	if (p.narchs == 3) {
		CHECK_STR(p.archs[0], "SCMP_ARCH_X86_64");
		CHECK_STR(p.archs[1], "SCMP_ARCH_X86");
		CHECK_STR(p.archs[2], "SCMP_ARCH_X32");
	}
	sp_profile_free(&p);
	sp_env arm = env_of("arm64", "SCMP_ARCH_AARCH64", 6, 1, NULL, 0);
	CHECK_INT(parse(json, &arm, &p, err, sizeof err), 0);
	CHECK_INT(p.narchs, 2);
	if (p.narchs == 2)
		CHECK_STR(p.archs[1], "SCMP_ARCH_ARM");
	sp_profile_free(&p);
	/* a host the map does not name: native only (libseccomp's default) */
	sp_env other = env_of("riscv64", "SCMP_ARCH_RISCV64", 6, 1, NULL, 0);
	CHECK_INT(parse(json, &other, &p, err, sizeof err), 0);
	CHECK_INT(p.narchs, 0);
	CHECK_STR(p.default_action, "SCMP_ACT_ERRNO");
	CHECK(!p.has_default_errno);
	sp_profile_free(&p);
	/* a plain architectures list is taken as it is */
	CHECK_INT(parse("{\"defaultAction\":\"SCMP_ACT_ALLOW\",\"architectures\":[\"SCMP_ARCH_X86_64\",\"SCMP_ARCH_X86\"]}",
			&other, &p, err, sizeof err), 0);
	CHECK_INT(p.narchs, 2);
	sp_profile_free(&p);
}

static void test_args_and_output(void)
{
	const char *json = "{\"defaultAction\":\"SCMP_ACT_ERRNO\",\"defaultErrnoRet\":1,"
			   "\"architectures\":[\"SCMP_ARCH_X86_64\"],\"syscalls\":["
			   "{\"name\":\"personality\",\"action\":\"SCMP_ACT_ALLOW\",\"args\":[{\"index\":0,\"value\":18446744073709551615,\"op\":\"SCMP_CMP_EQ\"}]},"
			   "{\"names\":[\"clone\"],\"action\":\"SCMP_ACT_ALLOW\",\"args\":[{\"index\":0,\"value\":2114060288,\"valueTwo\":0,\"op\":\"SCMP_CMP_MASKED_EQ\"}],\"comment\":\"why\"},"
			   "{\"names\":[\"clone3\"],\"action\":\"SCMP_ACT_ERRNO\",\"errnoRet\":38},"
			   "{\"names\":[\"read\",\"write\"],\"action\":\"SCMP_ACT_ALLOW\",\"args\":[]}]}";
	sp_profile p;
	char err[512];
	CHECK_INT(parse(json, amd64_5_10(), &p, err, sizeof err), 0);
	CHECK_INT(p.nrules, 4);
	const sp_rule *r = rule_for(&p, "personality");
	CHECK(r && r->nargs == 1 && r->args[0].value == UINT64_MAX && !strcmp(r->args[0].op, "SCMP_CMP_EQ"));
	r = rule_for(&p, "clone");
	CHECK(r && r->nargs == 1 && r->args[0].value == 0x7E020000 && r->args[0].index == 0);
	r = rule_for(&p, "clone3");
	CHECK(r && r->has_errno && r->errno_ret == 38);
	CHECK(allowed_plain(&p, "write"));

	/* the OCI output, read back by the runtime's config.json loader */
	rt_spec_params sp;
	rt_spec_params_default(&sp);
	sp.seccomp = &p;
	char *cfg = rt_spec_json(&sp);
	char dir[] = "/tmp/bh-seccomp-test-XXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	char *rootfs = bh_asprintf("%s/rootfs", dir);
	CHECK(mkdir(rootfs, 0700) == 0);
	char *path = bh_asprintf("%s/config.json", dir);
	FILE *f = fopen(path, "w");
	CHECK(f && fputs(cfg, f) >= 0 && fclose(f) == 0);
	rt_spec loaded;
	rt_err e = { { 0 } };
	int rc = rt_spec_load(dir, &loaded, &e);
	if (rc < 0)
		fprintf(stderr, "rt_spec_load: %s\n", e.msg);
	CHECK_INT(rc, 0);
	if (rc == 0) {
		CHECK(loaded.seccomp.present);
		CHECK_INT(loaded.seccomp.nrules, 4);
		CHECK_INT(loaded.seccomp.narchs, 1);
		CHECK(loaded.seccomp.nrules == 4 && loaded.seccomp.rules[0].nargs == 1 &&
		      loaded.seccomp.rules[0].args[0].value == UINT64_MAX);
		rt_spec_free(&loaded);
	}
	unlink(path);
	rmdir(rootfs);
	rmdir(dir);
	free(rootfs);
	free(path);
	free(cfg);
	sp_profile_free(&p);
}

typedef struct bad_case {
	const char *json, *want; /* want: a piece of the message */
} bad_case;

static void test_bad_input(void)
{
	static const bad_case cases[] = {
		{ "", "t.json: not a seccomp profile" },
		{ "[]", "t.json: not a seccomp profile" },
		{ "defaultAction: SCMP_ACT_ALLOW\n", "not a seccomp profile" },
		{ "{\"defaultAction\": \"SCMP_ACT_ALLOW\"", "t.json:2:1: did not find expected" },
		{ "{}", "defaultAction: expected a non-empty string" },
		{ "{\n\"defaultAction\": \"SCMP_ACT_NOPE\"}", "t.json:2:18: defaultAction: unknown action \"SCMP_ACT_NOPE\"" },
		{ "{\"defaultAction\": \"SCMP_ACT_ALLOW\", \"defaultErrnoRet\": 1}", "an errno goes only with" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"defaultErrnoRet\": -1}", "expected an errno number" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"defaultErrnoRet\": \"1\"}", "expected an errno number" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\",\n \"sycalls\": []}", "t.json:2:2: profile: unknown key \"sycalls\"" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"architectures\": [\"SCMP_ARCH_VAX\"]}", "unknown architecture \"SCMP_ARCH_VAX\"" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"architectures\": [], \"archMap\": []}", "not both" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"archMap\": [{\"architecture\": \"SCMP_ARCH_X86_64\", \"subArchitectures\": [\"nope\"]}]}",
		  "unknown architecture \"nope\"" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"archMap\": [{\"subArchitectures\": []}]}", "architecture: expected a non-empty string" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": {}}", "syscalls: expected a list" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [], \"action\": \"SCMP_ACT_ALLOW\"}]}", "at least one syscall" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"name\": \"a\", \"names\": [\"b\"], \"action\": \"SCMP_ACT_ALLOW\"}]}", "not both" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"../x\"], \"action\": \"SCMP_ACT_ALLOW\"}]}", "is not a syscall name" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"]}]}", "action: expected a non-empty string" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": \"ALLOW\"}]}", "unknown action \"ALLOW\"" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\", \"includes\": {\"caps\": [\"SYS_ADMIN\"]}}]}",
		  "unknown capability \"SYS_ADMIN\"" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\", \"includes\": {\"minKernel\": \"4\"}}]}",
		  "minKernel: expected MAJOR.MINOR" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\", \"includes\": {\"minKernel\": \"4.x\"}}]}",
		  "minKernel: expected MAJOR.MINOR" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\", \"includes\": {\"kernel\": \"4.8\"}}]}",
		  "includes: unknown key \"kernel\"" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\", \"excludes\": []}]}",
		  "excludes: expected an object" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\",\n \"args\": [{\"index\": 6, \"value\": 1, \"op\": \"SCMP_CMP_EQ\"}]}]}",
		  "t.json:2:21: syscalls[0].args[0].index: must be 0 to 5" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": [{\"value\": 1, \"op\": \"SCMP_CMP_EQ\"}]}]}",
		  "index is missing" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": [{\"index\": 0, \"value\": -1, \"op\": \"SCMP_CMP_EQ\"}]}]}",
		  "value: expected a non-negative integer" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": [{\"index\": 0, \"value\": 18446744073709551616, \"op\": \"SCMP_CMP_EQ\"}]}]}",
		  "below 2^64" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": [{\"index\": 0, \"op\": \"SCMP_CMP_SOMETIMES\"}]}]}",
		  "unknown operator \"SCMP_CMP_SOMETIMES\"" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": [1,2,3,4,5,6,7]}]}",
		  "at most 6 conditions" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ERRNO\", \"errnoRet\": 99999}]}",
		  "expected an errno number" },
		{ "{\"defaultAction\": \"SCMP_ACT_ERRNO\"}\n---\n{}\n", "t.json" },
	};
	for (size_t i = 0; i < BH_ARRAY_SIZE(cases); i++) {
		sp_profile p;
		char err[512] = "";
		int rc = parse(cases[i].json, amd64_5_10(), &p, err, sizeof err);
		if (rc == -1 && strstr(err, cases[i].want) && bh_starts_with(err, "t.json")) {
			check_passed++;
		} else {
			check_failed++;
			fprintf(stderr, "bad case %zu: rc %d, message \"%s\", want \"%s\"\n", i, rc, err, cases[i].want);
			if (rc == 0)
				sp_profile_free(&p);
		}
	}
	/* files: a missing one and a directory are named */
	sp_profile p;
	char err[512];
	CHECK_INT(sp_profile_load("/nonexistent/profile.json", amd64_5_10(), &p, err, sizeof err), -1);
	CHECK(strstr(err, "/nonexistent/profile.json: No such file") != NULL);
	CHECK_INT(sp_profile_load("/", amd64_5_10(), &p, err, sizeof err), -1);
	CHECK(strstr(err, "/: not a regular file") != NULL);
}

/* What Docker's default profile refuses to a container without extra
 * capabilities (its documentation lists them); ours must refuse them too. */
static const char *const docker_blocked[] = {
	"acct", "add_key", "bpf", "clock_adjtime", "clock_settime", "clone3", "create_module", "delete_module",
	"finit_module", "fsconfig", "fsmount", "fsopen", "fspick", "get_kernel_syms", "get_mempolicy", "init_module",
	"io_uring_enter", "io_uring_register", "io_uring_setup", "ioperm", "iopl", "kexec_file_load", "kexec_load",
	"keyctl", "lookup_dcookie", "mbind", "mount", "mount_setattr", "move_mount", "move_pages", "name_to_handle_at",
	"nfsservctl", "open_by_handle_at", "open_tree", "perf_event_open", "pivot_root", "query_module", "quotactl",
	"reboot", "request_key", "set_mempolicy", "setns", "settimeofday", "stime", "swapoff", "swapon", "sysfs",
	"_sysctl", "umount", "umount2", "unshare", "uselib", "userfaultfd", "ustat", "vm86", "vm86old", "adjtimex",
	"syslog", "vhangup", "chroot", "sethostname", "setdomainname", "fanotify_init", "modify_ldt",
};

static void test_default_profile(void)
{
	/* the compiled-in copy is the shipped file */
	size_t len = 0;
	char *file = bh_read_file("../data/seccomp/default.json", 1 << 22, &len);
	CHECK(file != NULL);
	CHECK(file && len == bh_seccomp_default_json_len && !memcmp(file, bh_seccomp_default_json, len));
	free(file);

	sp_profile p;
	char err[512];
	sp_env none = env_of("amd64", "SCMP_ARCH_X86_64", 6, 1, NULL, 0);
	CHECK_INT(sp_profile_default(&none, &p, err, sizeof err), 0);
	CHECK_STR(p.default_action, "SCMP_ACT_ERRNO");
	CHECK(p.has_default_errno && p.default_errno == 1);
	CHECK_INT(p.narchs, 3);
	for (size_t i = 0; i < BH_ARRAY_SIZE(docker_blocked); i++)
		if (allowed_any(&p, docker_blocked[i])) {
			check_failed++;
			fprintf(stderr, "default profile allows %s\n", docker_blocked[i]);
		} else
			check_passed++;
	/* ordinary programs' syscalls */
	static const char *const needed[] = { "read", "write", "openat", "execve", "mmap", "futex", "rt_sigaction", "exit_group",
					      "wait4", "pipe2", "getdents64", "statx", "arch_prctl", "set_robust_list", "rseq" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(needed); i++)
		CHECK(allowed_plain(&p, needed[i]));
	/* clone only without namespace flags, clone3 falls back, and nothing that reads other processes */
	const sp_rule *r = rule_for(&p, "clone");
	CHECK(r && r->nargs == 1 && !strcmp(r->args[0].op, "SCMP_CMP_MASKED_EQ") && r->args[0].value == 0x7E020000);
	r = rule_for(&p, "clone3");
	CHECK(r && !strcmp(r->action, "SCMP_ACT_ERRNO") && r->errno_ret == 38);
	CHECK(!allowed_any(&p, "ptrace") && !allowed_any(&p, "process_vm_readv") && !allowed_any(&p, "kcmp"));
	CHECK(!allowed_plain(&p, "personality") && allowed_any(&p, "personality"));
	CHECK(!allowed_plain(&p, "socket") && allowed_any(&p, "socket"));
	sp_profile_free(&p);

	/* CAP_SYS_ADMIN: mount, unshare, setns, plain clone and clone3, as Docker's profile */
	static const char *const admin[] = { "CAP_SYS_ADMIN" };
	sp_env with = env_of("amd64", "SCMP_ARCH_X86_64", 6, 1, admin, 1);
	CHECK_INT(sp_profile_default(&with, &p, err, sizeof err), 0);
	static const char *const enabled[] = { "mount", "umount2", "unshare", "setns", "clone", "clone3", "bpf", "perf_event_open",
					       "sethostname" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(enabled); i++)
		CHECK(allowed_plain(&p, enabled[i]));
	/* no masked clone rule, and no ENOSYS for clone3 */
	for (size_t i = 0; i < p.nrules; i++)
		CHECK(!(p.rules[i].nargs && !strcmp(p.rules[i].names[0], "clone")) && strcmp(p.rules[i].action, "SCMP_ACT_ERRNO"));
	CHECK(!allowed_any(&p, "keyctl") && !allowed_any(&p, "kexec_load") && !allowed_any(&p, "init_module") &&
	      !allowed_any(&p, "pivot_root"));
	sp_profile_free(&p);

	/* CAP_SYS_PTRACE: only on kernels from 4.8 */
	static const char *const ptr[] = { "CAP_SYS_PTRACE" };
	sp_env new_k = env_of("amd64", "SCMP_ARCH_X86_64", 4, 8, ptr, 1), old_k = env_of("amd64", "SCMP_ARCH_X86_64", 4, 4, ptr, 1);
	CHECK_INT(sp_profile_default(&new_k, &p, err, sizeof err), 0);
	CHECK(allowed_plain(&p, "ptrace"));
	sp_profile_free(&p);
	CHECK_INT(sp_profile_default(&old_k, &p, err, sizeof err), 0);
	CHECK(!allowed_any(&p, "ptrace"));
	sp_profile_free(&p);

	/* the runtime's generated config carries it, and --seccomp unconfined drops it */
	rt_spec_params sp;
	rt_spec_params_default(&sp);
	char *cfg = rt_spec_json(&sp);
	CHECK(strstr(cfg, "\"defaultAction\": \"SCMP_ACT_ERRNO\"") && strstr(cfg, "\"openat\""));
	free(cfg);
	sp.seccomp_unconfined = true;
	cfg = rt_spec_json(&sp);
	CHECK(!strstr(cfg, "\"seccomp\""));
	free(cfg);
}

int main(void)
{
	test_conditions();
	test_archs();
	test_args_and_output();
	test_bad_input();
	test_default_profile();
	return check_summary();
}
