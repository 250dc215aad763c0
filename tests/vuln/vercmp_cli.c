/* Reads "a b" pairs, one per line, and prints bh_ver_cmp(a, b) as -1, 0 or 1,
 * one per line. The optional argument names the scheme (default dpkg).
 * With --valid it reads one version per line and prints bh_ver_valid as 1 or 0.
 *   vercmp_cli [--valid] [dpkg|apk|rpm|semver|pep440|go|maven|gem] < input */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vuln/version.h"

int main(int argc, char **argv)
{
	bh_ver_scheme scheme = BH_VER_DPKG;
	bool valid = argc > 1 && !strcmp(argv[1], "--valid");
	if (valid)
		argc--, argv++;
	if (argc > 2 || (argc == 2 && !bh_ver_scheme_from_name(argv[1], &scheme))) {
		fprintf(stderr, "usage: vercmp_cli [--valid] [dpkg|apk|rpm|semver|pep440|go|maven|gem] < input\n");
		return 2;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	unsigned long lineno = 0;
	while ((n = getline(&line, &cap, stdin)) >= 0) {
		lineno++;
		if (n && line[n - 1] == '\n')
			line[--n] = '\0';
		if (valid) {
			printf("%d\n", bh_ver_valid(scheme, line));
			continue;
		}
		char *a = line + strspn(line, " \t");
		char *sep = a + strcspn(a, " \t");
		if (!*sep) {
			fprintf(stderr, "vercmp_cli: line %lu: expected two versions\n", lineno);
			free(line);
			return 2;
		}
		*sep = '\0';
		char *b = sep + 1 + strspn(sep + 1, " \t");
		b[strcspn(b, " \t")] = '\0';
		printf("%d\n", bh_ver_cmp(scheme, a, b));
	}
	free(line);
	return 0;
}
