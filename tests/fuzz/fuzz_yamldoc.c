/* libFuzzer target: the YAML/JSON reader and every accessor over its tree.
 * Aliases share nodes, so the walk is bounded by a visit budget: a tree that
 * needs more visits than that is an alias bomb the reader must stay cheap on,
 * not one its users may expand. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/yamldoc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void walk(const ynode *n, int depth, size_t *budget)
{
	if (!n || depth > 300 || *budget == 0)
		return;
	(*budget)--;
	bool b;
	int64_t v;
	(void)yis_null(n);
	(void)ybool(n, &b);
	(void)yint(n, &v);
	if (n->kind == YN_SCALAR) {
		const char *s = yscalar(n);
		if (s && s[n->len] != '\0')
			__builtin_trap(); /* scalars must be NUL-terminated at len */
		return;
	}
	if (yis_map(n)) {
		for (size_t i = 0; i < ymap_size(n); i++) {
			const char *k = yscalar(ymap_key_at(n, i));
			if (k)
				(void)ymap_get(n, k);
			walk(ymap_key_at(n, i), depth + 1, budget);
			walk(ymap_val_at(n, i), depth + 1, budget);
		}
		return;
	}
	for (size_t i = 0; i < n->n; i++)
		walk(n->items[i], depth + 1, budget);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ydoc_set set;
	yerror err;
	if (ydoc_parse((const char *)data, size, &set, &err) == 0) {
		size_t budget = 100000;
		for (size_t i = 0; i < set.ndocs; i++)
			walk(set.docs[i], 0, &budget);
		ydoc_free(&set);
	} else if (err.message[0] == '\0') {
		__builtin_trap(); /* an error must say what is wrong */
	}
	return 0;
}
