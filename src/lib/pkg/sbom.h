/* Software bills of materials from an inventory: CycloneDX 1.5 JSON and
 * SPDX 2.3 JSON. Output is deterministic for a given inventory, subject and
 * timestamp: the serial number / document namespace is derived from the
 * content, not drawn at random. */
#ifndef BH_SBOM_H
#define BH_SBOM_H

#include <stdbool.h>

#include "core/strbuf.h"
#include "pkg/inventory.h"

typedef enum bh_sbom_format {
	BH_SBOM_CYCLONEDX,
	BH_SBOM_SPDX,
} bh_sbom_format;

/* What the bill describes. */
typedef struct bh_sbom_subject {
	const char *name;      /* image reference or path as the user gave it */
	bool is_image;         /* a container image (else a directory) */
	const char *digest;    /* image id ("sha256:..."), or NULL */
	const char *timestamp; /* RFC 3339 UTC, "2026-01-31T12:00:00Z" */
} bh_sbom_subject;

bool bh_sbom_format_parse(const char *s, bh_sbom_format *out);
void bh_sbom_write(strbuf *out, bh_sbom_format fmt, const bh_sbom_subject *subj, const bh_inventory *inv);

/* Internals of the two writers. */
void bh_sbom_write_cyclonedx(strbuf *out, const bh_sbom_subject *subj, const bh_inventory *inv);
void bh_sbom_write_spdx(strbuf *out, const bh_sbom_subject *subj, const bh_inventory *inv);
/* "xxxxxxxx-xxxx-8xxx-yxxx-xxxxxxxxxxxx" from a SHA-256 of the subject and
 * every package (RFC 9562 version 8, name-based). */
void bh_sbom_uuid(char out[37], const bh_sbom_subject *subj, const bh_inventory *inv);

#endif
