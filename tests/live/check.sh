#!/bin/sh
# bulkhead config --docker against a stand-in Engine API (fake_engine.py) that
# answers like a daemon would, and like a broken or hostile one would.
# Usage: check.sh BULKHEAD TESTS_DIR
bin=$1
tests=$2
tmp=$(mktemp -d) || exit 1
server=""
stop() {
	[ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
	server=""
}
trap 'stop; rm -rf "$tmp"' EXIT
fails=0
fail() {
	echo "FAIL: $*"
	fails=$((fails + 1))
}

# serve SCENARIO: starts the stand-in on $tmp/engine.sock
serve() {
	stop
	rm -f "$tmp/engine.sock" "$tmp/requests"
	python3 "$tests/live/fake_engine.py" "$tmp/engine.sock" "$1" "$tests/equivalence/insecure/inspect.json" "$tmp/requests" &
	server=$!
	for _ in $(seq 1 100); do
		[ -S "$tmp/engine.sock" ] && return 0
		sleep 0.05
	done
	fail "fake engine did not start"
}

# audit SCENARIO [ARGS...]: runs config --docker, sets rc, writes $tmp/out.json and $tmp/err
run() {
	serve "$1"
	shift
	"$bin" config --no-config --docker-host "unix://$tmp/engine.sock" --format json "$@" >"$tmp/out.json" 2>"$tmp/err"
	rc=$?
}

rules_of() {
	python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
for f in d["findings"]:
    print(f["location"]["path"], f["location"].get("line", 0), f["rule"])
' "$tmp/out.json" | sort
}

# A well-behaved daemon: one container checked, one gone before its inspect.
run ok
[ "$rc" = 1 ] || fail "ok: exit $rc, want 1: $(cat "$tmp/err")"
grep -v '^#' "$tests/equivalence/insecure/expected" | sed '/^$/d' | grep -vx CS035 | sed 's|^|docker://web 0 |' | sort >"$tmp/want"
rules_of | diff -u "$tmp/want" - || fail "ok: findings differ from tests/equivalence/insecure/expected"
[ -s "$tmp/err" ] && fail "ok: unexpected error output: $(cat "$tmp/err")"
grep -qx "/containers/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/json" "$tmp/requests" ||
	fail "ok: the vanished container was not asked for"

# The reports follow their schemas with docker:// locations and no lines.
python3 "$tests/cli/validate.py" "$tests/../docs/schemas/report-v1.schema.json" "$tmp/out.json" ||
	fail "ok: the JSON report does not follow its schema"
"$bin" config --no-config --docker-host "unix://$tmp/engine.sock" --format sarif >"$tmp/out.sarif" 2>/dev/null
python3 "$tests/cli/validate.py" "$tests/schemas/sarif-2.1.0.json" "$tmp/out.sarif" ||
	fail "ok: the SARIF report does not follow the SARIF 2.1.0 schema"
grep -q '"uri": "docker://web"' "$tmp/out.sarif" || fail "ok: SARIF does not locate docker://web"

# Ids that are not hex are never put into a request path.
run bad-id
[ "$rc" = 2 ] || fail "bad-id: exit $rc, want 2"
grep -q 'entry 1 has no valid container id' "$tmp/err" && grep -q 'entry 2 has no valid container id' "$tmp/err" &&
	grep -q 'entry 3 has no valid container id' "$tmp/err" || fail "bad-id: $(cat "$tmp/err")"
[ "$(cat "$tmp/requests")" = "/containers/json" ] || fail "bad-id: unexpected requests: $(cat "$tmp/requests")"

run not-json
[ "$rc" = 2 ] && grep -q 'expected a JSON list of containers' "$tmp/err" || fail "not-json: exit $rc, $(cat "$tmp/err")"

run http-500
[ "$rc" = 2 ] && grep -q 'answered HTTP 500: boom' "$tmp/err" || fail "http-500: exit $rc, $(cat "$tmp/err")"

run inspect-garbage
[ "$rc" = 2 ] && grep -q 'docker://x: GET /containers/a*/json: the answer is not container inspect output' "$tmp/err" ||
	fail "inspect-garbage: exit $rc, $(cat "$tmp/err")"

run inspect-bad-type
[ "$rc" = 2 ] && grep -q 'docker://x:.*HostConfig.Privileged: expected true or false, found "sometimes"' "$tmp/err" ||
	fail "inspect-bad-type: exit $rc, $(cat "$tmp/err")"

# Names come from the daemon: control characters never reach the report.
run control-chars
[ "$rc" = 1 ] || fail "control-chars: exit $rc"
rules_of | cut -d' ' -f1 | sort -u | grep -qx 'docker://we?ird?name' || fail "control-chars: $(rules_of | head -1)"

run no-names
rules_of | cut -d' ' -f1 | sort -u | grep -qx 'docker://aaaaaaaaaaaa' || fail "no-names: the short id is not the location"

run huge
[ "$rc" = 2 ] && grep -q 'answer larger than' "$tmp/err" || fail "huge: exit $rc, $(cat "$tmp/err")"

# The policy sees docker://NAME like a path: ignore_paths hide a container.
printf 'ignore_paths:\n  - "docker://w*"\n' >"$tmp/policy.yaml"
serve ok
"$bin" config --config "$tmp/policy.yaml" --docker-host "unix://$tmp/engine.sock" --format json >"$tmp/out.json" 2>"$tmp/err"
rc=$?
[ "$rc" = 0 ] && [ -z "$(rules_of)" ] || fail "policy ignore_paths docker://w*: exit $rc, $(rules_of | head -3)"

# DOCKER_HOST is the default address; --docker-host wins over it.
serve ok
DOCKER_HOST="unix://$tmp/engine.sock" "$bin" config --no-config --docker >/dev/null 2>&1
[ $? = 1 ] || fail "DOCKER_HOST was not used"
DOCKER_HOST="unix://$tmp/nothing.sock" "$bin" config --no-config --docker-host "unix://$tmp/engine.sock" >/dev/null 2>&1
[ $? = 1 ] || fail "--docker-host did not win over DOCKER_HOST"
stop

# No daemon at all: exit 2, the socket named.
"$bin" config --no-config --docker-host "unix://$tmp/engine.sock" >/dev/null 2>"$tmp/err"
rc=$?
[ "$rc" = 2 ] && grep -qF "$tmp/engine.sock" "$tmp/err" || fail "no daemon: exit $rc, $(cat "$tmp/err")"
"$bin" config --no-config --docker-host "ftp://example" >/dev/null 2>"$tmp/err"
rc=$?
[ "$rc" = 2 ] && grep -q 'unsupported Docker host' "$tmp/err" || fail "ftp:// host: exit $rc, $(cat "$tmp/err")"

[ "$fails" = 0 ] && echo "config --docker against the stand-in daemon ok" || exit 1
