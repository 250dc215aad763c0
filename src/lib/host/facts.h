/* Host and daemon facts for `bulkhead bench`: the daemon's effective
 * configuration (its command line merged with the daemon.json it reads), the
 * Engine API's /info and /version, and where files live (--root-dir).
 *
 * The configuration model is a list of settings named as daemon.json names
 * them ("icc", "hosts", "insecure-registries", ...) whatever way they were
 * written, each remembering where it came from so findings can point at it. */
#ifndef BH_HOST_FACTS_H
#define BH_HOST_FACTS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "core/yamldoc.h"
#include "host/engine.h"

#define HF_MAX_CMDLINE (1u << 20)
#define HF_MAX_DAEMON_JSON (4u << 20)

typedef struct hf_setting {
	char *key;       /* daemon.json name */
	char **vals;     /* one value, or several for list options */
	size_t nvals, vals_alloc;
	char *origin;    /* "command line" or the daemon.json path */
	int line;        /* daemon.json line; 0 for the command line */
	char *raw;       /* as written: --icc=false, "icc": false */
} hf_setting;

typedef struct hf_config {
	hf_setting *items;
	size_t n, alloc;
} hf_config;

void hf_config_release(hf_config *c);

/* Parses a dockerd command line (argv[0] is the program). Every pflag form is
 * understood: --flag=v, --flag v, -H v, -Hv, -H=v, bare boolean flags, and
 * repeated flags. dockerd takes no positional arguments, so a bare word after
 * an unknown flag is that flag's value. Returns 0, or -1 with *err set. */
int hf_parse_cmdline(hf_config *c, int argc, char *const *argv, char **err);
/* Parses daemon.json text; origin names it in evidence. Returns 0, or -1 with
 * *err set (path:line:col: message). */
int hf_parse_daemon_json(hf_config *c, const char *data, size_t len, const char *origin, char **err);

/* The last setting of key (command line and daemon.json cannot both set a
 * scalar option: dockerd refuses to start), or NULL. */
const hf_setting *hf_get(const hf_config *c, const char *key);
/* The value of a scalar setting, or NULL when unset. */
const char *hf_value(const hf_config *c, const char *key);
/* Boolean setting: true when set, with its value in *out. */
bool hf_bool(const hf_config *c, const char *key, bool *out);
/* Go's strconv.ParseBool. */
bool hf_parse_bool(const char *s, bool *out);
/* Visits every value of a (list) option across all its settings. */
size_t hf_count(const hf_config *c, const char *key);
const char *hf_nth(const hf_config *c, const char *key, size_t i, const hf_setting **from);

/* What serves the Engine API. */
typedef enum hf_engine_kind {
	HF_DOCKER,   /* dockerd, rootful or rootless */
	HF_PODMAN,   /* `podman system service` (Docker-compatible API) */
} hf_engine_kind;

typedef struct bh_host_facts {
	const char *root_dir;   /* "" when the real host is audited */
	hf_engine_kind kind;
	char *kind_why;         /* how the engine was recognised */
	/* rootless: the daemon's user and the per-user paths it uses instead of
	 * the system ones CIS names */
	bool rootless;
	char *rootless_why;     /* "dockerd pid 42 runs as uid 1000 under rootlesskit" */
	uid_t user_uid;         /* the daemon's user (0 when rootful) */
	gid_t user_gid;
	char *user_name;
	char *user_home;        /* from its environment or /etc/passwd */
	char *user_config_dir;  /* $XDG_CONFIG_HOME/docker (or containers for Podman) */
	char *user_runtime_dir; /* $XDG_RUNTIME_DIR */
	char *user_socket;      /* $XDG_RUNTIME_DIR/docker.sock */
	char *user_data_root;   /* $XDG_DATA_HOME/docker: the rootless default data root */
	/* set when this process may not read the daemon.json: "permission denied
	 * reading /etc/docker/daemon.json" */
	char *daemon_json_denied;
	/* the daemon process */
	bool have_process;
	pid_t pid;
	uid_t uid;
	char *cmdline;          /* joined with spaces, for evidence */
	char *process_note;     /* why no process was chosen, or how */
	/* daemon.json */
	char *daemon_json;      /* path as the daemon names it (no root-dir) */
	bool daemon_json_exists;
	char *daemon_json_error;
	hf_config config;       /* command line + daemon.json */
	/* Engine API */
	bh_engine engine;
	bool engine_open;
	bool api_ok;
	char *api_error;
	ydoc_set info_doc, version_doc;
	const ynode *info, *version;
	char *data_root;        /* the data root above a userns-remap directory */
} bh_host_facts;

typedef struct bh_host_facts_opts {
	const char *root_dir;    /* NULL or "" for / */
	const char *docker_host; /* NULL: $DOCKER_HOST or the default socket */
	bool no_api;             /* do not contact the daemon */
} bh_host_facts_opts;

void bh_host_facts_gather(bh_host_facts *h, const bh_host_facts_opts *o);
void bh_host_facts_release(bh_host_facts *h);

/* root_dir + path, malloc'd. path must be absolute. */
char *hf_path(const bh_host_facts *h, const char *path);
/* The daemon's effective data root: /info DockerRootDir, then data-root, then
 * the rootless default (~/.local/share/docker), then /var/lib/docker (Podman:
 * /var/lib/containers/storage). */
const char *hf_data_root(const bh_host_facts *h);
/* True when the daemon runs rootless: its process is not uid 0 or runs under
 * rootlesskit, --rootless is set, /info says name=rootless, or Podman's
 * /libpod/info says so (h->rootless_why tells which). */
bool hf_rootless(const bh_host_facts *h);
/* "Docker" or "Podman", for messages. */
const char *hf_engine_name(const bh_host_facts *h);
/* The unix socket the daemon listens on (first unix:// host or the default). */
const char *hf_docker_socket(const bh_host_facts *h);
/* A string member of /info, or NULL. dotted paths ("Swarm.LocalNodeState"). */
const ynode *hf_info(const bh_host_facts *h, const char *dotted);

#endif
