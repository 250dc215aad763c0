#include "core/yamldoc.h"
#include "core/util.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#define YDOC_MAX_DEPTH 256
#define YDOC_MAX_NODES (8u * 1024 * 1024)
#define YDOC_MAX_MERGED_PAIRS (16u * 1024 * 1024)

typedef struct anchor {
	char *name;
	ynode *node;
} anchor;

typedef struct builder {
	ydoc_set *set;
	ynode *stack[YDOC_MAX_DEPTH];
	int depth;
	anchor *anchors;
	size_t nanchors, anchors_alloc;
	size_t *anchor_slots;   /* hash index: 1 + position in anchors, 0 = empty */
	size_t anchor_cap;      /* power of two, or 0 */
	size_t merged_pairs;
	yerror *err;
} builder;

static void set_err(yerror *err, int line, int col, const char *fmt, const char *arg)
{
	err->line = line;
	err->col = col;
	snprintf(err->message, sizeof err->message, fmt, arg ? arg : "");
}

static ynode *new_node(builder *b, ynode_kind kind, const yaml_mark_t *m)
{
	if (b->set->nall >= YDOC_MAX_NODES)
		return NULL;
	ynode *n = bh_calloc(1, sizeof *n);
	n->kind = kind;
	n->line = (int)m->line + 1;
	n->col = (int)m->column + 1;
	*BH_ARRAY_PUSH(b->set->all, b->set->nall, b->set->all_alloc) = n;
	return n;
}

/* FNV-1a; anchors and merged keys are looked up by hash so that many of
 * them cost linear, not quadratic, time. */
static size_t hash_bytes(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return (size_t)h;
}

/* The slot that holds name, or the empty slot where it would go. */
static size_t *anchor_slot(builder *b, const char *name)
{
	size_t mask = b->anchor_cap - 1;
	for (size_t i = hash_bytes(name, strlen(name)) & mask;; i = (i + 1) & mask) {
		size_t *slot = &b->anchor_slots[i];
		if (!*slot || !strcmp(b->anchors[*slot - 1].name, name))
			return slot;
	}
}

static void add_anchor(builder *b, const yaml_char_t *name, ynode *n)
{
	if (!name)
		return;
	if (2 * (b->nanchors + 1) > b->anchor_cap) {
		free(b->anchor_slots);
		b->anchor_cap = b->anchor_cap ? 2 * b->anchor_cap : 64;
		b->anchor_slots = bh_calloc(b->anchor_cap, sizeof *b->anchor_slots);
		for (size_t i = 0; i < b->nanchors; i++)
			*anchor_slot(b, b->anchors[i].name) = i + 1;
	}
	/* A later anchor with the same name wins, as YAML says. */
	anchor *a = BH_ARRAY_PUSH(b->anchors, b->nanchors, b->anchors_alloc);
	a->name = bh_strdup((const char *)name);
	a->node = n;
	*anchor_slot(b, a->name) = b->nanchors;
}

static ynode *find_anchor(builder *b, const char *name)
{
	if (!b->anchor_cap)
		return NULL;
	size_t *slot = anchor_slot(b, name);
	return *slot ? b->anchors[*slot - 1].node : NULL;
}

static void clear_anchors(builder *b)
{
	for (size_t i = 0; i < b->nanchors; i++)
		free(b->anchors[i].name);
	b->nanchors = 0;
	if (b->anchor_cap)
		memset(b->anchor_slots, 0, b->anchor_cap * sizeof *b->anchor_slots);
}

static void push_item(ynode *parent, ynode *child)
{
	*BH_ARRAY_PUSH(parent->items, parent->n, parent->alloc) = child;
}

static bool is_merge_key(const ynode *k)
{
	return k->kind == YN_SCALAR && k->plain && !strcmp(k->str, "<<");
}

/* The scalar keys of one mapping being merged into, by hash. */
typedef struct keyset {
	const ynode **slots;
	size_t cap; /* power of two */
} keyset;

/* Adds a scalar key; false if an equal key is already there. Non-scalar
 * keys are never equal to anything. */
static bool keyset_add(keyset *ks, const ynode *key)
{
	if (key->kind != YN_SCALAR)
		return true;
	size_t mask = ks->cap - 1;
	for (size_t i = hash_bytes(key->str, key->len) & mask;; i = (i + 1) & mask) {
		const ynode *k = ks->slots[i];
		if (!k) {
			ks->slots[i] = key;
			return true;
		}
		if (k->len == key->len && !memcmp(k->str, key->str, k->len))
			return false;
	}
}

/* Applies "<<: *base" and "<<: [*a, *b]": keys already in the mapping win,
 * earlier sources win over later ones. */
static int apply_merges(builder *b, ynode *map)
{
	bool any = false;
	for (size_t i = 0; i < map->n; i += 2)
		if (is_merge_key(map->items[i]))
			any = true;
	if (!any)
		return 0;
	ynode **old = map->items;
	size_t oldn = map->n;
	map->items = NULL;
	map->n = map->alloc = 0;
	/* Room for every key that could end up in the mapping, at most half full. */
	size_t nkeys = oldn / 2;
	for (size_t i = 0; i + 1 < oldn; i += 2) {
		if (!is_merge_key(old[i]))
			continue;
		const ynode *v = old[i + 1];
		if (v->kind == YN_MAP)
			nkeys += v->n / 2;
		for (size_t s = 0; v->kind == YN_SEQ && s < v->n; s++)
			nkeys += v->items[s]->kind == YN_MAP ? v->items[s]->n / 2 : 0;
	}
	keyset seen = { .cap = 16 };
	while (seen.cap < 2 * nkeys + 2)
		seen.cap *= 2;
	seen.slots = bh_calloc(seen.cap, sizeof *seen.slots);
	for (size_t i = 0; i + 1 < oldn; i += 2) {
		if (!is_merge_key(old[i])) {
			keyset_add(&seen, old[i]);
			push_item(map, old[i]);
			push_item(map, old[i + 1]);
		}
	}
	for (size_t i = 0; i + 1 < oldn; i += 2) {
		if (!is_merge_key(old[i]))
			continue;
		ynode *v = old[i + 1];
		ynode *single[1] = { v };
		ynode **srcs = single;
		size_t nsrc = 1;
		if (v->kind == YN_SEQ) {
			srcs = v->items;
			nsrc = v->n;
		}
		for (size_t s = 0; s < nsrc; s++) {
			ynode *src = srcs[s];
			if (src->kind != YN_MAP) {
				set_err(b->err, src->line, src->col, "merge key \"<<\" needs a mapping or a list of mappings%s", NULL);
				free(seen.slots);
				free(old);
				return -1;
			}
			for (size_t j = 0; j + 1 < src->n; j += 2) {
				if (!keyset_add(&seen, src->items[j]))
					continue;
				if (++b->merged_pairs > YDOC_MAX_MERGED_PAIRS) {
					set_err(b->err, v->line, v->col, "too many merged keys (limit reached)%s", NULL);
					free(seen.slots);
					free(old);
					return -1;
				}
				push_item(map, src->items[j]);
				push_item(map, src->items[j + 1]);
			}
		}
	}
	free(seen.slots);
	free(old);
	return 0;
}

/* Attaches a finished node to its parent, or makes it the document root. */
static int attach(builder *b, ynode *n)
{
	if (b->depth == 0) {
		*BH_ARRAY_PUSH(b->set->docs, b->set->ndocs, b->set->docs_alloc) = n;
		return 0;
	}
	push_item(b->stack[b->depth - 1], n);
	return 0;
}

/* JSON allows tabs between tokens where YAML does not; blank them out
 * (outside strings) so positions stay exact. */
static char *json_tabs_to_spaces(const char *data, size_t len)
{
	size_t i = 0;
	while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r'))
		i++;
	if (i >= len || (data[i] != '{' && data[i] != '['))
		return NULL;
	if (!memchr(data, '\t', len))
		return NULL;
	char *copy = bh_malloc(len + 1);
	memcpy(copy, data, len);
	copy[len] = '\0';
	bool in_str = false;
	for (size_t k = 0; k < len; k++) {
		char c = copy[k];
		if (in_str) {
			if (c == '\\')
				k++;
			else if (c == '"')
				in_str = false;
		} else if (c == '"') {
			in_str = true;
		} else if (c == '\t') {
			copy[k] = ' ';
		}
	}
	return copy;
}

int ydoc_parse(const char *data, size_t len, ydoc_set *out, yerror *err)
{
	memset(out, 0, sizeof *out);
	memset(err, 0, sizeof *err);
	char *fixed = json_tabs_to_spaces(data, len);
	if (fixed)
		data = fixed;

	yaml_parser_t parser;
	if (!yaml_parser_initialize(&parser))
		bh_die("out of memory initializing the YAML parser");
	yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);

	builder b = { .set = out, .err = err };
	int rc = 0;
	bool done = false;
	while (!done) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&parser, &ev)) {
			const yaml_mark_t *m = parser.problem_mark.line || parser.problem_mark.column
						       ? &parser.problem_mark
						       : &parser.context_mark;
			snprintf(err->message, sizeof err->message, "%s%s%s",
				 parser.problem ? parser.problem : "invalid YAML",
				 parser.context ? " " : "", parser.context ? parser.context : "");
			err->line = (int)m->line + 1;
			err->col = (int)m->column + 1;
			rc = -1;
			break;
		}
		ynode *n = NULL;
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = true;
			break;
		case YAML_DOCUMENT_START_EVENT:
			/* Anchors are scoped to their document. */
			clear_anchors(&b);
			break;
		case YAML_SCALAR_EVENT:
			n = new_node(&b, YN_SCALAR, &ev.start_mark);
			if (!n)
				goto too_many;
			n->len = ev.data.scalar.length;
			n->str = bh_strndup((const char *)ev.data.scalar.value, n->len);
			n->plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
			add_anchor(&b, ev.data.scalar.anchor, n);
			attach(&b, n);
			break;
		case YAML_ALIAS_EVENT: {
			ynode *target = find_anchor(&b, (const char *)ev.data.alias.anchor);
			if (!target) {
				set_err(err, (int)ev.start_mark.line + 1, (int)ev.start_mark.column + 1,
					"alias *%s refers to no anchor", (const char *)ev.data.alias.anchor);
				rc = -1;
				done = true;
				break;
			}
			/* An alias inside the node it names would make the tree a cycle
			 * (and "<<: *self" a merge that never ends): refuse it. */
			for (int d = 0; d < b.depth && target; d++)
				if (b.stack[d] == target)
					target = NULL;
			if (!target) {
				set_err(err, (int)ev.start_mark.line + 1, (int)ev.start_mark.column + 1,
					"alias *%s refers to a node that contains it (recursive data is not supported)",
					(const char *)ev.data.alias.anchor);
				rc = -1;
				done = true;
				break;
			}
			attach(&b, target);
			break;
		}
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT:
			if (b.depth >= YDOC_MAX_DEPTH) {
				set_err(err, (int)ev.start_mark.line + 1, (int)ev.start_mark.column + 1,
					"nesting deeper than 256 levels%s", NULL);
				rc = -1;
				done = true;
				break;
			}
			n = new_node(&b, ev.type == YAML_SEQUENCE_START_EVENT ? YN_SEQ : YN_MAP, &ev.start_mark);
			if (!n)
				goto too_many;
			add_anchor(&b, ev.type == YAML_SEQUENCE_START_EVENT ? ev.data.sequence_start.anchor
									    : ev.data.mapping_start.anchor,
				   n);
			b.stack[b.depth++] = n;
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			n = b.stack[--b.depth];
			if (n->kind == YN_MAP && apply_merges(&b, n) < 0) {
				rc = -1;
				done = true;
				break;
			}
			attach(&b, n);
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
		continue;
too_many:
		set_err(err, (int)ev.start_mark.line + 1, (int)ev.start_mark.column + 1,
			"more than 8388608 YAML nodes%s", NULL);
		yaml_event_delete(&ev);
		rc = -1;
		break;
	}
	yaml_parser_delete(&parser);
	clear_anchors(&b);
	free(b.anchors);
	free(b.anchor_slots);
	free(fixed);
	if (rc < 0)
		ydoc_free(out);
	return rc;
}

void ydoc_free(ydoc_set *s)
{
	for (size_t i = 0; i < s->nall; i++) {
		free(s->all[i]->str);
		free(s->all[i]->items);
		free(s->all[i]);
	}
	free(s->all);
	free(s->docs);
	memset(s, 0, sizeof *s);
}

bool yis_map(const ynode *n) { return n && n->kind == YN_MAP; }
bool yis_seq(const ynode *n) { return n && n->kind == YN_SEQ; }

size_t ymap_size(const ynode *map)
{
	return yis_map(map) ? map->n / 2 : 0;
}

ynode *ymap_key_at(const ynode *map, size_t i) { return map->items[2 * i]; }
ynode *ymap_val_at(const ynode *map, size_t i) { return map->items[2 * i + 1]; }

ynode *ymap_get(const ynode *map, const char *key)
{
	if (!yis_map(map))
		return NULL;
	size_t kl = strlen(key);
	ynode *found = NULL;
	for (size_t i = 0; i + 1 < map->n; i += 2) {
		const ynode *k = map->items[i];
		/* Duplicate keys: the last one wins, as most YAML and JSON readers do. */
		if (k->kind == YN_SCALAR && k->len == kl && !memcmp(k->str, key, kl))
			found = map->items[i + 1];
	}
	return found;
}

const char *yscalar(const ynode *n)
{
	return n && n->kind == YN_SCALAR ? n->str : NULL;
}

bool yis_null(const ynode *n)
{
	if (!n)
		return true;
	if (n->kind != YN_SCALAR || !n->plain)
		return false;
	return n->len == 0 || !strcmp(n->str, "null") || !strcmp(n->str, "Null") ||
	       !strcmp(n->str, "NULL") || !strcmp(n->str, "~");
}

bool ybool(const ynode *n, bool *out)
{
	static const char *const yes[] = { "true", "yes", "on", "y" };
	static const char *const no[] = { "false", "no", "off", "n" };
	if (!n || n->kind != YN_SCALAR)
		return false;
	for (size_t i = 0; i < 4; i++) {
		if (!strcasecmp(n->str, yes[i])) {
			*out = true;
			return true;
		}
		if (!strcasecmp(n->str, no[i])) {
			*out = false;
			return true;
		}
	}
	return false;
}

bool yint(const ynode *n, int64_t *out)
{
	if (!n || n->kind != YN_SCALAR || !n->len)
		return false;
	char *end;
	errno = 0;
	long long v = strtoll(n->str, &end, 0);
	if (errno || *end)
		return false;
	*out = v;
	return true;
}
