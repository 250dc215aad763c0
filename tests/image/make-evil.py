#!/usr/bin/env python3
"""Builds the image fixtures: valid and hostile docker-archive and OCI-layout
images, generated at test time into OUTDIR (nothing binary is committed).

Usage: make-evil.py OUTDIR

Writes OUTDIR/expect.tsv, one fixture per line:
    name <TAB> path <TAB> options <TAB> expectation
options: "-" or comma-separated key=value (platform, max_total_bytes,
max_entries, max_path_len, max_path_depth, max_header_bytes, max_json_bytes,
max_meta_bytes, max_layers, ref).
expectation: "error=NAME" or "ok" followed by space-separated checks:
anomalies=kind:layer:path|... arch=ARCH layers=N view=FILE
Every byte is deterministic: fixed mtimes, owners and gzip headers.
Only the Python standard library is used.
"""
import gzip
import hashlib
import io
import json
import os
import shutil
import sys
import tarfile
import zlib

OUT = sys.argv[1] if len(sys.argv) > 1 else "image-fixtures"
LINES = []


def sha(b):
    return hashlib.sha256(b).hexdigest()


def gz(b):
    return gzip.compress(b, compresslevel=6, mtime=0)


def ti(name, kind="f", data=b"", mode=None, uid=0, gid=0, link="", pax=None):
    t = tarfile.TarInfo(name)
    t.mtime = 0
    t.uid, t.gid = uid, gid
    t.uname = t.gname = ""
    if kind == "f":
        t.type = tarfile.REGTYPE
        t.size = len(data)
        t.mode = 0o644 if mode is None else mode
    elif kind == "d":
        t.type = tarfile.DIRTYPE
        t.mode = 0o755 if mode is None else mode
    elif kind == "l":
        t.type = tarfile.SYMTYPE
        t.linkname = link
        t.mode = 0o777
    elif kind == "h":
        t.type = tarfile.LNKTYPE
        t.linkname = link
        t.mode = 0o644 if mode is None else mode
    elif kind == "c":
        t.type = tarfile.CHRTYPE
        t.devmajor, t.devminor = 1, 3
        t.mode = 0o666
    if pax:
        t.pax_headers = dict(pax)
    return t, data


def tar(entries, fmt=tarfile.PAX_FORMAT):
    bio = io.BytesIO()
    with tarfile.open(fileobj=bio, mode="w", format=fmt) as tf:
        for e in entries:
            t, data = ti(**e) if isinstance(e, dict) else e
            tf.addfile(t, io.BytesIO(data) if t.isreg() else None)
    return bio.getvalue()


def F(name, data=b"", **kw):
    return ti(name, "f", data, **kw)


def D(name, **kw):
    return ti(name, "d", **kw)


def L(name, link):
    return ti(name, "l", link=link)


def H(name, link):
    return ti(name, "h", link=link)


def config(diff_ids, arch="amd64", user="app"):
    return json.dumps({
        "architecture": arch,
        "os": "linux",
        "created": "2024-01-01T00:00:00Z",
        "config": {
            "User": user,
            "Env": ["PATH=/usr/bin:/bin", "APP_MODE=prod"],
            "ExposedPorts": {"8080/tcp": {}},
            "Healthcheck": {"Test": ["CMD-SHELL", "curl -f http://localhost:8080/ || exit 1"]},
            "Cmd": ["/app/run"],
        },
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + d for d in diff_ids]},
        "history": [
            {"created": "2024-01-01T00:00:00Z", "created_by": "/bin/sh -c #(nop) ADD file:base in / "},
            {"created": "2024-01-01T00:00:01Z", "created_by": "RUN rm /etc/shadow && rm -rf /opt"},
            {"created": "2024-01-01T00:00:02Z", "created_by": "COPY opt /opt"},
            {"created": "2024-01-01T00:00:03Z", "created_by": "USER app", "empty_layer": True},
        ][:len(diff_ids)] + [{"created": "2024-01-01T00:00:03Z", "created_by": "USER app", "empty_layer": True}],
    }, sort_keys=True).encode()


def write_tar_file(path, members, gzipped=False):
    """members: list of (name, bytes) or (name, None, linkname, type)."""
    bio = io.BytesIO()
    with tarfile.open(fileobj=bio, mode="w", format=tarfile.PAX_FORMAT) as tf:
        for m in members:
            if len(m) == 2:
                t, data = F(m[0], m[1])
                tf.addfile(t, io.BytesIO(data))
            else:
                t, _ = (L if m[3] == "l" else H)(m[0], m[2])
                tf.addfile(t)
    data = bio.getvalue()
    if gzipped:
        data = gz(data)
    with open(path, "wb") as f:
        f.write(data)
    return data


def uncompressed(b):
    if b[:2] != b"\x1f\x8b":
        return b
    try:
        return gzip.decompress(b)
    except (EOFError, OSError, zlib.error):
        return b"(not decompressible)"


def docker_archive(name, layers, gzipped=False, manifest=None, diff_ids=None, extra=(), cfg=None,
                   layer_names=None, config_name=None, links=(), opts="-", expect="ok", dup_manifest=False):
    """layers: stored layer bytes (plain or gzip)."""
    diffs = diff_ids if diff_ids is not None else [sha(uncompressed(b)) for b in layers]
    cfgb = cfg if cfg is not None else config(diffs)
    cname = config_name or (sha(cfgb) + ".json")
    names = layer_names or ["%s/layer.tar" % sha(b"id%d" % i + b) for i, b in enumerate(layers)]
    members = []
    for n, b in zip(names, layers):
        if n is not None:
            members.append((n, b))
    members += list(links)
    members.append((cname, cfgb))
    man = manifest if manifest is not None else [
        {"Config": cname, "RepoTags": ["evil/%s:latest" % name], "Layers": names}]
    members.append(("manifest.json", json.dumps(man).encode()))
    if dup_manifest:
        members.append(("manifest.json", b"[]"))
    members += list(extra)
    path = name + (".tar.gz" if gzipped else ".tar")
    write_tar_file(os.path.join(OUT, path), members, gzipped)
    LINES.append((name, path, opts, expect))
    return path


def oci(name, layers, as_dir=True, arch="amd64", index=None, cfg=None, layer_desc=None, opts="-", expect="ok",
        extra_manifests=(), blobs_extra=(), cfg_desc=None, platforms=True):
    """layers: stored layer bytes; returns the blobs dict."""
    blobs = {}

    def put(b):
        blobs[sha(b)] = b
        return {"digest": "sha256:" + sha(b), "size": len(b)}

    diffs = [sha(uncompressed(b)) for b in layers]
    cfgb = cfg if cfg is not None else config(diffs, arch=arch)
    cd = dict(put(cfgb), mediaType="application/vnd.oci.image.config.v1+json")
    if cfg_desc:
        cd.update(cfg_desc)
    lds = []
    for i, b in enumerate(layers):
        mt = "application/vnd.oci.image.layer.v1.tar" + ("+gzip" if b[:2] == b"\x1f\x8b" else "")
        d = dict(put(b), mediaType=mt)
        if layer_desc and i in layer_desc:
            d.update(layer_desc[i])
        lds.append(d)
    man = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                      "config": cd, "layers": lds}, sort_keys=True).encode()
    md = dict(put(man), mediaType="application/vnd.oci.image.manifest.v1+json")
    if platforms:
        md["platform"] = {"os": "linux", "architecture": arch}
    manifests = [md] + [m(put) for m in extra_manifests]
    for b in blobs_extra:
        put(b)
    idx = index(manifests, put) if index else {"schemaVersion": 2, "manifests": manifests}
    files = {"oci-layout": json.dumps({"imageLayoutVersion": "1.0.0"}).encode(),
             "index.json": json.dumps(idx, sort_keys=True).encode()}
    for h, b in sorted(blobs.items()):
        files["blobs/sha256/" + h] = b
    if as_dir:
        root = os.path.join(OUT, name)
        for rel, b in files.items():
            p = os.path.join(root, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "wb") as f:
                f.write(b)
        path = name
    else:
        path = name + ".tar"
        write_tar_file(os.path.join(OUT, path), sorted(files.items()))
    LINES.append((name, path, opts, expect))
    return blobs


# ---- the valid three-layer image --------------------------------------------

CAP = "\x01\x00\x00\x02\x00\x20\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
LAYER0 = tar([
    D("etc/"),
    F("etc/passwd", b"root:x:0:0:root:/root:/bin/sh\n"),
    F("etc/shadow", b"root:*:19000:0:99999:7:::\n", mode=0o640),
    D("app/", uid=1000, gid=1000),
    F("app/config.yml", b"mode: prod\n", uid=1000, gid=1000),
    D("app/cache/", uid=1000, gid=1000),
    F("app/cache/a", b"a"),
    F("app/cache/b", b"bb"),
    D("opt/"),
    F("opt/old.txt", b"old\n"),
    F("usr/bin/su", b"\x7fELF-su", mode=0o4755),
    L("bin", "usr/bin"),
])
LAYER1 = tar([
    D("etc/"),
    F("etc/.wh.shadow"),
    F("etc/passwd", b"root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/app:/sbin/nologin\n"),
    D("app/", uid=1000, gid=1000),
    D("app/cache/", uid=1000, gid=1000),
    F("app/cache/.wh..wh..opq"),
    F("app/cache/c", b"ccc"),
    F(".wh.opt"),
    D("usr/"),
    D("usr/bin/"),
    F("usr/bin/ping", b"\x7fELF-ping", mode=0o755, pax={"SCHILY.xattr.security.capability": CAP}),
])
LAYER2 = tar([
    F("opt/new.txt", b"new\n"),
    F("app/cache/c", b"cccc", mode=0o600, uid=1000, gid=1000),
    H("usr/bin/su2", "usr/bin/su"),
    L("etc/localtime", "/usr/share/zoneinfo/UTC"),
])

# path type mode uid gid size link added modified flags
VALID_VIEW = """\
app dir 0755 1000 1000 0 - 0 1 -
app/cache dir 0755 1000 1000 0 - 0 1 -
app/cache/c file 0600 1000 1000 4 - 1 2 -
app/config.yml file 0644 1000 1000 11 - 0 0 -
bin symlink 0777 0 0 0 usr/bin 0 0 -
etc dir 0755 0 0 0 - 0 1 -
etc/localtime symlink 0777 0 0 0 /usr/share/zoneinfo/UTC 2 2 -
etc/passwd file 0644 0 0 66 - 0 1 -
opt dir 0755 0 0 0 - 2 2 implicit
opt/new.txt file 0644 0 0 4 - 2 2 -
usr dir 0755 0 0 0 - 0 1 -
usr/bin dir 0755 0 0 0 - 0 1 -
usr/bin/ping file 0755 0 0 9 - 1 1 caps
usr/bin/su file 4755 0 0 7 - 0 0 setuid
usr/bin/su2 hardlink 0644 0 0 7 usr/bin/su 2 2 -
deleted etc/shadow file added=0 deleted=1
deleted app/cache/a file added=0 deleted=1
deleted app/cache/b file added=0 deleted=1
deleted opt/old.txt file added=0 deleted=1
deleted opt dir added=0 deleted=1
"""


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    with open(os.path.join(OUT, "valid.view"), "w") as f:
        f.write(VALID_VIEW)
    # Raw layer tars for the fuzz replay.
    os.makedirs(os.path.join(OUT, "layers"))
    for i, b in enumerate([LAYER0, LAYER1, LAYER2]):
        with open(os.path.join(OUT, "layers", "valid-%d.tar" % i), "wb") as f:
            f.write(b)
    with open(os.path.join(OUT, "layers", "valid-1.tar.gz"), "wb") as f:
        f.write(gz(LAYER1))

    valid = [LAYER0, LAYER1, LAYER2]
    view = "view=valid.view layers=3"
    docker_archive("da-valid", valid, expect="ok arch=amd64 " + view)
    docker_archive("da-valid-gz", valid, gzipped=True, expect="ok " + view)
    docker_archive("da-valid-gzlayers", [gz(b) for b in valid], expect="ok " + view)
    # docker >= 25: blobs/sha256/<hex> members, a duplicated layer stored as a symlink.
    names = ["blobs/sha256/" + sha(b) for b in valid]
    docker_archive("da-blobs-symlink", valid + [LAYER2],
                   layer_names=names + [None],
                   manifest=None, links=[("dup/layer.tar", None, "../" + names[2], "l")],
                   diff_ids=[sha(b) for b in valid + [LAYER2]],
                   config_name=None, expect="ok layers=4")
    # fix the manifest of da-blobs-symlink: rewrite with the link as the fourth layer
    LINES.pop()
    cfgb = config([sha(b) for b in valid + [LAYER2]])
    cname = "blobs/sha256/" + sha(cfgb)
    members = [(n, b) for n, b in zip(names, valid)] + [("dup/layer.tar", None, "../" + names[2], "l"),
                                                        (cname, cfgb)]
    members.append(("manifest.json", json.dumps([{"Config": cname, "RepoTags": ["x:1"],
                                                  "Layers": names + ["dup/layer.tar"]}]).encode()))
    write_tar_file(os.path.join(OUT, "da-blobs-symlink.tar"), members)
    LINES.append(("da-blobs-symlink", "da-blobs-symlink.tar", "-", "ok layers=4"))

    # OCI: multi-platform with a nested index; gzip layers.
    arm_layer = gz(tar([F("etc/arch", b"arm64\n")]))

    def arm_manifest(put):
        cfgb = config([sha(uncompressed(arm_layer))], arch="arm64")
        cd = dict(put(cfgb), mediaType="application/vnd.oci.image.config.v1+json")
        ld = dict(put(arm_layer), mediaType="application/vnd.oci.image.layer.v1.tar+gzip")
        man = json.dumps({"schemaVersion": 2, "config": cd, "layers": [ld],
                          "mediaType": "application/vnd.oci.image.manifest.v1+json"}).encode()
        return dict(put(man), mediaType="application/vnd.oci.image.manifest.v1+json",
                    platform={"os": "linux", "architecture": "arm64", "variant": "v8"})

    def attestation(put):
        b = json.dumps({"schemaVersion": 2, "config": {}, "layers": []}).encode()
        return dict(put(b), mediaType="application/vnd.oci.image.manifest.v1+json",
                    platform={"os": "unknown", "architecture": "unknown"})

    def nested(manifests, put):
        inner = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
                            "manifests": manifests}).encode()
        return {"schemaVersion": 2, "manifests": [dict(put(inner), mediaType="application/vnd.oci.image.index.v1+json",
                                                       annotations={"org.opencontainers.image.ref.name": "latest"})]}

    gzl = [gz(b) for b in valid]
    multi = dict(extra_manifests=[attestation, arm_manifest], index=nested)
    oci("oci-dir-valid", gzl, expect="ok arch=amd64 " + view, **multi)
    oci("oci-dir-arm64", gzl, opts="platform=linux/arm64", expect="ok arch=arm64 layers=1", **multi)
    oci("oci-dir-arm64-v8", gzl, opts="platform=linux/arm64/v8", expect="ok arch=arm64 layers=1", **multi)
    oci("oci-tar-valid", gzl, as_dir=False, expect="ok arch=amd64 " + view, **multi)
    oci("oci-plain-layers", valid, platforms=False, expect="ok " + view)
    oci("oci-no-platform", gzl, opts="platform=linux/s390x", expect="error=no-platform", **multi)
    oci("oci-bad-platform", gzl, opts="platform=linux", expect="error=no-platform")

    # ---- hostile layer content (a finding each; the image still loads) -----
    def one(name, entries, expect, fmt=tarfile.PAX_FORMAT, opts="-"):
        b = tar(entries, fmt)
        with open(os.path.join(OUT, "layers", name + ".tar"), "wb") as f:
            f.write(b)
        docker_archive(name, [b], opts=opts, expect=expect)

    one("layer-absolute", [F("/etc/evil", b"x")], "ok anomalies=absolute-path:0:/etc/evil")
    one("layer-traversal", [F("../../../../etc/passwd", b"pwned"), F("ok", b"")],
        "ok anomalies=path-traversal:0:../../../../etc/passwd")
    one("layer-traversal-inner", [F("a/../../etc/cron.d/x", b"pwned")],
        "ok anomalies=path-traversal:0:a/../../etc/cron.d/x")
    one("layer-dotdot-inside", [F("a/b/../c", b"fine")], "ok")
    one("symlink-escape", [D("a/"), L("a/up", "../../../etc/shadow"), L("abs", "/etc/passwd")],
        "ok anomalies=symlink-escape:0:a/up")
    one("hardlink-escape", [H("evil", "../../etc/passwd")], "ok anomalies=hardlink-escape:0:evil")
    one("hardlink-absolute", [F("etc/passwd", b"x"), H("pw", "/etc/passwd")], "ok")
    one("hardlink-missing", [H("evil", "etc/nowhere")], "ok anomalies=hardlink-missing:0:evil")
    one("symlink-then-write", [L("x", "/etc"), F("x/cron.d/evil", b"* * * * * root sh")],
        "ok anomalies=through-symlink:0:x/cron.d/evil")
    one("duplicate-entry", [F("a", b"1"), F("a", b"2")], "ok anomalies=duplicate-entry:0:a")
    one("conflicting-entry", [F("a", b"1"), D("a/")], "ok anomalies=conflicting-entry:0:a/")
    one("bad-whiteout", [F("dir/.wh.."), F(".wh.")], "ok anomalies=bad-whiteout:0:dir/.wh..|bad-whiteout:0:.wh.")
    one("device-file", [ti("dev/mem", "c")], "ok anomalies=device-file:0:dev/mem")
    one("sparse-file", [F("sparse.bin", b"A" * 512 + b"B" * 512,
                          pax={"GNU.sparse.major": "0", "GNU.sparse.minor": "1", "GNU.sparse.size": "1048576",
                               "GNU.sparse.map": "0,512,1048064,512", "GNU.sparse.name": "sparse.bin"})],
        "ok anomalies=sparse-file:0:sparse.bin")
    one("gnu-longname-ok", [F("d/" + "n" * 300, b"x")], "ok", fmt=tarfile.GNU_FORMAT)
    one("pax-longname-ok", [F("d/" + "p" * 1000, b"x")], "ok")
    one("gnu-longname-huge", [F("d/" + "n" * 10000, b"x")], "error=limit-path", fmt=tarfile.GNU_FORMAT)
    one("deep-path", [F("a/" * 300 + "f", b"x")], "error=limit-path")
    one("pax-huge-header", [F("x", b"x", pax={"comment": "A" * (3 << 20)})], "error=limit-header")
    one("pax-big-header-limit", [F("x", b"x", pax={"comment": "A" * (200 << 10)})], "error=limit-header",
        opts="max_header_bytes=65536")
    one("many-entries", [F("f%05d" % i) for i in range(3000)], "error=limit-entries", opts="max_entries=1000")
    one("meta-limit", [F("f%05d" % i) for i in range(100)], "error=limit-metadata", opts="max_meta_bytes=500")

    # ---- hostile streams ------------------------------------------------------
    bomb = bytearray(tar([F("zeros", b"")]))
    # a 64 MiB file of zeros, compressed to about 64 KiB
    t, _ = F("zeros", b"")
    t.size = 64 << 20
    hdr = t.tobuf(tarfile.PAX_FORMAT)
    co = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [co.compress(hdr)]
    chunk = bytes(1 << 20)
    for _ in range(64):
        parts.append(co.compress(chunk))
    parts.append(co.compress(bytes(1024)))
    parts.append(co.flush())
    bomb = b"".join(parts)
    with open(os.path.join(OUT, "layers", "bomb.tar.gz"), "wb") as f:
        f.write(bomb)
    oci("gzip-bomb", [bomb], opts="max_total_bytes=16777216", expect="error=limit-bytes")

    full = gz(tar([F("big", bytes(range(256)) * 200)]))
    oci("truncated-gzip-layer", [full[: len(full) // 2]], expect="error=truncated")
    plain = tar([F("big", bytes(range(256)) * 200)])
    docker_archive("truncated-tar-layer", [plain[:3000]], expect="error=truncated")
    oci("corrupt-gzip", [b"\x1f\x8b\x08\x00" + b"\xff" * 200], expect="error=corrupt")
    docker_archive("garbage-layer", [b"this is not a tar archive at all" * 40], expect="error=corrupt")
    empty = docker_archive("empty-layer", [b""], expect="ok layers=1")
    del empty

    # ---- hostile manifests and archives --------------------------------------
    docker_archive("manifest-escape", [LAYER0], manifest=[{"Config": "x.json", "Layers": ["../../etc/passwd"]}],
                   extra=[("x.json", config([sha(LAYER0)]))], expect="error=path-escape")
    docker_archive("config-escape", [LAYER0], manifest=[{"Config": "/etc/passwd", "Layers": []}],
                   expect="error=path-escape")
    docker_archive("manifest-missing-layer", [LAYER0],
                   manifest=[{"Config": "x.json", "Layers": ["nothere/layer.tar"]}],
                   extra=[("x.json", config([sha(LAYER0)]))], expect="error=missing-blob")
    docker_archive("layer-link-escape", [LAYER0], layer_names=[None],
                   manifest=[{"Config": "x.json", "Layers": ["l/layer.tar"]}],
                   links=[("l/layer.tar", None, "../../../etc/passwd", "l")],
                   extra=[("x.json", config([sha(LAYER0)]))], expect="error=path-escape")
    docker_archive("link-loop", [LAYER0], layer_names=[None],
                   manifest=[{"Config": "x.json", "Layers": ["a"]}],
                   links=[("a", None, "b", "l"), ("b", None, "a", "l")],
                   extra=[("x.json", config([sha(LAYER0)]))], expect="error=path-escape")
    docker_archive("diffid-mismatch", [LAYER0], diff_ids=["0" * 64], expect="error=digest-mismatch")
    docker_archive("config-digest-mismatch", [LAYER0], config_name="ab" * 32 + ".json",
                   expect="error=digest-mismatch")
    docker_archive("diffid-count", [LAYER0, LAYER1], diff_ids=[sha(LAYER0)], expect="error=bad-json")
    docker_archive("duplicate-manifest", [LAYER0], dup_manifest=True, expect="error=duplicate-member")
    docker_archive("bad-manifest-json", [LAYER0], manifest={"not": "an array"}, expect="error=bad-json")
    docker_archive("too-many-layers", valid, opts="max_layers=2", expect="error=limit-layers")
    docker_archive("json-limit", valid, opts="max_json_bytes=200", expect="error=limit-json")
    docker_archive("ref-select", valid, opts="ref=evil/ref-select:latest", expect="ok layers=3")
    docker_archive("ref-missing", valid, opts="ref=nope:1", expect="error=missing-blob")
    write_tar_file(os.path.join(OUT, "not-an-image.tar"), [("hello.txt", b"hi")])
    LINES.append(("not-an-image", "not-an-image.tar", "-", "error=not-an-image"))
    with open(os.path.join(OUT, "garbage.tar"), "wb") as f:
        f.write(b"\x00garbage" * 100)
    LINES.append(("garbage-archive", "garbage.tar", "-", "error=not-an-image"))
    da = open(os.path.join(OUT, "da-valid.tar"), "rb").read()
    with open(os.path.join(OUT, "truncated-archive.tar"), "wb") as f:
        f.write(da[: len(da) // 2 + 100])
    LINES.append(("truncated-archive", "truncated-archive.tar", "-", "error=truncated"))
    # A layer of two megabytes (many buffers of the reading and hashing
    # threads) with a long PAX name inside: it loads; cut in the middle, or
    # with a wrong diff id, it fails.
    bigdata = bytes(range(256)) * 8192
    big = tar([F("long/" + "n" * 180 + "/blob", bigdata), F("after", b"tail")])
    docker_archive("big-layer", [big], expect="ok layers=1")
    docker_archive("big-layer-diffid", [big], diff_ids=["0" * 64], expect="error=digest-mismatch")
    bl = open(os.path.join(OUT, "big-layer.tar"), "rb").read()
    with open(os.path.join(OUT, "big-layer-cut.tar"), "wb") as f:
        f.write(bl[: len(bl) // 2])
    LINES.append(("big-layer-cut", "big-layer-cut.tar", "-", "error=truncated"))

    oci("oci-layer-digest", gzl, layer_desc={1: {"digest": "sha256:" + "1" * 64}}, blobs_extra=[],
        expect="error=missing-blob")
    # Right name, wrong content: the blob file is replaced after the fact.
    blobs = oci("oci-layer-tampered", gzl, expect="error=digest-mismatch")
    p = os.path.join(OUT, "oci-layer-tampered", "blobs", "sha256", sha(gzl[1]))
    with open(p, "wb") as f:
        f.write(gz(tar([F("evil", b"x")])))
    del blobs
    oci("oci-layer-size", gzl, layer_desc={0: {"size": 5}}, expect="error=size-mismatch")
    oci("oci-bad-digest", gzl, layer_desc={0: {"digest": "md5:abcdef"}}, expect="error=bad-digest")
    oci("oci-digest-escape", gzl, layer_desc={0: {"digest": "sha256:../../../../etc/passwd"}},
        expect="error=bad-digest")
    oci("oci-config-size", gzl, cfg_desc={"size": 1}, expect="error=size-mismatch")
    oci("oci-symlink-blob", gzl, expect="error=path-escape")
    p = os.path.join(OUT, "oci-symlink-blob", "blobs", "sha256", sha(gzl[0]))
    os.unlink(p)
    os.symlink("/etc/passwd", p)
    oci("oci-index-loop", gzl, index=lambda ms, put: {"schemaVersion": 2, "manifests": "nope"},
        expect="error=bad-json")

    # The outer archive itself as a bomb: 64 MiB of zeros behind 64 KiB of gzip.
    co = zlib.compressobj(9, zlib.DEFLATED, 31)
    t, _ = F("zeros.bin", b"")
    t.size = 64 << 20
    parts = [co.compress(t.tobuf(tarfile.PAX_FORMAT))]
    for _ in range(64):
        parts.append(co.compress(bytes(1 << 20)))
    parts.append(co.compress(bytes(2048)))
    parts.append(co.flush())
    with open(os.path.join(OUT, "outer-bomb.tar.gz"), "wb") as f:
        f.write(b"".join(parts))
    LINES.append(("outer-bomb", "outer-bomb.tar.gz", "max_total_bytes=16777216", "error=limit-bytes"))

    def deep(manifests, put):
        cur = {"schemaVersion": 2, "manifests": manifests}
        for _ in range(6):
            b = json.dumps(cur).encode()
            cur = {"schemaVersion": 2, "manifests": [dict(put(b), mediaType="application/vnd.oci.image.index.v1+json")]}
        return cur
    oci("oci-deep-index", gzl, index=deep, expect="error=bad-json")
    oci("oci-tar-single", gzl, as_dir=False, expect="ok layers=3")
    # the same OCI tar, with the first layer blob replaced by a symlink out of the archive
    blobs = {}
    lines_before = len(LINES)
    oci("oci-tar-link-escape", gzl, as_dir=True, expect="error=path-escape")
    root = os.path.join(OUT, "oci-tar-link-escape")
    members = []
    for dirpath, _, files in sorted(os.walk(root)):
        for fn in sorted(files):
            full = os.path.join(dirpath, fn)
            rel = os.path.relpath(full, root)
            if rel == "blobs/sha256/" + sha(gzl[0]):
                members.append((rel, None, "../../../../etc/passwd", "l"))
            else:
                members.append((rel, open(full, "rb").read()))
    shutil.rmtree(root)
    write_tar_file(os.path.join(OUT, "oci-tar-link-escape.tar"), members)
    LINES[lines_before] = ("oci-tar-link-escape", "oci-tar-link-escape.tar", "-", "error=path-escape")
    del blobs

    with open(os.path.join(OUT, "expect.tsv"), "w") as f:
        for name, path, opts, expect in LINES:
            f.write("%s\t%s\t%s\t%s\n" % (name, path, opts, expect))
    print("make-evil: %d fixtures in %s" % (len(LINES), OUT))


if __name__ == "__main__":
    main()
