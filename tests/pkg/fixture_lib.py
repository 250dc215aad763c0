"""What the package and SBOM fixture scripts share: the CycloneDX 1.5 and
SPDX 2.3 schema validators of tests/schemas/, failure bookkeeping, and
builders for files, jars, layer tars and docker-archives.

The CycloneDX schema refers to the SPDX licence list and JSF schemas by
$id; they are served from the same directory, never fetched."""
import difflib
import hashlib
import io
import json
import os
import shutil
import sys
import tarfile
import zipfile

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

# Every fail() of the run; the scripts exit 1 when it is not empty.
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg, file=sys.stderr)


def validators(schema_dir):
    """(CycloneDX validator, SPDX validator)."""
    def load(name):
        with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
            return json.load(f)

    cdx = load("bom-1.5.schema.json")
    registry = Registry().with_resources(
        (s["$id"], Resource.from_contents(s, default_specification=DRAFT7))
        for s in (cdx, load("spdx.schema.json"), load("jsf-0.82.schema.json")))
    checker = jsonschema.Draft7Validator.FORMAT_CHECKER
    return (jsonschema.Draft7Validator(cdx, registry=registry, format_checker=checker),
            jsonschema.Draft7Validator(load("spdx-schema-2.3.json"), format_checker=checker))


def expect(name, got, want):
    """got (lines) must equal want (a block of lines); a diff otherwise."""
    want = [l.strip() for l in want.strip().splitlines()]
    if got != want:
        fail(f"{name}: inventory differs")
        sys.stderr.writelines(l + "\n" for l in difflib.unified_diff(want, got, "expected", "got", lineterm=""))


def put_bytes(root, path, data, mode=0o755):
    p = os.path.join(root, path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data)
    os.chmod(p, mode)


def fresh_dir(work, name):
    """An empty directory work/name."""
    root = os.path.join(work, name)
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    return root


def zip_bytes(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(name, data)
    return buf.getvalue()


def layer_tar(entries):
    """entries: (path, content) pairs; content None is a directory, bytes an
    executable file (0755), text a file (0644)."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as t:
        for path, text in entries:
            ti = tarfile.TarInfo(path)
            ti.mtime = 1700000000
            if text is None:
                ti.type = tarfile.DIRTYPE
                ti.mode = 0o755
                t.addfile(ti)
            else:
                data = text if isinstance(text, bytes) else text.encode()
                ti.size = len(data)
                ti.mode = 0o755 if isinstance(text, bytes) else 0o644
                t.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


def docker_archive(path, layers):
    """A docker-archive of layer_tar() layers, the layers stored in reverse
    order: an inventory must not depend on the archive's order."""
    blobs = [layer_tar(l) for l in layers]
    diff_ids = ["sha256:" + hashlib.sha256(b).hexdigest() for b in blobs]
    config = json.dumps({"architecture": "amd64", "os": "linux", "config": {},
                         "rootfs": {"type": "layers", "diff_ids": diff_ids},
                         "history": [{"created_by": f"layer {i}"} for i in range(len(blobs))]}).encode()
    cfg_hex = hashlib.sha256(config).hexdigest()
    manifest = [{"Config": cfg_hex + ".json", "RepoTags": ["fixture/inventory:1"],
                 "Layers": [d[7:] + "/layer.tar" for d in diff_ids]}]
    with tarfile.open(path, "w") as t:
        def add(name, data):
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            ti.mtime = 1700000000
            t.addfile(ti, io.BytesIO(data))
        add(cfg_hex + ".json", config)
        for d, b in reversed(list(zip(diff_ids, blobs))):
            add(d[7:] + "/layer.tar", b)
        add("manifest.json", json.dumps(manifest).encode())
