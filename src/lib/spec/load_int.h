/* Shared by the four loaders: reading ynodes into model fields. */
#ifndef BH_SPEC_LOAD_INT_H
#define BH_SPEC_LOAD_INT_H

#include "core/finding.h"
#include "core/yamldoc.h"
#include "spec/dotenv.h"
#include "spec/model.h"

typedef struct cs_loader {
	cs_set *set;
	const char *path;
	bh_findings *errs;
	bool interpolate; /* compose: ${VAR:-default} from the environment */
	const cs_dotenv *dotenv; /* compose: the .env beside the file, under the environment */
	const char *pos_file;    /* compose: set while reading a file merged into another one's spec */
	int nerrors;
} cs_loader;

cs_pos cs_npos(const ynode *n);
/* cs_npos, remembering the file when it is not the spec's own (compose extends/overrides). */
cs_pos cs_lpos(const cs_loader *L, const ynode *n);
void cs_err(cs_loader *L, const ynode *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Scalar text owned by the set (interpolated for compose); NULL for null,
 * a missing node or a non-scalar (the latter is reported as an error naming what). */
const char *cs_text(cs_loader *L, const ynode *n, const char *what);
/* The readers below leave out untouched when n is missing or null. */
void cs_read_str(cs_loader *L, const ynode *n, const char *what, cs_str *out);
void cs_read_flag(cs_loader *L, const ynode *n, const char *what, cs_flag *out);
void cs_read_int(cs_loader *L, const ynode *n, const char *what, cs_num *out);
/* A list of scalars (or one scalar) into a string list; caps are normalized
 * (upper case, CAP_ prefix removed) when is_caps is set. */
void cs_read_list(cs_loader *L, const ynode *n, const char *what, bool is_caps, cs_strlist *out);

bool cs_parse_bool(const char *s, bool *out);
/* "512m", "1g", "128Mi", "1073741824" -> bytes. */
bool cs_parse_bytes(const char *s, int64_t *out);
/* "0.5", "2", "500m" (Kubernetes) -> millicpus. */
bool cs_parse_cpu(const char *s, int64_t *out);
/* Applies compose-style ${VAR}, ${VAR:-def}, ${VAR-def}, ${VAR:?err}, $VAR, $$
 * with values from the environment, then dotenv (may be NULL). A missing
 * required variable or a malformed ${...} sets *err (malloc'd), else NULL. */
char *cs_interpolate(const char *s, const cs_dotenv *dotenv, char **err);
/* name in the directory of path (malloc'd); the current directory for "<stdin>" or a bare name. */
char *cs_sibling_path(const char *path, const char *name);
/* "80", "8080-8081" -> first port; false when not a port. */
bool cs_parse_port(const char *s, size_t n, int *out);

int cs_load_inspect(cs_loader *L, const ynode *root);
/* Reads the services of root and, for compose.yaml / docker-compose.yml, the
 * compose.override.yaml beside it, merged as docker compose merges them. */
int cs_load_compose(cs_loader *L, const ynode *root);
int cs_load_k8s(cs_loader *L, const ydoc_set *docs);
int cs_load_oci(cs_loader *L, const ynode *root);



/* "no-new-privileges:true", "seccomp=unconfined", "label:disable", ... */
void cs_security_opt(cs_loader *L, cs_spec *sp, const char *opt, const ynode *at);
/* "SRC:DST[:MODE]" (docker -v, compose short volume syntax) as a mount. */
void cs_bind_string(cs_loader *L, cs_spec *sp, const char *s, const ynode *at);
/* "ro,rshared,z" onto a mount. */
void cs_apply_mount_mode(cs_mount *m, const char *mode, cs_set *set);
#endif
