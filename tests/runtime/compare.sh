#!/bin/sh
# bulkhead runtime against runc on the same bundles: exit status and what the
# container sees of itself (identity, capabilities, seccomp, no_new_privs,
# hostname, masked and read-only paths, cgroup limits, user namespace maps).
. "$(dirname "$0")/lib.sh"
rt_require findmnt

# Mount points under /proc and /sys with only their ro/rw flag: the options a
# tmpfs mask prints differ between runtimes without meaning anything. The
# tmpfs holding the cgroup v1 hierarchies is left out: runc leaves it
# writable, bulkhead mounts it read-only when the cgroup mount says "ro".
MOUNTS='findmnt -rno TARGET,OPTIONS | awk '"'"'$1 ~ /^\/(proc|sys)\// && $1 != "/sys/fs/cgroup" || $1 == "/" {split($2, o, ","); print $1, o[1]}'"'"' | sort'
STATUS='grep -E "^(Cap(Inh|Prm|Eff|Bnd|Amb)|NoNewPrivs|Seccomp):" /proc/self/status'

rt_compare "id as root" -- id
rt_compare "id as 1000:1000" --user 1000:1000 -- id
RT_EXPECT_FAIL=1 rt_compare "exit status" -- sh -c 'exit 3'
rt_compare "child killed by a signal" -- sh -c 'sh -c "kill -USR1 \$\$"; echo $?'
rt_compare "hostname" --hostname box.example -- hostname
rt_compare "status: default caps, no_new_privs" -- sh -c "$STATUS"
rt_compare "status: all caps dropped" --caps "" -- sh -c "$STATUS"
rt_compare "status: new privileges allowed" --new-privs --caps CAP_CHOWN,CAP_SYS_ADMIN -- sh -c "$STATUS"
rt_compare "status and errno under seccomp" --seccomp -- sh -c "$STATUS; mkdir /tmp/x 2>&1; chmod 0 /tmp 2>&1; echo \$?"
rt_compare "seccomp without no_new_privs" --seccomp --new-privs -- sh -c "$STATUS; mkdir /tmp/x 2>&1; true"
rt_compare "masked and read-only paths" -- sh -c "$MOUNTS"
rt_compare "masked paths read empty" -- sh -c 'wc -c </proc/kcore 2>&1; ls -A /sys/firmware | wc -l; cat /proc/timer_list | wc -c'
rt_compare "proc/sys is read-only" -- sh -c 'echo 1 >/proc/sys/kernel/domainname 2>/dev/null; echo $?'
rt_compare "read-only root" -- sh -c 'touch /x 2>/dev/null; echo $?; touch /tmp/x; echo $?'
rt_compare "network: loopback only" -- sh -c 'ls /sys/class/net | sort'
rt_compare "user namespace maps" --userns -- sh -c 'id; cat /proc/self/uid_map /proc/self/gid_map'
rt_compare "user namespace: masks and status" --userns --seccomp -- sh -c "$STATUS; $MOUNTS"
rt_compare "cgroup limits (memory, pids, cpu)" --cgroups-path @CG@ --memory 67108864 --pids 77 --cpu-quota 50000 -- \
	sh -c 'cat /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/pids/pids.max /sys/fs/cgroup/cpu/cpu.cfs_quota_us'
rt_compare "cgroup namespace with limits" --cgroupns --userns --cgroups-path @CG@ --memory 33554432 --pids 20 -- \
	sh -c 'cat /proc/self/cgroup | grep -E ":(memory|pids):"; cat /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/pids/pids.max'
rt_compare "pids limit enforced" --cgroups-path @CG@ --pids 5 -- \
	sh -c 'sh -c "for i in 1 2 3 4 5 6 7 8; do sleep 3 & done; wait" 2>/dev/null; echo inner shell: $?'
rt_compare "cwd and env" --cwd /usr/share --env FOO=bar -- sh -c 'pwd; echo $FOO'
rt_compare "bind mount read-only" --bind "$RT_DIR:/mnt/t:ro" -- sh -c 'test -f /mnt/t/config.py && echo present; touch /mnt/t/x 2>/dev/null; echo $?'
rt_compare "devices" -- sh -c 'ls -l /dev | awk "{print \$1, \$5, \$6, \$NF}" | sort'
RT_EXPECT_FAIL=1 rt_compare "missing program" -- /no/such/program
echo "compare: all cases match runc"
