#include "vuln/json_stream.h"
#include "core/util.h"

#include <stdio.h>
#include <string.h>
#include <yaml.h>

void bh_json_untab(char *data, size_t len)
{
	bool in_string = false;
	for (size_t i = 0; i < len; i++) {
		char c = data[i];
		if (in_string) {
			if (c == '\\' && i + 1 < len)
				i++;
			else if (c == '"')
				in_string = false;
		} else if (c == '"') {
			in_string = true;
		} else if (c == '\t') {
			data[i] = ' ';
		}
	}
}

static void free_tree(ynode *n)
{
	if (!n)
		return;
	for (size_t i = 0; i < n->n; i++)
		free_tree(n->items[i]);
	free(n->items);
	free(n->str);
	free(n);
}

typedef struct member_builder {
	ynode *stack[BH_JSON_MEMBER_MAX_DEPTH];
	int depth;
	size_t nodes;
	ynode *root;
} member_builder;

static void attach(member_builder *b, ynode *n)
{
	if (b->depth == 0) {
		b->root = n;
		return;
	}
	ynode *parent = b->stack[b->depth - 1];
	*BH_ARRAY_PUSH(parent->items, parent->n, parent->alloc) = n;
}

static void fail_at(yerror *err, const yaml_mark_t *m, const char *msg)
{
	err->line = (int)m->line + 1;
	err->col = (int)m->column + 1;
	snprintf(err->message, sizeof err->message, "%s", msg);
}

int bh_json_each_member(char *data, size_t len, bh_json_member_fn fn, void *arg, yerror *err)
{
	memset(err, 0, sizeof *err);
	bh_json_untab(data, len);
	yaml_parser_t parser;
	if (!yaml_parser_initialize(&parser))
		bh_die("out of memory initializing the YAML parser");
	yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);

	/* top: 0 before the object, 1 inside it expecting a key, 2 building a value */
	int top = 0, rc = 0;
	bool done = false, seen_object = false;
	char *key = NULL;
	member_builder b = { 0 };
	while (!done) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&parser, &ev)) {
			const yaml_mark_t *m = parser.problem_mark.line || parser.problem_mark.column
						       ? &parser.problem_mark
						       : &parser.context_mark;
			fail_at(err, m, parser.problem ? parser.problem : "invalid JSON");
			rc = -1;
			break;
		}
		if (ev.type == YAML_ALIAS_EVENT ||
		    (ev.type == YAML_SCALAR_EVENT && ev.data.scalar.anchor) ||
		    (ev.type == YAML_MAPPING_START_EVENT && ev.data.mapping_start.anchor) ||
		    (ev.type == YAML_SEQUENCE_START_EVENT && ev.data.sequence_start.anchor)) {
			fail_at(err, &ev.start_mark, "anchors and aliases are not JSON");
			rc = -1;
			yaml_event_delete(&ev);
			break;
		}
		if (top == 0) {
			if (ev.type == YAML_MAPPING_START_EVENT) {
				if (seen_object) {
					fail_at(err, &ev.start_mark, "more than one JSON document");
					rc = -1;
					done = true;
				}
				top = 1;
				seen_object = true;
			} else if (ev.type == YAML_STREAM_END_EVENT) {
				done = true;
			} else if (ev.type == YAML_SCALAR_EVENT || ev.type == YAML_SEQUENCE_START_EVENT) {
				fail_at(err, &ev.start_mark, "expected a JSON object at the top level");
				rc = -1;
				done = true;
			}
		} else if (top == 1) {
			if (ev.type == YAML_MAPPING_END_EVENT) {
				top = 0;
			} else if (ev.type == YAML_SCALAR_EVENT) {
				key = bh_strndup((const char *)ev.data.scalar.value, ev.data.scalar.length);
				top = 2;
			} else {
				fail_at(err, &ev.start_mark, "expected a string key");
				rc = -1;
				done = true;
			}
		} else {
			ynode *n = NULL;
			bool closes = false;
			switch (ev.type) {
			case YAML_SCALAR_EVENT:
			case YAML_SEQUENCE_START_EVENT:
			case YAML_MAPPING_START_EVENT:
				if (++b.nodes > BH_JSON_MEMBER_MAX_NODES) {
					fail_at(err, &ev.start_mark, "value too large (node limit reached)");
					rc = -1;
					done = true;
					break;
				}
				n = bh_calloc(1, sizeof *n);
				n->line = (int)ev.start_mark.line + 1;
				n->col = (int)ev.start_mark.column + 1;
				if (ev.type == YAML_SCALAR_EVENT) {
					n->kind = YN_SCALAR;
					n->len = ev.data.scalar.length;
					n->str = bh_strndup((const char *)ev.data.scalar.value, n->len);
					n->plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
					attach(&b, n);
					closes = b.depth == 0;
				} else {
					n->kind = ev.type == YAML_MAPPING_START_EVENT ? YN_MAP : YN_SEQ;
					if (b.depth >= BH_JSON_MEMBER_MAX_DEPTH) {
						free_tree(n);
						fail_at(err, &ev.start_mark, "value nested too deeply");
						rc = -1;
						done = true;
						break;
					}
					attach(&b, n);
					b.stack[b.depth++] = n;
				}
				break;
			case YAML_SEQUENCE_END_EVENT:
			case YAML_MAPPING_END_EVENT:
				if (b.depth > 0)
					b.depth--;
				closes = b.depth == 0;
				break;
			default:
				break;
			}
			if (closes && !done) {
				int r = fn(key, b.root, arg);
				free_tree(b.root);
				free(key);
				key = NULL;
				memset(&b, 0, sizeof b);
				top = 1;
				if (r) {
					rc = r;
					done = true;
				}
			}
		}
		yaml_event_delete(&ev);
	}
	if (b.depth > 0 || (b.root && top == 2))
		free_tree(b.root);
	free(key);
	yaml_parser_delete(&parser);
	if (rc == 0 && !seen_object) {
		err->line = 1;
		err->col = 1;
		snprintf(err->message, sizeof err->message, "expected a JSON object");
		rc = -1;
	}
	return rc;
}

bool bh_json_first_key(const char *data, size_t len, char *out, size_t outlen)
{
	yaml_parser_t parser;
	if (!yaml_parser_initialize(&parser))
		bh_die("out of memory initializing the YAML parser");
	yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
	bool found = false, in_object = false;
	for (int i = 0; i < 16; i++) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&parser, &ev))
			break;
		yaml_event_type_t t = ev.type;
		if (in_object && t == YAML_SCALAR_EVENT && outlen) {
			snprintf(out, outlen, "%.*s", (int)(ev.data.scalar.length < 4096 ? ev.data.scalar.length : 4096),
				 (const char *)ev.data.scalar.value);
			found = true;
		}
		if (t == YAML_MAPPING_START_EVENT)
			in_object = true;
		yaml_event_delete(&ev);
		if (found || t == YAML_STREAM_END_EVENT || t == YAML_SEQUENCE_START_EVENT ||
		    (t == YAML_SCALAR_EVENT && !in_object) || t == YAML_MAPPING_END_EVENT)
			break;
	}
	yaml_parser_delete(&parser);
	return found;
}
