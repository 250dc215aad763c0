/* The CIS Docker Benchmark v1.6.0 host and daemon checks (sections 1, 2, 3,
 * 6 and 7), numbered as CIS and docker-bench-security 1.6.0 number them.
 * Titles are the benchmark's recommendations; docs/bench.md says what
 * bulkhead inspects for each. */
#include "core/rule.h"
#include "core/rule_tables.h"

#define CIS(num, sev, title, why, fix) \
	{ "CIS-" num, "host", sev, title, why, fix, BH_REFS("cis-docker:" num, "docker-bench:" num) }

#define AUDIT(num, what)                                                                                  \
	CIS(num, BH_SEV_LOW, "Ensure auditing is configured for Docker files and directories - " what,      \
	    "The Docker daemon runs as root and " what " is part of what it trusts. Without an audit rule "  \
	    "nobody can tell afterwards who changed it, or when.",                                           \
	    "Watch it for writes and attribute changes: add `-w " what " -p wa -k docker` to a file in "      \
	    "/etc/audit/rules.d/ and load it with `augenrules --load`.")

#define OWNER(num, what, owner)                                                                           \
	CIS(num, BH_SEV_MEDIUM, "Ensure that " what " ownership is set to " owner,                          \
	    "Whoever owns " what " can change how the Docker daemon, which runs as root, is started or "     \
	    "reached; it must belong to " owner ".",                                                         \
	    "`chown " owner " <file>` (the finding names the file).")

#define MODE(num, sev, what, mode)                                                                        \
	CIS(num, sev, "Ensure that " what " permissions are set to " mode " or more restrictive",           \
	    "A bit set outside " mode " lets other users change, or read, " what ", which the Docker "        \
	    "daemon trusts.",                                                                                 \
	    "`chmod " mode " <file>` (the finding names the file), or remove the bits the finding lists.")

const bh_rule bh_host_rules[] = {
	/* 1 Host configuration */
	CIS("1.1.1", BH_SEV_LOW, "Ensure a separate partition for containers has been created",
	    "Docker's data root fills up with images, layers and volumes. On the root partition a runaway "
	    "container or image pull can fill the disk and stop the host.",
	    "Mount a dedicated file system (its own partition or logical volume) at the Docker root directory "
	    "(`docker info -f '{{.DockerRootDir}}'`, normally /var/lib/docker) and add it to /etc/fstab."),
	CIS("1.1.2", BH_SEV_HIGH, "Ensure only trusted users are allowed to control Docker daemon",
	    "Members of the docker group can start a privileged container that mounts the host's root file "
	    "system: the group is equivalent to root.",
	    "Remove untrusted users from the docker group (`gpasswd -d USER docker`), and list the expected "
	    "ones under trusted_users in .bulkhead.yaml."),
	AUDIT("1.1.3", "/usr/bin/dockerd"),
	AUDIT("1.1.4", "/run/containerd"),
	AUDIT("1.1.5", "/var/lib/docker"),
	AUDIT("1.1.6", "/etc/docker"),
	AUDIT("1.1.7", "docker.service"),
	AUDIT("1.1.8", "containerd.sock"),
	AUDIT("1.1.9", "docker.socket"),
	AUDIT("1.1.10", "/etc/default/docker"),
	AUDIT("1.1.11", "/etc/docker/daemon.json"),
	AUDIT("1.1.12", "/etc/containerd/config.toml"),
	AUDIT("1.1.13", "/etc/sysconfig/docker"),
	AUDIT("1.1.14", "/usr/bin/containerd"),
	AUDIT("1.1.15", "/usr/bin/containerd-shim"),
	AUDIT("1.1.16", "/usr/bin/containerd-shim-runc-v1"),
	AUDIT("1.1.17", "/usr/bin/containerd-shim-runc-v2"),
	AUDIT("1.1.18", "/usr/bin/runc"),
	CIS("1.2.1", BH_SEV_INFO, "Ensure the container host has been Hardened",
	    "Containers share the host's kernel; a weak host weakens every container on it.",
	    "Harden the host following the CIS benchmark for its distribution (a manual review)."),
	CIS("1.2.2", BH_SEV_INFO, "Ensure that the version of Docker is up to date",
	    "Old Docker releases have known vulnerabilities, some allowing container escape.",
	    "Keep Docker at a release your vendor supports and apply its security updates."),

	/* 2 Docker daemon configuration */
	CIS("2.1", BH_SEV_LOW, "Run the Docker daemon as a non-root user, if possible",
	    "A rootful daemon means a container escape, or any access to its socket, is root on the host. "
	    "Rootless mode runs the daemon and the containers inside a user namespace of an ordinary user.",
	    "Run Docker in rootless mode (`dockerd-rootless-setuptool.sh install` as the user), if the "
	    "workloads allow it."),
	CIS("2.2", BH_SEV_MEDIUM, "Ensure network traffic is restricted between containers on the default bridge",
	    "By default every container on the default bridge can reach every other one on every port, so "
	    "one compromised container can attack the others.",
	    "Set `\"icc\": false` in daemon.json and link or network the containers that must talk."),
	CIS("2.3", BH_SEV_LOW, "Ensure the logging level is set to 'info'",
	    "The info level records what auditing needs; debug records far more, including request "
	    "details that may hold secrets.",
	    "Set `\"log-level\": \"info\"` in daemon.json (or remove log-level and debug)."),
	CIS("2.4", BH_SEV_MEDIUM, "Ensure Docker is allowed to make changes to iptables",
	    "With iptables management off, Docker cannot set up the network isolation and port publishing "
	    "rules it relies on, and hand-written rules drift from the containers actually running.",
	    "Remove `--iptables=false` / `\"iptables\": false` from the daemon configuration."),
	CIS("2.5", BH_SEV_HIGH, "Ensure insecure registries are not used",
	    "An insecure registry is reached without TLS verification; anyone on the path can serve "
	    "tampered images.",
	    "Remove insecure-registries from daemon.json and give the registry a certificate Docker trusts "
	    "(/etc/docker/certs.d/HOST/ca.crt)."),
	CIS("2.6", BH_SEV_MEDIUM, "Ensure aufs storage driver is not used",
	    "aufs is deprecated, removed from current Docker releases, and known for kernel crashes.",
	    "Use the overlay2 storage driver: `\"storage-driver\": \"overlay2\"`."),
	CIS("2.7", BH_SEV_CRITICAL, "Ensure TLS authentication for Docker daemon is configured",
	    "The Docker API is root on the host. Listening on TCP without TLS client verification gives "
	    "root to anyone who can reach the port.",
	    "Listen on TCP only with TLS and client certificate verification: `\"tlsverify\": true` with "
	    "tlscacert, tlscert and tlskey, or use an SSH or unix socket instead."),
	CIS("2.8", BH_SEV_INFO, "Ensure the default ulimit is configured appropriately",
	    "Without default ulimits one container can exhaust file descriptors or processes for the host.",
	    "Set default-ulimits in daemon.json, e.g. `\"default-ulimits\": {\"nofile\": {\"Name\": "
	    "\"nofile\", \"Soft\": 64000, \"Hard\": 64000}}`."),
	CIS("2.9", BH_SEV_MEDIUM, "Enable user namespace support",
	    "Without user namespace remapping, uid 0 in a container is uid 0 on the host; an escape is root.",
	    "Set `\"userns-remap\": \"default\"` in daemon.json (check volume ownership first)."),
	CIS("2.10", BH_SEV_INFO, "Ensure the default cgroup usage has been confirmed",
	    "A changed cgroup parent moves every container's resource limits under another hierarchy; "
	    "confirm it is intended.",
	    "Remove cgroup-parent from the daemon configuration unless it is intended."),
	CIS("2.11", BH_SEV_LOW, "Ensure base device size is not changed until needed",
	    "A larger base device size lets every container use more disk before limits apply.",
	    "Remove the dm.basesize storage option unless needed."),
	CIS("2.12", BH_SEV_MEDIUM, "Ensure that authorization for Docker client commands is enabled",
	    "Without an authorization plugin every client that reaches the socket may do everything.",
	    "Install an authorization plugin and name it in `\"authorization-plugins\"` in daemon.json."),
	CIS("2.13", BH_SEV_LOW, "Ensure centralized and remote logging is configured",
	    "Logs kept only on the host are lost with it and can be altered by whoever compromises it.",
	    "Set a remote log driver, e.g. `\"log-driver\": \"syslog\"` with a remote syslog-address."),
	CIS("2.14", BH_SEV_MEDIUM, "Ensure containers are restricted from acquiring new privileges",
	    "Without no-new-privileges a process in a container can gain privileges through setuid or "
	    "setgid binaries.",
	    "Set `\"no-new-privileges\": true` in daemon.json."),
	CIS("2.15", BH_SEV_LOW, "Ensure live restore is enabled",
	    "Live restore keeps containers running while the daemon is stopped or upgraded, so security "
	    "updates of Docker need no downtime and are not postponed.",
	    "Set `\"live-restore\": true` in daemon.json."),
	CIS("2.16", BH_SEV_LOW, "Ensure Userland Proxy is Disabled",
	    "The userland proxy is a process per published port, more attack surface than the hairpin NAT "
	    "rules that replace it.",
	    "Set `\"userland-proxy\": false` in daemon.json."),
	CIS("2.17", BH_SEV_INFO, "Ensure that a daemon-wide custom seccomp profile is applied if appropriate",
	    "The default seccomp profile blocks dangerous system calls; a daemon-wide custom profile can "
	    "narrow it further, and `unconfined` removes it.",
	    "Keep the default profile or set `\"seccomp-profile\": \"/etc/docker/seccomp.json\"`; never "
	    "`unconfined`."),
	CIS("2.18", BH_SEV_LOW, "Ensure that experimental features are not implemented in production",
	    "Experimental features are not stable and have not had the review released features have.",
	    "Remove `\"experimental\": true` / `--experimental` from the daemon configuration."),

	/* 3 Docker daemon configuration files */
	OWNER("3.1", "the docker.service file", "root:root"),
	MODE("3.2", BH_SEV_MEDIUM, "the docker.service file", "644"),
	OWNER("3.3", "the docker.socket file", "root:root"),
	MODE("3.4", BH_SEV_MEDIUM, "the docker.socket file", "644"),
	OWNER("3.5", "the /etc/docker directory", "root:root"),
	MODE("3.6", BH_SEV_MEDIUM, "the /etc/docker directory", "755"),
	OWNER("3.7", "registry certificate files", "root:root"),
	MODE("3.8", BH_SEV_MEDIUM, "registry certificate files", "444"),
	OWNER("3.9", "the TLS CA certificate file", "root:root"),
	MODE("3.10", BH_SEV_MEDIUM, "the TLS CA certificate file", "444"),
	OWNER("3.11", "the Docker server certificate file", "root:root"),
	MODE("3.12", BH_SEV_MEDIUM, "the Docker server certificate file", "444"),
	OWNER("3.13", "the Docker server certificate key file", "root:root"),
	MODE("3.14", BH_SEV_HIGH, "the Docker server certificate key file", "400"),
	OWNER("3.15", "the Docker socket file", "root:docker"),
	MODE("3.16", BH_SEV_HIGH, "the Docker socket file", "660"),
	OWNER("3.17", "the daemon.json file", "root:root"),
	MODE("3.18", BH_SEV_MEDIUM, "the daemon.json file", "644"),
	OWNER("3.19", "the /etc/default/docker file", "root:root"),
	MODE("3.20", BH_SEV_MEDIUM, "the /etc/default/docker file", "644"),
	MODE("3.21", BH_SEV_MEDIUM, "the /etc/sysconfig/docker file", "644"),
	OWNER("3.22", "the /etc/sysconfig/docker file", "root:root"),
	OWNER("3.23", "the containerd socket file", "root:root"),
	MODE("3.24", BH_SEV_HIGH, "the containerd socket file", "660"),

	/* 6 Docker security operations */
	CIS("6.1", BH_SEV_INFO, "Ensure that image sprawl is avoided",
	    "Images nobody uses still carry vulnerabilities and make it hard to see what is deployed.",
	    "Remove unused images regularly (`docker image prune -a`)."),
	CIS("6.2", BH_SEV_INFO, "Ensure that container sprawl is avoided",
	    "Stopped containers keep their writable layers and configuration, and clutter audits.",
	    "Remove stopped containers regularly (`docker container prune`)."),

	/* 7 Docker swarm configuration */
	CIS("7.1", BH_SEV_MEDIUM, "Ensure that the minimum number of manager nodes have been created in a swarm",
	    "Every manager holds the full cluster state and its secrets; more managers than fault tolerance "
	    "needs means more targets.",
	    "Demote managers that are not needed (`docker node demote NODE`)."),
	CIS("7.2", BH_SEV_MEDIUM, "Ensure that swarm services are bound to a specific host interface",
	    "By default the swarm management port 2377 listens on every interface.",
	    "Initialise or join with `--listen-addr` on the management interface."),
	CIS("7.3", BH_SEV_MEDIUM, "Ensure that all Docker swarm overlay networks are encrypted",
	    "Traffic between containers on different nodes crosses the network in clear text unless the "
	    "overlay network is encrypted.",
	    "Create overlay networks with `--opt encrypted`."),
	CIS("7.4", BH_SEV_INFO, "Ensure that Docker's secret management commands are used for managing secrets in a swarm cluster",
	    "Secrets in environment variables or images leak; swarm secrets are encrypted and scoped.",
	    "Use `docker secret create` and service secrets."),
	CIS("7.5", BH_SEV_MEDIUM, "Ensure that swarm manager is run in auto-lock mode",
	    "Without auto-lock the keys that decrypt the swarm's Raft log, including secrets, are on the "
	    "manager's disk in clear.",
	    "`docker swarm update --autolock=true` and keep the unlock key safe."),
	CIS("7.6", BH_SEV_INFO, "Ensure that the swarm manager auto-lock key is rotated periodically",
	    "A leaked unlock key stays valid until rotated.",
	    "`docker swarm unlock-key --rotate` on a schedule."),
	CIS("7.7", BH_SEV_INFO, "Ensure that node certificates are rotated as appropriate",
	    "Long-lived node certificates stay valid after a node is compromised.",
	    "`docker swarm update --cert-expiry 48h` (or as policy requires)."),
	CIS("7.8", BH_SEV_INFO, "Ensure that CA certificates are rotated as appropriate",
	    "A leaked swarm CA key lets an attacker join nodes until the CA is rotated.",
	    "`docker swarm ca --rotate` on a schedule."),
	CIS("7.9", BH_SEV_INFO, "Ensure that management plane traffic is separated from data plane traffic",
	    "Management and application traffic on one interface lets a container's traffic reach the "
	    "management plane.",
	    "Use `--data-path-addr` to put data traffic on its own interface."),
};

const size_t bh_host_rule_count = sizeof bh_host_rules / sizeof bh_host_rules[0];
