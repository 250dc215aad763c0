#!/usr/bin/env python3
"""Rule cases for `bulkhead scan`: each case is a small docker-archive built
here (nothing binary is committed) and the exact findings it must produce,
as "RULE OBJECT" pairs, with optional substrings its messages must hold.
Every check has cases that must fire and near misses that must not.

Usage: scan_cases.py BULKHEAD OUTDIR
Only the Python standard library is used.
"""
import datetime
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile

BULKHEAD, OUT = sys.argv[1], sys.argv[2]
RECENT = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=10)).strftime("%Y-%m-%dT%H:%M:%SZ")


def sha(b):
    return hashlib.sha256(b).hexdigest()


def F(name, data=b"", mode=0o644, pax=None):
    t = tarfile.TarInfo(name)
    t.mtime, t.mode, t.size, t.type = 0, mode, len(data), tarfile.REGTYPE
    if pax:
        t.pax_headers = dict(pax)
    return t, data


def D(name, mode=0o755):
    t = tarfile.TarInfo(name)
    t.mtime, t.mode, t.type = 0, mode, tarfile.DIRTYPE
    return t, b""


def L(name, target):
    t = tarfile.TarInfo(name)
    t.mtime, t.mode, t.type, t.linkname = 0, 0o777, tarfile.SYMTYPE, target
    return t, b""


def layer(entries):
    bio = io.BytesIO()
    with tarfile.open(fileobj=bio, mode="w", format=tarfile.PAX_FORMAT) as tf:
        for t, data in entries:
            tf.addfile(t, io.BytesIO(data) if t.isreg() else None)
    return bio.getvalue()


def image(path, layers, **cfg):
    """A docker-archive whose config is clean unless cfg says otherwise."""
    blobs = [layer(l) for l in layers]
    c = {
        "User": cfg.get("user", "app"),
        "Env": cfg.get("env", ["PATH=/usr/bin:/bin"]),
        "ExposedPorts": {p: {} for p in cfg.get("ports", [])},
        "Cmd": ["/app/run"],
    }
    hc = cfg.get("healthcheck", ["CMD", "/app/run", "--check"])
    if hc is not None:
        c["Healthcheck"] = {"Test": hc}
    history = [{"created": RECENT, "created_by": h} for h in cfg.get("history", [])]
    history += [{"created": RECENT, "created_by": "COPY . /"} for _ in blobs]
    doc = json.dumps({
        "architecture": "amd64", "os": "linux", "created": cfg.get("created", RECENT), "config": c,
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + (sha(b) if i != cfg.get("bad_diff") else "0" * 64)
                                                  for i, b in enumerate(blobs)]},
        "history": history,
    }, sort_keys=True).encode()
    names = ["%s/layer.tar" % sha(b"%d" % i + b) for i, b in enumerate(blobs)]
    members = list(zip(names, blobs)) + [(sha(doc) + ".json", doc)]
    members.append(("manifest.json", json.dumps([{"Config": sha(doc) + ".json", "RepoTags": ["case:1"],
                                                  "Layers": names}]).encode()))
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tf:
        for n, b in members:
            tf.addfile(F(n, b)[0], io.BytesIO(b))


CASES = []


def case(name, layers, want, scanners="config,secret,fs", messages=(), **cfg):
    CASES.append((name, layers, sorted(want), scanners, messages, cfg))


# Clean config: nothing at all.
case("cfg-clean", [[F("app/run", b"#!/app\n", 0o755)]], [])

# ---- config ----
case("cfg-user-empty", [[F("app/run")]], ["IMG001 config.User"], "config", user="")
case("cfg-user-root-group", [[F("app/run")]], ["IMG001 config.User"], "config", user="root:root")
case("cfg-user-uid0", [[F("app/run")]], ["IMG001 config.User"], "config", user="0:1000")
case("cfg-user-app-group-root", [[F("app/run")]], [], "config", user="app:root")
case("cfg-user-uid", [[F("app/run")]], [], "config", user="10001")
case("cfg-no-healthcheck", [[F("app/run")]], ["IMG002 config.Healthcheck"], "config", healthcheck=None)
case("cfg-healthcheck-none", [[F("app/run")]], ["IMG002 config.Healthcheck"], "config", healthcheck=["NONE"])
case("cfg-ports", [[F("app/run")]], ["IMG003 config.ExposedPorts", "IMG004 config.ExposedPorts"], "config",
     ports=["22/tcp", "443/tcp", "8080/tcp", "2222/tcp", "1024/udp"],
     messages=[("IMG004", "443/tcp")])
case("cfg-env-secrets", [[F("app/run")]], ["IMG005 config.Env", "IMG005 config.Env"], "config",
     env=["PATH=/usr/bin", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8mZkW",
          "SETTINGS=ghp_R8mK2vL9pQ4tX7wZ3nB6cF1dG5hJ0sAeYuIo"],
     messages=[("IMG005", "AWS_SECRET_ACCESS_KEY")])
case("cfg-env-near-misses", [[F("app/run")]], [], "config",
     env=["PASSWORD_FILE=/run/secrets/db", "GPG_KEY=A4A9406876FCBD3C456770C88C718D3B5072E1F5",
          "DB_PASSWORD=changeme", "API_TOKEN=$API_TOKEN", "NODE_VERSION=20.11.1", "PWD=/app",
          "CHECKSUM=3f786850e387550fdab836ed7e6dc881de23001b"])
case("cfg-history", [[F("app/run")]],
     ["IMG006 history[0]", "IMG007 history[1]", "IMG008 history[2]", "IMG009 history[3]"], "config",
     history=["ADD https://example.com/tool.tar.gz /opt/ # buildkit",
              "RUN /bin/sh -c curl -fsSL https://example.com/install.sh | bash",
              "/bin/sh -c apt-get update",
              "RUN |2 NPM_TOKEN=npm_Zq3X9vB7mK2pL8rT4wY6nC1dF5gH0jSaEbUo VERSION=1.2 /bin/sh -c npm ci"],
     messages=[("IMG009", "NPM_TOKEN"), ("IMG009", "npm_****")])
case("cfg-history-command-secret", [[F("app/run")]], ["IMG009 history[0]", "IMG009 history[1]"], "config",
     history=["RUN /bin/sh -c git clone https://bob:Hx7pQ2mZ9vL4@git.example.com/app.git /src",
              "RUN /bin/sh -c curl -H 'Authorization: token ghp_R8mK2vL9pQ4tX7wZ3nB6cF1dG5hJ0sAeYuIo' https://x/",
              "RUN /bin/sh -c echo 3f786850e387550fdab836ed7e6dc881de23001b && git clone https://github.com/a/b"],
     messages=[("IMG009", "ghp_****YuIo"), ("IMG009", "password in a URL")])
case("cfg-history-near-misses", [[F("app/run")]], [], "config",
     history=["/bin/sh -c #(nop) ADD file:4b03b5f551e3fbdf4 in / ",
              "ADD --chown=app app.tar.gz /app/ # buildkit",
              "RUN /bin/sh -c curl -fsSLo /tmp/i.sh https://example.com/i.sh && sha256sum -c i.sha && sh /tmp/i.sh",
              "RUN /bin/sh -c curl -f https://example.com/ || sh -c 'echo offline'",
              "/bin/sh -c apt-get update && apt-get install -y --no-install-recommends ca-certificates",
              "/bin/sh -c apk update && apk add curl",
              "RUN |2 VERSION=1.2.3 DB_PASSWORD=changeme /bin/sh -c make"])
case("cfg-old", [[F("app/run")]], ["IMG010 config.created"], "config", created="2020-01-01T00:00:00Z",
     messages=[("IMG010", "2020-01-01")])
case("cfg-epoch", [[F("app/run")]], [], "config", created="1970-01-01T00:00:00Z")

# ---- end of life ----
def osrel(id_, ver, pretty):
    return ('PRETTY_NAME="%s"\nID=%s\nVERSION_ID="%s"\n' % (pretty, id_, ver)).encode()


case("eol-debian10", [[F("etc/os-release", osrel("debian", "10", "Debian GNU/Linux 10 (buster)"))]],
     ["IMG011 etc/os-release"], "config", messages=[("IMG011", "2024-06-30")])
case("eol-debian13", [[F("etc/os-release", osrel("debian", "13", "Debian GNU/Linux 13 (trixie)"))]], [], "config")
case("eol-alpine-older-than-table", [[F("etc/os-release", osrel("alpine", "3.9.6", "Alpine Linux v3.9"))]],
     ["IMG011 etc/os-release"], "config")
case("eol-symlink", [[D("usr/"), D("usr/lib/"), F("usr/lib/os-release", osrel("ubuntu", "18.04", "Ubuntu 18.04.6 LTS")),
                      D("etc/"), L("etc/os-release", "../usr/lib/os-release")]],
     ["IMG011 etc/os-release"], "config", messages=[("IMG011", "Ubuntu 18.04")])
case("eol-upgraded-later", [[F("etc/os-release", osrel("debian", "10", "Debian 10"))],
                            [F("etc/os-release", osrel("debian", "13", "Debian 13"))]], [], "config")
case("eol-unknown-distro", [[F("etc/os-release", osrel("plan9", "1", "Plan 9"))]], [], "config")

# ---- filesystem ----
case("fs-setuid-setgid-caps", [[F("usr/bin/su", b"x", 0o4755), F("usr/bin/wall", b"x", 0o2755),
                                 F("usr/bin/ping", b"x", 0o755, pax={"SCHILY.xattr.security.capability": "\x01\x00\x00\x02"}),
                                 F("usr/bin/ls", b"x", 0o755), D("var/mail/", 0o2775)]],
     ["IMG012 usr/bin/su", "IMG012 usr/bin/wall", "IMG013 usr/bin/ping"], "fs",
     messages=[("IMG012", "setgid")])
case("fs-setuid-removed-later", [[F("usr/bin/su", b"x", 0o4755)], [F("usr/bin/su", b"x", 0o755)]], [], "fs")
case("fs-world-writable", [[F("srv/open.log", b"", 0o666), D("srv/drop/", 0o777), D("tmp/", 0o1777),
                            F("srv/ok.log", b"", 0o664), D("srv/group/", 0o775)]],
     ["IMG014 srv/open.log", "IMG015 srv/drop"], "fs")
case("fs-leftovers", [[D("app/"), D("app/.git/"), F("app/.git/HEAD", b"ref: refs/heads/main\n"),
                       D("app/vendor/x/.git/"), F("root/.bash_history", b"mysql -u root\n"),
                       F("home/app/.zsh_history", b""), F("var/cache/apt/archives/curl_8.0_amd64.deb", b"x" * 10),
                       F("var/cache/apt/archives/lock"), D("var/cache/apt/archives/partial/"),
                       F("var/lib/apt/lists/lock")]],
     ["IMG017 app/.git", "IMG017 app/vendor/x/.git", "IMG018 root/.bash_history", "IMG019 var/cache/apt/archives"],
     "fs", messages=[("IMG019", "1 file, 10 bytes")])
case("fs-shells", [[F("usr/bin/bash", b"x", 0o755), F("usr/bin/apt-get", b"x", 0o755)]], ["IMG016 -"], "fs",
     messages=[("IMG016", "usr/bin/bash, /usr/bin/apt-get")])
case("fs-anomalies", [[F("/etc/abs", b"x"), F("../../escape", b"x"), L("app/link", "../../../../etc/shadow")]],
     ["IMG030 etc/abs", "IMG030 ../../escape", "IMG030 app/link"], "fs")


def CHR(name):
    t = tarfile.TarInfo(name)
    t.mtime, t.mode, t.type, t.devmajor, t.devminor = 0, 0o600, tarfile.CHRTYPE, 1, 1
    return t, b""


case("fs-anomalies-other", [[F("app/a", b"1"), F("app/a", b"2"), D("dev/"), CHR("dev/mem"), F("app/b", b"x")]],
     ["IMG031 app/a", "IMG032 dev/mem"], "fs", messages=[("IMG031", "duplicate-entry")])

# ---- secrets ----
AWS = b"aws_access_key_id = AKIAZ3MKQ7RT5XW2PLNB\n"
GH = b"token: ghp_R8mK2vL9pQ4tX7wZ3nB6cF1dG5hJ0sAeYuIo\n"
KEY = b"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n"
JWT = b"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV\n"
case("sec-tokens", [[F("app/a.ini", b"[default]\n" + AWS), F("app/b.yml", b"x: 1\n" + GH), F("app/c.key.txt", KEY),
                     F("app/d.http", JWT), F("app/e.conf", b"db = postgres://app:Hx7pQ2mZ9vL4@db:5432/app\n"),
                     F("app/f.py", b"API_KEY = 'Zx8Kq2Lm9Pv4Rt7Wn3Bc6Fd1Gh5Js0Ae'\n")]],
     ["IMG020 app/a.ini", "IMG020 app/b.yml", "IMG020 app/c.key.txt", "IMG020 app/d.http", "IMG020 app/e.conf",
      "IMG020 app/f.py"], "secret",
     messages=[("IMG020", "AWS access key id in /app/a.ini line 2 (layer 1)"), ("IMG020", "AKIA****PLNB"),
               ("IMG020", "private key in /app/c.key.txt line 1")])
case("sec-near-misses", [[F("app/pem.py", b'MARKER = "-----BEGIN RSA PRIVATE KEY-----"\n'),
                          F("app/pub.txt", b"-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n"),
                          F("app/c.conf", b"password = changeme\napi_key = ${API_KEY}\ntoken: <your-token-here>\n"),
                          F("app/sums", b"sha256 = 3f786850e387550fdab836ed7e6dc881de23001b3f786850e387550fdab836ed\n"),
                          F("app/url.txt", b"see https://user:password@example.com/ and https://example.com/a:b@c\n"),
                          F("app/bin", b"\x7fELF\x00\x00" + AWS),
                          F("usr/share/doc/x/README", b"Use AKIAIOSFODNN7EXAMPL for examples only.\n")]],
     [], "secret")
case("sec-deleted-later", [[D("tmp/"), F("tmp/build.txt", GH)], [F("tmp/.wh.build.txt")]],
     ["IMG020 tmp/build.txt"], "secret",
     messages=[("IMG020", "present in layer 1, deleted in layer 2, still extractable")])
case("sec-replaced-later", [[F("app/config.ini", AWS)], [F("app/config.ini", b"aws_access_key_id = \n")]],
     ["IMG020 app/config.ini"], "secret",
     messages=[("IMG020", "present in layer 1, replaced in layer 2, still extractable")])
case("sec-credential-files", [[
    F("root/.npmrc", b"//registry.npmjs.org/:_authToken=npm_Zq3X9vB7mK2pL8rT4wY6nC1dF5gH0jSaEbUo\n"),
    F("root/.docker/config.json", b'{"auths": {"registry.example.com": {"auth": "dXNlcjpzM2NyM3Q="}}}'),
    F("root/.git-credentials", b"https://bob:Hx7pQ2mZ9vL4@git.example.com\n"),
    F("root/.netrc", b"machine api.example.com login bob password Hx7pQ2mZ9vL4\n"),
    F("app/.env", b"export DB_PASSWORD='hunter2-but-longer'\nDEBUG=1\n"),
    F("root/.kube/config", b"users:\n- name: admin\n  user:\n    token: Zx8Kq2Lm9Pv4Rt7Wn3Bc6Fd1Gh5Js0Ae\n"),
    F("root/.aws/credentials", b"[default]\naws_secret_access_key = wJalrXUtnFEMIK7MDENGbPxRfiCYzQ8mZkW\n"),
    F("root/.pypirc", b"[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmcCJDAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMAACKlszLCJ4eHh4eHgiXQAABiAAAAAA\n"),
    F("root/.ssh/id_ed25519", KEY)]],
     ["IMG021 root/.npmrc", "IMG021 root/.docker/config.json", "IMG021 root/.git-credentials", "IMG021 root/.netrc",
      "IMG021 app/.env", "IMG021 root/.kube/config", "IMG021 root/.aws/credentials", "IMG021 root/.pypirc",
      "IMG021 root/.ssh/id_ed25519"], "secret", messages=[("IMG021", "npm credentials (.npmrc): /root/.npmrc (layer 1)")])
case("sec-credential-near-misses", [[
    F("root/.npmrc", b"registry=https://registry.npmjs.org/\n"),
    F("root/.docker/config.json", b'{"auths": {}, "credsStore": "pass"}'),
    F("app/.env.example", b"DB_PASSWORD=\n"),
    F("app/.env", b"DB_PASSWORD=changeme\nPORT=8080\n"),
    F("root/.ssh/id_ed25519.pub", b"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ bob@host\n"),
    F("root/.netrc", b"machine example.com login anonymous\n")]],
     [], "secret")


# Every token shape of core/secret.c once (values are made up), each where a
# configuration file would hold it.
TOKENS = [
    ("aws-temp", b"ASIAZ3MKQ7RT5XW2PLNB", "AWS temporary access key id"),
    ("gho", b"gho_R8mK2vL9pQ4tX7wZ3nB6cF1dG5hJ0sAeYuIo", "GitHub OAuth token"),
    ("github-pat", b"github_pat_11ABCDEFG0R8mK2vL9pQ4tX7wZ3nB6cF1dG5hJ0sAeYuIo_Zx8Kq2Lm9Pv4Rt7Wn3Bc6Fd1Gh5Js0Ae",
     "GitHub fine-grained token"),
    ("gitlab", b"glpat-R8mK2vL9pQ4tX7wZ3nB6", "GitLab personal access token"),
    ("slack-bot", b"xoxb-2468013579-1357924680-R8mK2vL9pQ4tX7wZ3nB6cF1d", "Slack bot token"),
    ("stripe", b"sk_live_R8mK2vL9pQ4tX7wZ3nB6cF1d", "Stripe secret key"),
    ("npm", b"npm_Zq3X9vB7mK2pL8rT4wY6nC1dF5gH0jSaEbUo", "npm access token"),
    ("pypi", b"pypi-AgEIcHlwaS5vcmcCJDAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMAACKlszLCJ4eHh4eHgiXQAABiAAAAAA",
     "PyPI upload token"),
    ("google", b"AIzaSyR8mK2vL9pQ4tX7wZ3nB6cF1dG5hJ0sAeY", "Google API key"),
    ("sendgrid", b"SG.R8mK2vL9pQ4tX7wZ3nB6.cF1dG5hJ0sAeYuIoZx8Kq2Lm9Pv4Rt7Wn3Bc6Fd1Gh5Js0Ae", "SendGrid API key"),
    ("digitalocean", b"dop_v1_" + b"3f786850e387550fdab836ed7e6dc881de23001b3f786850e387550fdab836ed",
     "DigitalOcean token"),
    ("huggingface", b"hf_R8mK2vL9pQ4tX7wZ3nB6cF1dG5hJ0sAeYu", "Hugging Face token"),
]
case("sec-token-kinds", [[F("app/t/%s.conf" % n, b"[auth]\nvalue = " + v + b"\n") for n, v, _ in TOKENS]],
     ["IMG020 app/t/%s.conf" % n for n, _, _ in TOKENS], "secret",
     messages=[("IMG020", "%s in /app/t/%s.conf line 2" % (k, n)) for n, _, k in TOKENS])
# The same prefixes one character short, or glued to a word: no finding.
case("sec-token-kinds-near-misses", [[F("app/t/%s.conf" % n, b"[auth]\nvalue = " + v[:-1] + b"\nx" + v + b"\n")
                                      for n, v, _ in TOKENS if n not in ("github-pat", "gitlab", "slack-bot", "stripe",
                                                                          "pypi", "sendgrid")]],
     [], "secret")
PGP = b"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF4AAAABCADq\n-----END PGP PRIVATE KEY BLOCK-----\n"
case("sec-private-key-kinds", [[F("app/k/pgp.asc", PGP),
                                F("app/k/ec.txt", b"# key\n  -----BEGIN EC PRIVATE KEY-----\r\nMHcCAQEE\n"),
                                F("app/k/pkcs8.txt", b"-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIE\n"),
                                F("app/k/rsa.txt", b"-----BEGIN RSA PRIVATE KEY-----\nMIIE\n")]],
     ["IMG020 app/k/pgp.asc", "IMG020 app/k/ec.txt", "IMG020 app/k/pkcs8.txt", "IMG020 app/k/rsa.txt"], "secret",
     messages=[("IMG020", "private key in /app/k/pgp.asc line 1"), ("IMG020", "private key in /app/k/ec.txt line 2")])
case("sec-private-key-near-misses", [[
    F("app/k/pgp-public.asc", b"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBF4AAAAB\n-----END PGP PUBLIC KEY BLOCK-----\n"),
    F("app/k/doc.md", b"A key file starts with -----BEGIN RSA PRIVATE KEY----- on its own line.\n"),
    F("app/k/cert.pem.txt", b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")]],
     [], "secret")
# A PEM key inside a JSON string (a GCP service-account key file under a
# name no credential-file rule knows), and markers that hold no key.
GCPKEY = (b'{\n  "type": "service_account",\n  "project_id": "demo",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n'
          b'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\\nMzEfYyjiWA4R4\\n'
          b'-----END PRIVATE KEY-----\\n",\n  "client_email": "app@demo.iam.gserviceaccount.com"\n}\n')
case("sec-private-key-in-json", [[F("app/conf/deploy-sa.json", GCPKEY)]],
     ["IMG020 app/conf/deploy-sa.json"], "secret",
     messages=[("IMG020", "private key in /app/conf/deploy-sa.json line 4")])
case("sec-private-key-in-json-near-misses", [[
    F("app/pem.js", b'const HEADER = "-----BEGIN PRIVATE KEY-----\\n";\n'),
    F("app/doc.json", b'{"example": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----"}\n')]],
     [], "secret")
# An Azure storage account key (64 bytes, base64) in a connection string.
AZURE = (b"Zx8Kq2Lm9Pv4Rt7Wn3Bc6Fd1Gh5Js0Ae+R8mK2vL9pQ4tX7wZ3nB6cF1dG5hJ0sAeYuIo/Hx7pQ2mZ9vL4Nb6Vc8X")[:86]
case("sec-azure-storage-key", [[F("app/appsettings.json", b'{\n  "Storage": "DefaultEndpointsProtocol=https;AccountName=app;'
                                  b'AccountKey=' + AZURE + b'==;EndpointSuffix=core.windows.net"\n}\n')]],
     ["IMG020 app/appsettings.json"], "secret",
     messages=[("IMG020", "Azure storage account key in /app/appsettings.json line 2"), ("IMG020", "Acco****")])
case("sec-azure-storage-key-near-misses", [[
    F("app/a.json", b'{"Storage": "DefaultEndpointsProtocol=https;AccountName=app;AccountKey=<account-key>"}\n'),
    F("app/b.json", b'{"Storage": "AccountKey=' + AZURE[:-1] + b'=="}\n'),
    F("app/c.json", b'{"Storage": "UseDevelopmentStorage=true;AccountKey=' + AZURE + b'"}\n')]],
     [], "secret")
# Large files reach the engine in many chunks: lines that straddle chunk
# boundaries, line numbers far into a file, a last line without a newline.
FILLER = b"".join(b"line %06d of ordinary text, nothing to see here\n" % i for i in range(6000))
case("sec-large-files", [[F("app/big.log", FILLER + GH + FILLER + AWS + FILLER),
                          F("app/tail.cfg", FILLER + b"token: ghp_R8mK2vL9pQ4tX7wZ3nB6cF1dG5hJ0sAeYuIo"),
                          F("app/long-line.txt", b"x" * 70000 + b"\n" + b"y " * 40000 + b"\n" + AWS)]],
     ["IMG020 app/big.log", "IMG020 app/big.log", "IMG020 app/tail.cfg", "IMG020 app/long-line.txt"], "secret",
     messages=[("IMG020", "GitHub personal access token in /app/big.log line 6001 "),
               ("IMG020", "GitHub personal access token in /app/tail.cfg line 6001 "),
               ("IMG020", "AWS access key id in /app/big.log line 12002 "),
               ("IMG020", "AWS access key id in /app/long-line.txt line 3 ")])
# Only the first 4096 bytes of a line are looked at; a file whose first block
# holds a NUL byte is a binary.
case("sec-large-files-near-misses", [[F("app/far.txt", b"z" * 5000 + b" " + AWS),
                                      F("app/data.bin", b"\x00" * 100 + FILLER + AWS)]],
     [], "secret")


HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMAS = {"json": os.path.join(HERE, "..", "..", "docs", "schemas", "report-v1.schema.json"),
           "sarif": os.path.join(HERE, "..", "schemas", "sarif-2.1.0.json")}


def schema_errors(fmt, doc):
    """Violations of the published report schemas (none when jsonschema is missing)."""
    try:
        import jsonschema
    except ImportError:
        return []
    with open(SCHEMAS[fmt]) as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    return ["%s: %s" % (fmt, e.message) for e in cls(schema).iter_errors(doc)][:3]


def findings(path, scanners):
    out = {}
    for fmt in ("json", "sarif"):
        r = subprocess.run([BULKHEAD, "scan", "--no-config", "--format", fmt, "--scanners", scanners, path],
                           capture_output=True, text=True)
        if r.returncode not in (0, 1):
            return None, "exit %d: %s" % (r.returncode, r.stderr.strip())
        out[fmt] = json.loads(r.stdout)
        bad = schema_errors(fmt, out[fmt])
        if bad:
            return None, "; ".join(bad)
    return out["json"]["findings"], None


def digest_cases():
    """A layer whose content does not hash to its diff id voids the scan:
    exit 2 naming the layer, and no finding or package from the image, also
    for the last layer, whose digest is still being computed while the image
    is scanned."""
    failed = 0
    secret = b"aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8mZkW\n"
    status = b"Package: tzdata\nStatus: install ok installed\nVersion: 2024a-0+deb12u1\nArchitecture: all\n\n"
    layers = [[F("var/lib/dpkg/status", status)], [F("app/.env", secret)]]
    for bad in (0, 1):
        path = os.path.join(OUT, "digest-mismatch-%d.tar" % bad)
        image(path, layers, bad_diff=bad)
        r = subprocess.run([BULKHEAD, "scan", "--no-config", "--format", "json", "--scanners", "config,secret,fs,pkg",
                            path], capture_output=True, text=True)
        problems = []
        if r.returncode != 2 or "digest-mismatch" not in r.stderr or ("layer %d " % bad) not in r.stderr:
            problems.append("exit %d, stderr %r" % (r.returncode, r.stderr.strip()))
        doc = json.loads(r.stdout) if r.stdout.strip().startswith("{") else {}
        if doc.get("findings") or doc.get("packages"):
            problems.append("results of an image that is not what its digests say: %s" % r.stdout[:300])
        if problems:
            failed += 1
            print("FAIL digest-mismatch-%d:\n    %s" % (bad, "\n    ".join(problems)))
    return failed


def main():
    os.makedirs(OUT, exist_ok=True)
    failed = 0
    for name, layers, want, scanners, messages, cfg in CASES:
        path = os.path.join(OUT, name + ".tar")
        image(path, layers, **cfg)
        # every layer is also a seed for the fuzz_scan_content replay
        os.makedirs(os.path.join(OUT, "layers"), exist_ok=True)
        for i, l in enumerate(layers):
            with open(os.path.join(OUT, "layers", "%s-%d.tar" % (name, i)), "wb") as f:
                f.write(layer(l))
        got, err = findings(path, scanners)
        if err:
            print("FAIL %s: %s" % (name, err))
            failed += 1
            continue
        pairs = sorted("%s %s" % (f["rule"], f.get("object") or "-") for f in got)
        problems = []
        if pairs != want:
            problems.append("want %s\n      got  %s" % (want, pairs))
        for rule, sub in messages:
            texts = [f["message"] + " | " + (f.get("evidence") or "") for f in got if f["rule"] == rule]
            if not any(sub in t for t in texts):
                problems.append("no %s message with %r in %s" % (rule, sub, texts))
        if problems:
            failed += 1
            print("FAIL %s:\n    %s" % (name, "\n    ".join(problems)))
    failed += digest_cases()
    print("%d cases, %d failed" % (len(CASES) + 2, failed))
    sys.exit(1 if failed else 0)


main()
