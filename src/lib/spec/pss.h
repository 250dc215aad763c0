/* Pod Security Standards: the verdict Kubernetes' Pod Security Admission
 * would give a pod template, control by control.
 *
 * This is not a rule set over the container-spec model: admission judges the
 * raw pod spec (exact field values, pod-level defaults, which volume source
 * is set), so it reads the manifest itself. */
#ifndef BH_SPEC_PSS_H
#define BH_SPEC_PSS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/finding.h"

typedef enum cs_pss_level {
	CS_PSS_NONE = 0,
	CS_PSS_BASELINE,
	CS_PSS_RESTRICTED,
} cs_pss_level;

/* "baseline" / "restricted"; false for anything else. */
bool cs_pss_parse_level(const char *s, cs_pss_level *out);

/* Evaluates every pod template in the Kubernetes manifests of data. Returns
 * 0 when evaluated, 1 when the content is not Kubernetes manifests, -1 on an
 * input error (reported to out). One finding per violated control per pod. */
int cs_pss_check(const char *path, const char *data, size_t len, cs_pss_level level, bh_findings *out);

/* Reads path ("-" is standard input) and evaluates it. Files that are not
 * Kubernetes manifests are an error unless found while walking a directory. */
void cs_pss_check_path(const char *path, cs_pss_level level, bool from_directory, bh_findings *out);

#endif
