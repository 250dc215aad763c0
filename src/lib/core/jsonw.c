#include "core/jsonw.h"

#include <inttypes.h>
#include <math.h>
#include <string.h>

void jsonw_init(jsonw *w, strbuf *out, bool pretty)
{
	memset(w, 0, sizeof *w);
	w->out = out;
	w->pretty = pretty;
	w->first[0] = true;
}

/* A newline and the indentation of the depth, in one append: reports are
 * mostly indentation, and this is called before every item. */
static void newline(jsonw *w)
{
	if (!w->pretty)
		return;
	static const char indent[] = "\n                                                                ";
	size_t want = 1 + 2 * (size_t)w->depth;
	if (want <= sizeof indent - 1) {
		strbuf_add(w->out, indent, want);
		return;
	}
	strbuf_addch(w->out, '\n');
	for (int i = 0; i < w->depth; i++)
		strbuf_addstr(w->out, "  ");
}

/* Called before every value or key: separators and indentation. */
static void before_item(jsonw *w)
{
	if (w->after_key) {
		w->after_key = false;
		return;
	}
	if (w->depth == 0)
		return;
	if (!w->first[w->depth])
		strbuf_addch(w->out, ',');
	w->first[w->depth] = false;
	newline(w);
}

static void open_(jsonw *w, char c)
{
	before_item(w);
	strbuf_addch(w->out, c);
	if (w->depth + 1 < JSONW_MAX_DEPTH)
		w->depth++;
	w->first[w->depth] = true;
}

static void close_(jsonw *w, char c)
{
	bool empty = w->first[w->depth];
	if (w->depth > 0)
		w->depth--;
	if (!empty)
		newline(w);
	strbuf_addch(w->out, c);
}

void jsonw_obj_open(jsonw *w) { open_(w, '{'); }
void jsonw_obj_close(jsonw *w) { close_(w, '}'); }
void jsonw_arr_open(jsonw *w) { open_(w, '['); }
void jsonw_arr_close(jsonw *w) { close_(w, ']'); }

/* Length of a valid UTF-8 sequence at s (max n bytes), 0 if invalid. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	size_t len;
	uint32_t cp;
	if (c < 0x80)
		return 1;
	if ((c & 0xE0) == 0xC0) {
		len = 2;
		cp = c & 0x1F;
	} else if ((c & 0xF0) == 0xE0) {
		len = 3;
		cp = c & 0x0F;
	} else if ((c & 0xF8) == 0xF0) {
		len = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

/* Printable ASCII other than '"' and '\\': copied as it is. */
static const unsigned char plain_byte[256] = {
	[0x20] = 1, [0x21] = 1, [0x23 ... 0x5b] = 1, [0x5d ... 0x7e] = 1,
};

void json_escape(strbuf *out, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < n) {
		/* Printable ASCII that needs no escape is copied a run at a time. */
		size_t run = i;
		while (run < n && plain_byte[s[run]])
			run++;
		if (run > i) {
			strbuf_add(out, s + i, run - i);
			i = run;
			continue;
		}
		unsigned char c = s[i];
		switch (c) {
		case '"': strbuf_addstr(out, "\\\""); i++; continue;
		case '\\': strbuf_addstr(out, "\\\\"); i++; continue;
		case '\n': strbuf_addstr(out, "\\n"); i++; continue;
		case '\r': strbuf_addstr(out, "\\r"); i++; continue;
		case '\t': strbuf_addstr(out, "\\t"); i++; continue;
		default: break;
		}
		if (c < 0x20 || c == 0x7f) {
			strbuf_addf(out, "\\u%04x", c);
			i++;
			continue;
		}
		size_t l = utf8_len(s + i, n - i);
		if (l == 0) {
			strbuf_addstr(out, "\\ufffd");
			i++;
			continue;
		}
		strbuf_add(out, s + i, l);
		i += l;
	}
}

void jsonw_strn(jsonw *w, const char *s, size_t n)
{
	before_item(w);
	strbuf_addch(w->out, '"');
	json_escape(w->out, s, n);
	strbuf_addch(w->out, '"');
}

void jsonw_str(jsonw *w, const char *s)
{
	if (!s) {
		jsonw_null(w);
		return;
	}
	jsonw_strn(w, s, strlen(s));
}

void jsonw_key(jsonw *w, const char *key)
{
	before_item(w);
	strbuf_addch(w->out, '"');
	json_escape(w->out, key, strlen(key));
	if (w->pretty)
		strbuf_add(w->out, "\": ", 3);
	else
		strbuf_add(w->out, "\":", 2);
	w->after_key = true;
}

void jsonw_int(jsonw *w, int64_t v)
{
	before_item(w);
	/* the digits by hand: printf's machinery costs more than the rest of a finding */
	char buf[24];
	char *p = buf + sizeof buf;
	uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		*--p = '-';
	strbuf_add(w->out, p, (size_t)(buf + sizeof buf - p));
}

void jsonw_uint(jsonw *w, uint64_t v)
{
	before_item(w);
	strbuf_addf(w->out, "%" PRIu64, v);
}

void jsonw_double(jsonw *w, double v)
{
	before_item(w);
	if (!isfinite(v))
		strbuf_addstr(w->out, "null");
	else
		strbuf_addf(w->out, "%.10g", v);
}

void jsonw_bool(jsonw *w, bool v)
{
	before_item(w);
	strbuf_addstr(w->out, v ? "true" : "false");
}

void jsonw_null(jsonw *w)
{
	before_item(w);
	strbuf_addstr(w->out, "null");
}

void jsonw_kstr(jsonw *w, const char *key, const char *s) { jsonw_key(w, key); jsonw_str(w, s); }
void jsonw_kint(jsonw *w, const char *key, int64_t v) { jsonw_key(w, key); jsonw_int(w, v); }
void jsonw_kbool(jsonw *w, const char *key, bool v) { jsonw_key(w, key); jsonw_bool(w, v); }
