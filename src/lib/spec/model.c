#include "spec/model.h"
#include "core/util.h"

#include <string.h>
#include <strings.h>

const char *cs_format_name(cs_format f)
{
	switch (f) {
	case CS_FMT_INSPECT:
		return "docker inspect";
	case CS_FMT_COMPOSE:
		return "compose";
	case CS_FMT_K8S:
		return "kubernetes";
	case CS_FMT_OCI:
		return "oci";
	default:
		return "unknown";
	}
}

void cs_set_init(cs_set *s)
{
	memset(s, 0, sizeof *s);
}

void cs_set_release(cs_set *s)
{
	for (size_t i = 0; i < s->n; i++) {
		cs_spec *sp = &s->items[i];
		free(sp->cap_add.items);
		free(sp->cap_drop.items);
		free(sp->devices.items);
		free(sp->mounts);
		free(sp->ports);
		free(sp->env);
		free(sp->sysctls);
	}
	for (size_t i = 0; i < s->nstrs; i++)
		free(s->strs[i]);
	free(s->items);
	free(s->strs);
	cs_set_init(s);
}

cs_spec *cs_set_add(cs_set *s, cs_format fmt, const char *path)
{
	cs_spec *sp = BH_ARRAY_PUSH(s->items, s->n, s->alloc);
	memset(sp, 0, sizeof *sp);
	sp->format = fmt;
	sp->path = cs_set_str(s, path);
	return sp;
}

const char *cs_set_own(cs_set *s, char *str)
{
	if (str)
		*BH_ARRAY_PUSH(s->strs, s->nstrs, s->strs_alloc) = str;
	return str;
}

const char *cs_set_str(cs_set *s, const char *str)
{
	return str ? cs_set_own(s, bh_strdup(str)) : NULL;
}

const char *cs_set_strn(cs_set *s, const char *str, size_t n)
{
	return str ? cs_set_own(s, bh_strndup(str, n)) : NULL;
}

void cs_strlist_push(cs_strlist *l, const char *v, cs_pos pos)
{
	cs_str *x = BH_ARRAY_PUSH(l->items, l->n, l->alloc);
	x->v = v;
	x->pos = pos;
}

bool cs_strlist_has(const cs_strlist *l, const char *v)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->items[i].v && !strcasecmp(l->items[i].v, v))
			return true;
	return false;
}

cs_mount *cs_spec_add_mount(cs_spec *sp)
{
	cs_mount *m = BH_ARRAY_PUSH(sp->mounts, sp->nmounts, sp->mounts_alloc);
	memset(m, 0, sizeof *m);
	return m;
}

cs_port *cs_spec_add_port(cs_spec *sp)
{
	cs_port *p = BH_ARRAY_PUSH(sp->ports, sp->nports, sp->ports_alloc);
	memset(p, 0, sizeof *p);
	return p;
}

cs_kv *cs_spec_add_env(cs_spec *sp)
{
	cs_kv *k = BH_ARRAY_PUSH(sp->env, sp->nenv, sp->env_alloc);
	memset(k, 0, sizeof *k);
	return k;
}

cs_kv *cs_spec_add_sysctl(cs_spec *sp)
{
	cs_kv *k = BH_ARRAY_PUSH(sp->sysctls, sp->nsysctls, sp->sysctls_alloc);
	memset(k, 0, sizeof *k);
	return k;
}
