#!/bin/sh
# `bulkhead run` sets its container up in the sealed runtime, not in the host
# bulkhead binary (the CVE-2019-5736 class, as escape.sh checks it for
# `runtime run`):
#  - from inside: the container's first process executing /proc/self/exe
#    (the trick of the CVE, with which the container reaches the binary that
#    set it up) gets the sealed bulkhead-runtime, never bulkhead;
#  - from the host, while the container runs: the process that created it and
#    waits for it runs from a sealed memfd, which cannot be opened for
#    writing, and the host binary is unchanged; bulkhead itself stays in the
#    host's namespaces;
#  - the runtime killed under the container: bulkhead still ends with 128+9,
#    and removes the container, its state and the bundle;
#  - a signal other than TERM (USR1) reaches the container's process;
#  - rootless without $XDG_RUNTIME_DIR: `bulkhead runtime list` without
#    --root shows the container `bulkhead run` started.
. "$(dirname "$0")/../integration/lib.sh"
it_require python3 tar setpriv pgrep readelf
[ -x "${BULKHEAD:-}" ] || it_fail "BULKHEAD must point at the bulkhead binary"
RL_UID=65531
RL_DIR=/tmp/bulkhead-$RL_UID
# a run left by a failure: its container's process is pid 1 of its namespace
# and ignores TERM, so the tree goes with KILL (bulkhead, then what it left)
RUNS=
kill_runs() {
	for b in $RUNS; do
		r=$(pgrep -P "$b")
		c=$([ -n "$r" ] && pgrep -P "$r")
		kill -KILL "$b" $r $c 2>/dev/null
	done
	RUNS=
}
cleanup() {
	kill_runs
	[ -n "${RL_MADE:-}" ] && rm -rf "$RL_DIR"
	it_cleanup
}
trap cleanup EXIT
trap 'exit 130' INT TERM
chmod 755 "$BH_IT_ROOT"
export TMPDIR=$BH_IT_ROOT/tmp
mkdir -p "$TMPDIR"
chmod 755 "$TMPDIR"
leftover() { [ -z "$(ls -A "$TMPDIR")" ] || it_fail "$1: bundle left behind: $(ls "$TMPDIR")"; }
# waits until FILE has a line LINE, or the process PID is gone
wait_line() {
	for _ in $(seq 1 1800); do
		grep -qx "$2" "$1" 2>/dev/null && return 0
		kill -0 "$3" 2>/dev/null || break
		sleep 0.1
	done
	grep -qx "$2" "$1" 2>/dev/null
}
IMG=$BH_IT_ROOT/debian.tar
python3 "$(dirname "$0")/mkimage.py" "$IMG" "" "$(it_rootfs_tar)" || it_fail "building the image"
chmod 644 "$IMG"
host_sum=$(sha256sum <"$BULKHEAD")

# --- inside: /proc/self/exe of the container's first process -------------
# The image's Env sets LD_TRACE_LOADED_OBJECTS: a dynamically linked program
# reached through /proc/self/exe only has its libraries listed by the image's
# loader. bulkhead links SQLite; the runtime does not, and is static
# except in the sanitizer build.
readelf -d "$BULKHEAD" | grep -q 'NEEDED.*libsqlite3' || it_fail "bulkhead does not link libsqlite3: no oracle"
TRACE=$BH_IT_ROOT/trace.tar
MKIMAGE_ENV=LD_TRACE_LOADED_OBJECTS=1 python3 "$(dirname "$0")/mkimage.py" "$TRACE" "" "$(it_rootfs_tar)" \
	|| it_fail "building the tracing image"
chmod 644 "$TRACE"
"$BULKHEAD" run "$TRACE" -- /proc/self/exe >"$BH_IT_ROOT/self.out" 2>"$BH_IT_ROOT/self.err"
rc=$?
cat "$BH_IT_ROOT/self.out" "$BH_IT_ROOT/self.err"
if grep -q libsqlite3 "$BH_IT_ROOT/self.out" "$BH_IT_ROOT/self.err"; then
	it_fail "the container's /proc/self/exe is the host bulkhead binary"
elif grep -q '^usage: bulkhead-runtime runtime' "$BH_IT_ROOT/self.err"; then
	[ $rc = 2 ] || it_fail "the sealed runtime's usage: exit $rc, want 2"
	it_log "the container's /proc/self/exe is the static sealed runtime"
elif grep -q 'libyaml' "$BH_IT_ROOT/self.out"; then
	it_log "the container's /proc/self/exe is the dynamically linked runtime (sanitizer build)"
else
	it_fail "the container's /proc/self/exe is neither the runtime nor bulkhead"
fi
leftover "/proc/self/exe"

# --- host side, while the container runs ---------------------------------
"$BULKHEAD" run "$IMG" -- sh -c 'trap "echo USR1; exit 7" USR1; echo READY; while :; do sleep 0.1; done' \
	>"$BH_IT_ROOT/run.out" 2>"$BH_IT_ROOT/run.err" &
bh=$!
RUNS=$bh
wait_line "$BH_IT_ROOT/run.out" READY $bh || { cat "$BH_IT_ROOT/run.err"; it_fail "the container did not run"; }
rt=$(pgrep -P $bh)
[ -n "$rt" ] && [ "$(echo "$rt" | wc -l)" = 1 ] || it_fail "bulkhead has no single child (the runtime): $rt"
exe=$(readlink "/proc/$rt/exe")
case "$exe" in
/memfd:*) it_log "the runtime of bulkhead run runs from $exe" ;;
*) it_fail "the runtime of bulkhead run runs from $exe, not from a sealed memfd" ;;
esac
[ "$(stat -L -c %i "/proc/$rt/exe")" != "$(stat -c %i "$BULKHEAD")" ] || it_fail "the runtime's exe is the host binary"
if (exec 3>>"/proc/$rt/exe") 2>/dev/null; then
	it_fail "the runtime's executable can be opened for writing"
fi
if (printf 'x' | dd of="/proc/$rt/exe" conv=notrunc 2>/dev/null); then
	it_fail "the runtime's executable could be written"
fi
ctr=$(pgrep -P "$rt")
[ -n "$ctr" ] || it_fail "the runtime has no child (the container's process)"
[ "$(awk '/^NSpid:/ { print $NF }' "/proc/$ctr/status")" = 1 ] || it_fail "the runtime's child is not pid 1 of the container"
[ "$(readlink "/proc/$ctr/exe")" != "$(readlink -f "$BULKHEAD")" ] || it_fail "the container's process is bulkhead"
for ns in mnt pid user; do
	[ "$(readlink "/proc/$bh/ns/$ns")" = "$(readlink /proc/self/ns/$ns)" ] || it_fail "bulkhead left the host's $ns namespace"
done
[ "$(sha256sum <"$BULKHEAD")" = "$host_sum" ] || it_fail "host binary changed"
id="bulkhead-run-$bh"
"$BULKHEAD" runtime state "$id" | grep -q '"status": *"running"' || it_fail "runtime state $id: not running"
# a signal other than TERM reaches the container's process
kill -USR1 $bh
wait $bh
rc=$?
[ $rc = 7 ] || it_fail "SIGUSR1 to bulkhead run: exit $rc, want 7 (the container's trap)"
grep -qx USR1 "$BH_IT_ROOT/run.out" || it_fail "the container's trap did not run"
[ ! -e "/run/bulkhead/$id" ] || it_fail "state of $id left behind"
leftover "SIGUSR1"
it_log "CVE-2019-5736 class: bulkhead run's setup never runs from the host binary"

# --- the runtime killed under the container ------------------------------
"$BULKHEAD" run "$IMG" -- sh -c 'echo READY; while :; do sleep 0.1; done' >"$BH_IT_ROOT/kill.out" 2>"$BH_IT_ROOT/kill.err" &
bh=$!
RUNS=$bh
wait_line "$BH_IT_ROOT/kill.out" READY $bh || { cat "$BH_IT_ROOT/kill.err"; it_fail "the container did not run"; }
rt=$(pgrep -P $bh)
ctr=$(pgrep -P "$rt")
[ -n "$rt" ] && [ -n "$ctr" ] || it_fail "no runtime or container process"
kill -KILL "$rt"
wait $bh
rc=$?
[ $rc = 137 ] || it_fail "runtime killed: exit $rc, want 137"
for _ in $(seq 1 50); do kill -0 "$ctr" 2>/dev/null || break; sleep 0.1; done
kill -0 "$ctr" 2>/dev/null && it_fail "the container's process outlived the run"
[ ! -e "/run/bulkhead/bulkhead-run-$bh" ] || it_fail "state left behind after the runtime was killed"
leftover "runtime killed"

# --- the runtime options bulkhead run passes -----------------------------
# --no-cgroup never drops a limit silently: `runtime spec` sets 512 MiB
NB=$BH_IT_ROOT/nocg
mkdir -p "$NB/rootfs"
"$BULKHEAD" runtime spec --bundle "$NB" || it_fail "runtime spec"
"$BULKHEAD" runtime --root "$BH_IT_ROOT/nocg-root" --no-cgroup run --bundle "$NB" nocg </dev/null 2>"$BH_IT_ROOT/nocg.err"
rc=$?
[ $rc = 1 ] && grep -q -- "--no-cgroup: .*config.json sets resource limits" "$BH_IT_ROOT/nocg.err" \
	|| it_fail "--no-cgroup with limits: exit $rc, $(cat "$BH_IT_ROOT/nocg.err")"
[ -z "$(ls -A "$BH_IT_ROOT/nocg-root" 2>/dev/null)" ] || it_fail "--no-cgroup refusal left state"
"$BULKHEAD" runtime --cgroup-parent relative list >/dev/null 2>"$BH_IT_ROOT/cgp.err"
[ $? = 2 ] && grep -q "expected an absolute cgroup path" "$BH_IT_ROOT/cgp.err" || it_fail "--cgroup-parent relative accepted"

# --- rootless, no $XDG_RUNTIME_DIR: runtime list shows the run -----------
if [ -e "$RL_DIR" ] || [ -L "$RL_DIR" ]; then
	it_fail "$RL_DIR exists: remove it first"
fi
RL_MADE=1
as_user() { setpriv --reuid=$RL_UID --regid=$RL_UID --clear-groups env -u XDG_RUNTIME_DIR -u TMPDIR "$@"; }
# (setpriv and env exec: $! is bulkhead itself, not a subshell running as_user)
setpriv --reuid=$RL_UID --regid=$RL_UID --clear-groups env -u XDG_RUNTIME_DIR -u TMPDIR "$BULKHEAD" run "$IMG" -- sh -c 'echo READY; while :; do sleep 0.1; done' \
	>"$BH_IT_ROOT/rl.out" 2>"$BH_IT_ROOT/rl.err" &
bh=$!
RUNS=$bh
wait_line "$BH_IT_ROOT/rl.out" READY $bh || { cat "$BH_IT_ROOT/rl.err"; it_fail "rootless: the container did not run"; }
rlid="bulkhead-run-$bh"
[ -f "$RL_DIR/$rlid/state.json" ] || it_fail "rootless: no state in $RL_DIR/$rlid: $(ls -la "$RL_DIR")"
as_user "$BULKHEAD" runtime list >"$BH_IT_ROOT/list" 2>&1 || it_fail "runtime list: $(cat "$BH_IT_ROOT/list")"
cat "$BH_IT_ROOT/list"
grep -q "^$rlid  *[0-9][0-9]*  *running " "$BH_IT_ROOT/list" || it_fail "runtime list without --root lacks $rlid"
[ "$(wc -l <"$BH_IT_ROOT/list")" = 2 ] || it_fail "runtime list shows more than the run's container"
as_user "$BULKHEAD" runtime kill "$rlid" KILL || it_fail "rootless runtime kill $rlid"
wait $bh
rc=$?
[ $rc = 137 ] || it_fail "rootless container killed: exit $rc, want 137"
[ -z "$(ls -A "$RL_DIR")" ] || it_fail "rootless: left behind in $RL_DIR: $(ls -A "$RL_DIR")"
echo "run-sealed: bulkhead run's container set up by the sealed runtime; status, signals, cleanup and list hold"
