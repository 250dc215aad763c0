/* Capabilities (libcap) and seccomp (libseccomp) for the container process. */
#include "runtime/rt_int.h"
#include "core/util.h"

#include <ctype.h>
#include <errno.h>
#include <seccomp.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/capability.h>
#include <sys/prctl.h>

/* ---- capabilities ------------------------------------------------------ */

int rt_cap_last(void)
{
	static const int fallback = CAP_LAST_CAP;
	FILE *f = fopen("/proc/sys/kernel/cap_last_cap", "re");
	int last = fallback;
	if (f) {
		if (fscanf(f, "%d", &last) != 1 || last < 0 || last > 63)
			last = fallback;
		fclose(f);
	}
	return last;
}

char *rt_cap_name(int c)
{
	char *lower = cap_to_name((cap_value_t)c);
	char *out = bh_strdup(lower ? lower : "");
	cap_free(lower);
	for (char *p = out; *p; p++)
		*p = (char)toupper((unsigned char)*p);
	return out;
}

int rt_cap_parse(const char *name, int *cap)
{
	if (strncasecmp(name, "CAP_", 4) != 0)
		return -1;
	cap_value_t v;
	if (cap_from_name(name, &v) < 0 || v < 0 || v > 63)
		return -1;
	*cap = (int)v;
	return 0;
}

int rt_caps_bound(const rt_spec *sp, rt_err *e)
{
	int last = rt_cap_last();
	for (int c = 0; c <= last; c++) {
		if (sp->caps[RT_CAP_BOUNDING] & (1ull << c))
			continue;
		if (cap_drop_bound((cap_value_t)c) < 0 && errno != EINVAL)
			return rt_fail(e, errno, "dropping capability %d from the bounding set", c);
	}
	return 0;
}

int rt_caps_apply(const rt_spec *sp, rt_err *e)
{
	int last = rt_cap_last();
	cap_t caps = cap_init();
	if (!caps)
		return rt_fail(e, errno, "cap_init");
	static const cap_flag_t flags[] = { CAP_EFFECTIVE, CAP_INHERITABLE, CAP_PERMITTED };
	static const int sets[] = { RT_CAP_EFFECTIVE, RT_CAP_INHERITABLE, RT_CAP_PERMITTED };
	for (size_t s = 0; s < 3; s++)
		for (int c = 0; c <= last; c++) {
			if (!(sp->caps[sets[s]] & (1ull << c)))
				continue;
			cap_value_t v = c;
			if (cap_set_flag(caps, flags[s], 1, &v, CAP_SET) < 0) {
				cap_free(caps);
				return rt_fail(e, errno, "cap_set_flag");
			}
		}
	if (cap_set_proc(caps) < 0) {
		cap_free(caps);
		return rt_fail(e, errno, "setting capabilities");
	}
	cap_free(caps);
	if (cap_reset_ambient() < 0 && errno != EINVAL)
		return rt_fail(e, errno, "clearing ambient capabilities");
	for (int c = 0; c <= last; c++) {
		if (!(sp->caps[RT_CAP_AMBIENT] & (1ull << c)))
			continue;
		/* As runc: an ambient capability not also permitted and inheritable is skipped. */
		if (cap_set_ambient((cap_value_t)c, CAP_SET) < 0 && errno != EPERM)
			return rt_fail(e, errno, "raising ambient capability %d", c);
	}
	return 0;
}

/* ---- seccomp ----------------------------------------------------------- */

const char *const rt_seccomp_action_names[] = {
	"SCMP_ACT_KILL", "SCMP_ACT_KILL_PROCESS", "SCMP_ACT_KILL_THREAD", "SCMP_ACT_TRAP", "SCMP_ACT_ERRNO",
	"SCMP_ACT_TRACE", "SCMP_ACT_ALLOW", "SCMP_ACT_LOG", NULL,
};

int rt_seccomp_parse_action(const char *name, int64_t errno_ret, bool has_errno, uint32_t *out)
{
	if (has_errno && (errno_ret < 0 || errno_ret > 0xffff))
		return -1;
	uint16_t ret = has_errno ? (uint16_t)errno_ret : EPERM;
	if (!strcmp(name, "SCMP_ACT_KILL") || !strcmp(name, "SCMP_ACT_KILL_THREAD"))
		*out = SCMP_ACT_KILL_THREAD;
	else if (!strcmp(name, "SCMP_ACT_KILL_PROCESS"))
		*out = SCMP_ACT_KILL_PROCESS;
	else if (!strcmp(name, "SCMP_ACT_TRAP"))
		*out = SCMP_ACT_TRAP;
	else if (!strcmp(name, "SCMP_ACT_ERRNO"))
		*out = SCMP_ACT_ERRNO(ret);
	else if (!strcmp(name, "SCMP_ACT_TRACE"))
		*out = SCMP_ACT_TRACE(ret);
	else if (!strcmp(name, "SCMP_ACT_ALLOW"))
		*out = SCMP_ACT_ALLOW;
	else if (!strcmp(name, "SCMP_ACT_LOG"))
		*out = SCMP_ACT_LOG;
	else
		return -1;
	return 0;
}

static const struct {
	const char *name;
	uint32_t arch;
} archs[] = {
	{ "SCMP_ARCH_X86", SCMP_ARCH_X86 },           { "SCMP_ARCH_X86_64", SCMP_ARCH_X86_64 },
	{ "SCMP_ARCH_X32", SCMP_ARCH_X32 },           { "SCMP_ARCH_ARM", SCMP_ARCH_ARM },
	{ "SCMP_ARCH_AARCH64", SCMP_ARCH_AARCH64 },   { "SCMP_ARCH_MIPS", SCMP_ARCH_MIPS },
	{ "SCMP_ARCH_MIPS64", SCMP_ARCH_MIPS64 },     { "SCMP_ARCH_MIPS64N32", SCMP_ARCH_MIPS64N32 },
	{ "SCMP_ARCH_MIPSEL", SCMP_ARCH_MIPSEL },     { "SCMP_ARCH_MIPSEL64", SCMP_ARCH_MIPSEL64 },
	{ "SCMP_ARCH_MIPSEL64N32", SCMP_ARCH_MIPSEL64N32 }, { "SCMP_ARCH_PPC", SCMP_ARCH_PPC },
	{ "SCMP_ARCH_PPC64", SCMP_ARCH_PPC64 },       { "SCMP_ARCH_PPC64LE", SCMP_ARCH_PPC64LE },
	{ "SCMP_ARCH_S390", SCMP_ARCH_S390 },         { "SCMP_ARCH_S390X", SCMP_ARCH_S390X },
	{ "SCMP_ARCH_RISCV64", SCMP_ARCH_RISCV64 },
};

const char *const rt_seccomp_arch_names[] = {
	"SCMP_ARCH_X86", "SCMP_ARCH_X86_64", "SCMP_ARCH_X32", "SCMP_ARCH_ARM", "SCMP_ARCH_AARCH64",
	"SCMP_ARCH_MIPS", "SCMP_ARCH_MIPS64", "SCMP_ARCH_MIPS64N32", "SCMP_ARCH_MIPSEL", "SCMP_ARCH_MIPSEL64",
	"SCMP_ARCH_MIPSEL64N32", "SCMP_ARCH_PPC", "SCMP_ARCH_PPC64", "SCMP_ARCH_PPC64LE", "SCMP_ARCH_S390",
	"SCMP_ARCH_S390X", "SCMP_ARCH_RISCV64", NULL,
};

int rt_seccomp_parse_arch(const char *name, uint32_t *out)
{
	for (size_t i = 0; i < BH_ARRAY_SIZE(archs); i++)
		if (!strcmp(name, archs[i].name)) {
			*out = archs[i].arch;
			return 0;
		}
	return -1;
}

const char *const rt_seccomp_op_names[] = {
	"SCMP_CMP_NE", "SCMP_CMP_LT", "SCMP_CMP_LE", "SCMP_CMP_EQ", "SCMP_CMP_GE", "SCMP_CMP_GT", "SCMP_CMP_MASKED_EQ", NULL,
};

int rt_seccomp_parse_op(const char *name, int *op)
{
	static const int ops[] = { SCMP_CMP_NE, SCMP_CMP_LT, SCMP_CMP_LE, SCMP_CMP_EQ, SCMP_CMP_GE, SCMP_CMP_GT, SCMP_CMP_MASKED_EQ };
	for (size_t i = 0; i < BH_ARRAY_SIZE(ops); i++)
		if (!strcmp(name, rt_seccomp_op_names[i])) {
			*op = ops[i];
			return 0;
		}
	return -1;
}

static int add_rule(scmp_filter_ctx ctx, const rt_sc_rule *r, int nr, const char *name, rt_err *e)
{
	struct scmp_arg_cmp cmps[6];
	for (size_t k = 0; k < r->nargs; k++)
		cmps[k] = (struct scmp_arg_cmp){ .arg = r->args[k].index, .op = (enum scmp_compare)r->args[k].op,
						 .datum_a = r->args[k].value, .datum_b = r->args[k].value_two };
	/* Conditions on distinct arguments form one rule (all must match); several
	 * conditions on the same argument become one rule each (any may match), as runc does. */
	bool distinct = true;
	for (size_t a = 0; a < r->nargs; a++)
		for (size_t b = a + 1; b < r->nargs; b++)
			distinct &= r->args[a].index != r->args[b].index;
	int rc;
	if (distinct) {
		rc = seccomp_rule_add_array(ctx, r->action, nr, (unsigned)r->nargs, r->nargs ? cmps : NULL);
		if (rc < 0)
			return rt_fail(e, -rc, "seccomp rule for %s", name);
		return 0;
	}
	for (size_t k = 0; k < r->nargs; k++) {
		rc = seccomp_rule_add_array(ctx, r->action, nr, 1, &cmps[k]);
		if (rc < 0)
			return rt_fail(e, -rc, "seccomp rule for %s", name);
	}
	return 0;
}

int rt_seccomp_load(const rt_seccomp *sc, rt_err *e)
{
	if (!sc->present)
		return 0;
	scmp_filter_ctx ctx = seccomp_init(sc->default_action);
	if (!ctx)
		return rt_fail(e, 0, "seccomp_init failed");
	int rc;
	/* no_new_privs is the spec's decision (process.noNewPrivileges), not libseccomp's. */
	if ((rc = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0)) < 0 ||
	    (sc->flag_log && (rc = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_LOG, 1)) < 0) ||
	    (sc->flag_spec_allow && (rc = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_SSB, 1)) < 0)) {
		seccomp_release(ctx);
		return rt_fail(e, -rc, "seccomp attributes");
	}
	for (size_t i = 0; i < sc->narchs; i++) {
		rc = seccomp_arch_add(ctx, sc->archs[i]);
		if (rc < 0 && rc != -EEXIST) {
			seccomp_release(ctx);
			return rt_fail(e, -rc, "seccomp architecture 0x%x", sc->archs[i]);
		}
	}
	for (size_t i = 0; i < sc->nrules; i++) {
		const rt_sc_rule *r = &sc->rules[i];
		if (r->action == sc->default_action)
			continue; /* libseccomp refuses rules that repeat the default */
		for (size_t n = 0; n < r->nnames; n++) {
			int nr = seccomp_syscall_resolve_name(r->names[n]);
			if (nr == __NR_SCMP_ERROR)
				continue; /* unknown to this kernel/libseccomp: nothing to filter, as runc */
			if (add_rule(ctx, r, nr, r->names[n], e) < 0) {
				seccomp_release(ctx);
				return -1;
			}
		}
	}
	rc = seccomp_load(ctx);
	seccomp_release(ctx);
	if (rc < 0)
		return rt_fail(e, -rc, "loading the seccomp filter");
	return 0;
}
