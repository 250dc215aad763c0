/* bulkhead config --docker: the running containers of a daemon, through the
 * Engine API (no docker CLI), loaded as inspect output and checked. */
#include "spec/live.h"
#include "spec/spec.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "core/yamldoc.h"
#include "host/engine.h"

#include <ctype.h>
#include <string.h>

/* The daemon's {"message": "..."} on an error status, or a fallback. */
static char *daemon_message(const strbuf *body)
{
	ydoc_set d;
	yerror ye;
	memset(&d, 0, sizeof d);
	char *msg = NULL;
	if (ydoc_parse(body->buf, body->len, &d, &ye) == 0 && d.ndocs) {
		const char *m = yscalar(ymap_get(d.docs[0], "message"));
		if (m)
			msg = bh_strndup(m, strlen(m) < 300 ? strlen(m) : 300);
	}
	ydoc_free(&d);
	return msg ? msg : bh_strdup("no explanation given");
}

/* Container ids are hex; anything else must not be pasted into a URL path. */
static bool valid_id(const char *id)
{
	size_t n = strlen(id);
	if (n == 0 || n > 128)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!isxdigit((unsigned char)id[i]))
			return false;
	return true;
}

/* docker://NAME, printable characters only: names come from the daemon. */
static char *location_for(const ynode *entry, const char *id)
{
	const ynode *names = ymap_get(entry, "Names");
	const char *name = yis_seq(names) && names->n ? yscalar(names->items[0]) : NULL;
	if (name && *name == '/')
		name++;
	strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, CS_LIVE_SCHEME);
	if (!name || !*name) {
		strbuf_add(&sb, id, strlen(id) < 12 ? strlen(id) : 12);
	} else {
		for (size_t i = 0; name[i] && i < 256; i++)
			strbuf_addch(&sb, isgraph((unsigned char)name[i]) ? name[i] : '?');
	}
	return strbuf_detach(&sb, NULL);
}

/* Inspects one container and checks it. 1 when checked, 0 when it went away
 * between the list and the inspect, -1 on an error (recorded). */
static int check_one(bh_engine *e, const char *id, const char *loc, const bh_policy *policy, bh_findings *out)
{
	strbuf body = STRBUF_INIT;
	char *err = NULL;
	char *path = bh_asprintf("/containers/%s/json", id);
	long status = bh_engine_get(e, path, &body, &err);
	int rc = -1;
	if (status < 0) {
		bh_findings_error(out, loc, 0, 0, "cannot inspect the container: %s", err);
	} else if (status == 404) {
		rc = 0;
	} else if (status != 200) {
		char *msg = daemon_message(&body);
		bh_findings_error(out, loc, 0, 0, "GET %s: the daemon answered HTTP %ld: %s", path, status, msg);
		free(msg);
	} else {
		cs_set set;
		cs_set_init(&set);
		size_t before = out->n;
		int lr = cs_load(loc, body.buf, body.len, &set, out);
		if (lr == 1)
			bh_findings_error(out, loc, 0, 0, "GET %s: the answer is not container inspect output", path);
		if (lr == 0) {
			cs_check(&set, policy, out);
			/* Positions are into the daemon's answer, which the user never sees. */
			for (size_t i = before; i < out->n; i++)
				out->items[i].loc.line = out->items[i].loc.column = 0;
			rc = 1;
		}
		cs_set_release(&set);
	}
	free(path);
	free(err);
	strbuf_release(&body);
	return rc;
}

int cs_check_docker(const char *host, const bh_policy *policy, bh_findings *out)
{
	bh_engine e;
	char *err = NULL;
	if (bh_engine_open(&e, host, &err) < 0) {
		/* err already names the address */
		bh_findings_error(out, NULL, 0, 0, "%s", err);
		free(err);
		return -1;
	}
	strbuf body = STRBUF_INIT;
	ydoc_set list;
	memset(&list, 0, sizeof list);
	int checked = -1;
	long status = bh_engine_get(&e, "/containers/json", &body, &err);
	if (status < 0) {
		bh_findings_error(out, e.host, 0, 0, "cannot reach the Docker daemon: %s", err);
		goto done;
	}
	if (status != 200) {
		char *msg = daemon_message(&body);
		bh_findings_error(out, e.host, 0, 0, "GET /containers/json: the daemon answered HTTP %ld: %s", status, msg);
		free(msg);
		goto done;
	}
	yerror ye;
	if (ydoc_parse(body.buf, body.len, &list, &ye) < 0 || list.ndocs != 1 || !yis_seq(list.docs[0])) {
		bh_findings_error(out, e.host, 0, 0, "GET /containers/json: expected a JSON list of containers");
		goto done;
	}
	const ynode *arr = list.docs[0];
	if (arr->n > CS_LIVE_MAX_CONTAINERS) {
		bh_findings_error(out, e.host, 0, 0, "GET /containers/json: %zu containers, more than the %u bulkhead checks at once",
				  arr->n, CS_LIVE_MAX_CONTAINERS);
		goto done;
	}
	checked = 0;
	for (size_t i = 0; i < arr->n; i++) {
		const char *id = yscalar(ymap_get(arr->items[i], "Id"));
		if (!id || !valid_id(id)) {
			bh_findings_error(out, e.host, 0, 0, "GET /containers/json: entry %zu has no valid container id", i + 1);
			continue;
		}
		char *loc = location_for(arr->items[i], id);
		if (check_one(&e, id, loc, policy, out) > 0)
			checked++;
		free(loc);
	}
done:
	ydoc_free(&list);
	strbuf_release(&body);
	free(err);
	bh_engine_close(&e);
	return checked;
}
