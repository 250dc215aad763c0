/* Where an unprivileged caller keeps container state: a directory no one
 * else can write, since whoever can plant a state.json there chooses which
 * pid the runtime signals and which bundle it trusts. */
#include "runtime/runtime.h"
#include "core/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *rt_rootless_root(void)
{
	const char *xdg = getenv("XDG_RUNTIME_DIR");
	if (xdg && xdg[0] == '/')
		return bh_asprintf("%s/bulkhead", xdg);
	return bh_asprintf("/tmp/bulkhead-%u", (unsigned)geteuid());
}

int rt_rootless_root_check(const char *root, char *err, size_t errlen)
{
	/* missing components are made ours and private */
	char *p = bh_strdup(root);
	for (char *s = p + 1;; s++) {
		if (*s && *s != '/')
			continue;
		char c = *s;
		*s = 0;
		if (mkdir(p, 0700) < 0 && errno != EEXIST) {
			snprintf(err, errlen, "creating state root %s: %s", p, strerror(errno));
			free(p);
			return -1;
		}
		if (!c)
			break;
		*s = c;
	}
	free(p);
	struct stat st;
	if (lstat(root, &st) < 0) {
		snprintf(err, errlen, "state root %s: %s", root, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode) || st.st_uid != geteuid() || (st.st_mode & 022)) {
		snprintf(err, errlen, "state root %s is not a directory of your own that only you can write "
				      "(%s, owner uid %u, mode %04o): remove it or choose another with --root",
			 root, S_ISLNK(st.st_mode) ? "a symlink" : S_ISDIR(st.st_mode) ? "a directory" : "not a directory",
			 (unsigned)st.st_uid, (unsigned)(st.st_mode & 07777));
		return -1;
	}
	return 0;
}
