/* CycloneDX 1.5 JSON (https://cyclonedx.org/docs/1.5/json/): the subject as
 * metadata.component, the operating system and every package as components.
 * Where a package came from (file, layer, source package) goes into
 * properties under the "bulkhead:" namespace. */
#include "core/jsonw.h"
#include "core/util.h"
#include "pkg/sbom.h"

#include <stdio.h>
#include <string.h>

static void property(jsonw *w, const char *name, const char *value)
{
	if (!value)
		return;
	jsonw_obj_open(w);
	jsonw_kstr(w, "name", name);
	jsonw_kstr(w, "value", value);
	jsonw_obj_close(w);
}

static void component(jsonw *w, const bh_package *p, size_t idx)
{
	jsonw_obj_open(w);
	jsonw_kstr(w, "type", "library");
	char *ref = bh_asprintf("pkg-%zu", idx + 1);
	jsonw_kstr(w, "bom-ref", ref);
	free(ref);
	jsonw_kstr(w, "name", p->name);
	if (p->version && *p->version)
		jsonw_kstr(w, "version", p->version);
	if (p->license) {
		jsonw_key(w, "licenses");
		jsonw_arr_open(w);
		jsonw_obj_open(w);
		jsonw_kstr(w, "expression", p->license);
		jsonw_obj_close(w);
		jsonw_arr_close(w);
	} else if (p->license_name) {
		/* Not an SPDX expression: a named licence. */
		jsonw_key(w, "licenses");
		jsonw_arr_open(w);
		jsonw_obj_open(w);
		jsonw_key(w, "license");
		jsonw_obj_open(w);
		jsonw_kstr(w, "name", p->license_name);
		jsonw_obj_close(w);
		jsonw_obj_close(w);
		jsonw_arr_close(w);
	}
	if (p->purl)
		jsonw_kstr(w, "purl", p->purl);
	jsonw_key(w, "properties");
	jsonw_arr_open(w);
	property(w, "bulkhead:package:type", p->type);
	property(w, "bulkhead:package:path", p->path);
	if (p->layer >= 0) {
		char layer[24];
		snprintf(layer, sizeof layer, "%d", p->layer);
		property(w, "bulkhead:package:layer", layer);
	}
	property(w, "bulkhead:package:source-name", p->source_name);
	property(w, "bulkhead:package:source-version", p->source_version);
	jsonw_arr_close(w);
	jsonw_obj_close(w);
}

void bh_sbom_write_cyclonedx(strbuf *out, const bh_sbom_subject *subj, const bh_inventory *inv)
{
	char uuid[37];
	bh_sbom_uuid(uuid, subj, inv);
	jsonw w;
	jsonw_init(&w, out, true);
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "$schema", "http://cyclonedx.org/schema/bom-1.5.schema.json");
	jsonw_kstr(&w, "bomFormat", "CycloneDX");
	jsonw_kstr(&w, "specVersion", "1.5");
	char *serial = bh_asprintf("urn:uuid:%s", uuid);
	jsonw_kstr(&w, "serialNumber", serial);
	free(serial);
	jsonw_kint(&w, "version", 1);

	jsonw_key(&w, "metadata");
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "timestamp", subj->timestamp);
	jsonw_key(&w, "tools");
	jsonw_obj_open(&w);
	jsonw_key(&w, "components");
	jsonw_arr_open(&w);
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "type", "application");
	jsonw_kstr(&w, "name", "bulkhead");
	jsonw_kstr(&w, "version", BULKHEAD_VERSION);
	jsonw_obj_close(&w);
	jsonw_arr_close(&w);
	jsonw_obj_close(&w);
	jsonw_key(&w, "component");
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "type", subj->is_image ? "container" : "file");
	jsonw_kstr(&w, "bom-ref", "subject");
	jsonw_kstr(&w, "name", subj->name);
	if (subj->digest)
		jsonw_kstr(&w, "version", subj->digest);
	jsonw_obj_close(&w);
	jsonw_obj_close(&w);

	jsonw_key(&w, "components");
	jsonw_arr_open(&w);
	if (inv->distro) {
		jsonw_obj_open(&w);
		jsonw_kstr(&w, "type", "operating-system");
		jsonw_kstr(&w, "bom-ref", "os");
		jsonw_kstr(&w, "name", inv->distro);
		if (inv->distro_release)
			jsonw_kstr(&w, "version", inv->distro_release);
		if (inv->distro_name)
			jsonw_kstr(&w, "description", inv->distro_name);
		jsonw_obj_close(&w);
	}
	for (size_t i = 0; i < inv->pkgs.n; i++)
		component(&w, &inv->pkgs.items[i], i);
	jsonw_arr_close(&w);
	jsonw_obj_close(&w);
	strbuf_addch(out, '\n');
}
