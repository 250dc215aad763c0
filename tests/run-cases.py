#!/usr/bin/env python3
"""Data-driven rule tests, one case per file:

  NAME.<ext>      the input (Dockerfile, compose file, manifest, ...)
  NAME.expect     the exact findings it must produce, one "RULE LINE" per line
                  (order does not matter; '#' starts a comment; an empty file
                  means no findings)
  NAME.args       optional extra arguments for the command
  NAME.error      instead of NAME.expect: the input must be rejected with exit
                  code 2 and an error at "LINE:COL" (the file's first line)

Usage: run-cases.py BULKHEAD CASE_DIR [COMMAND]   (COMMAND defaults to lint)

The binary runs once per case, exactly as a user would run it; only the
comparison happens here."""
import glob
import json
import os
import shlex
import subprocess
import sys

SIDE_FILES = (".expect", ".error", ".args", ".dockerignore")


def case_input(base):
    for path in sorted(glob.glob(glob.escape(base) + ".*")):
        # NAME.override.<ext> files are extra inputs the case's args name
        if not path.endswith(SIDE_FILES) and ".override." not in os.path.basename(path)[len(os.path.basename(base)):]:
            return path
    return None


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.lstrip().startswith("#")]


def run_case(binary, command, spec):
    base, kind = os.path.splitext(spec)
    inp = case_input(base)
    if inp is None:
        return f"FAIL: {spec}: no input file beside it"
    args = []
    if os.path.exists(base + ".args"):
        with open(base + ".args", encoding="utf-8") as f:
            args = shlex.split(f.read())
    if kind == ".error":
        where = read_lines(spec)[0]
        p = subprocess.run([binary, command, "--no-config", *args, inp],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, errors="replace")
        if p.returncode == 2 and f"{inp}:{where}:" in p.stderr:
            return None
        return (f"FAIL: {inp} (want exit 2 and {inp}:{where}:, got exit {p.returncode})\n"
                + "".join("    " + l + "\n" for l in p.stderr.splitlines()))
    p = subprocess.run([binary, command, "--no-config", *args, "--format", "json", inp],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace")
    try:
        report = json.loads(p.stdout)
    except json.JSONDecodeError:
        return (f"FAIL: {inp}: exit {p.returncode}, no JSON report\n"
                + "".join("    " + l + "\n" for l in p.stderr.splitlines()[:10]))
    got = [f"ERROR {e.get('line', 0)} {e.get('message', '')}" for e in report.get("errors", [])]
    got += [f"{f['rule']} {f['location'].get('line', 0)}" for f in report["findings"]]
    want = read_lines(spec)
    if sorted(got) == sorted(want):
        return None
    out = [f"FAIL: {inp}"]
    out += [f"    -{l}" for l in sorted(set(want) - set(got))]
    out += [f"    +{l}" for l in sorted(set(got) - set(want))]
    if len(out) == 1:  # same lines, different multiplicity
        out += [f"    want {sorted(want)}", f"    got  {sorted(got)}"]
    return "\n".join(out) + "\n"


def main():
    binary, case_dir = sys.argv[1], sys.argv[2]
    command = sys.argv[3] if len(sys.argv) > 3 else "lint"
    specs = sorted(glob.glob(os.path.join(glob.escape(case_dir), "*.expect"))
                   + glob.glob(os.path.join(glob.escape(case_dir), "*.error")))
    passed = failed = 0
    for spec in specs:
        msg = run_case(binary, command, spec)
        if msg:
            failed += 1
            sys.stdout.write(msg)
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
