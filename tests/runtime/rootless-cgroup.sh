#!/bin/sh
# Rootless `bulkhead run` with a delegated cgroup. As root this test makes a
# group of its own, chowns it to nobody (65534) the way an administrator or
# systemd's Delegate= does, moves a shell into it and runs bulkhead as
# nobody from there:
#   - v1 (this hybrid host's memory, pids and cpu hierarchies): the
#     container's group is made below the delegated one, the defaults and
#     explicit flags are in memory.limit_in_bytes / pids.max /
#     cpu.cfs_quota_us, read inside the container and outside, and its
#     process is a member; with pids not delegated the default pids limit is
#     dropped with a warning naming the path and --pids is an error;
#   - pure v2 (a fresh cgroup2 mount in a private mount namespace, the
#     subtree delegated as systemd does it: the group and its leaf chowned,
#     the shell in the leaf): the group is made below the delegated one and
#     the process is in it; a controller the delegation lacks is named,
#     dropped as a default and refused as a flag. Where the v2 view offers
#     memory and pids (a pure v2 host) memory.max and pids.max are checked;
#   - nothing delegated: no cgroup, and the message names the group that is
#     not writable; --memory is an error.
# Every group is removed again, whatever happens.
. "$(dirname "$0")/../integration/lib.sh"
PURE_V2=$(cd "$(dirname "$0")" && pwd)/pure-v2.sh
it_require python3 tar setpriv unshare
[ -x "${BULKHEAD:-}" ] || it_fail "BULKHEAD must point at the bulkhead binary"
U=/sys/fs/cgroup/unified
it_skip() { echo "skipped: $*"; exit 77; }
[ "$(stat -f -c %T /sys/fs/cgroup 2>/dev/null)" = cgroup2fs ] && it_skip "a pure cgroup v2 host: this test hides v1 hierarchies"
[ "$(stat -f -c %T $U 2>/dev/null)" = cgroup2fs ] || it_skip "not a hybrid cgroup host ($U is not cgroup2)"
for c in memory pids cpu; do
	[ "$(stat -f -c %T /sys/fs/cgroup/$c 2>/dev/null)" = tmpfs ] && it_skip "no v1 $c hierarchy"
done
G=/bulkhead-rootless-$$
V2G=/bulkhead-rootless-v2-$$
cleanup() {
	for d in /sys/fs/cgroup/memory$G /sys/fs/cgroup/pids$G /sys/fs/cgroup/cpu$G $U$V2G; do
		[ -d "$d" ] && find "$d" -depth -type d -exec rmdir {} \; 2>/dev/null
	done
	it_cleanup
}
trap cleanup EXIT
trap 'exit 130' INT TERM
chmod 755 "$BH_IT_ROOT"
IMG=$BH_IT_ROOT/debian.tar
python3 "$(dirname "$0")/mkimage.py" "$IMG" "" "$(it_rootfs_tar)" || it_fail "building the image"
chmod 644 "$IMG"
XDG=$BH_IT_ROOT/xdg
mkdir -p "$XDG" && chown 65534:65534 "$XDG" && chmod 700 "$XDG"

DLIB=$(cd "$(dirname "$0")" && pwd)/delegate-lib.sh
. "$DLIB"

# the container holds until the test has looked at it from outside and
# kills it (exit 137)
HOLD='echo READY; exec sleep 600'

# --- v1 -------------------------------------------------------------------
for c in memory pids cpu; do delegate /sys/fs/cgroup/$c$G; done
V1DIRS="/sys/fs/cgroup/memory$G /sys/fs/cgroup/pids$G /sys/fs/cgroup/cpu$G"
OUT=$BH_IT_ROOT/v1.out ERR=$BH_IT_ROOT/v1.err
in_groups "$V1DIRS" "$BULKHEAD" run --memory 96m --pids 40 --cpus 0.5 "$IMG" -- sh -c \
	"cat /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/pids/pids.max /sys/fs/cgroup/cpu/cpu.cfs_quota_us
	$HOLD" >"$OUT" 2>"$ERR" &
pid=$!
wait_ready "$OUT" $pid || { cat "$ERR" >&2; it_fail "v1: the container did not run"; }
# outside: one group below the delegated one, with the limits and the process
CG=$(find /sys/fs/cgroup/memory$G/bulkhead -mindepth 1 -maxdepth 1 -type d)
[ -n "$CG" ] || it_fail "v1: no group below /sys/fs/cgroup/memory$G/bulkhead"
CG=${CG#/sys/fs/cgroup/memory}
[ "$(cat /sys/fs/cgroup/memory$CG/memory.limit_in_bytes)" = $((96 << 20)) ] || it_fail "v1: memory.limit_in_bytes outside"
[ "$(cat /sys/fs/cgroup/pids$CG/pids.max)" = 40 ] || it_fail "v1: pids.max outside"
[ "$(cat /sys/fs/cgroup/cpu$CG/cpu.cfs_quota_us)" = 50000 ] || it_fail "v1: cpu.cfs_quota_us outside"
members=$(cat /sys/fs/cgroup/memory$CG/cgroup.procs)
[ -n "$members" ] || it_fail "v1: the container's group has no process"
for p in $members; do
	grep -q ":memory:$CG\$" /proc/"$p"/cgroup && grep -q ":pids:$CG\$" /proc/"$p"/cgroup \
		|| it_fail "v1: /proc/$p/cgroup does not name $CG: $(cat /proc/"$p"/cgroup)"
	[ "$(stat -c %u /proc/"$p")" = 65534 ] || it_fail "v1: member $p is not nobody's"
done
[ ! -d /sys/fs/cgroup/devices$CG ] && [ ! -d /sys/fs/cgroup/freezer$CG ] || it_fail "v1: a group in an undelegated controller"
kill -KILL $members
wait $pid
rc=$?
[ $rc = 137 ] || { cat "$ERR" >&2; it_fail "v1: exit status $rc, want 137"; }
[ "$(head -n 3 "$OUT" | tr '\n' ' ')" = "$((96 << 20)) 40 50000 " ] || it_fail "v1: limits inside: $(head -n 3 "$OUT")"
grep -q "no cgroup" "$ERR" && it_fail "v1: a delegated run says it has no cgroup"
[ ! -d /sys/fs/cgroup/memory$CG ] && [ ! -d /sys/fs/cgroup/pids$CG ] || it_fail "v1: group left after the run"

# the defaults, from inside
out=$(in_groups "$V1DIRS" "$BULKHEAD" run "$IMG" -- \
	cat /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/pids/pids.max /sys/fs/cgroup/cpu/cpu.cfs_quota_us \
	2>"$ERR" | tr '\n' ' ')
[ "$out" = "$((512 << 20)) 256 100000 " ] || { cat "$ERR" >&2; it_fail "v1: default limits inside: $out"; }

# --cgroup-parent names the delegated group: nobody need not be in it
out=$(setpriv --reuid=65534 --regid=65534 --clear-groups env XDG_RUNTIME_DIR="$XDG" "$BULKHEAD" run --cgroup-parent "$G" \
	--pids 33 "$IMG" -- cat /sys/fs/cgroup/pids/pids.max 2>"$ERR")
[ "$out" = 33 ] || { cat "$ERR" >&2; it_fail "v1 --cgroup-parent: pids.max inside: $out"; }
# as root, the container's group goes below it too
out=$("$BULKHEAD" run --cgroup-parent "$G/asroot" --pids 34 "$IMG" -- cat /sys/fs/cgroup/pids/pids.max 2>"$ERR")
[ "$out" = 34 ] || { cat "$ERR" >&2; it_fail "root --cgroup-parent: pids.max inside: $out"; }
[ -d /sys/fs/cgroup/pids$G/asroot/bulkhead ] || it_fail "root --cgroup-parent: no group below $G/asroot"
[ -z "$(find /sys/fs/cgroup/pids$G/asroot/bulkhead -mindepth 1 -type d)" ] || it_fail "root --cgroup-parent: group left"
find /sys/fs/cgroup/*$G/asroot -depth -type d -exec rmdir {} \; 2>/dev/null

# pids not delegated: the default is dropped with the path named; --pids is refused
rmdir /sys/fs/cgroup/pids$G/bulkhead 2>/dev/null
chown 0:0 /sys/fs/cgroup/pids$G
out=$(in_groups "$V1DIRS" "$BULKHEAD" run "$IMG" -- cat /sys/fs/cgroup/memory/memory.limit_in_bytes 2>"$ERR")
[ "$out" = $((512 << 20)) ] || { cat "$ERR" >&2; it_fail "v1 partial: memory limit inside: $out"; }
grep -q "relaxed: rootless: no pids limit (default of --pids): /sys/fs/cgroup/pids$G is not writable by uid 65534" "$ERR" \
	|| it_fail "v1 partial: the dropped pids limit is not named: $(cat "$ERR")"
in_groups "$V1DIRS" "$BULKHEAD" run --pids 10 "$IMG" -- true 2>"$ERR"
rc=$?
[ $rc = 2 ] && grep -q -- "--pids cannot be applied rootless: /sys/fs/cgroup/pids$G is not writable" "$ERR" \
	|| it_fail "v1 partial: --pids not refused (exit $rc): $(cat "$ERR")"

# --- nothing delegated -----------------------------------------------------
OWN=$(setpriv --reuid=65534 --regid=65534 --clear-groups awk -F: '$2 == "memory" { print $3 }' /proc/self/cgroup)
out=$(setpriv --reuid=65534 --regid=65534 --clear-groups env XDG_RUNTIME_DIR="$XDG" "$BULKHEAD" run "$IMG" -- \
	cat /sys/fs/cgroup/memory/memory.limit_in_bytes 2>"$ERR")
grep -q "relaxed: rootless: no cgroup, so no memory, pids or CPU limits (/sys/fs/cgroup/memory${OWN%/} (your own cgroup) is not writable by uid 65534" "$ERR" \
	|| it_fail "none: the missing delegation is not named: $(cat "$ERR")"
[ "$out" != $((512 << 20)) ] || it_fail "none: a memory limit without a delegation"
setpriv --reuid=65534 --regid=65534 --clear-groups env XDG_RUNTIME_DIR="$XDG" "$BULKHEAD" run --memory 64m "$IMG" -- true \
	2>"$ERR"
rc=$?
[ $rc = 2 ] && grep -q -- "--memory cannot be applied rootless: .*not writable by uid 65534" "$ERR" \
	|| it_fail "none: --memory not refused (exit $rc): $(cat "$ERR")"

# --- pure v2, in a private mount namespace ---------------------------------
cat >"$BH_IT_ROOT/v2.sh" <<EOF
set -e
. "$PURE_V2"
it_fail() { echo "FAIL: \$*"; exit 1; }
. $DLIB
XDG=$XDG
D=/sys/fs/cgroup$V2G
offered=\$(cat /sys/fs/cgroup/cgroup.controllers)
# what a systemd delegation looks like: the controllers enabled down to the
# delegated group, which is the user's, with the user's shell in a leaf
for c in memory pids cpu hugetlb; do
	case " \$offered " in *" \$c "*) echo "+\$c" >/sys/fs/cgroup/cgroup.subtree_control ;; esac
done
delegate \$D
delegate \$D/leaf
full=
case " \$offered " in *" memory "*" pids "*|*" pids "*" memory "*) full=1 ;; esac
OUT=$BH_IT_ROOT/v2.out ERR=$BH_IT_ROOT/v2.err
in_groups \$D/leaf "$BULKHEAD" run "$IMG" -- sh -c '$HOLD' >\$OUT 2>\$ERR &
pid=\$!
wait_ready \$OUT \$pid || { cat \$ERR; it_fail "v2: the container did not run"; }
CG=\$(find \$D/bulkhead -mindepth 1 -maxdepth 1 -type d)
[ -n "\$CG" ] || it_fail "v2: no group below \$D/bulkhead"
members=\$(cat \$CG/cgroup.procs)
[ -n "\$members" ] || it_fail "v2: the container's group has no process"
for p in \$members; do
	grep -qx "0::\${CG#/sys/fs/cgroup}" /proc/\$p/cgroup || it_fail "v2: /proc/\$p/cgroup does not name \$CG"
done
if [ -n "\$full" ]; then
	[ "\$(cat \$CG/memory.max)" = $((512 << 20)) ] || it_fail "v2: memory.max is \$(cat \$CG/memory.max)"
	[ "\$(cat \$CG/pids.max)" = 256 ] || it_fail "v2: pids.max is \$(cat \$CG/pids.max)"
else
	for c in memory pids; do
		grep -q "relaxed: rootless: no \$c limit (default of --\$c): the \$c controller is not in \$D/cgroup.controllers" \$ERR \
			|| it_fail "v2: the missing \$c controller is not named: \$(cat \$ERR)"
	done
fi
kill -KILL \$members
wait \$pid || true
[ ! -d \$CG ] || it_fail "v2: \$CG left after the run"
if [ -z "\$full" ]; then
	if in_groups \$D/leaf "$BULKHEAD" run --memory 64m "$IMG" -- true 2>\$ERR; then it_fail "v2: --memory accepted"; fi
	grep -q -- "--memory cannot be applied rootless: the memory controller is not in \$D/cgroup.controllers" \$ERR \
		|| it_fail "v2: --memory refusal unclear: \$(cat \$ERR)"
fi
echo v2-ok
EOF
out=$(unshare -m sh ${BH_TRACE:+-x} "$BH_IT_ROOT/v2.sh" 2>&1) || it_fail "pure v2: $out"
echo "$out" | grep -q v2-ok || it_fail "pure v2: $out"
[ -z "$(find "$U$V2G/bulkhead" -mindepth 1 -type d 2>/dev/null)" ] || it_fail "pure v2: groups left"
echo "ok: rootless cgroup limits (v1 and v2 delegations, partial, none)"
