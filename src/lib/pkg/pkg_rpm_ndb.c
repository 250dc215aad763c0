/* RPM: the NDB package database of SUSE (rpm/Packages.db). A 32-byte
 * header ("RpmP", version 0, generation, number of slot pages, next package
 * index), then slot pages of 4096 bytes holding 16-byte slots ("Slot",
 * package index, offset and length in 16-byte blocks; offset 0 is a free
 * slot). Each used slot points at a blob: "BlbS", package index, time stamp,
 * length, the package header, zero padding to a block, then a tail of the
 * Adler-32 of everything before it, the length again and "BlbE". All
 * integers are little-endian. Every blob is checked (bounds, both magics,
 * index, lengths and checksum) before its header is read. */
#include "pkg/pkgint.h"
#include "core/util.h"

#include <string.h>
#include <zlib.h>

#define NDB_HEADER 32
#define NDB_PAGE 4096
#define NDB_SLOT 16
#define NDB_BLOCK 16
#define NDB_BLOB_HEAD 16
#define NDB_BLOB_TAIL 12

static uint32_t le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static bool blob_ok(const unsigned char *b, uint64_t avail, uint32_t pkgidx, uint64_t blkcnt, uint32_t *len)
{
	uint64_t size = blkcnt * NDB_BLOCK;
	if (size > avail || size < NDB_BLOB_HEAD + NDB_BLOB_TAIL || memcmp(b, "BlbS", 4) != 0 ||
	    le32(b + 4) != pkgidx)
		return false;
	uint32_t n = le32(b + 12);
	if (blkcnt != ((uint64_t)NDB_BLOB_HEAD + n + NDB_BLOB_TAIL + NDB_BLOCK - 1) / NDB_BLOCK)
		return false;
	const unsigned char *tail = b + size - NDB_BLOB_TAIL;
	if (le32(tail + 4) != n || memcmp(tail + 8, "BlbE", 4) != 0)
		return false;
	/* zlib's adler32 takes a uInt length: checksum in pieces. */
	uLong adler = adler32(0L, Z_NULL, 0);
	for (uint64_t off = 0, todo = size - NDB_BLOB_TAIL; todo;) {
		uInt chunk = todo > (1u << 30) ? (1u << 30) : (uInt)todo;
		adler = adler32(adler, b + off, chunk);
		off += chunk;
		todo -= chunk;
	}
	if ((uint32_t)adler != le32(tail))
		return false;
	*len = n;
	return true;
}

void bh_pkg_parse_rpm_ndb(bh_pkg_ctx *c, const char *data, size_t len)
{
	const unsigned char *d = (const unsigned char *)data;
	if (len < NDB_PAGE || memcmp(d, "RpmP", 4) != 0 || le32(d + 4) != 0) {
		bh_pkg_diag(c, 0, "not an rpm NDB package database");
		return;
	}
	uint64_t slotpages = le32(d + 12);
	if (slotpages == 0 || slotpages * NDB_PAGE > len) {
		bh_pkg_diag(c, 0, "%llu slot pages do not fit in %zu bytes", (unsigned long long)slotpages, len);
		return;
	}
	uint64_t first_blob = slotpages * (NDB_PAGE / NDB_BLOCK);
	for (uint64_t off = NDB_HEADER; off < slotpages * NDB_PAGE; off += NDB_SLOT) {
		const unsigned char *slot = d + off;
		if (memcmp(slot, "Slot", 4) != 0) {
			bh_pkg_diag(c, 0, "slot at byte %llu is damaged", (unsigned long long)off);
			return;
		}
		uint32_t pkgidx = le32(slot + 4), blkoff = le32(slot + 8), blkcnt = le32(slot + 12);
		if (blkoff == 0)
			continue; /* free */
		long row = (long)pkgidx;
		uint64_t start = (uint64_t)blkoff * NDB_BLOCK;
		uint32_t n;
		if (!pkgidx || !blkcnt || blkoff < first_blob || start >= len ||
		    !blob_ok(d + start, len - start, pkgidx, blkcnt, &n)) {
			bh_pkg_diag(c, 0, "package %ld: damaged blob", row);
			continue;
		}
		bh_pkg_rpm_header(c, d + start + NDB_BLOB_HEAD, n, row);
	}
}
