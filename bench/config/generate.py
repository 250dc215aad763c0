#!/usr/bin/env python3
"""Deterministic generator of container run configurations for bench/config.

    generate.py OUTDIR [K8S_DOCS] [K8S_FILES] [COMPOSE_FILES] [SEED]

Writes K8S_DOCS (default 10000) Kubernetes documents split over K8S_FILES
(default 10) multi-document files OUTDIR/k8s/manifests-NN.yaml, and
COMPOSE_FILES (default 1000) compose files OUTDIR/compose/NNNN/compose.yaml.
The same arguments always produce byte-identical files (python3 standard
library only). The documents look like what clusters and projects run:
Deployments, StatefulSets, DaemonSets, Jobs, CronJobs and Pods with one to
three containers (init containers too), security contexts from hardened to
careless, resources, environment, probes, volumes (hostPath among them),
and the Services and ConfigMaps that sit between them in real manifests.
"""
import os
import random
import sys

IMAGES = ["nginx:1.27-alpine", "registry.example.com/acme/api:2.4.1", "redis:7.2", "postgres:16",
          "ghcr.io/acme/worker:v1.9.0", "busybox:1.36", "python:3.12-slim", "node:20-alpine",
          "quay.io/prometheus/node-exporter:v1.8.1", "gcr.io/distroless/static-debian12:nonroot",
          "registry.example.com/acme/api@sha256:" + "3f1c8e6e0b0a7c5d" * 4, "memcached:latest", "traefik"]
CAPS = ["NET_ADMIN", "SYS_ADMIN", "NET_BIND_SERVICE", "CHOWN", "SYS_PTRACE", "SYS_TIME", "NET_RAW", "ALL"]
HOSTPATHS = ["/var/log", "/var/run/docker.sock", "/", "/etc", "/proc", "/data/app", "/run/containerd/containerd.sock"]
ENV = [("LOG_LEVEL", "info"), ("PORT", "8080"), ("DB_HOST", "db.internal"), ("DB_PASSWORD", "s3cr3t-Passw0rd-2024"),
       ("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), ("FEATURE_FLAGS", "a,b,c"),
       ("JAVA_OPTS", "-Xmx512m -XX:+UseG1GC"), ("TZ", "UTC")]


def sc_pod(r):
    out = []
    if r.random() < 0.5:
        out.append("runAsNonRoot: true")
    if r.random() < 0.4:
        out.append("runAsUser: %d" % r.choice([0, 1000, 10001, 65532]))
    if r.random() < 0.3:
        out.append("fsGroup: 2000")
    if r.random() < 0.5:
        out.append("seccompProfile:\n  type: %s" % r.choice(["RuntimeDefault", "Unconfined", "RuntimeDefault"]))
    return out


def sc_container(r):
    out = []
    if r.random() < 0.6:
        out.append("allowPrivilegeEscalation: %s" % r.choice(["false", "false", "true"]))
    if r.random() < 0.1:
        out.append("privileged: true")
    if r.random() < 0.5:
        out.append("readOnlyRootFilesystem: %s" % r.choice(["true", "true", "false"]))
    if r.random() < 0.5:
        caps = ["capabilities:", "  drop: [\"ALL\"]"]
        if r.random() < 0.3:
            caps.append("  add: [%s]" % ", ".join('"%s"' % c for c in r.sample(CAPS, r.randint(1, 2))))
        out.append("\n".join(caps))
    if r.random() < 0.05:
        out.append("procMount: Unmasked")
    return out


def indent(lines, n):
    pad = " " * n
    return "".join(pad + l + "\n" for block in lines for l in block.split("\n"))


def container(r, name, n):
    s = "- name: %s\n  image: %s\n" % (name, r.choice(IMAGES))
    if r.random() < 0.5:
        s += "  imagePullPolicy: %s\n" % r.choice(["Always", "IfNotPresent"])
    if r.random() < 0.6:
        s += "  ports:\n"
        for p in r.sample([80, 443, 8080, 9090, 5432, 6379], r.randint(1, 2)):
            s += "    - containerPort: %d\n" % p
            if r.random() < 0.1:
                s += "      hostPort: %d\n" % p
    if r.random() < 0.7:
        s += "  env:\n"
        for k, v in r.sample(ENV, r.randint(1, 4)):
            s += "    - name: %s\n      value: \"%s\"\n" % (k, v)
        if r.random() < 0.3:
            s += "    - name: TOKEN\n      valueFrom:\n        secretKeyRef:\n          name: api-token\n          key: token\n"
    if r.random() < 0.7:
        s += "  resources:\n    requests:\n      cpu: %s\n      memory: %s\n" % (
            r.choice(["100m", "250m", "0.5", "1"]), r.choice(["64Mi", "128Mi", "1Gi"]))
        if r.random() < 0.7:
            s += "    limits:\n      cpu: %s\n      memory: %s\n" % (r.choice(["500m", "1", "2"]), r.choice(["256Mi", "512Mi", "2Gi"]))
    if r.random() < 0.4:
        s += "  livenessProbe:\n    httpGet:\n      path: /healthz\n      port: 8080\n    initialDelaySeconds: 5\n    periodSeconds: 10\n"
    if r.random() < 0.4:
        s += "  volumeMounts:\n    - name: data\n      mountPath: /data\n"
        if r.random() < 0.3:
            s += "      readOnly: true\n"
    scs = sc_container(r)
    if scs:
        s += "  securityContext:\n" + indent(scs, 4)
    if r.random() < 0.3:
        s += "  command: [\"/bin/sh\", \"-c\"]\n  args: [\"exec /app/server --port=8080 --log-format=json\"]\n"
    return s


def pod_spec(r, n):
    s = ""
    if r.random() < 0.3:
        s += "automountServiceAccountToken: false\n"
    for ns in ("hostNetwork", "hostPID", "hostIPC"):
        if r.random() < 0.04:
            s += "%s: true\n" % ns
    pscs = sc_pod(r)
    if pscs:
        s += "securityContext:\n" + indent(pscs, 2)
    if r.random() < 0.2:
        s += "initContainers:\n" + indent([container(r, "init-%d" % n, n)], 2)
    s += "containers:\n"
    for i in range(r.choice([1, 1, 1, 2, 3])):
        s += indent([container(r, "app-%d-%d" % (n, i), n)], 2)
    if r.random() < 0.5:
        s += "volumes:\n  - name: data\n"
        if r.random() < 0.3:
            s += "    hostPath:\n      path: %s\n" % r.choice(HOSTPATHS)
        else:
            s += "    emptyDir: {}\n"
    if r.random() < 0.2:
        s += "nodeSelector:\n  kubernetes.io/os: linux\ntolerations:\n  - key: dedicated\n    operator: Equal\n    value: batch\n    effect: NoSchedule\n"
    return s


def meta(r, kind, n):
    s = "metadata:\n  name: %s-%d\n  namespace: %s\n" % (kind.lower(), n, r.choice(["default", "prod", "batch", "monitoring"]))
    s += "  labels:\n    app.kubernetes.io/name: svc-%d\n    app.kubernetes.io/part-of: shop\n" % (n % 97)
    if r.random() < 0.3:
        s += "  annotations:\n    prometheus.io/scrape: \"true\"\n    prometheus.io/port: \"9090\"\n"
    return s


def k8s_doc(r, n):
    kind = r.choice(["Deployment"] * 5 + ["StatefulSet", "DaemonSet", "Job", "CronJob", "Pod", "Pod", "Service", "ConfigMap"])
    api = {"Deployment": "apps/v1", "StatefulSet": "apps/v1", "DaemonSet": "apps/v1", "Job": "batch/v1",
           "CronJob": "batch/v1", "Pod": "v1", "Service": "v1", "ConfigMap": "v1"}[kind]
    s = "apiVersion: %s\nkind: %s\n" % (api, kind) + meta(r, kind, n)
    if kind == "Service":
        return s + "spec:\n  selector:\n    app.kubernetes.io/name: svc-%d\n  ports:\n    - port: 80\n      targetPort: 8080\n" % (n % 97)
    if kind == "ConfigMap":
        return s + "data:\n  app.properties: |\n    mode=production\n    workers=%d\n  LOG_LEVEL: info\n" % r.randint(1, 16)
    spec = pod_spec(r, n)
    if kind == "Pod":
        return s + "spec:\n" + indent([spec], 2)
    tmpl = "template:\n  metadata:\n    labels:\n      app.kubernetes.io/name: svc-%d\n  spec:\n" % (n % 97) + indent([spec], 4)
    if kind == "Job":
        tmpl = tmpl.replace("  spec:\n", "  spec:\n    restartPolicy: OnFailure\n", 1)
    if kind == "CronJob":
        body = "schedule: \"*/15 * * * *\"\njobTemplate:\n  spec:\n" + indent([tmpl], 4)
    elif kind in ("Deployment", "StatefulSet"):
        body = "replicas: %d\nselector:\n  matchLabels:\n    app.kubernetes.io/name: svc-%d\n" % (r.randint(1, 5), n % 97) + tmpl
    else:
        body = "selector:\n  matchLabels:\n    app.kubernetes.io/name: svc-%d\n" % (n % 97) + tmpl
    return s + "spec:\n" + indent([body], 2)


def compose_service(r, name):
    s = "  %s:\n    image: %s\n" % (name, r.choice(IMAGES))
    if r.random() < 0.3:
        s += "    build:\n      context: ./%s\n      dockerfile: Dockerfile\n" % name
    if r.random() < 0.6:
        s += "    ports:\n"
        for p in r.sample(["80:80", "127.0.0.1:8080:8080", "443:443", "9090", "5432:5432", "0.0.0.0:6379:6379"], r.randint(1, 2)):
            s += "      - \"%s\"\n" % p
    if r.random() < 0.6:
        s += "    environment:\n"
        for k, v in r.sample(ENV, r.randint(1, 4)):
            s += "      %s: \"%s\"\n" % (k, v)
        if r.random() < 0.3:
            s += "      IMAGE_TAG: ${TAG:-latest}\n"
    if r.random() < 0.5:
        s += "    volumes:\n"
        for v in r.sample(["./data:/data", "/var/run/docker.sock:/var/run/docker.sock:ro", "logs:/var/log/app",
                           "/etc/localtime:/etc/localtime:ro", "/:/host:rshared"], r.randint(1, 2)):
            s += "      - %s\n" % v
    if r.random() < 0.1:
        s += "    privileged: true\n"
    if r.random() < 0.2:
        s += "    cap_add: [%s]\n" % ", ".join(r.sample(CAPS, r.randint(1, 2)))
    if r.random() < 0.4:
        s += "    cap_drop: [ALL]\n"
    if r.random() < 0.3:
        s += "    security_opt:\n      - %s\n" % r.choice(["no-new-privileges:true", "seccomp=unconfined", "apparmor=unconfined", "label=disable"])
    if r.random() < 0.3:
        s += "    read_only: %s\n" % r.choice(["true", "false"])
    if r.random() < 0.3:
        s += "    user: \"%s\"\n" % r.choice(["1000:1000", "root", "app", "0"])
    if r.random() < 0.05:
        s += "    network_mode: host\n"
    if r.random() < 0.5:
        s += "    deploy:\n      resources:\n        limits:\n          cpus: \"%s\"\n          memory: %s\n" % (
            r.choice(["0.5", "1", "2"]), r.choice(["256M", "512m", "1g"]))
    if r.random() < 0.3:
        s += "    mem_limit: 512m\n    pids_limit: 200\n"
    if r.random() < 0.5:
        s += "    restart: %s\n" % r.choice(["always", "unless-stopped", "on-failure:5", "no"])
    if r.random() < 0.4:
        s += "    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost/\"]\n      interval: 30s\n      retries: 3\n"
    if r.random() < 0.3:
        s += "    depends_on:\n      - db\n"
    return s


def compose_file(r, n):
    s = "# project %d\n" % n
    if r.random() < 0.2:
        s += "x-common: &common\n  restart: unless-stopped\n  logging:\n    driver: json-file\n\n"
    s += "services:\n"
    names = ["web", "api", "worker", "db", "cache", "proxy", "scheduler"]
    for name in r.sample(names, r.randint(1, 6)):
        s += compose_service(r, name)
    if r.random() < 0.5:
        s += "volumes:\n  logs: {}\n  data:\n    driver: local\n"
    if r.random() < 0.3:
        s += "networks:\n  default:\n    name: net-%d\n" % n
    return s


def main():
    out = sys.argv[1]
    k8s_docs = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    k8s_files = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    compose_files = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 20241123
    r = random.Random(seed)
    os.makedirs(os.path.join(out, "k8s"), exist_ok=True)
    per = (k8s_docs + k8s_files - 1) // k8s_files
    n = 0
    for f in range(k8s_files):
        with open(os.path.join(out, "k8s", "manifests-%02d.yaml" % f), "w") as fh:
            for _ in range(min(per, k8s_docs - n)):
                fh.write("---\n" + k8s_doc(r, n))
                n += 1
    for c in range(compose_files):
        d = os.path.join(out, "compose", "%04d" % c)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "compose.yaml"), "w") as fh:
            fh.write(compose_file(r, c))
    print("%d Kubernetes documents in %d files, %d compose files" % (n, k8s_files, compose_files))


if __name__ == "__main__":
    main()
