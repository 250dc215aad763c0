#include "vuln/pkg_input.h"
#include "core/util.h"
#include "core/yamldoc.h"
#include "vuln/purl.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#define MAX_COMPONENT_DEPTH 32

static const char *str_of(const ynode *n)
{
	return n && n->kind == YN_SCALAR && !yis_null(n) ? n->str : NULL;
}

static char *dup_or_null(const char *s)
{
	return s && *s ? bh_strdup(s) : NULL;
}

/* "debian-12.4" -> debian / 12.4; "12" -> (NULL) / 12 */
static void split_distro(const char *q, char **distro, char **release)
{
	const char *dash = strchr(q, '-');
	if (dash && dash > q && isalpha((unsigned char)q[0]) && isdigit((unsigned char)dash[1])) {
		*distro = bh_strndup(q, (size_t)(dash - q));
		*release = bh_strdup(dash + 1);
	} else if (isdigit((unsigned char)q[0])) {
		*distro = NULL;
		*release = bh_strdup(q);
	} else {
		*distro = NULL;
		*release = bh_strdup(q); /* a codename such as "bookworm" */
	}
}

bool bh_package_from_purl(bh_package *p, const char *purl)
{
	bh_purl u;
	if (!bh_purl_parse(purl, &u))
		return false;
	free(p->type);
	p->type = bh_strdup(u.type);
	free(p->name);
	if (!strcmp(u.type, "maven") && u.namespace_)
		p->name = bh_asprintf("%s:%s", u.namespace_, u.name);
	else if ((!strcmp(u.type, "npm") || !strcmp(u.type, "golang") || !strcmp(u.type, "composer")) && u.namespace_)
		p->name = bh_asprintf("%s/%s", u.namespace_, u.name);
	else
		p->name = bh_strdup(u.name);
	if (u.version) {
		free(p->version);
		p->version = bh_strdup(u.version);
	}
	if (!p->purl)
		p->purl = bh_strdup(purl);
	bool os = !strcmp(u.type, "deb") || !strcmp(u.type, "apk") || !strcmp(u.type, "rpm");
	if (os) {
		const char *dq = bh_purl_qualifier(&u, "distro");
		if (dq && *dq && !p->distro_release) {
			char *d, *r;
			split_distro(dq, &d, &r);
			if (!p->distro)
				p->distro = d ? d : dup_or_null(u.namespace_);
			else
				free(d);
			p->distro_release = r;
		}
		if (!p->distro && u.namespace_)
			p->distro = bh_strdup(u.namespace_);
		if (p->distro)
			for (char *c = p->distro; *c; c++)
				*c = (char)tolower((unsigned char)*c);
		const char *up = bh_purl_qualifier(&u, "upstream");
		if (up && *up && !p->source_name) {
			/* "openssl" or "openssl@3.0.11-1" */
			const char *at = strchr(up, '@');
			p->source_name = at ? bh_strndup(up, (size_t)(at - up)) : bh_strdup(up);
			if (at && at[1] && !p->source_version)
				p->source_version = bh_strdup(at + 1);
		}
	}
	bh_purl_release(&u);
	return true;
}

/* ---- bulkhead package JSON ---- */

static const char *const package_fields[BH_PKG_FIELDS] = { "type", "name", "version", "source_name",
							     "source_version", "distro", "distro_release", "purl",
							     "license", "license_name", "path", "layer" };

const char *bh_package_field_name(int i)
{
	return i >= 0 && i < BH_PKG_FIELDS ? package_fields[i] : NULL;
}

/* Field f of v (with its length when the reader knows it), copied; NULL
 * when absent or empty. */
static char *field_dup(const char *const v[BH_PKG_FIELDS], const size_t *len, int f)
{
	if (!v[f])
		return NULL;
	size_t n = len ? len[f] : strlen(v[f]);
	if (!n)
		return NULL;
	char *r = bh_malloc(n + 1);
	memcpy(r, v[f], n);
	r[n] = '\0';
	return r;
}

bool bh_package_from_fields(bh_package_list *out, const char *const v[BH_PKG_FIELDS], const size_t *len,
			    int layer)
{
	bh_package *p = bh_package_add(out);
	p->type = field_dup(v, len, BH_PKG_TYPE);
	p->name = field_dup(v, len, BH_PKG_NAME);
	p->version = field_dup(v, len, BH_PKG_VERSION);
	p->source_name = field_dup(v, len, BH_PKG_SOURCE_NAME);
	p->source_version = field_dup(v, len, BH_PKG_SOURCE_VERSION);
	p->distro = field_dup(v, len, BH_PKG_DISTRO);
	p->distro_release = field_dup(v, len, BH_PKG_DISTRO_RELEASE);
	p->license = field_dup(v, len, BH_PKG_LICENSE);
	p->license_name = p->license ? NULL : field_dup(v, len, BH_PKG_LICENSE_NAME);
	p->path = field_dup(v, len, BH_PKG_PATH);
	p->layer = layer;
	if (v[BH_PKG_PURL]) {
		/* an empty purl is kept (and does not parse) */
		size_t n = len ? len[BH_PKG_PURL] : strlen(v[BH_PKG_PURL]);
		p->purl = bh_malloc(n + 1);
		memcpy(p->purl, v[BH_PKG_PURL], n);
		p->purl[n] = '\0';
		if ((!p->type || !p->name || !p->version) && !bh_package_from_purl(p, p->purl))
			return false;
	}
	return true;
}

static int load_package_list(const char *name, const ynode *list, bh_package_list *out, bh_findings *errs)
{
	for (size_t i = 0; i < list->n; i++) {
		const ynode *e = list->items[i];
		if (!yis_map(e)) {
			bh_findings_error(errs, name, e->line, e->col, "a package must be an object");
			return -1;
		}
		for (size_t j = 0; j < ymap_size(e); j++) {
			const char *key = yscalar(ymap_key_at(e, j));
			bool known = false;
			for (size_t f = 0; f < BH_PKG_FIELDS; f++)
				known |= key && !strcmp(key, package_fields[f]);
			const ynode *v = ymap_val_at(e, j);
			if (!known) {
				bh_findings_error(errs, name, ymap_key_at(e, j)->line, ymap_key_at(e, j)->col,
						  "unknown package field \"%s\"", key ? key : "?");
				return -1;
			}
			if (v->kind != YN_SCALAR) {
				bh_findings_error(errs, name, v->line, v->col, "package field \"%s\" must be a scalar", key);
				return -1;
			}
		}
		const char *v[BH_PKG_FIELDS];
		for (int f = 0; f < BH_PKG_FIELDS; f++)
			v[f] = f == BH_PKG_LAYER ? NULL : str_of(ymap_get(e, package_fields[f]));
		if ((!v[BH_PKG_TYPE] || !v[BH_PKG_NAME] || !v[BH_PKG_VERSION]) && !v[BH_PKG_PURL]) {
			bh_findings_error(errs, name, e->line, e->col, "a package needs type, name and version (or a purl)");
			return -1;
		}
		int64_t layer = -1;
		const ynode *ln = ymap_get(e, "layer");
		if (ln && !yis_null(ln)) {
			if (!yint(ln, &layer) || layer < -1 || layer > INT32_MAX) {
				bh_findings_error(errs, name, ln->line, ln->col, "\"layer\" must be a layer index");
				return -1;
			}
		}
		if (!bh_package_from_fields(out, v, NULL, (int)layer)) {
			bh_findings_error(errs, name, e->line, e->col, "invalid purl \"%s\"", v[BH_PKG_PURL]);
			return -1;
		}
	}
	return 0;
}

/* ---- CycloneDX ---- */

typedef struct os_info {
	char *distro, *release;
} os_info;

static const char *property(const ynode *comp, const char *key)
{
	const ynode *props = ymap_get(comp, "properties");
	for (size_t i = 0; yis_seq(props) && i < props->n; i++)
		if (str_of(ymap_get(props->items[i], "name")) &&
		    !strcmp(str_of(ymap_get(props->items[i], "name")), key))
			return str_of(ymap_get(props->items[i], "value"));
	return NULL;
}

static void find_os(const ynode *comps, os_info *os, int depth)
{
	for (size_t i = 0; yis_seq(comps) && i < comps->n && depth < MAX_COMPONENT_DEPTH; i++) {
		const ynode *c = comps->items[i];
		const char *type = str_of(ymap_get(c, "type"));
		/* the first operating system with a name; one without a name
		 * says nothing and must not leave its version behind */
		if (type && !strcmp(type, "operating-system") && !os->distro && str_of(ymap_get(c, "name"))) {
			os->distro = dup_or_null(str_of(ymap_get(c, "name")));
			free(os->release);
			os->release = dup_or_null(str_of(ymap_get(c, "version")));
		}
		find_os(ymap_get(c, "components"), os, depth + 1);
	}
}

static void apply_os(bh_package *p, const os_info *os)
{
	if (!p->type || (strcmp(p->type, "deb") && strcmp(p->type, "apk") && strcmp(p->type, "rpm")))
		return;
	if (!p->distro_release && os->release)
		p->distro_release = bh_strdup(os->release);
	if (!p->distro && os->distro)
		p->distro = bh_strdup(os->distro);
	if (p->distro)
		for (char *c = p->distro; *c; c++)
			*c = (char)tolower((unsigned char)*c);
}

/* Removes the package just added (its purl did not parse). */
static void drop_last(bh_package_list *l)
{
	bh_package saved = l->items[l->n - 1];
	bh_package_list tmp = { .items = bh_malloc(sizeof saved), .n = 1, .alloc = 1 };
	tmp.items[0] = saved;
	bh_package_list_free(&tmp);
	l->n--;
}

static void cyclonedx_components(const ynode *comps, const os_info *os, bh_package_list *out, int depth)
{
	for (size_t i = 0; yis_seq(comps) && i < comps->n && depth < MAX_COMPONENT_DEPTH; i++) {
		const ynode *c = comps->items[i];
		const char *purl = str_of(ymap_get(c, "purl"));
		if (purl) {
			bh_package *p = bh_package_add(out);
			if (!bh_package_from_purl(p, purl)) {
				drop_last(out);
			} else {
				const char *v = str_of(ymap_get(c, "version"));
				if (!p->version && v)
					p->version = bh_strdup(v);
				/* Trivy records the source package as properties */
				const char *sn = property(c, "aquasecurity:trivy:SrcName");
				const char *sv = property(c, "aquasecurity:trivy:SrcVersion");
				if (sn && !p->source_name)
					p->source_name = bh_strdup(sn);
				if (sv && !p->source_version)
					p->source_version = bh_strdup(sv);
				const char *loc = property(c, "syft:location:0:path");
				if (loc && !p->path)
					p->path = bh_strdup(*loc == '/' ? loc + 1 : loc);
				apply_os(p, os);
			}
		}
		cyclonedx_components(ymap_get(c, "components"), os, out, depth + 1);
	}
}

/* ---- SPDX ---- */

static void spdx_packages(const ynode *pkgs, bh_package_list *out)
{
	os_info os = { 0 };
	for (size_t i = 0; yis_seq(pkgs) && i < pkgs->n; i++) {
		const ynode *sp = pkgs->items[i];
		const char *purpose = str_of(ymap_get(sp, "primaryPackagePurpose"));
		if (purpose && !strcmp(purpose, "OPERATING-SYSTEM") && !os.distro) {
			os.distro = dup_or_null(str_of(ymap_get(sp, "name")));
			os.release = dup_or_null(str_of(ymap_get(sp, "versionInfo")));
		}
	}
	for (size_t i = 0; yis_seq(pkgs) && i < pkgs->n; i++) {
		const ynode *sp = pkgs->items[i];
		const ynode *refs = ymap_get(sp, "externalRefs");
		for (size_t j = 0; yis_seq(refs) && j < refs->n; j++) {
			const char *rt = str_of(ymap_get(refs->items[j], "referenceType"));
			const char *loc = str_of(ymap_get(refs->items[j], "referenceLocator"));
			if (!rt || strcmp(rt, "purl") || !loc)
				continue;
			bh_package *p = bh_package_add(out);
			if (!bh_package_from_purl(p, loc)) {
				drop_last(out);
				continue;
			}
			const char *v = str_of(ymap_get(sp, "versionInfo"));
			if (!p->version && v)
				p->version = bh_strdup(v);
			apply_os(p, &os);
			break;
		}
	}
	free(os.distro);
	free(os.release);
}

int bh_packages_load_buffer(const char *name, const char *data, size_t len, bh_pkgs_format fmt,
			    bh_package_list *out, bh_findings *errs)
{
	/* A plain package list (what bulkhead writes) is read straight into
	 * the list; everything else, and every error, goes through the
	 * document tree below. */
	if (fmt != BH_PKGS_SBOM && bh_packages_fast_json(data, len, out))
		return 0;
	return bh_packages_load_tree(name, data, len, fmt, out, errs);
}

int bh_packages_load_tree(const char *name, const char *data, size_t len, bh_pkgs_format fmt,
			  bh_package_list *out, bh_findings *errs)
{
	ydoc_set set;
	yerror err;
	if (ydoc_parse(data, len, &set, &err) < 0) {
		bh_findings_error(errs, name, err.line, err.col, "invalid JSON: %s", err.message);
		return -1;
	}
	int rc = 0;
	const ynode *root = set.ndocs == 1 ? set.docs[0] : NULL;
	const char *bom_format = str_of(ymap_get(root, "bomFormat"));
	const char *spdx = str_of(ymap_get(root, "spdxVersion"));
	if (!root) {
		bh_findings_error(errs, name, 1, 1, "expected one JSON document");
		rc = -1;
	} else if (fmt != BH_PKGS_JSON && ((bom_format && !strcmp(bom_format, "CycloneDX")) || ymap_get(root, "components"))) {
		os_info os = { 0 };
		const ynode *meta = ymap_get(ymap_get(root, "metadata"), "component");
		if (meta) {
			const ynode *one = meta;
			if (str_of(ymap_get(one, "type")) && !strcmp(str_of(ymap_get(one, "type")), "operating-system")) {
				os.distro = dup_or_null(str_of(ymap_get(one, "name")));
				os.release = dup_or_null(str_of(ymap_get(one, "version")));
			}
		}
		find_os(ymap_get(root, "components"), &os, 0);
		cyclonedx_components(ymap_get(root, "components"), &os, out, 0);
		free(os.distro);
		free(os.release);
	} else if (fmt != BH_PKGS_JSON && spdx) {
		spdx_packages(ymap_get(root, "packages"), out);
	} else if (fmt != BH_PKGS_SBOM && (yis_seq(root) || yis_seq(ymap_get(root, "packages")))) {
		rc = load_package_list(name, yis_seq(root) ? root : ymap_get(root, "packages"), out, errs);
	} else {
		bh_findings_error(errs, name, root->line, root->col,
				  fmt == BH_PKGS_SBOM ? "not a CycloneDX or SPDX JSON SBOM"
						      : "expected {\"packages\": [...]} (see docs/vuln.md)");
		rc = -1;
	}
	ydoc_free(&set);
	return rc;
}

int bh_packages_load(const char *path, bh_pkgs_format fmt, bh_package_list *out, bh_findings *errs)
{
	size_t len;
	char *data = bh_read_file(path, BH_PKG_INPUT_MAX_BYTES, &len);
	if (!data) {
		bh_findings_error(errs, path, 0, 0, "cannot read: %s", errno == EFBIG ? "file too large" : strerror(errno));
		return -1;
	}
	int rc = bh_packages_load_buffer(path, data, len, fmt, out, errs);
	free(data);
	return rc;
}
