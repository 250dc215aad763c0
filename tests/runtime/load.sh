#!/bin/sh
# Load test: many create/start/wait/delete cycles, one after another and a few
# side by side, then nothing may be left behind: no state directories under
# --root, no mounts naming the bundle or the state, no cgroup directories of
# the containers (every v1 controller and the unified hierarchy), no
# processes, and no file descriptors that grow from one cycle to the next.
#
# BULKHEAD_LOAD_CYCLES sets the number of sequential cycles (default 200, so
# the test stays under about two minutes); a quarter of that runs again as
# `run` in BULKHEAD_LOAD_PARALLEL (default 4) parallel streams. The cycle
# count and duration of a by-hand run are in docs/runtime.md.
. "$(dirname "$0")/lib.sh"
rt_require

cycles=${BULKHEAD_LOAD_CYCLES:-200}
par=${BULKHEAD_LOAD_PARALLEL:-4}
case "$cycles$par" in *[!0-9]*) it_fail "BULKHEAD_LOAD_CYCLES and BULKHEAD_LOAD_PARALLEL must be numbers" ;; esac
tag=load$$

# The container's process lists its own descriptors: anything beyond 0-2
# (and the directory being listed) is a descriptor the runtime leaked into it.
B=$(rt_bundle load -- sh -c 'ls /proc/self/fd | wc -l' "$tag")
# A container that lives until it is killed, so that the waiting `run`
# process is looked at while the container runs, however loaded the machine.
S=$(rt_bundle load-sleep -- sh -c 'sleep 60' "$tag")

ids=$BH_IT_ROOT/ids
: >"$ids"

state_of() {
	bh state "$1" 2>/dev/null | sed -n 's/.*"status" *: *"\([a-z]*\)".*/\1/p'
}

fds_of() { ls "/proc/$1/fd" 2>/dev/null | wc -l; }

# cycle ID: create, look at the waiting init, start, wait for it to stop,
# check its output, delete. Prints the init's descriptor count.
cycle() {
	id=$1
	echo "$id" >>"$ids"
	out=$BH_IT_ROOT/out.$id
	bh create --bundle "$B" --pid-file "$BH_IT_ROOT/pid.$id" "$id" >"$out" 2>&1 </dev/null ||
		{ cat "$out" >&2; it_fail "create $id"; }
	pid=$(cat "$BH_IT_ROOT/pid.$id")
	n=$(fds_of "$pid")
	ls -l "/proc/$pid/fd" >"$BH_IT_ROOT/fds.$id" 2>&1
	bh start "$id" || it_fail "start $id"
	i=0
	while [ "$(state_of "$id")" != stopped ]; do
		i=$((i + 1))
		[ $i -lt 400 ] || it_fail "$id did not stop"
		sleep 0.02
	done
	bh delete "$id" || it_fail "delete $id"
	# the container's own count: ls's 0-2 and the directory it reads
	[ "$(tr -d ' ' <"$out")" = 4 ] || { cat "$out" >&2; it_fail "$id: descriptors leaked into the container"; }
	echo "$n"
}

it_log "$cycles sequential create/start/wait/delete cycles"
start=$(date +%s)
first=
for i in $(seq 1 "$cycles"); do
	n=$(cycle "$tag-s$i") || exit 1
	[ -n "$first" ] || first=$n
	[ "$n" = "$first" ] || {
		cat "$BH_IT_ROOT/fds.$tag-s1" "$BH_IT_ROOT/fds.$tag-s$i" >&2
		it_fail "cycle $i: the waiting init holds $n descriptors, the first held $first"
	}
done
it_log "sequential: $(($(date +%s) - start)) s; the waiting init holds $first descriptors every time"

# stream K: `run` of the sleeping bundle, sampling the waiting run process.
stream() {
	k=$1
	for i in $(seq 1 $((cycles / 4 / par + 1))); do
		id=$tag-p$k-$i
		echo "$id" >>"$ids"
		bh run --bundle "$S" "$id" </dev/null >/dev/null 2>"$BH_IT_ROOT/err.$id" &
		rpid=$!
		w=0
		while [ "$(state_of "$id")" != running ]; do
			w=$((w + 1))
			[ $w -lt 1500 ] && kill -0 "$rpid" 2>/dev/null ||
				{ cat "$BH_IT_ROOT/err.$id" >&2; it_fail "run $id did not start"; }
			sleep 0.02
		done
		fds_of "$rpid" >>"$BH_IT_ROOT/runfds.$k"
		bh kill "$id" KILL || it_fail "kill $id"
		wait "$rpid"
		rc=$?
		# run exits with the container's status: 128 + SIGKILL
		[ "$rc" = 137 ] || { cat "$BH_IT_ROOT/err.$id" >&2; it_fail "run $id exited $rc, expected 137"; }
	done
}

it_log "$par parallel streams of run"
start=$(date +%s)
pids=
for k in $(seq 1 "$par"); do
	stream "$k" &
	pids="$pids $!"
done
for p in $pids; do
	wait "$p" || it_fail "a parallel stream failed"
done
it_log "parallel: $(($(date +%s) - start)) s"
counts=$(cat "$BH_IT_ROOT"/runfds.* | sort -u)
[ "$(echo "$counts" | wc -l)" = 1 ] || it_fail "the waiting run process held differing descriptor counts: $(echo $counts)"
it_log "every waiting run process held $counts descriptors"

# Nothing may be left.
left=$(ls -A "$RT_BH_ROOT" 2>/dev/null)
[ -z "$left" ] || it_fail "state left under --root: $(echo "$left" | head -5)"
grep -F "$BH_IT_ROOT" /proc/self/mountinfo && it_fail "mounts of the bundle or state left behind"
for h in /sys/fs/cgroup/*/ /sys/fs/cgroup/unified/; do
	found=$(find "$h" -maxdepth 3 -type d -name "$tag-*" 2>/dev/null | head -5)
	[ -z "$found" ] || it_fail "cgroups left: $found"
done
for p in /proc/[0-9]*; do
	[ "$p" = "/proc/$$" ] && continue
	if tr '\0' ' ' 2>/dev/null <"$p/cmdline" | grep -qe "$tag" -e "$RT_BH_ROOT"; then
		it_fail "process left: $(basename "$p") $(tr '\0' ' ' <"$p/cmdline")"
	fi
done
it_log "$(wc -l <"$ids") containers: no state, mounts, cgroups or processes left"
echo "load: nothing leaked"
