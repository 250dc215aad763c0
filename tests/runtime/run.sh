#!/bin/sh
# `bulkhead run` on a docker-archive of the debootstrap root filesystem:
# every default is checked from inside the container, the exit status comes
# back, the unpacked directory is gone afterwards, --dry-run prints the
# config, and a hostile archive never writes outside its unpack directory.
. "$(dirname "$0")/../integration/lib.sh"
it_require python3 jq tar
trap it_cleanup EXIT
chmod 755 "$BH_IT_ROOT"
[ -x "${BULKHEAD:-}" ] || it_fail "BULKHEAD must point at the bulkhead binary"
MK="python3 $(dirname "$0")/mkimage.py"
export TMPDIR=$BH_IT_ROOT/tmp
mkdir -p "$TMPDIR"
chmod 755 "$TMPDIR"
leftover() { [ -z "$(ls -A "$TMPDIR")" ] || it_fail "$1: unpack directory left behind: $(ls "$TMPDIR")"; }

IMG=$BH_IT_ROOT/debian.tar
$MK "$IMG" "" "$(it_rootfs_tar)" || it_fail "building the image"

# --- dry run: valid JSON with every default on
"$BULKHEAD" run --dry-run "$IMG" >"$BH_IT_ROOT/dry.json" 2>"$BH_IT_ROOT/dry.err" || it_fail "dry-run failed"
leftover dry-run
grep -q "no non-root USER" "$BH_IT_ROOT/dry.err" || it_fail "no warning about the missing USER"
jq -e '.root.readonly == true and .process.noNewPrivileges == true
	and .process.capabilities.effective == [] and .process.capabilities.bounding == []
	and ([.linux.namespaces[].type] | sort) == ["cgroup","ipc","mount","network","pid","user","uts"]
	and .linux.uidMappings[0].hostID == 100000 and .linux.resources.memory.limit == 536870912
	and .linux.resources.pids.limit == 256 and .linux.resources.cpu.quota == 100000
	and (.linux.seccomp.syscalls | length) > 0 and (.linux.maskedPaths | index("/proc/kcore")) != null
	and .process.args == ["/bin/sh","-c","exit 3"] and .process.cwd == "/etc"
	and (.process.env | index("RUN_TEST=1")) != null' "$BH_IT_ROOT/dry.json" >/dev/null \
	|| it_fail "dry-run config lacks a default: $(cat "$BH_IT_ROOT/dry.json")"
# each relaxing flag changes the config and is named
"$BULKHEAD" run --dry-run --net host --cap-add net_raw --writable --memory 1g --pids 10 --seccomp unconfined \
	--user 1000:1000 "$IMG" >"$BH_IT_ROOT/dry2.json" 2>"$BH_IT_ROOT/dry2.err" || it_fail "dry-run with flags failed"
for f in "--net host" "--cap-add CAP_NET_RAW" "--writable" "--memory" "--pids" "--seccomp unconfined" "--user"; do
	grep -q -- "relaxed: $f" "$BH_IT_ROOT/dry2.err" || it_fail "$f not named on stderr"
done
jq -e '.root.readonly == false and .process.capabilities.effective == ["CAP_NET_RAW"]
	and ([.linux.namespaces[].type] | index("network")) == null and .linux.seccomp == null
	and .linux.resources.memory.limit == 1073741824 and .linux.resources.pids.limit == 10
	and .process.user.uid == 1000 and .process.user.gid == 1000' "$BH_IT_ROOT/dry2.json" >/dev/null \
	|| it_fail "relaxing flags not applied: $(cat "$BH_IT_ROOT/dry2.json")"
"$BULKHEAD" run --dry-run --user nobody "$IMG" 2>/dev/null | jq -e '.process.user.uid == 65534' >/dev/null \
	|| it_fail "--user nobody not resolved through the image's /etc/passwd"

# --- the container, checked from inside
CHECK='id -u; cat /proc/self/uid_map; grep -E "^(CapEff|NoNewPrivs|Seccomp):" /proc/self/status
touch /x 2>&1; touch /tmp/y && echo tmp writable; cut -d: -f1 /proc/net/dev | tail -n +3
cat /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/pids/pids.max; pwd; exit 42'
"$BULKHEAD" run "$IMG" -- sh -c "$CHECK" >"$BH_IT_ROOT/out" 2>"$BH_IT_ROOT/err"
rc=$?
cat "$BH_IT_ROOT/out"
[ $rc = 42 ] || it_fail "exit status $rc, want 42: $(cat "$BH_IT_ROOT/err")"
leftover run
for want in '^0$' '^ *0 *100000 *65536$' '^CapEff:	0000000000000000$' '^NoNewPrivs:	1$' '^Seccomp:	2$' \
	'Read-only file system' '^tmp writable$' '^536870912$' '^256$' '^/etc$'; do
	grep -q "$want" "$BH_IT_ROOT/out" || it_fail "container lacks $want"
done
[ "$(sed -n '/^ *[a-z0-9]*$/p' "$BH_IT_ROOT/out" | grep -v '^[0-9]' | grep -v '^ *0 ' | tr -d ' ')" = lo ] \
	|| it_fail "network devices other than lo"
# the image's own Cmd and its status
"$BULKHEAD" run "$IMG" 2>/dev/null
[ $? = 3 ] || it_fail "image Cmd status not propagated"
# a non-root USER runs as that user
[ "$("$BULKHEAD" run --user 1000 "$IMG" -- id -u 2>/dev/null)" = 1000 ] || it_fail "--user 1000"

# signals: during the unpack they end the run and the directory goes; once
# the container runs they are forwarded to it
"$BULKHEAD" run "$IMG" -- true >/dev/null 2>&1 &
pid=$!
sleep 1
kill -TERM $pid
wait $pid
rc=$?
[ $rc = 143 ] || it_fail "SIGTERM during the unpack: exit $rc, want 143"
leftover "signal during unpack"
"$BULKHEAD" run --writable "$IMG" -- sh -c 'trap "exit 5" TERM; touch /up; while :; do sleep 0.1; done' >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 1200); do # the trap is set once /up exists
	[ -n "$(find "$TMPDIR" -maxdepth 3 -name up 2>/dev/null)" ] && break
	sleep 0.1
done
kill -TERM $pid
wait $pid
rc=$?
[ $rc = 5 ] || it_fail "SIGTERM to a running container: exit $rc, want 5 (the container's trap)"
leftover "signal while running"

# --- a hostile archive: symlinks out of the root and writes through them
OUT=$BH_IT_ROOT/outside
mkdir -p "$OUT"
echo victim >"$OUT/victim"
$MK "$BH_IT_ROOT/evil.tar" "" evil:"$OUT" || it_fail "building the evil image"
"$BULKHEAD" run --dry-run "$BH_IT_ROOT/evil.tar" >/dev/null 2>&1
"$BULKHEAD" run "$BH_IT_ROOT/evil.tar" >/dev/null 2>&1
[ "$(ls -A "$OUT")" = victim ] || it_fail "the hostile image wrote outside its root: $(ls -A "$OUT")"
[ "$(cat "$OUT/victim")" = victim ] || it_fail "victim changed"
[ "$(stat -c %h "$OUT/victim")" = 1 ] || it_fail "a hard link to a host file was made"
leftover evil
# setuid bits are dropped unless asked
"$BULKHEAD" run "$IMG" -- sh -c 'stat -c %a /usr/bin/su' 2>/dev/null | grep -qx 755 || it_fail "setuid bit kept"
"$BULKHEAD" run --keep-setuid "$IMG" -- sh -c 'stat -c %a /usr/bin/su' 2>/dev/null | grep -qx 4755 \
	|| it_fail "--keep-setuid dropped the bit"
# malformed input: clear error, exit 2, nothing left
echo junk >"$BH_IT_ROOT/junk.tar"
"$BULKHEAD" run "$BH_IT_ROOT/junk.tar" 2>"$BH_IT_ROOT/junk.err"
[ $? = 2 ] && grep -q junk.tar "$BH_IT_ROOT/junk.err" || it_fail "bad archive: want exit 2 naming the file"
leftover junk
echo "run: defaults hold inside the container; hostile archive contained"
