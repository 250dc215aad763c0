/* The derived package index (schema 3): for every advisory row, everything
 * the matcher needs — its ranges and listed versions (package_advisory), the
 * other ids of the vulnerability and the severity, CVSS, summary and link
 * the report shows (package_advisory_report) — with the rows of one package
 * consecutive and found through package_key. Matching a package is then one
 * search instead of one per range, record and alias. The tables are derived
 * from the others (docs/vuln-db.md): an import empties them, and the update
 * that changed the data rebuilds them before it commits. */
#ifndef BH_VULN_DERIVE_H
#define BH_VULN_DERIVE_H

#include <stdbool.h>
#include <stddef.h>
#include <sqlite3.h>

#include "core/strbuf.h"

/* True when package_advisory is empty but affected is not: an import since
 * the last rebuild, or a database migrated from schema 2. */
bool bh_vulndb_derive_needed(sqlite3 *db);

/* Rebuilds the three tables from the source tables, one advisory row at a
 * time (memory does not grow with the database). -1 with the SQLite
 * message in err. */
int bh_vulndb_derive(sqlite3 *db, char *err, size_t errlen);

/* The lists in the derived tables' BLOB columns (ranges, versions, aliases):
 * a sequence of items, each a tag byte — '=' then the value's bytes, or '-'
 * for none — and a terminating NUL. Values never contain NUL (they were C
 * strings), so an item's value can be used in place. */
void bh_vlist_add(strbuf *b, const char *value);

typedef struct bh_vlist {
	const char *p, *end;
} bh_vlist;

/* false when the blob cannot be a list: it does not end in a NUL (a
 * damaged database). */
bool bh_vlist_init(bh_vlist *l, const void *blob, int len);
/* 1 with *value set (NULL for none), 0 at the end, -1 when the item is
 * damaged (an unknown tag, a value after '-'). Items are checked as they
 * are read, so a list costs one pass (the matcher reads ~300,000 of them
 * for 10,000 packages). Only call after a successful bh_vlist_init. */
int bh_vlist_next(bh_vlist *l, const char **value);
/* The same, with the value's length in *len (0 for none). */
int bh_vlist_next_n(bh_vlist *l, const char **value, size_t *len);

#endif
