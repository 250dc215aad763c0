#!/bin/sh
# The lifecycle commands the shims call (create, start, state, kill, delete,
# run --detach, list, features, pause, resume, ps) driven through the same sequence with runc and
# with bulkhead; the observable results of every step must match.
. "$(dirname "$0")/lib.sh"
rt_require jq

B=$(rt_bundle life -- sh -c 'trap "exit 7" TERM; echo started; while :; do sleep 0.1; done')
BAD=$BH_IT_ROOT/bad
mkdir -p "$BAD"

# status ID: the state's "status" (or "gone" when state fails)
status() {
	if out=$("$1" state "$2" 2>/dev/null); then echo "$out" | jq -r .status; else echo gone; fi
}

wait_status() {
	for _ in $(seq 1 100); do
		[ "$(status "$1" "$2")" = "$3" ] && return 0
		sleep 0.05
	done
	return 1
}

# sequence RT: prints one line per step; the two transcripts are compared.
sequence() {
	rt=$1
	id=life-$rt
	pidf=$BH_IT_ROOT/$rt.pid
	(cd "$B" && "$rt" create --pid-file "$pidf" "$id" >"$BH_IT_ROOT/$rt.out" 2>&1 </dev/null)
	echo "create: $?"
	echo "status after create: $(status "$rt" "$id")"
	pid=$("$rt" state "$id" | jq -r .pid)
	[ "$(cat "$pidf")" = "$pid" ] && echo "pid file matches state" || echo "pid file $(cat "$pidf") != state $pid"
	kill -0 "$pid" && echo "init alive"
	"$rt" state "$id" | jq -r '[.ociVersion != null, .id, .bundle] | @tsv'
	(cd "$B" && "$rt" create "$id" >/dev/null 2>&1 </dev/null)
	echo "create again: $?"
	"$rt" start "$id"
	echo "start: $?"
	wait_status "$rt" "$id" running && echo "status after start: running"
	"$rt" start "$id" 2>/dev/null
	echo "start again: $?"
	"$rt" ps --format json "$id" | jq --argjson p "$pid" 'index($p) != null' | sed 's/^/ps lists the init: /'
	"$rt" ps "$id" | awk -v p="$pid" 'NR == 1 {for (i = 1; i <= NF; i++) if ($i == "PID") c = i} NR > 1 && $c == p {print "ps table has the init"}'
	"$rt" pause "$id"
	echo "pause: $?"
	echo "status after pause: $(status "$rt" "$id")"
	"$rt" pause "$id" 2>/dev/null
	echo "pause again: $?"
	"$rt" delete "$id" 2>/dev/null
	echo "delete paused: $?"
	"$rt" resume "$id"
	echo "resume: $?"
	echo "status after resume: $(status "$rt" "$id")"
	"$rt" resume "$id" 2>/dev/null
	echo "resume again: $?"
	"$rt" delete "$id" 2>/dev/null
	echo "delete running: $?"
	"$rt" list --format json | jq -r --arg id "$id" '.[] | select(.id == $id) | [.id, .status] | @tsv'
	"$rt" kill "$id" TERM
	echo "kill TERM: $?"
	wait_status "$rt" "$id" stopped && echo "status after TERM: stopped"
	"$rt" kill "$id" KILL 2>/dev/null
	echo "kill stopped: $?"
	"$rt" delete "$id"
	echo "delete: $?"
	echo "status after delete: $(status "$rt" "$id")"
	"$rt" state "$id" >/dev/null 2>&1
	echo "state of deleted: $?"
	"$rt" delete "$id" >/dev/null 2>&1
	echo "delete of deleted: $?"

	(cd "$B" && "$rt" run --detach "$id-d" </dev/null >/dev/null 2>&1)
	echo "run --detach: $?"
	wait_status "$rt" "$id-d" running && echo "detached: running"
	"$rt" kill --all "$id-d" KILL
	echo "kill --all KILL: $?"
	wait_status "$rt" "$id-d" stopped && echo "detached: stopped"
	"$rt" delete "$id-d" && echo "detached: deleted"

	(cd "$B" && "$rt" create "$id-f" </dev/null >/dev/null 2>&1)
	"$rt" delete --force "$id-f"
	echo "delete --force created: $?"

	(cd "$B" && "$rt" run "$id-r" </dev/null >/dev/null 2>&1) &
	runner=$!
	wait_status "$rt" "$id-r" running && echo "run: running"
	"$rt" kill "$id-r" TERM
	wait "$runner"
	echo "run exit status after TERM: $?"

	rm -rf "${BAD:?}"/*
	(cd "$BAD" && "$rt" create bad </dev/null >/dev/null 2>&1)
	echo "create without config.json: $?"
	echo '{"ociVersion": "1.0.2", "process": ' >"$BAD/config.json"
	(cd "$BAD" && "$rt" create bad </dev/null >/dev/null 2>&1)
	echo "create with truncated config.json: $?"
	sed 's#"path": "[^"]*"#"path": "/nonexistent/rootfs"#' "$B/config.json" >"$BAD/config.json"
	(cd "$BAD" && "$rt" create bad </dev/null >/dev/null 2>&1)
	echo "create with missing rootfs: $?"
	echo "left behind: $("$rt" list -q | wc -l)"
}

sequence rc >"$BH_IT_ROOT/runc.transcript"
sequence bh >"$BH_IT_ROOT/bh.transcript"
sed -i 's/life-rc/life-X/; s/life-bh/life-X/' "$BH_IT_ROOT/runc.transcript" "$BH_IT_ROOT/bh.transcript"
cat "$BH_IT_ROOT/bh.transcript"
diff -u "$BH_IT_ROOT/runc.transcript" "$BH_IT_ROOT/bh.transcript" || it_fail "lifecycle differs from runc"

# Errors in the JSON log, in the form containerd's shim reads back.
LOG=$BH_IT_ROOT/log.json
bh --log "$LOG" --log-format json state no-such-container 2>/dev/null && it_fail "state of a missing container succeeded"
jq -e 'select(.level == "error") | .msg | test("no-such-container")' "$LOG" >/dev/null || it_fail "no JSON error line in $LOG: $(cat "$LOG")"
jq -e '.time | test("^[0-9]{4}-")' "$LOG" >/dev/null || it_fail "JSON log line without time"

# features: the document the spec defines.
bh features | jq -e '.ociVersionMin and .ociVersionMax and (.linux.namespaces | index("user")) and (.linux.capabilities | index("CAP_SYS_ADMIN")) and (.linux.seccomp.actions | index("SCMP_ACT_ERRNO")) and (.mountOptions | index("rbind"))' >/dev/null ||
	it_fail "features document incomplete"
# every seccomp action and operator we claim is one runc knows as well
for k in actions operators; do
	for v in $(bh features | jq -r ".linux.seccomp.$k[]"); do
		rc features | jq -e --arg v "$v" ".linux.seccomp.$k | index(\$v)" >/dev/null || it_fail "features: $k $v unknown to runc"
	done
done
echo "lifecycle: same as runc"
