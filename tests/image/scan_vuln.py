#!/usr/bin/env python3
"""`bulkhead scan` with the pkg and vuln scanners, end to end.

Builds a fixture vulnerability database from the real-format files of
tests/vuln/fixtures (Debian Security Tracker JSON and OSV records), a small
docker-archive whose layers carry a Debian 12 os-release, a dpkg status file
and a distroless-style status.d entry (real bookworm package versions), and
checks:
  - the exact vulnerability findings of `bulkhead scan IMAGE` (package,
    version, id, status, fix, severity, the file and layer the package came
    from) and that they sit next to the image findings in one report;
  - `bulkhead scan --fs DIR` over the same files unpacked and
    `bulkhead scan --sbom FILE` give the matches `bulkhead vuln` gives;
  - the "packages" member reads back with `bulkhead vuln --packages`;
  - without a database: a note and the other scanners by default, exit 2
    when vuln was asked for by name; the vulnerability options.

Usage: scan_vuln.py BULKHEAD WORKDIR
"""
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile

BULKHEAD, WORK = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
FX = os.path.join(HERE, "..", "vuln", "fixtures")
FAILED = []


def check(name, ok, detail=""):
    print("%s: %s%s" % ("ok" if ok else "FAIL", name, "" if ok else "\n    " + detail))
    if not ok:
        FAILED.append(name)


def run(args, env=None):
    e = dict(os.environ)
    e.pop("BULKHEAD_DB", None)
    e["XDG_CACHE_HOME"] = os.path.join(WORK, "cache")  # never the user's database
    e.update(env or {})
    return subprocess.run([BULKHEAD] + args, capture_output=True, text=True, env=e)


OS_RELEASE = b'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n'


def stanza(name, version, source=None, status="install ok installed"):
    s = "Package: %s\nStatus: %s\nPriority: required\nArchitecture: amd64\n" % (name, status)
    if source:
        s += "Source: %s\n" % source
    return s + "Version: %s\nDescription: %s\n\n" % (version, name)


DPKG_STATUS = "".join([
    stanza("libc6", "2.36-9+deb12u4", "glibc"),
    stanza("zlib1g", "1:1.2.13.dfsg-1", "zlib"),
    stanza("perl-base", "5.36.0-7+deb12u1", "perl"),
    stanza("bash", "5.2.15-2+b2", "bash (5.2.15-2)"),
    stanza("tar", "1.34+dfsg-1.2+deb12u1"),
    # removed, only its conffiles are left: not installed, never matched
    stanza("libsystemd0", "252.22-1~deb12u1", "systemd", "deinstall ok config-files"),
]).encode()
# distroless images list packages one file each, without a Status field
STATUS_D = "".join([stanza("libssl3", "3.0.11-1~deb12u2", "openssl")]).replace(
    "Status: install ok installed\n", "").encode()

LAYERS = [
    {"etc/os-release": OS_RELEASE, "var/lib/dpkg/status": DPKG_STATUS, "app/run": b"#!/bin/sh\n"},
    {"var/lib/dpkg/status.d/libssl3": STATUS_D,
     "app/config.ini": b"[aws]\naws_access_key_id = AKIAQYLPMN5HHHFPZPLB\n"},
]

# package version id status fixed severity path layer(0-based)
WANT_IMAGE = sorted([
    "libc6 2.36-9+deb12u4 CVE-2024-2961 fixed 2.36-9+deb12u7 unknown var/lib/dpkg/status 0",
    "libssl3 3.0.11-1~deb12u2 CVE-2023-5678 fixed 3.0.13-1~deb12u1 low var/lib/dpkg/status.d/libssl3 1",
    "libssl3 3.0.11-1~deb12u2 CVE-2023-6129 fixed 3.0.11-1 medium var/lib/dpkg/status.d/libssl3 1",
    "perl-base 5.36.0-7+deb12u1 CVE-2023-31486 will-not-fix - low var/lib/dpkg/status 0",
    "zlib1g 1:1.2.13.dfsg-1 CVE-2023-45853 fixed 1:1.2.13.dfsg-1.1 high var/lib/dpkg/status 0",
])


def tarinfo(name, data, mode=0o644):
    t = tarfile.TarInfo(name)
    t.mtime, t.mode, t.size = 0, mode, len(data)
    return t


def layer_tar(files):
    bio = io.BytesIO()
    with tarfile.open(fileobj=bio, mode="w", format=tarfile.PAX_FORMAT) as tf:
        for name in sorted(files):
            tf.addfile(tarinfo(name, files[name]), io.BytesIO(files[name]))
    return bio.getvalue()


def docker_archive(path, layers):
    blobs = [layer_tar(l) for l in layers]
    sha = lambda b: hashlib.sha256(b).hexdigest()
    created = "2026-01-01T00:00:00Z"
    cfg = json.dumps({
        "architecture": "amd64", "os": "linux", "created": created,
        "config": {"User": "app", "Cmd": ["/app/run"], "Healthcheck": {"Test": ["CMD", "/app/run"]}},
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + sha(b) for b in blobs]},
        "history": [{"created": created, "created_by": "COPY . /"} for _ in blobs],
    }).encode()
    names = ["%s/layer.tar" % sha(b) for b in blobs]
    manifest = json.dumps([{"Config": sha(cfg) + ".json", "RepoTags": ["fixture:1"], "Layers": names}]).encode()
    with tarfile.open(path, "w") as tf:
        for n, b in list(zip(names, blobs)) + [(sha(cfg) + ".json", cfg), ("manifest.json", manifest)]:
            tf.addfile(tarinfo(n, b), io.BytesIO(b))


def matches(report):
    return sorted("%s %s %s %s %s %s %s %s" % (v["package"], v["installed_version"], v["id"], v["status"],
                                              v["fixed_version"] or "-", v["severity"], v["path"],
                                              "-" if v["layer"] is None else v["layer"])
                  for v in report.get("vulnerabilities", []))


def strip_layer(lines):
    return sorted(l.rsplit(" ", 1)[0] for l in lines)


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    db = os.path.join(WORK, "vuln.db")
    osv_zip = os.path.join(WORK, "all.zip")
    with zipfile.ZipFile(osv_zip, "w") as z:
        for n in sorted(os.listdir(os.path.join(FX, "osv"))):
            z.write(os.path.join(FX, "osv", n), n)
    for name, src in (("debian-tracker", os.path.join(FX, "debian-tracker.json")), ("osv", osv_zip)):
        r = run(["db", "import", "-q", "--db", db, "--name", name, src])
        if r.returncode:
            sys.exit("db import %s failed: %s" % (name, r.stderr))

    img = os.path.join(WORK, "image.tar")
    docker_archive(img, LAYERS)

    # ---- the image: every scanner in one report ----
    r = run(["scan", "--no-config", "--format", "json", "--db", db, img])
    check("scan IMAGE exits 1 on findings", r.returncode == 1, "exit %d: %s" % (r.returncode, r.stderr))
    rep = json.loads(r.stdout or "{}")
    check("scan IMAGE: exact vulnerabilities with path and layer", matches(rep) == WANT_IMAGE,
          "want %s\n    got  %s" % (WANT_IMAGE, matches(rep)))
    rules = sorted({f["rule"] for f in rep.get("findings", [])})
    check("vulnerability findings next to the secret finding", "VULN001" in rules and "IMG020" in rules, rules)
    vf = [f for f in rep.get("findings", []) if f["rule"] == "VULN001"]
    check("one VULN001 finding per match", len(vf) == len(WANT_IMAGE), len(vf))
    texts = sorted(f["message"] for f in vf)
    want_msg = "CVE-2023-6129 in libssl3 3.0.11-1~deb12u2 (medium): fixed in 3.0.11-1 " \
               "(/var/lib/dpkg/status.d/libssl3, layer 2)"
    check("finding names the package's file and layer", want_msg in texts, texts)
    check("findings are placed at the image", all(f["location"]["path"] == img for f in vf),
          [f["location"] for f in vf])
    pk = sorted("%s %s %s" % (p["name"], p["version"], p.get("layer")) for p in rep.get("packages", []))
    want_pk = sorted(["bash 5.2.15-2+b2 0", "libc6 2.36-9+deb12u4 0", "libssl3 3.0.11-1~deb12u2 1",
                      "perl-base 5.36.0-7+deb12u1 0", "tar 1.34+dfsg-1.2+deb12u1 0", "zlib1g 1:1.2.13.dfsg-1 0"])
    check("packages member: installed packages with their layers", pk == want_pk, "want %s\n    got  %s" % (want_pk, pk))

    # the packages member is a package list `bulkhead vuln --packages` reads
    pl = os.path.join(WORK, "scan-report.json")
    with open(pl, "w") as f:
        f.write(r.stdout)
    r2 = run(["vuln", "--no-config", "--format", "json", "--db", db, "--packages", pl])
    check("vuln --packages on scan's report: the same matches", matches(json.loads(r2.stdout or "{}")) == WANT_IMAGE,
          r2.stderr)

    # one scanner at a time
    r = run(["scan", "--no-config", "--format", "json", "--db", db, "--scanners", "vuln", img])
    rep = json.loads(r.stdout or "{}")
    check("--scanners vuln: only VULN001, no packages member",
          {f["rule"] for f in rep.get("findings", [])} == {"VULN001"} and "packages" not in rep
          and matches(rep) == WANT_IMAGE, r.stderr)
    r = run(["scan", "--no-config", "--format", "json", "--db", db, "--scanners", "pkg", img])
    rep = json.loads(r.stdout or "{}")
    check("--scanners pkg: packages, no vulnerabilities",
          r.returncode == 0 and not rep.get("findings") and "vulnerabilities" not in rep
          and len(rep.get("packages", [])) == 6, "exit %d %s" % (r.returncode, r.stderr))
    r = run(["scan", "--no-config", "--format", "json", "--db", db, "--scanners", "secret", img])
    rep = json.loads(r.stdout or "{}")
    check("--scanners secret: no package work", "packages" not in rep and "vulnerabilities" not in rep
          and {f["rule"] for f in rep.get("findings", [])} == {"IMG020"}, r.stdout[:300])

    # options shared with `bulkhead vuln`
    r = run(["scan", "--no-config", "--format", "json", "--scanners", "vuln", "--ignore-unfixed",
             "--severity", "medium,high,unknown", img], {"BULKHEAD_DB": db})
    want = [l for l in WANT_IMAGE if " will-not-fix " not in l and " low " not in l]
    got = matches(json.loads(r.stdout or "{}"))
    check("BULKHEAD_DB, --ignore-unfixed, --severity", got == want, "want %s\n    got  %s" % (want, got))
    vex = os.path.join(WORK, "vex.json")
    with open(vex, "w") as f:
        json.dump({"@context": "https://openvex.dev/ns/v0.2.0", "@id": "https://example.com/vex/1",
                   "author": "fixture", "timestamp": "2026-01-01T00:00:00Z", "version": 1,
                   "statements": [{"vulnerability": {"name": "CVE-2023-45853"},
                                   "products": [{"@id": "pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?arch=amd64&distro=debian-12"}],
                                   "status": "not_affected", "justification": "vulnerable_code_not_in_execute_path"}]},
                  f)
    r = run(["scan", "--no-config", "--format", "json", "--db", db, "--scanners", "vuln", "--vex", vex, img])
    got = matches(json.loads(r.stdout or "{}"))
    want = [l for l in WANT_IMAGE if "CVE-2023-45853" not in l]
    check("--vex not_affected drops the zlib match", got == want, "want %s\n    got  %s\n    %s" % (want, got, r.stderr))
    r = run(["scan", "--no-config", "--db", db, "--severity", "bogus", img])
    check("--severity with an unknown word: exit 2", r.returncode == 2 and "--severity" in r.stderr, r.stderr)

    # ---- --fs: the same files unpacked ----
    root = os.path.join(WORK, "rootfs")
    for l in LAYERS:
        for name, data in l.items():
            os.makedirs(os.path.dirname(os.path.join(root, name)), exist_ok=True)
            with open(os.path.join(root, name), "wb") as f:
                f.write(data)
    r = run(["scan", "--no-config", "--format", "json", "--db", db, "--fs", root])
    rep = json.loads(r.stdout or "{}")
    got = matches(rep)
    check("scan --fs: the same matches, no layer", r.returncode == 1 and strip_layer(got) == strip_layer(WANT_IMAGE)
          and all(l.endswith(" -") for l in got), "exit %d\n    got %s\n    %s" % (r.returncode, got, r.stderr))
    check("scan --fs: findings at DIR/path",
          all(f["location"]["path"].startswith(root + "/var/lib/dpkg/status") for f in rep.get("findings", [])),
          [f["location"] for f in rep.get("findings", [])])
    fspk = os.path.join(WORK, "fs-packages.json")
    with open(fspk, "w") as f:
        json.dump({"packages": rep.get("packages", [])}, f)
    r2 = run(["vuln", "--no-config", "--format", "json", "--db", db, "--packages", fspk])
    check("scan --fs equals vuln --packages of its inventory", matches(json.loads(r2.stdout or "{}")) == got, r2.stderr)
    r = run(["scan", "--no-config", "--db", db, "--fs", root, "--scanners", "secret"])
    check("scan --fs --scanners secret: exit 2", r.returncode == 2 and "pkg and vuln" in r.stderr, r.stderr)
    r = run(["scan", "--no-config", "--db", db, "--fs", os.path.join(WORK, "missing")])
    check("scan --fs on a missing directory: exit 2 naming it", r.returncode == 2 and "missing" in r.stderr, r.stderr)

    # ---- --sbom: the same as `bulkhead vuln --sbom` ----
    for sb in ("sbom.cdx.json", "sbom.spdx.json"):
        path = os.path.join(FX, sb)
        a = run(["scan", "--no-config", "--format", "json", "--db", db, "--sbom", path])
        b = run(["vuln", "--no-config", "--format", "json", "--db", db, "--sbom", path])
        ja, jb = json.loads(a.stdout or "{}"), json.loads(b.stdout or "{}")
        check("scan --sbom %s equals vuln --sbom" % sb,
              a.returncode == b.returncode and matches(ja) and matches(ja) == matches(jb)
              and ja.get("findings") == jb.get("findings"), "%s\n    %s" % (a.stderr, b.stderr))
    bad = os.path.join(WORK, "bad.json")
    with open(bad, "w") as f:
        f.write('{"bomFormat": "CycloneDX", "components": [\n')
    r = run(["scan", "--no-config", "--db", db, "--sbom", bad])
    check("scan --sbom malformed: exit 2 naming the file", r.returncode == 2 and "bad.json" in r.stderr, r.stderr)

    # ---- no database ----
    nodb = os.path.join(WORK, "none", "vuln.db")
    r = run(["scan", "--no-config", "--format", "json", "--db", nodb, img])
    rep = json.loads(r.stdout or "{}")
    check("no database, default scanners: a note, the rest runs",
          r.returncode == 1 and "no vulnerability database" in r.stderr and nodb in r.stderr
          and "vulnerabilities" not in rep and len(rep.get("packages", [])) == 6
          and "IMG020" in {f["rule"] for f in rep.get("findings", [])}, "exit %d: %s" % (r.returncode, r.stderr))
    r = run(["scan", "--no-config", img])  # no --db, no $BULKHEAD_DB: the (empty) cache
    check("no database in the cache: a note", r.returncode == 1 and "no vulnerability database" in r.stderr, r.stderr)
    r = run(["scan", "--no-config", "--db", nodb, "--scanners", "secret,vuln", img])
    check("no database, --scanners vuln: exit 2", r.returncode == 2 and "no vulnerability database" in r.stderr
          and not r.stdout, "exit %d: %s" % (r.returncode, r.stderr))
    r = run(["scan", "--no-config", "--db", nodb, "--sbom", os.path.join(FX, "sbom.cdx.json")])
    check("no database, --sbom: exit 2", r.returncode == 2 and "no vulnerability database" in r.stderr, r.stderr)
    notdb = os.path.join(WORK, "not-a-db")
    with open(notdb, "w") as f:
        f.write("hello\n")
    r = run(["scan", "--no-config", "--db", notdb, img])
    check("a file that is not a database: exit 2", r.returncode == 2 and "not-a-db" in r.stderr, r.stderr)

    print("%d failed" % len(FAILED))
    sys.exit(1 if FAILED else 0)


main()
