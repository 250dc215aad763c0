#!/bin/sh
# bulkhead bench sections 4 and 5 against real containers: a private dockerd
# runs containers that each break one recommendation (and one that breaks
# none); every verdict is asserted, including the runtime facts bulkhead
# reads from /proc (seccomp mode, no_new_privs, sshd).
BULKHEAD=$1
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/bench_lib.sh"
it_require dockerd docker curl python3
trap it_cleanup EXIT
[ -x "$BULKHEAD" ] || it_fail "usage: bench_workloads.sh PATH-TO-BULKHEAD"
R=$BH_IT_ROOT
IMG=bulkhead-test/debian:bookworm

# 1. a daemon with its defaults: containers are judged by their own settings
it_start_dockerd workloads --storage-driver=overlay2
sock=${DOCKER_HOST#unix://}
bench_run "$R/empty.json" --no-config --include 4,5
bench_expect "$R/empty.json" 4.1=info 4.5=warn 4.6=pass 5.1=pass 5.5=skip 5.7=skip 5.32=skip 4.3=note 5.28=note
bench_field_has "$R/empty.json" 5.5 detail "no running containers"

it_import_base "$IMG"
run() { docker run -d --network none "$@" >/dev/null || it_fail "docker run $*: $(tail -3 "$IT_DOCKERD_DIR/dockerd.log")"; }
# every recommendation of section 5 that a container can follow
run --name good --user 1000:1000 --read-only --memory 64m --cpu-shares 512 --pids-limit 64 \
	--security-opt no-new-privileges --cap-drop ALL --restart on-failure:3 \
	--health-cmd true --health-interval 1s "$IMG" sleep infinity
bench_run "$R/good.json" --no-config --include 4,5
bench_expect "$R/good.json" 4.1=pass 4.6=warn 4.10=note 5.4=pass 5.5=pass 5.6=pass 5.7=pass 5.8=pass 5.9=pass \
	5.10=pass 5.11=pass 5.12=pass 5.13=pass 5.14=pass 5.15=pass 5.16=pass 5.17=pass 5.18=pass 5.19=pass \
	5.20=pass 5.21=pass 5.22=pass 5.23=note 5.24=note 5.25=pass 5.26=pass 5.27=pass 5.29=pass 5.30=pass \
	5.31=pass 5.32=pass
bench_field_has "$R/good.json" 4.6 detail "$IMG: no HEALTHCHECK"
bench_field_has "$R/good.json" 5.4 detail "1 of 1 run with an empty effective capability set"
bench_field_has "$R/good.json" 5.31 detail "0 of 1 run in their own user namespace"
# the runtime facts, one object per container
python3 - "$R/good.json" <<'PY' || it_fail "the containers' runtime facts are wrong"
import json, sys
ctrs = json.load(open(sys.argv[1]))["containers"]
assert len(ctrs) == 1, ctrs
c = ctrs[0]
want = {"name": "good", "seccomp": "filter", "no_new_privs": True, "cap_eff": "0000000000000000",
        "user_namespace": "host", "processes": 1}
bad = {k: (v, c.get(k)) for k, v in want.items() if c.get(k) != v}
assert not bad, bad
assert c["pid"] > 1 and c["uid_map"] == "0 0 4294967295", c
PY

# one container per broken recommendation
run --name rooty "$IMG" sleep infinity
# A privileged container needs every capability; when the test itself runs
# in a container without some of them, runc cannot start one.
if docker run -d --network none --name priv --privileged "$IMG" sleep infinity >/dev/null 2>"$R/priv.err"; then
	HAVE_PRIV=1
else
	HAVE_PRIV=0
	docker rm -f priv >/dev/null 2>&1
	it_log "no privileged container on this host (5.5 asserted as pass): $(head -1 "$R/priv.err")"
fi
export HAVE_PRIV
run --name sshd "$IMG" sh -c 'cp /bin/sleep /tmp/sshd && exec /tmp/sshd infinity'
run --name sockmount -v "$sock:/var/run/docker.sock" "$IMG" sleep infinity
run --name hostpid --pid host --cap-add SYS_ADMIN -v /etc:/host-etc:ro "$IMG" sleep infinity
run --name secret -e API_TOKEN=ghp_0123456789abcdefABCDEF0123456789abcd --restart always "$IMG" sleep infinity
docker exec -d --user root good sleep 60 || it_fail "docker exec --user root failed"
if [ "$HAVE_PRIV" = 1 ]; then
	docker exec -d --privileged rooty sleep 60 || it_fail "docker exec --privileged failed"
fi
# sshd copies itself before exec: wait until the process has its name
for _ in $(seq 1 50); do
	docker top sshd -o comm 2>/dev/null | grep -q '^sshd$' && break
	sleep 0.1
done
bench_run "$R/bad.json" --no-config --include 4,5
bench_expect "$R/bad.json" 4.1=warn 4.10=warn 5.4=warn 5.6=warn 5.7=warn 5.13=warn 5.15=warn \
	5.16=warn 5.24=info 5.26=warn 5.27=warn 5.29=warn 5.32=warn 5.9=pass 5.10=pass
python3 - "$R/bad.json" <<'PY' || it_fail "section 5 details name the wrong containers"
import json, os, sys
checks = {c["id"]: c for c in json.load(open(sys.argv[1]))["checks"]}
priv = os.environ["HAVE_PRIV"] == "1"
def names(cid):
    d = checks[cid]["detail"]
    return {part.split(": ")[0] for part in d.split(": ", 1)[1].split("; ")}
expect = {
    "5.7": {"sshd"}, "5.32": {"sockmount"}, "5.16": {"hostpid"}, "5.6": {"hostpid"},
    "5.4": {"hostpid"}, "5.15": {"secret"}, "4.10": {"secret"},
    # only "good" asked for no-new-privileges; /proc confirms the others lack it
    "5.26": {"rooty", "sshd", "sockmount", "hostpid", "secret"} | ({"priv"} if priv else set()),
    "5.24": {"good"},
}
if priv:
    expect["5.5"] = {"priv"}
    expect["5.23"] = {"rooty"}
    # the privileged container looks default in its inspect document; /proc says Seccomp: 0
    expect["5.22"] = {"priv"}
bad = []
if not priv and (checks["5.5"]["status"] != "pass" or checks["5.22"]["status"] != "pass"
                 or checks["5.23"]["status"] != "note"):
    bad.append("5.5 and 5.22 must pass without a privileged container: %s / %s"
               % (checks["5.5"]["detail"], checks["5.22"]["detail"]))
for cid, want in expect.items():
    got = names(cid)
    if got != want:
        bad.append(f"{cid}: expected {sorted(want)}, got {sorted(got)} ({checks[cid]['detail']})")
if priv and "Seccomp: 0" not in checks["5.22"]["detail"]:
    bad.append("5.22 does not cite the kernel's seccomp mode: " + checks["5.22"]["detail"])
if "ghp_0123456789abcdefABCDEF0123456789abcd" in json.dumps(checks):
    bad.append("the secret is printed unmasked")
for b in bad:
    print("  " + b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY
bench_field_has "$R/bad.json" 5.7 detail "sshd"
python3 - "$R/bad.json" <<'PY' || it_fail "runtime facts of the bad containers are wrong"
import json, sys
ctrs = {c["name"]: c for c in json.load(open(sys.argv[1]))["containers"]}
assert ctrs["sshd"]["sshd"].endswith(" sshd"), ctrs["sshd"]
assert ctrs["rooty"]["no_new_privs"] is False and ctrs["rooty"]["cap_eff"] == "00000000a80425fb", ctrs["rooty"]
assert "sshd" not in ctrs["rooty"], ctrs["rooty"]
PY
[ "$HAVE_PRIV" = 0 ] || bench_field_has "$R/bad.json" 5.5 remediation "privileged"
it_stop_dockerd

# 2. the daemon sets no-new-privileges for every container: the container's
# inspect document does not say so (docker-bench warns on 5.26), /proc does
it_start_dockerd daemonwide --storage-driver=overlay2 --no-new-privileges
it_import_base "$IMG"
run --name plain "$IMG" sleep infinity
bench_run "$R/daemonwide.json" --no-config --include 2.14,5
bench_expect "$R/daemonwide.json" 2.14=pass 5.26=pass 5.22=pass 5.11=warn
curl -sf --unix-socket "${DOCKER_HOST#unix://}" http://docker/containers/plain/json |
	python3 -c 'import json,sys; sys.exit("no-new-privileges" in json.dumps(json.load(sys.stdin)["HostConfig"]["SecurityOpt"]))' ||
	it_fail "the container's SecurityOpt names no-new-privileges; the scenario proves nothing"
echo "bench workloads ok"
