#include "core/report.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

bool bh_format_parse(const char *name, bh_format *out)
{
	if (!strcmp(name, "text") || !strcmp(name, "table") || !strcmp(name, "human"))
		*out = BH_FORMAT_TEXT;
	else if (!strcmp(name, "json"))
		*out = BH_FORMAT_JSON;
	else if (!strcmp(name, "sarif"))
		*out = BH_FORMAT_SARIF;
	else
		return false;
	return true;
}

bool bh_want_color(FILE *f)
{
	const char *nc = getenv("NO_COLOR");
	if (nc && *nc)
		return false;
	const char *term = getenv("TERM");
	if (term && !strcmp(term, "dumb"))
		return false;
	return isatty(fileno(f));
}

void bh_report(FILE *out, const bh_findings *f, const bh_report_opts *o)
{
	switch (o->format) {
	case BH_FORMAT_TEXT: bh_report_text(out, f, o); break;
	case BH_FORMAT_JSON: bh_report_json(out, f, o); break;
	case BH_FORMAT_SARIF: bh_report_sarif(out, f, o); break;
	}
}

void bh_report_errors(FILE *err, const bh_findings *f)
{
	for (size_t i = 0; i < f->nerrors; i++) {
		const bh_diag *d = &f->errors[i];
		fputs("bulkhead: error: ", err);
		if (d->path) {
			fputs(d->path, err);
			if (d->line > 0) {
				fprintf(err, ":%d", d->line);
				if (d->column > 0)
					fprintf(err, ":%d", d->column);
			}
			fputs(": ", err);
		}
		fprintf(err, "%s\n", d->message);
	}
}
