#!/bin/sh
# bulkhead bench against an Engine API that lies (tests/bench/fake_engine.py):
# wrong types, path-like ids, huge pids, non-JSON bodies and HTTP errors must
# end in verdicts and skips with reasons — never a crash, a hang or a request
# built from an unchecked id.
BULKHEAD=$1
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d /tmp/bulkhead-hostile.XXXXXX)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

for mode in odd garbage errors; do
	sock=$T/$mode.sock
	python3 "$HERE/fake_engine.py" "$sock" "$mode" &
	pid=$!
	for _ in $(seq 1 100); do [ -S "$sock" ] && break; sleep 0.05; done
	[ -S "$sock" ] || fail "fake engine ($mode) did not start"
	timeout 60 "$BULKHEAD" bench --no-config --format json --docker-host "unix://$sock" \
		--root-dir "$T" >"$T/$mode.json" 2>"$T/$mode.err"
	rc=$?
	[ $rc -le 1 ] || fail "$mode: bulkhead bench exited $rc: $(cat "$T/$mode.err")"
	python3 - "$T/$mode.json" "$mode" <<'PY' || fail "$mode: unexpected report"
import json, sys
doc = json.load(open(sys.argv[1]))
mode = sys.argv[2]
checks = {c["id"]: c for c in doc["checks"]}
assert len(checks) == 117, len(checks)
for c in checks.values():
    assert c["status"] in ("pass", "warn", "info", "note", "skip"), c
    assert c["detail"], c
if mode == "odd":
    # ids that are not hex are never requested; "12" is, and is reported as
    # not inspected; the one with wrong types is not judged on half its answer
    d = checks["5.5"]["detail"]
    assert checks["5.5"]["status"] == "skip" and "no container could be inspected" in d, d
    assert "12: GET /containers/12/json" in d and "Config.Image: expected a single value" in d, d
    paths = open(sys.argv[1].rsplit("/", 1)[0] + "/odd.sock.paths").read().split()
    assert not [p for p in paths if ".." in p or "%" in p.split("?")[0]], paths
    assert "ghp_0123456789abcdefABCDEF0123456789abcd" not in json.dumps(doc), "secret printed"
    assert checks["4.7"]["status"] == "skip", checks["4.7"]
    assert checks["4.6"]["status"] == "skip", checks["4.6"]
else:
    for cid in ("5.5", "4.6", "6.1"):
        assert checks[cid]["status"] == "skip", checks[cid]
PY
	kill "$pid"
	wait "$pid" 2>/dev/null
	pid=""
done
echo "hostile engine ok"
