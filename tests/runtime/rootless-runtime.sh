#!/bin/sh
# Rootless `bulkhead runtime` (what rootless podman and Docker call), as the
# unprivileged user nobody (65534), with a bundle whose user namespace maps
# container root to nobody:
#   - create/start/state/list/kill/delete with the state in nobody's own root
#     ($XDG_RUNTIME_DIR/bulkhead, else /tmp/bulkhead-UID), never in
#     /run/bulkhead; a root that others may write, or that is not nobody's,
#     is refused;
#   - without a delegated cgroup: no cgroup and a warning naming the group
#     that is not writable, unless the spec sets limits: then an error;
#   - a spec without a user namespace is a clear error;
#   - with a delegated v1 group (memory, pids): a relative cgroupsPath is
#     made below it and holds the limits and the init;
#   - with a delegated v2 group (pure v2 in a private mount namespace): the
#     same with a hugetlb limit (the controller this host's v2 hierarchy
#     has), and a limit of a controller not delegated is an error.
. "$(dirname "$0")/lib.sh"
rt_require jq setpriv unshare
U=/sys/fs/cgroup/unified
it_skip() { echo "skipped: $*"; exit 77; }
[ "$(stat -f -c %T /sys/fs/cgroup 2>/dev/null)" = cgroup2fs ] && it_skip "a pure cgroup v2 host: this test hides v1 hierarchies"
[ "$(stat -f -c %T $U 2>/dev/null)" = cgroup2fs ] || it_skip "not a hybrid cgroup host ($U is not cgroup2)"
grep -qw hugetlb $U/cgroup.controllers || it_skip "the unified hierarchy does not offer hugetlb here"
DLIB=$RT_DIR/delegate-lib.sh
. "$DLIB"
XDG=$BH_IT_ROOT/xdg
mkdir -p "$XDG" && chown 65534:65534 "$XDG" && chmod 700 "$XDG"
G=/bulkhead-rtrootless-$$
V2G=/bulkhead-rtrootless-v2-$$
FALLBACK=/tmp/bulkhead-65533
MADE_FALLBACK=
nb() { setpriv --reuid=65534 --regid=65534 --clear-groups env XDG_RUNTIME_DIR="$XDG" "$BULKHEAD" runtime "$@"; }
cleanup() {
	for id in $(nb list --quiet 2>/dev/null); do nb delete --force "$id" >/dev/null 2>&1; done
	for d in /sys/fs/cgroup/memory$G /sys/fs/cgroup/pids$G $U$V2G; do
		[ -d "$d" ] && find "$d" -depth -type d -exec rmdir {} \; 2>/dev/null
	done
	[ -n "$MADE_FALLBACK" ] && rm -rf "$FALLBACK"
	rt_cleanup
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# bundle NAME [config.py options] [-- ARGS]: container root is nobody
bundle() {
	b=$(rt_bundle "$@")
	jq '.linux.uidMappings = [{"containerID":0,"hostID":65534,"size":1}]
	  | .linux.gidMappings = [{"containerID":0,"hostID":65534,"size":1}]' "$b/config.json" >"$b/c.json" \
		&& mv "$b/c.json" "$b/config.json" && chmod 755 "$b" && chmod 644 "$b/config.json" || it_fail "bundle $1"
	echo "$b"
}
# wait_stopped ID: until the state says stopped
wait_stopped() {
	for _ in $(seq 1 100); do
		[ "$(nb state "$1" | jq -r .status)" = stopped ] && return 0
		sleep 0.1
	done
	it_fail "$1 did not stop"
}

# --- lifecycle, no delegation, no limits -----------------------------------
B=$(bundle life --userns -- sleep 300)
(cd "$B" && nb create life </dev/null >/dev/null 2>"$B/err") || it_fail "create: $(cat "$B/err")"
grep -q "warning: rootless: the container gets no cgroup and no resource limits: .* is not writable by uid 65534" "$B/err" \
	|| it_fail "create: the missing cgroup is not named: $(cat "$B/err")"
[ -f "$XDG/bulkhead/life/state.json" ] || it_fail "no state in \$XDG_RUNTIME_DIR/bulkhead"
[ "$(stat -c '%u %a' "$XDG/bulkhead")" = "65534 700" ] || it_fail "state root: $(stat -c '%u %a' "$XDG/bulkhead")"
[ ! -e /run/bulkhead/life ] || it_fail "state in /run/bulkhead"
[ "$(nb state life | jq -r .status)" = created ] || it_fail "state after create: $(nb state life)"
pid=$(nb state life | jq -r .pid)
[ "$(stat -c %u /proc/"$pid")" = 65534 ] || it_fail "init is not nobody's"
[ "$(awk '{ print $1, $2, $3 }' /proc/"$pid"/uid_map)" = "0 65534 1" ] || it_fail "uid_map: $(cat /proc/"$pid"/uid_map)"
nb start life || it_fail "start"
[ "$(nb state life | jq -r .status)" = running ] || it_fail "state after start: $(nb state life)"
nb list --quiet | grep -qx life || it_fail "list does not show life"
[ "$(readlink /proc/"$pid"/exe)" = /usr/bin/sleep ] || it_fail "init is not running sleep"
out=$(nb exec life sh -c 'id -u; cat /proc/self/uid_map' 2>"$BH_IT_ROOT/exec.err" | tr -s ' ' | sed 's/^ //')
[ "$out" = "0
0 65534 1" ] || it_fail "exec as nobody: $out $(cat "$BH_IT_ROOT/exec.err")"
nb kill life KILL || it_fail "kill"
wait_stopped life
nb delete life || it_fail "delete"
[ ! -e "$XDG/bulkhead/life" ] || it_fail "state left after delete"
nb state life >/dev/null 2>&1 && it_fail "state of a deleted container"

# --- limits without a delegation: an error, nothing left -------------------
B=$(bundle lim --userns --memory 67108864 -- true)
(cd "$B" && nb create lim </dev/null >/dev/null 2>"$B/err") && it_fail "limits without a delegated cgroup were accepted"
grep -q "rootless: linux.resources sets limits, but .* is not writable by uid 65534: no cgroup is delegated to you" "$B/err" \
	|| it_fail "limits without a delegation: unclear error: $(cat "$B/err")"
[ ! -e "$XDG/bulkhead/lim" ] || it_fail "a refused create left state"

# --- no user namespace --------------------------------------------------------
B=$(rt_bundle nouserns -- true)
chmod 755 "$B" && chmod 644 "$B/config.json"
(cd "$B" && nb create nouserns </dev/null >/dev/null 2>"$B/err") && it_fail "a rootless spec without a user namespace was accepted"
grep -q "rootless (uid 65534): .*config.json has no user namespace" "$B/err" || it_fail "no userns: unclear error: $(cat "$B/err")"

# --- the state root: fallback, and roots others may write --------------------
# (uid 65533, a user of no other test, owns the fallback /tmp/bulkhead-65533)
if [ ! -e "$FALLBACK" ] && [ ! -L "$FALLBACK" ]; then
	MADE_FALLBACK=1
	setpriv --reuid=65533 --regid=65533 --clear-groups env -u XDG_RUNTIME_DIR "$BULKHEAD" runtime list >/dev/null \
		|| it_fail "list with the fallback root"
	[ "$(stat -c '%u %a %F' "$FALLBACK")" = "65533 700 directory" ] || it_fail "fallback root: $(stat -c '%u %a %F' "$FALLBACK")"
	chmod 777 "$FALLBACK"
	setpriv --reuid=65533 --regid=65533 --clear-groups env -u XDG_RUNTIME_DIR "$BULKHEAD" runtime list 2>"$BH_IT_ROOT/fb.err"
	rc=$?
	[ $rc = 2 ] && grep -q "state root $FALLBACK is not a directory of your own that only you can write" "$BH_IT_ROOT/fb.err" \
		|| it_fail "a world-writable fallback root was used (exit $rc): $(cat "$BH_IT_ROOT/fb.err")"
	rm -rf "$FALLBACK"
	ln -s "$XDG" "$FALLBACK"
	setpriv --reuid=65533 --regid=65533 --clear-groups env -u XDG_RUNTIME_DIR "$BULKHEAD" runtime list 2>"$BH_IT_ROOT/fb.err"
	rc=$?
	[ $rc = 2 ] && grep -q "(a symlink" "$BH_IT_ROOT/fb.err" || it_fail "a symlinked fallback root was used (exit $rc)"
	rm -f "$FALLBACK"
	MADE_FALLBACK=
else
	it_log "$FALLBACK exists: fallback root cases not run"
fi
mkdir -p "$BH_IT_ROOT/rootowned"
nb --root "$BH_IT_ROOT/rootowned" list 2>"$BH_IT_ROOT/ro.err"
rc=$?
[ $rc = 2 ] && grep -q "owner uid 0" "$BH_IT_ROOT/ro.err" || it_fail "a root-owned --root was used (exit $rc)"

# --- a delegated v1 group ----------------------------------------------------
for c in memory pids; do delegate /sys/fs/cgroup/$c$G; done
B=$(bundle v1 --userns --memory 67108864 --pids 30 --cgroups-path ctr/v1 -- sleep 300)
(cd "$B" && in_groups "/sys/fs/cgroup/memory$G /sys/fs/cgroup/pids$G" "$BULKHEAD" runtime create v1 \
	</dev/null >/dev/null 2>"$B/err") || it_fail "v1: create: $(cat "$B/err")"
grep -q "no cgroup" "$B/err" && it_fail "v1: a delegated create says it has no cgroup"
CG=$G/ctr/v1
[ "$(cat /sys/fs/cgroup/memory$CG/memory.limit_in_bytes)" = 67108864 ] || it_fail "v1: memory.limit_in_bytes"
[ "$(cat /sys/fs/cgroup/pids$CG/pids.max)" = 30 ] || it_fail "v1: pids.max"
pid=$(nb state v1 | jq -r .pid)
grep -qx "$pid" /sys/fs/cgroup/memory$CG/cgroup.procs && grep -qx "$pid" /sys/fs/cgroup/pids$CG/cgroup.procs \
	|| it_fail "v1: init $pid not in $CG"
[ "$(jq -r .cgroupPath "$XDG/bulkhead/v1/state.json")" = "$CG" ] || it_fail "v1: state.json cgroupPath"
nb start v1 || it_fail "v1: start"
nb exec v1 cat /proc/self/cgroup 2>"$BH_IT_ROOT/exec.err" | grep -q ":memory:$CG\$" \
	|| it_fail "v1: an exec'd process is not in $CG: $(cat "$BH_IT_ROOT/exec.err")"
nb kill v1 KILL || it_fail "v1: kill"
wait_stopped v1
nb delete v1 || it_fail "v1: delete"
[ ! -d /sys/fs/cgroup/memory$CG ] && [ ! -d /sys/fs/cgroup/pids$CG ] || it_fail "v1: group left after delete"

# --- a delegated v2 group, pure v2 in a private mount namespace --------------
B2=$(bundle v2 --userns --cgroups-path ctr/v2 -- sleep 300)
jq '.linux.resources.hugepageLimits = [{"pageSize":"2MB","limit":4194304}]' "$B2/config.json" >"$B2/ok.json"
jq '.linux.resources.memory = {"limit":67108864}' "$B2/config.json" >"$B2/mem.json"
chmod 644 "$B2"/*.json
cat >"$BH_IT_ROOT/v2.sh" <<EOF
set -e
mount --make-rprivate /
umount -l /sys/fs/cgroup
mount -t cgroup2 none /sys/fs/cgroup
it_fail() { echo "FAIL: \$*"; exit 1; }
XDG=$XDG
. $DLIB
nb() { setpriv --reuid=65534 --regid=65534 --clear-groups env XDG_RUNTIME_DIR="$XDG" "$BULKHEAD" runtime "\$@"; }
echo +hugetlb >/sys/fs/cgroup/cgroup.subtree_control
D=/sys/fs/cgroup$V2G
delegate \$D
delegate \$D/leaf
cd $B2
cp ok.json config.json
in_groups \$D/leaf "$BULKHEAD" runtime create v2 </dev/null >/dev/null 2>err || it_fail "v2: create: \$(cat err)"
[ "\$(cat \$D/ctr/v2/hugetlb.2MB.max)" = 4194304 ] || it_fail "v2: hugetlb.2MB.max is \$(cat \$D/ctr/v2/hugetlb.2MB.max)"
pid=\$(nb state v2 | jq -r .pid)
grep -qx "\$pid" \$D/ctr/v2/cgroup.procs || it_fail "v2: init \$pid not in \$D/ctr/v2"
grep -qx "0::$V2G/ctr/v2" /proc/\$pid/cgroup || it_fail "v2: /proc/\$pid/cgroup: \$(cat /proc/\$pid/cgroup)"
nb delete --force v2 || it_fail "v2: delete"
[ ! -d \$D/ctr/v2 ] || it_fail "v2: group left after delete"
cp mem.json config.json
if in_groups \$D/leaf "$BULKHEAD" runtime create v2mem </dev/null >/dev/null 2>err; then it_fail "v2: memory accepted"; fi
grep -q "needs the memory controller, which the cgroup v2 hierarchy at \$D/ctr does not offer" err \
	|| it_fail "v2: memory refusal unclear: \$(cat err)"
[ ! -d \$D/ctr/v2mem ] || it_fail "v2: refused create left its group"
echo v2-ok
EOF
out=$(unshare -m sh ${BH_TRACE:+-x} "$BH_IT_ROOT/v2.sh" 2>&1) || it_fail "pure v2: $out"
echo "$out" | grep -q v2-ok || it_fail "pure v2: $out"
echo "ok: rootless runtime (state root, lifecycle, no delegation, v1 and v2 delegations)"
