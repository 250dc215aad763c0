/* Reporters: one findings list, every output format. */
#ifndef BH_REPORT_H
#define BH_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "core/finding.h"

typedef enum bh_format {
	BH_FORMAT_TEXT,
	BH_FORMAT_JSON,
	BH_FORMAT_SARIF,
} bh_format;

typedef struct bh_report_opts {
	bh_format format;
	bool color;         /* text only: ANSI colors */
	bool verbose;       /* text only: print why/fix under each finding */
	const char *command; /* "lint", "config", ... recorded in json/sarif */
} bh_report_opts;

bool bh_format_parse(const char *name, bh_format *out);
/* Colors only on a terminal, never when NO_COLOR is set (https://no-color.org). */
bool bh_want_color(FILE *f);

void bh_report(FILE *out, const bh_findings *f, const bh_report_opts *o);
void bh_report_text(FILE *out, const bh_findings *f, const bh_report_opts *o);
void bh_report_json(FILE *out, const bh_findings *f, const bh_report_opts *o);
struct jsonw;
/* bh_report_json plus extra top-level members written by extra() after
 * "summary" (bench adds "checks"); every existing member is unchanged. */
void bh_report_json_extra(FILE *out, const bh_findings *f, const bh_report_opts *o,
			  void (*extra)(struct jsonw *w, void *arg), void *arg);
void bh_report_sarif(FILE *out, const bh_findings *f, const bh_report_opts *o);
/* bh_report_sarif plus run-level "properties" members written by extra()
 * (bench adds its score and status counts). */
void bh_report_sarif_extra(FILE *out, const bh_findings *f, const bh_report_opts *o,
			   void (*extra)(struct jsonw *w, void *arg), void *arg);
/* Input errors always go to stderr as path:line:col: message. */
void bh_report_errors(FILE *err, const bh_findings *f);

#endif
