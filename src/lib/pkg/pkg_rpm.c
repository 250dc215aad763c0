/* RPM: the SQLite package database of current releases (rpmdb.sqlite,
 * RHEL 9, Fedora 33 and later). Each row of its Packages table holds one
 * package header: a big-endian index count and data length, the index
 * entries (tag, type, offset, count) and the data they point into. The
 * Berkeley DB format of older releases is read in pkg_rpm_bdb.c, SUSE's NDB
 * format in pkg_rpm_ndb.c.
 *
 * The database is opened from memory, read-only, with SQLite's defensive
 * mode on; every header is bounds-checked before a byte of it is used. */
#include "pkg/license.h"
#include "pkg/pkgint.h"
#include "pkg/purl.h"
#include "core/util.h"

#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

enum {
	RPMTAG_NAME = 1000,
	RPMTAG_VERSION = 1001,
	RPMTAG_RELEASE = 1002,
	RPMTAG_EPOCH = 1003,
	RPMTAG_LICENSE = 1014,
	RPMTAG_ARCH = 1022,
	RPMTAG_SOURCERPM = 1044,
};
enum { RPM_INT32 = 4, RPM_STRING = 6, RPM_I18NSTRING = 9 };

#define RPM_MAX_INDEX 0x10000
#define RPM_MAX_BLOB (64u * 1024 * 1024)

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

typedef struct rpm_header {
	const char *name, *version, *release, *license, *arch, *sourcerpm;
	bool has_epoch;
	uint32_t epoch;
} rpm_header;

/* Reads the tags we use; false when the header is malformed. */
static bool header_parse(const unsigned char *b, size_t len, rpm_header *h)
{
	memset(h, 0, sizeof *h);
	if (len < 8)
		return false;
	uint32_t il = be32(b), dl = be32(b + 4);
	if (il == 0 || il > RPM_MAX_INDEX || dl > len || (uint64_t)8 + (uint64_t)il * 16 + dl > len)
		return false;
	const unsigned char *index = b + 8, *store = index + (size_t)il * 16;
	for (uint32_t i = 0; i < il; i++) {
		const unsigned char *e = index + (size_t)i * 16;
		uint32_t tag = be32(e), type = be32(e + 4), off = be32(e + 8), count = be32(e + 12);
		if (off >= dl)
			continue;
		if (type == RPM_STRING || type == RPM_I18NSTRING) {
			/* The string must end inside the data store. */
			if (!memchr(store + off, 0, dl - off))
				return false;
			const char *s = (const char *)store + off;
			switch (tag) {
			case RPMTAG_NAME: h->name = s; break;
			case RPMTAG_VERSION: h->version = s; break;
			case RPMTAG_RELEASE: h->release = s; break;
			case RPMTAG_LICENSE: h->license = s; break;
			case RPMTAG_ARCH: h->arch = s; break;
			case RPMTAG_SOURCERPM: h->sourcerpm = s; break;
			default: break;
			}
		} else if (type == RPM_INT32 && tag == RPMTAG_EPOCH && count >= 1 && off % 4 == 0 && dl - off >= 4) {
			h->has_epoch = true;
			h->epoch = be32(store + off);
		}
	}
	return true;
}

/* "bash-5.1.8-6.el9.src.rpm" → name "bash", version "5.1.8-6.el9". */
static void split_sourcerpm(const char *srpm, char **name, char **version)
{
	*name = *version = NULL;
	size_t n = strlen(srpm);
	if (n > 8 && !strcmp(srpm + n - 8, ".src.rpm"))
		n -= 8;
	else if (n > 10 && !strcmp(srpm + n - 10, ".nosrc.rpm"))
		n -= 10;
	else
		return;
	char *s = bh_strndup(srpm, n);
	char *rel = strrchr(s, '-');
	char *ver = NULL;
	if (rel) {
		*rel = 0;
		ver = strrchr(s, '-');
		*rel = '-';
	}
	if (ver && ver > s) {
		*name = bh_strndup(s, (size_t)(ver - s));
		*version = bh_strdup(ver + 1);
	}
	free(s);
}

static void rpm_emit(bh_pkg_ctx *c, const rpm_header *h, long row)
{
	if (!bh_pkg_printable(h->name) || !bh_pkg_printable(h->version) || !bh_pkg_printable(h->release)) {
		bh_pkg_diag(c, 0, "package header %ld without a valid name, version and release", row);
		return;
	}
	/* gpg-pubkey rows are imported signing keys, not software. */
	if (!strcmp(h->name, "gpg-pubkey"))
		return;
	char *vr = bh_asprintf("%s-%s", h->version, h->release);
	char *full = h->has_epoch && h->epoch ? bh_asprintf("%u:%s", h->epoch, vr) : bh_strdup(vr);
	bh_package *p = bh_pkg_new(c, "rpm", h->name, full);
	if (h->sourcerpm && bh_pkg_printable(h->sourcerpm)) {
		char *sn, *sv;
		split_sourcerpm(h->sourcerpm, &sn, &sv);
		if (sn && strcmp(sn, h->name) != 0)
			p->source_name = sn;
		else
			free(sn);
		if (sv && strcmp(sv, vr) != 0)
			p->source_version = h->has_epoch && h->epoch ? bh_asprintf("%u:%s", h->epoch, sv) : bh_strdup(sv);
		free(sv);
	}
	if (c->distro) {
		p->distro = bh_strdup(c->distro);
		p->distro_release = c->distro_release ? bh_strdup(c->distro_release) : NULL;
	}
	p->license = h->license ? bh_license_expr(h->license) : NULL;
	char epoch[16] = "";
	if (h->has_epoch && h->epoch)
		snprintf(epoch, sizeof epoch, "%u", h->epoch);
	char *distro = bh_pkg_distro_qualifier(c);
	const char *arch = h->arch && bh_pkg_printable(h->arch) ? h->arch : NULL;
	const char *quals[] = { "arch", arch, "epoch", epoch, "distro", distro, NULL };
	p->purl = bh_purl("rpm", c->distro, h->name, vr, quals);
	free(distro);
	free(vr);
	free(full);
}

void bh_pkg_rpm_header(bh_pkg_ctx *c, const unsigned char *blob, size_t len, long row)
{
	rpm_header h;
	if (!blob || !header_parse(blob, len, &h)) {
		bh_pkg_diag(c, 0, "package header %ld is malformed", row);
		return;
	}
	rpm_emit(c, &h, row);
}

void bh_pkg_parse_rpm_sqlite(bh_pkg_ctx *c, const char *data, size_t len)
{
	if (len < 100 || memcmp(data, "SQLite format 3", 16) != 0) {
		bh_pkg_diag(c, 0, "not an SQLite database");
		return;
	}
	/* SQLite needs its own copy to deserialize; a database in WAL mode is
	 * marked as a rollback-journal one so that it opens from memory (the
	 * file holds every checkpointed page). */
	unsigned char *copy = sqlite3_malloc64(len);
	if (!copy)
		bh_die("out of memory");
	memcpy(copy, data, len);
	if (copy[18] == 2 && copy[19] == 2)
		copy[18] = copy[19] = 1;
	sqlite3 *db = NULL;
	if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		bh_pkg_diag(c, 0, "cannot open SQLite: %s", db ? sqlite3_errmsg(db) : "out of memory");
		sqlite3_free(copy);
		sqlite3_close(db);
		return;
	}
	sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
	sqlite3_limit(db, SQLITE_LIMIT_LENGTH, (int)RPM_MAX_BLOB);
	if (sqlite3_deserialize(db, "main", copy, (sqlite3_int64)len, (sqlite3_int64)len,
				SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY) != SQLITE_OK) {
		bh_pkg_diag(c, 0, "cannot read the database: %s", sqlite3_errmsg(db));
		sqlite3_close(db);
		return;
	}
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, "SELECT hnum, blob FROM Packages", -1, &st, NULL) != SQLITE_OK) {
		bh_pkg_diag(c, 0, "no Packages table: %s", sqlite3_errmsg(db));
		sqlite3_close(db);
		return;
	}
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		long row = (long)sqlite3_column_int64(st, 0);
		const unsigned char *blob = sqlite3_column_blob(st, 1);
		int n = sqlite3_column_bytes(st, 1);
		bh_pkg_rpm_header(c, blob, n > 0 ? (size_t)n : 0, row);
	}
	if (rc != SQLITE_DONE)
		bh_pkg_diag(c, 0, "reading the Packages table: %s", sqlite3_errmsg(db));
	sqlite3_finalize(st);
	sqlite3_close(db);
}
