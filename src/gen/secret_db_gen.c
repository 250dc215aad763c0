/* bulkhead-secret-db-gen OUT: compiles the secret scanner's Vectorscan
 * database and writes it serialized to OUT, for the build to link into the
 * bulkhead program (cmake/embed_file.cmake). It is compiled for the CPU of
 * the build machine; where the program later runs on a CPU without those
 * instructions, Vectorscan refuses the database and bulkhead compiles the
 * patterns itself (core/secret_stream.c). */
#include <hs/hs.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/secret_stream.h"

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s OUT\n", argv[0]);
		return 2;
	}
	char *error = NULL;
	hs_database_t *db = bh_secret_db_compile(&error);
	if (!db) {
		fprintf(stderr, "%s: cannot compile the secret patterns: %s\n", argv[0], error);
		free(error);
		return 1;
	}
	char *bytes = NULL;
	size_t len = 0;
	if (hs_serialize_database(db, &bytes, &len) != HS_SUCCESS) {
		fprintf(stderr, "%s: cannot serialize the secret pattern database\n", argv[0]);
		hs_free_database(db);
		return 1;
	}
	hs_free_database(db);
	FILE *f = fopen(argv[1], "wb");
	int rc = 0;
	if (!f || fwrite(bytes, 1, len, f) != len || fclose(f) != 0) {
		perror(argv[1]);
		rc = 1;
	}
	free(bytes);
	return rc;
}
