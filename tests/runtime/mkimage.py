#!/usr/bin/env python3
"""Builds a docker-archive for the `bulkhead run` tests, without a daemon.

Usage: mkimage.py OUT.tar USER LAYER...
LAYER is a layer tar on disk, or evil:DIR for a hostile layer pair that
tries to write into DIR (an absolute host path) through symlinks:
a symlink to DIR, a relative one climbing out to it, then files written
"through" them and a hard link pointing out of the image.
$MKIMAGE_ENV (K=V words) is added to the image's Env."""
import hashlib
import io
import json
import os
import sys
import tarfile

out, user, specs = sys.argv[1], sys.argv[2], sys.argv[3:]


def entry(tf, name, kind="f", data=b"", link="", mode=0o644):
    t = tarfile.TarInfo(name)
    t.mtime, t.mode = 0, mode
    if kind == "l":
        t.type, t.linkname = tarfile.SYMTYPE, link
    elif kind == "h":
        t.type, t.linkname = tarfile.LNKTYPE, link
    elif kind == "d":
        t.type = tarfile.DIRTYPE
    t.size = len(data) if kind == "f" else 0
    tf.addfile(t, io.BytesIO(data) if kind == "f" else None)


def layer_bytes(entries):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tf:
        for e in entries:
            entry(tf, *e)
    return buf.getvalue()


layers = []
for spec in specs:
    if spec.startswith("evil:"):
        target = spec[5:]
        up = "../" * 12 + target.lstrip("/")
        layers.append(layer_bytes([("abs", "l", b"", target), ("rel", "l", b"", up),
                                   ("setuid", "f", b"#!/bin/sh\n", "", 0o4755)]))
        layers.append(layer_bytes([("abs/pwned-abs", "f", b"x"), ("rel/pwned-rel", "f", b"x"),
                                   ("hl", "h", b"", up + "/victim"), ("/abs/pwned-abs2", "f", b"x")]))
    else:
        with open(spec, "rb") as f:
            layers.append(f.read())

diff_ids = ["sha256:" + hashlib.sha256(b).hexdigest() for b in layers]
cfg = json.dumps({
    "architecture": "amd64", "os": "linux",
    "config": {"Cmd": ["/bin/sh", "-c", "exit 3"], "User": user, "Env": ["RUN_TEST=1"] + os.environ.get("MKIMAGE_ENV", "").split(), "WorkingDir": "/etc"},
    "rootfs": {"type": "layers", "diff_ids": diff_ids},
}).encode()
cfg_name = hashlib.sha256(cfg).hexdigest() + ".json"
names = [d[7:] + "/layer.tar" for d in diff_ids]
manifest = json.dumps([{"Config": cfg_name, "RepoTags": ["test/run:latest"], "Layers": names}]).encode()
with tarfile.open(out, "w") as tf:
    for name, b in list(zip(names, layers)) + [(cfg_name, cfg), ("manifest.json", manifest)]:
        t = tarfile.TarInfo(name)
        t.mtime, t.mode, t.size = 0, 0o644, len(b)
        tf.addfile(t, io.BytesIO(b))
