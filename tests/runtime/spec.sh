#!/bin/sh
# `bulkhead runtime spec` writes a hardened config.json; runc runs it too and
# both runtimes must give the container the same, closed, view of itself.
. "$(dirname "$0")/lib.sh"
rt_require jq

B=$BH_IT_ROOT/spec
mkdir -p "$B"
bh spec --bundle "$B" || it_fail "spec"
bh spec --bundle "$B" 2>/dev/null && it_fail "spec overwrote an existing config.json"
mkdir "$BH_IT_ROOT/s2" && ln -s /etc/passwd "$BH_IT_ROOT/s2/config.json"
bh spec --bundle "$BH_IT_ROOT/s2" 2>/dev/null && it_fail "spec wrote through a symlink"

CHECK='id; grep -E "^(Cap(Inh|Prm|Eff|Bnd|Amb)|NoNewPrivs|Seccomp):" /proc/self/status; cat /proc/self/uid_map /proc/self/gid_map
ls /sys/class/net; touch /x 2>&1; touch /tmp/x && echo tmp writable; unshare -U true 2>&1; echo unshare=$?
cat /sys/fs/cgroup/pids/pids.max /sys/fs/cgroup/memory/memory.limit_in_bytes; wc -c </proc/timer_list; hostname'
jq --arg root "$(rt_rootfs)" --arg check "$CHECK" '.root.path = $root | .process.args = ["sh", "-c", $check]' \
	"$B/config.json" >"$B/c" && mv "$B/c" "$B/config.json"
(cd "$B" && rc run spec-r </dev/null >"$B/runc.out" 2>&1)
echo "exit $?" >>"$B/runc.out"
(cd "$B" && bh run spec-b </dev/null >"$B/bh.out" 2>&1)
echo "exit $?" >>"$B/bh.out"
cat "$B/bh.out"
diff -u "$B/runc.out" "$B/bh.out" || it_fail "spec: bulkhead differs from runc"
for want in '^CapEff:	0000000000000000$' '^CapBnd:	0000000000000000$' '^NoNewPrivs:	1$' '^Seccomp:	2$' \
	'^ *0 *100000 *65536$' '^lo$' 'Read-only file system' '^tmp writable$' '^512$' '^536870912$' '^unshare=1$'; do
	grep -q "$want" "$B/bh.out" || it_fail "spec: container lacks $want"
done
echo "spec: hardened and the same as runc"
