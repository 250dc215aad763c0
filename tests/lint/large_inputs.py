#!/usr/bin/env python3
"""Dockerfiles of shapes that used to take time quadratic in their size:
each must lint completely, with the findings a linear pass gives.

    large_inputs.py BULKHEAD WORKDIR

No time is measured: a return to quadratic behaviour shows as the test
running into its ctest TIMEOUT (5,000 stages took minutes under ASan).
"""
import json
import os
import subprocess
import sys

N = 5000
PINNED = "debian:12@sha256:" + "a" * 64

binary, workdir = sys.argv[1], sys.argv[2]
os.makedirs(workdir, exist_ok=True)
failures = 0


def lint(name, text, *args):
    path = os.path.join(workdir, name + ".Dockerfile")
    with open(path, "w") as f:
        f.write(text)
    r = subprocess.run([binary, "lint", "--no-config", "--format", "json", *args, path],
                       capture_output=True, text=True)
    if r.returncode not in (0, 1):
        raise SystemExit("%s: exit %d\n%s" % (name, r.returncode, r.stderr))
    report = json.loads(r.stdout)
    if report["errors"]:
        raise SystemExit("%s: errors %s" % (name, report["errors"][:3]))
    return report["findings"]


def expect(name, findings, rule, count):
    global failures
    got = sum(1 for x in findings if x["rule"] == rule)
    if got != count:
        failures += 1
        print("not ok: %s: %d %s findings, expected %d" % (name, got, rule, count))
    else:
        print("ok: %s: %d %s" % (name, got, rule))


# Stages built on the previous one (FROM s41 AS s42) and copying from it:
# every base is a stage, so no base image is unpinned (DF002/DF003 would
# report "s41" as an image if the stage were not found).
text = "FROM %s AS s0\nRUN useradd app\nUSER app\n" % PINNED
for i in range(1, N):
    text += "FROM s%d AS s%d\nCOPY --from=s%d /etc/hostname /h%d\n" % (i - 1, i, i - 1, i)
text += "HEALTHCHECK NONE\n"
f = lint("stage-chain", text)
expect("stage-chain", f, "DF002", 0)
expect("stage-chain", f, "DF003", 0)
# --target finds a stage among thousands: the image ends at s2500, which
# has no HEALTHCHECK NONE line
f = lint("stage-chain", text, "--target", "S2500")
expect("stage-chain --target", f, "DF003", 0)

# Stages with one name repeated: a FROM of that name means the first one.
text = "FROM %s AS dup\n" % PINNED
for i in range(1, N):
    text += "FROM dup AS dup\nRUN true\n"
f = lint("same-name", text)
expect("same-name", f, "DF003", 0)

# Build tools installed then removed, many times: none is left behind.
text = "FROM %s\n" % PINNED
for i in range(N):
    text += ("RUN apt-get update && apt-get install -y --no-install-recommends gcc "
             "&& rm -rf /var/lib/apt/lists/*\nRUN apt-get purge -y gcc\n")
f = lint("install-purge", text)
expect("install-purge", f, "DF018", 0)

# Installs followed by removals of something else: every install is kept.
n = 1000
text = "FROM %s\n" % PINNED
for i in range(n):
    text += ("RUN apt-get update && apt-get install -y --no-install-recommends make "
             "&& rm -rf /var/lib/apt/lists/*\n")
for i in range(n):
    text += "RUN apt-get purge -y pkg%d\n" % i
f = lint("install-other-purge", text)
expect("install-other-purge", f, "DF018", n)

# One RUN with thousands of flags.
text = "FROM %s\nRUN %s chmod 777 /x\n" % (
    PINNED, " ".join("--mount=type=cache,target=/c%d" % i for i in range(N)))
f = lint("many-flags", text)
expect("many-flags", f, "DF019", 1)

sys.exit(1 if failures else 0)
