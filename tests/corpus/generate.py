#!/usr/bin/env python3
"""Deterministic generator of valid, realistic Dockerfiles.

    generate.py OUTDIR [COUNT] [SEED]

Writes COUNT (default 600) Dockerfiles under OUTDIR, one per directory
(OUTDIR/00042-node-api/Dockerfile, .../Containerfile, .../app.Dockerfile,
...).  The same COUNT and SEED always produce byte-identical files.  Only the
python3 standard library is used.

Every file is meant to be accepted by the BuildKit Dockerfile frontend: the
corpus exists to prove that the parser accepts what real projects write, so a
parse error on any of these files is a parser bug.  The files cover base
images of every shape (tags, digests, registries with ports, ARG-built
names), multi-stage builds, ARG/ENV with ${VAR:-default}, heredocs (<<EOF,
<<-EOF, quoted delimiters, several per instruction), continuation lines with
comments and empty lines inside, exec and shell forms, every instruction and
flag, `# escape=`` ` files, parser directives, lower-case keywords, CRLF
line endings, a byte-order mark, and the package-manager idioms of
apt, apk, yum/dnf/microdnf, pip, npm/yarn/pnpm, go, maven/gradle and cargo.
"""
import hashlib
import os
import random
import sys

DIGESTS = ["sha256:" + hashlib.sha256(b"bulkhead-corpus-%d" % k).hexdigest() for k in range(16)]

DEBIAN = ["debian:12", "debian:12-slim", "debian:bookworm-slim", "debian:bullseye", "debian:12.8-slim",
          "debian:trixie-slim"]
UBUNTU = ["ubuntu:22.04", "ubuntu:24.04", "ubuntu:jammy", "ubuntu:noble-20240801", "ubuntu:20.04"]
ALPINE = ["alpine:3.20", "alpine:3.19", "alpine:3.18.6", "alpine:edge", "alpine"]
RHEL = ["fedora:40", "rockylinux:9", "almalinux:9-minimal", "registry.access.redhat.com/ubi9/ubi:9.4",
        "registry.access.redhat.com/ubi9/ubi-minimal:9.4", "quay.io/centos/centos:stream9",
        "amazonlinux:2023", "oraclelinux:9-slim"]
NODE = ["node:20-alpine", "node:20-bookworm-slim", "node:22", "node:18.20.4-alpine3.20", "node:lts-slim"]
PYTHON = ["python:3.12-slim", "python:3.11-alpine", "python:3.12-slim-bookworm", "python:3.10",
          "python:3.13-rc-slim"]
GOLANG = ["golang:1.22", "golang:1.22-alpine", "golang:1.23-bookworm", "golang:1.21.13-alpine3.20"]
NGINX = ["nginx:1.27-alpine", "nginx:stable", "nginx:1.25.5", "nginxinc/nginx-unprivileged:1.27-alpine"]
JAVA = ["maven:3.9-eclipse-temurin-21", "gradle:8.10-jdk21", "eclipse-temurin:21-jre-alpine",
        "eclipse-temurin:17-jdk-jammy", "amazoncorretto:21-al2023"]
RUST = ["rust:1.80", "rust:1.81-slim-bookworm", "rust:1-alpine3.20"]
DISTROLESS = ["gcr.io/distroless/static-debian12", "gcr.io/distroless/static-debian12:nonroot",
              "gcr.io/distroless/base-debian12:latest", "gcr.io/distroless/cc-debian12:nonroot",
              "gcr.io/distroless/python3-debian12", "gcr.io/distroless/java21-debian12:nonroot",
              "gcr.io/distroless/nodejs20-debian12"]
REGISTRY = ["localhost:5000/base/debian:12", "registry.example.com:5000/platform/alpine:3.20",
            "myregistry.azurecr.io/team/runtime:2.4.1", "ghcr.io/acme/toolchain:v1.9.0",
            "123456789012.dkr.ecr.eu-west-1.amazonaws.com/base/python:3.12",
            "docker.io/library/ubuntu:22.04", "quay.io/prometheus/busybox:latest",
            "registry.gitlab.com/group/project/builder:main", "harbor.internal:8443/library/nginx:1.27",
            "public.ecr.aws/docker/library/alpine:3.20", "mcr.microsoft.com/dotnet/aspnet:8.0",
            "mcr.microsoft.com/dotnet/sdk:8.0-alpine", "127.0.0.1:5000/local/app:dev"]

PORTS = ["80", "443", "8080", "3000", "5000", "8000", "9090", "5432", "6379", "53/udp", "8443/tcp",
         "9000-9010", "7946/tcp 7946/udp", "4789/udp", "30000-30100/tcp", "1883", "8125/udp"]
SIGNALS = ["SIGTERM", "SIGQUIT", "SIGINT", "SIGKILL", "9", "15", "SIGRTMIN+3", "SIGUSR1", "SIGWINCH"]
USERS = ["app", "nobody", "1001", "10001:10001", "node", "nonroot", "65532:65532", "appuser:appgroup",
         "www-data", "${APP_UID}", "${APP_USER}:${APP_GROUP}"]

APT_PKGS = ["curl", "ca-certificates", "git", "build-essential", "libssl-dev", "tzdata", "gnupg",
            "unzip", "wget", "jq", "libpq-dev", "openssh-client", "procps", "tini", "locales",
            "python3", "python3-pip", "libffi-dev", "pkg-config", "dumb-init", "netcat-openbsd"]
APK_PKGS = ["curl", "ca-certificates", "git", "bash", "tzdata", "openssl", "build-base", "musl-dev",
            "libffi-dev", "postgresql-dev", "tini", "su-exec", "jq", "openssh-client", "gcc", "make"]
YUM_PKGS = ["shadow-utils", "tar", "gzip", "which", "procps-ng", "findutils", "openssl", "git",
            "python3", "java-21-openjdk-headless", "httpd", "nginx", "glibc-langpack-en"]
PIP_PKGS = ["flask==3.0.3", "gunicorn", "requests>=2.31", "uvicorn[standard]", "fastapi", "django~=5.0",
            "celery", "psycopg[binary]", "boto3", "numpy", "pandas==2.2.2", "pydantic"]
NPM_PKGS = ["pm2", "typescript", "serve", "nodemon", "@angular/cli@17", "npm@10", "pnpm@9", "yarn"]
GO_TOOLS = ["github.com/go-delve/delve/cmd/dlv@latest", "golang.org/x/tools/cmd/goimports@v0.24.0",
            "github.com/swaggo/swag/cmd/swag@v1.16.3", "honnef.co/go/tools/cmd/staticcheck@2024.1"]

WORDS = ["api", "web", "worker", "gateway", "auth", "billing", "search", "frontend", "scheduler",
         "proxy", "metrics", "ingest", "report", "notifier", "cache", "admin", "cli", "agent"]


class Ctx:
    """Per-file style: escape character, keyword case, line indentation."""

    def __init__(self, rng, esc="\\", kwcase="upper"):
        self.rng = rng
        self.esc = esc
        self.kwcase = kwcase
        self.ind = rng.choice(["    ", "  ", "\t", "        "])

    def kw(self, word):
        if self.kwcase == "lower":
            return word.lower()
        if self.kwcase == "mixed" and self.rng.random() < 0.4:
            return word.lower()
        if self.kwcase == "title" and self.rng.random() < 0.3:
            return word.capitalize()
        return word

    def cont(self, parts, sep=" "):
        """Joins parts with line continuations: first part on the
        instruction line, the rest indented on their own lines."""
        e = self.esc
        tail = self.rng.choice([" " + e, " " + e, " " + e + "  ", "\t" + e])
        return (tail + "\n" + self.ind).join(parts)


def pick(rng, seq, k_min=1, k_max=None):
    k_max = k_max or len(seq)
    k = rng.randint(k_min, min(k_max, len(seq)))
    return rng.sample(seq, k)


# ---------------------------------------------------------------------------
# RUN idioms
# ---------------------------------------------------------------------------

def run_apt(c, cache_mount=False):
    rng = c.rng
    e = c.esc
    pkgs = sorted(pick(rng, APT_PKGS, 2, 8))
    flags = ""
    if cache_mount:
        flags = ("--mount=type=cache,target=/var/cache/apt,sharing=locked " + e + "\n" + c.ind +
                 "--mount=type=cache,target=/var/lib/apt,sharing=locked" + " " + e + "\n" + c.ind)
    style = rng.randrange(5)
    if style == 0:
        body = [
            "apt-get update",
            "&& apt-get install -y --no-install-recommends " + " ".join(pkgs),
            "&& rm -rf /var/lib/apt/lists/*",
        ]
        return c.kw("RUN") + " " + flags + c.cont(body)
    if style == 1:
        # one package per line, comments and an empty line inside
        lines = ["set -eux", "# refresh the package index",
                 "apt-get update", "apt-get install -y --no-install-recommends"]
        out = c.kw("RUN") + " " + flags + "set -eux; " + e + "\n"
        out += c.ind + "# refresh the package index\n"
        out += c.ind + "apt-get update; " + e + "\n"
        out += c.ind + "DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends " + e + "\n"
        for p in pkgs:
            out += c.ind + c.ind + p + " " + e + "\n"
            if rng.random() < 0.2:
                out += c.ind + c.ind + "# " + rng.choice(["needed by the healthcheck", "TLS roots",
                                                          "for debugging", "build only"]) + "\n"
        if rng.random() < 0.3:
            out += "\n"
        out += c.ind + "; " + e + "\n"
        out += c.ind + "apt-get clean; " + e + "\n"
        out += c.ind + "rm -rf /var/lib/apt/lists/*"
        del lines
        return out
    if style == 2:
        return (c.kw("RUN") + " " + flags + "apt-get update && apt-get upgrade -y && apt-get install -y " +
                " ".join(pkgs) + " && apt-get clean")
    if style == 3:
        repo = rng.choice(["https://deb.nodesource.com/setup_20.x", "https://packages.microsoft.com/keys/microsoft.asc",
                           "https://download.docker.com/linux/debian/gpg"])
        return c.kw("RUN") + " " + c.cont([
            "apt-get update",
            "&& apt-get install -y --no-install-recommends curl gnupg ca-certificates",
            "&& curl -fsSL " + repo + " | gpg --dearmor -o /usr/share/keyrings/vendor.gpg",
            '&& echo "deb [signed-by=/usr/share/keyrings/vendor.gpg] https://example.invalid/debian bookworm main" > /etc/apt/sources.list.d/vendor.list',
            "&& apt-get update && apt-get install -y --no-install-recommends " + " ".join(pkgs[:3]),
            "&& rm -rf /var/lib/apt/lists/*",
        ])
    return (c.kw("RUN") + " " + flags + "apt-get update -qq && apt-get install -qq -y --no-install-recommends " +
            " ".join(pkgs) + " >/dev/null && rm -rf /var/lib/apt/lists/* /tmp/* /var/tmp/*")


def run_apk(c, cache_mount=False):
    rng = c.rng
    pkgs = sorted(pick(rng, APK_PKGS, 1, 7))
    flags = "--mount=type=cache,target=/var/cache/apk " if cache_mount else ""
    style = rng.randrange(4)
    if style == 0:
        return c.kw("RUN") + " " + flags + "apk add --no-cache " + " ".join(pkgs)
    if style == 1:
        return c.kw("RUN") + " " + flags + c.cont([
            "apk add --no-cache --virtual .build-deps " + " ".join(pkgs[:2] + ["gcc", "musl-dev"]),
            "&& apk add --no-cache " + " ".join(pkgs),
            "&& apk del .build-deps",
        ])
    if style == 2:
        return c.kw("RUN") + " " + flags + "apk update && apk upgrade && apk add " + " ".join(pkgs) + " && rm -rf /var/cache/apk/*"
    return c.kw("RUN") + " " + flags + c.cont([
        "set -eux",
        "&& apk add --no-cache " + " ".join(pkgs),
        "# keep the image small",
        "&& rm -rf /root/.cache",
    ]).replace("\n" + c.ind + "# keep the image small " + c.esc, "\n" + c.ind + "# keep the image small")


def run_yum(c):
    rng = c.rng
    pkgs = sorted(pick(rng, YUM_PKGS, 1, 6))
    tool = rng.choice(["yum", "dnf", "microdnf"])
    if tool == "microdnf":
        return c.kw("RUN") + " " + c.cont([
            "microdnf install -y --nodocs " + " ".join(pkgs),
            "&& microdnf clean all",
        ])
    return c.kw("RUN") + " " + c.cont([
        tool + " -y update",
        "&& " + tool + " install -y " + rng.choice(["", "--setopt=tsflags=nodocs "]) + " ".join(pkgs),
        "&& " + tool + " clean all",
        "&& rm -rf /var/cache/" + tool,
    ])


def run_pip(c):
    rng = c.rng
    pkgs = pick(rng, PIP_PKGS, 1, 5)
    style = rng.randrange(6)
    if style == 0:
        return c.kw("RUN") + " pip install --no-cache-dir -r requirements.txt"
    if style == 1:
        return c.kw("RUN") + " --mount=type=cache,target=/root/.cache/pip " + c.esc + "\n" + c.ind + \
            "pip install -r requirements.txt"
    if style == 2:
        return c.kw("RUN") + " pip install --no-cache-dir " + " ".join("'" + p + "'" if "[" in p or ">" in p else p for p in pkgs)
    if style == 3:
        return c.kw("RUN") + " python -m venv /opt/venv && /opt/venv/bin/pip install --upgrade pip setuptools wheel"
    if style == 4:
        return c.kw("RUN") + " --mount=type=bind,source=requirements.txt,target=/tmp/requirements.txt " + \
            c.esc + "\n" + c.ind + "pip install --no-cache-dir --requirement /tmp/requirements.txt"
    return c.kw("RUN") + " pip install --user poetry==1.8.3 && poetry config virtualenvs.create false && poetry install --no-interaction --no-ansi --only main"


def run_npm(c):
    rng = c.rng
    style = rng.randrange(7)
    if style == 0:
        return c.kw("RUN") + " npm ci --omit=dev"
    if style == 1:
        return c.kw("RUN") + " --mount=type=cache,target=/root/.npm npm ci"
    if style == 2:
        return c.kw("RUN") + " --mount=type=secret,id=npmrc,target=/root/.npmrc " + c.esc + "\n" + c.ind + \
            "npm ci --no-audit --no-fund && npm run build"
    if style == 3:
        return c.kw("RUN") + " npm install -g " + " ".join(pick(rng, NPM_PKGS, 1, 3)) + " && npm cache clean --force"
    if style == 4:
        return c.kw("RUN") + " yarn install --frozen-lockfile --production && yarn cache clean"
    if style == 5:
        return c.kw("RUN") + " corepack enable && pnpm install --frozen-lockfile --prod"
    return c.kw("RUN") + " --mount=type=cache,id=pnpm,target=/pnpm/store pnpm install --frozen-lockfile"


def run_go(c):
    rng = c.rng
    e = c.esc
    style = rng.randrange(5)
    if style == 0:
        return c.kw("RUN") + " go mod download"
    if style == 1:
        return c.kw("RUN") + " --mount=type=cache,target=/go/pkg/mod " + e + "\n" + c.ind + \
            "--mount=type=cache,target=/root/.cache/go-build " + e + "\n" + c.ind + \
            "CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} go build -trimpath -ldflags=\"-s -w -X main.version=${VERSION}\" -o /out/app ./cmd/app"
    if style == 2:
        return c.kw("RUN") + " CGO_ENABLED=0 go build -o /bin/server ."
    if style == 3:
        return c.kw("RUN") + " go install " + rng.choice(GO_TOOLS)
    return c.kw("RUN") + " --mount=type=ssh " + e + "\n" + c.ind + \
        "git config --global url.\"git@github.com:\".insteadOf \"https://github.com/\" && GOPRIVATE=github.com/acme/* go mod download"


def run_java(c):
    rng = c.rng
    style = rng.randrange(4)
    if style == 0:
        return c.kw("RUN") + " mvn -B -q dependency:go-offline"
    if style == 1:
        return c.kw("RUN") + " --mount=type=cache,target=/root/.m2 mvn -B package -DskipTests"
    if style == 2:
        return c.kw("RUN") + " ./gradlew --no-daemon build -x test"
    return c.kw("RUN") + " --mount=type=cache,target=/home/gradle/.gradle gradle bootJar --no-daemon"


def run_rust(c):
    return c.rng.choice([
        c.kw("RUN") + " cargo build --release --locked",
        c.kw("RUN") + " --mount=type=cache,target=/usr/local/cargo/registry " + c.esc + "\n" + c.ind +
        "--mount=type=cache,target=/app/target " + c.esc + "\n" + c.ind +
        "cargo build --release && cp target/release/app /usr/local/bin/app",
        c.kw("RUN") + " rustup target add x86_64-unknown-linux-musl",
    ])


def run_user(c, distro):
    rng = c.rng
    name = rng.choice(["app", "appuser", "svc", "runner"])
    uid = rng.choice(["1000", "1001", "10001", "65532"])
    if distro == "alpine":
        return c.kw("RUN") + " addgroup -S -g " + uid + " " + name + " && adduser -S -D -H -u " + uid + " -G " + name + " " + name
    if distro == "rhel":
        return c.kw("RUN") + " groupadd -r -g " + uid + " " + name + " && useradd -r -u " + uid + " -g " + name + " -s /sbin/nologin " + name
    return c.kw("RUN") + " " + c.cont([
        "groupadd --system --gid " + uid + " " + name,
        "&& useradd --system --uid " + uid + " --gid " + name + " --no-create-home --shell /usr/sbin/nologin " + name,
    ])


def run_misc(c):
    rng = c.rng
    e = c.esc
    choices = [
        c.kw("RUN") + " ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log",
        c.kw("RUN") + " mkdir -p /app/data /app/logs && chown -R 1000:1000 /app",
        c.kw("RUN") + " [\"/bin/bash\", \"-c\", \"set -o pipefail && wget -qO- https://example.com/install.sh | wc -l > /number\"]",
        c.kw("RUN") + " [\"sh\", \"-c\", \"echo \\\"built on $(date -u)\\\" > /etc/build-info\"]",
        c.kw("RUN") + " [\"/usr/local/bin/setup\", \"--prefix=/opt/app\", \"--quiet\"]",
        c.kw("RUN") + " echo 'root:x:0:0:root:/root:/sbin/nologin' > /etc/passwd.min # trailing text is part of the command",
        c.kw("RUN") + " curl -fsSL https://github.com/krallin/tini/releases/download/v0.19.0/tini -o /tini && chmod +x /tini",
        c.kw("RUN") + " --network=none make test",
        c.kw("RUN") + " --security=insecure mount -t tmpfs none /mnt && ls /mnt",
        c.kw("RUN") + " --mount=type=tmpfs,target=/tmp,size=64m ./configure && make -j\"$(nproc)\" && make install",
        c.kw("RUN") + " --mount=type=bind,from=build,source=/out,target=/mnt/out cp -a /mnt/out/. /usr/local/",
        c.kw("RUN") + " --mount=type=secret,id=aws,env=AWS_SHARED_CREDENTIALS_FILE aws s3 cp s3://bucket/artifact.tgz /tmp/",
        c.kw("RUN") + " --mount=type=ssh,id=default git clone git@github.com:acme/private.git /src/private",
        c.kw("RUN") + " SIZE=$((1<<20)) && head -c \"$SIZE\" /dev/urandom > /tmp/seed",
        c.kw("RUN") + " echo \"shift test: $((1 << 4))\" && test $((8>>1)) -eq 4",
        c.kw("RUN") + " sed -i 's/^#\\s*\\(deb.*partner\\)$/\\1/g' /etc/apt/sources.list || true",
        c.kw("RUN") + " find / -xdev -perm /6000 -type f -exec chmod a-s {} \\; || true",
        c.kw("RUN") + " " + c.cont(["if [ \"$TARGETARCH\" = \"arm64\" ]; then", "ARCH=aarch64;",
                                     "else ARCH=x86_64; fi", "&& echo \"$ARCH\" > /arch"]),
        c.kw("RUN") + " " + c.cont(["for f in /docker-entrypoint.d/*.sh; do", "chmod +x \"$f\";", "done"]),
        c.kw("RUN") + " cat /etc/os-release | grep -i pretty_name | cut -d= -f2",
        c.kw("RUN") + " wget -O- https://example.com/key.asc | gpg --dearmor > /usr/share/keyrings/example.gpg",
        c.kw("RUN") + " chmod 0755 /usr/local/bin/docker-entrypoint.sh",
        c.kw("RUN") + " echo 'export PS1=\"[\\u@\\h \\W]\\$ \"' >> /etc/profile",
        c.kw("RUN") + " printf '%s\\n' \"net.core.somaxconn=1024\" > /etc/sysctl.d/99-app.conf",
        c.kw("RUN") + "\t" + "true",
        c.kw("RUN") + ' ["apt-get", "install", "-y", ' + e + "\n" + c.ind + '"--no-install-recommends", "curl"]',
        c.kw("RUN") + " --mount=type=cache,id=apt-" + "${TARGETARCH}" + ",target=/var/cache/apt,uid=0,gid=0,mode=0755 apt-get update",
        c.kw("RUN") + " echo 'JAVA_TOOL_OPTIONS=-Dfile.encoding=UTF-8' >> /etc/environment",
        c.kw("RUN") + " " + e + "\n" + c.ind + "echo continued-from-an-empty-first-line",
    ]
    return rng.choice(choices)


def run_heredoc(c):
    """RUN/COPY heredocs in their BuildKit forms."""
    rng = c.rng
    style = rng.randrange(13)
    if style == 10:
        return (c.kw("RUN") + " <<FILE1 cat > /file1 && <<FILE2 cat > /file2\nI am\nfirst\nFILE1\n"
                "I am\nsecond\nFILE2")
    if style == 11:
        return (c.kw("RUN") + " <<EOT\n#!/usr/bin/env python3\nprint(\"hello world\")\nEOT")
    if style == 12:
        return (c.kw("COPY") + " --chown=app:app --chmod=0600 <<-EOT /home/app/.netrc\n"
                "\tmachine example.com\n\tlogin ${NETRC_USER:-ci}\n\tEOT")
    if style == 0:
        return (c.kw("RUN") + " <<EOF\nset -eux\napt-get update\napt-get install -y --no-install-recommends curl\n"
                "rm -rf /var/lib/apt/lists/*\nEOF")
    if style == 1:
        return (c.kw("RUN") + " <<-EOT\n\tset -e\n\techo \"tabs are stripped\"\n\t\tmkdir -p /srv/app\n\tEOT")
    if style == 2:
        return (c.kw("RUN") + " <<'EOF'\necho \"$HOME is not expanded by the builder\"\n"
                "for i in 1 2 3; do echo \"$i\"; done\nEOF")
    if style == 3:
        return (c.kw("RUN") + " python3 <<EOF\nimport json, sys\nprint(json.dumps({'ok': True}))\n"
                "with open('/tmp/x', 'w') as f:\n    f.write('hello\\n')\nEOF")
    if style == 4:
        return (c.kw("RUN") + " --mount=type=cache,target=/var/cache/apk " + c.esc + "\n" + c.ind + "<<EOF\n"
                "apk add --no-cache curl jq\n# a comment in the script\nif true; then echo ok; fi\nEOF")
    if style == 5:
        return (c.kw("COPY") + " <<EOF /etc/nginx/conf.d/default.conf\nserver {\n    listen 8080;\n"
                "    location / {\n        root /usr/share/nginx/html;\n    }\n}\nEOF")
    if style == 6:
        return (c.kw("COPY") + " --chmod=0755 <<\"EOF\" /usr/local/bin/entrypoint.sh\n#!/bin/sh\nset -e\n"
                "exec \"$@\"\nEOF")
    if style == 7:
        return (c.kw("COPY") + " <<robots.txt <<humans.txt /usr/share/nginx/html/\n"
                "User-agent: *\nDisallow: /admin\nrobots.txt\n/* TEAM */\nDeveloper: Jane\nhumans.txt")
    if style == 8:
        return (c.kw("RUN") + " cat <<EOF > /etc/app/config.yaml && chmod 0644 /etc/app/config.yaml\n"
                "listen: 0.0.0.0:8080\nlog_level: ${LOG_LEVEL:-info}\nEOF")
    return (c.kw("RUN") + " bash <<'SCRIPT'\nset -euo pipefail\ndeclare -A m=([a]=1)\n"
            "echo \"${m[a]}\" \\\n  | tee /tmp/out\nSCRIPT")


# ---------------------------------------------------------------------------
# other instructions
# ---------------------------------------------------------------------------

def labels(c):
    rng = c.rng
    items = [
        'org.opencontainers.image.title="%s"' % rng.choice(WORDS),
        'org.opencontainers.image.source="https://github.com/acme/%s"' % rng.choice(WORDS),
        'org.opencontainers.image.version="${VERSION:-0.0.0-dev}"',
        'org.opencontainers.image.licenses="Apache-2.0"',
        'maintainer="Platform Team <platform@example.com>"',
        '"com.example.vendor"="ACME Incorporated"',
        'com.example.label-with-value="foo"',
        'description="This text illustrates ' + c.esc + '\n' + c.ind + 'that label-values can span multiple lines."',
        'version=1.0',
    ]
    chosen = pick(rng, items, 1, 4)
    style = rng.randrange(3)
    if style == 0:
        return [c.kw("LABEL") + " " + " ".join(chosen)]
    if style == 1:
        return [c.kw("LABEL") + " " + c.cont(chosen)]
    return [c.kw("LABEL") + " " + x for x in chosen]


def env_block(c, lang):
    rng = c.rng
    out = []
    style = rng.randrange(5)
    if lang == "python":
        base = ["PYTHONDONTWRITEBYTECODE=1", "PYTHONUNBUFFERED=1", "PIP_NO_CACHE_DIR=off",
                "PIP_DISABLE_PIP_VERSION_CHECK=on", 'PATH="/opt/venv/bin:$PATH"']
    elif lang == "node":
        base = ["NODE_ENV=production", "NPM_CONFIG_LOGLEVEL=warn", "PORT=${PORT:-3000}"]
    elif lang == "go":
        base = ["CGO_ENABLED=0", "GOFLAGS=-mod=readonly", "GOPROXY=${GOPROXY:-https://proxy.golang.org,direct}"]
    elif lang == "java":
        base = ['JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+UseG1GC"', "MAVEN_CONFIG=/root/.m2"]
    else:
        base = ["LANG=C.UTF-8", "TZ=${TZ:-Etc/UTC}", "DEBIAN_FRONTEND=noninteractive"]
    if style == 0:
        out.append(c.kw("ENV") + " " + " ".join(base))
    elif style == 1:
        out.append(c.kw("ENV") + " " + c.cont(base))
    elif style == 2:
        for b in base:
            k, v = b.split("=", 1)
            out.append(c.kw("ENV") + " " + k + " " + v.strip('"'))  # legacy form
    elif style == 3:
        out.extend(c.kw("ENV") + " " + b for b in base)
    else:
        out.append(c.kw("ENV") + ' MY_NAME="John Doe" MY_DOG=Rex' + c.esc + ' The' + c.esc +
                   ' Dog MY_CAT=fluffy EMPTY="" ALSO_EMPTY=')
        out.append(c.kw("ENV") + " APP_HOME=/srv/app HOME_BIN=${APP_HOME}/bin LOG_DIR=${LOG_DIR:-/var/log/app}")
    return out


def healthcheck(c):
    rng = c.rng
    flags = pick(rng, [rng.choice(["--interval=30s", "--interval=1m30s", "--interval=5m"]), "--timeout=3s",
                       "--start-period=10s", "--retries=3", "--start-interval=2s"], 0, 3)
    f = (" ".join(flags) + " ") if flags else ""
    style = rng.randrange(6)
    if style == 0:
        return c.kw("HEALTHCHECK") + " NONE"
    if style == 1:
        return c.kw("HEALTHCHECK") + " " + f + "CMD curl -fsS http://localhost:${PORT:-8080}/healthz || exit 1"
    if style == 2:
        return c.kw("HEALTHCHECK") + " " + f + 'CMD ["wget", "-qO-", "http://127.0.0.1:8080/health"]'
    if style == 3:
        return c.kw("HEALTHCHECK") + " " + c.cont(flags + ["CMD pg_isready -U postgres"]) if flags else \
            c.kw("HEALTHCHECK") + " CMD pg_isready -U postgres"
    if style == 4:
        return c.kw("HEALTHCHECK") + " " + f + 'CMD ["/app/healthcheck"]'
    return c.kw("HEALTHCHECK") + " " + f + "cmd nc -z localhost 6379"


def cmd_entry(c, lang):
    rng = c.rng
    out = []
    if lang == "python":
        opts = ['CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]',
                'CMD ["python", "-m", "app"]', "CMD python manage.py runserver 0.0.0.0:8000",
                'ENTRYPOINT ["uvicorn", "main:app"]\n' + c.kw("CMD") + ' ["--host", "0.0.0.0", "--port", "8000"]']
    elif lang == "node":
        opts = ['CMD ["node", "server.js"]', 'CMD ["npm", "start"]', "CMD node dist/index.js",
                'ENTRYPOINT ["/sbin/tini", "--"]\n' + c.kw("CMD") + ' ["node", "index.js"]',
                'ENTRYPOINT ["docker-entrypoint.sh"]\n' + c.kw("CMD") + ' [ "node" , "app.js" ]']
    elif lang == "java":
        opts = ['ENTRYPOINT ["java", "-jar", "/app/app.jar"]', "ENTRYPOINT exec java $JAVA_OPTS -jar /app/app.jar",
                'CMD ["java", "-XX:+UseContainerSupport", "-cp", "/app/lib/*", "com.example.Main"]']
    elif lang == "nginx":
        opts = ['CMD ["nginx", "-g", "daemon off;"]', "CMD nginx -g 'daemon off;'"]
    else:
        opts = ['ENTRYPOINT ["/app"]', 'ENTRYPOINT ["/usr/local/bin/app"]\n' + c.kw("CMD") + ' ["--help"]',
                "CMD [\"/bin/sh\", \"-c\", \"exec /app --port=${PORT}\"]", "CMD [\"sh\", \"-c\", \"echo \\u00e9t\\u00e9 && sleep infinity\"]",
                "ENTRYPOINT []\n" + c.kw("CMD") + " []", "CMD /usr/local/bin/app serve",
                "CMD ['/usr/local/bin/app', 'serve']", "ENTRYPOINT /usr/local/bin/app --config /etc/app/config.yaml"]
    choice = rng.choice(opts)
    first, _, rest = choice.partition(" ")
    out.append(c.kw(first) + " " + rest)
    return out


def copy_idioms(c, lang, prev_stage):
    rng = c.rng
    out = []
    if lang == "node":
        out.append(c.kw("COPY") + " " + rng.choice(["package*.json ./", "package.json package-lock.json ./",
                                                    "--chown=node:node package.json yarn.lock ./",
                                                    '["package.json", "pnpm-lock.yaml", "./"]']))
    elif lang == "python":
        out.append(c.kw("COPY") + " " + rng.choice(["requirements.txt .", "--chown=1000:1000 requirements*.txt /app/",
                                                    "pyproject.toml poetry.lock ./"]))
    elif lang == "go":
        out.append(c.kw("COPY") + " " + rng.choice(["go.mod go.sum ./", "--link go.* ./"]))
    elif lang == "java":
        out.append(c.kw("COPY") + " " + rng.choice(["pom.xml .", "build.gradle settings.gradle ./",
                                                    "--chown=gradle:gradle . /home/gradle/src"]))
    extra = [
        "COPY . .",
        "COPY --chown=app:app . /app",
        "COPY --chmod=755 scripts/ /usr/local/bin/",
        "COPY --exclude=*.md --exclude=docs/ . /src",
        "COPY --link --chown=1001:0 --chmod=g=u ./config /etc/app/",
        "COPY [\"src/my file.txt\", \"/app/my file.txt\"]",
        "COPY --parents ./x/a.txt ./y/a.txt /no_parents/",
        "ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini",
        "ADD --checksum=" + DIGESTS[rng.randrange(len(DIGESTS))] + " https://mirrors.edge.kernel.org/pub/linux/kernel/Historic/linux-0.01.tar.gz /",
        "ADD --chown=55:mygroup files* /somedir/",
        "ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.10.1 /buildkit",
        "ADD rootfs.tar.xz /",
        "ADD --link --chmod=0644 https://example.com/ca.pem /usr/local/share/ca-certificates/ca.crt",
        "COPY ./entrypoint.sh /docker-entrypoint.sh",
        "COPY --from=nginx:1.27-alpine /etc/nginx/nginx.conf /etc/nginx/nginx.conf",
    ]
    if prev_stage:
        extra.append("COPY --from=0 /out/ /opt/out/")
        extra.append("COPY --from=" + prev_stage + " /out/ /usr/local/bin/")
        extra.append("COPY --from=" + prev_stage + " --chown=nonroot:nonroot --link /app /app")
    for x in pick(rng, extra, 1, 3):
        k, _, rest = x.partition(" ")
        out.append(c.kw(k) + " " + rest)
    return out


# ---------------------------------------------------------------------------
# stages and files
# ---------------------------------------------------------------------------

LANGS = {
    "debian": (DEBIAN, "debian", "generic"), "ubuntu": (UBUNTU, "debian", "generic"),
    "alpine": (ALPINE, "alpine", "generic"), "rhel": (RHEL, "rhel", "generic"),
    "node": (NODE, None, "node"), "python": (PYTHON, None, "python"), "golang": (GOLANG, None, "go"),
    "nginx": (NGINX, None, "nginx"), "java": (JAVA, None, "java"), "rust": (RUST, None, "rust"),
    "registry": (REGISTRY, None, "generic"),
}


def distro_of(image):
    if "alpine" in image or "busybox" in image:
        return "alpine"
    if any(x in image for x in ("fedora", "rocky", "alma", "ubi", "centos", "amazonlinux", "oraclelinux",
                                "corretto")):
        return "rhel"
    return "debian"


def base_ref(c, family, global_args):
    """An image reference, sometimes built from global ARGs, sometimes
    with a digest or a --platform flag."""
    rng = c.rng
    images = LANGS[family][0]
    img = rng.choice(images)
    r = rng.random()
    if r < 0.12:
        img = img.split("@")[0] + "@" + rng.choice(DIGESTS)
    elif r < 0.22 and ":" in img.rsplit("/", 1)[-1]:
        img = img + "@" + rng.choice(DIGESTS)
    elif r < 0.34:
        name, _, tag = img.rpartition(":") if ":" in img.rsplit("/", 1)[-1] else (img, "", "latest")
        var = rng.choice(["BASE_TAG", "VERSION_TAG", "IMAGE_TAG"])
        if rng.random() < 0.5:
            global_args.append(c.kw("ARG") + " " + var + "=" + tag)
            img = name + ":${" + var + "}"
        else:
            img = name + ":${" + var + ":-" + tag + "}"
    elif r < 0.40:
        var = family.upper() + "_IMAGE"
        global_args.append(c.kw("ARG") + " " + var + "=" + img)
        img = rng.choice(["${%s}" % var, "$" + var])
    elif r < 0.42:
        img = "${REGISTRY:-docker.io}/" + ("library/" + img if "/" not in img else img.split("/", 1)[1])
    elif r < 0.45:
        global_args.append(c.kw("ARG") + " REGISTRY=docker.io")
        img = "${REGISTRY}/" + ("library/" + img if "/" not in img else img.split("/", 1)[1])
    flags = ""
    if rng.random() < 0.15:
        flags = rng.choice(["--platform=$BUILDPLATFORM ", "--platform=linux/amd64 ", "--platform=${TARGETPLATFORM} ",
                            "--platform=linux/arm64/v8 "])
    return flags, img


def stage(c, family, name, prev_stage, global_args, final):
    rng = c.rng
    images, distro, lang = LANGS[family]
    flags, img = base_ref(c, family, global_args)
    if distro is None:
        distro = distro_of(rng.choice(images))
    out = []
    frm = c.kw("FROM") + " " + flags + img
    if name:
        frm += " " + rng.choice(["AS", "AS", "as", "As"]) + " " + name
    out.append(frm)
    if rng.random() < 0.3:
        out.append(c.kw("ARG") + " " + rng.choice(['MSG="hello world"', "PORT=8080", "VERSION", "VERSION=1.0.0", "TARGETARCH", "TARGETOS",
                                                    "BUILD_DATE", "GIT_SHA=unknown", "APP_UID=10001 APP_GID=10001"]))
    if rng.random() < 0.4:
        out.extend(labels(c))
    if rng.random() < 0.15:
        out.append(c.kw("MAINTAINER") + " " + rng.choice(["Jane Doe <jane@example.com>", "ops@example.com"]))
    if rng.random() < 0.25 and distro == "debian" and "distroless" not in img:
        out.append(c.kw("SHELL") + ' ["/bin/bash", "-o", "pipefail", "-c"]')
    elif rng.random() < 0.1 and distro == "alpine":
        out.append(c.kw("SHELL") + ' ["/bin/ash", "-eo", "pipefail", "-c"]')
    if rng.random() < 0.6:
        out.extend(env_block(c, lang))
    user_args = rng.random() < 0.25
    if user_args:
        out.append(c.kw("ARG") + " APP_UID=10001")
        out.append(c.kw("ARG") + " APP_USER=app APP_GROUP=app")
    out.append(c.kw("WORKDIR") + " " + rng.choice(["/app", "/src", "/usr/src/app", "/workspace", "${APP_HOME:-/srv/app}",
                                                   "/go/src/github.com/acme/" + rng.choice(WORDS), "/home/node/app"]))
    nrun = rng.randint(1, 4)
    for _ in range(nrun):
        r = rng.random()
        if r < 0.35:
            if distro == "alpine":
                out.append(run_apk(c, rng.random() < 0.3))
            elif distro == "rhel":
                out.append(run_yum(c))
            else:
                out.append(run_apt(c, rng.random() < 0.3))
        elif r < 0.6:
            fn = {"python": run_pip, "node": run_npm, "go": run_go, "java": run_java, "rust": run_rust}.get(lang, run_misc)
            out.append(fn(c))
        elif r < 0.75:
            out.append(run_heredoc(c))
        else:
            out.append(run_misc(c))
    out.extend(copy_idioms(c, lang, prev_stage))
    if final:
        if rng.random() < 0.5:
            out.append(run_user(c, distro))
        if rng.random() < 0.5:
            out.append(c.kw("EXPOSE") + " " + " ".join(pick(rng, PORTS, 1, 3)))
        if rng.random() < 0.3:
            out.append(c.kw("VOLUME") + " " + rng.choice(['["/data"]', '["/var/lib/app", "/var/log/app"]',
                                                          "/data", "/var/cache/nginx /var/run", "${DATA_DIR:-/data}"]))
        if rng.random() < 0.5:
            out.append(healthcheck(c))
        if rng.random() < 0.2:
            out.append(c.kw("STOPSIGNAL") + " " + rng.choice(SIGNALS))
        if rng.random() < 0.12:
            out.append(c.kw("ONBUILD") + " " + rng.choice([
                "COPY . /app/src", "RUN npm install", "ADD . /usr/src/app",
                "RUN /usr/local/bin/python-build --dir /app/src", "ENV APP_BUILT=1",
                "LABEL onbuild=true", "ARG BUILD_NUMBER", "WORKDIR /app", "USER app",
                "COPY --from=build /out /out", "run make install",
                "RUN <<EOF\nset -e\nmake -C /app/src install\nEOF"]))
        if rng.random() < 0.7:
            out.append(c.kw("USER") + " " + rng.choice([u for u in USERS if user_args or "$" not in u]))
        out.extend(cmd_entry(c, lang))
    return out


def scratch_final(c, prev_stage):
    rng = c.rng
    out = [c.kw("FROM") + " scratch"]
    out.append(c.kw("COPY") + " --from=" + prev_stage + " /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/")
    out.append(c.kw("COPY") + " --from=" + prev_stage + " /out/app /app")
    if rng.random() < 0.5:
        out.append(c.kw("USER") + " 65534:65534")
    out.append(c.kw("ENTRYPOINT") + ' ["/app"]')
    return out


def distroless_final(c, prev_stage):
    rng = c.rng
    img = rng.choice(DISTROLESS)
    if rng.random() < 0.4:
        img += "@" + rng.choice(DIGESTS)
    out = [c.kw("FROM") + " " + img]
    out.append(c.kw("COPY") + " --from=" + prev_stage + " --chown=nonroot:nonroot /out/app /app")
    out.append(c.kw("USER") + " nonroot:nonroot")
    if rng.random() < 0.3:
        out.append(c.kw("EXPOSE") + " 8080")
    out.append(c.kw("ENTRYPOINT") + ' ["/app"]')
    return out


def windows_file(c):
    """`# escape=`` ` files written for Windows containers."""
    rng = c.rng
    e = c.esc
    out = [c.kw("FROM") + " mcr.microsoft.com/windows/servercore:" + rng.choice(["ltsc2022", "ltsc2019"])]
    out.append(c.kw("SHELL") + ' ["powershell", "-Command", "$ErrorActionPreference = \'Stop\'; $ProgressPreference = \'SilentlyContinue\';"]')
    out.append(c.kw("ENV") + " APP_HOME=C:\\app")
    out.append(c.kw("WORKDIR") + " " + rng.choice(["C:\\app", "C:\\Program Files\\MyApp", '"C:\\Program Files\\MyApp"']))
    out.append(c.kw("COPY") + " testfile.txt c:\\")
    out.append(c.kw("ADD") + " https://example.com/setup.zip C:\\temp\\setup.zip")
    out.append(c.kw("RUN") + " Expand-Archive -Path C:\\temp\\setup.zip -DestinationPath C:\\tools " + e + "\n" + c.ind +
               "; Remove-Item C:\\temp\\setup.zip -Force")
    out.append(c.kw("RUN") + " " + e + "\n" + c.ind + "# a comment inside the continuation\n" + c.ind +
               "New-Item -ItemType Directory -Path C:\\data -Force ; " + e + "\n" + c.ind +
               "Write-Host 'done'")
    if rng.random() < 0.5:
        out.append(c.kw("RUN") + ' ["cmd", "/S", "/C", "echo hello"]')
    out.append(c.kw("VOLUME") + ' ["C:\\\\data"]')
    out.append(c.kw("EXPOSE") + " 80 443")
    out.append(c.kw("CMD") + ' ["powershell", "-File", "C:\\\\app\\\\start.ps1"]')
    return out


def backtick_linux_file(c):
    """`# escape=`` ` on a Linux image: backtick continues lines and
    backslashes are literal."""
    e = c.esc
    return [
        c.kw("FROM") + " " + c.rng.choice(DEBIAN + UBUNTU),
        c.kw("RUN") + " apt-get update " + e + "\n" + c.ind + "&& apt-get install -y --no-install-recommends curl " + e +
        "\n" + c.ind + "# comment between continued lines\n" + c.ind + "&& rm -rf /var/lib/apt/lists/*",
        c.kw("RUN") + " printf 'a\\tb\\n' > /tmp/tab.txt",
        c.kw("COPY") + " <<EOF /etc/motd\nbackslash \\ stays literal\nEOF",
        c.kw("ENV") + " GREETING=hello" + e + " world",
        c.kw("WORKDIR") + " /app",
        c.kw("CMD") + ' ["cat", "/etc/motd"]',
    ]


def header(rng, esc):
    lines = []
    r = rng.random()
    if r < 0.35:
        lines.append(rng.choice(["# syntax=docker/dockerfile:1", "# syntax=docker/dockerfile:1.7",
                                 "#syntax=docker/dockerfile:1.4", "# syntax = docker/dockerfile:1-labs",
                                 "# SYNTAX=docker.io/docker/dockerfile:1.7-labs",
                                 "# syntax=docker/dockerfile:1@" + rng.choice(DIGESTS)]))
    if rng.random() < 0.1:
        lines.append(rng.choice(["# check=skip=JSONArgsRecommended", "# check=error=true",
                                 "# check=skip=StageNameCasing,FromAsCasing;error=true"]))
    if esc == "`":
        lines.append(rng.choice(["# escape=`", "#escape=`", "# escape = `"]))
    elif rng.random() < 0.1:
        lines.append("# escape=\\")
    if lines and rng.random() < 0.5:
        lines.append("")
    if rng.random() < 0.4:
        lines.append(rng.choice(["# Build: docker build -t acme/app .", "# Maintained by the platform team",
                                 "#", "# " + "-" * 60]))
    return lines


def one_file(rng, idx):
    """Returns (relative path, bytes) of one Dockerfile."""
    r = rng.random()
    esc = "`" if r < 0.06 else "\\"
    kwcase = rng.choices(["upper", "lower", "mixed", "title"], [80, 8, 8, 4])[0]
    c = Ctx(rng, esc, kwcase)
    parts = header(rng, esc)
    global_args = []
    body = []
    kind = "windows"
    if esc == "`":
        if rng.random() < 0.5:
            body = windows_file(c)
        else:
            body = backtick_linux_file(c)
            kind = "backtick"
    else:
        if rng.random() < 0.25:
            global_args.append(c.kw("ARG") + " " + rng.choice(["VERSION=1.4.2", "VERSION", "APP_ENV=production",
                                                                "GO_VERSION=1.22 NODE_VERSION=20"]))
        nstages = rng.choices([1, 2, 3, 4], [35, 40, 20, 5])[0]
        families = list(LANGS)
        prev = None
        names = []
        for s in range(nstages):
            final = s == nstages - 1
            fam = rng.choice(families)
            if final and nstages > 1 and rng.random() < 0.35:
                body.append("")
                body.extend(scratch_final(c, prev) if rng.random() < 0.4 else distroless_final(c, prev))
                kind = "multi"
                break
            name = None
            if not final or rng.random() < 0.3:
                name = rng.choice(["build", "builder", "deps", "base", "runtime", "test", "compile",
                                   "assets", "Build-Env", "prod"]) + ("" if s == 0 else str(s))
                names.append(name)
            if body:
                body.append("")
            if rng.random() < 0.3:
                body.append("# --- stage %d: %s ---" % (s + 1, fam))
            body.extend(stage(c, fam, name, prev, global_args, final))
            prev = name.lower() if name else prev
            kind = fam
        if nstages > 1 and rng.random() < 0.2 and names:
            # a stage built FROM an earlier stage
            body.append("")
            body.append(c.kw("FROM") + " " + names[0].lower() + " " + c.kw("AS") + " final-from-stage")
            body.append(c.kw("RUN") + " echo inherits the environment of " + names[0])
    lines = parts + global_args + ([""] if global_args and rng.random() < 0.6 else []) + body
    if rng.random() < 0.05:
        lines = ["  " + l if l and not l.startswith("#") and not l[0].isspace() and "\n" not in l else l for l in lines]
    text = "\n".join(lines)
    if rng.random() < 0.9:
        text += "\n"
    if rng.random() < 0.08:
        text += "\n\n# trailing comment\n"
    if rng.random() < 0.07:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if rng.random() < 0.02:
        data = b"\xef\xbb\xbf" + data
    fname = rng.choices(["Dockerfile", "Containerfile", "Dockerfile.prod", "Dockerfile.dev",
                         "app.Dockerfile", "build.Containerfile", "dockerfile"], [60, 8, 8, 8, 6, 5, 5])[0]
    d = "%05d-%s-%s" % (idx, kind, rng.choice(WORDS))
    return os.path.join(d, fname), data


def main(argv):
    if len(argv) < 2 or len(argv) > 4:
        sys.stderr.write("usage: generate.py OUTDIR [COUNT] [SEED]\n")
        return 2
    outdir = argv[1]
    count = int(argv[2]) if len(argv) > 2 else 600
    seed = int(argv[3]) if len(argv) > 3 else 20241123
    rng = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    for i in range(count):
        rel, data = one_file(rng, i)
        path = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    print("%d Dockerfiles in %s" % (count, outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
