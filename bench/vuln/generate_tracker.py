#!/usr/bin/env python3
"""A large synthetic Debian Security Tracker JSON and a package list for it
(fixed seed), to time `bulkhead db import` of the tracker format and the
matching against it.

  generate_tracker.py OUT_DIR [SOURCES]

OUT_DIR/tracker.json  SOURCES (default 30,000) source packages with 12 issues
                      each, every issue with entries for bookworm, bullseye,
                      trixie and sid (resolved with a fix, resolved "0" = not
                      affected, postponed, or open): 1.44 million entries
OUT_DIR/tracker-packages.json  10,000 Debian 11/12/13 binary packages of
                      those sources, at random versions

  python3 bench/vuln/generate_tracker.py bench/out/vuln
  bulkhead db import --db bench/out/vuln/tracker.db --name tracker bench/out/vuln/tracker.json
  bulkhead vuln --db bench/out/vuln/tracker.db --packages bench/out/vuln/tracker-packages.json"""
import json
import random
import sys

out = sys.argv[1]
sources = int(sys.argv[2]) if len(sys.argv) > 2 else 30000
rnd = random.Random(7)
releases = ["bookworm", "bullseye", "trixie", "sid"]


def entry(rel):
    k = rnd.randrange(4)
    e = {"repositories": {rel: "1.0-1"}}
    if k == 0:
        e.update(status="resolved", urgency="medium",
                 fixed_version=f"{rnd.randrange(9)}.{rnd.randrange(9)}-{rnd.randrange(1, 4)}")
    elif k == 1:
        e.update(status="resolved", fixed_version="0", urgency="unimportant")
    elif k == 2:
        e.update(status="open", urgency="low", nodsa="Minor issue", nodsa_reason="postponed")
    else:
        e.update(status="open", urgency="not yet assigned")
    return e


n = 0
with open(f"{out}/tracker.json", "w") as f:
    f.write("{")
    for p in range(sources):
        issues = {}
        for _ in range(12):
            n += 1
            issues[f"CVE-2024-{n:07d}"] = {
                "description": "A generated issue in a generated package, long enough to look like a real one.",
                "scope": "local", "releases": {rel: entry(rel) for rel in releases}}
        f.write(("," if p else "") + json.dumps(f"src{p}") + ":" + json.dumps(issues))
    f.write("}")

rnd = random.Random(11)
pk = [{"type": "deb", "name": f"bin{i}", "source_name": f"src{rnd.randrange(sources)}",
       "version": f"{rnd.randrange(9)}.{rnd.randrange(9)}-{rnd.randrange(1, 4)}",
       "distro": "debian", "distro_release": rnd.choice(["11", "12", "13"])} for i in range(10000)]
json.dump({"packages": pk}, open(f"{out}/tracker-packages.json", "w"))
