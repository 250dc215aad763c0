/* SPDX 2.3 JSON (https://spdx.github.io/spdx-spec/v2.3/): one package for
 * the subject, one for the operating system, one per installed package, and
 * relationships saying the document describes the subject and the subject
 * contains the rest. Licences are declared, never concluded: nobody looked
 * at the files. */
#include "core/jsonw.h"
#include "core/util.h"
#include "pkg/sbom.h"

#include <string.h>

static void spdx_package_common(jsonw *w)
{
	jsonw_kstr(w, "downloadLocation", "NOASSERTION");
	jsonw_kbool(w, "filesAnalyzed", false);
	jsonw_kstr(w, "licenseConcluded", "NOASSERTION");
	jsonw_kstr(w, "copyrightText", "NOASSERTION");
}

static void package(jsonw *w, const bh_package *p, size_t idx)
{
	jsonw_obj_open(w);
	char *id = bh_asprintf("SPDXRef-Package-%zu", idx + 1);
	jsonw_kstr(w, "SPDXID", id);
	free(id);
	jsonw_kstr(w, "name", p->name);
	if (p->version && *p->version)
		jsonw_kstr(w, "versionInfo", p->version);
	spdx_package_common(w);
	if (p->license) {
		jsonw_kstr(w, "licenseDeclared", p->license);
	} else if (p->license_name) {
		/* Declared but not an SPDX licence: a reference to its text, listed in hasExtractedLicensingInfos. */
		char *ref = bh_asprintf("LicenseRef-Package-%zu", idx + 1);
		jsonw_kstr(w, "licenseDeclared", ref);
		free(ref);
	} else {
		jsonw_kstr(w, "licenseDeclared", "NOASSERTION");
	}
	strbuf info = STRBUF_INIT;
	strbuf_addf(&info, "%s package read from %s", p->type, p->path ? p->path : "?");
	if (p->layer >= 0)
		strbuf_addf(&info, " in layer %d", p->layer);
	if (p->source_name || p->source_version)
		strbuf_addf(&info, "; source package %s %s", p->source_name ? p->source_name : p->name,
			    p->source_version ? p->source_version : p->version);
	jsonw_kstr(w, "sourceInfo", info.buf);
	strbuf_release(&info);
	jsonw_kstr(w, "primaryPackagePurpose", "LIBRARY");
	if (p->purl) {
		jsonw_key(w, "externalRefs");
		jsonw_arr_open(w);
		jsonw_obj_open(w);
		jsonw_kstr(w, "referenceCategory", "PACKAGE-MANAGER");
		jsonw_kstr(w, "referenceType", "purl");
		jsonw_kstr(w, "referenceLocator", p->purl);
		jsonw_obj_close(w);
		jsonw_arr_close(w);
	}
	jsonw_obj_close(w);
}

static void relationship(jsonw *w, const char *from, const char *type, const char *to)
{
	jsonw_obj_open(w);
	jsonw_kstr(w, "spdxElementId", from);
	jsonw_kstr(w, "relationshipType", type);
	jsonw_kstr(w, "relatedSpdxElement", to);
	jsonw_obj_close(w);
}

void bh_sbom_write_spdx(strbuf *out, const bh_sbom_subject *subj, const bh_inventory *inv)
{
	char uuid[37];
	bh_sbom_uuid(uuid, subj, inv);
	jsonw w;
	jsonw_init(&w, out, true);
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "spdxVersion", "SPDX-2.3");
	jsonw_kstr(&w, "dataLicense", "CC0-1.0");
	jsonw_kstr(&w, "SPDXID", "SPDXRef-DOCUMENT");
	jsonw_kstr(&w, "name", subj->name);
	char *ns = bh_asprintf("https://bulkhead.invalid/spdx/%s", uuid);
	jsonw_kstr(&w, "documentNamespace", ns);
	free(ns);
	jsonw_key(&w, "creationInfo");
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "created", subj->timestamp);
	jsonw_key(&w, "creators");
	jsonw_arr_open(&w);
	jsonw_str(&w, "Tool: bulkhead-" BULKHEAD_VERSION);
	jsonw_arr_close(&w);
	jsonw_obj_close(&w);
	jsonw_key(&w, "documentDescribes");
	jsonw_arr_open(&w);
	jsonw_str(&w, "SPDXRef-Subject");
	jsonw_arr_close(&w);

	jsonw_key(&w, "packages");
	jsonw_arr_open(&w);
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "SPDXID", "SPDXRef-Subject");
	jsonw_kstr(&w, "name", subj->name);
	if (subj->digest)
		jsonw_kstr(&w, "versionInfo", subj->digest);
	spdx_package_common(&w);
	jsonw_kstr(&w, "licenseDeclared", "NOASSERTION");
	jsonw_kstr(&w, "primaryPackagePurpose", subj->is_image ? "CONTAINER" : "FILE");
	jsonw_obj_close(&w);
	if (inv->distro) {
		jsonw_obj_open(&w);
		jsonw_kstr(&w, "SPDXID", "SPDXRef-OperatingSystem");
		jsonw_kstr(&w, "name", inv->distro);
		if (inv->distro_release)
			jsonw_kstr(&w, "versionInfo", inv->distro_release);
		spdx_package_common(&w);
		jsonw_kstr(&w, "licenseDeclared", "NOASSERTION");
		if (inv->distro_name)
			jsonw_kstr(&w, "description", inv->distro_name);
		jsonw_kstr(&w, "primaryPackagePurpose", "OPERATING_SYSTEM");
		jsonw_obj_close(&w);
	}
	for (size_t i = 0; i < inv->pkgs.n; i++)
		package(&w, &inv->pkgs.items[i], i);
	jsonw_arr_close(&w);

	bool any_named = false;
	for (size_t i = 0; i < inv->pkgs.n; i++)
		any_named |= !inv->pkgs.items[i].license && inv->pkgs.items[i].license_name;
	if (any_named) {
		jsonw_key(&w, "hasExtractedLicensingInfos");
		jsonw_arr_open(&w);
		for (size_t i = 0; i < inv->pkgs.n; i++) {
			const bh_package *p = &inv->pkgs.items[i];
			if (p->license || !p->license_name)
				continue;
			char *ref = bh_asprintf("LicenseRef-Package-%zu", i + 1);
			jsonw_obj_open(&w);
			jsonw_kstr(&w, "licenseId", ref);
			jsonw_kstr(&w, "extractedText", p->license_name);
			jsonw_kstr(&w, "name", p->license_name);
			jsonw_obj_close(&w);
			free(ref);
		}
		jsonw_arr_close(&w);
	}

	jsonw_key(&w, "relationships");
	jsonw_arr_open(&w);
	relationship(&w, "SPDXRef-DOCUMENT", "DESCRIBES", "SPDXRef-Subject");
	if (inv->distro)
		relationship(&w, "SPDXRef-Subject", "CONTAINS", "SPDXRef-OperatingSystem");
	for (size_t i = 0; i < inv->pkgs.n; i++) {
		char *id = bh_asprintf("SPDXRef-Package-%zu", i + 1);
		relationship(&w, "SPDXRef-Subject", "CONTAINS", id);
		free(id);
	}
	jsonw_arr_close(&w);
	jsonw_obj_close(&w);
	strbuf_addch(out, '\n');
}
