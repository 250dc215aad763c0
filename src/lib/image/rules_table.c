/* Rules of `bulkhead scan`: what the image's config, history, filesystem and
 * file contents say about it. The checks live in image/check_*.c; the
 * loader's anomalies (image/image.h) become IMG030..IMG032. */
#include "core/rule.h"
#include "core/rule_tables.h"

#define RULE(id, sev, title, why, fix, ...) { id, "image", sev, title, why, fix, BH_REFS(__VA_ARGS__) }

const bh_rule bh_image_rules[] = {
	/* ---- config ---- */
	RULE("IMG001", BH_SEV_HIGH, "Image runs as root",
	     "The image's User is empty, 0 or root, so every container started from it runs as root unless the "
	     "operator remembers to override it. A root process that escapes the container is root on the host.",
	     "Create an unprivileged user in the image and end the Dockerfile with `USER <name or uid>`.",
	     "cis-docker:4.1", "docker-bench:4.1", "trivy:DS-0002", "dockle:CIS-DI-0001"),
	RULE("IMG002", BH_SEV_LOW, "Image has no HEALTHCHECK",
	     "Without a health check the engine and orchestrators cannot tell a hung service from a healthy one.",
	     "Add a `HEALTHCHECK CMD ...` that exercises the service.", "cis-docker:4.6", "docker-bench:4.6",
	     "trivy:DS-0026", "dockle:CIS-DI-0006"),
	RULE("IMG003", BH_SEV_MEDIUM, "Image exposes the SSH port 22",
	     "An SSH server inside a container is a second way in that bypasses the engine's access control and "
	     "audit, and it needs long-lived keys inside the image.",
	     "Remove `EXPOSE 22` and the SSH server; use `docker exec` for debugging.", "trivy:DS-0004",
	     "cis-docker:5.7"),
	RULE("IMG004", BH_SEV_LOW, "Image exposes a privileged port (below 1024)",
	     "Binding a port below 1024 needs root or CAP_NET_BIND_SERVICE inside the container.",
	     "Listen on a port of 1024 or above in the container and map it with `-p 80:8080` if needed.",
	     "cis-docker:5.7", "docker-bench:5.7"),
	RULE("IMG005", BH_SEV_HIGH, "Secret in the image's environment",
	     "Env values are part of the image config: anyone who can pull the image reads them with "
	     "`docker inspect`, and every process in every container inherits them.",
	     "Pass secrets at run time (secrets mounts, an orchestrator's secret store), never with ENV.",
	     "cis-docker:4.10", "dockle:CIS-DI-0010"),
	RULE("IMG006", BH_SEV_MEDIUM, "History shows ADD of a remote URL",
	     "ADD of a URL fetches content at build time without any checksum: whoever controls the server or "
	     "the network controls what goes into the image.",
	     "Download with a pinned checksum in a RUN step (or `ADD --checksum=sha256:...`), or COPY a vetted file.",
	     "cis-docker:4.9", "docker-bench:4.9", "dockle:CIS-DI-0009", "trivy:DS-0005"),
	RULE("IMG007", BH_SEV_MEDIUM, "History pipes a download into a shell",
	     "`curl ... | sh` runs whatever the server sends at build time, unverified.",
	     "Download the script, verify its checksum or signature, then run it.", "hadolint:DL4006"),
	RULE("IMG008", BH_SEV_LOW, "History runs a package index update alone",
	     "An `apt-get update` in its own layer is cached separately: later installs can use a stale index, "
	     "and the index files stay in the image.",
	     "Update and install in the same RUN: `apt-get update && apt-get install -y ... && rm -rf "
	     "/var/lib/apt/lists/*`.",
	     "cis-docker:4.7", "docker-bench:4.7", "trivy:DS-0017", "dockle:CIS-DI-0007"),
	RULE("IMG009", BH_SEV_HIGH, "Secret in the build history (build argument or command)",
	     "Build arguments used by a RUN step are recorded in the image history (`RUN |1 NAME=value ...`), and "
	     "so is every command: both are readable by anyone who can pull the image.",
	     "Use BuildKit secret mounts (`RUN --mount=type=secret,id=...`) instead of --build-arg or credentials "
	     "written into commands; revoke the credential.",
	     "dockle:CIS-DI-0010", "cis-docker:4.10"),
	RULE("IMG010", BH_SEV_LOW, "Image was built more than a year ago",
	     "An old image has not picked up a year of security fixes from its base image and packages.",
	     "Rebuild the image regularly from an updated base image.", "cis-docker:4.4"),
	RULE("IMG011", BH_SEV_HIGH, "Operating system release is end of life",
	     "An end-of-life release gets no more security updates: every vulnerability found from now on stays "
	     "open in this image.",
	     "Rebuild on a supported release of the distribution (docs/scan.md lists the end-of-life dates used).",
	     "cis-docker:4.4"),

	/* ---- filesystem ---- */
	RULE("IMG012", BH_SEV_MEDIUM, "Setuid or setgid file",
	     "A setuid or setgid program runs with its owner's privileges: it is how an unprivileged process in "
	     "the container becomes root.",
	     "Remove the bit (`chmod a-s FILE` in the Dockerfile) or the program; list the ones you need under "
	     "setuid_allow in .bulkhead.yaml.",
	     "cis-docker:4.8", "docker-bench:4.8", "dockle:CIS-DI-0008"),
	RULE("IMG013", BH_SEV_MEDIUM, "File with file capabilities",
	     "A security.capability attribute grants capabilities to whoever runs the file, like a narrower setuid.",
	     "Remove them with `setcap -r FILE`, or list the file under setuid_allow in .bulkhead.yaml.",
	     "cis-docker:4.8", "dockle:CIS-DI-0008"),
	RULE("IMG014", BH_SEV_MEDIUM, "World-writable file",
	     "Any user in the container can change a world-writable file; if something privileged reads or runs it, "
	     "that is a privilege escalation.",
	     "Remove the write bit for others (`chmod o-w FILE`).", "dockle:CIS-DI-0008"),
	RULE("IMG015", BH_SEV_MEDIUM, "World-writable directory without the sticky bit",
	     "In a world-writable directory without the sticky bit any user can delete or replace other users' "
	     "files.",
	     "Set the sticky bit (`chmod +t DIR`, as /tmp has) or remove the write bit for others.",
	     "dockle:CIS-DI-0008"),
	RULE("IMG016", BH_SEV_INFO, "Image ships a shell or package manager",
	     "A minimal (distroless) image holds only the application and its runtime. A shell and a package "
	     "manager are what an intruder uses to download and run tools.",
	     "Use a multi-stage build that copies the application into a distroless or scratch base.",
	     "cis-docker:4.3"),
	RULE("IMG017", BH_SEV_MEDIUM, "Git repository in the image",
	     "A .git directory holds the project's whole history, including files and secrets removed long ago.",
	     "Add .git to .dockerignore, or copy only the build output into the final stage.", "dockle:DKL-LI-0003"),
	RULE("IMG018", BH_SEV_MEDIUM, "Shell history in the image",
	     "A shell history records commands typed while the image was prepared, often with passwords and "
	     "tokens in them.",
	     "Do not build images from `docker commit` of interactive sessions; delete the history in the same "
	     "layer that created it.",
	     "dockle:DKL-LI-0003"),
	RULE("IMG019", BH_SEV_LOW, "Package manager cache left in the image",
	     "Downloaded packages and index files make the image larger and say exactly what was fetched, without "
	     "any use at run time.",
	     "Clean in the same RUN that installs: `rm -rf /var/lib/apt/lists/*`, `apk add --no-cache`, "
	     "`pip install --no-cache-dir`, `npm cache clean --force`.",
	     "dockle:DKL-DI-0005"),

	/* ---- secrets ---- */
	RULE("IMG020", BH_SEV_CRITICAL, "Secret in a file of the image",
	     "Every layer of an image can be extracted by anyone who can pull it. A key or token in any file of any "
	     "layer is published with the image, even when a later layer deletes the file.",
	     "Revoke the credential now. Then keep it out of the build context (.dockerignore) and use BuildKit "
	     "secret mounts; deleting it in a later layer does not remove it from the image.",
	     "dockle:CIS-DI-0010", "cis-docker:4.10"),
	RULE("IMG021", BH_SEV_HIGH, "Credential file in the image",
	     "Files such as .npmrc, .git-credentials, .docker/config.json or cloud CLI credentials hold "
	     "credentials in a known format; in an image they are readable by anyone who can pull it, even when a "
	     "later layer deletes them.",
	     "Revoke the credential, keep the file out of the build (.dockerignore, secret mounts) and rebuild.",
	     "dockle:CIS-DI-0010", "cis-docker:4.10"),

	/* ---- the loader's anomalies ---- */
	RULE("IMG030", BH_SEV_HIGH, "Layer entry tries to leave the image root",
	     "Absolute names, ../ paths, links that climb out and entries written through a symlink are how "
	     "crafted images overwrite host files in careless extractors (CVE-2019-14271, CVE-2018-15664 class).",
	     "Do not use this image; rebuild it from trusted sources with standard tools.", "cis-docker:4.2"),
	RULE("IMG031", BH_SEV_LOW, "Layer holds a malformed or ambiguous entry",
	     "Duplicate or conflicting entries, whiteouts naming nothing, hard links to missing files and sparse "
	     "files are not produced by normal builds; extractors may disagree about the result.",
	     "Rebuild the image with standard tools; investigate how the layer was produced.", "cis-docker:4.2"),
	RULE("IMG032", BH_SEV_MEDIUM, "Device file in a layer",
	     "Device nodes in an image give access to host devices when the container's device cgroup allows them.",
	     "Remove device nodes from the image; the runtime creates the ones a container needs.", "cis-docker:4.2"),
};

const size_t bh_image_rule_count = sizeof bh_image_rules / sizeof bh_image_rules[0];
