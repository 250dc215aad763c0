#!/bin/sh
# bulkhead bench on a Podman host: `podman system service` serves the
# Docker-compatible API on a private socket, over private storage holding the
# debootstrap image and two running containers. Containers and images are
# judged as on Docker; Podman's own files stand for Docker's; every check
# about dockerd's configuration is a skip, never a pass.
BULKHEAD=$1
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/bench_lib.sh"
it_require podman runc curl python3 newuidmap newgidmap useradd userdel setpriv
[ -x "$BULKHEAD" ] || it_fail "usage: bench_podman.sh PATH-TO-BULKHEAD"
R=$BH_IT_ROOT
U=bhpod$$
cleanup() {
	# the containers' conmon and sleep outlive the service
	podman_ rm -f --time 0 priv plain >/dev/null 2>&1
	# the rootless service's user: its processes (podman's pause process
	# outlives the service), the account and its subordinate ids
	if grep -q "^$U:" /etc/passwd; then
		for p in $(pgrep -u "$U" 2>/dev/null); do
			kill -9 "$p" 2>/dev/null
		done
		for _ in 1 2 3 4 5; do
			userdel -f "$U" >/dev/null 2>&1
			grep -q "^$U:" /etc/passwd || break
			sleep 0.5
		done
		grep -q "^$U:" /etc/passwd && echo "warning: could not remove test user $U" >&2
	fi
	sed -i "/^$U:/d" /etc/subuid /etc/subgid 2>/dev/null
	it_cleanup
}
trap cleanup EXIT

# Private storage so the host's /var/lib/containers is untouched. runc, not
# crun: crun refuses hosts with a hybrid cgroup hierarchy. Podman's default
# nofile limit (1048576) may exceed the test's hard limit, so set one.
PODMAN="podman --root $R/storage --runroot $R/runroot --storage-driver vfs --runtime runc --cgroup-manager cgroupfs"
# shellcheck disable=SC2086 # PODMAN is a command with options; $R has no spaces (mktemp)
podman_() { $PODMAN "$@"; }
podman_ import "$(it_rootfs_tar)" localhost/bulkhead-test/debian:bookworm >"$R/import.log" 2>&1 ||
	it_fail "podman import: $(tail -3 "$R/import.log")"
limits="--ulimit nofile=1024:1024 --ulimit nproc=4096:4096"
# shellcheck disable=SC2086
podman_ run -d --name priv --network none --privileged $limits localhost/bulkhead-test/debian:bookworm sleep infinity \
	>"$R/run.log" 2>&1 || it_fail "podman run priv: $(tail -3 "$R/run.log")"
# shellcheck disable=SC2086
podman_ run -d --name plain --network none --read-only $limits localhost/bulkhead-test/debian:bookworm sleep infinity \
	>>"$R/run.log" 2>&1 || it_fail "podman run plain: $(tail -3 "$R/run.log")"

SOCK=$R/podman.sock
# not through podman_: $! must be podman itself for it_cleanup to stop it
# shellcheck disable=SC2086
$PODMAN system service --time=0 "unix://$SOCK" >"$R/service.log" 2>&1 &
BH_IT_PIDS="$BH_IT_PIDS $!"
for _ in $(seq 1 300); do
	curl -sf --unix-socket "$SOCK" http://d/_ping >/dev/null 2>&1 && break
	sleep 0.1
done
curl -sf --unix-socket "$SOCK" http://d/_ping >/dev/null 2>&1 || it_fail "podman system service did not start: $(tail -5 "$R/service.log")"

bench_run "$R/podman.json" --no-config --docker-host "unix://$SOCK"
bench_expect "$R/podman.json" 2.1=warn 2.6=pass 1.2.2=info \
	1.1.2=skip 1.1.4=skip 1.1.8=skip 1.1.10=skip 1.1.12=skip 1.1.13=skip 1.1.14=skip 1.1.17=skip \
	2.2=skip 2.3=skip 2.4=skip 2.5=skip 2.7=skip 2.9=skip 2.12=skip 2.14=skip 2.15=skip 2.18=skip \
	3.5=pass 3.6=pass 3.9=skip 3.14=skip 3.15=pass 3.16=pass 3.19=skip 3.22=skip 3.23=skip 3.24=skip \
	4.5=skip 4.1=warn 5.5=warn 5.10=pass 5.13=warn 6.1=info 6.2=info 7.1=skip
bench_field_has "$R/podman.json" 2.1 detail "the Podman service runs as root"
bench_field_has "$R/podman.json" 2.1 detail "podman system service pid"
bench_field_has "$R/podman.json" 2.2 detail "not applicable on a Podman host"
bench_field_has "$R/podman.json" 1.2.2 detail "Podman 4"
bench_field_has "$R/podman.json" 1.1.3 detail "podman binary stands for dockerd"
bench_field_has "$R/podman.json" 1.1.5 detail "$R/storage"
bench_field_has "$R/podman.json" 3.5 detail "/etc/containers root:root"
bench_field_has "$R/podman.json" 3.15 detail "$SOCK root:root"
bench_field_has "$R/podman.json" 5.5 detail "priv"
bench_field_has "$R/podman.json" 5.13 detail "1 of 2 running containers: priv"
bench_field_has "$R/podman.json" 6.1 detail "1 images"
bench_field_has "$R/podman.json" 6.2 detail "2 containers, 2 running"
bench_host "$R/podman.json" engine podman
bench_host "$R/podman.json" rootless false
bench_host "$R/podman.json" data_root "$R/storage"
bench_skipped "$R/podman.json" not_applicable -ge 39
bench_skipped "$R/podman.json" permission_denied -eq 0
bench_skipped "$R/podman.json" api_unreachable -eq 0
# no daemon-flag check passes: each is skipped or (2.1, 2.6) decided by a fact Podman reports
python3 - "$R/podman.json" <<'PY' || it_fail "a section 2 check other than 2.1 and 2.6 was judged on a Podman host"
import json, sys
bad = [c for c in json.load(open(sys.argv[1]))["checks"]
       if c["id"].startswith("2.") and c["id"] not in ("2.1", "2.6") and c["status"] != "skip"]
for c in bad:
    print(f"  {c['id']}: {c['status']}: {c['detail']}", file=sys.stderr)
sys.exit(1 if bad else 0)
PY

# a rootless Podman service of a test user: 2.1 passes on Podman's own word,
# and the user's containers.conf and socket must be the user's
chmod 0711 "$R"
HOME_U=$R/home
useradd -M -d "$HOME_U" -s /bin/sh "$U" || it_fail "useradd $U failed"
grep -q "^$U:" /etc/subuid || echo "$U:400000:65536" >>/etc/subuid
grep -q "^$U:" /etc/subgid || echo "$U:400000:65536" >>/etc/subgid
RUN_U=$R/run-user
mkdir -p "$HOME_U/.config/containers" "$RUN_U/podman"
printf '[containers]\nlog_driver = "k8s-file"\n' >"$HOME_U/.config/containers/containers.conf"
chown -R "$U:$U" "$HOME_U" "$RUN_U"
chmod 0700 "$RUN_U"
chmod 0666 "$HOME_U/.config/containers/containers.conf"    # 3.18: others may write
USOCK=$RUN_U/podman/podman.sock   # where a rootless podman.socket unit puts it
setpriv --reuid "$U" --regid "$U" --init-groups env -i HOME="$HOME_U" USER="$U" XDG_RUNTIME_DIR="$RUN_U" \
	PATH=/usr/bin:/bin podman --storage-driver vfs system service --time=0 "unix://$USOCK" >"$R/user-service.log" 2>&1 &
BH_IT_PIDS="$BH_IT_PIDS $!"
for _ in $(seq 1 300); do
	curl -sf --unix-socket "$USOCK" http://d/_ping >/dev/null 2>&1 && break
	sleep 0.1
done
curl -sf --unix-socket "$USOCK" http://d/_ping >/dev/null 2>&1 ||
	it_fail "rootless podman system service did not start: $(tail -5 "$R/user-service.log")"
bench_run "$R/rootless.json" --no-config --docker-host "unix://$USOCK"
bench_expect "$R/rootless.json" 2.1=pass 2.2=skip 3.5=pass 3.15=pass 3.16=pass 3.17=pass 3.18=warn 6.1=info
bench_field_has "$R/rootless.json" 2.1 detail "runs as uid $(id -u "$U") ($U); /libpod/info says rootless: true"
bench_field_has "$R/rootless.json" 3.5 detail "$HOME_U/.config/containers $U:$U"
bench_field_has "$R/rootless.json" 3.15 detail "$USOCK $U:$U (the rootless daemon's user)"
bench_field_has "$R/rootless.json" 3.17 detail "$HOME_U/.config/containers/containers.conf $U:$U"
bench_field_has "$R/rootless.json" 3.18 detail "$HOME_U/.config/containers/containers.conf has mode 0666"
bench_field_has "$R/rootless.json" 1.1.5 detail "$HOME_U/.local/share/containers/storage"
bench_host "$R/rootless.json" engine podman
bench_host "$R/rootless.json" rootless true
bench_host "$R/rootless.json" config "$HOME_U/.config/containers/containers.conf"
# the user, with no --docker-host and no Docker socket, finds its Podman socket
if [ ! -e /var/run/docker.sock ]; then
	setpriv --reuid "$U" --regid "$U" --init-groups env -i HOME="$HOME_U" USER="$U" XDG_RUNTIME_DIR="$RUN_U" \
		PATH=/usr/bin:/bin "$BULKHEAD" bench --format json --no-config >"$R/user.json" 2>"$R/user.err"
	[ $? -le 1 ] || it_fail "bulkhead bench as $U failed: $(cat "$R/user.err")"
	bench_expect "$R/user.json" 2.1=pass 2.2=skip 3.15=pass 3.18=warn
	bench_host "$R/user.json" engine podman
	bench_host "$R/user.json" rootless true
fi
echo "bench podman ok"
