/* bulkhead config: load container specs from any supported format and check them. */
#ifndef BH_SPEC_SPEC_H
#define BH_SPEC_SPEC_H

#include <stdbool.h>
#include <stddef.h>

#include "core/finding.h"
#include "core/policy.h"
#include "spec/model.h"

#define CS_MAX_BYTES (16u * 1024 * 1024)

/* Could this file (found while walking a directory) be a container spec? */
bool cs_is_candidate_name(const char *path, const char *name);

/* docker compose -f A -f B ...: the files merged in order (later settings
 * win, lists add up, environment/mounts merge by name) and checked as one
 * project. No override file is read, as with -f. The .env of the first
 * file's directory applies. Findings name the file each setting came from. */
void cs_check_compose_files(const char *const *paths, size_t n, const bh_policy *policy, bh_findings *out);

/* An override file (compose.override.yaml, ...) whose base file sits beside it:
 * it is merged into the base, so a directory walk does not check it alone. */
bool cs_compose_is_merged_override(const char *path);

/* Works out the format from the content (and the file name as a tie-break)
 * and normalizes every container it describes into out. Input problems go to
 * errs as path:line:col errors. Returns 0 when loaded, 1 when the content is
 * not a container spec, -1 on an input error. */
int cs_load(const char *path, const char *data, size_t len, cs_set *out, bh_findings *errs);

/* One of the 14 capabilities Docker grants by default (upper case, no CAP_). */
bool cs_is_docker_default_cap(const char *cap);

/* Runs every rule over every spec in the set. */
void cs_check(const cs_set *s, const bh_policy *policy, bh_findings *out);

/* Reads, loads and checks one file ("-" is standard input). When
 * from_directory is set, files that are not container specs are skipped
 * quietly instead of being reported as errors. */
void cs_check_path(const char *path, const bh_policy *policy, bool from_directory, bh_findings *out);

#endif
