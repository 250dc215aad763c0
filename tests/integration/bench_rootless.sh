#!/bin/sh
# bulkhead bench against a real rootless dockerd, and as an unprivileged user
# against a rootful one.
#
# 1. A test user gets subordinate ids, a ~/.config/docker/daemon.json and a
#    user unit, and starts Debian's dockerd-rootless.sh (rootlesskit, newuidmap).
#    The checks must use the per-user paths (~/.config/docker, $XDG_RUNTIME_DIR,
#    ~/.local/share/docker), expect the user as owner, and pass 2.1.
# 2. The same user runs bench against a rootful daemon whose files it may not
#    read: every check that needs them is a skip naming the file, never a pass.
BULKHEAD=$1
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/bench_lib.sh"
it_require dockerd curl python3 rootlesskit newuidmap newgidmap useradd userdel setpriv
ROOTLESS_SH=/usr/share/docker.io/contrib/dockerd-rootless.sh
[ -x "$ROOTLESS_SH" ] || it_fail "missing $ROOTLESS_SH (Debian's docker.io ships it)"
[ -x "$BULKHEAD" ] || it_fail "usage: bench_rootless.sh PATH-TO-BULKHEAD"
R=$BH_IT_ROOT
U=bhrl$$
KIT_PID=""

cleanup() {
	if [ -n "$KIT_PID" ]; then
		kill "$KIT_PID" 2>/dev/null
		for _ in $(seq 1 100); do
			kill -0 "$KIT_PID" 2>/dev/null || break
			sleep 0.1
		done
		kill -9 "$KIT_PID" 2>/dev/null
	fi
	# anything else the test user still runs (containerd, dockerd)
	for p in $(pgrep -u "$U" 2>/dev/null); do
		kill -9 "$p" 2>/dev/null
	done
	# -f: processes that were just killed may not have been reaped yet
	for _ in 1 2 3 4 5; do
		userdel -f "$U" >/dev/null 2>&1
		grep -q "^$U:" /etc/passwd || break
		sleep 0.5
	done
	grep -q "^$U:" /etc/passwd && echo "warning: could not remove test user $U" >&2
	sed -i "/^$U:/d" /etc/subuid /etc/subgid 2>/dev/null
	it_cleanup
}
trap cleanup EXIT

# the user's home lives in the test root; the test root must be traversable
chmod 0711 "$R"
HOME_U=$R/home
useradd -M -d "$HOME_U" -s /bin/sh "$U" || it_fail "useradd $U failed"
mkdir -p "$HOME_U"
# subordinate ids for the user namespace (useradd may have added a range already)
grep -q "^$U:" /etc/subuid || echo "$U:300000:65536" >>/etc/subuid
grep -q "^$U:" /etc/subgid || echo "$U:300000:65536" >>/etc/subgid
UID_U=$(id -u "$U")
RUN_U=$R/run-user
mkdir -p "$RUN_U" "$HOME_U/.config/docker/certs.d/reg.example:5000" "$HOME_U/.config/systemd/user"
cat >"$HOME_U/.config/docker/daemon.json" <<'J'
{
  "log-level": "debug",
  "no-new-privileges": true
}
J
echo reg >"$HOME_U/.config/docker/certs.d/reg.example:5000/ca.crt"
printf '[Service]\nExecStart=%s\n' "$ROOTLESS_SH" >"$HOME_U/.config/systemd/user/docker.service"
chown -R "$U:$U" "$HOME_U" "$RUN_U"
chmod 0700 "$RUN_U"
chmod 0664 "$HOME_U/.config/docker/daemon.json"                          # 3.18: group write
chmod 0644 "$HOME_U/.config/docker/certs.d/reg.example:5000/ca.crt"       # 3.8: owner write
chmod 0644 "$HOME_U/.config/systemd/user/docker.service"                  # 3.2 ok

# as_user CMD...: runs a command as the test user with a login-like environment
as_user() {
	setpriv --reuid "$U" --regid "$U" --init-groups env -i HOME="$HOME_U" USER="$U" XDG_RUNTIME_DIR="$RUN_U" \
		PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

# rootlesskit's default network (slirp4netns) needs /dev/net/tun, which some
# hosts (containers, sandboxes) open to root only. Then rootlesskit --net=host
# is used: the daemon still runs in its own user and mount namespaces as the
# test user, which is what makes it rootless; only the network namespace is
# shared, and the test starts no networked container.
net=""
if ! as_user sh -c '[ -r /dev/net/tun ] && [ -w /dev/net/tun ]'; then
	it_log "/dev/net/tun is not usable by $U: rootlesskit --net=host"
	net="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=host DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=none"
fi
# shellcheck disable=SC2086 # net is a list of assignments
as_user $net "$ROOTLESS_SH" --storage-driver=vfs --iptables=false --ip6tables=false --bridge=none \
	>"$R/rootless.log" 2>&1 &
KIT_PID=$!
SOCK=$RUN_U/docker.sock
for _ in $(seq 1 300); do
	curl -sf --unix-socket "$SOCK" http://docker/_ping >/dev/null 2>&1 && break
	kill -0 "$KIT_PID" 2>/dev/null || break
	sleep 0.1
done
curl -sf --unix-socket "$SOCK" http://docker/_ping >/dev/null 2>&1 ||
	it_fail "the rootless dockerd did not start: $(grep -iE 'error|fatal|denied' "$R/rootless.log" | tail -5)"
curl -sf --unix-socket "$SOCK" http://docker/info | grep -q '"name=rootless"' ||
	it_fail "the daemon at $SOCK does not report name=rootless"

# bench as root, and as the daemon's own user: the same verdicts
bench_run "$R/root.json" --no-config --docker-host "unix://$SOCK"
as_user "$BULKHEAD" bench --format json --no-config --docker-host "unix://$SOCK" >"$R/user.json" 2>"$R/user.err"
[ $? -le 1 ] || it_fail "bulkhead bench as $U failed: $(cat "$R/user.err")"
outs="$R/root.json $R/user.json"
# with no --docker-host and no system socket, the user's own rootless socket is found
if [ ! -e /var/run/docker.sock ]; then
	as_user "$BULKHEAD" bench --format json --no-config >"$R/default.json" 2>"$R/default.err"
	[ $? -le 1 ] || it_fail "bulkhead bench as $U without --docker-host failed: $(cat "$R/default.err")"
	outs="$outs $R/default.json"
fi
for out in $outs; do
	bench_expect "$out" 2.1=pass 2.3=warn 2.9=pass 2.14=pass \
		1.1.2=skip 1.1.10=skip 1.1.13=skip 3.19=skip 3.20=skip 3.21=skip 3.22=skip \
		3.1=pass 3.2=pass 3.3=info 3.5=pass 3.6=pass 3.7=pass 3.8=warn 3.15=pass 3.16=pass 3.17=pass 3.18=warn \
		6.1=info
	bench_field_has "$out" 2.1 detail "runs as uid $UID_U ($U) under rootlesskit"
	bench_field_has "$out" 2.1 evidence "$HOME_U/.config/docker/daemon.json"
	[ "$(bench_field "$out" 2.3 location.path)" = "$HOME_U/.config/docker/daemon.json" ] ||
		it_fail "2.3 does not point at the rootless daemon.json"
	[ "$(bench_field "$out" 2.3 location.line)" = 2 ] || it_fail "2.3 does not point at line 2"
	bench_field_has "$out" 2.3 remediation "$HOME_U/.config/docker/daemon.json"
	bench_field_has "$out" 1.1.2 detail "not applicable on a rootless Docker host"
	bench_field_has "$out" 3.20 detail "does not read"
	bench_field_has "$out" 1.1.1 detail "$HOME_U/.local/share/docker"
	bench_field_has "$out" 1.1.6 detail "rootless: $HOME_U/.config/docker stands for /etc/docker"
	bench_field_has "$out" 3.1 detail "$HOME_U/.config/systemd/user/docker.service $U:$U (the rootless daemon's user)"
	bench_field_has "$out" 3.5 detail "$HOME_U/.config/docker $U:$U"
	bench_field_has "$out" 3.15 detail "$SOCK $U:"
	bench_field_has "$out" 3.15 detail "stands for /var/run/docker.sock"
	bench_field_has "$out" 3.17 detail "$HOME_U/.config/docker/daemon.json $U:$U"
	bench_field_has "$out" 3.18 detail "0664: 0020 is outside 644"
	bench_field_has "$out" 3.18 remediation "chmod 644 $HOME_U/.config/docker/daemon.json"
	bench_field_has "$out" 3.8 detail "$HOME_U/.config/docker/certs.d/reg.example:5000/ca.crt has mode 0644"
	bench_host "$out" engine docker
	bench_host "$out" rootless true
	bench_host "$out" user "$U"
	bench_host "$out" config "$HOME_U/.config/docker/daemon.json"
	bench_host "$out" data_root "$HOME_U/.local/share/docker"
	bench_skipped "$out" permission_denied -eq 0
	bench_skipped "$out" not_applicable -ge 7
done
"$BULKHEAD" bench --no-config --docker-host "unix://$SOCK" --include 2.1 >"$R/root.txt"
grep -q "^Host: Docker, rootless - dockerd pid [0-9]* runs as uid $UID_U ($U) under rootlesskit" "$R/root.txt" ||
	it_fail "the text report does not name the rootless host: $(grep '^Host' "$R/root.txt")"

# files owned by another user in the daemon user's directories are a warn
chown root:root "$HOME_U/.config/docker/daemon.json"
bench_run "$R/chowned.json" --no-config --docker-host "unix://$SOCK" --include 3.17
bench_expect "$R/chowned.json" 3.17=warn
bench_field_has "$R/chowned.json" 3.17 detail "is owned by root:root, not $U:$U"
bench_field_has "$R/chowned.json" 3.17 remediation "chown $U:$U $HOME_U/.config/docker/daemon.json"
chown "$U:$U" "$HOME_U/.config/docker/daemon.json"

# stop the test user's dockerd first (rootlesskit does not wait for it), then rootlesskit
DOCKERD_PID=$(pgrep -u "$U" -x dockerd)
[ -n "$DOCKERD_PID" ] && kill $DOCKERD_PID
for _ in $(seq 1 200); do
	pgrep -u "$U" -x dockerd >/dev/null || break
	sleep 0.1
done
pgrep -u "$U" -x dockerd >/dev/null && it_fail "the rootless dockerd did not stop"
kill "$KIT_PID" 2>/dev/null
wait "$KIT_PID" 2>/dev/null
KIT_PID=""

# the daemon is gone; its daemon.json stays: without the command line the
# file alone decides nothing, and 2.1 cannot be told
as_user "$BULKHEAD" bench --format json --no-config --docker-host "unix://$SOCK" >"$R/stopped.json" 2>"$R/stopped.err"
[ $? -le 1 ] || it_fail "bulkhead bench as $U failed: $(cat "$R/stopped.err")"
bench_expect "$R/stopped.json" 2.1=skip 2.3=skip 2.14=skip 2.2=skip 6.1=skip
bench_field_has "$R/stopped.json" 2.14 detail "the dockerd command line is not visible"
bench_field_has "$R/stopped.json" 2.14 detail "$HOME_U/.config/docker/daemon.json alone does not decide"
bench_host "$R/stopped.json" rootless null

# 2. the test user audits a rootful daemon whose daemon.json it may not read
mkdir -p "$R/rootful"
printf '{\n  "icc": true\n}\n' >"$R/rootful/daemon.json"
chmod 0711 "$R/rootful"
chmod 0600 "$R/rootful/daemon.json"
it_start_dockerd rootful --config-file "$R/rootful/daemon.json"
chmod 0711 "$R/rootful"
as_user "$BULKHEAD" bench --format json --no-config --docker-host "$DOCKER_HOST" >"$R/nonroot.json" 2>"$R/nonroot.err"
[ $? -le 1 ] || it_fail "bulkhead bench as $U failed: $(cat "$R/nonroot.err")"
# the socket is root's: the API checks skip; the configuration is only half
# visible: every daemon check skips instead of judging the defaults
bench_expect "$R/nonroot.json" 2.1=warn 2.2=skip 2.3=skip 2.14=skip 2.15=skip 6.1=skip 5.5=skip 3.17=pass 3.18=pass
bench_field_has "$R/nonroot.json" 2.2 detail "permission denied reading $R/rootful/daemon.json"
bench_field_has "$R/nonroot.json" 2.1 detail "runs as root"
bench_field_has "$R/nonroot.json" 6.1 detail "Engine API not reachable"
bench_host "$R/nonroot.json" rootless false
# as root the same daemon warns on 2.2 from the file the user could not read
bench_run "$R/asroot.json" --no-config --docker-host "$DOCKER_HOST"
bench_expect "$R/asroot.json" 2.2=warn 2.3=pass
it_stop_dockerd

# 3. a --root-dir tree whose /etc/docker and audit rules are root's alone
T=$R/tree
mkdir -p "$T/etc/docker" "$T/etc/audit/rules.d" "$T/usr/bin" "$T/lib/systemd/system"
printf '{"icc": false}\n' >"$T/etc/docker/daemon.json"
printf -- '-w /usr/bin/dockerd -p wa -k docker\n' >"$T/etc/audit/rules.d/docker.rules"
: >"$T/usr/bin/dockerd"
echo '[Service]' >"$T/lib/systemd/system/docker.service"
chmod 0755 "$R" "$T" "$T/etc" "$T/usr" "$T/usr/bin" "$T/lib" "$T/lib/systemd" "$T/lib/systemd/system"
chmod 0700 "$T/etc/docker" "$T/etc/audit"
as_user "$BULKHEAD" bench --format json --no-config --root-dir "$T" --docker-host "unix://$R/absent.sock" \
	>"$R/tree.json" 2>"$R/tree.err"
[ $? -le 1 ] || it_fail "bulkhead bench --root-dir as $U failed: $(cat "$R/tree.err")"
bench_expect "$R/tree.json" 2.2=skip 3.17=skip 3.18=skip 1.1.3=skip 1.1.11=skip 3.1=pass 3.5=pass
bench_field_has "$R/tree.json" 3.17 detail "permission denied reading $T/etc/docker/daemon.json"
bench_field_has "$R/tree.json" 1.1.3 detail "permission denied reading $T/etc/audit"
bench_field_has "$R/tree.json" 2.2 detail "permission denied reading $T/etc/docker/daemon.json"
# the summary counts them: the 2.x daemon checks, 3.17, 3.18 and the audit checks
bench_skipped "$R/tree.json" permission_denied -ge 20
as_user "$BULKHEAD" bench --no-config --root-dir "$T" --docker-host "unix://$R/absent.sock" >"$R/tree.txt" 2>&1
grep -q '^Skipped: .*[0-9]* not readable by this user (run as root)' "$R/tree.txt" ||
	it_fail "the text summary does not count the unreadable checks: $(grep '^Skipped' "$R/tree.txt")"
# root sees the same tree: the rule exists, icc is off
bench_run "$R/tree-root.json" --no-config --root-dir "$T" --docker-host "unix://$R/absent.sock"
bench_expect "$R/tree-root.json" 2.2=pass 3.17=pass 1.1.3=pass
echo "bench rootless ok"
