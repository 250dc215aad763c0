/* Finding the dependency list `cargo auditable` embeds in Rust binaries while
 * the binary streams by: a ".dep-v0" ELF section holding zlib-compressed
 * JSON. A stream cannot seek to the section headers (they usually come last),
 * so zlib streams that inflate to a JSON object are kept as candidates, the
 * offsets of the name ".dep-v0" are remembered, and once the section header
 * table has gone by a candidate counts only when a section named ".dep-v0"
 * starts exactly there. Everything kept is bounded by the limits below. */
#ifndef BH_CARGOAUDIT_H
#define BH_CARGOAUDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define BH_DEP_MAX_SECTION (8u * 1024 * 1024) /* compressed bytes kept, all candidates together */
#define BH_DEP_MAX_JSON (2u * 1024 * 1024)    /* decompressed JSON: a few hundred bytes per crate */
#define BH_DEP_MAX_SECTIONS 8192u             /* section headers read */
#define BH_DEP_MAX_CANDIDATES 8
#define BH_DEP_MAX_NAMES 16
#define BH_DEP_WINDOW 1024 /* lookahead when testing a position: a deflate block header fits */

typedef enum bh_dep_cand_state { BH_DEP_OPEN, BH_DEP_COMPLETE, BH_DEP_TOO_LARGE, BH_DEP_BAD } bh_dep_cand_state;

typedef struct bh_dep_cand {
	uint64_t off; /* file offset of the zlib header */
	bh_dep_cand_state state;
	unsigned char *data; /* compressed bytes (COMPLETE and OPEN only) */
	size_t n;
} bh_dep_cand;

typedef struct bh_dep_scan {
	uint64_t pos;  /* bytes seen so far */
	bool not_elf;  /* gave up: not an ELF file or its header is not usable */
	unsigned char ehdr[64];
	bool have_ehdr, is64, big_endian;
	uint64_t shoff;
	uint32_t shentsize, shnum, shstrndx;
	unsigned char *shdrs; /* the section header table, once it streams by */
	size_t nshdrs;        /* bytes of it collected */
	unsigned char win[2 * BH_DEP_WINDOW];
	size_t nwin;
	uint64_t win_off; /* file offset of win[0] */
	uint64_t names[BH_DEP_MAX_NAMES]; /* offsets of ".dep-v0\0" */
	size_t nnames;
	bh_dep_cand cands[BH_DEP_MAX_CANDIDATES];
	size_t ncands, kept;
	void *probe, *inflater; /* z_stream: testing a position; inflating the open candidate */
	uint64_t inflated;      /* bytes out of the open candidate */
} bh_dep_scan;

void bh_dep_scan_init(bh_dep_scan *s);
void bh_dep_scan_feed(bh_dep_scan *s, const void *buf, size_t len);
/* The compressed section (caller frees) when a ".dep-v0" section was found;
 * NULL otherwise, with *why set to a static reason when the file names such
 * a section that could not be used (NULL when it names none). */
char *bh_dep_scan_take(bh_dep_scan *s, size_t *len, const char **why);
void bh_dep_scan_release(bh_dep_scan *s);

/* Inflates a section's bytes, at most BH_DEP_MAX_JSON of them. NULL with *why set on failure. */
char *bh_dep_inflate(const char *data, size_t len, size_t *out_len, const char **why);

#endif
