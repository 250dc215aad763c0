/* The confirm step of the content scanner: one line that the pattern engine
 * (core/secret_stream.c) flagged is checked with the same value tests as
 * ENV values and Dockerfile lines (core/secret.c), so a candidate becomes a
 * finding only when its shape, placeholder and entropy tests agree. */
#include "core/secret.h"
#include "core/util.h"

#include <ctype.h>
#include <string.h>

static bool is_delim(char ch)
{
	return isspace((unsigned char)ch) || strchr("\"'`,;()[]{}<>", ch);
}

/* NAME before position eq (skipping a closing quote and blanks). */
static size_t name_before(const char *line, size_t eq, size_t *start)
{
	size_t e = eq;
	while (e > 0 && (line[e - 1] == ' ' || line[e - 1] == '\t'))
		e--;
	if (e > 0 && (line[e - 1] == '"' || line[e - 1] == '\''))
		e--;
	size_t s = e;
	while (s > 0 && (isalnum((unsigned char)line[s - 1]) || (line[s - 1] && strchr("_-.", line[s - 1]))))
		s--;
	*start = s;
	return e - s;
}

/* A PEM or PGP private key: the BEGIN line alone on its line (in source
 * code the marker sits inside quotes and is a parser's constant). */
static bool private_key_line(const char *line, size_t n)
{
	size_t a = 0, b = n;
	while (a < b && isspace((unsigned char)line[a]))
		a++;
	while (b > a && isspace((unsigned char)line[b - 1]))
		b--;
	return b - a > 20 && !strncmp(line + a, "-----BEGIN ", 11) && !strncmp(line + b - 5, "-----", 5) &&
	       (memmem(line + a, b - a, "PRIVATE KEY-----", 16) || memmem(line + a, b - a, "PRIVATE KEY BLOCK-----", 22));
}

/* A PEM private key inside a JSON or YAML string: the BEGIN marker, an
 * escaped newline and key material, on one line, as in a GCP service-account
 * key file ("private_key": "-----BEGIN PRIVATE KEY-----\nMIIE..."). A marker
 * followed by a quote, as parsers and documentation hold it, is no key. */
static bool embedded_private_key(const char *line, size_t n)
{
	for (const char *p = memmem(line, n, "-----BEGIN ", 11); p;
	     p = memmem(p + 1, n - (size_t)(p + 1 - line), "-----BEGIN ", 11)) {
		size_t left = n - (size_t)(p - line);
		const char *end = memmem(p, left < 64 ? left : 64, "PRIVATE KEY-----", 16);
		if (!end)
			continue;
		const char *q = end + 16;
		const char *stop = line + n;
		if (stop - q < 2 || q[0] != '\\' || q[1] != 'n')
			continue;
		size_t b64 = 0;
		for (q += 2; q < stop && (isalnum((unsigned char)*q) || *q == '+' || *q == '/'); q++)
			b64++;
		if (b64 >= 40)
			return true;
	}
	return false;
}

const char *bh_secret_line(const char *line, size_t n, char **evidence)
{
	*evidence = NULL;
	if (n > BH_SECRET_MAX_LINE)
		n = BH_SECRET_MAX_LINE;
	if (private_key_line(line, n) || embedded_private_key(line, n)) {
		*evidence = bh_strdup("-----BEGIN ... PRIVATE KEY-----");
		return "private key";
	}
	/* Tokens with a known shape anywhere on the line. */
	char tok[BH_SECRET_MAX_LINE + 1];
	for (size_t i = 0; i < n;) {
		while (i < n && is_delim(line[i]))
			i++;
		size_t j = i;
		while (j < n && !is_delim(line[j]))
			j++;
		if (j - i >= 8) {
			/* "KEY=value" as one token: look at the value too */
			const char *eqp = memchr(line + i, '=', j - i);
			size_t from = eqp && (size_t)(eqp - line) + 1 < j ? (size_t)(eqp - line) + 1 : i;
			memcpy(tok, line + from, j - from);
			tok[j - from] = '\0';
			const char *kind = bh_secret_value(tok);
			if ((!kind || !strcmp(kind, "high-entropy string")) && from != i) {
				/* the whole token, for shapes that include their NAME= (AccountKey=) */
				memcpy(tok, line + i, j - i);
				tok[j - i] = '\0';
				kind = bh_secret_value(tok);
			}
			if (kind && strcmp(kind, "high-entropy string")) {
				*evidence = bh_secret_mask(tok);
				return kind;
			}
		}
		i = j;
	}
	/* NAME = "value" / NAME: value / "name": "value" with a secret-like
	 * name and a value that looks generated (core/secret.c's entropy test). */
	for (size_t i = 0; i < n; i++) {
		if (line[i] != '=' && line[i] != ':')
			continue;
		size_t s;
		size_t nl = name_before(line, i, &s);
		if (nl == 0 || nl >= 128)
			continue;
		char name[128];
		memcpy(name, line + s, nl);
		name[nl] = '\0';
		if (!bh_secret_name(name))
			continue;
		size_t v = i + 1;
		while (v < n && (line[v] == ' ' || line[v] == '\t' || line[v] == '"' || line[v] == '\''))
			v++;
		size_t w = v;
		while (w < n && !is_delim(line[w]))
			w++;
		if (w - v < 8)
			continue;
		memcpy(tok, line + v, w - v);
		tok[w - v] = '\0';
		if (!bh_secret_placeholder(tok) && bh_secret_value(tok)) {
			_cleanup_free_ char *m = bh_secret_mask(tok);
			*evidence = bh_asprintf("%s=%s", name, m);
			return "secret assignment";
		}
	}
	return NULL;
}
