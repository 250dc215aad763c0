/* cs_check_compose_files: several compose files merged like
 * `docker compose -f a.yaml -f b.yaml`, with the .env of the first file's
 * directory, and every finding naming the file its setting came from. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "core/policy.h"
#include "core/util.h"
#include "spec/spec.h"

static void put(const char *dir, const char *name, const char *text)
{
	char *path = bh_asprintf("%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	CHECK(f != NULL);
	if (f) {
		fputs(text, f);
		fclose(f);
	}
	free(path);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int main(void)
{
	char dir[] = "/tmp/bulkhead-compose-files-XXXXXX";
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	put(dir, ".env", "TAG=1.27\n");
	put(dir, "a.yaml",
	    "services:\n"
	    "  web:\n"
	    "    image: nginx:${TAG}\n"
	    "    user: \"101\"\n"
	    "    read_only: true\n"
	    "    cap_drop: [ALL]\n"
	    "    security_opt: [\"no-new-privileges:true\"]\n"
	    "    mem_limit: 256m\n"
	    "    cpus: \"0.5\"\n"
	    "    pids_limit: 100\n"
	    "    environment:\n"
	    "      API_KEY: ${API_KEY_FROM_NOWHERE}\n");
	put(dir, "b.yaml",
	    "services:\n"
	    "  web:\n"
	    "    privileged: true\n"
	    "    environment:\n"
	    "      API_KEY: sk_live_51HqLyjWDarjtT1zdp7dc0Ka\n"
	    "  extra:\n"
	    "    image: alpine\n");
	char *a = bh_asprintf("%s/a.yaml", dir), *b = bh_asprintf("%s/b.yaml", dir);
	const char *paths[] = { a, b };

	bh_policy policy;
	bh_policy_init(&policy);
	bh_findings f;
	bh_findings_init(&f);
	cs_check_compose_files(paths, 2, &policy, &f);
	CHECK_INT(f.nerrors, 0);
	/* web: a.yaml's image (TAG from .env, so tagged), b.yaml's privileged and
	 * secret; extra: only in b.yaml, every unset setting reported at its name. */
	const char *want[] = {
		"CS031 a.yaml:3", "CS001 b.yaml:3", "CS029 b.yaml:5", "CS004 b.yaml:6", "CS018 b.yaml:6",
		"CS019 b.yaml:6", "CS021 b.yaml:6", "CS022 b.yaml:6", "CS023 b.yaml:6", "CS024 b.yaml:6",
		"CS030 b.yaml:7", "CS031 b.yaml:7",
	};
	size_t nwant = sizeof want / sizeof want[0];
	char **got = bh_calloc(f.n ? f.n : 1, sizeof *got);
	for (size_t i = 0; i < f.n; i++)
		got[i] = bh_asprintf("%s %s:%d", f.items[i].rule->id, bh_basename(f.items[i].loc.path), f.items[i].loc.line);
	qsort(got, f.n, sizeof *got, cmp_str);
	qsort(want, nwant, sizeof *want, cmp_str);
	CHECK_INT(f.n, nwant);
	for (size_t i = 0; i < f.n && i < nwant; i++)
		CHECK_STR(got[i], want[i]);
	for (size_t i = 0; i < f.n; i++)
		free(got[i]);
	free(got);
	bh_findings_release(&f);

	/* The order matters: b then a keeps a's settings on top. */
	const char *reversed[] = { b, a };
	bh_findings_init(&f);
	cs_check_compose_files(reversed, 2, &policy, &f);
	int privileged = 0;
	for (size_t i = 0; i < f.n; i++)
		privileged += !strcmp(f.items[i].rule->id, "CS001");
	CHECK_INT(privileged, 1); /* a.yaml does not say privileged: false, so b's true stays */
	bh_findings_release(&f);

	/* A file that is missing is an input error, and nothing is checked. */
	char *missing = bh_asprintf("%s/missing.yaml", dir);
	const char *with_missing[] = { a, missing };
	bh_findings_init(&f);
	cs_check_compose_files(with_missing, 2, &policy, &f);
	CHECK(f.nerrors > 0);
	CHECK_INT(f.n, 0);
	bh_findings_release(&f);

	bh_policy_release(&policy);
	static const char *const names[] = { ".env", "a.yaml", "b.yaml" };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		char *p = bh_asprintf("%s/%s", dir, names[i]);
		unlink(p);
		free(p);
	}
	rmdir(dir);
	free(a);
	free(b);
	free(missing);
	return check_summary();
}
