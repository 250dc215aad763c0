/* /etc/subuid and /etc/subgid (shadow's subid(5)): NAME:START:COUNT per line,
 * NAME a user name or uid. Rootless `bulkhead run` maps container ids 1..N
 * onto the first range of the invoking user. */
#ifndef BH_RT_SUBID_H
#define BH_RT_SUBID_H

#include <stdbool.h>
#include <stddef.h>

typedef struct rt_subid_result {
	unsigned start, count;  /* the range, when found */
	size_t nbad;            /* malformed lines, skipped */
	unsigned first_bad;     /* line number of the first one */
} rt_subid_result;

/* The first range of the user called name (may be NULL) or numbered id in
 * text (len bytes, any content). true when found. */
bool rt_subid_find(const char *text, size_t len, const char *name, unsigned id, rt_subid_result *r);

#endif
