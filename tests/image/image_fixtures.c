/* Loads every fixture make-evil.py wrote and checks the exact outcome:
 * the named error, or success with exactly the listed anomalies, and for
 * the valid three-layer image the whole final view with its provenance.
 *
 *   image_fixtures DIR     (DIR holds expect.tsv)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/strbuf.h"
#include "core/util.h"
#include "image/image.h"

typedef struct seen {
	int files;
	uint64_t bytes;
	int open;
} seen;

static bool on_begin(void *arg, int layer, const char *path, int64_t size, uint32_t mode)
{
	seen *s = arg;
	s->files++;
	s->open++;
	return true;
}

static int on_data(void *arg, const void *buf, size_t len, uint64_t off)
{
	((seen *)arg)->bytes += len;
	return 0;
}

static void on_end(void *arg, bool complete)
{
	((seen *)arg)->open--;
}

static int dump_entry(const bh_fs_entry *e, void *arg)
{
	strbuf *sb = arg;
	strbuf flags = STRBUF_INIT;
	if (e->implicit)
		strbuf_addstr(&flags, ",implicit");
	if (e->setuid)
		strbuf_addstr(&flags, ",setuid");
	if (e->setgid)
		strbuf_addstr(&flags, ",setgid");
	if (e->has_caps)
		strbuf_addstr(&flags, ",caps");
	if (e->link_escapes)
		strbuf_addstr(&flags, ",escapes");
	strbuf_addf(sb, "%s %s %04o %lld %lld %lld %s %d %d %s\n", e->path, bh_ftype_name(e->type), e->mode,
		    (long long)e->uid, (long long)e->gid, (long long)e->size, e->link ? e->link : "-",
		    e->added_layer, e->modified_layer, flags.len ? flags.buf + 1 : "-");
	strbuf_release(&flags);
	return 0;
}

static char *dump_view(const bh_image *img)
{
	strbuf sb = STRBUF_INIT;
	bh_fs_walk(img->fs, dump_entry, &sb);
	for (size_t i = 0; i < bh_fs_ndeletions(img->fs); i++) {
		const bh_fs_deletion *d = bh_fs_deletion_at(img->fs, i);
		strbuf_addf(&sb, "deleted %s %s added=%d deleted=%d\n", d->path, bh_ftype_name(d->type), d->added_layer,
			    d->deleted_layer);
	}
	return strbuf_detach(&sb, NULL);
}

static int apply_opts(char *opts, bh_image_opts *o, bh_image_limits *l)
{
	if (!strcmp(opts, "-"))
		return 0;
	for (char *kv = strtok(opts, ","); kv; kv = strtok(NULL, ",")) {
		char *eq = strchr(kv, '=');
		if (!eq)
			return -1;
		*eq = '\0';
		const char *v = eq + 1;
		unsigned long long n = strtoull(v, NULL, 10);
		if (!strcmp(kv, "platform"))
			o->platform = v;
		else if (!strcmp(kv, "ref"))
			o->ref = v;
		else if (!strcmp(kv, "max_total_bytes"))
			l->max_total_bytes = n;
		else if (!strcmp(kv, "max_entries"))
			l->max_entries = n;
		else if (!strcmp(kv, "max_path_len"))
			l->max_path_len = n;
		else if (!strcmp(kv, "max_path_depth"))
			l->max_path_depth = n;
		else if (!strcmp(kv, "max_header_bytes"))
			l->max_header_bytes = n;
		else if (!strcmp(kv, "max_json_bytes"))
			l->max_json_bytes = n;
		else if (!strcmp(kv, "max_meta_bytes"))
			l->max_meta_bytes = n;
		else if (!strcmp(kv, "max_layers"))
			l->max_layers = n;
		else
			return -1;
	}
	return 0;
}

static bool check_ok(const char *dir, const char *name, char *expect, bh_image *img, const seen *s)
{
	bool good = true;
	strbuf got = STRBUF_INIT;
	for (size_t i = 0; i < img->nanomalies; i++)
		strbuf_addf(&got, "%s%s:%d:%s", i ? "|" : "", bh_anomaly_name(img->anomalies[i].kind),
			    img->anomalies[i].layer, img->anomalies[i].path);
	const char *want_anoms = "";
	for (char *tok = strtok(expect, " "); tok; tok = strtok(NULL, " ")) {
		if (bh_starts_with(tok, "anomalies=")) {
			want_anoms = tok + 10;
		} else if (bh_starts_with(tok, "arch=")) {
			const char *a = img->config.architecture;
			if (!a || strcmp(a, tok + 5)) {
				fprintf(stderr, "%s: architecture %s, expected %s\n", name, a ? a : "(none)", tok + 5);
				good = false;
			}
		} else if (bh_starts_with(tok, "layers=")) {
			if (img->nlayers != strtoul(tok + 7, NULL, 10)) {
				fprintf(stderr, "%s: %zu layers, expected %s\n", name, img->nlayers, tok + 7);
				good = false;
			}
		} else if (bh_starts_with(tok, "view=")) {
			_cleanup_free_ char *p = bh_asprintf("%s/%s", dir, tok + 5);
			size_t len;
			_cleanup_free_ char *want = bh_read_file(p, 1 << 20, &len);
			_cleanup_free_ char *have = dump_view(img);
			if (!want || strcmp(want, have)) {
				fprintf(stderr, "%s: view differs; expected:\n%s\ngot:\n%s\n", name, want ? want : "(none)", have);
				good = false;
			}
			/* 12 regular files stream by: 7 + 3 + 2 over the three layers. */
			if (s->files != 12 || s->open != 0) {
				fprintf(stderr, "%s: content callback saw %d files (%d open), expected 12\n", name, s->files,
					s->open);
				good = false;
			}
		} else if (strcmp(tok, "ok")) {
			fprintf(stderr, "%s: unknown expectation %s\n", name, tok);
			good = false;
		}
	}
	if (strcmp(got.buf, want_anoms)) {
		fprintf(stderr, "%s: anomalies\n  got:      %s\n  expected: %s\n", name, got.buf, want_anoms);
		good = false;
	}
	strbuf_release(&got);
	return good;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s FIXTURE-DIR\n", argv[0]);
		return 2;
	}
	const char *dir = argv[1];
	_cleanup_free_ char *tsv = bh_asprintf("%s/expect.tsv", dir);
	FILE *f = fopen(tsv, "r");
	if (!f) {
		perror(tsv);
		return 2;
	}
	char line[4096];
	int pass = 0, fail = 0;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = '\0';
		char *name = strtok(line, "\t"), *path = strtok(NULL, "\t"), *opts = strtok(NULL, "\t"),
		     *expect = strtok(NULL, "\t");
		if (!name || !path || !opts || !expect) {
			fprintf(stderr, "bad line in %s\n", tsv);
			fail++;
			continue;
		}
		/* Each fixture twice: digests checked during the load, and the
		 * last layer's left running and checked by bh_image_verify() (as
		 * `bulkhead scan` does): the verdict and the message are the same. */
		char first[sizeof ((bh_image_error *)0)->message] = "";
		for (int defer = 0; defer < 2; defer++) {
			bh_image_limits lim;
			bh_image_limits_default(&lim);
			seen s = { 0 };
			bh_content_cb cb = { on_begin, on_data, on_end, &s };
			bh_image_opts o = { .limits = &lim, .content = &cb, .defer_last_digest = defer };
			_cleanup_free_ char *opts_copy = bh_strdup(opts);
			if (apply_opts(opts_copy, &o, &lim) < 0) {
				fprintf(stderr, "%s: bad options\n", name);
				fail++;
				break;
			}
			_cleanup_free_ char *full = bh_asprintf("%s/%s", dir, path);
			bh_image img;
			bh_image_error err;
			int rc = bh_image_load(full, &o, &img, &err);
			if (rc == 0 && bh_image_verify(&img, &err) < 0) {
				bh_image_release(&img);
				rc = -1;
			}
			bool good;
			if (bh_starts_with(expect, "error=")) {
				good = rc < 0 && !strcmp(bh_image_errname(err.code), expect + 6) && err.message[0];
				if (!good)
					fprintf(stderr, "%s: expected error %s, got %s%s%s\n", name, expect + 6,
						rc < 0 ? bh_image_errname(err.code) : "success", rc < 0 ? ": " : "",
						rc < 0 ? err.message : "");
				if (good && defer && strcmp(first, err.message)) {
					fprintf(stderr, "%s: deferred check says \"%s\", the load said \"%s\"\n", name,
						err.message, first);
					good = false;
				}
				if (rc < 0 && !defer)
					snprintf(first, sizeof first, "%s", err.message);
			} else if (rc < 0) {
				fprintf(stderr, "%s: expected success, got %s: %s\n", name, bh_image_errname(err.code),
					err.message);
				good = false;
			} else {
				_cleanup_free_ char *expect_copy = bh_strdup(expect); /* check_ok cuts it up */
				good = check_ok(dir, name, expect_copy, &img, &s);
			}
			if (rc == 0)
				bh_image_release(&img);
			printf("%s %s%s%s%s\n", good ? "PASS" : "FAIL", name, defer ? " (deferred digest)" : "",
			       rc < 0 ? "  -> " : "", rc < 0 ? err.message : "");
			good ? pass++ : fail++;
		}
	}
	fclose(f);
	printf("%d passed, %d failed\n", pass, fail);
	return fail || !pass ? 1 : 0;
}
