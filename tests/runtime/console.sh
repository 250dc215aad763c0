#!/bin/sh
# process.terminal with --console-socket: the runtime hands the pty master to
# the socket (as containerd's shim receives it for `docker run -t`); the
# container must see a terminal as its stdio and controlling tty, as with runc.
. "$(dirname "$0")/lib.sh"
rt_require

B=$(rt_bundle tty --terminal -- sh -c 'test -t 0 && test -t 1 && echo stdio is a tty; tty | sed "s/[0-9]*$/N/"; awk "{print (\$6 == \$1 ? \"session leader\" : \"not leader\"), (\$7 != 0 ? \"with a controlling tty\" : \"without a tty\")}" /proc/$$/stat; echo done')

for rt in rc bh; do
	sock=$BH_IT_ROOT/$rt.sock
	python3 "$RT_DIR/console.py" "$sock" "$BH_IT_ROOT/$rt.ready" "$BH_IT_ROOT/$rt.out" &
	recv=$!
	for _ in $(seq 1 100); do [ -e "$BH_IT_ROOT/$rt.ready" ] && break; sleep 0.05; done
	# the shim's shape: create with the socket, then start (runc refuses a foreground run)
	(cd "$B" && "$rt" create --console-socket "$sock" "tty-$rt" </dev/null >/dev/null 2>"$BH_IT_ROOT/$rt.err")
	echo "create $?" >>"$BH_IT_ROOT/$rt.status"
	"$rt" start "tty-$rt"
	echo "start $?" >>"$BH_IT_ROOT/$rt.status"
	wait "$recv" || it_fail "$rt: the console socket received nothing: $(cat "$BH_IT_ROOT/$rt.err")"
	for _ in $(seq 1 100); do "$rt" state "tty-$rt" | grep -q '"stopped"' && break; sleep 0.05; done
	"$rt" delete "tty-$rt"
	echo "delete $?" >>"$BH_IT_ROOT/$rt.status"
done
cat "$BH_IT_ROOT/bh.out"
diff -u "$BH_IT_ROOT/rc.out" "$BH_IT_ROOT/bh.out" || it_fail "terminal output differs from runc"
diff -u "$BH_IT_ROOT/rc.status" "$BH_IT_ROOT/bh.status" || it_fail "exit status differs from runc"
grep -q "stdio is a tty" "$BH_IT_ROOT/bh.out" || it_fail "stdio is not a terminal"

# a terminal without a console socket, and a console socket without a terminal, are errors
(cd "$B" && bh create tty-none </dev/null >/dev/null 2>&1) && it_fail "terminal without --console-socket accepted"
B2=$(rt_bundle notty -- true)
(cd "$B2" && bh create --console-socket "$BH_IT_ROOT/x.sock" tty-x </dev/null >/dev/null 2>&1) &&
	it_fail "--console-socket without a terminal accepted"
[ -z "$(bh list -q)" ] || it_fail "failed creates left state behind"
echo "console: same as runc"
