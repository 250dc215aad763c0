/* The sources' temporary file: unlinked from the start, private to the
 * process, and never larger than the load's byte budget. */
#include "image/source.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/util.h"
#include "image/imgint.h"

int bh_spool_open(bh_spool *s, uint64_t max, const char *what, bh_image_error *err)
{
	memset(s, 0, sizeof *s);
	s->max = max;
	s->err = err;
	s->what = what;
	const char *dir = getenv("TMPDIR");
	if (!dir || !*dir)
		dir = "/tmp";
	s->fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
	if (s->fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
		/* file systems without O_TMPFILE: create, then unlink at once */
		char *tmpl = bh_asprintf("%s/bulkhead-spool.XXXXXX", dir);
		s->fd = mkostemp(tmpl, O_CLOEXEC);
		if (s->fd >= 0)
			unlink(tmpl);
		free(tmpl);
	}
	if (s->fd < 0)
		return bh_imgerr(err, BH_IMGE_IO, "%s: cannot create a temporary file in %s: %s", what, dir,
				 strerror(errno));
	return 0;
}

int bh_spool_write(bh_spool *s, const void *p, size_t n)
{
	if (n > s->max - s->written)
		return bh_imgerr(s->err, BH_IMGE_LIMIT_BYTES, "%s: larger than the limit of %llu bytes", s->what,
				 (unsigned long long)s->max);
	const char *c = p;
	while (n) {
		ssize_t w = write(s->fd, c, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return bh_imgerr(s->err, BH_IMGE_IO, "%s: writing the temporary file: %s", s->what,
					 w < 0 ? strerror(errno) : "short write");
		c += w;
		n -= (size_t)w;
		s->written += (uint64_t)w;
	}
	return 0;
}

void bh_spool_close(bh_spool *s)
{
	if (s->fd >= 0)
		close(s->fd);
	s->fd = -1;
}
