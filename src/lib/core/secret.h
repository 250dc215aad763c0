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

#endif
