/* Human output: findings grouped by file, most severe first within a line. */
#include "core/report.h"

#include <string.h>

#define C_RESET "\033[0m"
#define C_BOLD "\033[1m"
#define C_DIM "\033[2m"

static const char *sev_color(bh_severity s)
{
	switch (s) {
	case BH_SEV_CRITICAL: return "\033[1;35m";
	case BH_SEV_HIGH: return "\033[1;31m";
	case BH_SEV_MEDIUM: return "\033[33m";
	case BH_SEV_LOW: return "\033[36m";
	default: return "\033[2m";
	}
}

static void upper(char *dst, const char *src, size_t cap)
{
	size_t i = 0;
	for (; src[i] && i + 1 < cap; i++)
		dst[i] = (char)(src[i] >= 'a' && src[i] <= 'z' ? src[i] - 32 : src[i]);
	dst[i] = '\0';
}

void bh_report_text(FILE *out, const bh_findings *f, const bh_report_opts *o)
{
	const char *last_group = NULL;
	size_t counts[BH_SEV_CRITICAL + 1] = { 0 };
	for (size_t i = 0; i < f->n; i++) {
		const bh_finding *x = &f->items[i];
		counts[x->severity]++;
		const char *group = x->loc.path ? x->loc.path : (x->object ? x->object : "-");
		if (!last_group || strcmp(group, last_group) != 0) {
			if (last_group)
				fputc('\n', out);
			fprintf(out, "%s%s%s\n", o->color ? C_BOLD : "", group, o->color ? C_RESET : "");
			last_group = group;
		}
		char where[32] = "";
		if (x->loc.line > 0)
			snprintf(where, sizeof where, "%d:%d", x->loc.line, x->loc.column > 0 ? x->loc.column : 1);
		char sev[16];
		upper(sev, bh_severity_name(x->severity), sizeof sev);
		fprintf(out, "  %-8s %s%-8s%s %-7s %s", where, o->color ? sev_color(x->severity) : "", sev,
			o->color ? C_RESET : "", x->rule->id, x->message);
		if (x->object && x->loc.path)
			fprintf(out, " %s[%s]%s", o->color ? C_DIM : "", x->object, o->color ? C_RESET : "");
		fputc('\n', out);
		if (x->ignore_expired)
			fprintf(out, "  %-8s %-8s %-7s note: %s\n", "", "", "", x->ignore_expired);
		if (o->verbose) {
			fprintf(out, "  %-8s %-8s %-7s why: %s\n", "", "", "", x->rule->why);
			fprintf(out, "  %-8s %-8s %-7s fix: %s\n", "", "", "",
				x->remediation ? x->remediation : x->rule->fix);
		} else if (x->remediation) {
			fprintf(out, "  %-8s %-8s %-7s fix: %s\n", "", "", "", x->remediation);
		}
	}
	if (f->n)
		fputc('\n', out);
	if (f->n == 0) {
		fprintf(out, "No findings.");
	} else {
		fprintf(out, "%zu finding%s:", f->n, f->n == 1 ? "" : "s");
		bool first = true;
		for (int s = BH_SEV_CRITICAL; s >= BH_SEV_INFO; s--) {
			if (!counts[s])
				continue;
			fprintf(out, "%s %zu %s", first ? "" : ",", counts[s], bh_severity_name((bh_severity)s));
			first = false;
		}
	}
	if (f->suppressed)
		fprintf(out, " (%zu suppressed)", f->suppressed);
	/* "No findings." alone would read as a clean result when inputs failed */
	if (f->nerrors)
		fprintf(out, " %zu input error%s (see stderr); those inputs were not checked.", f->nerrors,
			f->nerrors == 1 ? "" : "s");
	fputc('\n', out);
}
