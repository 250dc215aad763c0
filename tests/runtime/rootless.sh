#!/bin/sh
# Rootless `bulkhead run`: the unprivileged user nobody (65534) runs the
# debootstrap image twice, first with no /etc/subuid range (a single-id
# mapping), then with a temporary range of its own (newuidmap/newgidmap).
# Every default is checked from inside the container, the host-side files
# are checked to belong to nobody (or its range) while the container runs,
# and nothing may be left once it exits. /etc/subuid and /etc/subgid get one
# line each and lose exactly that line again, whatever happens.
. "$(dirname "$0")/../integration/lib.sh"
it_require python3 tar setpriv newuidmap newgidmap
[ -x "${BULKHEAD:-}" ] || it_fail "BULKHEAD must point at the bulkhead binary"
SUB_START=2000000000
SUB_LINE="nobody:$SUB_START:65536"
PLANTED=
cleanup() {
	[ -n "$PLANTED" ] && rm -f "$PLANTED"
	for f in /etc/subuid /etc/subgid; do
		[ -f "$f" ] && grep -qx "$SUB_LINE" "$f" && sed -i "\\#^$SUB_LINE\$#d" "$f"
	done
	it_cleanup
}
trap cleanup EXIT
trap 'exit 130' INT TERM
chmod 755 "$BH_IT_ROOT"
grep -q '^nobody:' /etc/subuid /etc/subgid 2>/dev/null && it_fail "nobody already has a subordinate id range"

# the debootstrap root plus a layer with files of other owners: 1000 is in
# the subordinate range, 70000 is above 65535 (becomes 65534)
python3 - "$BH_IT_ROOT/owners.tar" <<'EOF' || it_fail "building the owners layer"
import io, sys, tarfile
with tarfile.open(sys.argv[1], "w") as tf:
    for name, uid in (("owned-1000", 1000), ("owned-70000", 70000)):
        t = tarfile.TarInfo(name)
        t.uid = t.gid = uid
        t.size = 2
        tf.addfile(t, io.BytesIO(b"x\n"))
EOF
IMG=$BH_IT_ROOT/debian.tar
python3 "$(dirname "$0")/mkimage.py" "$IMG" "" "$(it_rootfs_tar)" "$BH_IT_ROOT/owners.tar" || it_fail "building the image"
chmod 644 "$IMG"

as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups env XDG_RUNTIME_DIR="$XDG" "$@"; }

CHECK='cat /proc/self/uid_map; grep -E "^(CapEff|NoNewPrivs|Seccomp):" /proc/self/status
touch /x 2>&1; touch /tmp/y && echo tmp writable; cut -d: -f1 /proc/net/dev | tail -n +3 | tr -d " " | sed "s/^/net:/"
stat -c "owner %n %u" /owned-1000 /owned-70000; id -u | sed "s/^/uid:/"
echo READY; i=0; while [ ! -e /tmp/y ] || [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done; exit 42'

# run_case NAME [run options]: runs CHECK as nobody in the background, waits
# for READY, checks the host side, then the exit and what is left.
run_case() {
	name=$1
	shift
	XDG=$BH_IT_ROOT/xdg-$name
	mkdir -p "$XDG" && chown 65534:65534 "$XDG" && chmod 700 "$XDG"
	OUT=$BH_IT_ROOT/$name.out ERR=$BH_IT_ROOT/$name.err
	setpriv --reuid=65534 --regid=65534 --clear-groups env XDG_RUNTIME_DIR="$XDG" "$BULKHEAD" run "$@" "$IMG" \
		-- sh -c "$CHECK" >"$OUT" 2>"$ERR" &
	pid=$!
	for _ in $(seq 1 1800); do
		grep -q READY "$OUT" 2>/dev/null && break
		kill -0 $pid 2>/dev/null || break
		sleep 0.1
	done
	grep -q READY "$OUT" || { cat "$ERR" >&2; it_fail "$name: the container did not run"; }
	# every host-side file of the run is nobody's, or in nobody's range
	[ -n "$(find "$XDG" -name config.json)" ] || it_fail "$name: no bundle under \$XDG_RUNTIME_DIR"
	[ -n "$(find "$XDG/bulkhead" -name state.json)" ] || it_fail "$name: no state under \$XDG_RUNTIME_DIR/bulkhead"
	FOREIGN=$(find "$XDG" \( ! -uid 65534 \) -printf '%U %p\n' | awk -v lo=$SUB_START -v hi=$((SUB_START + 65535)) \
		'$1 < lo || $1 > hi' | head -5)
	[ -z "$FOREIGN" ] || it_fail "$name: host-side files of other users: $FOREIGN"
	OWNED=$(find "$XDG" -name owned-1000 -printf '%U\n')
	wait $pid
	rc=$?
	cat "$OUT"
	[ $rc = 42 ] || { cat "$ERR" >&2; it_fail "$name: exit status $rc, want 42"; }
	for want in '^CapEff:	0000000000000000$' '^NoNewPrivs:	1$' '^Seccomp:	2$' 'Read-only file system' \
		'^tmp writable$'; do
		grep -q "$want" "$OUT" || it_fail "$name: container lacks $want"
	done
	[ "$(grep '^net:' "$OUT")" = net:lo ] || it_fail "$name: network devices other than lo"
	grep -q "relaxed: rootless: no cgroup" "$ERR" || it_fail "$name: the missing cgroup limits are not named"
	# nothing left: no bundle, no state
	[ "$(find "$XDG" -mindepth 1 ! -path "$XDG/bulkhead")" = "" ] || it_fail "$name: left behind: $(ls -R "$XDG")"
	[ "$(ls -A "$XDG/bulkhead")" = "" ] || it_fail "$name: state left behind"
}

# --- single-id mapping: only container root, which is nobody
run_case single
[ "$(awk '/CapEff/ { exit } { n++ } END { print n }' "$BH_IT_ROOT/single.out")" = 1 ] \
	|| it_fail "single: uid_map has more than one line"
grep -Eq '^ *0 +65534 +1$' "$BH_IT_ROOT/single.out" || it_fail "single: uid_map is not 0 65534 1"
grep -q '^owner /owned-1000 0$' "$BH_IT_ROOT/single.out" || it_fail "single: an unmapped owner is not root's"
[ "$OWNED" = 65534 ] || it_fail "single: /owned-1000 is host uid $OWNED, want 65534"
grep -q "single-id mapping" "$BH_IT_ROOT/single.err" || it_fail "single: the single-id limits are not named"
grep -q "have an owner outside the 1 mapped" "$BH_IT_ROOT/single.err" || it_fail "single: remapped owners not counted"
# what needs a mapped id or a cgroup is refused, with exit 2
XDG=$BH_IT_ROOT/xdg-single
as_nobody "$BULKHEAD" run --user 1000 "$IMG" -- true 2>"$BH_IT_ROOT/u.err"
[ $? = 2 ] && grep -q "outside the 1 id" "$BH_IT_ROOT/u.err" || it_fail "single: --user 1000 not refused"
as_nobody "$BULKHEAD" run --memory 64m "$IMG" -- true 2>/dev/null
[ $? = 2 ] || it_fail "rootless --memory not refused"
[ "$(find "$XDG" -mindepth 1 ! -path "$XDG/bulkhead")" = "" ] || it_fail "refused runs left files behind"
# SIGTERM during the unpack: exit 143 and the directory is removed (as root of the mapping)
# (setpriv and env exec: $! is bulkhead itself, not a subshell running as_nobody)
setpriv --reuid=65534 --regid=65534 --clear-groups env XDG_RUNTIME_DIR="$XDG" "$BULKHEAD" run "$IMG" -- true \
	>/dev/null 2>"$BH_IT_ROOT/term.err" &
pid=$!
sleep 1
kill -TERM $pid
wait $pid
rc=$?
[ $rc = 143 ] || it_fail "rootless SIGTERM during the unpack: exit $rc, want 143"
[ "$(find "$XDG" -mindepth 1 ! -path "$XDG/bulkhead")" = "" ] ||
	it_fail "SIGTERM during the unpack left files behind: $(find "$XDG" -maxdepth 2 -printf '%u %m %p\n'; cat "$BH_IT_ROOT/term.err")"
# without $XDG_RUNTIME_DIR the fallback is /tmp/bulkhead-UID, refused unless it is nobody's own
if [ ! -e /tmp/bulkhead-65534 ] && [ ! -L /tmp/bulkhead-65534 ]; then
	PLANTED=/tmp/bulkhead-65534
	ln -s "$BH_IT_ROOT" "$PLANTED"
	setpriv --reuid=65534 --regid=65534 --clear-groups env -u XDG_RUNTIME_DIR "$BULKHEAD" run "$IMG" -- true \
		2>"$BH_IT_ROOT/planted.err"
	[ $? = 2 ] && grep -q "not a directory of your own" "$BH_IT_ROOT/planted.err" \
		|| it_fail "a planted /tmp/bulkhead-65534 symlink was used: $(cat "$BH_IT_ROOT/planted.err")"
	rm -f "$PLANTED"
	PLANTED=
else
	it_log "/tmp/bulkhead-65534 exists: planted-directory case not run"
fi

# --- a subordinate range through newuidmap/newgidmap
echo "$SUB_LINE" >>/etc/subuid
echo "$SUB_LINE" >>/etc/subgid
run_case range --user 1000:1000
grep -Eq '^ *0 +65534 +1$' "$BH_IT_ROOT/range.out" && grep -Eq "^ *1 +$SUB_START +65535\$" "$BH_IT_ROOT/range.out" \
	|| it_fail "range: uid_map is not 0 65534 1 / 1 $SUB_START 65535"
grep -q '^uid:1000$' "$BH_IT_ROOT/range.out" || it_fail "range: --user 1000 did not run as 1000"
grep -q '^owner /owned-1000 1000$' "$BH_IT_ROOT/range.out" || it_fail "range: /owned-1000 is not uid 1000 inside"
grep -q '^owner /owned-70000 65534$' "$BH_IT_ROOT/range.out" || it_fail "range: an id above 65535 is not 65534"
[ "$OWNED" = $((SUB_START + 999)) ] || it_fail "range: /owned-1000 is host uid $OWNED, want $((SUB_START + 999))"
if grep -q "single-id mapping" "$BH_IT_ROOT/range.err"; then it_fail "range: still a single-id mapping"; fi
echo "rootless: defaults hold for nobody, single id and subordinate range; nothing left behind"
