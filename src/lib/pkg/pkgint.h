/* Internals shared by the inventory and the package database parsers. Each
 * parser reads one file's bytes (never the disk) and appends packages. */
#ifndef BH_PKGINT_H
#define BH_PKGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pkg/inventory.h"
#include "pkg/package.h"

/* The files the inventory keeps, and the parser each one goes to. */
typedef enum bh_pkg_kind {
	BH_PK_NONE = 0,
	BH_PK_OS_RELEASE,     /* etc/os-release, usr/lib/os-release */
	BH_PK_DPKG_STATUS,    /* var/lib/dpkg/status, var/lib/dpkg/status.d/<pkg> */
	BH_PK_DPKG_COPYRIGHT, /* usr/share/doc/<pkg>/copyright */
	BH_PK_APK,            /* lib/apk/db/installed */
	BH_PK_RPM_SQLITE,     /* rpmdb.sqlite */
	BH_PK_RPM_BDB,        /* rpm/Packages (Berkeley DB hash) */
	BH_PK_RPM_NDB,        /* rpm/Packages.db (SUSE) */
	BH_PK_NPM_LOCK,       /* package-lock.json outside node_modules */
	BH_PK_NPM_PACKAGE,    /* node_modules/[@scope/]name/package.json */
	BH_PK_PY_METADATA,    /* *.dist-info/METADATA, *.egg-info/PKG-INFO, *.egg-info file */
	BH_PK_CARGO_LOCK,     /* Cargo.lock */
	BH_PK_GEMFILE_LOCK,   /* Gemfile.lock */
	BH_PK_GEMSPEC,        /* specifications/NAME.gemspec */
	BH_PK_GO_BINARY,      /* executable ELF file: only its build information is kept */
	BH_PK_JAR,            /* *.jar, *.war, *.ear */
	BH_PK_CARGO_BINARY,   /* executable ELF file: only its cargo-auditable ".dep-v0" section is kept */
	BH_PK_CARGO_TOML,     /* .cargo/registry/src/<index>/<crate>/Cargo.toml, vendor/<crate>/Cargo.toml: licences */
	BH_PK__COUNT
} bh_pkg_kind;

/* What a path is to the inventory, and how many bytes of it may be kept.
 * Go binaries are not recognised by path: see bh_pkg_maybe_go. */
bh_pkg_kind bh_pkg_classify(const char *path, uint32_t mode, size_t *max_bytes);
/* An executable large enough to be a Go binary: its bytes are scanned for build information. */
bool bh_pkg_maybe_go(uint32_t mode, int64_t size);

/* Everything a parser needs besides the bytes. */
typedef struct bh_pkg_ctx {
	bh_inventory *inv;
	const char *path;           /* relative to the root */
	int layer;                  /* -1 outside images */
	const char *distro;         /* os-release ID or NULL */
	const char *distro_release; /* os-release VERSION_ID or NULL */
} bh_pkg_ctx;

void bh_pkg_diag(bh_pkg_ctx *c, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void bh_inv_diag(bh_inventory *inv, const char *path, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Appends a package with type, name, version, path and layer set (copies). */
bh_package *bh_pkg_new(bh_pkg_ctx *c, const char *type, const char *name, const char *version);
/* "distro-release" for purl distro qualifiers, or NULL. Caller frees. */
char *bh_pkg_distro_qualifier(const bh_pkg_ctx *c);

/* ---- lines ---- */
typedef struct bh_lines {
	const char *p, *end;
	int lineno;
} bh_lines;
void bh_lines_init(bh_lines *r, const char *data, size_t len);
/* Next line without its "\n" / "\r\n"; false at the end. */
bool bh_lines_next(bh_lines *r, const char **line, size_t *len);
/* A copy of s[0..n) without leading and trailing blanks. */
char *bh_pkg_trim(const char *s, size_t n);
/* Bytes that may not appear in a name or version (controls, NUL). */
bool bh_pkg_printable(const char *s);

/* ---- parsers (one file each) ---- */
void bh_pkg_parse_os_release(const char *data, size_t len, char **id, char **version_id, char **pretty);
void bh_pkg_parse_dpkg(bh_pkg_ctx *c, const char *data, size_t len);
/* Licence of a machine-readable debian/copyright file; NULL when it is not
 * in that format or nothing maps to SPDX. */
char *bh_pkg_dpkg_copyright_license(const char *data, size_t len);
void bh_pkg_parse_apk(bh_pkg_ctx *c, const char *data, size_t len);
void bh_pkg_parse_npm_lock(bh_pkg_ctx *c, const char *data, size_t len);
void bh_pkg_parse_npm_package(bh_pkg_ctx *c, const char *data, size_t len);
void bh_pkg_parse_python(bh_pkg_ctx *c, const char *data, size_t len);
void bh_pkg_parse_cargo_lock(bh_pkg_ctx *c, const char *data, size_t len);
/* [package] name, version and licence (an SPDX expression, NULL when it
 * does not map) of a crate's Cargo.toml; false without a name and version. */
bool bh_pkg_cargo_toml(const char *data, size_t len, char **name, char **version, char **license);
void bh_pkg_parse_gemfile_lock(bh_pkg_ctx *c, const char *data, size_t len);
void bh_pkg_parse_gemspec(bh_pkg_ctx *c, const char *data, size_t len);
/* The bytes bh_go_scan kept (gobuildinfo.h), from the build information header on. */
void bh_pkg_parse_go(bh_pkg_ctx *c, const char *data, size_t len);
/* The compressed ".dep-v0" section bh_dep_scan kept (cargoaudit.h). */
void bh_pkg_parse_cargo_auditable(bh_pkg_ctx *c, const char *data, size_t len);
void bh_pkg_parse_jar(bh_pkg_ctx *c, const char *data, size_t len);
void bh_pkg_parse_rpm_sqlite(bh_pkg_ctx *c, const char *data, size_t len);
void bh_pkg_parse_rpm_bdb(bh_pkg_ctx *c, const char *data, size_t len);
void bh_pkg_parse_rpm_ndb(bh_pkg_ctx *c, const char *data, size_t len);
/* One RPM header blob (either database format) to a package, or a diagnostic. */
void bh_pkg_rpm_header(bh_pkg_ctx *c, const unsigned char *blob, size_t len, long row);

/* Parses one file of the given kind (everything but os-release and
 * copyright, which the inventory handles first). */
void bh_pkg_parse(bh_pkg_kind kind, bh_pkg_ctx *c, const char *data, size_t len);

#endif
