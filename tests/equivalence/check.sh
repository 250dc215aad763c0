#!/bin/sh
# One insecure service written as docker inspect output, a compose file, a
# Kubernetes Pod and an OCI config.json must give the same rule ids, except
# the format-specific ones listed (with the reason) in format-specific.
# Usage: check.sh BULKHEAD DIR
bin=$1
dir=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
for f in inspect.json compose.yaml k8s.yaml config.json; do
	"$bin" config --no-config --format json "$dir/$f" >"$tmp/$f" 2>"$tmp/$f.err"
	rc=$?
	if [ "$rc" != 1 ]; then
		echo "FAIL: $f: exit $rc, want 1"
		cat "$tmp/$f.err"
		exit 1
	fi
done
python3 - "$dir" "$tmp/%s" <<'PY'
import json, sys
d, pattern = sys.argv[1], sys.argv[2]
def lines(name):
    for line in open("%s/%s" % (d, name)):
        line = line.split("#", 1)[0].strip()
        if line:
            yield line
expected = set(lines("expected"))
only, absent = {}, {}
for line in lines("format-specific"):
    rule, fmt, kind, _why = line.split(None, 3)
    (only if kind == "only" else absent).setdefault(fmt, set()).add(rule)
files = {"inspect": "inspect.json", "compose": "compose.yaml", "k8s": "k8s.yaml", "oci": "config.json"}
ok = True
for fmt, name in files.items():
    report = json.load(open(pattern % name))
    got = {f["rule"] for f in report["findings"]}
    want = (expected - absent.get(fmt, set())) | only.get(fmt, set())
    if report.get("errors") or got != want:
        ok = False
        print("FAIL: %s: missing %s, unexpected %s, errors %s" %
              (name, sorted(want - got), sorted(got - want), report.get("errors")))
    else:
        print("ok: %s: %d rules" % (name, len(got)))
sys.exit(0 if ok else 1)
PY
