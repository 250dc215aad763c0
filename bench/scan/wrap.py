#!/usr/bin/env python3
"""Wraps a root filesystem tar into a one-layer docker-archive (what
`docker import` + `docker save` produce), without a daemon.

Usage: wrap.py ROOTFS.tar OUT.tar"""
import hashlib
import json
import os
import sys
import tarfile

src, out = sys.argv[1], sys.argv[2]
h = hashlib.sha256()
with open(src, "rb") as f:
    for chunk in iter(lambda: f.read(1 << 20), b""):
        h.update(chunk)
diff_id = h.hexdigest()
cfg = json.dumps({
    "architecture": "amd64", "os": "linux", "created": "2026-01-01T00:00:00Z",
    "config": {"Cmd": ["/bin/bash"], "User": "1000"},
    "rootfs": {"type": "layers", "diff_ids": ["sha256:" + diff_id]},
    "history": [{"created": "2026-01-01T00:00:00Z", "created_by": "Imported from debootstrap --variant=minbase"}],
}).encode()
cfg_name = hashlib.sha256(cfg).hexdigest() + ".json"
layer_name = diff_id + "/layer.tar"
manifest = json.dumps([{"Config": cfg_name, "RepoTags": ["bench/debian:minbase"], "Layers": [layer_name]}]).encode()


def member(tf, name, data=None, path=None):
    t = tarfile.TarInfo(name)
    t.mtime, t.mode = 0, 0o644
    if path:
        t.size = os.path.getsize(path)
        with open(path, "rb") as f:
            tf.addfile(t, f)
    else:
        t.size = len(data)
        import io
        tf.addfile(t, io.BytesIO(data))


with tarfile.open(out + ".tmp", "w") as tf:
    member(tf, layer_name, path=src)
    member(tf, cfg_name, cfg)
    member(tf, "manifest.json", manifest)
os.rename(out + ".tmp", out)
print(layer_name)
