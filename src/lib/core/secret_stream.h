/* The content scanner's pattern engine: one Vectorscan (Hyperscan API)
 * database of every secret shape core/secret.c knows, run in streaming mode
 * over a file's content as it arrives in chunks of any size. A line in which
 * some pattern matches is a candidate and is handed to a callback (its first
 * BH_SECRET_MAX_LINE bytes and its 1-based number); the callback confirms it
 * with bh_secret_line(). Nothing but the current line's first
 * BH_SECRET_MAX_LINE bytes is kept between chunks. */
#ifndef BH_SECRET_STREAM_H
#define BH_SECRET_STREAM_H

#include <stdbool.h>
#include <stddef.h>

typedef struct bh_secret_stream bh_secret_stream;
typedef void (*bh_secret_line_fn)(void *arg, const char *line, size_t n, int lineno);

/* The pattern database is compiled once per process, on first use; a
 * failure (an unsupported CPU) ends the process with a message. */
bh_secret_stream *bh_secret_stream_new(bh_secret_line_fn fn, void *arg);
/* Starts a new file. */
void bh_secret_stream_begin(bh_secret_stream *s);
/* The next bytes of the file. Returns 0, or -1 when the engine failed. */
int bh_secret_stream_feed(bh_secret_stream *s, const void *buf, size_t len);
/* The file is over: its last line, when it has no newline, is looked at. */
void bh_secret_stream_end(bh_secret_stream *s);
void bh_secret_stream_free(bh_secret_stream *s);

/* The pattern database, compiled now (the build serializes it into the
 * program with it, src/gen/secret_db_gen.c). NULL with *error (to free) set
 * when Vectorscan refuses this CPU or a pattern. */
struct hs_database;
struct hs_database *bh_secret_db_compile(char **error);
/* Whether this program carries the serialized database. */
bool bh_secret_db_embedded(void);

#endif
