/* Finding the build information a Go (1.18 or later) linker embeds in every
 * binary, while the binary streams by: only the bytes from the
 * "\xff Go buildinf:" header on are kept, at most BH_GO_MAX_INFO of them. */
#ifndef BH_GOBUILDINFO_H
#define BH_GOBUILDINFO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define BH_GO_MAX_INFO (1024u * 1024)

typedef struct bh_go_scan {
	uint64_t pos;        /* bytes seen so far */
	bool not_elf;        /* gave up: the file does not start like an ELF binary */
	unsigned char head[4];
	unsigned char tail[15]; /* the end of the previous block, for a header split across blocks */
	size_t ntail;
	char *info;          /* from the header on, once found */
	size_t ninfo;
	bool found, done;
} bh_go_scan;

void bh_go_scan_init(bh_go_scan *s);
void bh_go_scan_feed(bh_go_scan *s, const void *buf, size_t len);
/* The kept bytes (caller frees) or NULL when no build information was found. */
char *bh_go_scan_take(bh_go_scan *s, size_t *len);
void bh_go_scan_release(bh_go_scan *s);

#endif
