/* What a Maven pom.xml says about its artifact, as jars carry it under
 * META-INF/maven/<group>/<artifact>/: the licences it declares
 * (<project><licenses><license><name>, <url>) and its coordinates
 * (<project><groupId>, <artifactId>, <version>, inherited from <parent>). */
#ifndef BH_POM_LICENSE_H
#define BH_POM_LICENSE_H

#include <stddef.h>

#define BH_POM_MAX_LICENSES 32
#define BH_POM_MAX_TEXT 1024 /* characters of one name, url, coordinate or property */
#define BH_POM_MAX_PROPERTIES 256

/* Parses xml. On success returns 0 and sets *spdx to the SPDX expression of
 * the declared licences when every one of them maps (by name, else by url),
 * or else *names to the declared names as written (joined with ", "); both
 * NULL when none is declared. On malformed XML returns -1 with err filled
 * (line number first). */
int bh_pom_licenses(const char *xml, size_t len, char **spdx, char **names, char *err, size_t errlen);

typedef struct bh_pom {
	char *group, *artifact, *version; /* NULL when absent or not resolvable */
	char *spdx, *names;               /* as bh_pom_licenses() */
} bh_pom;

/* The licences and the coordinates. groupId and version come from <parent>
 * when the project does not set its own; ${...} references to
 * project.version, project.groupId, project.parent.version, revision and the
 * pom's own <properties> are resolved (one level); a value that still holds
 * "${" is left NULL, since the real one is only known to the build. */
int bh_pom_read(const char *xml, size_t len, bh_pom *out, char *err, size_t errlen);
void bh_pom_release(bh_pom *pom);

#endif
