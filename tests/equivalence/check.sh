#!/bin/sh
# Each service directory here holds one container written as docker inspect
# output, a compose file, a Kubernetes Pod and an OCI config.json, plus the
# rule ids it must give ("expected"). Every format must give exactly those,
# except the format-specific rules listed, with the reason, in
# format-specific: an "only" rule is wanted from its own format alone, an
# "absent" rule from every format but that one.
# Usage: check.sh BULKHEAD DIR
bin=$1
dir=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
services=0
for svc in "$dir"/*/; do
	[ -f "$svc/expected" ] || continue
	services=$((services + 1))
	name=$(basename "$svc")
	mkdir -p "$tmp/$name"
	for f in inspect.json compose.yaml k8s.yaml config.json; do
		[ -f "$svc/$f" ] || { echo "FAIL: $name/$f is missing"; exit 1; }
		"$bin" config --no-config --format json "$svc/$f" >"$tmp/$name/$f" 2>"$tmp/$name/$f.err"
		rc=$?
		if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
			echo "FAIL: $name/$f: exit $rc"
			cat "$tmp/$name/$f.err"
			exit 1
		fi
	done
done
[ "$services" -ge 2 ] || { echo "FAIL: no service directories under $dir"; exit 1; }
python3 - "$dir" "$tmp" <<'PY'
import json, os, sys
d, tmp = sys.argv[1], sys.argv[2]
def lines(path):
    for line in open(path):
        line = line.split("#", 1)[0].strip()
        if line:
            yield line
only, absent = {}, {}
for line in lines(os.path.join(d, "format-specific")):
    rule, fmt, kind, _why = line.split(None, 3)
    assert kind in ("only", "absent"), line
    (only if kind == "only" else absent).setdefault(fmt, set()).add(rule)
files = {"inspect": "inspect.json", "compose": "compose.yaml", "k8s": "k8s.yaml", "oci": "config.json"}
ok = True
for svc in sorted(os.listdir(tmp)):
    expected = set(lines(os.path.join(d, svc, "expected")))
    for fmt, name in files.items():
        report = json.load(open(os.path.join(tmp, svc, name)))
        got = {f["rule"] for f in report["findings"]}
        # expected names the format-only rules the service triggers too;
        # they are wanted from their own format alone.
        others = set().union(*(r for f, r in only.items() if f != fmt))
        want = expected - absent.get(fmt, set()) - others
        if report.get("errors") or got != want:
            ok = False
            print("FAIL: %s/%s: missing %s, unexpected %s, errors %s" %
                  (svc, name, sorted(want - got), sorted(got - want), report.get("errors")))
        else:
            print("ok: %s/%s: %s" % (svc, name, " ".join(sorted(got)) or "no findings"))
sys.exit(0 if ok else 1)
PY
