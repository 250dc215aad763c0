/* Pod Security Standards controls (bulkhead config --pss): one rule per
 * control, so a finding names exactly the control Pod Security Admission
 * would cite. The evaluation is in pss.c. */
#include "core/rule.h"
#include "core/rule_tables.h"

const bh_rule bh_pss_rules[] = {
	{ "PSS001", "pss", BH_SEV_HIGH, "HostProcess",
	  "A Windows HostProcess container runs directly on the node with the node's privileges; the baseline "
	  "profile forbids privileged access to the host.",
	  "Remove securityContext.windowsOptions.hostProcess (or set it to false) on the pod and every container.",
	  BH_REFS("k8s-pss:baseline:hostProcess") },
	{ "PSS002", "pss", BH_SEV_HIGH, "Host namespaces",
	  "Sharing the node's network, PID or IPC namespace lets the pod see and reach host processes, "
	  "interfaces and shared memory.",
	  "Remove hostNetwork, hostPID and hostIPC, or set them to false.",
	  BH_REFS("k8s-pss:baseline:hostNamespaces", "cis-docker:5.10", "cis-docker:5.16", "cis-docker:5.17") },
	{ "PSS003", "pss", BH_SEV_HIGH, "Privileged containers",
	  "A privileged container disables most isolation: every capability, every device, no seccomp or AppArmor.",
	  "Remove securityContext.privileged from every container, or set it to false.",
	  BH_REFS("k8s-pss:baseline:privilegedContainers", "cis-docker:5.5") },
	{ "PSS004", "pss", BH_SEV_HIGH, "Capabilities (baseline)",
	  "Only AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, "
	  "SETPCAP, SETUID and SYS_CHROOT may be added; the names are compared exactly as written.",
	  "Remove every other capability from securityContext.capabilities.add.",
	  BH_REFS("k8s-pss:baseline:capabilities", "cis-docker:5.4") },
	{ "PSS005", "pss", BH_SEV_HIGH, "HostPath volumes",
	  "A hostPath volume exposes the node's filesystem to the pod and is the usual route from a pod to the node.",
	  "Replace hostPath volumes with persistentVolumeClaim, configMap, secret, emptyDir or CSI volumes.",
	  BH_REFS("k8s-pss:baseline:hostPathVolumes", "cis-docker:5.6") },
	{ "PSS006", "pss", BH_SEV_HIGH, "Host ports",
	  "A hostPort opens the port on the node itself, outside Services and NetworkPolicies.",
	  "Remove ports[].hostPort (or set it to 0) and expose the container through a Service.",
	  BH_REFS("k8s-pss:baseline:hostPorts") },
	{ "PSS007", "pss", BH_SEV_HIGH, "AppArmor",
	  "Overriding or disabling the default AppArmor profile removes a confinement layer; only the runtime "
	  "default and profiles loaded on the node (localhost/...) are allowed.",
	  "Use appArmorProfile.type RuntimeDefault or Localhost (annotation values runtime/default or localhost/NAME).",
	  BH_REFS("k8s-pss:baseline:appArmor", "cis-docker:5.2") },
	{ "PSS008", "pss", BH_SEV_HIGH, "SELinux",
	  "A custom SELinux user or role, or a type other than the container types, lifts SELinux separation.",
	  "Remove seLinuxOptions.user and .role; leave .type unset or use container_t, container_init_t, "
	  "container_kvm_t or container_engine_t.",
	  BH_REFS("k8s-pss:baseline:seLinux", "cis-docker:5.3") },
	{ "PSS009", "pss", BH_SEV_HIGH, "/proc mount type",
	  "procMount: Unmasked exposes /proc paths the runtime masks (kcore, keys, sysrq-trigger) and makes "
	  "/proc/sys writable.",
	  "Remove securityContext.procMount or set it to Default.",
	  BH_REFS("k8s-pss:baseline:procMount") },
	{ "PSS010", "pss", BH_SEV_HIGH, "Seccomp (baseline)",
	  "An Unconfined seccomp profile lets every system call reach the kernel.",
	  "Remove seccompProfile.type: Unconfined; use RuntimeDefault or Localhost.",
	  BH_REFS("k8s-pss:baseline:seccomp", "cis-docker:5.22") },
	{ "PSS011", "pss", BH_SEV_HIGH, "Sysctls",
	  "Only sysctls that are namespaced and cannot affect other pods or the node are allowed (the safe set: "
	  "kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.ip_local_reserved_ports, "
	  "net.ipv4.ip_unprivileged_port_start, net.ipv4.ping_group_range, net.ipv4.tcp_syncookies, "
	  "net.ipv4.tcp_keepalive_time, net.ipv4.tcp_fin_timeout, net.ipv4.tcp_keepalive_intvl, "
	  "net.ipv4.tcp_keepalive_probes, net.ipv4.tcp_rmem, net.ipv4.tcp_wmem).",
	  "Remove the sysctl from securityContext.sysctls, or set it on the node after review.",
	  BH_REFS("k8s-pss:baseline:sysctls") },
	{ "PSS012", "pss", BH_SEV_MEDIUM, "Volume types",
	  "The restricted profile allows only configMap, csi, downwardAPI, emptyDir, ephemeral, "
	  "persistentVolumeClaim, projected and secret volumes; other sources (hostPath, nfs, iscsi, ...) reach "
	  "outside what PersistentVolumes govern.",
	  "Use one of the allowed volume types; mount network storage through a PersistentVolumeClaim.",
	  BH_REFS("k8s-pss:restricted:volumeTypes") },
	{ "PSS013", "pss", BH_SEV_MEDIUM, "Privilege escalation",
	  "Unless allowPrivilegeEscalation is false, a process can gain privileges through setuid binaries or "
	  "file capabilities.",
	  "Set securityContext.allowPrivilegeEscalation: false on every container.",
	  BH_REFS("k8s-pss:restricted:privilegeEscalation", "cis-docker:5.26") },
	{ "PSS014", "pss", BH_SEV_MEDIUM, "Running as non-root",
	  "Without runAsNonRoot: true the kubelet starts the container as whatever user the image names, "
	  "usually root.",
	  "Set securityContext.runAsNonRoot: true on the pod (and do not set it to false on a container).",
	  BH_REFS("k8s-pss:restricted:runningAsNonRoot", "cis-docker:4.1") },
	{ "PSS015", "pss", BH_SEV_MEDIUM, "Running as non-root user",
	  "runAsUser: 0 runs the container as root regardless of the image.",
	  "Set runAsUser to a non-zero uid or leave it unset.",
	  BH_REFS("k8s-pss:restricted:runningAsNonRootUser", "cis-docker:4.1") },
	{ "PSS016", "pss", BH_SEV_MEDIUM, "Seccomp (restricted)",
	  "The restricted profile requires a seccomp profile: RuntimeDefault or Localhost, set on the pod or "
	  "on every container.",
	  "Set securityContext.seccompProfile.type: RuntimeDefault on the pod.",
	  BH_REFS("k8s-pss:restricted:seccomp", "cis-docker:5.22") },
	{ "PSS017", "pss", BH_SEV_MEDIUM, "Capabilities (restricted)",
	  "The restricted profile requires every container to drop ALL capabilities and to add back at most "
	  "NET_BIND_SERVICE.",
	  "Set securityContext.capabilities.drop: [\"ALL\"] and add only NET_BIND_SERVICE if needed.",
	  BH_REFS("k8s-pss:restricted:capabilities", "cis-docker:5.4") },
	{ "PSS018", "pss", BH_SEV_HIGH, "Host probes and lifecycle hooks",
	  "A probe or lifecycle hook with a host makes the kubelet connect to that address from the node, "
	  "reaching services the pod itself cannot.",
	  "Remove .host from httpGet and tcpSocket in livenessProbe, readinessProbe, startupProbe and "
	  "lifecycle.postStart / preStop; the kubelet then uses the pod's IP.",
	  BH_REFS("k8s-pss:baseline:hostProbesAndLifecycleHooks") },
};

const size_t bh_pss_rule_count = sizeof bh_pss_rules / sizeof bh_pss_rules[0];
