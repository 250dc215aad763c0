/* Device rules on cgroup v2: the v2 hierarchy has no devices.allow; the
 * kernel asks a BPF_PROG_TYPE_CGROUP_DEVICE program attached to the group
 * instead. The program is built here from the same rules the v1 devices
 * controller gets (the spec's, then the devices every container gets, then
 * linux.devices), checked last rule first so that the last match wins, as in
 * v1; no match denies. */
#include "runtime/rt_int.h"
#include "core/util.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/bpf.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

typedef struct {
	char type; /* 'a', 'b' or 'c' */
	int64_t major, minor; /* -1: any */
	unsigned access; /* BPF_DEVCG_ACC_* bits */
	bool allow;
} dev_rule;

static unsigned access_bits(const char *a)
{
	unsigned bits = 0;
	for (; *a; a++)
		bits |= *a == 'r' ? BPF_DEVCG_ACC_READ : *a == 'w' ? BPF_DEVCG_ACC_WRITE : *a == 'm' ? BPF_DEVCG_ACC_MKNOD : 0;
	return bits;
}

static struct bpf_insn insn(uint8_t code, uint8_t dst, uint8_t src, int16_t off, int32_t imm)
{
	struct bpf_insn i = { .code = code, .dst_reg = dst, .src_reg = src, .off = off, .imm = imm };
	return i;
}

/* Instructions one rule takes; the jumps skip to the next rule. */
static int rule_len(const dev_rule *r)
{
	int n = 2; /* r0 = allow; exit */
	if (r->type != 'a')
		n++;
	if (r->access != (BPF_DEVCG_ACC_READ | BPF_DEVCG_ACC_WRITE | BPF_DEVCG_ACC_MKNOD))
		n += 3;
	if (r->major >= 0)
		n++;
	if (r->minor >= 0)
		n++;
	return n;
}

/* ctx: u32 access_type (access << 16 | type), u32 major, u32 minor.
 * r2 = type, r3 = access, r4 = major, r5 = minor. */
static struct bpf_insn *build(const dev_rule *rules, size_t n, size_t *len)
{
	size_t cap = 8;
	for (size_t i = 0; i < n; i++)
		cap += (size_t)rule_len(&rules[i]);
	struct bpf_insn *p = bh_calloc(cap, sizeof *p);
	size_t k = 0;
	p[k++] = insn(BPF_LDX | BPF_W | BPF_MEM, 2, 1, 0, 0);
	p[k++] = insn(BPF_ALU | BPF_AND | BPF_K, 2, 0, 0, 0xffff);
	p[k++] = insn(BPF_LDX | BPF_W | BPF_MEM, 3, 1, 0, 0);
	p[k++] = insn(BPF_ALU | BPF_RSH | BPF_K, 3, 0, 0, 16);
	p[k++] = insn(BPF_LDX | BPF_W | BPF_MEM, 4, 1, 4, 0);
	p[k++] = insn(BPF_LDX | BPF_W | BPF_MEM, 5, 1, 8, 0);
	bool unconditional = false;
	for (size_t i = n; i-- > 0 && !unconditional;) {
		const dev_rule *r = &rules[i];
		/* a rule matching everything ends the program: the verifier
		 * refuses the unreachable instructions that would follow */
		unconditional = rule_len(r) == 2;
		int left = rule_len(r); /* instructions of this rule not yet written */
		/* a jump at this point skips the rest of the rule */
#define SKIP (int16_t)(left - 1)
		if (r->type != 'a') {
			p[k++] = insn(BPF_JMP | BPF_JNE | BPF_K, 2, 0, SKIP, r->type == 'b' ? BPF_DEVCG_DEV_BLOCK : BPF_DEVCG_DEV_CHAR);
			left--;
		}
		if (r->access != (BPF_DEVCG_ACC_READ | BPF_DEVCG_ACC_WRITE | BPF_DEVCG_ACC_MKNOD)) {
			/* the rule covers the request when the request asks nothing more */
			p[k++] = insn(BPF_ALU64 | BPF_MOV | BPF_X, 0, 3, 0, 0);
			left--;
			p[k++] = insn(BPF_ALU64 | BPF_AND | BPF_K, 0, 0, 0, (int32_t)~r->access & 7);
			left--;
			p[k++] = insn(BPF_JMP | BPF_JNE | BPF_K, 0, 0, SKIP, 0);
			left--;
		}
		if (r->major >= 0) {
			p[k++] = insn(BPF_JMP | BPF_JNE | BPF_K, 4, 0, SKIP, (int32_t)r->major);
			left--;
		}
		if (r->minor >= 0) {
			p[k++] = insn(BPF_JMP | BPF_JNE | BPF_K, 5, 0, SKIP, (int32_t)r->minor);
			left--;
		}
#undef SKIP
		p[k++] = insn(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, r->allow ? 1 : 0);
		p[k++] = insn(BPF_JMP | BPF_EXIT, 0, 0, 0, 0);
	}
	if (!unconditional) {
		p[k++] = insn(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, 0);
		p[k++] = insn(BPF_JMP | BPF_EXIT, 0, 0, 0, 0);
	}
	*len = k;
	return p;
}

static int bpf(int cmd, union bpf_attr *attr)
{
	return (int)syscall(SYS_bpf, cmd, attr, sizeof *attr);
}

int rt_cgroup_v2_devices(const rt_spec *sp, const char *dir, rt_err *e)
{
	const rt_resources *res = &sp->res;
	size_t nmax = res->ndevices + rt_cgroup_ndefault_devices + sp->ndevices, n = 0;
	dev_rule *rules = bh_calloc(nmax + 1, sizeof *rules);
	for (size_t i = 0; i < res->ndevices; i++) {
		const rt_dev_rule *d = &res->devices[i];
		rules[n++] = (dev_rule){ d->type, d->type == 'a' ? -1 : d->major, d->type == 'a' ? -1 : d->minor,
					 d->type == 'a' ? 7u : access_bits(d->access), d->allow };
	}
	for (size_t i = 0; i < rt_cgroup_ndefault_devices; i++) {
		char type, min[16];
		long long major;
		dev_rule *r = &rules[n];
		if (sscanf(rt_cgroup_default_devices[i], "%c %lld:%15[0-9*]", &type, &major, min) != 3)
			continue;
		*r = (dev_rule){ type, major, !strcmp(min, "*") ? -1 : strtoll(min, NULL, 10), 7u, true };
		n++;
	}
	for (size_t i = 0; i < sp->ndevices; i++)
		rules[n++] = (dev_rule){ sp->devices[i].type == 'b' ? 'b' : 'c', sp->devices[i].major, sp->devices[i].minor, 7u, true };
	/* rules past the kernel's 4096-instruction limit for an unprivileged
	 * loader would be refused by the verifier anyway; say so plainly */
	if (n > 4000) {
		free(rules);
		return rt_fail(e, 0, "cgroup: %zu device rules; at most 4000 are supported on cgroup v2", n);
	}
	size_t len;
	struct bpf_insn *prog = build(rules, n, &len);
	free(rules);
	char log[4096] = "";
	union bpf_attr attr;
	memset(&attr, 0, sizeof attr);
	attr.prog_type = BPF_PROG_TYPE_CGROUP_DEVICE;
	attr.insns = (uint64_t)(uintptr_t)prog;
	attr.insn_cnt = (uint32_t)len;
	attr.license = (uint64_t)(uintptr_t) "Apache";
	attr.log_buf = (uint64_t)(uintptr_t)log;
	attr.log_size = sizeof log;
	attr.log_level = 1;
	int pfd = bpf(BPF_PROG_LOAD, &attr);
	if (pfd < 0 && errno == ENOSPC) { /* the log was too small: load without it */
		attr.log_buf = 0;
		attr.log_size = 0;
		attr.log_level = 0;
		pfd = bpf(BPF_PROG_LOAD, &attr);
	}
	free(prog);
	if (pfd < 0) {
		int err = errno;
		log[strcspn(log, "\n")] = 0;
		return rt_fail(e, err, "cgroup: loading the device eBPF program for %s%s%s", dir, *log ? ": " : "", log);
	}
	int cfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (cfd < 0) {
		int err = errno;
		close(pfd);
		return rt_fail(e, err, "cgroup: opening %s", dir);
	}
	memset(&attr, 0, sizeof attr);
	attr.target_fd = (uint32_t)cfd;
	attr.attach_bpf_fd = (uint32_t)pfd;
	attr.attach_type = BPF_CGROUP_DEVICE;
	attr.attach_flags = BPF_F_ALLOW_MULTI;
	int rc = bpf(BPF_PROG_ATTACH, &attr);
	int err = errno;
	/* the attachment holds the program; it goes with the group */
	close(cfd);
	close(pfd);
	if (rc < 0)
		return rt_fail(e, err, "cgroup: attaching the device eBPF program to %s", dir);
	return 0;
}
