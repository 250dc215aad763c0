/* The image config (application/vnd.oci.image.config.v1+json and Docker's
 * equivalent): the fields security checks look at, copied out of the JSON
 * tree so the document can be freed. */
#include <string.h>

#include "core/util.h"
#include "core/yamldoc.h"
#include "image/imgint.h"

static char *dupscalar(const ynode *n)
{
	const char *s = yscalar(n);
	if (!s || yis_null(n))
		return NULL;
	return bh_strdup(s);
}

static void str_list(const ynode *seq, char ***out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!yis_seq(seq))
		return;
	*out = bh_calloc(seq->n ? seq->n : 1, sizeof **out);
	for (size_t i = 0; i < seq->n; i++) {
		const char *s = yscalar(seq->items[i]);
		if (s)
			(*out)[(*n)++] = bh_strdup(s);
	}
}

static void key_list(const ynode *map, char ***out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!yis_map(map))
		return;
	size_t sz = ymap_size(map);
	*out = bh_calloc(sz ? sz : 1, sizeof **out);
	for (size_t i = 0; i < sz; i++) {
		const char *s = yscalar(ymap_key_at(map, i));
		if (s)
			(*out)[(*n)++] = bh_strdup(s);
	}
}

static void free_list(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

int bh_config_parse(const char *data, size_t len, bh_image_config *cfg, const char *what, bh_image_error *err)
{
	ydoc_set set;
	yerror yerr;
	_cleanup_free_ char *pw = bh_img_printable(what);
	if (ydoc_parse(data, len, &set, &yerr) != 0)
		return bh_imgerr(err, BH_IMGE_JSON, "%s:%d:%d: %s", pw, yerr.line, yerr.col, yerr.message);
	const ynode *root = set.ndocs ? set.docs[0] : NULL;
	if (!yis_map(root)) {
		ydoc_free(&set);
		return bh_imgerr(err, BH_IMGE_JSON, "%s: the image config must be a JSON object", pw);
	}
	cfg->os = dupscalar(ymap_get(root, "os"));
	cfg->architecture = dupscalar(ymap_get(root, "architecture"));
	cfg->variant = dupscalar(ymap_get(root, "variant"));
	cfg->created = dupscalar(ymap_get(root, "created"));
	const ynode *c = ymap_get(root, "config");
	if (!c)
		c = ymap_get(root, "container_config");
	if (yis_map(c)) {
		cfg->user = dupscalar(ymap_get(c, "User"));
		cfg->workdir = dupscalar(ymap_get(c, "WorkingDir"));
		str_list(ymap_get(c, "Env"), &cfg->env, &cfg->nenv);
		str_list(ymap_get(c, "Entrypoint"), &cfg->entrypoint, &cfg->nentrypoint);
		str_list(ymap_get(c, "Cmd"), &cfg->cmd, &cfg->ncmd);
		key_list(ymap_get(c, "ExposedPorts"), &cfg->exposed_ports, &cfg->nexposed_ports);
		key_list(ymap_get(c, "Volumes"), &cfg->volumes, &cfg->nvolumes);
		const ynode *labels = ymap_get(c, "Labels");
		if (yis_map(labels)) {
			size_t sz = ymap_size(labels);
			cfg->labels = bh_calloc(sz ? sz : 1, sizeof *cfg->labels);
			for (size_t i = 0; i < sz; i++) {
				const char *k = yscalar(ymap_key_at(labels, i));
				const char *v = yscalar(ymap_val_at(labels, i));
				if (!k)
					continue;
				cfg->labels[cfg->nlabels].key = bh_strdup(k);
				cfg->labels[cfg->nlabels++].value = bh_strdup(v ? v : "");
			}
		}
		const ynode *hc = ymap_get(c, "Healthcheck");
		if (yis_map(hc)) {
			cfg->has_healthcheck = true;
			str_list(ymap_get(hc, "Test"), &cfg->healthcheck_test, &cfg->nhealthcheck_test);
		}
	}
	const ynode *hist = ymap_get(root, "history");
	if (yis_seq(hist)) {
		cfg->history = bh_calloc(hist->n ? hist->n : 1, sizeof *cfg->history);
		for (size_t i = 0; i < hist->n; i++) {
			const ynode *h = hist->items[i];
			if (!yis_map(h))
				continue;
			bh_image_history *o = &cfg->history[cfg->nhistory++];
			o->created = dupscalar(ymap_get(h, "created"));
			o->created_by = dupscalar(ymap_get(h, "created_by"));
			o->comment = dupscalar(ymap_get(h, "comment"));
			bool b = false;
			o->empty_layer = ybool(ymap_get(h, "empty_layer"), &b) && b;
		}
	}
	const ynode *rootfs = ymap_get(root, "rootfs");
	if (yis_map(rootfs))
		str_list(ymap_get(rootfs, "diff_ids"), &cfg->diff_ids, &cfg->ndiff_ids);
	ydoc_free(&set);
	return 0;
}

void bh_config_release(bh_image_config *cfg)
{
	free(cfg->digest);
	free(cfg->os);
	free(cfg->architecture);
	free(cfg->variant);
	free(cfg->created);
	free(cfg->user);
	free(cfg->workdir);
	free_list(cfg->env, cfg->nenv);
	free_list(cfg->entrypoint, cfg->nentrypoint);
	free_list(cfg->cmd, cfg->ncmd);
	free_list(cfg->exposed_ports, cfg->nexposed_ports);
	free_list(cfg->volumes, cfg->nvolumes);
	for (size_t i = 0; i < cfg->nlabels; i++) {
		free(cfg->labels[i].key);
		free(cfg->labels[i].value);
	}
	free(cfg->labels);
	free_list(cfg->healthcheck_test, cfg->nhealthcheck_test);
	for (size_t i = 0; i < cfg->nhistory; i++) {
		free(cfg->history[i].created);
		free(cfg->history[i].created_by);
		free(cfg->history[i].comment);
	}
	free(cfg->history);
	free_list(cfg->diff_ids, cfg->ndiff_ids);
	memset(cfg, 0, sizeof *cfg);
}
