/* The libarchive functions bulkhead uses, resolved from
 * BULKHEAD_ARCHIVE_SONAME on first use (see lazylib.h). */
#include "core/lazylib.h"

#include <archive.h>
#include <archive_entry.h>
#include <stdarg.h>
#include <stdio.h>

static bh_lazylib arc = { .soname = BULKHEAD_ARCHIVE_SONAME };

typedef struct archive A;
typedef struct archive_entry E;

BH_LAZY_FN(arc, A *, archive_read_new, (void), ())
BH_LAZY_FN(arc, int, archive_read_free, (A *a), (a))
BH_LAZY_FN(arc, int, archive_read_support_format_zip, (A *a), (a))
BH_LAZY_FN(arc, int, archive_read_support_format_tar, (A *a), (a))
BH_LAZY_FN(arc, int, archive_read_support_format_gnutar, (A *a), (a))
BH_LAZY_FN(arc, int, archive_read_open,
	   (A *a, void *data, archive_open_callback *o, archive_read_callback *r, archive_close_callback *c),
	   (a, data, o, r, c))
BH_LAZY_FN(arc, int, archive_read_open1, (A *a), (a))
BH_LAZY_FN(arc, int, archive_read_open_memory, (A *a, const void *buf, size_t size), (a, buf, size))
BH_LAZY_FN(arc, int, archive_read_open_filename, (A *a, const char *file, size_t block), (a, file, block))
BH_LAZY_FN(arc, int, archive_read_set_skip_callback, (A *a, archive_skip_callback *cb), (a, cb))
BH_LAZY_FN(arc, int, archive_read_set_read_callback, (A *a, archive_read_callback *cb), (a, cb))
BH_LAZY_FN(arc, int, archive_read_set_callback_data, (A *a, void *data), (a, data))
BH_LAZY_FN(arc, int, archive_read_next_header, (A *a, E **e), (a, e))
BH_LAZY_FN(arc, la_ssize_t, archive_read_data, (A *a, void *buf, size_t size), (a, buf, size))
BH_LAZY_FN(arc, int, archive_read_data_block, (A *a, const void **buf, size_t *size, la_int64_t *off),
	   (a, buf, size, off))
BH_LAZY_FN(arc, int, archive_read_data_skip, (A *a), (a))
BH_LAZY_FN(arc, la_int64_t, archive_filter_bytes, (A *a, int n), (a, n))
BH_LAZY_FN(arc, const char *, archive_error_string, (A *a), (a))

BH_LAZY_FN(arc, A *, archive_write_new, (void), ())
BH_LAZY_FN(arc, int, archive_write_free, (A *a), (a))
BH_LAZY_FN(arc, int, archive_write_close, (A *a), (a))
BH_LAZY_FN(arc, int, archive_write_set_format_pax_restricted, (A *a), (a))
BH_LAZY_FN(arc, int, archive_write_open_fd, (A *a, int fd), (a, fd))
BH_LAZY_FN(arc, int, archive_write_header, (A *a, E *e), (a, e))
BH_LAZY_FN(arc, la_ssize_t, archive_write_data, (A *a, const void *buf, size_t size), (a, buf, size))
BH_LAZY_FN(arc, int, archive_write_finish_entry, (A *a), (a))

BH_LAZY_FN(arc, E *, archive_entry_new, (void), ())
BH_LAZY_VOID(arc, archive_entry_free, (E *e), (e))
BH_LAZY_FN(arc, const char *, archive_entry_pathname, (E *e), (e))
BH_LAZY_FN(arc, const char *, archive_entry_hardlink, (E *e), (e))
BH_LAZY_FN(arc, const char *, archive_entry_symlink, (E *e), (e))
BH_LAZY_FN(arc, mode_t, archive_entry_filetype, (E *e), (e))
BH_LAZY_FN(arc, mode_t, archive_entry_perm, (E *e), (e))
BH_LAZY_FN(arc, la_int64_t, archive_entry_size, (E *e), (e))
BH_LAZY_FN(arc, int, archive_entry_size_is_set, (E *e), (e))
BH_LAZY_FN(arc, la_int64_t, archive_entry_uid, (E *e), (e))
BH_LAZY_FN(arc, la_int64_t, archive_entry_gid, (E *e), (e))
BH_LAZY_FN(arc, int, archive_entry_sparse_count, (E *e), (e))
BH_LAZY_FN(arc, int, archive_entry_xattr_reset, (E *e), (e))
BH_LAZY_FN(arc, int, archive_entry_xattr_next, (E *e, const char **name, const void **value, size_t *size),
	   (e, name, value, size))
BH_LAZY_VOID(arc, archive_entry_set_pathname, (E *e, const char *p), (e, p))
BH_LAZY_VOID(arc, archive_entry_set_filetype, (E *e, unsigned int t), (e, t))
BH_LAZY_VOID(arc, archive_entry_set_perm, (E *e, mode_t m), (e, m))
BH_LAZY_VOID(arc, archive_entry_set_size, (E *e, la_int64_t s), (e, s))

/* The message is formatted here and handed over as "%s". */
void archive_set_error(A *a, int err, const char *fmt, ...)
{
	static void (*real)(A *, int, const char *, ...);
	if (!real)
		real = (void (*)(A *, int, const char *, ...))bh_lazylib_sym(&arc, "archive_set_error");
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	real(a, err, "%s", msg);
}
