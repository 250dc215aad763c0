/* Licences a Maven pom.xml declares (<project><licenses><license><name>,
 * <url>), as jars carry it under META-INF/maven/<group>/<artifact>/. */
#ifndef BH_POM_LICENSE_H
#define BH_POM_LICENSE_H

#include <stddef.h>

#define BH_POM_MAX_LICENSES 32
#define BH_POM_MAX_TEXT 1024 /* characters of one name or url */

/* Parses xml. On success returns 0 and sets *spdx to the SPDX expression of
 * the declared licences when every one of them maps (by name, else by url),
 * or else *names to the declared names as written (joined with ", "); both
 * NULL when none is declared. On malformed XML returns -1 with err filled
 * (line number first). */
int bh_pom_licenses(const char *xml, size_t len, char **spdx, char **names, char *err, size_t errlen);

#endif
