#include "host/workloads.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/strbuf.h"
#include "core/util.h"
#include "spec/spec.h"

#define MAX_PROC_FILE (64u << 10)
#define MAX_HISTORY 1024

const ynode *bh_engine_get_json(bh_engine *e, const char *path, ydoc_set *doc, char **err)
{
	strbuf body = STRBUF_INIT;
	char *gerr = NULL;
	const ynode *root = NULL;
	long st = bh_engine_get(e, path, &body, &gerr);
	yerror ye;
	if (st < 0) {
		*err = gerr;
		gerr = NULL;
	} else if (st != 200) {
		*err = bh_asprintf("GET %s: HTTP status %ld", path, st);
	} else if (ydoc_parse(body.buf, body.len, doc, &ye) < 0) {
		*err = bh_asprintf("GET %s: answer is not JSON (line %d: %s)", path, ye.line, ye.message);
	} else if (!doc->ndocs) {
		*err = bh_asprintf("GET %s: empty answer", path);
	} else {
		root = doc->docs[0];
	}
	free(gerr);
	strbuf_release(&body);
	return root;
}

/* ---- runtime facts from /proc ---- */

void bh_runtime_parse_status(bh_runtime *rt, const char *status)
{
	for (const char *line = status; line && *line;) {
		const char *end = strchr(line, '\n');
		size_t n = end ? (size_t)(end - line) : strlen(line);
		char buf[128];
		if (n < sizeof buf) {
			memcpy(buf, line, n);
			buf[n] = '\0';
			const char *v = strchr(buf, ':');
			if (v) {
				v++;
				while (*v == ' ' || *v == '\t')
					v++;
				char *endp;
				if (bh_starts_with(buf, "Seccomp:") && isdigit((unsigned char)*v)) {
					rt->seccomp = (int)strtol(v, NULL, 10);
				} else if (bh_starts_with(buf, "NoNewPrivs:") && isdigit((unsigned char)*v)) {
					rt->no_new_privs = (int)strtol(v, NULL, 10);
				} else if (bh_starts_with(buf, "CapEff:")) {
					errno = 0;
					unsigned long long x = strtoull(v, &endp, 16);
					if (!errno && endp != v && (*endp == '\0' || isspace((unsigned char)*endp))) {
						rt->capeff = x;
						rt->capeff_known = true;
					}
				}
			}
		}
		line = end ? end + 1 : NULL;
	}
}

static char *read_small(const char *fmt, const char *proc, pid_t pid)
{
	char path[PATH_MAX];
	snprintf(path, sizeof path, fmt, proc, (int)pid);
	return bh_read_file(path, MAX_PROC_FILE, NULL);
}

static char *first_line_squeezed(const char *s)
{
	strbuf sb = STRBUF_INIT;
	for (const char *p = s; *p && *p != '\n'; p++) {
		if (isspace((unsigned char)*p)) {
			if (sb.len && sb.buf[sb.len - 1] != ' ')
				strbuf_addch(&sb, ' ');
		} else {
			strbuf_addch(&sb, *p);
		}
	}
	while (sb.len && sb.buf[sb.len - 1] == ' ')
		sb.buf[--sb.len] = '\0';
	return strbuf_detach(&sb, NULL);
}

void bh_runtime_read(bh_runtime *rt, const char *proc, pid_t pid)
{
	rt->seccomp = rt->no_new_privs = rt->own_userns = -1;
	if (pid <= 0)
		return;
	char *status = read_small("%s/%d/status", proc, pid);
	if (!status)
		return;
	rt->known = true;
	bh_runtime_parse_status(rt, status);
	free(status);
	char *map = read_small("%s/%d/uid_map", proc, pid);
	if (map) {
		rt->uid_map = first_line_squeezed(map);
		free(map);
	}
	/* Same user namespace as this process (the host's, when bulkhead runs on
	 * the host)? The namespace links name the namespace by inode. */
	char a[PATH_MAX], b[64] = "", self[64] = "";
	snprintf(a, sizeof a, "%s/%d/ns/user", proc, (int)pid);
	ssize_t n1 = readlink(a, b, sizeof b - 1);
	snprintf(a, sizeof a, "%s/self/ns/user", proc);
	ssize_t n2 = readlink(a, self, sizeof self - 1);
	if (n1 > 0 && n2 > 0) {
		b[n1] = self[n2] = '\0';
		rt->own_userns = strcmp(b, self) != 0;
	}
	char *label = read_small("%s/%d/attr/apparmor/current", proc, pid);
	if (!label)
		label = read_small("%s/%d/attr/current", proc, pid);
	if (label) {
		rt->apparmor = first_line_squeezed(label);
		free(label);
	}
}

void bh_runtime_release(bh_runtime *rt)
{
	free(rt->uid_map);
	free(rt->apparmor);
	free(rt->sshd);
	memset(rt, 0, sizeof *rt);
}

/* One pass over /proc: every process's cgroup membership and name, so each
 * container's processes are found without a scan per container. */
typedef struct proc_entry {
	pid_t pid;
	char *cgroup;
	char *comm, *argv0;
} proc_entry;

typedef struct proc_table {
	proc_entry *v;
	size_t n, alloc;
} proc_table;

static void proc_scan(proc_table *t)
{
	DIR *d = opendir("/proc");
	if (!d)
		return;
	struct dirent *de;
	while ((de = readdir(d))) {
		char *end;
		long pid = strtol(de->d_name, &end, 10);
		if (*end || pid <= 0 || pid > INT_MAX)
			continue;
		char *cg = read_small("%s/%d/cgroup", "/proc", (pid_t)pid);
		if (!cg)
			continue;
		proc_entry *e = BH_ARRAY_PUSH(t->v, t->n, t->alloc);
		e->pid = (pid_t)pid;
		e->cgroup = cg;
		char *comm = read_small("%s/%d/comm", "/proc", (pid_t)pid);
		e->comm = comm ? first_line_squeezed(comm) : bh_strdup("");
		free(comm);
		size_t len = 0;
		char path[64];
		snprintf(path, sizeof path, "/proc/%ld/cmdline", pid);
		char *cmd = bh_read_file(path, MAX_PROC_FILE, &len);
		e->argv0 = bh_strdup(cmd && len ? bh_basename(cmd) : "");
		free(cmd);
	}
	closedir(d);
}

static void proc_free(proc_table *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].cgroup);
		free(t->v[i].comm);
		free(t->v[i].argv0);
	}
	free(t->v);
}

/* sshd names itself "sshd" (comm) and its per-session children
 * "sshd: user@pts/0" (argv[0]). */
static bool is_sshd(const proc_entry *e)
{
	return !strcmp(e->comm, "sshd") || !strcmp(e->argv0, "sshd") || bh_starts_with(e->argv0, "sshd:");
}

static void attach_processes(bh_container *c, const proc_table *t)
{
	const char *cg = NULL;
	for (size_t i = 0; i < t->n && !cg; i++)
		if (t->v[i].pid == c->pid)
			cg = t->v[i].cgroup;
	if (!cg)
		return;
	for (size_t i = 0; i < t->n; i++) {
		const proc_entry *e = &t->v[i];
		if (strcmp(e->cgroup, cg))
			continue;
		c->rt.nprocs++;
		if (!c->rt.sshd && is_sshd(e))
			c->rt.sshd = bh_asprintf("pid %d %s", (int)e->pid, *e->argv0 ? e->argv0 : e->comm);
	}
}

/* ---- containers ---- */

static bool safe_id(const char *s)
{
	size_t n = 0;
	for (; s && s[n]; n++)
		if (!isxdigit((unsigned char)s[n]))
			return false;
	return n > 0 && n <= 128;
}

int bh_workloads_containers(bh_workloads *w, bh_engine *e, const bh_policy *policy)
{
	ydoc_set list = { 0 };
	char *err = NULL;
	const ynode *root = bh_engine_get_json(e, "/containers/json", &list, &err);
	if (!root || !yis_seq(root)) {
		w->error = err ? err : bh_strdup("GET /containers/json: expected a list");
		ydoc_free(&list);
		return -1;
	}
	proc_table procs = { 0 };
	proc_scan(&procs);
	for (size_t i = 0; i < root->n && w->nctrs < BH_WL_MAX_CONTAINERS; i++) {
		const char *id = yscalar(ymap_get(root->items[i], "Id"));
		if (!safe_id(id))
			continue;
		bh_container *c = BH_ARRAY_PUSH(w->ctrs, w->nctrs, w->actrs);
		memset(c, 0, sizeof *c);
		c->id = bh_strdup(id);
		bh_findings_init(&c->findings);
		c->rt.seccomp = c->rt.no_new_privs = c->rt.own_userns = -1;
		char path[256];
		snprintf(path, sizeof path, "/containers/%s/json", id);
		strbuf body = STRBUF_INIT;
		char *gerr = NULL;
		long st = bh_engine_get(e, path, &body, &gerr);
		yerror ye;
		const char *name = NULL;
		if (st == 200 && ydoc_parse(body.buf, body.len, &c->doc, &ye) == 0 && c->doc.ndocs &&
		    yis_map(c->doc.docs[0])) {
			c->inspect = c->doc.docs[0];
			name = yscalar(ymap_get(c->inspect, "Name"));
		}
		if (name && *name == '/')
			name++;
		c->name = bh_strdup(name && *name ? name : id);
		if (c->inspect) {
			/* the same loader and rules as `bulkhead config` */
			cs_set set;
			cs_set_init(&set);
			char *shown = bh_asprintf("container %s", c->name);
			if (cs_load(shown, body.buf, body.len, &set, &c->findings) == 0)
				cs_check(&set, policy, &c->findings);
			cs_set_release(&set);
			free(shown);
			int64_t pid = 0;
			yint(ymap_get(ymap_get(c->inspect, "State"), "Pid"), &pid);
			if (pid > 0 && pid <= INT_MAX) {
				c->pid = (pid_t)pid;
				bh_runtime_read(&c->rt, "/proc", c->pid);
				attach_processes(c, &procs);
			}
		} else {
			bh_findings_error(&c->findings, NULL, 0, 0, "GET %s: %s", path,
					  gerr ? gerr : st == 200 ? "answer is not a JSON object" : "unexpected status");
		}
		free(gerr);
		strbuf_release(&body);
	}
	proc_free(&procs);
	ydoc_free(&list);
	return 0;
}

/* ---- images ---- */

static void inspect_image(bh_image *img, bh_engine *e)
{
	char path[256];
	char *err = NULL;
	ydoc_set doc = { 0 };
	snprintf(path, sizeof path, "/images/%s/json", img->id);
	const ynode *root = bh_engine_get_json(e, path, &doc, &err);
	if (!root) {
		img->error = err;
		ydoc_free(&doc);
		return;
	}
	/* {"Test": ["NONE"]} is an explicit "no health check" */
	const ynode *hc = ymap_get(ymap_get(root, "Config"), "Healthcheck");
	const ynode *test = ymap_get(hc, "Test");
	const char *t0 = yis_seq(test) && test->n ? yscalar(test->items[0]) : NULL;
	img->has_healthcheck = t0 && strcmp(t0, "NONE");
	ydoc_free(&doc);

	memset(&doc, 0, sizeof doc);
	snprintf(path, sizeof path, "/images/%s/history", img->id);
	root = bh_engine_get_json(e, path, &doc, &err);
	if (!root || !yis_seq(root)) {
		img->error = err ? err : bh_asprintf("GET %s: expected a list", path);
		ydoc_free(&doc);
		return;
	}
	img->history = bh_calloc(root->n + 1, sizeof *img->history);
	for (size_t i = 0; i < root->n && i < MAX_HISTORY; i++) {
		const char *by = yscalar(ymap_get(root->items[i], "CreatedBy"));
		img->history[img->nhistory++] = bh_strdup(by ? by : "");
	}
	img->inspected = true;
	ydoc_free(&doc);
}

int bh_workloads_images(bh_workloads *w, bh_engine *e)
{
	if (w->images_listed)
		return w->images_error ? -1 : 0;
	w->images_listed = true;
	ydoc_set list = { 0 };
	char *err = NULL;
	const ynode *root = bh_engine_get_json(e, "/images/json", &list, &err);
	if (!root || !yis_seq(root)) {
		w->images_error = err ? err : bh_strdup("GET /images/json: expected a list");
		ydoc_free(&list);
		return -1;
	}
	for (size_t i = 0; i < root->n && w->nimgs < BH_WL_MAX_IMAGES; i++) {
		const char *id = yscalar(ymap_get(root->items[i], "Id"));
		const char *hex = id && bh_starts_with(id, "sha256:") ? id + 7 : id;
		if (!safe_id(hex))
			continue;
		bh_image *img = BH_ARRAY_PUSH(w->imgs, w->nimgs, w->aimgs);
		memset(img, 0, sizeof *img);
		img->id = bh_strdup(hex);
		const ynode *tags = ymap_get(root->items[i], "RepoTags");
		const char *tag = yis_seq(tags) && tags->n ? yscalar(tags->items[0]) : NULL;
		img->name = tag && strcmp(tag, "<none>:<none>") ? bh_strdup(tag) : bh_strndup(hex, 12);
		inspect_image(img, e);
	}
	ydoc_free(&list);
	return 0;
}

void bh_workloads_release(bh_workloads *w)
{
	for (size_t i = 0; i < w->nctrs; i++) {
		bh_container *c = &w->ctrs[i];
		free(c->id);
		free(c->name);
		ydoc_free(&c->doc);
		bh_findings_release(&c->findings);
		bh_runtime_release(&c->rt);
	}
	free(w->ctrs);
	for (size_t i = 0; i < w->nimgs; i++) {
		bh_image *img = &w->imgs[i];
		free(img->id);
		free(img->name);
		for (size_t j = 0; j < img->nhistory; j++)
			free(img->history[j]);
		free(img->history);
		free(img->error);
	}
	free(w->imgs);
	free(w->error);
	free(w->images_error);
	memset(w, 0, sizeof *w);
}
