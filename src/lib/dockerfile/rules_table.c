/* The Dockerfile rules: ids, severities and the texts users read.
 * Ids are stable once released; docs/rules.md is generated from this table. */
#include "core/rule.h"
#include "core/rule_tables.h"

const bh_rule bh_dockerfile_rules[] = {
	{ "DF001", "dockerfile", BH_SEV_HIGH, "Image runs as root",
	  "Without a USER instruction, or with USER root/0 as the last one, the container's processes run as "
	  "uid 0. A process that escapes the container, or abuses a mounted volume or the Docker socket, then "
	  "acts as root on the host unless user namespaces are in use.",
	  "Create an unprivileged user and switch to it in the final stage, e.g. "
	  "`RUN useradd --uid 10001 --no-create-home app` then `USER 10001`.",
	  BH_REFS("cis-docker:4.1", "docker-bench:4.1", "hadolint:DL3002", "trivy:DS-0002", "dockle:CIS-DI-0001",
		  "k8s-pss:restricted:runningAsNonRoot") },
	{ "DF002", "dockerfile", BH_SEV_MEDIUM, "Base image uses :latest or no tag",
	  "An untagged or :latest base image changes under you: the same Dockerfile builds a different image "
	  "tomorrow, with different packages and vulnerabilities, and builds are not reproducible.",
	  "Pin the base image to a version tag, and better to a digest: `FROM debian:12.8-slim@sha256:...`.",
	  BH_REFS("hadolint:DL3006", "hadolint:DL3007", "trivy:DS-0001", "dockle:DKL-DI-0006") },
	{ "DF003", "dockerfile", BH_SEV_INFO, "Base image not pinned by digest",
	  "A tag can be moved to point at other content. Only a digest names exactly one image, so a "
	  "compromised or re-pushed tag cannot change what you build on.",
	  "Append the digest of the image you tested: `FROM image:tag@sha256:<digest>` (`docker buildx imagetools "
	  "inspect image:tag` shows it); let a bot such as Renovate or Dependabot update it.",
	  BH_REFS("cis-docker:4.2", "docker-bench:4.2") },
	{ "DF004", "dockerfile", BH_SEV_HIGH, "Base image from an untrusted registry",
	  "The policy lists the registries this project trusts. A base image from anywhere else has not gone "
	  "through the review, scanning and signing those registries give.",
	  "Use a base image from one of the trusted registries in .bulkhead.yaml (trusted_registries), or add the "
	  "registry there after review.",
	  BH_REFS("cis-docker:4.2", "docker-bench:4.2", "hadolint:DL3026") },
	{ "DF005", "dockerfile", BH_SEV_HIGH, "Secret in ENV or ARG",
	  "ENV values are stored in the image config and ARG values in its build history; anyone who can pull "
	  "the image can read them with `docker history` or `docker inspect`.",
	  "Pass secrets at build time with `RUN --mount=type=secret,id=name` (docker build --secret) and at run "
	  "time through Docker or Kubernetes secrets or a mounted file, never as ENV or ARG.",
	  BH_REFS("cis-docker:4.10", "docker-bench:4.10", "trivy:DS-0031", "dockle:CIS-DI-0010") },
	{ "DF006", "dockerfile", BH_SEV_HIGH, "Secret file copied into the image",
	  "Files such as private keys, .env, .npmrc, .pypirc, .git-credentials or cloud credential files become "
	  "part of a layer. Deleting them in a later step does not remove them from the image.",
	  "Do not copy credential files. Mount them only for the step that needs them with "
	  "`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, and list them in .dockerignore.",
	  BH_REFS("cis-docker:4.10", "docker-bench:4.10", "trivy:DS-0031", "dockle:CIS-DI-0010") },
	{ "DF007", "dockerfile", BH_SEV_LOW, "ADD used where COPY suffices",
	  "ADD also fetches URLs and unpacks archives, so a source that changes type silently changes what the "
	  "instruction does. COPY does only what it says.",
	  "Use COPY for local files and directories; keep ADD for local tar archives you want extracted.",
	  BH_REFS("cis-docker:4.9", "docker-bench:4.9", "hadolint:DL3020", "trivy:DS-0005", "dockle:CIS-DI-0009") },
	{ "DF008", "dockerfile", BH_SEV_MEDIUM, "ADD of a remote URL without --checksum",
	  "ADD <url> downloads whatever the server returns at build time. Without a checksum a compromised or "
	  "changed server puts different content in your image and nothing notices.",
	  "Add `--checksum=sha256:<hex>` to the ADD (BuildKit), or download in a RUN step and verify with "
	  "`sha256sum -c` before use.",
	  BH_REFS("cis-docker:4.9", "docker-bench:4.9", "hadolint:DL3020") },
	{ "DF009", "dockerfile", BH_SEV_HIGH, "Download piped into a shell",
	  "`curl ... | sh` runs whatever the server sends, unverified, as the build user (usually root). A "
	  "compromised server, DNS or proxy turns it into code execution in your image.",
	  "Download to a file, verify its checksum or signature (`sha256sum -c`, `gpg --verify`), then run it; or "
	  "install the tool from a package repository.",
	  BH_REFS("hadolint:DL4006") },
	{ "DF010", "dockerfile", BH_SEV_MEDIUM, "Download used without verification",
	  "A file fetched with curl or wget and then installed, unpacked or executed without a checksum or "
	  "signature check trusts the network and the server completely.",
	  "Verify every download before using it: `echo \"<sha256>  file\" | sha256sum -c -`, `gpg --verify`, or "
	  "`cosign verify-blob`; or use ADD --checksum.",
	  BH_REFS("trivy:DS-0014") },
	{ "DF011", "dockerfile", BH_SEV_HIGH, "TLS or signature verification disabled",
	  "Options such as `curl -k`, `wget --no-check-certificate`, `apk --allow-untrusted`, `--nogpgcheck` or "
	  "`NODE_TLS_REJECT_UNAUTHORIZED=0` turn off the checks that stop a man in the middle from feeding you "
	  "code or packages.",
	  "Remove the option. If a private CA is involved, install its certificate (e.g. into "
	  "/usr/local/share/ca-certificates and run update-ca-certificates) instead of disabling verification.",
	  BH_REFS("cis-docker:4.5", "docker-bench:4.5") },
	{ "DF012", "dockerfile", BH_SEV_MEDIUM, "sudo used in RUN",
	  "RUN already runs as the current USER; sudo adds a setuid binary and a privilege-escalation path to "
	  "the image and has unpredictable TTY and signal behaviour.",
	  "Switch with `USER root` for the steps that need it and back to the unprivileged user afterwards; "
	  "remove sudo from the image.",
	  BH_REFS("hadolint:DL3004", "trivy:DS-0010", "dockle:DKL-DI-0001") },
	{ "DF013", "dockerfile", BH_SEV_MEDIUM, "Package index update alone in a RUN",
	  "A RUN that only updates the package index is cached as its own layer; later installs then use a stale "
	  "index from cache and miss security updates.",
	  "Update and install in the same RUN: `RUN apt-get update && apt-get install -y --no-install-recommends "
	  "pkg && rm -rf /var/lib/apt/lists/*`.",
	  BH_REFS("cis-docker:4.7", "docker-bench:4.7", "trivy:DS-0017", "dockle:CIS-DI-0007") },
	{ "DF014", "dockerfile", BH_SEV_LOW, "dist-upgrade in a RUN",
	  "dist-upgrade (or full-upgrade) may replace and remove packages of the base image in ways its "
	  "maintainers did not test, and makes the result depend on the day of the build.",
	  "Rebuild on an updated base image instead, or upgrade only the packages you need.",
	  BH_REFS("hadolint:DL3005", "trivy:DS-0024", "dockle:DKL-DI-0003") },
	{ "DF015", "dockerfile", BH_SEV_LOW, "Package manager cache left in the image",
	  "Package lists and download caches add megabytes that serve no purpose at run time and make images "
	  "slower to pull and larger to scan.",
	  "Clean up in the same RUN (`rm -rf /var/lib/apt/lists/*`, `yum clean all`, `dnf clean all`, "
	  "`zypper clean`, `pip install --no-cache-dir`), or use `RUN --mount=type=cache`.",
	  BH_REFS("hadolint:DL3009", "hadolint:DL3042", "trivy:DS-0015", "trivy:DS-0019", "trivy:DS-0020",
		  "dockle:DKL-DI-0005") },
	{ "DF016", "dockerfile", BH_SEV_LOW, "apt-get install without --no-install-recommends",
	  "Recommended packages are installed by default: more software, more attack surface and more "
	  "vulnerabilities to patch, for things the application does not use.",
	  "Add `--no-install-recommends` to apt-get install.",
	  BH_REFS("hadolint:DL3015", "trivy:DS-0029") },
	{ "DF017", "dockerfile", BH_SEV_LOW, "apk add without --no-cache",
	  "apk keeps its index in /var/cache/apk unless told not to, adding size that is never used.",
	  "Use `apk add --no-cache pkg`.",
	  BH_REFS("hadolint:DL3019", "trivy:DS-0025", "dockle:DKL-DI-0004") },
	{ "DF018", "dockerfile", BH_SEV_LOW, "Build tools left in the final image",
	  "Compilers, headers and build systems in a runtime image help an attacker build exploits in place and "
	  "bring their own vulnerabilities.",
	  "Build in a separate stage (`FROM ... AS build`) and COPY --from=build only the artifacts into a "
	  "minimal final stage.",
	  BH_REFS("cis-docker:4.3", "docker-bench:4.3") },
	{ "DF019", "dockerfile", BH_SEV_MEDIUM, "World-writable permissions",
	  "A file or directory any user can write lets any process in the container replace code or data that "
	  "others trust.",
	  "Grant write access only to the owner (e.g. `chmod 755` for directories, `644` for files) and chown to "
	  "the runtime user where it must write.",
	  BH_REFS("cis-docker:4.8") },
	{ "DF020", "dockerfile", BH_SEV_HIGH, "setuid or setgid bit set",
	  "setuid/setgid executables run with their owner's privileges; in a container they are a classic way "
	  "for an unprivileged process to become root.",
	  "Do not set the bit. If a helper needs a privilege, grant the one capability it needs at run time "
	  "instead.",
	  BH_REFS("cis-docker:4.8", "docker-bench:4.8", "dockle:CIS-DI-0008") },
	{ "DF021", "dockerfile", BH_SEV_MEDIUM, "SSH server in the image",
	  "An SSH daemon in a container is another network service with credentials to manage and patch, and a "
	  "way in that bypasses the container platform's access control.",
	  "Remove sshd and port 22. Use `docker exec` or `kubectl exec` for access.",
	  BH_REFS("cis-docker:5.7", "docker-bench:5.7", "trivy:DS-0004", "hadolint:DL3001") },
	{ "DF022", "dockerfile", BH_SEV_LOW, "No HEALTHCHECK",
	  "Without a health check the engine cannot tell a hung container from a healthy one, so it is neither "
	  "restarted nor taken out of service.",
	  "Add `HEALTHCHECK --interval=30s --timeout=3s CMD <command that checks the service>` to the final stage.",
	  BH_REFS("cis-docker:4.6", "docker-bench:4.6", "trivy:DS-0026", "dockle:CIS-DI-0006") },
	{ "DF023", "dockerfile", BH_SEV_MEDIUM, "WORKDIR in a system directory",
	  "/proc, /sys, /dev and /boot are kernel and host interfaces; working there makes a later mount or "
	  "write touch the kernel instead of application files.",
	  "Use an application directory such as /app or /srv/app.",
	  BH_REFS("dockle:DKL-DI-0002") },
	{ "DF024", "dockerfile", BH_SEV_MEDIUM, "Whole build context copied without .dockerignore",
	  "`COPY . .` without a .dockerignore copies everything in the build context, including .git, .env "
	  "files, local credentials and build output, into the image.",
	  "Add a .dockerignore next to the Dockerfile that excludes .git, .env*, secrets and build output, or "
	  "copy only the files the image needs.",
	  BH_REFS("dockle:DKL-LI-0003") },
};

const size_t bh_dockerfile_rule_count = sizeof bh_dockerfile_rules / sizeof bh_dockerfile_rules[0];
