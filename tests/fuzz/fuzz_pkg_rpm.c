/* libFuzzer target: the RPM database readers: the input as a Berkeley DB
 * Packages file, as an NDB Packages.db, as an rpmdb.sqlite file, and as one package header in a
 * Packages table built here (so the header parser sees arbitrary bytes). */
#include <sqlite3.h>

#include "fuzz_pkg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_pkg_run(bh_pkg_parse_rpm_bdb, data, size);
	fuzz_pkg_run(bh_pkg_parse_rpm_ndb, data, size);
	fuzz_pkg_run(bh_pkg_parse_rpm_sqlite, data, size);

	sqlite3 *db;
	if (sqlite3_open(":memory:", &db) != SQLITE_OK)
		abort();
	sqlite3_stmt *st;
	if (sqlite3_exec(db, "CREATE TABLE Packages (hnum INTEGER PRIMARY KEY, blob BLOB NOT NULL)", NULL, NULL,
			 NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO Packages (blob) VALUES (?)", -1, &st, NULL) != SQLITE_OK)
		abort();
	sqlite3_bind_blob(st, 1, size ? (const void *)data : "", (int)size, SQLITE_TRANSIENT);
	if (sqlite3_step(st) != SQLITE_DONE)
		abort();
	sqlite3_finalize(st);
	sqlite3_int64 n;
	unsigned char *file = sqlite3_serialize(db, "main", &n, 0);
	sqlite3_close(db);
	if (!file)
		abort();
	fuzz_pkg_run(bh_pkg_parse_rpm_sqlite, file, (size_t)n);
	sqlite3_free(file);
	return 0;
}
