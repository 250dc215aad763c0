/* The container-spec rules (bulkhead config): ids, severities and the texts
 * users read. Ids are stable once released; docs/rules.md is generated from
 * this table. The checks themselves are in check.c. */
#include "core/rule.h"
#include "core/rule_tables.h"

const bh_rule bh_spec_rules[] = {
	{ "CS001", "spec", BH_SEV_CRITICAL, "Container runs privileged",
	  "A privileged container gets every capability, every host device, no seccomp or AppArmor filter and a "
	  "writable /sys. Root in such a container is root on the host: loading a kernel module or mounting the "
	  "host disk is one command away.",
	  "Remove privileged (docker --privileged, compose privileged: true, Kubernetes securityContext.privileged). "
	  "Grant the one capability or device the workload needs instead.",
	  BH_REFS("cis-docker:5.5", "docker-bench:5.5", "trivy:KSV017", "k8s-pss:baseline:privilegedContainers") },
	{ "CS002", "spec", BH_SEV_HIGH, "Dangerous capability added",
	  "Capabilities such as SYS_ADMIN, SYS_PTRACE, SYS_MODULE, NET_ADMIN, DAC_READ_SEARCH, BPF or PERFMON "
	  "each open a known path out of the container or into other processes: mounting filesystems, tracing "
	  "host processes, loading kernel code, reading any file by handle, reconfiguring the network.",
	  "Remove the capability from cap_add / capabilities.add. If one operation needs it, move that operation "
	  "to a separate, short-lived, audited helper.",
	  BH_REFS("cis-docker:5.4", "docker-bench:5.4", "trivy:KSV005", "k8s-pss:baseline:capabilities") },
	{ "CS003", "spec", BH_SEV_MEDIUM, "Capability added beyond Docker's default set",
	  "Every capability outside Docker's default set (CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, SETGID, "
	  "SETUID, SETPCAP, NET_BIND_SERVICE, NET_RAW, SYS_CHROOT, MKNOD, AUDIT_WRITE, SETFCAP) widens what root "
	  "in the container can do to the kernel.",
	  "Remove the capability, or document why the workload needs it and record a policy ignore with a reason.",
	  BH_REFS("cis-docker:5.4", "docker-bench:5.4", "trivy:KSV022", "k8s-pss:baseline:capabilities") },
	{ "CS004", "spec", BH_SEV_LOW, "Capabilities not dropped",
	  "Even Docker's default capabilities (NET_RAW for ARP spoofing, DAC_OVERRIDE, SETUID, MKNOD, ...) are "
	  "more than most services need. Dropping all and adding back the few needed is the least-privilege "
	  "baseline, and the Kubernetes restricted profile requires it.",
	  "Drop everything and add back only what is needed: `cap_drop: [ALL]` (compose), `--cap-drop=ALL`, "
	  "or `securityContext.capabilities.drop: [\"ALL\"]`.",
	  BH_REFS("cis-docker:5.4", "docker-bench:5.4", "trivy:KSV003", "k8s-pss:restricted:capabilities") },
	{ "CS005", "spec", BH_SEV_HIGH, "Host network namespace shared",
	  "With the host's network the container sees every interface, can bind any host port, reach services "
	  "listening on localhost (the kubelet, cloud metadata helpers, databases) and sniff traffic with NET_RAW.",
	  "Remove network_mode: host / --network host / hostNetwork: true and publish the ports needed.",
	  BH_REFS("cis-docker:5.10", "docker-bench:5.10", "trivy:KSV009", "k8s-pss:baseline:hostNamespaces") },
	{ "CS006", "spec", BH_SEV_HIGH, "Host PID namespace shared",
	  "Sharing the host's process namespace shows every host process to the container; with the same uid or "
	  "SYS_PTRACE it can signal, trace or read the memory and environment of host processes.",
	  "Remove pid: host / --pid host / hostPID: true.",
	  BH_REFS("cis-docker:5.16", "docker-bench:5.16", "trivy:KSV010", "k8s-pss:baseline:hostNamespaces") },
	{ "CS007", "spec", BH_SEV_HIGH, "Host IPC namespace shared",
	  "Sharing the host's IPC namespace exposes host shared memory segments, semaphores and message queues "
	  "to the container.",
	  "Remove ipc: host / --ipc host / hostIPC: true.",
	  BH_REFS("cis-docker:5.17", "docker-bench:5.17", "trivy:KSV008", "k8s-pss:baseline:hostNamespaces") },
	{ "CS008", "spec", BH_SEV_MEDIUM, "Host UTS namespace shared",
	  "With the host's UTS namespace the container can change the host's hostname and domain name.",
	  "Remove uts: host / --uts host.",
	  BH_REFS("cis-docker:5.21", "docker-bench:5.21") },
	{ "CS009", "spec", BH_SEV_MEDIUM, "Host user namespace shared",
	  "userns_mode: host switches off the daemon's user namespace remapping for this container, so root in "
	  "the container is root on the host again.",
	  "Remove userns_mode: host / --userns host.",
	  BH_REFS("cis-docker:5.31", "docker-bench:5.31") },
	{ "CS010", "spec", BH_SEV_CRITICAL, "Container runtime socket mounted",
	  "Whoever can talk to the Docker, containerd, CRI-O or Podman socket can start a privileged container "
	  "that mounts the host's root filesystem: the socket is root on the host, read-only mount or not.",
	  "Do not mount the socket. For monitoring use a read-only API proxy that allows only the calls needed; "
	  "for builds use rootless BuildKit or kaniko.",
	  BH_REFS("cis-docker:5.32", "docker-bench:5.32", "trivy:KSV006", "k8s-pss:baseline:hostPathVolumes") },
	{ "CS011", "spec", BH_SEV_HIGH, "Sensitive host directory mounted",
	  "Mounting /, /etc, /proc, /sys, /dev, /boot, /usr, /lib, /root or the runtime's state directories gives "
	  "the container the host's credentials, configuration and kernel interfaces; read-write it can change "
	  "them and take over the host.",
	  "Mount only the application's own data directory, read-only where possible; use a named volume "
	  "instead of a host path.",
	  BH_REFS("cis-docker:5.6", "docker-bench:5.6", "trivy:KSV023", "k8s-pss:baseline:hostPathVolumes") },
	{ "CS012", "spec", BH_SEV_MEDIUM, "hostPath volume mounted",
	  "A hostPath volume ties the pod to a node and exposes the node's filesystem; it is the most common "
	  "route from a compromised pod to the node, and the baseline Pod Security Standard forbids it.",
	  "Use a PersistentVolumeClaim, a configMap/secret/emptyDir volume, or a CSI driver instead of hostPath.",
	  BH_REFS("trivy:KSV023", "k8s-pss:baseline:hostPathVolumes") },
	{ "CS013", "spec", BH_SEV_MEDIUM, "Mount propagation set to shared",
	  "With shared (or Bidirectional) propagation, mounts the container makes appear on the host and in "
	  "other containers, so a container can place mounts on the host.",
	  "Use the default (private / rprivate, Kubernetes None or HostToContainer) propagation.",
	  BH_REFS("cis-docker:5.20", "docker-bench:5.20") },
	{ "CS014", "spec", BH_SEV_MEDIUM, "Host device exposed to the container",
	  "A host device node lets the container talk to the hardware or kernel driver directly, bypassing the "
	  "isolation the namespaces give; raw disks, /dev/mem or /dev/kmsg are host takeovers.",
	  "Remove the device, or pass it with the narrowest permissions (e.g. `:r`) and only to the service "
	  "that drives it.",
	  BH_REFS("cis-docker:5.18", "docker-bench:5.18") },
	{ "CS015", "spec", BH_SEV_HIGH, "Seccomp disabled",
	  "Seccomp blocks about 50 rarely used system calls (keyctl, bpf, unshare, mount, ...) that most kernel "
	  "exploits from containers need. Unconfined, every system call reaches the kernel. Kubernetes and OCI "
	  "runtimes apply no profile unless one is named.",
	  "Keep Docker's default profile (remove seccomp=unconfined); in Kubernetes set "
	  "`securityContext.seccompProfile.type: RuntimeDefault`; in config.json add linux.seccomp.",
	  BH_REFS("cis-docker:5.22", "docker-bench:5.22", "trivy:KSV030", "k8s-pss:baseline:seccomp",
		  "k8s-pss:restricted:seccomp") },
	{ "CS016", "spec", BH_SEV_MEDIUM, "AppArmor disabled",
	  "The default AppArmor profile denies writes to /proc and /sys, mounts and other operations a container "
	  "has no business doing. apparmor=unconfined removes that layer.",
	  "Remove apparmor=unconfined / the Unconfined appArmorProfile; use runtime/default or a custom profile.",
	  BH_REFS("cis-docker:5.2", "docker-bench:5.2", "trivy:KSV002", "k8s-pss:baseline:appArmor") },
	{ "CS017", "spec", BH_SEV_MEDIUM, "SELinux separation disabled",
	  "label=disable, or a label of the spc_t (super-privileged container) or unconfined_t type, switches "
	  "off the SELinux confinement that keeps a container from host files labelled for other domains.",
	  "Remove label=disable / the custom seLinuxOptions; let the runtime assign container_t with a unique "
	  "MCS level.",
	  BH_REFS("cis-docker:5.3", "docker-bench:5.3", "trivy:KSV025", "k8s-pss:baseline:seLinux") },
	{ "CS018", "spec", BH_SEV_MEDIUM, "Privilege escalation not blocked",
	  "Without no-new-privileges a process can gain privileges through setuid binaries or file capabilities "
	  "(sudo, su, ping, or one an attacker plants). Kubernetes allows escalation unless "
	  "allowPrivilegeEscalation is false.",
	  "Add `security_opt: [\"no-new-privileges:true\"]` (compose), `--security-opt no-new-privileges`, "
	  "`securityContext.allowPrivilegeEscalation: false`, or process.noNewPrivileges: true.",
	  BH_REFS("cis-docker:5.26", "docker-bench:5.26", "trivy:KSV001", "k8s-pss:restricted:privilegeEscalation") },
	{ "CS019", "spec", BH_SEV_LOW, "Root filesystem is writable",
	  "A writable root filesystem lets an intruder replace binaries and drop tools that survive until the "
	  "container is recreated; read-only makes the image the only source of code.",
	  "Set read_only: true / --read-only / readOnlyRootFilesystem: true / root.readonly: true and mount "
	  "tmpfs or volumes for the paths the application writes.",
	  BH_REFS("cis-docker:5.13", "docker-bench:5.13", "trivy:KSV014") },
	{ "CS020", "spec", BH_SEV_HIGH, "Container runs as root",
	  "The container's processes run as uid 0. Any escape (kernel bug, mounted socket, writable host path) "
	  "then starts as root on the host unless user namespaces remap it.",
	  "Run as an unprivileged uid: `user: \"10001:10001\"`, `--user`, `runAsUser: 10001` with "
	  "`runAsNonRoot: true`, or process.user.uid in config.json.",
	  BH_REFS("cis-docker:4.1", "docker-bench:4.1", "trivy:KSV105", "dockle:CIS-DI-0001",
		  "k8s-pss:restricted:runningAsNonRoot") },
	{ "CS021", "spec", BH_SEV_LOW, "Non-root user not enforced",
	  "No user is set here, so the container runs as whatever USER the image says, which is root for most "
	  "images, and a new image version can change it silently.",
	  "Set the user explicitly (`user:`, `--user`), or in Kubernetes `runAsNonRoot: true` so the kubelet "
	  "refuses to start the container as root.",
	  BH_REFS("cis-docker:4.1", "docker-bench:4.1", "trivy:KSV012", "k8s-pss:restricted:runningAsNonRoot") },
	{ "CS022", "spec", BH_SEV_MEDIUM, "No memory limit",
	  "Without a memory limit one container can exhaust the host's memory and get other containers, or the "
	  "daemon itself, killed by the OOM killer.",
	  "Set mem_limit / deploy.resources.limits.memory, --memory, resources.limits.memory or "
	  "linux.resources.memory.limit.",
	  BH_REFS("cis-docker:5.11", "docker-bench:5.11", "trivy:KSV018") },
	{ "CS023", "spec", BH_SEV_LOW, "No CPU limit",
	  "Without a CPU limit or weight a busy or compromised container can starve every other container on "
	  "the host.",
	  "Set cpus / deploy.resources.limits.cpus, --cpus or --cpu-shares, resources.limits.cpu, or "
	  "linux.resources.cpu.",
	  BH_REFS("cis-docker:5.12", "docker-bench:5.12", "trivy:KSV011") },
	{ "CS024", "spec", BH_SEV_LOW, "No PIDs limit",
	  "Without a PIDs limit a fork bomb in one container exhausts the host's process table.",
	  "Set pids_limit / deploy.resources.limits.pids, --pids-limit or linux.resources.pids.limit "
	  "(a few hundred is plenty for most services).",
	  BH_REFS("cis-docker:5.29", "docker-bench:5.29") },
	{ "CS025", "spec", BH_SEV_LOW, "Privileged host port published",
	  "Ports below 1024 are reserved for services root started; publishing one from a container lets it "
	  "impersonate such a service (ssh, dns, smtp) on the host.",
	  "Publish a host port of 1024 or above and put a reverse proxy or load balancer in front if the "
	  "well-known port is needed.",
	  BH_REFS("cis-docker:5.8", "docker-bench:5.8") },
	{ "CS026", "spec", BH_SEV_LOW, "Port published on every interface",
	  "Without a host address a published port listens on 0.0.0.0 (and ::), reachable from every network "
	  "the host is on, and Docker's iptables rules bypass host firewalls such as ufw.",
	  "Bind to the interface that should receive the traffic: `127.0.0.1:8080:80`, host_ip, or "
	  "`-p 10.0.0.5:8080:80`.",
	  BH_REFS("cis-docker:5.14", "docker-bench:5.14") },
	{ "CS027", "spec", BH_SEV_MEDIUM, "hostPort used",
	  "A hostPort opens the port on the node itself, bypassing Services and NetworkPolicies that only see "
	  "pod traffic, and limits scheduling to one such pod per node.",
	  "Remove hostPort and expose the container through a Service (ClusterIP, NodePort or LoadBalancer).",
	  BH_REFS("trivy:KSV024", "k8s-pss:baseline:hostPorts") },
	{ "CS028", "spec", BH_SEV_LOW, "Restart policy without a retry limit",
	  "A container that restarts forever on failure hides crash loops and gives an attacker unlimited "
	  "attempts at, for example, a memory-corruption exploit that crashes it.",
	  "Use `on-failure:5` (compose `restart: on-failure:5`, `--restart on-failure:5`, or "
	  "deploy.restart_policy with max_attempts: 5).",
	  BH_REFS("cis-docker:5.15", "docker-bench:5.15") },
	{ "CS029", "spec", BH_SEV_HIGH, "Secret in an environment variable",
	  "Environment variables are visible to anyone who can inspect the container or read /proc/<pid>/environ, "
	  "are inherited by every child process, end up in crash reports and logs, and here are written in the "
	  "file itself, usually committed to version control.",
	  "Use Docker or Compose secrets (mounted files), Kubernetes Secrets through valueFrom.secretKeyRef or "
	  "a volume, or a secrets manager; never a literal value in the file.",
	  BH_REFS("cis-docker:4.10", "dockle:CIS-DI-0010") },
	{ "CS030", "spec", BH_SEV_MEDIUM, "Image uses :latest or no tag",
	  "An untagged or :latest image changes whenever upstream pushes: the same file runs different code "
	  "tomorrow, and a rollback does not roll back.",
	  "Use a version tag, and better a digest: `image: nginx:1.27.3@sha256:...`.",
	  BH_REFS("trivy:KSV013", "dockle:DKL-DI-0006") },
	{ "CS031", "spec", BH_SEV_INFO, "Image not pinned by digest",
	  "A tag can be moved to point at other content; only a digest names exactly one image, so a re-pushed or "
	  "compromised tag cannot change what runs.",
	  "Append the digest of the image you tested (`image: name:tag@sha256:<digest>`) and let a bot such as "
	  "Renovate keep it current.",
	  BH_REFS("cis-docker:4.2", "docker-bench:4.2") },
	{ "CS032", "spec", BH_SEV_HIGH, "Image from an untrusted registry",
	  "The policy lists the registries this project trusts. An image from anywhere else has not gone through "
	  "the review, scanning and signing those registries give.",
	  "Use an image from one of the registries in trusted_registries (.bulkhead.yaml), or add the registry "
	  "there after review.",
	  BH_REFS("cis-docker:4.2", "docker-bench:4.2") },
	{ "CS033", "spec", BH_SEV_MEDIUM, "Unsafe sysctl set",
	  "Only a few sysctls are namespaced and safe to set per container (the Kubernetes safe set: "
	  "kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.tcp_syncookies, ...). Others affect the "
	  "whole node or weaken its defences.",
	  "Remove the sysctl, or set it on the host after review.",
	  BH_REFS("trivy:KSV026", "k8s-pss:baseline:sysctls") },
	{ "CS034", "spec", BH_SEV_HIGH, "/proc not masked",
	  "Runtimes mask /proc paths such as /proc/kcore, /proc/keys and /proc/sysrq-trigger and make /proc/sys "
	  "read-only. procMount: Unmasked, systempaths=unconfined or an OCI config without maskedPaths expose "
	  "them to the container.",
	  "Use the Default procMount, remove systempaths=unconfined, keep linux.maskedPaths and "
	  "linux.readonlyPaths in config.json.",
	  BH_REFS("trivy:KSV027", "k8s-pss:baseline:procMount") },
	{ "CS035", "spec", BH_SEV_LOW, "Service account token mounted automatically",
	  "Unless told otherwise Kubernetes mounts a token for the pod's service account; code running in the pod "
	  "(or an intruder) can use it against the API server with whatever rights that account has.",
	  "Set `automountServiceAccountToken: false` in the pod spec (or the ServiceAccount) and mount a "
	  "projected token only into pods that call the API.",
	  BH_REFS("trivy:KSV036") },
};

const size_t bh_spec_rule_count = sizeof bh_spec_rules / sizeof bh_spec_rules[0];
