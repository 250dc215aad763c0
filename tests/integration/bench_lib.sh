# Helpers for the bench integration tests; source after lib.sh.
# BULKHEAD is the binary under test (first argument of the test script).

BULKHEAD=${BULKHEAD:-bulkhead}

# bench_run OUT [bench args...]: runs `bulkhead bench --format json` into OUT.
# Exit codes 0 and 1 are verdicts; anything else fails the test.
bench_run() {
	out=$1
	shift
	"$BULKHEAD" bench --format json "$@" >"$out" 2>"$out.err"
	rc=$?
	[ $rc -le 1 ] || it_fail "bulkhead bench exited $rc: $(cat "$out.err")"
}

# bench_expect OUT ID=STATUS...: every named check has exactly that status;
# a warn must also be a finding for rule CIS-ID, anything else must not be.
bench_expect() {
	python3 - "$@" <<'PY' || it_fail "unexpected bench verdicts (see above) in $1"
import json, sys
doc = json.load(open(sys.argv[1]))
checks = {c["id"]: c for c in doc["checks"]}
findings = {f["rule"] for f in doc["findings"]}
bad = []
for arg in sys.argv[2:]:
    cid, want = arg.split("=", 1)
    c = checks.get(cid)
    got = c["status"] if c else "absent"
    if got != want:
        bad.append(f"  {cid}: expected {want}, got {got}: {c.get('detail') if c else ''}")
    if c and (got == "warn") != (f"CIS-{cid}" in findings):
        bad.append(f"  {cid}: status {got} but finding present={f'CIS-{cid}' in findings}")
for b in bad:
    print(b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY
}

# bench_field OUT ID FIELD: prints a field of a check (location.path and
# location.line reach into the location).
bench_field() {
	python3 - "$@" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
c = {c["id"]: c for c in doc["checks"]}.get(sys.argv[2], {})
for part in sys.argv[3].split("."):
    c = c.get(part, {}) if isinstance(c, dict) else {}
print(c if c != {} else "")
PY
}

# bench_field_has OUT ID FIELD TEXT: the field contains TEXT.
bench_field_has() {
	v=$(bench_field "$1" "$2" "$3")
	case "$v" in *"$4"*) ;; *) it_fail "check $2 $3 does not contain '$4': $v" ;; esac
}

# bench_start_dockerd NAME [dockerd args...]: it_start_dockerd without its
# --iptables=false, for scenarios that need iptables (dockerd refuses
# icc=false without it). The default bridge stays off (--bridge=none).
bench_start_dockerd() {
	name=$1
	shift
	dir=$BH_IT_ROOT/$name
	mkdir -p "$dir"
	sock=$dir/docker.sock
	dockerd --data-root "$dir/data" --exec-root "$dir/exec" --pidfile "$dir/dockerd.pid" \
		-H "unix://$sock" --ip6tables=false --bridge=none --storage-driver=vfs "$@" >"$dir/dockerd.log" 2>&1 &
	BH_IT_PIDS="$BH_IT_PIDS $!"
	for _ in $(seq 1 300); do
		if curl -sf --unix-socket "$sock" http://docker/_ping >/dev/null 2>&1; then
			export DOCKER_HOST="unix://$sock"
			IT_DOCKERD_DIR=$dir
			return 0
		fi
		sleep 0.1
	done
	tail -20 "$dir/dockerd.log" >&2
	it_fail "dockerd $name did not start"
}

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# bench_host OUT KEY VALUE: the report's host object has KEY = VALUE
# (booleans as true/false, null as null).
bench_host() {
	got=$(python3 - "$1" "$2" <<'PY'
import json, sys
v = json.load(open(sys.argv[1])).get("host", {}).get(sys.argv[2], "absent")
print(json.dumps(v) if not isinstance(v, str) else v)
PY
)
	[ "$got" = "$3" ] || it_fail "host.$2 is '$got', expected '$3' in $1"
}

# bench_skipped OUT KIND OP N: the report's count of skips of KIND
# (not_applicable, permission_denied, api_unreachable, daemon_not_visible,
# other) compares to N with the test(1) operator OP (-eq, -ge ...).
bench_skipped() {
	got=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["bench"]["skipped"][sys.argv[2]])' "$1" "$2") ||
		it_fail "no bench.skipped.$2 in $1"
	[ "$got" "$3" "$4" ] || it_fail "bench.skipped.$2 is $got, expected $3 $4 in $1"
}
