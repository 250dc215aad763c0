/* Go binaries: the module list the linker embeds (runtime/debug.BuildInfo).
 *
 * Layout since Go 1.18: a 32-byte header, 16-byte aligned in the file:
 * "\xff Go buildinf:" (14 bytes), pointer size, flags; with flag 2 set the
 * header is followed by two varint-length-prefixed strings, the Go version
 * ("go1.21.3") and the module information, whose lines are
 * "path\t<main package>", "mod\t<module>\t<version>\t<sum>",
 * "dep\t<module>\t<version>\t<sum>" and "=>\t<replacement>\t<version>\t<sum>"
 * (replacing the line before). Older binaries keep pointers instead of
 * strings and are not read. */
#include "pkg/gobuildinfo.h"
#include "pkg/pkgint.h"
#include "pkg/purl.h"
#include "core/util.h"

#include <string.h>

static const char go_magic[14] = "\xff Go buildinf:";

void bh_go_scan_init(bh_go_scan *s)
{
	memset(s, 0, sizeof *s);
}

void bh_go_scan_release(bh_go_scan *s)
{
	free(s->info);
	memset(s, 0, sizeof *s);
}

/* Header candidate at file offset off: aligned, pointer size 4 or 8, inline strings. */
static bool header_ok(const unsigned char *h, uint64_t off)
{
	return off % 16 == 0 && (h[14] == 4 || h[14] == 8) && (h[15] & 2);
}

static bool uvarint(const unsigned char **p, const unsigned char *end, uint64_t *out);

/* Length of the header and its two strings, once enough bytes are in to
 * read both lengths; 0 until then. */
static size_t info_length(const bh_go_scan *s)
{
	const unsigned char *p = (const unsigned char *)s->info + 32, *end = (const unsigned char *)s->info + s->ninfo;
	uint64_t a, b;
	if (s->ninfo < 32 || !uvarint(&p, end, &a) || a > BH_GO_MAX_INFO || a > (uint64_t)(end - p))
		return 0;
	p += a;
	if (!uvarint(&p, end, &b) || b > BH_GO_MAX_INFO)
		return 0;
	uint64_t total = (uint64_t)(p - (const unsigned char *)s->info) + b;
	return total > BH_GO_MAX_INFO ? BH_GO_MAX_INFO : (size_t)total;
}

/* Appends to the kept bytes and stops as soon as the build information is complete. */
static void collect(bh_go_scan *s, const unsigned char *p, size_t n)
{
	size_t room = BH_GO_MAX_INFO - s->ninfo;
	if (n > room)
		n = room;
	memcpy(s->info + s->ninfo, p, n);
	s->ninfo += n;
	size_t want = info_length(s);
	if (want && s->ninfo >= want) {
		s->ninfo = want;
		s->done = true;
	}
	if (s->ninfo == BH_GO_MAX_INFO)
		s->done = true;
}

static void start(bh_go_scan *s, const unsigned char *p, size_t n)
{
	s->info = bh_malloc(BH_GO_MAX_INFO);
	s->ninfo = 0;
	s->found = true;
	collect(s, p, n);
}

void bh_go_scan_feed(bh_go_scan *s, const void *buf, size_t len)
{
	const unsigned char *b = buf;
	if (s->not_elf || s->done || !len)
		return;
	if (s->found) {
		if (!s->done)
			collect(s, b, len);
		s->pos += len;
		return;
	}
	/* The first four bytes decide whether this is worth scanning. */
	for (size_t i = 0; s->pos + i < 4 && i < len; i++)
		s->head[s->pos + i] = b[i];
	if (s->pos + len >= 4 && memcmp(s->head, "\x7f" "ELF", 4) != 0) {
		s->not_elf = true;
		return;
	}
	/* A header that straddles the previous block and this one: 16 bytes
	 * (magic, pointer size, flags) are enough to recognise it. */
	if (s->ntail) {
		unsigned char joint[sizeof s->tail + 16];
		size_t take = len < 16 ? len : 16;
		memcpy(joint, s->tail, s->ntail);
		memcpy(joint + s->ntail, b, take);
		uint64_t joint_off = s->pos - s->ntail;
		for (size_t i = 0; i < s->ntail && i + 16 <= s->ntail + take; i++) {
			if (!memcmp(joint + i, go_magic, sizeof go_magic) && header_ok(joint + i, joint_off + i)) {
				start(s, joint + i, s->ntail - i);
				collect(s, b, len);
				s->pos += len;
				return;
			}
		}
	}
	const unsigned char *p = b, *end = b + len;
	while ((size_t)(end - p) >= 16) {
		const unsigned char *m = memmem(p, (size_t)(end - p), go_magic, sizeof go_magic);
		if (!m || (size_t)(end - m) < 16)
			break;
		if (header_ok(m, s->pos + (uint64_t)(m - b))) {
			start(s, m, (size_t)(end - m));
			s->pos += len;
			return;
		}
		p = m + 1;
	}
	/* The last 15 bytes seen (across blocks, however small) may hold the
	 * start of a header. */
	if (len >= sizeof s->tail) {
		memcpy(s->tail, end - sizeof s->tail, sizeof s->tail);
		s->ntail = sizeof s->tail;
	} else {
		size_t keep_old = s->ntail + len > sizeof s->tail ? sizeof s->tail - len : s->ntail;
		memmove(s->tail, s->tail + s->ntail - keep_old, keep_old);
		memcpy(s->tail + keep_old, b, len);
		s->ntail = keep_old + len;
	}
	s->pos += len;
}

char *bh_go_scan_take(bh_go_scan *s, size_t *len)
{
	if (!s->found)
		return NULL;
	/* Only what was used is kept: the inventory charges its budget by length. */
	char *out = bh_realloc(s->info, s->ninfo ? s->ninfo : 1);
	*len = s->ninfo;
	s->info = NULL;
	s->found = false;
	return out;
}

/* ---- parsing the kept bytes ---- */

static bool uvarint(const unsigned char **p, const unsigned char *end, uint64_t *out)
{
	uint64_t v = 0;
	for (int shift = 0; shift < 64 && *p < end; shift += 7) {
		unsigned char c = *(*p)++;
		v |= (uint64_t)(c & 0x7f) << shift;
		if (!(c & 0x80)) {
			*out = v;
			return true;
		}
	}
	return false;
}

static bool go_string(const unsigned char **p, const unsigned char *end, const char **s, size_t *n)
{
	uint64_t len;
	if (!uvarint(p, end, &len) || len > (uint64_t)(end - *p))
		return false;
	*s = (const char *)*p;
	*n = (size_t)len;
	*p += len;
	return true;
}

static void go_emit(bh_pkg_ctx *c, const char *path, const char *version)
{
	if (!bh_pkg_printable(path) || !bh_pkg_printable(version) || strchr(path, ' ')) {
		bh_pkg_diag(c, 0, "module line without a valid path and version");
		return;
	}
	bh_package *p = bh_pkg_new(c, "golang", path, version);
	const char *slash = strrchr(path, '/');
	if (slash) {
		char *ns = bh_strndup(path, (size_t)(slash - path));
		p->purl = bh_purl("golang", ns, slash + 1, version, NULL);
		free(ns);
	} else {
		p->purl = bh_purl("golang", NULL, path, version, NULL);
	}
}

void bh_pkg_parse_go(bh_pkg_ctx *c, const char *data, size_t len)
{
	const unsigned char *p = (const unsigned char *)data, *end = p + len;
	if (len < 32 || memcmp(p, go_magic, sizeof go_magic) != 0 || !(p[15] & 2)) {
		bh_pkg_diag(c, 0, "Go build information header not understood");
		return;
	}
	p += 32;
	const char *ver, *mod;
	size_t nver, nmod;
	if (!go_string(&p, end, &ver, &nver) || !go_string(&p, end, &mod, &nmod)) {
		bh_pkg_diag(c, 0, "Go build information is cut short");
		return;
	}
	/* The module information is framed by two 16-byte sentinels. */
	if (nmod >= 33 && mod[nmod - 17] == '\n') {
		mod += 16;
		nmod -= 32;
	}
	/* The standard library the binary was built with, as a module of its own. */
	char *gover = bh_strndup(ver, nver);
	if (bh_starts_with(gover, "go") && gover[2] >= '0' && gover[2] <= '9') {
		/* "go1.21.3 X:boringcrypto": the version is the first word. */
		gover[strcspn(gover, " ")] = 0;
		char *v = bh_asprintf("v%s", gover + 2);
		go_emit(c, "stdlib", v);
		free(v);
	}
	free(gover);

	bh_lines r;
	bh_lines_init(&r, mod, nmod);
	const char *line;
	size_t n;
	char *last_path = NULL, *last_version = NULL; /* a dep waits for a possible "=>" line */
	while (bh_lines_next(&r, &line, &n)) {
		char *l = bh_strndup(line, n);
		char *f[4] = { 0 };
		int nf = 0;
		for (char *save = NULL, *tok = strtok_r(l, "\t", &save); tok && nf < 4; tok = strtok_r(NULL, "\t", &save))
			f[nf++] = tok;
		bool is_mod = nf >= 3 && !strcmp(f[0], "mod"), is_dep = nf >= 3 && !strcmp(f[0], "dep");
		bool is_repl = nf >= 3 && !strcmp(f[0], "=>");
		if (is_repl && last_path) {
			free(last_path);
			free(last_version);
			last_path = bh_strdup(f[1]);
			last_version = bh_strdup(f[2]);
		} else if (is_mod || is_dep) {
			if (last_path)
				go_emit(c, last_path, last_version);
			free(last_path);
			free(last_version);
			last_path = last_version = NULL;
			/* The main module built from a checkout says "(devel)": no version to match. */
			if (!(is_mod && !strcmp(f[2], "(devel)"))) {
				last_path = bh_strdup(f[1]);
				last_version = bh_strdup(f[2]);
			}
		}
		free(l);
	}
	if (last_path)
		go_emit(c, last_path, last_version);
	free(last_path);
	free(last_version);
}
