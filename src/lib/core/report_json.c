/* JSON output; the schema is documented in docs/json-schema.md. */
#include "core/report.h"
#include "core/jsonw.h"

#define BH_JSON_SCHEMA_VERSION 1

static void write_finding(jsonw *w, const bh_finding *x)
{
	jsonw_obj_open(w);
	jsonw_kstr(w, "rule", x->rule->id);
	jsonw_kstr(w, "severity", bh_severity_name(x->severity));
	jsonw_kstr(w, "title", x->rule->title);
	jsonw_kstr(w, "message", x->message);
	jsonw_key(w, "location");
	jsonw_obj_open(w);
	jsonw_kstr(w, "path", x->loc.path);
	if (x->loc.line > 0)
		jsonw_kint(w, "line", x->loc.line);
	if (x->loc.column > 0)
		jsonw_kint(w, "column", x->loc.column);
	jsonw_obj_close(w);
	if (x->object)
		jsonw_kstr(w, "object", x->object);
	if (x->evidence)
		jsonw_kstr(w, "evidence", x->evidence);
	jsonw_key(w, "refs");
	jsonw_arr_open(w);
	for (const char *const *r = x->rule->refs; r && *r; r++)
		jsonw_str(w, *r);
	jsonw_arr_close(w);
	jsonw_kstr(w, "remediation", x->remediation ? x->remediation : x->rule->fix);
	if (x->ignore_expired)
		jsonw_kstr(w, "ignore_expired", x->ignore_expired);
	jsonw_obj_close(w);
}

void bh_report_json(FILE *out, const bh_findings *f, const bh_report_opts *o)
{
	bh_report_json_extra(out, f, o, NULL, NULL);
}

void bh_report_json_extra(FILE *out, const bh_findings *f, const bh_report_opts *o,
			  void (*extra)(jsonw *w, void *arg), void *arg)
{
	strbuf sb = STRBUF_INIT;
	jsonw w;
	jsonw_init(&w, &sb, true);
	jsonw_obj_open(&w);
	jsonw_kint(&w, "schema_version", BH_JSON_SCHEMA_VERSION);
	jsonw_key(&w, "tool");
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "name", "bulkhead");
	jsonw_kstr(&w, "version", BULKHEAD_VERSION);
	jsonw_kstr(&w, "command", o->command);
	jsonw_obj_close(&w);

	jsonw_key(&w, "findings");
	jsonw_arr_open(&w);
	size_t counts[BH_SEV_CRITICAL + 1] = { 0 };
	for (size_t i = 0; i < f->n; i++) {
		write_finding(&w, &f->items[i]);
		counts[f->items[i].severity]++;
		/* Hand the text to stdio a piece at a time: a report of many
		 * findings never sits in memory whole (nor is copied as it grows). */
		if (sb.len >= 1 << 16) {
			fwrite(sb.buf, 1, sb.len, out);
			strbuf_reset(&sb);
		}
	}
	jsonw_arr_close(&w);

	jsonw_key(&w, "errors");
	jsonw_arr_open(&w);
	for (size_t i = 0; i < f->nerrors; i++) {
		const bh_diag *d = &f->errors[i];
		jsonw_obj_open(&w);
		jsonw_kstr(&w, "path", d->path);
		if (d->line > 0)
			jsonw_kint(&w, "line", d->line);
		if (d->column > 0)
			jsonw_kint(&w, "column", d->column);
		jsonw_kstr(&w, "message", d->message);
		jsonw_obj_close(&w);
	}
	jsonw_arr_close(&w);

	jsonw_key(&w, "summary");
	jsonw_obj_open(&w);
	jsonw_kint(&w, "total", (int64_t)f->n);
	for (int s = BH_SEV_CRITICAL; s >= BH_SEV_INFO; s--)
		jsonw_kint(&w, bh_severity_name((bh_severity)s), (int64_t)counts[s]);
	jsonw_kint(&w, "suppressed", (int64_t)f->suppressed);
	jsonw_obj_close(&w);
	if (extra)
		extra(&w, arg);
	jsonw_obj_close(&w);
	strbuf_addch(&sb, '\n');
	fwrite(sb.buf, 1, sb.len, out);
	strbuf_release(&sb);
}
