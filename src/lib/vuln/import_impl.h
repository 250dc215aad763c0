/* Shared by the importers: the row writers and each format's entry point. */
#ifndef BH_VULN_IMPORT_IMPL_H
#define BH_VULN_IMPORT_IMPL_H

#include "core/yamldoc.h"
#include "vuln/import.h"

/* INSERT OR IGNORE: one id may appear for many packages of one source. */
int imp_vuln(bh_import *im, const char *id, const char *summary, const char *severity, const char *cvss_vector,
	     double cvss_score, const char *link, const char *modified, const char *withdrawn);
int imp_alias(bh_import *im, const char *id, const char *alias);
/* Returns the new affected row id, or -1. */
int64_t imp_affected(bh_import *im, const char *id, const char *ecosystem, const char *release, const char *package,
		     const char *scheme, const char *status, const char *severity, const char *urgency);
int imp_range(bh_import *im, int64_t affected_id, const char *introduced, const char *fixed,
	      const char *last_affected, const char *limit);
int imp_version(bh_import *im, int64_t affected_id, const char *version);
void imp_error(bh_import *im, const char *name, const ynode *at, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* The first line of text, at most 300 bytes, cut on a character boundary. */
char *imp_summary(const char *text);
/* A scalar's text when the node is a non-null scalar, else NULL. */
const char *imp_str(const ynode *n);

int imp_osv_record(bh_import *im, const char *name, const ynode *rec);
int imp_osv_document(bh_import *im, const char *name, const ynode *root);
int imp_debian_tracker(bh_import *im, const char *name, char *data, size_t len);
int imp_alpine_secdb(bh_import *im, const char *name, const ynode *root);

#endif
