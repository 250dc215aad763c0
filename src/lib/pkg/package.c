#include "pkg/package.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

bh_package *bh_package_add(bh_package_list *l)
{
	bh_package *p = BH_ARRAY_PUSH(l->items, l->n, l->alloc);
	memset(p, 0, sizeof *p);
	p->layer = -1;
	return p;
}

void bh_package_list_free(bh_package_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		bh_package *p = &l->items[i];
		free(p->type);
		free(p->name);
		free(p->version);
		free(p->source_name);
		free(p->source_version);
		free(p->distro);
		free(p->distro_release);
		free(p->purl);
		free(p->license);
		free(p->license_name);
		free(p->path);
	}
	free(l->items);
	memset(l, 0, sizeof *l);
}
