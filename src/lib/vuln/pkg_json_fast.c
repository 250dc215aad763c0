/* The fast reader of bulkhead package lists (pkg_input.h).
 *
 * Building the libyaml document tree of a 10,000-package list took longer
 * than matching the packages against the database. This reader takes only
 * the common, plain case — {"packages": [...]} or a bare array, objects of
 * known fields, values that are ASCII strings without escapes or null, layer
 * a small integer — and gives up on anything else, leaving out as it was.
 * The tree reader then reads the document (and reports any error), so this
 * one never decides what is valid; fuzz_vuln_input checks that both readers
 * agree whenever this one accepts. */
#include "core/strbuf.h"
#include "core/util.h"
#include "vuln/pkg_input.h"

#include <stdint.h>
#include <string.h>

/* The tree reader's node limit (yamldoc.c): a list it would refuse is left
 * to it. */
#define TREE_MAX_NODES (8u * 1024 * 1024)

typedef struct reader {
	const char *p, *end;
} reader;

static void skip_ws(reader *r)
{
	while (r->p < r->end && (*r->p == ' ' || *r->p == '\n' || *r->p == '\r'))
		r->p++;
}

static bool eat(reader *r, char c)
{
	skip_ws(r);
	if (r->p < r->end && *r->p == c) {
		r->p++;
		return true;
	}
	return false;
}

/* A string of printable ASCII without escapes: its bytes, unquoted. */
static bool plain_string(reader *r, const char **s, size_t *n)
{
	skip_ws(r);
	if (r->p >= r->end || *r->p != '"')
		return false;
	const char *start = ++r->p;
	while (r->p < r->end && *r->p != '"') {
		unsigned char c = (unsigned char)*r->p;
		if (c < 0x20 || c > 0x7e || c == '\\')
			return false;
		r->p++;
	}
	if (r->p >= r->end)
		return false;
	*s = start;
	*n = (size_t)(r->p - start);
	r->p++;
	return true;
}

static bool literal_n(reader *r, const char *word, size_t n)
{
	skip_ws(r);
	if ((size_t)(r->end - r->p) < n || memcmp(r->p, word, n))
		return false;
	r->p += n;
	return true;
}

/* word is a string literal: its length is known when compiling */
#define literal(r, word) literal_n(r, word, sizeof(word) - 1)

/* -1, 0, or a decimal without leading zeros up to INT32_MAX. */
static bool layer_number(reader *r, int *out)
{
	skip_ws(r);
	if (literal(r, "-1")) {
		*out = -1;
		return true;
	}
	int64_t v = 0;
	const char *start = r->p;
	while (r->p < r->end && *r->p >= '0' && *r->p <= '9' && r->p - start < 10)
		v = v * 10 + (*r->p++ - '0');
	size_t n = (size_t)(r->p - start);
	if (!n || (n > 1 && *start == '0') || v > INT32_MAX)
		return false;
	if (r->p < r->end && ((*r->p >= '0' && *r->p <= '9') || *r->p == '.' || *r->p == 'e' || *r->p == 'E'))
		return false;
	*out = (int)v;
	return true;
}

static int field_index(const char *key, size_t n)
{
	for (int f = 0; f < BH_PKG_FIELDS; f++) {
		const char *name = bh_package_field_name(f);
		if (n && name[0] == key[0] && !strncmp(name, key, n) && !name[n])
			return f;
	}
	return -1;
}

/* One package object into out; false to give up. */
static bool package(reader *r, bh_package_list *out, size_t *nodes)
{
	if (!eat(r, '{'))
		return false;
	const char *v[BH_PKG_FIELDS];
	size_t len[BH_PKG_FIELDS];
	unsigned keys = 0, seen = 0; /* fields named; fields with a string value */
	int layer = -1;
	*nodes += 1;
	if (!eat(r, '}')) {
		do {
			const char *key, *val;
			size_t kn, vn;
			if (!plain_string(r, &key, &kn) || !eat(r, ':'))
				return false;
			int f = field_index(key, kn);
			if (f < 0 || (keys & (1u << f)))
				return false;
			keys |= 1u << f;
			*nodes += 2;
			if (literal(r, "null"))
				continue; /* as good as absent */
			if (f == BH_PKG_LAYER) {
				if (!layer_number(r, &layer))
					return false;
				continue;
			}
			if (!plain_string(r, &val, &vn))
				return false;
			seen |= 1u << f;
			v[f] = val; /* in the document, copied with its length */
			len[f] = vn;
		} while (eat(r, ','));
		if (!eat(r, '}'))
			return false;
	}
	for (int f = 0; f < BH_PKG_FIELDS; f++)
		if (f == BH_PKG_LAYER || !(seen & (1u << f)))
			v[f] = NULL, len[f] = 0;
	/* the tree reader's errors: left to it */
	if ((!v[BH_PKG_TYPE] || !v[BH_PKG_NAME] || !v[BH_PKG_VERSION]) && !v[BH_PKG_PURL])
		return false;
	return bh_package_from_fields(out, v, len, layer);
}

static bool package_array(reader *r, bh_package_list *out, size_t *nodes)
{
	if (!eat(r, '['))
		return false;
	if (eat(r, ']'))
		return true;
	do {
		if (!package(r, out, nodes) || *nodes >= TREE_MAX_NODES)
			return false;
	} while (eat(r, ','));
	return eat(r, ']');
}

bool bh_packages_fast_json(const char *data, size_t len, bh_package_list *out)
{
	reader r = { data, data + len };
	bh_package_list got = { 0 };
	size_t nodes = 2; /* the document's root and the array */
	bool ok;
	skip_ws(&r);
	if (r.p < r.end && *r.p == '{') {
		const char *key;
		size_t kn;
		r.p++;
		nodes += 1;
		ok = plain_string(&r, &key, &kn) && kn == 8 && !memcmp(key, "packages", 8) && eat(&r, ':') &&
		     package_array(&r, &got, &nodes) && eat(&r, '}');
	} else {
		ok = package_array(&r, &got, &nodes);
	}
	skip_ws(&r);
	ok = ok && r.p == r.end;
	if (!ok) {
		bh_package_list_free(&got);
		return false;
	}
	/* append, as the tree reader does (to an empty list: hand it over,
	 * without touching a second copy of 10,000 packages) */
	if (!out->n) {
		free(out->items);
		*out = got;
		return true;
	}
	for (size_t i = 0; i < got.n; i++)
		*bh_package_add(out) = got.items[i];
	free(got.items);
	return true;
}
