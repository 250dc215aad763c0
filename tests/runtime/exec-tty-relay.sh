#!/bin/sh
# exec --tty in the foreground without --console-socket, as a person types
# `runc exec -t` on a terminal: the runtime allocates the pty and relays
# between its own terminal (script(1) gives the test one) and the pty. runc
# is the oracle, on the same bundle, for: the process's stdio being a tty
# named /dev/pts/N, the window size taken from the caller's terminal, a line
# typed at the caller's terminal reaching the process and echoed once (the
# caller's terminal is raw; a cooked one would echo it twice), a window size
# change followed (SIGWINCH), the exit status, and the caller's terminal
# settings restored afterwards. Without a terminal, -t still needs a socket.
. "$(dirname "$0")/lib.sh"
rt_require script

B=$(rt_bundle ttyrelay --userns -- sh -c 'while :; do sleep 0.1; done')
for rt in rc bh; do
	(cd "$B" && "$rt" run --detach "relay-$rt" </dev/null >/dev/null 2>&1) || it_fail "$rt: run --detach failed"
done
# the exec command line of each runtime, for script's shell
exec_of() {
	case $1 in
	rc) echo "runc --root '$RT_RUNC_ROOT' exec -t relay-rc" ;;
	bh) echo "'$BULKHEAD' runtime --root '$RT_BH_ROOT' exec -t relay-bh" ;;
	esac
}

# --- what the process sees, and the status
CMD='tty | sed "s/[0-9]*\$/N/"; stty size; test -t 0 && test -t 1 && echo stdio is a tty; exit 3'
for rt in rc bh; do
	# (script echoes the end of its empty input as ^@ or ^D: not compared)
	script -qec "stty rows 33 cols 101; $(exec_of $rt) sh -c '$CMD'" /dev/null </dev/null >"$BH_IT_ROOT/$rt.raw" 2>&1
	echo "exit $?" >>"$BH_IT_ROOT/$rt.raw"
	tr -d '\r\000' <"$BH_IT_ROOT/$rt.raw" | sed 's/^\^[@D]//' >"$BH_IT_ROOT/$rt.static"
done
cat "$BH_IT_ROOT/bh.static"
grep -qx '/dev/pts/N' "$BH_IT_ROOT/bh.static" || it_fail "the process's tty is not a /dev/pts device"
grep -qx '33 101' "$BH_IT_ROOT/bh.static" || it_fail "the window size was not taken from the caller's terminal"
diff -u "$BH_IT_ROOT/rc.static" "$BH_IT_ROOT/bh.static" || it_fail "differs from runc"

# --- typing, resizing, the status and the caller's terminal afterwards.
# The feeder writes a line once the process is READY and the caller's
# terminal has been resized; the process then prints the size it sees.
INNER='echo READY; read l; echo got:$l; stty size; exit 5'
for rt in rc bh; do
	out=$BH_IT_ROOT/$rt.typed
	rm -f "$BH_IT_ROOT/in.$rt" "$BH_IT_ROOT/resized.$rt"
	mkfifo "$BH_IT_ROOT/in.$rt"
	(
		exec 3>"$BH_IT_ROOT/in.$rt"
		for _ in $(seq 1 300); do [ -e "$BH_IT_ROOT/resized.$rt" ] && break; sleep 0.1; done
		printf 'hello\r' >&3
		# keep the terminal's input open until the process has answered
		for _ in $(seq 1 300); do grep -q 'status=' "$out" 2>/dev/null && break; sleep 0.1; done
	) &
	feeder=$!
	script -qec "stty -g >'$BH_IT_ROOT/before.$rt'; exec 4<&0
		$(exec_of $rt) sh -c '$INNER' <&4 &
		for _ in \$(seq 1 300); do grep -q READY '$out' && break; sleep 0.1; done
		stty rows 44 cols 88; touch '$BH_IT_ROOT/resized.$rt'
		wait \$!; echo status=\$?; stty -g >'$BH_IT_ROOT/after.$rt'" /dev/null <"$BH_IT_ROOT/in.$rt" >"$out" 2>&1
	wait $feeder
	tr -d '\r' <"$out" >"$out.clean"
	cmp -s "$BH_IT_ROOT/before.$rt" "$BH_IT_ROOT/after.$rt" || it_fail "$rt: the caller's terminal settings were not restored"
done
cat "$BH_IT_ROOT/bh.typed.clean"
[ "$(grep -c '^hello$' "$BH_IT_ROOT/bh.typed.clean")" = 1 ] || it_fail "the typed line was not echoed exactly once"
grep -qx 'got:hello' "$BH_IT_ROOT/bh.typed.clean" || it_fail "the typed line did not reach the process"
grep -qx '44 88' "$BH_IT_ROOT/bh.typed.clean" || it_fail "the window size change did not reach the pty"
grep -qx 'status=5' "$BH_IT_ROOT/bh.typed.clean" || it_fail "exit status not 5"
diff -u "$BH_IT_ROOT/rc.typed.clean" "$BH_IT_ROOT/bh.typed.clean" || it_fail "typing and resizing differ from runc"

# without a terminal (and with --detach) -t still needs a socket
bh exec -t relay-bh true </dev/null >/dev/null 2>"$BH_IT_ROOT/nt.err" && it_fail "-t without a terminal or socket accepted"
grep -q "needs --console-socket" "$BH_IT_ROOT/nt.err" || it_fail "unclear error: $(cat "$BH_IT_ROOT/nt.err")"
script -qec "'$BULKHEAD' runtime --root '$RT_BH_ROOT' exec -t --detach relay-bh true" /dev/null </dev/null >"$BH_IT_ROOT/nd.out" 2>&1 \
	&& it_fail "-t --detach without a socket accepted"
for rt in rc bh; do "$rt" delete --force "relay-$rt"; done
echo "exec-tty-relay: same as runc"
