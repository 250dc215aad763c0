/* Stage names found through a hash index: looking them up one by one made a
 * Dockerfile of many stages that build on each other quadratic. */
#include "dockerfile/ast.h"
#include "core/util.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Stage names are stored lower-cased; a name is hashed and compared the
 * same way, which is what strcasecmp against it would conclude. */
static uint64_t name_hash(const char *name)
{
	uint64_t h = 1469598103934665603u; /* FNV-1a */
	for (const char *c = name; *c; c++)
		h = (h ^ (unsigned char)tolower((unsigned char)*c)) * 1099511628211u;
	return h;
}

static bool same_name(const char *stored, const char *name)
{
	for (; *stored && (unsigned char)*stored == (unsigned char)tolower((unsigned char)*name); stored++, name++)
		;
	return !*stored && !*name;
}

static size_t *slot_of(const df_file *f, const char *name)
{
	size_t i = (size_t)name_hash(name) & (f->stage_index_cap - 1);
	while (f->stage_index[i] && !same_name(f->stages[f->stage_index[i] - 1].name, name))
		i = (i + 1) & (f->stage_index_cap - 1);
	return &f->stage_index[i];
}

void df_stage_index_add(df_file *f, size_t i)
{
	if (!f->stages[i].name)
		return;
	if ((f->stage_index_n + 1) * 2 > f->stage_index_cap) {
		size_t *old = f->stage_index, oldcap = f->stage_index_cap;
		f->stage_index_cap = oldcap ? oldcap * 2 : 16;
		f->stage_index = bh_calloc(f->stage_index_cap, sizeof *f->stage_index);
		for (size_t k = 0; k < oldcap; k++)
			if (old[k])
				*slot_of(f, f->stages[old[k] - 1].name) = old[k];
		free(old);
	}
	size_t *slot = slot_of(f, f->stages[i].name);
	if (*slot)
		return; /* an earlier stage has this name: lookups find that one */
	*slot = i + 1;
	f->stage_index_n++;
}

int df_stage_find(const df_file *f, const char *name, size_t before)
{
	if (!f->stage_index_cap || !name)
		return -1;
	size_t s = *slot_of(f, name);
	return s && s - 1 < before ? (int)(s - 1) : -1;
}
