#!/bin/sh
# bulkhead config --docker against a private dockerd: containers started with
# known settings must produce exactly the rule ids those settings call for,
# read through the Engine API (the docker CLI only starts the containers).
#
# Usage: config_docker.sh BULKHEAD EQUIVALENCE_DIR
. "$(dirname "$0")/lib.sh"
it_require dockerd docker debootstrap curl python3
bin=$1
equiv=$2
[ -x "$bin" ] || it_fail "usage: config_docker.sh BULKHEAD EQUIVALENCE_DIR"
trap it_cleanup EXIT

it_start_dockerd config
img=bulkhead-test/debian:bookworm
it_import_base $img
docker tag $img bulkhead-test/debian:latest
sock=${DOCKER_HOST#unix://}

# The daemon runs with --bridge=none, so every container gets --network none
# unless it asks for the host network.
run() {
	name=$1
	shift
	docker run -d --name "$name" "$@" sleep infinity >/dev/null ||
		it_fail "docker run $name failed: $(tail -5 "$IT_DOCKERD_DIR/dockerd.log")"
}
run capsys --network none --cap-add SYS_ADMIN $img
run dsock --network none -v "$sock:/var/run/docker.sock" $img
run hostpid --network none --pid host $img
run hostnet --network host $img
run hardened --network none --read-only --cap-drop ALL --security-opt no-new-privileges \
	--user 1000 -m 256m --pids-limit 100 --cpus 0.5 $img
# The equivalence service (tests/equivalence/insecure): everything insecure at once
# that this machine can start (--privileged cannot; SYS_ADMIN stands in).
run insecure --network host --cap-add SYS_ADMIN -v "$sock:/var/run/docker.sock" --user root \
	-e DB_PASSWORD=s3cr3t-Passw0rd-2024 bulkhead-test/debian:latest

# A stopped container is not running: --docker must not report it.
docker create --name stopped --network none --privileged $img true >/dev/null || it_fail "docker create failed"

out=$BH_IT_ROOT/config.json
"$bin" config --no-config --docker --format json >"$out" 2>"$BH_IT_ROOT/config.err"
rc=$?
[ "$rc" = 1 ] || it_fail "config --docker: exit $rc, want 1: $(cat "$BH_IT_ROOT/config.err")"

# Defaults every container here shares: running as root (the image sets no
# user), writable root filesystem, no no-new-privileges, no limits, and
# Docker's default capabilities kept. CS031: the image is not pinned by digest.
python3 - "$out" <<'PY' || it_fail "config --docker reported the wrong rules"
import json, sys
report = json.load(open(sys.argv[1]))
base = {"CS004", "CS018", "CS019", "CS020", "CS022", "CS023", "CS024", "CS031"}
want = {
    "capsys": base | {"CS002"},
    "dsock": base | {"CS010"},
    # Docker itself adds label=disable to a container that shares the host's
    # PID namespace, so SELinux separation is off too (CS017).
    "hostpid": base | {"CS006", "CS017"},
    "hostnet": base | {"CS005"},
    "hardened": {"CS031"},
    "insecure": base | {"CS002", "CS005", "CS010", "CS029", "CS030"},
}
got = {}
for f in report["findings"]:
    loc = f["location"]
    path = loc["path"]
    assert path.startswith("docker://"), path
    assert "line" not in loc or loc["line"] == 0, loc
    got.setdefault(path[len("docker://"):], set()).add(f["rule"])
ok = True
for name in sorted(set(want) | set(got)):
    if want.get(name) != got.get(name):
        ok = False
        print("%s: want %s, got %s" % (name, sorted(want.get(name, [])), sorted(got.get(name, []))))
if report.get("errors"):
    ok = False
    print("errors:", report["errors"])
sys.exit(0 if ok else 1)
PY

# The live containers give the rules the equivalence fixtures give
# (tests/equivalence/*/inspect.json were captured from these command lines).
"$bin" config --no-config --docker --format json >"$out"
for svc in insecure hardened; do
	python3 -c '
import json, sys
report = json.load(open(sys.argv[1]))
print("\n".join(sorted({f["rule"] for f in report["findings"] if f["location"]["path"] == "docker://" + sys.argv[2]})))
' "$out" $svc >"$BH_IT_ROOT/live.ids"
	"$bin" config --no-config --format json "$equiv/$svc/inspect.json" | python3 -c '
import json, sys
print("\n".join(sorted({f["rule"] for f in json.load(sys.stdin)["findings"]})))
' >"$BH_IT_ROOT/fixture.ids"
	diff -u "$BH_IT_ROOT/fixture.ids" "$BH_IT_ROOT/live.ids" || it_fail "live $svc and tests/equivalence/$svc/inspect.json differ"
done

# audit --docker: the files and the live containers in one report.
"$bin" audit --no-config --docker --format json "$(dirname "$0")/../audit/tree" >"$out"
[ $? = 1 ] || it_fail "audit --docker: want exit 1"
python3 -c '
import json, sys
paths = {f["location"]["path"] for f in json.load(open(sys.argv[1]))["findings"]}
assert "docker://insecure" in paths and any(p.endswith("tree/svc/api.Dockerfile") for p in paths), paths
' "$out" || it_fail "audit --docker does not report files and containers together"

# Text and SARIF name the container too.
"$bin" config --no-config --docker --fail-on critical | grep -q '^docker://dsock' || it_fail "text report does not name docker://dsock"
"$bin" config --no-config --docker --format sarif | grep -q '"uri": "docker://capsys"' || it_fail "sarif does not name docker://capsys"

# --docker-host overrides DOCKER_HOST; an unreachable daemon is exit 2 naming the socket.
DOCKER_HOST=unix:///nonexistent/docker.sock "$bin" config --no-config --docker-host "unix://$sock" --format json >/dev/null
[ $? = 1 ] || it_fail "--docker-host did not reach the private daemon"
docker rm -f capsys dsock hostpid hostnet hardened insecure >/dev/null
"$bin" config --no-config --docker --format json >"$out" || it_fail "config --docker with no running container: exit $?"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); sys.exit(bool(r["findings"] or r["errors"]))' "$out" ||
	it_fail "findings reported with no running container"
it_stop_dockerd
"$bin" config --no-config --docker-host "unix://$sock" >/dev/null 2>"$BH_IT_ROOT/err"
rc=$?
[ "$rc" = 2 ] || it_fail "stopped daemon: exit $rc, want 2"
grep -qF "$sock" "$BH_IT_ROOT/err" || it_fail "the error does not name the socket: $(cat "$BH_IT_ROOT/err")"
echo "config --docker ok"
