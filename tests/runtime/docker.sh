#!/bin/sh
# Docker drives bulkhead as an OCI runtime (dockerd -> containerd ->
# containerd-shim-runc-v2 -> `bulkhead runtime ...` with runc's argument
# shapes). Every `docker run` and `docker exec` here runs twice, with runc and with bulkhead,
# and what the container sees of itself must be the same.
. "$(dirname "$0")/lib.sh"
rt_require dockerd docker curl jq

# runtimeArgs: dockerd writes a wrapper "BULKHEAD runtime $@" itself.
cat >"$BH_IT_ROOT/daemon.json" <<JSON
{ "runtimes": { "bulkhead": { "path": "$BULKHEAD", "runtimeArgs": ["runtime"] } } }
JSON
it_start_dockerd rt --config-file "$BH_IT_ROOT/daemon.json"
it_import_base bulkhead-test/debian:base
IMG=bulkhead-test/debian:base

# same WHAT DOCKER-RUN-ARGS... -- CMD: `docker run --rm` with each runtime.
# Containers write stdout and stderr on separate streams that docker merges
# in no fixed order: cases that print both redirect stderr into stdout.
same() {
	what=$1
	shift
	runc_out=$(timeout 120 docker run --rm --runtime runc "$@" 2>&1)
	runc_rc=$?
	bh_out=$(timeout 120 docker run --rm --runtime bulkhead "$@" 2>&1)
	bh_rc=$?
	if [ "$runc_out" != "$bh_out" ] || [ "$runc_rc" != "$bh_rc" ]; then
		printf 'runc (exit %s):\n%s\nbulkhead (exit %s):\n%s\n' "$runc_rc" "$runc_out" "$bh_rc" "$bh_out" >&2
		it_fail "docker run $what: bulkhead differs from runc"
	fi
	it_log "docker run, same as runc: $what"
	LAST=$bh_out
}

STATUS='grep -E "^(CapEff|CapBnd|NoNewPrivs|Seccomp):" /proc/self/status'
same "status, network none" --network none "$IMG" sh -c "$STATUS"
echo "$LAST" | grep -q '^Seccomp:	2' || it_fail "no seccomp filter under bulkhead: $LAST"
same "exit status" --network none "$IMG" sh -c 'exit 42'
same "hardened flags" --network none --read-only --user 1000:1000 -m 64m --pids-limit 50 --cap-drop ALL \
	--security-opt no-new-privileges "$IMG" sh -c "exec 2>&1; id; $STATUS; cat /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/pids/pids.max; touch /x 2>&1"
echo "$LAST" | grep -q '^CapEff:	0000000000000000' || it_fail "--cap-drop ALL not applied: $LAST"
echo "$LAST" | grep -q '^67108864$' || it_fail "-m 64m not applied: $LAST"
same "masked paths" --network none "$IMG" sh -c 'exec 2>&1; cat /proc/timer_list /proc/keys | wc -c; ls /sys/firmware | wc -l; echo x >/proc/sysrq-trigger 2>&1'
same "hostname and env" --network none --hostname box -e FOO=bar -w /usr "$IMG" sh -c 'hostname; echo $FOO; pwd'
same "terminal (-t, through --console-socket)" -t --network none "$IMG" sh -c 'tty; test -t 0 && test -t 1 && echo stdio is a tty'
echo "$LAST" | grep -q "stdio is a tty" || it_fail "docker run -t: no terminal: $LAST"
same "tmpfs mount" --network none --read-only --tmpfs /scratch "$IMG" sh -c 'echo hi >/scratch/f && cat /scratch/f'

# docker exec (the shim's `exec --process F --detach --pid-file P`), top (ps)
# and pause/unpause in a container of each runtime.
r_cid=$(docker run -d --runtime runc --network none --cap-drop ALL "$IMG" sleep 300) || it_fail "docker run -d (runc)"
b_cid=$(docker run -d --runtime bulkhead --network none --cap-drop ALL "$IMG" sleep 300) || it_fail "docker run -d (bulkhead)"
same_exec() {
	what=$1
	shift
	r=$(timeout 60 docker exec "$@" "$r_cid" sh -c "$EXEC_CMD" 2>&1)
	r_rc=$?
	b=$(timeout 60 docker exec "$@" "$b_cid" sh -c "$EXEC_CMD" 2>&1)
	b_rc=$?
	[ "$r" = "$b" ] && [ "$r_rc" = "$b_rc" ] ||
		it_fail "docker exec $what: runc (exit $r_rc): $r -- bulkhead (exit $b_rc): $b"
	it_log "docker exec, same as runc: $what"
}
EXEC_CMD="exec 2>&1; id; $STATUS; ls /proc/\$\$/fd; exit 3"
same_exec "status and exit"
EXEC_CMD='id; pwd; echo $A'
same_exec "user, workdir, env" -u 1000:1000 -w /tmp -e A=b
docker top "$b_cid" | grep -q "sleep 300" || it_fail "docker top: $(docker top "$b_cid" 2>&1)"
docker pause "$b_cid" >/dev/null || it_fail "docker pause"
[ "$(docker inspect -f '{{.State.Status}}' "$b_cid")" = paused ] || it_fail "not paused"
docker unpause "$b_cid" >/dev/null || it_fail "docker unpause"
[ "$(docker inspect -f '{{.State.Status}}' "$b_cid")" = running ] || it_fail "not running after unpause"
docker rm -f "$r_cid" "$b_cid" >/dev/null

# A long-running container through its whole life.
cid=$(docker run -d --runtime bulkhead --network none "$IMG" sh -c 'trap "exit 0" TERM; echo up; while :; do sleep 0.2; done') ||
	it_fail "docker run -d"
for _ in $(seq 1 50); do docker logs "$cid" 2>/dev/null | grep -q up && break; sleep 0.1; done
[ "$(docker logs "$cid")" = up ] || it_fail "docker logs: $(docker logs "$cid" 2>&1)"
[ "$(docker inspect -f '{{.State.Running}}' "$cid")" = true ] || it_fail "container not running"
# the shim's --root for our runtime: where our state.json for this container is
state=$(find "$IT_DOCKERD_DIR" /run/docker -path "*/$cid/state.json" 2>/dev/null | head -1)
[ -n "$state" ] || it_fail "no bulkhead state for $cid"
RTROOT=$(dirname "$(dirname "$state")")
[ "$("$BULKHEAD" runtime --root "$RTROOT" state "$cid" | jq -r .status)" = running ] || it_fail "runtime state is not running"
timeout 60 docker stop -t 5 "$cid" >/dev/null || it_fail "docker stop"
[ "$(docker inspect -f '{{.State.ExitCode}}' "$cid")" = 0 ] || it_fail "stop: exit code $(docker inspect -f '{{.State.ExitCode}}' "$cid")"
timeout 60 docker start "$cid" >/dev/null || it_fail "docker start (restart of a stopped container)"
timeout 60 docker kill "$cid" >/dev/null || it_fail "docker kill"
[ "$(docker inspect -f '{{.State.ExitCode}}' "$cid")" = 137 ] || it_fail "kill: exit code $(docker inspect -f '{{.State.ExitCode}}' "$cid")"
docker rm "$cid" >/dev/null || it_fail "docker rm"
[ -z "$("$BULKHEAD" runtime --root "$RTROOT" list -q 2>/dev/null)" ] || it_fail "containers left in the runtime state"
echo "docker: all cases match runc"
