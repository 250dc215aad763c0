/* The secret pattern database linked into bulkhead (serialized at build
 * time) is the one the patterns compile to now, and the scanner uses it. */
#include <hs/hs.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "core/secret_stream.h"

extern const unsigned char bh_secret_db_serialized[];
extern const size_t bh_secret_db_serialized_len;

typedef struct {
	int lines[8];
	int n;
} seen;

static void on_line(void *arg, const char *line, size_t n, int lineno)
{
	(void)line;
	(void)n;
	seen *s = arg;
	if (s->n < 8)
		s->lines[s->n++] = lineno;
}

int main(void)
{
	CHECK(bh_secret_db_embedded());

	/* the same bytes as compiling the patterns here: a stale build would differ */
	char *error = NULL;
	hs_database_t *db = bh_secret_db_compile(&error);
	CHECK(db != NULL);
	char *bytes = NULL;
	size_t len = 0;
	CHECK(db && hs_serialize_database(db, &bytes, &len) == HS_SUCCESS);
	CHECK_INT(len, bh_secret_db_serialized_len);
	CHECK(bytes && len == bh_secret_db_serialized_len && !memcmp(bytes, bh_secret_db_serialized, len));
	free(bytes);
	hs_free_database(db);
	free(error);

	/* a scanner built on it finds candidates on the lines that hold them */
	seen s = { 0 };
	bh_secret_stream *st = bh_secret_stream_new(on_line, &s);
	const char text[] = "plain line\n"
			    "token = ghp_0123456789abcdefghijABCDEFGHIJ012345\n"
			    "nothing here\n"
			    "-----BEGIN OPENSSH PRIVATE KEY-----\n";
	bh_secret_stream_begin(st);
	CHECK_INT(bh_secret_stream_feed(st, text, sizeof text - 1), 0);
	bh_secret_stream_end(st);
	bh_secret_stream_free(st);
	CHECK_INT(s.n, 2);
	CHECK_INT(s.lines[0], 2);
	CHECK_INT(s.lines[1], 4);
	return check_summary();
}
