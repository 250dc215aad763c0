/* The CIS Docker Benchmark v1.6.0 checks (sections 1 to 7), numbered as CIS
 * and docker-bench-security 1.6.0 number them.
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
	CIS("1.1.3", BH_SEV_LOW, "Ensure auditing is configured for the Docker daemon",
	    "The Docker daemon runs as root and controls every container. Without an audit rule on its "
	    "binary nobody can tell afterwards who replaced or changed it, or when.",
	    "Watch it for writes and attribute changes: add `-w /usr/bin/dockerd -p wa -k docker` to a file "
	    "in /etc/audit/rules.d/ and load it with `augenrules --load`."),
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

	/* 4 Container images and build file */
	CIS("4.1", BH_SEV_HIGH, "Ensure that a user for the container has been created",
	    "A container process running as root is root on the host as soon as it escapes, and may change "
	    "everything in the container's file system.",
	    "Create a user in the image (`useradd`) and switch to it with USER, or run the container with "
	    "`--user UID:GID`."),
	CIS("4.2", BH_SEV_MEDIUM, "Ensure that containers use only trusted base images",
	    "An image from an unknown source can contain anything, including malware or a backdoored package.",
	    "Pull only from registries you trust (list them as trusted_registries in .bulkhead.yaml) and pin "
	    "images by digest."),
	CIS("4.3", BH_SEV_INFO, "Ensure that unnecessary packages are not installed in the container",
	    "Every package is attack surface and a source of vulnerabilities to patch.",
	    "Start from a minimal base image and install only what the service needs."),
	CIS("4.4", BH_SEV_INFO, "Ensure images are scanned and rebuilt to include security patches",
	    "An image is frozen at build time; its packages only get security fixes when it is rebuilt.",
	    "Scan images for known vulnerabilities and rebuild them on a schedule and when fixes appear."),
	CIS("4.5", BH_SEV_LOW, "Ensure Content trust for Docker is Enabled",
	    "Without content trust the docker client accepts unsigned images and tags that may have been "
	    "replaced.",
	    "Set DOCKER_CONTENT_TRUST=1 for every docker client (e.g. in /etc/environment)."),
	CIS("4.6", BH_SEV_LOW, "Ensure that HEALTHCHECK instructions have been added to container images",
	    "Without a health check nobody notices a container that runs but no longer works, for example "
	    "after an attack.",
	    "Add a HEALTHCHECK instruction to the Dockerfile and rebuild the image."),
	CIS("4.7", BH_SEV_INFO, "Ensure update instructions are not used alone in the Dockerfile",
	    "A package index update in its own layer is cached: later builds install from a stale index.",
	    "Update and install in the same RUN instruction (`apt-get update && apt-get install -y ...`)."),
	CIS("4.8", BH_SEV_INFO, "Ensure setuid and setgid permissions are removed",
	    "setuid and setgid binaries in an image are ways to gain privileges inside the container.",
	    "Remove the bits at build time where not needed: `RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +`."),
	CIS("4.9", BH_SEV_INFO, "Ensure that COPY is used instead of ADD in Dockerfiles",
	    "ADD fetches URLs and unpacks archives implicitly, which can bring in unreviewed content.",
	    "Use COPY; download and check remote files explicitly in a RUN instruction."),
	CIS("4.10", BH_SEV_HIGH, "Ensure secrets are not stored in Dockerfiles",
	    "Secrets written into an image or its configuration can be read by anyone who can pull or "
	    "inspect it.",
	    "Pass secrets at run time (secret mounts, an orchestrator's secrets), never in ENV, ARG or files "
	    "of the image."),
	CIS("4.11", BH_SEV_INFO, "Ensure only verified packages are installed",
	    "Packages installed without signature checks can be replaced on the way.",
	    "Install packages only through package managers that verify signatures (apt, dnf, apk with keys)."),
	CIS("4.12", BH_SEV_INFO, "Ensure all signed artifacts are validated",
	    "A signature that is never checked protects nothing.",
	    "Verify artifact signatures before they are used in a build or uploaded to a registry."),

	/* 5 Container runtime */
	CIS("5.1", BH_SEV_LOW, "Ensure swarm mode is not Enabled, if not needed",
	    "Swarm mode opens management ports (2377 and others) and runs extra services on the host.",
	    "Leave the swarm on hosts that do not need it: `docker swarm leave`."),
	CIS("5.2", BH_SEV_MEDIUM, "Ensure that, if applicable, an AppArmor Profile is enabled",
	    "AppArmor confines what a container's processes may touch on the host; unconfined means one "
	    "layer of defence less.",
	    "Run containers with the default profile (docker-default) or a custom one: "
	    "`--security-opt apparmor=PROFILE`; never `apparmor=unconfined`."),
	CIS("5.3", BH_SEV_MEDIUM, "Ensure that, if applicable, SELinux security options are set",
	    "On SELinux hosts container labels keep containers from each other's and the host's files.",
	    "Run the daemon with `--selinux-enabled` and containers with the default or a container label "
	    "(`--security-opt label=type:container_t`)."),
	CIS("5.4", BH_SEV_HIGH, "Ensure that Linux kernel capabilities are restricted within containers",
	    "Capabilities beyond Docker's default set give root in the container powers over the kernel.",
	    "Remove added capabilities, or drop all and add back the few needed (`--cap-drop ALL --cap-add ...`)."),
	CIS("5.5", BH_SEV_CRITICAL, "Ensure that privileged containers are not used",
	    "A privileged container has every capability and device and no seccomp or AppArmor filter: "
	    "root in it is root on the host.",
	    "Run without `--privileged`; grant only the capability or device needed."),
	CIS("5.6", BH_SEV_HIGH, "Ensure sensitive host system directories are not mounted on containers",
	    "A container that can write /etc, /usr, /boot or similar host directories can take over the host.",
	    "Do not bind-mount host system directories; mount only data directories, read-only where possible."),
	CIS("5.7", BH_SEV_MEDIUM, "Ensure sshd is not run within containers",
	    "An SSH server in a container is one more service to secure and patch, and bypasses the "
	    "daemon's access control; `docker exec` does the job.",
	    "Remove sshd from the image and use `docker exec` to get a shell."),
	CIS("5.8", BH_SEV_LOW, "Ensure privileged ports are not mapped within containers",
	    "Host ports below 1024 are normally reserved for root-run services; publishing one from a "
	    "container blurs that line.",
	    "Publish on a host port of 1024 or above."),
	CIS("5.9", BH_SEV_INFO, "Ensure that only needed ports are open on the container",
	    "Every published port is reachable attack surface.",
	    "Publish only the ports the service needs (`-p`), never all of them (`-P`)."),
	CIS("5.10", BH_SEV_HIGH, "Ensure that the host's network namespace is not shared",
	    "With the host's network a container sees every interface and local service of the host.",
	    "Do not use `--network host`; publish the needed ports instead."),
	CIS("5.11", BH_SEV_MEDIUM, "Ensure that the memory usage for containers is limited",
	    "One container without a memory limit can exhaust the host's memory and stop everything else.",
	    "Set a limit: `--memory 512m` (compose: mem_limit / deploy.resources.limits.memory)."),
	CIS("5.12", BH_SEV_LOW, "Ensure that CPU priority is set appropriately on containers",
	    "Without CPU shares or a quota one container can starve the others.",
	    "Set `--cpu-shares` or `--cpus` for each container."),
	CIS("5.13", BH_SEV_LOW, "Ensure that the container's root filesystem is mounted as read only",
	    "A writable root file system lets an attacker drop tools and change the application in place.",
	    "Run with `--read-only` and mount writable tmpfs or volumes only where the service writes."),
	CIS("5.14", BH_SEV_LOW, "Ensure that incoming container traffic is bound to a specific host interface",
	    "A port published on every interface is reachable from every network the host is on.",
	    "Publish on one address: `-p 127.0.0.1:8080:80`."),
	CIS("5.15", BH_SEV_LOW, "Ensure that the 'on-failure' container restart policy is set to '5'",
	    "A container restarted forever hides failures and can keep an attack running.",
	    "Use `--restart on-failure:5`."),
	CIS("5.16", BH_SEV_HIGH, "Ensure that the host's process namespace is not shared",
	    "With the host's PID namespace a container sees, and may signal or trace, every host process.",
	    "Do not use `--pid host`."),
	CIS("5.17", BH_SEV_HIGH, "Ensure that the host's IPC namespace is not shared",
	    "With the host's IPC namespace a container can read and change host shared memory.",
	    "Do not use `--ipc host`."),
	CIS("5.18", BH_SEV_MEDIUM, "Ensure that host devices are not directly exposed to containers",
	    "A host device in a container gives raw access to hardware, disks or kernel interfaces.",
	    "Do not pass `--device` unless needed, and then with the least permissions (`:r`)."),
	CIS("5.19", BH_SEV_INFO, "Ensure that the default ulimit is overwritten at runtime if needed",
	    "The daemon's default ulimits apply unless a container needs different ones.",
	    "Override with `--ulimit` only where a container needs it."),
	CIS("5.20", BH_SEV_MEDIUM, "Ensure mount propagation mode is not set to shared",
	    "With shared propagation, mounts made in the container appear on the host and the other way round.",
	    "Use the default private propagation; do not mount with `shared` or `rshared`."),
	CIS("5.21", BH_SEV_MEDIUM, "Ensure that the host's UTS namespace is not shared",
	    "With the host's UTS namespace a container can change the host's hostname.",
	    "Do not use `--uts host`."),
	CIS("5.22", BH_SEV_HIGH, "Ensure the default seccomp profile is not Disabled",
	    "The seccomp filter blocks system calls that containers do not need and that kernel exploits use.",
	    "Do not run with `--security-opt seccomp=unconfined`, `--privileged` or a daemon-wide "
	    "`\"seccomp-profile\": \"unconfined\"`."),
	CIS("5.23", BH_SEV_HIGH, "Ensure that docker exec commands are not used with the privileged option",
	    "`docker exec --privileged` gives the new process every capability, bypassing the container's "
	    "restrictions.",
	    "Do not use `docker exec --privileged`."),
	CIS("5.24", BH_SEV_LOW, "Ensure that docker exec commands are not used with the user=root option",
	    "`docker exec --user root` gives a root shell in a container meant to run unprivileged.",
	    "Do not use `docker exec --user root`."),
	CIS("5.25", BH_SEV_LOW, "Ensure that cgroup usage is confirmed",
	    "A container in a custom cgroup parent escapes the limits the daemon's default parent applies.",
	    "Do not use `--cgroup-parent` unless it is intended."),
	CIS("5.26", BH_SEV_MEDIUM, "Ensure that the container is restricted from acquiring additional privileges",
	    "Without no-new-privileges a process can gain privileges through setuid or setgid binaries.",
	    "Run with `--security-opt no-new-privileges` or set `\"no-new-privileges\": true` in daemon.json."),
	CIS("5.27", BH_SEV_LOW, "Ensure that container health is checked at runtime",
	    "Without a health check a container that stopped working keeps receiving traffic.",
	    "Give the image a HEALTHCHECK or run with `--health-cmd`."),
	CIS("5.28", BH_SEV_INFO, "Ensure that Docker commands always make use of the latest version of their image",
	    "A cached image may be older than the one the tag now points to.",
	    "Pull before run (`docker run --pull always`) or pin images by digest."),
	CIS("5.29", BH_SEV_LOW, "Ensure that the PIDs cgroup limit is used",
	    "Without a PIDs limit a fork bomb in one container exhausts the host's process table.",
	    "Run with `--pids-limit 100` (or what the service needs)."),
	CIS("5.30", BH_SEV_INFO, "Ensure that Docker's default bridge 'docker0' is not used",
	    "Containers on the default bridge can reach each other unless icc is off; user-defined networks "
	    "isolate by default.",
	    "Attach containers to user-defined networks (`docker network create`, `--network NAME`)."),
	CIS("5.31", BH_SEV_MEDIUM, "Ensure that the host's user namespaces are not shared",
	    "With `--userns host` a container opts out of the daemon's user namespace remapping: its root "
	    "is the host's root.",
	    "Do not use `--userns host`."),
	CIS("5.32", BH_SEV_CRITICAL, "Ensure that the Docker socket is not mounted inside any containers",
	    "A container with the Docker socket can start a privileged container: it controls the host.",
	    "Do not mount docker.sock (or containerd.sock) into containers."),

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
