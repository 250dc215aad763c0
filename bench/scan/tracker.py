#!/usr/bin/env python3
"""A Debian Security Tracker JSON (the format `bulkhead db import` reads from
security-tracker.debian.org) for the source packages of a root filesystem
tar's dpkg status: PER (default 20) made-up CVEs per source package, for
bookworm, a mix of fixed before the installed version (not affected), fixed
after it (affected), open and unimportant. Deterministic.

Usage: tracker.py ROOTFS.tar OUT.json [PER]"""
import json
import sys
import tarfile

src, out = sys.argv[1], sys.argv[2]
per = int(sys.argv[3]) if len(sys.argv) > 3 else 20
with tarfile.open(src) as tf:
    status = tf.extractfile("./var/lib/dpkg/status").read().decode()
sources = {}
for st in status.split("\n\n"):
    f = {}
    for line in st.splitlines():
        if line and not line[0].isspace() and ":" in line:
            k, v = line.split(":", 1)
            f[k] = v.strip()
    if "Package" not in f or "installed" not in f.get("Status", ""):
        continue
    name, ver = f["Package"], f["Version"]
    if "Source" in f:
        parts = f["Source"].split()
        name = parts[0]
        if len(parts) > 1:
            ver = parts[1].strip("()")
    sources.setdefault(name, ver)
doc, n = {}, 0
for name in sorted(sources):
    ver = sources[name]
    entries = {}
    for i in range(per):
        n += 1
        kind = i % 4
        rel = {"repositories": {"bookworm": ver}, "urgency": "not yet assigned"}
        if kind == 0:
            rel.update(status="resolved", fixed_version="0")          # never affected
        elif kind == 1:
            rel.update(status="resolved", fixed_version=ver + "+deb12u99")  # fixed later: affected
        elif kind == 2:
            rel.update(status="open")                                  # no fix yet
        else:
            rel.update(status="open", urgency="unimportant")
        entries["CVE-2099-%05d" % n] = {"description": "generated for bench/scan", "scope": "local",
                                         "releases": {"bookworm": rel}}
    doc[name] = entries
with open(out, "w") as f:
    json.dump(doc, f)
print("%d source packages, %d CVEs" % (len(sources), n))
