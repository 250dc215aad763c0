/* Secrets baked into the image: ENV/ARG values and credential files. */
#include "dockerfile/lint_int.h"
#include "core/secret.h"
#include "core/util.h"

#include <string.h>

static void check_kv(df_ctx *c, const df_instr *in)
{
	for (size_t k = 0; k < in->nkvs; k++) {
		const df_kv *kv = &in->kvs[k];
		/* The raw text decides: "ENV TOKEN=$TOKEN" passes the value through, it does not embed it. */
		const char *raw = kv->raw_value;
		const char *val = kv->value;
		const char *shape = val ? bh_secret_value(val) : NULL;
		if (shape) {
			char *masked = bh_secret_mask(val);
			df_emit(c, "DF005", in, kv->pos, masked, "%s %s holds what looks like a %s (%s)", in->keyword,
				kv->key, shape, masked);
			free(masked);
			continue;
		}
		if (!bh_secret_name(kv->key))
			continue;
		if (in->kind == DF_ARG) {
			/* A secret-named ARG ends up in the build history even without a default. */
			if (raw && !bh_secret_placeholder(raw)) {
				char *masked = bh_secret_mask(val ? val : raw);
				df_emit(c, "DF005", in, kv->pos, masked,
					"ARG %s has a default value that looks like a secret (%s); build args are recorded in the image history",
					kv->key, masked);
				free(masked);
			} else {
				df_emit(c, "DF005", in, kv->pos, kv->key,
					"ARG %s passes a secret as a build argument; its value is recorded in the image history of every RUN that uses it",
					kv->key);
			}
			continue;
		}
		if (in->kind == DF_ENV && raw && !bh_secret_placeholder(raw) && val && *val) {
			char *masked = bh_secret_mask(val);
			df_emit(c, "DF005", in, kv->pos, masked,
				"ENV %s stores a secret in the image configuration, readable with docker inspect (%s)", kv->key, masked);
			free(masked);
		}
	}
}

static void check_copy(df_ctx *c, const df_instr *in)
{
	if (in->exec_form || in->nargs >= 2) {
		for (size_t a = 0; a + 1 < in->nargs; a++) {
			const char *src = in->args[a].value;
			const char *what = bh_secret_file(src);
			if (what)
				df_emit(c, "DF006", in, in->args[a].pos, src, "%s copies %s (%s) into the image", in->keyword, src, what);
		}
	}
	/* COPY <<EOF /root/.netrc writes a credential file from inline text. */
	if (in->nheredocs && in->nargs >= 1) {
		const char *dest = in->args[in->nargs - 1].value;
		const char *what = bh_secret_file(dest);
		if (what)
			df_emit(c, "DF006", in, in->args[in->nargs - 1].pos, dest, "%s writes %s (%s) into the image",
				in->keyword, dest, what);
		for (size_t h = 0; h < in->nheredocs; h++) {
			const char *shape = bh_secret_value(in->heredocs[h].content);
			if (shape)
				df_emit(c, "DF006", in, in->heredocs[h].pos, NULL,
					"%s writes inline content that contains a %s into the image", in->keyword, shape);
		}
	}
}

void df_check_secrets(df_ctx *c)
{
	for (size_t i = 0; i < c->f->n; i++) {
		const df_instr *in = &c->f->instrs[i];
		const df_instr *targets[2] = { in, in->sub };
		for (int t = 0; t < 2; t++) {
			const df_instr *x = targets[t];
			if (!x)
				continue;
			if (x->kind == DF_ENV || x->kind == DF_ARG)
				check_kv(c, x);
			else if (x->kind == DF_COPY || x->kind == DF_ADD)
				check_copy(c, x);
		}
	}
}
