#!/usr/bin/env python3
"""An OCI image layout with a two-platform index for the scan integration
test: linux/amd64 ships a setuid file (app/suid), linux/arm64/v8 a
world-writable one (app/open); the layout's image "1" is that index.
Usage: make_multiplatform.py DIR"""
import datetime
import hashlib
import io
import json
import os
import sys
import tarfile

out = sys.argv[1]
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
os.makedirs(os.path.join(out, "blobs", "sha256"), exist_ok=True)


def blob(b):
    d = hashlib.sha256(b).hexdigest()
    with open(os.path.join(out, "blobs", "sha256", d), "wb") as f:
        f.write(b)
    return {"digest": "sha256:" + d, "size": len(b)}


def image(arch, variant, name, mode):
    bio = io.BytesIO()
    with tarfile.open(fileobj=bio, mode="w", format=tarfile.PAX_FORMAT) as tf:
        t = tarfile.TarInfo(name)
        t.mode, t.size, t.mtime = mode, 2, 0
        tf.addfile(t, io.BytesIO(b"x\n"))
    lay = bio.getvalue()
    cfg = json.dumps({"architecture": arch, "variant": variant, "os": "linux", "created": now,
                      "config": {"User": "app", "Healthcheck": {"Test": ["CMD", "true"]}},
                      "rootfs": {"type": "layers", "diff_ids": ["sha256:" + hashlib.sha256(lay).hexdigest()]},
                      "history": [{"created": now, "created_by": "COPY app /app"}]}).encode()
    man = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                      "config": dict(blob(cfg), mediaType="application/vnd.oci.image.config.v1+json"),
                      "layers": [dict(blob(lay), mediaType="application/vnd.oci.image.layer.v1.tar")]}).encode()
    plat = {"os": "linux", "architecture": arch}
    if variant:
        plat["variant"] = variant
    return dict(blob(man), mediaType="application/vnd.oci.image.manifest.v1+json", platform=plat)


index = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
                    "manifests": [image("amd64", None, "app/suid", 0o4755),
                                  image("arm64", "v8", "app/open", 0o666)]}).encode()
# The layout names one image, "1", which is the two-platform index.
top = {"schemaVersion": 2, "manifests": [dict(blob(index), mediaType="application/vnd.oci.image.index.v1+json",
                                              annotations={"org.opencontainers.image.ref.name": "1"})]}
with open(os.path.join(out, "index.json"), "w") as f:
    json.dump(top, f)
with open(os.path.join(out, "oci-layout"), "w") as f:
    f.write('{"imageLayoutVersion": "1.0.0"}')
