#!/bin/sh
# cgroup v2 on the real host. On a hybrid host (v1 controllers plus the
# unified hierarchy at /sys/fs/cgroup/unified): v1 controllers keep their v1
# files, the controllers only the unified hierarchy offers get their v2
# files there. Then a pure v2 host, made real in a private mount namespace
# (the v1 hierarchies hidden, a fresh cgroup2 mounted at /sys/fs/cgroup):
# what the hierarchy offers is applied, device rules are enforced by the eBPF
# program exactly as the v1 devices controller enforces them on the hybrid
# host, pause/resume use cgroup.freeze, delete empties and removes the group,
# and controllers it does not offer are clear errors, never a silent pass.
# Between the two, a pure v1 host (the unified mount hidden): what only v2 can
# do is refused.
. "$(dirname "$0")/lib.sh"
PURE_V2=$(cd "$(dirname "$0")" && pwd)/pure-v2.sh
rt_require jq unshare
U=/sys/fs/cgroup/unified
it_skip() { echo "skipped: $*"; exit 77; }
[ "$(stat -f -c %T /sys/fs/cgroup 2>/dev/null)" = cgroup2fs ] && it_skip "a pure cgroup v2 host: this test hides v1 hierarchies"
[ "$(stat -f -c %T $U 2>/dev/null)" = cgroup2fs ] || it_skip "not a hybrid cgroup host ($U is not cgroup2)"
grep -qw hugetlb $U/cgroup.controllers || it_skip "the unified hierarchy does not offer hugetlb here"

# expect FILE CONTENT: the file's first line must be CONTENT
expect() {
	got=$(head -n 1 "$1" 2>/dev/null || echo "(missing)")
	[ "$got" = "$2" ] || it_fail "$1: expected \"$2\", got \"$got\""
}

# bundle NAME RESOURCES-JSON [CGROUPS-PATH]: a sleeping container with RESOURCES
bundle() {
	b=$(rt_bundle "$1" --cgroups-path "${3:-$RT_CG/$1}" -- sleep 300)
	jq --argjson r "$2" '.linux.resources += $r' "$b/config.json" >"$b/c.json" && mv "$b/c.json" "$b/config.json"
	echo "$b"
}

bh features | jq -e '.linux.cgroup.v1 and .linux.cgroup.v2' >/dev/null || it_fail "features: cgroup v1 and v2 not both announced"

# --- hybrid ---------------------------------------------------------------
B=$(bundle hy '{"memory":{"limit":67108864},"pids":{"limit":50},
  "hugepageLimits":[{"pageSize":"2MB","limit":4194304},{"pageSize":"1GB","limit":0}],
  "unified":{"hugetlb.2MB.rsvd.max":"2097152"}}')
(cd "$B" && bh create hy </dev/null >/dev/null) || it_fail "hybrid: create failed"
pid=$(bh state hy | jq -r .pid)
CG=$RT_CG/hy
expect /sys/fs/cgroup/memory$CG/memory.limit_in_bytes 67108864
expect /sys/fs/cgroup/pids$CG/pids.max 50
expect $U$CG/hugetlb.2MB.max 4194304
expect $U$CG/hugetlb.1GB.max 0
expect $U$CG/hugetlb.2MB.rsvd.max 2097152
grep -qx "$pid" /sys/fs/cgroup/memory$CG/cgroup.procs || it_fail "hybrid: init not in the v1 memory group"
grep -qx "$pid" $U$CG/cgroup.procs || it_fail "hybrid: init not in the unified group"
grep -qx "0::$CG" /proc/"$pid"/cgroup || it_fail "hybrid: /proc/$pid/cgroup lacks 0::$CG"
bh start hy && bh pause hy && [ "$(bh state hy | jq -r .status)" = paused ] || it_fail "hybrid: pause (v1 freezer)"
bh resume hy && bh delete --force hy || it_fail "hybrid: resume/delete"
[ ! -d $U$CG ] && [ ! -d /sys/fs/cgroup/memory$CG ] || it_fail "hybrid: groups left after delete"

# a v1-bound controller in the unified map is refused, and leaves nothing behind
B=$(bundle hybad '{"unified":{"memory.high":"1000000"}}')
(cd "$B" && bh create hybad </dev/null >/dev/null 2>"$B/err") && it_fail "hybrid: memory.high in the unified map was accepted"
grep -q "memory controller is not available" "$B/err" || it_fail "hybrid: unclear error: $(cat "$B/err")"
bh state hybad >/dev/null 2>&1 && it_fail "hybrid: failed create left a container"
[ ! -d $U$RT_CG/hybad ] || it_fail "hybrid: failed create left $U$RT_CG/hybad"

# BULKHEAD_CGROUP_ROOT pointing at a second mount of the unified hierarchy:
# bulkhead sees a pure v2 host there, and the group shows in both mounts.
M=$BH_IT_ROOT/cg2
mkdir -p "$M" && mount -t cgroup2 none "$M" || it_fail "mounting cgroup2 at $M"
B=$(bundle knob '{"hugepageLimits":[{"pageSize":"2MB","limit":2097152}]}')
(cd "$B" && BULKHEAD_CGROUP_ROOT=$M bh create knob </dev/null >/dev/null) || it_fail "knob: create failed"
expect "$M$RT_CG/knob/hugetlb.2MB.max" 2097152
expect "$U$RT_CG/knob/hugetlb.2MB.max" 2097152
[ ! -d "/sys/fs/cgroup/memory$RT_CG/knob" ] || it_fail "knob: a v1 group was made with a v2 root"
BULKHEAD_CGROUP_ROOT=$M bh delete --force knob || it_fail "knob: delete failed"
[ ! -d "$U$RT_CG/knob" ] || it_fail "knob: group left after delete"
umount "$M"

# Device rules, on v1 here and on v2 below: deny all, then c 1:4 (/dev/port)
# for mknod only and c 1:1 (/dev/mem) for mknod and read; /dev/null and
# /dev/zero are among the devices every container gets.
DEVRULES='[{"allow":false,"access":"rwm"},{"allow":true,"type":"c","major":1,"minor":4,"access":"m"},
  {"allow":true,"type":"c","major":1,"minor":1,"access":"rm"},{"allow":false,"type":"c","major":1,"minor":1,"access":"r"}]'
DEVCMD='head -c1 /dev/zero >/dev/null && echo zero ok
echo x >/dev/null && echo null ok
mknod /tmp/port c 1 4 && echo mknod port ok
head -c1 /tmp/port >/dev/null 2>&1 && echo read port ok || echo read port denied
mknod /tmp/mem c 1 1 && echo mknod mem ok
head -c1 /tmp/mem >/dev/null 2>&1 && echo read mem ok || echo read mem denied
mknod /tmp/full c 1 7 && echo mknod full ok
mknod /tmp/kmsg c 1 11 2>/dev/null && echo mknod kmsg ok || echo mknod kmsg denied'
DEVWANT='zero ok
null ok
mknod port ok
read port denied
mknod mem ok
read mem denied
mknod full ok
mknod kmsg denied'
devbundle() {
	b=$(rt_bundle "$1" --writable --caps CAP_MKNOD,CAP_DAC_OVERRIDE --cgroups-path "$RT_CG/$1" -- sh -c "$DEVCMD")
	jq --argjson d "$DEVRULES" '.linux.resources.devices = $d' "$b/config.json" >"$b/c.json" && mv "$b/c.json" "$b/config.json"
	echo "$b"
}
BD=$(devbundle devv1)
got=$(cd "$BD" && bh run devv1 </dev/null 2>&1)
[ "$got" = "$DEVWANT" ] || it_fail "hybrid (v1 devices): expected
$DEVWANT
got
$got"

# --- pure v1, in a private mount namespace (the unified mount hidden) -------
B1=$(bundle v1 '{"memory":{"limit":33554432}}')
jq '.linux.resources.unified = {"hugetlb.2MB.max":"0"}' "$B1/config.json" >"$B1/unified.json"
jq '.linux.resources.hugepageLimits = [{"pageSize":"2MB","limit":0}]' "$B1/config.json" >"$B1/huge.json"
cp "$B1/config.json" "$B1/ok.json"
cat >"$BH_IT_ROOT/v1.sh" <<EOF
set -e
mount --make-rprivate /
umount -l $U
bh() { "$BULKHEAD" runtime --root "$RT_BH_ROOT" "\$@"; }
cd "$B1"
for c in unified:"linux.resources.unified needs cgroup v2" huge:"needs the hugetlb controller, which is not mounted as cgroup v1"; do
	name=\${c%%:*} want=\${c#*:}
	cp \$name.json config.json
	if bh create v1\$name </dev/null >/dev/null 2>err; then echo "v1: \$name was accepted"; exit 1; fi
	grep -q "\$want" err || { echo "v1: \$name: unclear error: \$(cat err)"; exit 1; }
done
cp ok.json config.json
bh create v1 </dev/null >/dev/null
[ "\$(cat /sys/fs/cgroup/memory$RT_CG/v1/memory.limit_in_bytes)" = 33554432 ] || { echo "v1: memory limit not set"; exit 1; }
bh delete --force v1
[ ! -d /sys/fs/cgroup/memory$RT_CG/v1 ] || { echo "v1: group left after delete"; exit 1; }
echo v1-ok
EOF
out=$(unshare -m sh ${BH_TRACE:+-x} "$BH_IT_ROOT/v1.sh" 2>&1) || it_fail "pure v1: $out"
echo "$out" | grep -q v1-ok || it_fail "pure v1: $out"
[ ! -d "$U$RT_CG/v1" ] || it_fail "pure v1: a unified group was made"

# --- pure v2, in a private mount namespace ---------------------------------
# Controllers stay bound to their v1 hierarchies, so this cgroup2 offers what
# the unified hierarchy offers (hugetlb here) and nothing else.
B2=$(bundle v2 '{"devices":[],"pids":{"limit":20}}')
jq '.linux.resources.devices = [] | .linux.resources += {"hugepageLimits":[{"pageSize":"2MB","limit":6291456}],
  "unified":{"hugetlb.1GB.max":"0"}} | del(.linux.resources.pids)' "$B2/config.json" >"$B2/ok.json"
jq '.linux.resources.devices = []' "$B2/config.json" >"$B2/pids.json"
BD2=$(devbundle devv2)
jq '.linux.resources.devices = [] | del(.linux.resources.pids) | .linux.resources.unified = {"hugetlb.nosuch":"1"}' \
	"$B2/config.json" >"$B2/nofile.json"
jq '.linux.resources.devices = [] | del(.linux.resources.pids) | .linux.resources.memory = {"limit":1048576}' \
	"$B2/config.json" >"$B2/mem.json"
cat >"$BH_IT_ROOT/v2.sh" <<EOF
set -e
. "$PURE_V2"
# what this v2 host offers is exactly what the hybrid host's unified hierarchy offers
[ "\$(cat /sys/fs/cgroup/cgroup.controllers)" = "$(cat $U/cgroup.controllers)" ] || { echo "v2: controllers differ"; exit 1; }
bh() { "$BULKHEAD" runtime --root "$RT_BH_ROOT" "\$@"; }
cd "$B2"
# refusals: each names what cannot be done, and leaves no container behind
for c in pids:"needs the pids controller" \
	 nofile:"has no such interface file" mem:"needs the memory controller"; do
	name=\${c%%:*} want=\${c#*:}
	cp \$name.json config.json
	if bh create v2\$name </dev/null >/dev/null 2>err; then echo "v2: \$name was accepted"; exit 1; fi
	grep -q "\$want" err || { echo "v2: \$name: unclear error: \$(cat err)"; exit 1; }
	if bh state v2\$name >/dev/null 2>&1; then echo "v2: \$name left a container"; exit 1; fi
	[ ! -d /sys/fs/cgroup$RT_CG/v2\$name ] || { echo "v2: \$name left its group"; exit 1; }
done
cp ok.json config.json
bh create v2 </dev/null >/dev/null
pid=\$(bh state v2 | jq -r .pid)
G=/sys/fs/cgroup$RT_CG/v2
[ "\$(cat \$G/hugetlb.2MB.max)" = 6291456 ] || { echo "v2: hugetlb.2MB.max is \$(cat \$G/hugetlb.2MB.max)"; exit 1; }
[ "\$(cat \$G/hugetlb.1GB.max)" = 0 ] || { echo "v2: hugetlb.1GB.max is \$(cat \$G/hugetlb.1GB.max)"; exit 1; }
grep -qw hugetlb /sys/fs/cgroup$RT_CG/cgroup.subtree_control || { echo "v2: hugetlb not enabled in the parent"; exit 1; }
grep -qx "\$pid" \$G/cgroup.procs || { echo "v2: init not in \$G"; exit 1; }
bh start v2
bh pause v2
grep -qx "frozen 1" \$G/cgroup.events || { echo "v2: not frozen after pause"; exit 1; }
[ "\$(bh state v2 | jq -r .status)" = paused ] || { echo "v2: state is not paused"; exit 1; }
bh resume v2
grep -qx "frozen 0" \$G/cgroup.events || { echo "v2: still frozen after resume"; exit 1; }
bh delete --force v2
[ ! -d \$G ] || { echo "v2: \$G left after delete"; exit 1; }
# (a zombie waiting for its parent to reap it is dead)
st=\$(awk '/^State:/ {print \$2}' /proc/\$pid/status 2>/dev/null || true)
if [ -n "\$st" ] && [ "\$st" != Z ]; then echo "v2: init \$pid survived delete (state \$st)"; exit 1; fi
cd "$BD2"
got=\$(bh run devv2 </dev/null 2>&1)
[ "\$got" = "$DEVWANT" ] || { printf 'v2 (eBPF devices): expected\n%s\ngot\n%s\n' "$DEVWANT" "\$got"; exit 1; }
[ ! -d /sys/fs/cgroup$RT_CG/devv2 ] || { echo "v2: devv2 group left after run"; exit 1; }
echo v2-ok
EOF
out=$(unshare -m sh ${BH_TRACE:+-x} "$BH_IT_ROOT/v2.sh" 2>&1) || it_fail "pure v2: $out"
echo "$out" | grep -q v2-ok || it_fail "pure v2: $out"
echo "ok: cgroup v2 (hybrid and pure)"
