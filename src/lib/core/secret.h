/* Recognizing secrets by name and by the shape of their value. Shared by
 * Dockerfile ENV/ARG, container environment variables and image configs. */
#ifndef BH_SECRET_H
#define BH_SECRET_H

#include <stdbool.h>
#include <stddef.h>

/* True for names like DB_PASSWORD, GITHUB_TOKEN, AWS_SECRET_ACCESS_KEY. */
bool bh_secret_name(const char *name);
/* When value looks like a credential, returns what kind ("AWS access key
 * id", "GitHub token", "private key", "JWT", "high-entropy string", ...). */
const char *bh_secret_value(const char *value);
/* A value that is clearly not a secret: empty, a variable reference, a file
 * path, a placeholder such as "changeme" or "<password>", a boolean. */
bool bh_secret_placeholder(const char *value);
/* Shannon entropy in bits per character. */
double bh_entropy(const char *s, size_t n);
/* "ghp_abcd...wxyz" -> "ghp_****wxyz": enough to recognise, not to use. */
char *bh_secret_mask(const char *value);
/* Names of files that hold credentials (.npmrc, id_rsa, .git-credentials,
 * .docker/config.json, ...). Returns a description or NULL. */
const char *bh_secret_file(const char *path);

/* A credential with a known prefix ("ghp_", "AKIA", ...): prefix, then
 * min..max characters from set (max 0: no upper bound). */
typedef struct bh_secret_token_shape {
	const char *prefix;
	const char *set;
	size_t min, max;
	const char *kind;
} bh_secret_token_shape;
const bh_secret_token_shape *bh_secret_token_shapes(size_t *n);

/* Lines of text files are looked at up to this many bytes. */
#define BH_SECRET_MAX_LINE 4096
/* The secret on one line of a text file (a PEM private key's BEGIN line, a
 * token of known shape, or a secret-named assignment of a generated-looking
 * value), as a kind, with *evidence set to a masked copy (free it); NULL
 * when the line holds none. Looks at the first BH_SECRET_MAX_LINE bytes. */
const char *bh_secret_line(const char *line, size_t n, char **evidence);

#endif
