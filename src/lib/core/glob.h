/* Path globs as users write them in ignore lists: *, ?, [..], and ** across directories. */
#ifndef BH_GLOB_H
#define BH_GLOB_H

#include <stdbool.h>

/* A pattern without '/' matches the path's last component anywhere, like .gitignore. */
bool bh_glob_match(const char *pattern, const char *path);

#endif
