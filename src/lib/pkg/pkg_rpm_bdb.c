/* RPM: the Berkeley DB package database of older releases (var/lib/rpm/
 * Packages: RHEL/CentOS 7 and 8, Amazon Linux 2, UBI 8). It is a Berkeley DB
 * hash database whose values are the same package headers rpmdb.sqlite
 * holds; headers are large, so most values live on chains of overflow pages.
 *
 * Only the page layout is needed, not Berkeley DB itself: the metadata page
 * gives the page size; every hash page lists (key, value) items; a value is
 * stored inline or as a reference to its first overflow page. Every offset,
 * length and page number is checked against the file, and an overflow chain
 * can visit each page at most once. */
#include "pkg/pkgint.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <string.h>

#define BDB_HASH_MAGIC 0x061561u
#define BDB_PAGE_HEADER 26 /* lsn, pgno, prev, next, entries, hf_offset, level, type */
#define BDB_MAX_VALUE (64u * 1024 * 1024)

enum { P_OVERFLOW = 7, P_HASH_UNSORTED = 2, P_HASH = 13 };
enum { H_KEYDATA = 1, H_OFFPAGE = 3 };

typedef struct bdb {
	const unsigned char *data;
	size_t len, pagesize, npages;
	bool swap; /* written on a big-endian machine */
} bdb;

static uint32_t rd32(const bdb *d, const unsigned char *p)
{
	return d->swap ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
		       : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

static uint16_t rd16(const bdb *d, const unsigned char *p)
{
	return d->swap ? (uint16_t)(p[0] << 8 | p[1]) : (uint16_t)(p[1] << 8 | p[0]);
}

static const unsigned char *page(const bdb *d, uint32_t pgno)
{
	return pgno < d->npages ? d->data + (size_t)pgno * d->pagesize : NULL;
}

/* Follows an overflow chain from pgno, collecting tlen bytes. */
static bool read_overflow(const bdb *d, uint32_t pgno, uint32_t tlen, strbuf *out)
{
	if (tlen > BDB_MAX_VALUE)
		return false;
	for (size_t hops = 0; out->len < tlen; hops++) {
		const unsigned char *pg = page(d, pgno);
		if (!pg || hops >= d->npages || pg[25] != P_OVERFLOW)
			return false;
		size_t used = rd16(d, pg + 22);
		if (used > d->pagesize - BDB_PAGE_HEADER || used > tlen - out->len)
			return false;
		strbuf_add(out, pg + BDB_PAGE_HEADER, used);
		pgno = rd32(d, pg + 16);
		if (out->len < tlen && pgno == 0)
			return false;
	}
	return true;
}

void bh_pkg_parse_rpm_bdb(bh_pkg_ctx *c, const char *data, size_t len)
{
	bdb d = { .data = (const unsigned char *)data, .len = len };
	if (len < 512) {
		bh_pkg_diag(c, 0, "not a Berkeley DB hash database");
		return;
	}
	uint32_t magic = rd32(&d, d.data + 12);
	if (magic != BDB_HASH_MAGIC) {
		d.swap = true;
		magic = rd32(&d, d.data + 12);
	}
	d.pagesize = rd32(&d, d.data + 20);
	if (magic != BDB_HASH_MAGIC || d.pagesize < 512 || d.pagesize > 65536 || (d.pagesize & (d.pagesize - 1))) {
		bh_pkg_diag(c, 0, "not a Berkeley DB hash database");
		return;
	}
	if (d.data[24] != 0) {
		bh_pkg_diag(c, 0, "encrypted Berkeley DB database");
		return;
	}
	d.npages = len / d.pagesize;
	long row = 0;
	for (uint32_t pgno = 1; pgno < d.npages; pgno++) {
		const unsigned char *pg = page(&d, pgno);
		if (pg[25] != P_HASH && pg[25] != P_HASH_UNSORTED)
			continue;
		size_t entries = rd16(&d, pg + 20);
		if (BDB_PAGE_HEADER + entries * 2 > d.pagesize) {
			bh_pkg_diag(c, 0, "page %u: %zu entries do not fit", pgno, entries);
			continue;
		}
		/* Items pair up: key at even index, value at odd. Item i ends where
		 * item i-1 starts (items are packed from the end of the page). */
		bool skip_value = false;
		for (size_t i = 0; i < entries; i++) {
			size_t off = rd16(&d, pg + BDB_PAGE_HEADER + 2 * i);
			size_t end = i == 0 ? d.pagesize : rd16(&d, pg + BDB_PAGE_HEADER + 2 * (i - 1));
			if (off < BDB_PAGE_HEADER + entries * 2 || off >= end || end > d.pagesize) {
				bh_pkg_diag(c, 0, "page %u: item %zu out of bounds", pgno, i);
				break;
			}
			const unsigned char *item = pg + off;
			size_t ilen = end - off;
			if (i % 2 == 0) {
				/* Key 0 holds rpm's instance counter, not a package. */
				skip_value = item[0] == H_KEYDATA && ilen == 5 && !memcmp(item + 1, "\0\0\0\0", 4);
				continue;
			}
			if (skip_value)
				continue;
			row++;
			if (item[0] == H_KEYDATA) {
				bh_pkg_rpm_header(c, item + 1, ilen - 1, row);
			} else if (item[0] == H_OFFPAGE && ilen >= 12) {
				strbuf blob = STRBUF_INIT;
				if (read_overflow(&d, rd32(&d, item + 4), rd32(&d, item + 8), &blob))
					bh_pkg_rpm_header(c, (const unsigned char *)blob.buf, blob.len, row);
				else
					bh_pkg_diag(c, 0, "page %u: value %zu: broken overflow chain", pgno, i / 2);
				strbuf_release(&blob);
			}
		}
	}
}
