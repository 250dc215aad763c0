/* SARIF 2.1.0 output for code-scanning UIs (GitHub, GitLab, Azure DevOps). */
#include "core/report.h"
#include "core/jsonw.h"
#include "core/util.h"

#include <ctype.h>
#include <string.h>

static const char *sarif_level(bh_severity s)
{
	switch (s) {
	case BH_SEV_CRITICAL:
	case BH_SEV_HIGH: return "error";
	case BH_SEV_MEDIUM: return "warning";
	default: return "note";
	}
}

/* GitHub ranks security alerts by this CVSS-like number. */
static const char *security_severity(bh_severity s)
{
	switch (s) {
	case BH_SEV_CRITICAL: return "9.5";
	case BH_SEV_HIGH: return "8.0";
	case BH_SEV_MEDIUM: return "5.5";
	case BH_SEV_LOW: return "3.0";
	default: return "0.0";
	}
}

/* artifactLocation.uri is a URI reference: percent-encode what a path may hold. */
static void uri_encode(strbuf *sb, const char *path)
{
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if (isalnum(*p) || strchr("-._~/:@!$&'()*+,;=", *p))
			strbuf_addch(sb, (char)*p);
		else
			strbuf_addf(sb, "%%%02X", *p);
	}
}

static void lower_id(strbuf *sb, const char *id)
{
	for (const char *p = id; *p; p++)
		strbuf_addch(sb, (char)tolower((unsigned char)*p));
}

void bh_report_sarif(FILE *out, const bh_findings *f, const bh_report_opts *o)
{
	bh_report_sarif_extra(out, f, o, NULL, NULL);
}

void bh_report_sarif_extra(FILE *out, const bh_findings *f, const bh_report_opts *o,
			   void (*extra)(jsonw *w, void *arg), void *arg)
{
	/* Only rules that appear in results are listed, in first-seen order. */
	const bh_rule **rules = NULL;
	size_t nrules = 0, arules = 0;
	size_t *rule_index = bh_calloc(f->n, sizeof *rule_index);
	for (size_t i = 0; i < f->n; i++) {
		size_t j;
		for (j = 0; j < nrules; j++)
			if (rules[j] == f->items[i].rule)
				break;
		if (j == nrules)
			*BH_ARRAY_PUSH(rules, nrules, arules) = f->items[i].rule;
		rule_index[i] = j;
	}

	strbuf sb = STRBUF_INIT, tmp = STRBUF_INIT;
	jsonw w;
	jsonw_init(&w, &sb, true);
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
	jsonw_kstr(&w, "version", "2.1.0");
	jsonw_key(&w, "runs");
	jsonw_arr_open(&w);
	jsonw_obj_open(&w);

	jsonw_key(&w, "tool");
	jsonw_obj_open(&w);
	jsonw_key(&w, "driver");
	jsonw_obj_open(&w);
	jsonw_kstr(&w, "name", "bulkhead");
	jsonw_kstr(&w, "semanticVersion", BULKHEAD_VERSION);
	jsonw_kstr(&w, "informationUri", bh_rule_help_uri_base());
	jsonw_key(&w, "rules");
	jsonw_arr_open(&w);
	for (size_t i = 0; i < nrules; i++) {
		const bh_rule *r = rules[i];
		jsonw_obj_open(&w);
		jsonw_kstr(&w, "id", r->id);
		jsonw_kstr(&w, "name", r->title);
		jsonw_key(&w, "shortDescription");
		jsonw_obj_open(&w);
		jsonw_kstr(&w, "text", r->title);
		jsonw_obj_close(&w);
		jsonw_key(&w, "fullDescription");
		jsonw_obj_open(&w);
		jsonw_kstr(&w, "text", r->why);
		jsonw_obj_close(&w);
		strbuf_reset(&tmp);
		strbuf_addstr(&tmp, bh_rule_help_uri_base());
		lower_id(&tmp, r->id);
		jsonw_kstr(&w, "helpUri", tmp.buf);
		jsonw_key(&w, "help");
		jsonw_obj_open(&w);
		strbuf_reset(&tmp);
		strbuf_addf(&tmp, "%s\n\nWhy: %s\n\nFix: %s", r->title, r->why, r->fix);
		jsonw_kstr(&w, "text", tmp.buf);
		strbuf_reset(&tmp);
		strbuf_addf(&tmp, "**%s**\n\n%s\n\n**Fix:** %s", r->title, r->why, r->fix);
		if (r->refs && r->refs[0]) {
			strbuf_addstr(&tmp, "\n\n**References:**");
			for (const char *const *ref = r->refs; *ref; ref++)
				strbuf_addf(&tmp, " `%s`", *ref);
		}
		jsonw_kstr(&w, "markdown", tmp.buf);
		jsonw_obj_close(&w);
		jsonw_key(&w, "defaultConfiguration");
		jsonw_obj_open(&w);
		jsonw_kstr(&w, "level", sarif_level(r->severity));
		jsonw_obj_close(&w);
		jsonw_key(&w, "properties");
		jsonw_obj_open(&w);
		jsonw_key(&w, "tags");
		jsonw_arr_open(&w);
		jsonw_str(&w, "security");
		jsonw_str(&w, r->domain);
		for (const char *const *ref = r->refs; ref && *ref; ref++)
			jsonw_str(&w, *ref);
		jsonw_arr_close(&w);
		jsonw_kstr(&w, "security-severity", security_severity(r->severity));
		jsonw_kstr(&w, "severity", bh_severity_name(r->severity));
		jsonw_obj_close(&w);
		jsonw_obj_close(&w);
	}
	jsonw_arr_close(&w);
	jsonw_obj_close(&w); /* driver */
	jsonw_obj_close(&w); /* tool */

	jsonw_key(&w, "results");
	jsonw_arr_open(&w);
	for (size_t i = 0; i < f->n; i++) {
		const bh_finding *x = &f->items[i];
		jsonw_obj_open(&w);
		jsonw_kstr(&w, "ruleId", x->rule->id);
		jsonw_kint(&w, "ruleIndex", (int64_t)rule_index[i]);
		jsonw_kstr(&w, "level", sarif_level(x->severity));
		jsonw_key(&w, "message");
		jsonw_obj_open(&w);
		jsonw_kstr(&w, "text", x->message);
		jsonw_obj_close(&w);
		jsonw_key(&w, "locations");
		jsonw_arr_open(&w);
		jsonw_obj_open(&w);
		if (x->loc.path) {
			jsonw_key(&w, "physicalLocation");
			jsonw_obj_open(&w);
			jsonw_key(&w, "artifactLocation");
			jsonw_obj_open(&w);
			strbuf_reset(&tmp);
			uri_encode(&tmp, x->loc.path);
			jsonw_kstr(&w, "uri", tmp.buf);
			jsonw_obj_close(&w);
			if (x->loc.line > 0) {
				jsonw_key(&w, "region");
				jsonw_obj_open(&w);
				jsonw_kint(&w, "startLine", x->loc.line);
				if (x->loc.column > 0)
					jsonw_kint(&w, "startColumn", x->loc.column);
				jsonw_obj_close(&w);
			}
			jsonw_obj_close(&w);
		}
		if (x->object || !x->loc.path) {
			jsonw_key(&w, "logicalLocations");
			jsonw_arr_open(&w);
			jsonw_obj_open(&w);
			jsonw_kstr(&w, "name", x->object ? x->object : "host");
			jsonw_kstr(&w, "kind", "object");
			jsonw_obj_close(&w);
			jsonw_arr_close(&w);
		}
		jsonw_obj_close(&w);
		jsonw_arr_close(&w);
		jsonw_key(&w, "properties");
		jsonw_obj_open(&w);
		jsonw_kstr(&w, "severity", bh_severity_name(x->severity));
		if (x->evidence)
			jsonw_kstr(&w, "evidence", x->evidence);
		jsonw_obj_close(&w);
		jsonw_obj_close(&w);
	}
	jsonw_arr_close(&w);

	jsonw_key(&w, "invocations");
	jsonw_arr_open(&w);
	jsonw_obj_open(&w);
	jsonw_kbool(&w, "executionSuccessful", f->nerrors == 0);
	if (f->nerrors) {
		jsonw_key(&w, "toolExecutionNotifications");
		jsonw_arr_open(&w);
		for (size_t i = 0; i < f->nerrors; i++) {
			const bh_diag *d = &f->errors[i];
			jsonw_obj_open(&w);
			jsonw_kstr(&w, "level", "error");
			jsonw_key(&w, "message");
			jsonw_obj_open(&w);
			jsonw_kstr(&w, "text", d->message);
			jsonw_obj_close(&w);
			if (d->path) {
				jsonw_key(&w, "locations");
				jsonw_arr_open(&w);
				jsonw_obj_open(&w);
				jsonw_key(&w, "physicalLocation");
				jsonw_obj_open(&w);
				jsonw_key(&w, "artifactLocation");
				jsonw_obj_open(&w);
				strbuf_reset(&tmp);
				uri_encode(&tmp, d->path);
				jsonw_kstr(&w, "uri", tmp.buf);
				jsonw_obj_close(&w);
				if (d->line > 0) {
					jsonw_key(&w, "region");
					jsonw_obj_open(&w);
					jsonw_kint(&w, "startLine", d->line);
					if (d->column > 0)
						jsonw_kint(&w, "startColumn", d->column);
					jsonw_obj_close(&w);
				}
				jsonw_obj_close(&w);
				jsonw_obj_close(&w);
				jsonw_arr_close(&w);
			}
			jsonw_obj_close(&w);
		}
		jsonw_arr_close(&w);
	}
	jsonw_obj_close(&w);
	jsonw_arr_close(&w);

	if (extra) {
		jsonw_key(&w, "properties");
		jsonw_obj_open(&w);
		extra(&w, arg);
		jsonw_obj_close(&w);
	}
	jsonw_obj_close(&w); /* run */
	jsonw_arr_close(&w);
	jsonw_obj_close(&w);
	strbuf_addch(&sb, '\n');
	fwrite(sb.buf, 1, sb.len, out);
	strbuf_release(&sb);
	strbuf_release(&tmp);
	free(rules);
	free(rule_index);
	(void)o;
}
