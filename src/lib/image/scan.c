/* bh_scan_image: runs the selected image checks and reports findings. */
#include "image/scanint.h"

#include <stdarg.h>
#include <string.h>

#include "core/strbuf.h"
#include "core/util.h"
#include "image/imgint.h"

bool bh_scan_parse_scanners(const char *list, unsigned *out, const char **bad, size_t *badlen)
{
	static const struct {
		const char *name;
		unsigned bit;
	} names[] = { { "config", BH_SCAN_CONFIG }, { "secret", BH_SCAN_SECRET }, { "fs", BH_SCAN_FS },
		     { "pkg", BH_SCAN_PKG }, { "vuln", BH_SCAN_VULN } };
	*out = 0;
	const char *p = list;
	for (;;) {
		size_t n = strcspn(p, ",");
		bool found = false;
		for (size_t i = 0; i < BH_ARRAY_SIZE(names); i++) {
			if (n == strlen(names[i].name) && !strncmp(p, names[i].name, n)) {
				*out |= names[i].bit;
				found = true;
			}
		}
		if (!found) {
			*bad = p;
			*badlen = n;
			return false;
		}
		if (!p[n])
			return true;
		p += n + 1;
	}
}

const bh_rule *scan_rule(const char *id)
{
	const bh_rule *r = bh_rule_find(id);
	if (!r)
		bh_die("image rule %s is not registered", id);
	return r;
}

bh_finding *scan_add(bh_findings *f, const bh_scan_opts *o, const char *id, const char *object, const char *fmt, ...)
{
	strbuf msg = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&msg, fmt, ap);
	va_end(ap);
	bh_finding *x = bh_findings_add(f, scan_rule(id), o->where, 0, 0, "%s", msg.buf);
	strbuf_release(&msg);
	if (object)
		x->object = bh_strdup(object);
	return x;
}

void scan_check_anomalies(const bh_image *img, const bh_scan_opts *o, bh_findings *f)
{
	for (size_t i = 0; i < img->nanomalies; i++) {
		const bh_anomaly *a = &img->anomalies[i];
		const char *id;
		switch (a->kind) {
		case BH_ANOM_ABSOLUTE_PATH:
		case BH_ANOM_PATH_TRAVERSAL:
		case BH_ANOM_SYMLINK_ESCAPE:
		case BH_ANOM_HARDLINK_ESCAPE:
		case BH_ANOM_THROUGH_SYMLINK:
			id = "IMG030";
			break;
		case BH_ANOM_DEVICE_FILE:
			id = "IMG032";
			break;
		default:
			id = "IMG031";
			break;
		}
		/* a->path is already printable (image.h); the object is its normalized form */
		bool abs, esc;
		size_t depth;
		_cleanup_free_ char *norm = bh_img_normalize(a->path, &abs, &esc, &depth);
		scan_add(f, o, id, esc || !*norm ? a->path : norm, "layer %d: %s %s%s%s", a->layer + 1,
			 bh_anomaly_name(a->kind), a->path, a->detail ? " -> " : "", a->detail ? a->detail : "");
	}
	if (img->anomalies_dropped)
		scan_add(f, o, "IMG031", NULL, "%zu more anomalies were found and not listed", img->anomalies_dropped);
}

void bh_scan_image(const bh_image *img, const bh_scan_collector *c, const bh_scan_opts *o, bh_findings *f)
{
	if (o->scanners & BH_SCAN_CONFIG) {
		scan_check_config(img, o, f);
		if (c)
			scan_check_osrelease(img, c, o, f);
	}
	if ((o->scanners & BH_SCAN_FS) && img->fs)
		scan_check_fs(img, o, f);
	if ((o->scanners & BH_SCAN_SECRET) && c)
		scan_check_secrets(img, c, o, f);
	/* Anomalies are facts about the layers' file entries. */
	if ((o->scanners & BH_SCAN_FS) && img->fs)
		scan_check_anomalies(img, o, f);
}
