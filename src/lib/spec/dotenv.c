/* .env files for compose interpolation. The syntax follows what docker
 * compose accepts; anything else is an error naming the line, because a
 * silently misread default would change what the rules see. */
#include "spec/dotenv.h"
#include "spec/load_int.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <errno.h>
#include <string.h>

static void set_var(cs_dotenv *e, const char *name, size_t nlen, char *value, int line)
{
	for (size_t i = 0; i < e->n; i++) {
		if (strlen(e->names[i]) == nlen && !memcmp(e->names[i], name, nlen)) {
			free(e->values[i]);
			e->values[i] = value;
			e->lines[i] = line;
			return;
		}
	}
	if (e->n == e->alloc) {
		size_t a = e->alloc;
		bh_array_grow((void **)&e->names, &a, e->n + 1, sizeof *e->names);
		a = e->alloc;
		bh_array_grow((void **)&e->values, &a, e->n + 1, sizeof *e->values);
		a = e->alloc;
		bh_array_grow((void **)&e->lines, &a, e->n + 1, sizeof *e->lines);
		e->alloc = a;
	}
	e->names[e->n] = bh_strndup(name, nlen);
	e->values[e->n] = value;
	e->lines[e->n] = line;
	e->n++;
}

const char *cs_dotenv_get(const cs_dotenv *e, const char *name)
{
	for (size_t i = 0; e && i < e->n; i++)
		if (!strcmp(e->names[i], name))
			return e->values[i];
	return NULL;
}

void cs_dotenv_free(cs_dotenv *e)
{
	for (size_t i = 0; i < e->n; i++) {
		free(e->names[i]);
		free(e->values[i]);
	}
	free(e->names);
	free(e->values);
	free(e->lines);
	memset(e, 0, sizeof *e);
}

static bool key_char(char c, bool first)
{
	return c == '_' || isalpha((unsigned char)c) || (!first && (isdigit((unsigned char)c) || c == '.' || c == '-'));
}

/* Interpolates value against the environment and the lines read so far. */
static char *expand(const char *path, int line, const char *value, const cs_dotenv *e, bh_findings *errs, int *nerr)
{
	char *err = NULL;
	char *out = cs_interpolate(value, e, &err);
	if (err) {
		bh_findings_error(errs, path, line, 1, "%s", err);
		free(err);
		(*nerr)++;
	}
	return out;
}

int cs_dotenv_parse(const char *path, const char *data, size_t len, cs_dotenv *out, bh_findings *errs)
{
	int nerr = 0;
	int line = 1;
	size_t i = 0;
	while (i < len) {
		int start_line = line;
		/* leading blanks */
		while (i < len && (data[i] == ' ' || data[i] == '\t'))
			i++;
		if (i >= len)
			break;
		if (data[i] == '\n' || data[i] == '\r' || data[i] == '#') {
			while (i < len && data[i] != '\n')
				i++;
			if (i < len) {
				i++;
				line++;
			}
			continue;
		}
		if (len - i > 7 && !memcmp(data + i, "export ", 7)) {
			i += 7;
			while (i < len && data[i] == ' ')
				i++;
		}
		size_t k = i;
		while (k < len && key_char(data[k], k == i))
			k++;
		const char *name = data + i;
		size_t nlen = k - i;
		size_t j = k;
		while (j < len && (data[j] == ' ' || data[j] == '\t'))
			j++;
		if (nlen == 0 || (j < len && data[j] != '=' && data[j] != '\n' && data[j] != '\r' && data[j] != '#')) {
			bh_findings_error(errs, path, start_line, 1, "expected KEY=VALUE");
			nerr++;
			while (i < len && data[i] != '\n')
				i++;
			continue;
		}
		if (j >= len || data[j] != '=') {
			/* "KEY" alone: compose takes it from the environment, which is looked up anyway. */
			while (j < len && data[j] != '\n')
				j++;
			i = j;
			continue;
		}
		j++; /* past '=' */
		while (j < len && (data[j] == ' ' || data[j] == '\t'))
			j++;
		strbuf v = STRBUF_INIT;
		bool interpolate = true;
		if (j < len && (data[j] == '\'' || data[j] == '"')) {
			char q = data[j++];
			bool closed = false;
			while (j < len) {
				char c = data[j];
				if (c == q) {
					closed = true;
					j++;
					break;
				}
				if (c == '\n')
					line++;
				if (q == '"' && c == '\\' && j + 1 < len) {
					char x = data[j + 1];
					strbuf_addch(&v, x == 'n' ? '\n' : x == 't' ? '\t' : x == 'r' ? '\r' : x);
					if (x == '\n')
						line++;
					j += 2;
					continue;
				}
				strbuf_addch(&v, c);
				j++;
			}
			if (!closed) {
				bh_findings_error(errs, path, start_line, 1, "the %s quote of %.*s is not closed",
						  q == '"' ? "double" : "single", (int)(nlen < 100 ? nlen : 100), name);
				strbuf_release(&v);
				return -1;
			}
			interpolate = q == '"';
			/* only blanks or a comment may follow the closing quote */
			while (j < len && (data[j] == ' ' || data[j] == '\t'))
				j++;
			if (j < len && data[j] != '\n' && data[j] != '\r' && data[j] != '#') {
				bh_findings_error(errs, path, line, 1, "unexpected text after the quoted value of %.*s",
						  (int)(nlen < 100 ? nlen : 100), name);
				nerr++;
			}
		} else {
			size_t vs = j;
			while (j < len && data[j] != '\n' && !(data[j] == '#' && j > vs && (data[j - 1] == ' ' || data[j - 1] == '\t')))
				j++;
			size_t ve = j;
			while (ve > vs && isspace((unsigned char)data[ve - 1]))
				ve--;
			strbuf_add(&v, data + vs, ve - vs);
		}
		while (j < len && data[j] != '\n')
			j++;
		if (memchr(v.buf, '\0', v.len)) {
			bh_findings_error(errs, path, start_line, 1, "the value of %.*s holds a NUL byte",
					  (int)(nlen < 100 ? nlen : 100), name);
			nerr++;
			strbuf_release(&v);
		} else if (interpolate && strchr(v.buf, '$')) {
			char *x = expand(path, start_line, v.buf, out, errs, &nerr);
			strbuf_release(&v);
			set_var(out, name, nlen, x, start_line);
		} else {
			set_var(out, name, nlen, strbuf_detach(&v, NULL), start_line);
		}
		i = j;
	}
	return nerr ? -1 : 0;
}

int cs_dotenv_load(const char *path, cs_dotenv *out, bh_findings *errs)
{
	size_t len = 0;
	char *data = bh_read_file(path, CS_DOTENV_MAX_BYTES, &len);
	if (!data) {
		if (errno == ENOENT)
			return 0;
		bh_findings_error(errs, path, 0, 0, "cannot read: %s",
				  errno == EFBIG ? "file is larger than 1 MiB" : strerror(errno));
		return -1;
	}
	int rc = cs_dotenv_parse(path, data, len, out, errs);
	free(data);
	return rc;
}
