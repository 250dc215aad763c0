/* The streaming ".dep-v0" finder (see cargoaudit.h). ELF32 and ELF64, either
 * byte order; every offset and size read from the file is checked before use. */
#include "pkg/cargoaudit.h"
#include "core/util.h"

#include <string.h>
#include <zlib.h>

static const char dep_name[] = ".dep-v0"; /* matched with its NUL */

void bh_dep_scan_init(bh_dep_scan *s)
{
	memset(s, 0, sizeof *s);
}

static void cand_drop_data(bh_dep_scan *s, bh_dep_cand *c)
{
	s->kept -= c->n;
	free(c->data);
	c->data = NULL;
	c->n = 0;
}

void bh_dep_scan_release(bh_dep_scan *s)
{
	for (size_t i = 0; i < s->ncands; i++)
		free(s->cands[i].data);
	if (s->probe) {
		inflateEnd(s->probe);
		free(s->probe);
	}
	if (s->inflater) {
		inflateEnd(s->inflater);
		free(s->inflater);
	}
	free(s->shdrs);
	memset(s, 0, sizeof *s);
}

static uint64_t rd(const bh_dep_scan *s, const unsigned char *p, int n)
{
	uint64_t v = 0;
	for (int i = 0; i < n; i++)
		v |= (uint64_t)p[s->big_endian ? n - 1 - i : i] << (8 * i);
	return v;
}

static uint64_t ehdr_size(const bh_dep_scan *s)
{
	return s->is64 ? 64 : 52;
}

/* The ELF header: class, byte order and where the section headers are. */
static void parse_ehdr(bh_dep_scan *s)
{
	const unsigned char *h = s->ehdr;
	s->have_ehdr = true;
	if (memcmp(h, "\x7f" "ELF", 4) != 0 || (h[4] != 1 && h[4] != 2) || (h[5] != 1 && h[5] != 2)) {
		s->not_elf = true;
		return;
	}
	s->is64 = h[4] == 2;
	s->big_endian = h[5] == 2;
	if (s->is64) {
		s->shoff = rd(s, h + 0x28, 8);
		s->shentsize = (uint32_t)rd(s, h + 0x3a, 2);
		s->shnum = (uint32_t)rd(s, h + 0x3c, 2);
		s->shstrndx = (uint32_t)rd(s, h + 0x3e, 2);
	} else {
		s->shoff = rd(s, h + 0x20, 4);
		s->shentsize = (uint32_t)rd(s, h + 0x2e, 2);
		s->shnum = (uint32_t)rd(s, h + 0x30, 2);
		s->shstrndx = (uint32_t)rd(s, h + 0x32, 2);
	}
	/* No section headers, extended numbering or an odd entry size: nothing to find. */
	if (s->shentsize != (s->is64 ? 64u : 40u) || s->shnum == 0 || s->shnum > BH_DEP_MAX_SECTIONS ||
	    s->shstrndx >= s->shnum || s->shoff < ehdr_size(s))
		s->not_elf = true;
}

static size_t shdrs_size(const bh_dep_scan *s)
{
	return (size_t)s->shnum * s->shentsize;
}

/* Copies the part of [off, off+len) that belongs to the section header table. */
static void collect_shdrs(bh_dep_scan *s, const unsigned char *b, size_t len, uint64_t off)
{
	size_t want = shdrs_size(s);
	uint64_t from = s->shoff + s->nshdrs;
	if (s->nshdrs >= want || from < off || from >= off + len)
		return;
	if (!s->shdrs)
		s->shdrs = bh_malloc(want);
	size_t take = (size_t)(off + len - from);
	if (take > want - s->nshdrs)
		take = want - s->nshdrs;
	memcpy(s->shdrs + s->nshdrs, b + (from - off), take);
	s->nshdrs += take;
}

static z_stream *zs_new(void)
{
	z_stream *z = bh_calloc(1, sizeof *z);
	if (inflateInit(z) != Z_OK)
		bh_die("out of memory");
	return z;
}

/* A zlib header whose first bytes inflate to the start of a JSON object. */
static bool probe(bh_dep_scan *s, const unsigned char *p, size_t avail)
{
	if (avail < 4 || p[0] != 0x78 || ((p[0] << 8) | p[1]) % 31 != 0 || (p[1] & 0x20))
		return false;
	if (!s->probe)
		s->probe = zs_new();
	z_stream *z = s->probe;
	inflateReset(z);
	unsigned char out[8];
	z->next_in = (unsigned char *)p;
	z->avail_in = (uInt)(avail < BH_DEP_WINDOW ? avail : BH_DEP_WINDOW);
	z->next_out = out;
	z->avail_out = sizeof out;
	int r = inflate(z, Z_SYNC_FLUSH);
	size_t got = sizeof out - z->avail_out;
	return (r == Z_OK || r == Z_STREAM_END || r == Z_BUF_ERROR) && got >= 2 && out[0] == '{' && out[1] == '"';
}

/* Feeds bytes to the open candidate; closes it when its stream ends, breaks or grows too large. */
static void cand_feed(bh_dep_scan *s, const unsigned char *p, size_t n)
{
	bh_dep_cand *c = &s->cands[s->ncands - 1];
	if (c->state != BH_DEP_OPEN || !n)
		return;
	if (c->n + n > BH_DEP_MAX_SECTION || s->kept + n > BH_DEP_MAX_SECTION) {
		cand_drop_data(s, c);
		c->state = BH_DEP_TOO_LARGE;
		return;
	}
	c->data = bh_realloc(c->data, c->n + n);
	memcpy(c->data + c->n, p, n);
	c->n += n;
	s->kept += n;
	z_stream *z = s->inflater;
	unsigned char out[16384];
	z->next_in = (unsigned char *)p;
	z->avail_in = (uInt)n;
	while (z->avail_in) {
		z->next_out = out;
		z->avail_out = sizeof out;
		int r = inflate(z, Z_NO_FLUSH);
		s->inflated += sizeof out - z->avail_out;
		if (s->inflated > BH_DEP_MAX_JSON) {
			cand_drop_data(s, c);
			c->state = BH_DEP_TOO_LARGE;
			return;
		}
		if (r == Z_STREAM_END) {
			/* Bytes after the end of the stream are not part of it. */
			size_t used = (size_t)z->total_in;
			s->kept -= c->n - used;
			c->n = used;
			c->state = BH_DEP_COMPLETE;
			return;
		}
		if (r != Z_OK && r != Z_BUF_ERROR) {
			cand_drop_data(s, c);
			c->state = BH_DEP_BAD;
			return;
		}
		if (r == Z_BUF_ERROR && z->avail_out)
			break;
	}
}

static bool cand_open(const bh_dep_scan *s)
{
	return s->ncands && s->cands[s->ncands - 1].state == BH_DEP_OPEN;
}

/* Records a ".dep-v0" name found at window position i. */
static void check_name_at(bh_dep_scan *s, size_t i)
{
	if (s->nnames < BH_DEP_MAX_NAMES)
		s->names[s->nnames++] = s->win_off + i;
}

/* Tests window position i, which holds 0x78, for the start of a zlib
 * stream (avail bytes from there on are known). */
static void check_cand_at(bh_dep_scan *s, size_t i, size_t avail)
{
	const unsigned char *p = s->win + i;
	uint64_t off = s->win_off + i;
	if (cand_open(s) || s->ncands >= BH_DEP_MAX_CANDIDATES || off < ehdr_size(s) || !probe(s, p, avail))
		return;
	bh_dep_cand *c = &s->cands[s->ncands++];
	memset(c, 0, sizeof *c);
	c->off = off;
	c->state = BH_DEP_OPEN;
	if (!s->inflater)
		s->inflater = zs_new();
	inflateReset(s->inflater);
	s->inflated = 0;
	/* The rest of the window is the start of the stream; later bytes follow as they arrive. */
	cand_feed(s, p, s->nwin - i);
}

/* Tests the first BH_DEP_WINDOW positions of a full window. Section names
 * and zlib headers are rare, so memchr skips to them instead of
 * looking at every byte: most of an image's bytes are ELF code and data
 * that pass through here. The two searches are independent: a name is
 * recorded whatever the candidates do. */
static void test_window(bh_dep_scan *s)
{
	const unsigned char *w = s->win;
	size_t from = 0;
	while (from < BH_DEP_WINDOW) {
		/* a name starting before BH_DEP_WINDOW lies wholly in the window;
		 * memchr and a compare: memmem's set-up per call costs more here */
		const unsigned char *p = memchr(w + from, '.', BH_DEP_WINDOW - from);
		if (!p)
			break;
		size_t i = (size_t)(p - w);
		if (!memcmp(p, dep_name, sizeof dep_name))
			check_name_at(s, i);
		from = i + 1;
	}
	from = 0;
	while (from < BH_DEP_WINDOW && !cand_open(s) && s->ncands < BH_DEP_MAX_CANDIDATES) {
		const unsigned char *p = memchr(w + from, 0x78, BH_DEP_WINDOW - from);
		if (!p)
			break;
		size_t i = (size_t)(p - w);
		check_cand_at(s, i, s->nwin - i);
		from = i + 1;
	}
}

void bh_dep_scan_feed(bh_dep_scan *s, const void *buf, size_t len)
{
	const unsigned char *b = buf;
	if (s->not_elf || !len)
		return;
	uint64_t off = s->pos;
	s->pos += len;
	/* The ELF header decides whether the rest is worth looking at. */
	if (!s->have_ehdr) {
		size_t take = off < 64 ? (size_t)(64 - off) : 0;
		if (take > len)
			take = len;
		memcpy(s->ehdr + off, b, take);
		if (off + take < 64)
			return;
		parse_ehdr(s);
		if (s->not_elf)
			return;
		/* An ELF32 header is 52 bytes: what follows it in the first 64 is content. */
		s->win_off = ehdr_size(s);
		s->nwin = (size_t)(64 - s->win_off);
		memcpy(s->win, s->ehdr + s->win_off, s->nwin);
		collect_shdrs(s, s->win, s->nwin, s->win_off);
		b += take;
		len -= take;
		off += take;
	}
	collect_shdrs(s, b, len, off);
	/* Every position is tested once BH_DEP_WINDOW bytes after it are known,
	 * whatever the block sizes. */
	while (len) {
		size_t take = sizeof s->win - s->nwin;
		if (take > len)
			take = len;
		memcpy(s->win + s->nwin, b, take);
		if (cand_open(s))
			cand_feed(s, b, take);
		s->nwin += take;
		b += take;
		len -= take;
		if (s->nwin < sizeof s->win)
			break;
		test_window(s);
		memmove(s->win, s->win + BH_DEP_WINDOW, s->nwin - BH_DEP_WINDOW);
		s->nwin -= BH_DEP_WINDOW;
		s->win_off += BH_DEP_WINDOW;
	}
}

static bool name_seen(const bh_dep_scan *s, uint64_t off)
{
	for (size_t i = 0; i < s->nnames; i++)
		if (s->names[i] == off)
			return true;
	return false;
}

char *bh_dep_scan_take(bh_dep_scan *s, size_t *len, const char **why)
{
	*why = NULL;
	if (s->not_elf || !s->have_ehdr)
		return NULL;
	/* The last positions, with what lookahead there is. */
	for (size_t i = 0; i < s->nwin; i++) {
		if (s->nwin - i >= sizeof dep_name && !memcmp(s->win + i, dep_name, sizeof dep_name))
			check_name_at(s, i);
		if (s->win[i] == 0x78)
			check_cand_at(s, i, s->nwin - i);
	}
	s->nwin = 0;
	if (!s->nnames)
		return NULL; /* the common case: a binary without a dependency list */
	if (s->nshdrs < shdrs_size(s)) {
		*why = "section headers cut short or beyond the end of the file";
		return NULL;
	}
	size_t es = s->shentsize;
	const unsigned char *str = s->shdrs + (size_t)s->shstrndx * es;
	uint64_t stroff = rd(s, str + (s->is64 ? 24 : 16), s->is64 ? 8 : 4);
	uint64_t strsize = rd(s, str + (s->is64 ? 32 : 20), s->is64 ? 8 : 4);
	for (uint32_t i = 0; i < s->shnum; i++) {
		const unsigned char *h = s->shdrs + (size_t)i * es;
		uint64_t name = rd(s, h, 4), type = rd(s, h + 4, 4);
		uint64_t off = rd(s, h + (s->is64 ? 24 : 16), s->is64 ? 8 : 4);
		uint64_t size = rd(s, h + (s->is64 ? 32 : 20), s->is64 ? 8 : 4);
		if (name >= strsize || !name_seen(s, stroff + name))
			continue;
		if (type == 8 /* SHT_NOBITS */ || off > s->pos || size > s->pos - off) {
			*why = "section .dep-v0 lies beyond the end of the file";
			return NULL;
		}
		for (size_t k = 0; k < s->ncands; k++) {
			bh_dep_cand *c = &s->cands[k];
			if (c->off != off)
				continue;
			if (c->state == BH_DEP_TOO_LARGE) {
				*why = "section .dep-v0 is larger than the limit";
				return NULL;
			}
			if (c->state != BH_DEP_COMPLETE || c->n > size) {
				*why = "section .dep-v0 is not a complete zlib stream";
				return NULL;
			}
			char *out = (char *)c->data;
			*len = c->n;
			s->kept -= c->n;
			c->data = NULL;
			c->n = 0;
			return out;
		}
		*why = "section .dep-v0 does not hold zlib-compressed JSON";
		return NULL;
	}
	return NULL;
}

char *bh_dep_inflate(const char *data, size_t len, size_t *out_len, const char **why)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	if (inflateInit(&z) != Z_OK)
		bh_die("out of memory");
	size_t cap = 64 * 1024, n = 0;
	char *out = bh_malloc(cap + 1);
	z.next_in = (unsigned char *)data;
	z.avail_in = len > UINT32_MAX ? UINT32_MAX : (uInt)len;
	int r;
	for (;;) {
		if (n == cap) {
			if (cap >= BH_DEP_MAX_JSON) {
				*why = "decompressed dependency list is larger than the limit of 2 MiB";
				goto fail;
			}
			cap = cap * 2 > BH_DEP_MAX_JSON ? BH_DEP_MAX_JSON : cap * 2;
			out = bh_realloc(out, cap + 1);
		}
		z.next_out = (unsigned char *)out + n;
		z.avail_out = (uInt)(cap - n);
		r = inflate(&z, Z_NO_FLUSH);
		n = cap - z.avail_out;
		if (r == Z_STREAM_END)
			break;
		if (r == Z_BUF_ERROR && z.avail_out) {
			*why = "zlib stream cut short";
			goto fail;
		}
		if (r != Z_OK && r != Z_BUF_ERROR) {
			*why = "not a valid zlib stream";
			goto fail;
		}
	}
	inflateEnd(&z);
	out[n] = 0;
	*out_len = n;
	return out;
fail:
	inflateEnd(&z);
	free(out);
	return NULL;
}
