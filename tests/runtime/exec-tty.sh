#!/bin/sh
# exec --tty --console-socket: the exec'd process gets a new pty from the
# container's devpts as stdio and controlling terminal, and its master goes
# to the socket (as containerd's shim receives it for `docker exec -t`);
# compared with runc on the same bundle.
. "$(dirname "$0")/lib.sh"
rt_require

B=$(rt_bundle exectty --userns -- sh -c 'while :; do sleep 0.1; done')
CMD='tty; test -t 0 && test -t 1 && echo stdio is a tty; awk "{print (\$7 != 0 ? \"with a controlling tty\" : \"without a tty\")}" /proc/$$/stat; echo through the pty; exit 3'

# receive SOCK NAME: a console.py receiver on SOCK writing $BH_IT_ROOT/NAME.out
receive() {
	python3 "$RT_DIR/console.py" "$1" "$BH_IT_ROOT/$2.ready" "$BH_IT_ROOT/$2.out" &
	recv=$!
	for _ in $(seq 1 100); do [ -e "$BH_IT_ROOT/$2.ready" ] && break; sleep 0.05; done
}

# the shim's shape, which runc requires: --detach with the socket
for rt in rc bh; do
	id=exectty-$rt
	(cd "$B" && "$rt" run --detach "$id" </dev/null >/dev/null 2>&1) || it_fail "$rt: run --detach failed"
	receive "$BH_IT_ROOT/$rt.sock" "$rt"
	"$rt" exec --detach --tty --console-socket "$BH_IT_ROOT/$rt.sock" "$id" sh -c "$CMD" \
		</dev/null >"$BH_IT_ROOT/$rt.stdout" 2>"$BH_IT_ROOT/$rt.err"
	echo "exec $?" >>"$BH_IT_ROOT/$rt.status"
	wait "$recv" || it_fail "$rt: the console socket received nothing: $(cat "$BH_IT_ROOT/$rt.err")"
	[ "$rt" = bh ] && break
	"$rt" delete --force "$id"
done
cat "$BH_IT_ROOT/bh.out"
[ -s "$BH_IT_ROOT/bh.stdout" ] && it_fail "output went to exec's own stdout, not the pty: $(cat "$BH_IT_ROOT/bh.stdout")"
grep -Eq '^/dev/pts/[0-9]+$' "$BH_IT_ROOT/bh.out" || it_fail "tty does not name a /dev/pts device"
grep -q '^through the pty$' "$BH_IT_ROOT/bh.out" || it_fail "output did not flow through the pty master"
diff -u "$BH_IT_ROOT/rc.out" "$BH_IT_ROOT/bh.out" || it_fail "terminal output differs from runc"
diff -u "$BH_IT_ROOT/rc.status" "$BH_IT_ROOT/bh.status" || it_fail "exit statuses differ from runc"

# bulkhead also waits in the foreground (-t is --tty) and returns the status
id=exectty-bh
receive "$BH_IT_ROOT/fg.sock" fg
bh exec -t --console-socket "$BH_IT_ROOT/fg.sock" "$id" sh -c "$CMD" </dev/null >/dev/null 2>"$BH_IT_ROOT/fg.err"
rc=$?
wait "$recv" || it_fail "foreground: the console socket received nothing: $(cat "$BH_IT_ROOT/fg.err")"
[ $rc = 3 ] || it_fail "foreground exec --tty: exit $rc, want 3: $(cat "$BH_IT_ROOT/fg.err")"
grep -q '^through the pty$' "$BH_IT_ROOT/fg.out" || it_fail "foreground: output did not flow through the pty"
# a terminal needs a socket, a socket needs a terminal
bh exec -t "$id" true </dev/null >/dev/null 2>&1 && it_fail "-t without --console-socket accepted"
bh exec --console-socket "$BH_IT_ROOT/fg.sock" "$id" true </dev/null >/dev/null 2>&1 &&
	it_fail "--console-socket without --tty accepted"
bh delete --force "$id"
[ -z "$(bh list -q)" ] || it_fail "state left behind"
echo "exec-tty: same as runc"
