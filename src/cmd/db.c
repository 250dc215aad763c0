/* bulkhead db: build, refresh and inspect the vulnerability database. */
#include "cmd/cmd.h"
#include "core/finding.h"
#include "core/jsonw.h"
#include "core/report.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "vuln/db.h"
#include "vuln/feed.h"
#include "vuln/import.h"

#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char db_help[] =
	"usage: bulkhead db update [--db PATH] [--sources FILE] [--only NAME]... [--quiet]\n"
	"       bulkhead db import [--db PATH] [--kind KIND] [--name NAME] PATH...\n"
	"       bulkhead db status [--db PATH] [--format text|json]\n"
	"\n"
	"The vulnerability database `bulkhead vuln` (and `scan`) match against.\n"
	"\n"
	"  update   download every source (conditional requests, resumed transfers)\n"
	"           and import what changed; the database is replaced atomically and\n"
	"           a failed source keeps its previous data\n"
	"  import   import local files, for machines without network access: OSV\n"
	"           JSON (a record, a directory of records, or an ecosystem's\n"
	"           all.zip), the Debian Security Tracker JSON or an Alpine secdb\n"
	"  status   list the sources with their counts, checksums and age\n"
	"\n"
	"options:\n"
	"      --db PATH        database (default $BULKHEAD_DB, else\n"
	"                       $XDG_CACHE_HOME/bulkhead/vuln.db, else ~/.cache/bulkhead/vuln.db)\n"
	"      --sources FILE   sources to update from, one \"NAME KIND URL\" per line\n"
	"                       (default $BULKHEAD_DB_SOURCES, else the built-in list)\n"
	"      --only NAME      update only this source (may be repeated)\n"
	"      --kind KIND      import: osv, debian or alpine (default: detected)\n"
	"      --name NAME      import: the source name to store under (default: file:PATH)\n"
	"  -q, --quiet          no progress output\n"
	"  -f, --format FMT     status: text (default) or json\n"
	"  -h, --help           show this help\n"
	"\n"
	"Exit codes: 0 success, 2 a source or input could not be used.\n";

enum { OPT_DB = 1000, OPT_SOURCES, OPT_ONLY, OPT_KIND, OPT_NAME };

typedef struct db_opts {
	const char *db, *sources, *name, *format;
	const char **only;
	size_t nonly, only_alloc;
	bh_feed_kind kind;
	bool quiet;
} db_opts;

static char *download_dir(const char *db_path)
{
	char *copy = bh_strdup(db_path);
	char *dir = bh_asprintf("%s/downloads", dirname(copy));
	free(copy);
	return dir;
}

static bool selected(const db_opts *o, const char *name)
{
	if (!o->nonly)
		return true;
	for (size_t i = 0; i < o->nonly; i++)
		if (!strcmp(o->only[i], name))
			return true;
	return false;
}

static void touch_source(sqlite3 *db, const char *name)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "UPDATE source SET checked_at = ? WHERE name = ?", -1, &st, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_int64(st, 1, (int64_t)time(NULL));
	sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
	sqlite3_step(st);
	sqlite3_finalize(st);
}

static int db_update(const db_opts *o, const char *path)
{
	bh_feed_sources sources = { 0 };
	bh_findings errs;
	bh_findings_init(&errs);
	const char *file = o->sources ? o->sources : getenv("BULKHEAD_DB_SOURCES");
	if (file && *file) {
		if (bh_feed_sources_load(&sources, file, &errs) < 0 || !sources.n) {
			if (!errs.nerrors)
				bh_findings_error(&errs, file, 0, 0, "no sources listed");
			bh_report_errors(stderr, &errs);
			bh_findings_release(&errs);
			bh_feed_sources_free(&sources);
			return 2;
		}
	} else {
		bh_feed_sources_default(&sources);
	}
	for (size_t i = 0; i < o->nonly; i++) {
		bool known = false;
		for (size_t j = 0; j < sources.n; j++)
			known |= !strcmp(sources.items[j].name, o->only[i]);
		if (!known) {
			fprintf(stderr, "bulkhead: --only %s: no such source\n", o->only[i]);
			bh_feed_sources_free(&sources);
			bh_findings_release(&errs);
			return 2;
		}
	}
	bh_vulndb v;
	char err[1024];
	if (bh_vulndb_update_begin(&v, path, err, sizeof err) < 0) {
		fprintf(stderr, "bulkhead: %s\n", err);
		bh_feed_sources_free(&sources);
		bh_findings_release(&errs);
		return 2;
	}
	char *dir = download_dir(path);
	bool progress = !o->quiet && isatty(STDERR_FILENO);
	int failed = 0;
	for (size_t i = 0; i < sources.n; i++) {
		const bh_feed_source *s = &sources.items[i];
		if (!selected(o, s->name))
			continue;
		bh_vulndb_source prev;
		bool have = bh_vulndb_get_source(v.db, s->name, &prev);
		/* validators only count for the same URL */
		bool same = have && prev.location && !strcmp(prev.location, s->url);
		bh_download d;
		bh_feed_download(s->url, dir, s->name, same ? prev.etag : NULL, same ? prev.last_modified : NULL,
				 progress, &d);
		if (have)
			bh_vulndb_source_release(&prev);
		if (d.status == BH_DL_NOT_MODIFIED) {
			touch_source(v.db, s->name);
			if (!o->quiet)
				fprintf(stderr, "%s: not modified\n", s->name);
		} else if (d.status == BH_DL_FAILED) {
			fprintf(stderr, "bulkhead: %s: download failed: %s%s\n", s->name, d.error,
				have ? " (keeping the previous data)" : "");
			failed++;
		} else {
			bh_import im;
			bh_findings ierrs;
			bh_findings_init(&ierrs);
			int rc = bh_import_begin(&im, v.db, s->name, s->kind, &ierrs);
			if (rc == 0) {
				rc = bh_import_path(&im, d.file);
				bh_import_meta meta = { s->url, d.sha256, d.etag, d.last_modified, d.size };
				int64_t nv = im.vulns, na = im.affected;
				if (bh_import_end(&im, rc == 0, &meta) < 0)
					rc = -1;
				if (rc == 0 && !o->quiet)
					fprintf(stderr, "%s: %lld vulnerabilities, %lld affected packages%s\n", s->name,
						(long long)nv, (long long)na, d.resumed ? " (resumed download)" : "");
			}
			if (rc < 0) {
				fprintf(stderr, "bulkhead: %s: the download from %s could not be imported%s:\n", s->name, s->url,
					have ? " (keeping the previous data)" : "");
				bh_report_errors(stderr, &ierrs);
				failed++;
			}
			bh_findings_release(&ierrs);
			unlink(d.file);
		}
		bh_download_release(&d);
	}
	free(dir);
	int rc = failed ? 2 : 0;
	if (bh_vulndb_update_commit(&v, err, sizeof err) < 0) {
		fprintf(stderr, "bulkhead: %s\n", err);
		rc = 2;
	}
	bh_feed_sources_free(&sources);
	bh_findings_release(&errs);
	return rc;
}

static int db_import(const db_opts *o, const char *path, char **inputs, int ninputs)
{
	if (!ninputs) {
		fputs("bulkhead: db import needs at least one PATH\n", stderr);
		return 2;
	}
	if (o->name && ninputs > 1) {
		fputs("bulkhead: --name applies to a single PATH\n", stderr);
		return 2;
	}
	bh_vulndb v;
	char err[1024];
	if (bh_vulndb_update_begin(&v, path, err, sizeof err) < 0) {
		fprintf(stderr, "bulkhead: %s\n", err);
		return 2;
	}
	int failed = 0;
	for (int i = 0; i < ninputs; i++) {
		char real[PATH_MAX];
		if (!realpath(inputs[i], real))
			snprintf(real, sizeof real, "%s", inputs[i]);
		char *name = o->name ? bh_strdup(o->name) : bh_asprintf("file:%s", real);
		bh_findings errs;
		bh_findings_init(&errs);
		bh_import im;
		int rc = bh_import_begin(&im, v.db, name, o->kind, &errs);
		if (rc == 0) {
			rc = bh_import_path(&im, inputs[i]);
			struct stat st;
			char sha[65] = "";
			bool regular = stat(inputs[i], &st) == 0 && S_ISREG(st.st_mode);
			if (regular)
				bh_sha256_file(inputs[i], sha);
			bh_import_meta meta = { real, regular ? sha : NULL, NULL, NULL, regular ? (int64_t)st.st_size : 0 };
			int64_t nv = im.vulns, na = im.affected;
			if (bh_import_end(&im, rc == 0, &meta) < 0)
				rc = -1;
			if (rc == 0 && !o->quiet)
				fprintf(stderr, "%s: %lld vulnerabilities, %lld affected packages\n", name, (long long)nv,
					(long long)na);
		}
		if (rc < 0) {
			bh_report_errors(stderr, &errs);
			failed++;
		}
		bh_findings_release(&errs);
		free(name);
	}
	if (failed) {
		/* an import is all or nothing: nothing of a failed run is kept */
		bh_vulndb_close(&v);
		return 2;
	}
	if (bh_vulndb_update_commit(&v, err, sizeof err) < 0) {
		fprintf(stderr, "bulkhead: %s\n", err);
		return 2;
	}
	return 0;
}

static void format_age(char *buf, size_t n, int64_t seconds)
{
	if (seconds < 0)
		seconds = 0;
	if (seconds < 3600)
		snprintf(buf, n, "%lldm", (long long)(seconds / 60));
	else if (seconds < 2 * 86400)
		snprintf(buf, n, "%lldh", (long long)(seconds / 3600));
	else
		snprintf(buf, n, "%lldd", (long long)(seconds / 86400));
}

static int db_status(const db_opts *o, const char *path)
{
	bool json = o->format && !strcmp(o->format, "json");
	if (o->format && !json && strcmp(o->format, "text")) {
		fprintf(stderr, "bulkhead: db status --format expects text or json, not \"%s\"\n", o->format);
		return 2;
	}
	bh_vulndb v;
	char err[1024];
	if (bh_vulndb_open(&v, path, err, sizeof err) < 0) {
		fprintf(stderr, "bulkhead: %s\n", err);
		return 2;
	}
	bh_vulndb_sources s;
	bh_vulndb_list_sources(&v, &s);
	int64_t now = (int64_t)time(NULL), newest = 0, nv = 0, na = 0;
	for (size_t i = 0; i < s.n; i++) {
		if (s.items[i].checked_at > newest)
			newest = s.items[i].checked_at;
		nv += s.items[i].vulns;
		na += s.items[i].affected;
	}
	bool stale = !s.n || now - newest > BH_VULNDB_STALE_SECONDS;
	if (json) {
		strbuf sb = STRBUF_INIT;
		jsonw w;
		jsonw_init(&w, &sb, true);
		jsonw_obj_open(&w);
		jsonw_kstr(&w, "path", path);
		jsonw_kint(&w, "schema", BH_VULNDB_SCHEMA);
		jsonw_kbool(&w, "stale", stale);
		jsonw_kint(&w, "vulnerabilities", nv);
		jsonw_kint(&w, "affected", na);
		jsonw_key(&w, "sources");
		jsonw_arr_open(&w);
		for (size_t i = 0; i < s.n; i++) {
			const bh_vulndb_source *x = &s.items[i];
			jsonw_obj_open(&w);
			jsonw_kstr(&w, "name", x->name);
			jsonw_kstr(&w, "kind", x->kind);
			jsonw_kstr(&w, "location", x->location);
			jsonw_kstr(&w, "sha256", x->sha256);
			jsonw_kstr(&w, "etag", x->etag);
			jsonw_kstr(&w, "last_modified", x->last_modified);
			jsonw_kint(&w, "size", x->size);
			jsonw_kint(&w, "imported_at", x->imported_at);
			jsonw_kint(&w, "checked_at", x->checked_at);
			jsonw_kint(&w, "vulnerabilities", x->vulns);
			jsonw_kint(&w, "affected", x->affected);
			jsonw_obj_close(&w);
		}
		jsonw_arr_close(&w);
		jsonw_obj_close(&w);
		puts(sb.buf);
		strbuf_release(&sb);
	} else {
		printf("database: %s (schema %d)\n", path, BH_VULNDB_SCHEMA);
		printf("%-28s %-7s %10s %10s %8s %8s  %s\n", "source", "kind", "vulns", "affected", "imported", "checked",
		       "sha256");
		for (size_t i = 0; i < s.n; i++) {
			const bh_vulndb_source *x = &s.items[i];
			char imp[32], chk[32];
			format_age(imp, sizeof imp, now - x->imported_at);
			format_age(chk, sizeof chk, now - x->checked_at);
			printf("%-28s %-7s %10lld %10lld %8s %8s  %.12s\n", x->name, x->kind, (long long)x->vulns,
			       (long long)x->affected, imp, chk, x->sha256 ? x->sha256 : "-");
		}
		printf("total: %lld vulnerabilities, %lld affected packages in %zu sources%s\n", (long long)nv,
		       (long long)na, s.n, stale ? "; STALE: run `bulkhead db update`" : "");
	}
	bh_vulndb_sources_free(&s);
	bh_vulndb_close(&v);
	return 0;
}

int cmd_db(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "db", required_argument, NULL, OPT_DB },
		{ "sources", required_argument, NULL, OPT_SOURCES },
		{ "only", required_argument, NULL, OPT_ONLY },
		{ "kind", required_argument, NULL, OPT_KIND },
		{ "name", required_argument, NULL, OPT_NAME },
		{ "format", required_argument, NULL, 'f' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	db_opts o = { 0 };
	int opt, rc = 2;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "f:qh", longopts, NULL)) != -1) {
		switch (opt) {
		case OPT_DB: o.db = optarg; break;
		case OPT_SOURCES: o.sources = optarg; break;
		case OPT_ONLY: *BH_ARRAY_PUSH(o.only, o.nonly, o.only_alloc) = optarg; break;
		case OPT_NAME: o.name = optarg; break;
		case 'f': o.format = optarg; break;
		case 'q': o.quiet = true; break;
		case 'h': fputs(db_help, stdout); rc = 0; goto out;
		case OPT_KIND:
			if (!bh_feed_kind_parse(optarg, &o.kind)) {
				fprintf(stderr, "bulkhead: --kind expects osv, debian or alpine, not \"%s\"\n", optarg);
				goto out;
			}
			break;
		default: fputs(db_help, stderr); goto out;
		}
	}
	if (optind >= argc) {
		fputs(db_help, stderr);
		goto out;
	}
	const char *sub = argv[optind];
	char *path = bh_vulndb_default_path(o.db);
	if (!strcmp(sub, "update") && optind + 1 == argc)
		rc = db_update(&o, path);
	else if (!strcmp(sub, "import"))
		rc = db_import(&o, path, argv + optind + 1, argc - optind - 1);
	else if (!strcmp(sub, "status") && optind + 1 == argc)
		rc = db_status(&o, path);
	else
		fprintf(stderr, "bulkhead: unknown db command \"%s\" (expected update, import or status)\n", sub);
	free(path);
out:
	free(o.only);
	return rc;
}
