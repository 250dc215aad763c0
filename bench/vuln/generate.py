#!/usr/bin/env python3
"""Synthetic inputs for bench/vuln/run.sh (fixed seed: the same files on
every machine).

  generate.py OUT RECORDS PACKAGES

OUT/osv.zip      RECORDS OSV records (npm, PyPI and Debian:12), each with one
                 affected package and five introduced/fixed ranges, so
                 RECORDS=100000 is 500,000 ranges
OUT/packages.json PACKAGES packages in bulkhead's package list format, drawn
                 from the same names, so that some of them match"""
import json
import random
import sys
import zipfile

out, records, packages = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rnd = random.Random(20241123)
names = 20000
ecos = [("npm", "npm"), ("PyPI", "pypi"), ("Debian:12", "deb")]

with zipfile.ZipFile(f"{out}/osv.zip", "w", zipfile.ZIP_DEFLATED) as z:
    for i in range(records):
        eco, _ = ecos[i % 3]
        name = f"pkg{rnd.randrange(names)}"
        events = []
        for major in range(5):
            if eco == "Debian:12":
                events += [{"introduced": f"{major}.0-1"}, {"fixed": f"{major}.{rnd.randrange(1, 9)}-1"}]
            else:
                events += [{"introduced": f"{major}.0.0"}, {"fixed": f"{major}.{rnd.randrange(1, 9)}.0"}]
        rec = {"id": f"BENCH-{i:07d}", "modified": "2024-01-01T00:00:00Z", "aliases": [f"CVE-2024-{i:07d}"],
               "summary": "synthetic advisory",
               "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
               "affected": [{"package": {"ecosystem": eco, "name": name},
                             "ranges": [{"type": "ECOSYSTEM", "events": events}]}]}
        z.writestr(f"BENCH-{i:07d}.json", json.dumps(rec))

pk = []
for i in range(packages):
    eco, t = ecos[i % 3]
    v = f"{rnd.randrange(6)}.{rnd.randrange(10)}" + ("-1" if t == "deb" else ".0")
    p = {"type": t, "name": f"pkg{rnd.randrange(names)}", "version": v}
    if t == "deb":
        p.update({"distro": "debian", "distro_release": "12"})
    pk.append(p)
json.dump({"packages": pk}, open(f"{out}/packages.json", "w"))
