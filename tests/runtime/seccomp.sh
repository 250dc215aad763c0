#!/bin/sh
# bulkhead's default seccomp profile against Docker's own (the oracle): a
# static probe (seccomp_probe.c) makes a list of syscalls with harmless
# arguments and prints what each returned, in the same image under
# `docker run` (Docker's default profile, runc) and under `bulkhead run`.
# Every syscall Docker refuses must be refused by bulkhead too; the probe
# must see a difference with --seccomp unconfined (or it tests nothing);
# --cap-add SYS_ADMIN must re-enable what Docker re-enables with it; and
# ordinary programs must work and print the same as under Docker.
. "$(dirname "$0")/../integration/lib.sh"
it_require dockerd docker curl gcc jq
trap it_cleanup EXIT
chmod 755 "$BH_IT_ROOT"
[ -x "${BULKHEAD:-}" ] || it_fail "BULKHEAD must point at the bulkhead binary"
[ "$(uname -m)" = x86_64 ] || it_fail "the probe's syscall list is for x86_64"
OUT=$BH_IT_ROOT/out
mkdir -p "$OUT"

gcc -static -O1 -o "$BH_IT_ROOT/probe" "$(dirname "$0")/seccomp_probe.c" || it_fail "building the probe"

# one image with the probe, for both: docker commit, then docker save for bulkhead run
it_start_dockerd sc
it_import_base bulkhead-test/debian:base
docker create --name probe-src bulkhead-test/debian:base true >/dev/null || it_fail "docker create"
docker cp "$BH_IT_ROOT/probe" probe-src:/probe || it_fail "docker cp"
docker commit probe-src bulkhead-test/probe:1 >/dev/null || it_fail "docker commit"
docker save -o "$BH_IT_ROOT/probe.tar" bulkhead-test/probe:1 || it_fail "docker save"
IMG=bulkhead-test/probe:1
TAR=$BH_IT_ROOT/probe.tar
# bulkhead run unpacks under TMPDIR: a directory of its own (set after
# dockerd started, which would write there too), empty again at the end
export TMPDIR=$BH_IT_ROOT/tmp
mkdir -p "$TMPDIR"
chmod 755 "$TMPDIR"

docker info --format '{{.SecurityOptions}}' | grep -q 'name=seccomp' || it_fail "dockerd runs without seccomp: no oracle"

# probe WHERE OUTFILE [flags]: runs /probe under docker (WHERE=docker) or bulkhead
probe() {
	where=$1 file=$2
	shift 2
	if [ "$where" = docker ]; then
		timeout 120 docker run --rm --network none "$@" "$IMG" /probe >"$file" 2>"$file.err"
	else
		timeout 120 "$BULKHEAD" run "$@" "$TAR" -- /probe >"$file" 2>"$file.err"
	fi || it_fail "probe under $where $*: $(cat "$file.err")"
	[ "$(wc -l <"$file")" -ge 80 ] || it_fail "probe under $where $* printed too little: $(cat "$file" "$file.err")"
}
result() { awk -v n="$1" '$1 == n { print $2 }' "$2"; }

probe docker "$OUT/docker"
probe bulkhead "$OUT/bh"
probe bulkhead "$OUT/bh-unconfined" --seccomp unconfined
probe docker "$OUT/docker-admin" --cap-add SYS_ADMIN
probe bulkhead "$OUT/bh-admin" --cap-add SYS_ADMIN
paste "$OUT/docker" "$OUT/bh" "$OUT/bh-unconfined" "$OUT/docker-admin" "$OUT/bh-admin" |
	awk '{ printf "%-20s docker %-12s bulkhead %-12s unconfined %-12s | SYS_ADMIN: docker %-12s bulkhead %s\n", $1, $2, $4, $6, $8, $10 }'

# at least as strict: Docker's EPERM (its default errno) and ENOSYS (its
# answer to clone3) are refused by bulkhead too, with and without SYS_ADMIN
strict() {
	docker_out=$1 bh_out=$2 what=$3
	n=0
	for name in $(awk '$2 == "EPERM" || $2 == "ENOSYS" { print $1 }' "$docker_out"); do
		d=$(result "$name" "$docker_out")
		b=$(result "$name" "$bh_out")
		case "$d:$b" in
		EPERM:EPERM | ENOSYS:ENOSYS | ENOSYS:EPERM) n=$((n + 1)) ;;
		*) it_fail "$what: Docker refuses $name ($d) but bulkhead gives $b" ;;
		esac
	done
	[ "$n" -ge 30 ] || it_fail "$what: only $n syscalls refused by Docker; the probe is not probing"
	it_log "$what: all $n syscalls Docker refuses are refused by bulkhead"
}
strict "$OUT/docker" "$OUT/bh" "default profile"
strict "$OUT/docker-admin" "$OUT/bh-admin" "--cap-add SYS_ADMIN"
# the kernel alone (no capabilities, a user namespace) would refuse many of
# these too: the filter must make a difference the probe can see
for name in keyctl add_key unshare-user clone-newuser personality-noaslr io_uring_setup; do
	[ "$(result "$name" "$OUT/bh")" = EPERM ] || it_fail "$name not refused by the default profile"
	u=$(result "$name" "$OUT/bh-unconfined")
	[ -n "$u" ] && [ "$u" != EPERM ] || it_fail "$name is refused even with --seccomp unconfined ($u): the probe cannot tell"
done
[ "$(result clone3 "$OUT/bh")" = ENOSYS ] || it_fail "clone3 must fail with ENOSYS (the C library then uses clone)"
# ordinary calls: same answers as under Docker
for name in getpid read openat clone-plain socket-inet socket-unix personality-query mkdirat prctl pidfd_open \
	memfd_create getrandom membarrier; do
	[ "$(result "$name" "$OUT/docker")" = "$(result "$name" "$OUT/bh")" ] ||
		it_fail "$name: docker gives $(result "$name" "$OUT/docker"), bulkhead $(result "$name" "$OUT/bh")"
done
# SYS_ADMIN re-enables namespaces and mounts as in Docker's profile
for name in unshare-user unshare-mnt clone-newuser clone-newns clone3 setns mount umount2 sethostname fsopen; do
	d=$(result "$name" "$OUT/docker-admin")
	b=$(result "$name" "$OUT/bh-admin")
	[ "$d" = EPERM ] && it_fail "oracle: Docker with SYS_ADMIN refuses $name"
	[ "$b" != EPERM ] || it_fail "--cap-add SYS_ADMIN: $name still refused (Docker gives $d)"
done
grep -q "relaxed: --cap-add CAP_SYS_ADMIN" "$OUT/bh-admin.err" || it_fail "--cap-add SYS_ADMIN not named"
it_log "seccomp: SYS_ADMIN re-enables what Docker's profile re-enables"

# ordinary workloads print the same under both
WORK='set -e; for f in /etc/os-release /etc/debian_version; do head -1 "$f"; done | sort
apt-get --version | head -1; dpkg-query -W -f "\${Package}\n" | sort | head -5; perl -e "print 6*7, qq(\n)"
echo hello | sed s/hello/bye/ | tr a-z A-Z; seq 1 1000 | sort -rn | head -1; mkdir -p /tmp/w/a && cd /tmp/w
echo data >a/f && tar cf t.tar a && rm -r a && tar xf t.tar && cat a/f && ln -s a/f l && readlink l; date -d @0 -u +%Y
(sleep 0.1 & wait) && echo waited; find /etc -maxdepth 1 -name "*.conf" | wc -l | tr -d " " >/dev/null; id -u
if command -v python3 >/dev/null; then python3 -c "import os, threading; print(sum(range(10)))"; else echo 45; fi'
timeout 120 docker run --rm --network none --read-only --tmpfs /tmp "$IMG" sh -c "$WORK" >"$OUT/work-docker" 2>&1 ||
	it_fail "workload under docker: $(cat "$OUT/work-docker")"
timeout 120 "$BULKHEAD" run "$TAR" -- sh -c "$WORK" >"$OUT/work-bh" 2>&1 ||
	it_fail "workload under bulkhead: $(cat "$OUT/work-bh")"
grep -v '^bulkhead run:' "$OUT/work-bh" | diff -u "$OUT/work-docker" - || it_fail "workload output differs from Docker"
cat "$OUT/work-bh"

# --seccomp FILE: a profile in Docker's format, named when used; a broken
# one is refused with its file and line, before anything runs
cat >"$BH_IT_ROOT/deny-mkdir.json" <<'JSON'
{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["mkdir", "mkdirat"], "action": "SCMP_ACT_ERRNO", "errnoRet": 1}]}
JSON
"$BULKHEAD" run --seccomp "$BH_IT_ROOT/deny-mkdir.json" "$TAR" -- sh -c 'mkdir /tmp/d 2>&1; echo rc=$?' >"$OUT/custom" 2>"$OUT/custom.err" ||
	it_fail "--seccomp FILE: $(cat "$OUT/custom.err")"
grep -q 'Operation not permitted' "$OUT/custom" || it_fail "--seccomp FILE not applied: $(cat "$OUT/custom")"
grep -q "relaxed: --seccomp $BH_IT_ROOT/deny-mkdir.json" "$OUT/custom.err" || it_fail "--seccomp FILE not named: $(cat "$OUT/custom.err")"
printf '{"defaultAction": "SCMP_ACT_ALLOW",\n "syscalls": [{"names": ["mkdir"], "action": "SCMP_ACT_NOPE"}]}\n' >"$BH_IT_ROOT/bad.json"
"$BULKHEAD" run --seccomp "$BH_IT_ROOT/bad.json" "$TAR" -- true 2>"$OUT/bad.err"
rc=$?
[ $rc = 2 ] || it_fail "broken profile: exit $rc, want 2"
grep -q "$BH_IT_ROOT/bad.json:2:.*unknown action \"SCMP_ACT_NOPE\"" "$OUT/bad.err" || it_fail "broken profile message: $(cat "$OUT/bad.err")"
[ -z "$(ls -A "$TMPDIR")" ] || it_fail "unpack directory left behind: $(ls "$TMPDIR")"
echo "seccomp: at least as strict as Docker's default profile"
