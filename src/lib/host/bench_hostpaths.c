/* Where the files CIS names live on a rootless Docker host and on a Podman
 * host, who should own them there, and which checks do not apply at all.
 *
 * CIS writes for a rootful dockerd: /etc/docker, /run/containerd,
 * docker.service, files owned by root. A rootless dockerd keeps the same
 * things under its user's home and $XDG_RUNTIME_DIR, owned by that user; a
 * Podman host has /etc/containers and podman.service instead, and no daemon
 * configuration flags at all. Every substitution is said in the verdict. */
#include "host/bench_int.h"

#include <stdio.h>
#include <string.h>

#include "core/util.h"
#include "host/files.h"

static const struct na {
	const char *id;
	const char *why;
} podman_na[] = {
	{ "1.1.2", "Podman's API socket is not shared through a docker group" },
	{ "1.1.4", "Podman does not use containerd (/run/containerd)" },
	{ "1.1.8", "Podman does not use containerd (containerd.sock)" },
	{ "1.1.10", "/etc/default/docker configures docker.service only" },
	{ "1.1.12", "Podman does not use containerd (/etc/containerd/config.toml)" },
	{ "1.1.13", "/etc/sysconfig/docker configures docker.service only" },
	{ "1.1.14", "Podman does not use containerd" },
	{ "1.1.15", "Podman does not use containerd-shim" },
	{ "1.1.16", "Podman does not use containerd-shim" },
	{ "1.1.17", "Podman does not use containerd-shim" },
	{ "2.2", "no dockerd: Podman has no icc setting" },
	{ "2.3", "no dockerd: Podman has no daemon log level setting" },
	{ "2.4", "no dockerd: Podman has no iptables setting" },
	{ "2.5", "no dockerd: Podman's registries are configured in registries.conf" },
	{ "2.7", "no dockerd: podman system service has no TLS listener" },
	{ "2.8", "no dockerd: Podman has no default-ulimits daemon setting" },
	{ "2.9", "no dockerd: Podman has no userns-remap daemon setting" },
	{ "2.10", "no dockerd: Podman has no cgroup-parent daemon setting" },
	{ "2.11", "no dockerd: Podman has no dm.basesize storage option" },
	{ "2.12", "no dockerd: Podman has no authorization plugins" },
	{ "2.13", "no dockerd: Podman has no daemon log driver setting" },
	{ "2.14", "no dockerd: Podman has no no-new-privileges daemon setting" },
	{ "2.15", "no dockerd: Podman has no daemon to restore live" },
	{ "2.16", "no dockerd: Podman has no userland proxy setting" },
	{ "2.17", "no dockerd: Podman has no daemon-wide seccomp-profile setting" },
	{ "2.18", "no dockerd: Podman has no experimental daemon features" },
	{ "3.9", "podman system service has no TLS CA certificate" },
	{ "3.10", "podman system service has no TLS CA certificate" },
	{ "3.11", "podman system service has no TLS server certificate" },
	{ "3.12", "podman system service has no TLS server certificate" },
	{ "3.13", "podman system service has no TLS server key" },
	{ "3.14", "podman system service has no TLS server key" },
	{ "3.19", "/etc/default/docker configures docker.service only" },
	{ "3.20", "/etc/default/docker configures docker.service only" },
	{ "3.21", "/etc/sysconfig/docker configures docker.service only" },
	{ "3.22", "/etc/sysconfig/docker configures docker.service only" },
	{ "3.23", "Podman does not use containerd (containerd.sock)" },
	{ "3.24", "Podman does not use containerd (containerd.sock)" },
	{ "4.5", "Podman ignores DOCKER_CONTENT_TRUST; it verifies images by /etc/containers/policy.json" },
}, rootless_na[] = {
	{ "1.1.2", "the docker group grants access to a rootful daemon's socket; a rootless daemon's socket belongs to its user" },
	{ "1.1.10", "/etc/default/docker configures the system docker.service, which a rootless dockerd does not read" },
	{ "1.1.13", "/etc/sysconfig/docker configures the system docker.service, which a rootless dockerd does not read" },
	{ "3.19", "/etc/default/docker configures the system docker.service, which a rootless dockerd does not read" },
	{ "3.20", "/etc/default/docker configures the system docker.service, which a rootless dockerd does not read" },
	{ "3.21", "/etc/sysconfig/docker configures the system docker.service, which a rootless dockerd does not read" },
	{ "3.22", "/etc/sysconfig/docker configures the system docker.service, which a rootless dockerd does not read" },
};

const char *bk_not_applicable(const bh_host_facts *h, const char *id, const char **host)
{
	*host = h->kind == HF_PODMAN ? "a Podman host" : "a rootless Docker host";
	if (h->kind == HF_PODMAN) {
		for (size_t i = 0; i < BH_ARRAY_SIZE(podman_na); i++)
			if (!strcmp(podman_na[i].id, id))
				return podman_na[i].why;
	} else if (h->rootless) {
		for (size_t i = 0; i < BH_ARRAY_SIZE(rootless_na); i++)
			if (!strcmp(rootless_na[i].id, id))
				return rootless_na[i].why;
	}
	return NULL;
}

static bool under(const char *path, const char *dir)
{
	size_t n = dir ? strlen(dir) : 0;
	return n && !strncmp(path, dir, n) && (path[n] == '/' || path[n] == '\0');
}

char *bk_host_path(const bh_host_facts *h, const char *cis_path, char **note)
{
	*note = NULL;
	const char *etc = h->kind == HF_PODMAN ? (h->rootless ? h->user_config_dir : "/etc/containers")
					       : (h->rootless ? h->user_config_dir : NULL);
	if (etc && under(cis_path, "/etc/docker")) {
		char *p = bh_asprintf("%s%s", etc, cis_path + strlen("/etc/docker"));
		*note = bh_asprintf("%s: %s stands for %s", h->kind == HF_PODMAN ? "Podman" : "rootless", p, cis_path);
		return p;
	}
	if (h->kind == HF_DOCKER && h->rootless && h->user_runtime_dir && under(cis_path, "/run/containerd")) {
		/* dockerd-rootless starts its containerd under $XDG_RUNTIME_DIR/docker */
		char *p = bh_asprintf("%s/docker/containerd%s", h->user_runtime_dir, cis_path + strlen("/run/containerd"));
		*note = bh_asprintf("rootless: %s stands for %s", p, cis_path);
		return p;
	}
	return bh_strdup(cis_path);
}

char *bk_binary_path(const bh_host_facts *h, const char *name, char **note)
{
	*note = NULL;
	if (h->kind == HF_PODMAN && !strcmp(name, "dockerd")) {
		*note = bh_strdup("Podman: the podman binary stands for dockerd");
		return bh_find_binary(h->root_dir, "podman");
	}
	return bh_find_binary(h->root_dir, name);
}

char *bk_unit_path(const bh_host_facts *h, const char *unit, char **note)
{
	*note = NULL;
	char name[64];
	snprintf(name, sizeof name, "%s", unit);
	if (h->kind == HF_PODMAN && bh_starts_with(unit, "docker.")) {
		snprintf(name, sizeof name, "podman.%s", unit + strlen("docker."));
		*note = bh_asprintf("Podman: %s stands for %s", name, unit);
	}
	if (!h->rootless)
		return bh_systemd_unit_path(h->root_dir, name);
	/* the per-user unit search path (systemd.unit(5)), the user's own first:
	 * dockerd-rootless-setuptool.sh installs ~/.config/systemd/user/docker.service */
	char *dirs[4] = { 0 };
	if (h->user_config_dir) {
		const char *slash = strrchr(h->user_config_dir, '/');
		dirs[0] = bh_asprintf("%.*s/systemd/user", (int)(slash - h->user_config_dir), h->user_config_dir);
	}
	dirs[1] = bh_strdup("/etc/systemd/user");
	dirs[2] = bh_strdup("/usr/lib/systemd/user");
	dirs[3] = bh_strdup("/lib/systemd/user");
	char *found = NULL;
	for (size_t i = 0; i < 4 && !found; i++) {
		if (!dirs[i])
			continue;
		char *p = bh_asprintf("%s/%s", dirs[i], name);
		char *real = bh_root_resolve(h->root_dir, p);
		if (real)
			found = p;
		else
			free(p);
		free(real);
	}
	for (size_t i = 0; i < 4; i++)
		free(dirs[i]);
	free(*note);
	*note = bh_asprintf("%s: the user unit %s stands for the system %s", h->kind == HF_PODMAN ? "rootless Podman" : "rootless",
			    name, unit);
	return found;
}

void bk_config_files(const bh_host_facts *h, char ***out, size_t *n, char **note)
{
	size_t alloc = 0;
	*out = NULL;
	*n = 0;
	*note = NULL;
	if (h->kind != HF_PODMAN) {
		*BH_ARRAY_PUSH(*out, *n, alloc) = bh_strdup(h->daemon_json);
		if (h->rootless)
			*note = bh_asprintf("rootless: %s stands for /etc/docker/daemon.json", h->daemon_json);
		return;
	}
	/* containers.conf and storage.conf: the packaged defaults, the system's
	 * overrides and, for a rootless service, its user's own */
	static const char *const sys[] = {
		"/usr/share/containers/containers.conf", "/etc/containers/containers.conf",
		"/usr/share/containers/storage.conf", "/etc/containers/storage.conf",
	};
	for (size_t i = 0; i < BH_ARRAY_SIZE(sys); i++)
		*BH_ARRAY_PUSH(*out, *n, alloc) = bh_strdup(sys[i]);
	if (h->rootless && h->user_config_dir) {
		*BH_ARRAY_PUSH(*out, *n, alloc) = bh_asprintf("%s/containers.conf", h->user_config_dir);
		*BH_ARRAY_PUSH(*out, *n, alloc) = bh_asprintf("%s/storage.conf", h->user_config_dir);
	}
	*note = bh_strdup("Podman: containers.conf and storage.conf stand for daemon.json");
}

void bk_want_owner(const bh_host_facts *h, const char *path, const char *cis_owner, uid_t *uid, gid_t *gid,
		   const char **group, bool *user_owned)
{
	*user_owned = false;
	*uid = 0;
	*gid = 0;
	*group = strchr(cis_owner, ':') + 1;
	if (h->rootless && h->user_uid != 0 &&
	    (under(path, h->user_home) || under(path, h->user_runtime_dir) || under(path, h->user_config_dir) ||
	     under(path, h->user_data_root))) {
		/* what a rootless daemon reads from its user's directories is that user's */
		*uid = h->user_uid;
		*gid = h->user_gid;
		*group = NULL;
		*user_owned = true;
		return;
	}
	if (h->kind == HF_PODMAN && strcmp(*group, "root"))
		*group = "root"; /* no docker group: Podman's socket is root's alone */
}
