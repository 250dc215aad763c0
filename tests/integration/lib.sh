# Shared helpers for integration tests: a private dockerd, a Debian base
# image built with debootstrap, and a local registry. Source this file.
#
# Everything lives under $BH_IT_ROOT (a fresh temporary directory) and is torn
# down by it_cleanup, which tests install as an EXIT trap. The debootstrap
# root filesystem is cached in $BH_TEST_CACHE because building it takes a
# minute and downloads ~40 MB from the Debian mirror.

BH_TEST_CACHE=${BH_TEST_CACHE:-/var/tmp/bulkhead-test-cache}
BH_IT_ROOT=$(mktemp -d /tmp/bulkhead-it.XXXXXX)
BH_IT_PIDS=""
# Scans in these tests must not depend on a vulnerability database the
# machine happens to have in its cache.
export BULKHEAD_DB="$BH_IT_ROOT/no-such-vuln.db"

it_log() { echo "[it] $*" >&2; }
it_fail() { echo "FAIL: $*" >&2; exit 1; }

# Integration tests run only when asked (CI and tests/run-all.sh ask); when
# asked, a missing prerequisite is a failure, not a skip.
it_require() {
	if [ "${BULKHEAD_INTEGRATION:-0}" != 1 ]; then
		echo "skipped: set BULKHEAD_INTEGRATION=1 to run integration tests"
		exit 77
	fi
	[ "$(id -u)" = 0 ] || it_fail "integration tests need root (dockerd, debootstrap)"
	for tool in "$@"; do
		command -v "$tool" >/dev/null 2>&1 || it_fail "missing tool: $tool"
	done
}

it_cleanup() {
	for pid in $BH_IT_PIDS; do
		kill "$pid" 2>/dev/null
	done
	for pid in $BH_IT_PIDS; do
		for _ in $(seq 1 100); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
		done
		kill -9 "$pid" 2>/dev/null
	done
	# vfs layers and container state; unmount anything dockerd left behind
	grep " $BH_IT_ROOT" /proc/mounts 2>/dev/null | awk '{print $2}' | sort -r | while read -r m; do
		umount -l "$m" 2>/dev/null
	done
	rm -rf "$BH_IT_ROOT"
}

# it_start_dockerd NAME [dockerd args...]: starts a private daemon and exports
# DOCKER_HOST for it. Extra args (e.g. --icc=false, --config-file F) pass through.
it_start_dockerd() {
	name=$1
	shift
	dir=$BH_IT_ROOT/$name
	mkdir -p "$dir"
	sock=$dir/docker.sock
	dockerd --data-root "$dir/data" --exec-root "$dir/exec" --pidfile "$dir/dockerd.pid" \
		-H "unix://$sock" --iptables=false --ip6tables=false --bridge=none \
		--storage-driver=vfs "$@" >"$dir/dockerd.log" 2>&1 &
	BH_IT_PIDS="$BH_IT_PIDS $!"
	for _ in $(seq 1 300); do
		if curl -sf --unix-socket "$sock" http://docker/_ping >/dev/null 2>&1; then
			export DOCKER_HOST="unix://$sock"
			IT_DOCKERD_DIR=$dir
			return 0
		fi
		sleep 0.1
	done
	tail -20 "$dir/dockerd.log" >&2
	it_fail "dockerd $name did not start"
}

it_stop_dockerd() {
	[ -n "${IT_DOCKERD_DIR:-}" ] || return 0
	pid=$(cat "$IT_DOCKERD_DIR/dockerd.pid" 2>/dev/null)
	[ -n "$pid" ] && kill "$pid" 2>/dev/null
	for _ in $(seq 1 100); do
		[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	unset DOCKER_HOST IT_DOCKERD_DIR
}

# Path of a tarball of a Debian bookworm minbase root filesystem.
it_rootfs_tar() {
	tar_path=$BH_TEST_CACHE/bookworm-minbase.tar
	if [ ! -s "$tar_path" ]; then
		mkdir -p "$BH_TEST_CACHE"
		lock=$BH_TEST_CACHE/.lock
		(
			flock 9
			if [ ! -s "$tar_path" ]; then
				it_log "building Debian minbase root filesystem with debootstrap (once)"
				rm -rf "$BH_TEST_CACHE/rootfs"
				debootstrap --variant=minbase bookworm "$BH_TEST_CACHE/rootfs" http://deb.debian.org/debian \
					>"$BH_TEST_CACHE/debootstrap.log" 2>&1 || { tail -20 "$BH_TEST_CACHE/debootstrap.log" >&2; exit 1; }
				tar -C "$BH_TEST_CACHE/rootfs" --numeric-owner -cf "$tar_path.tmp" . && mv "$tar_path.tmp" "$tar_path"
			fi
		) 9>"$lock" || it_fail "debootstrap failed"
	fi
	echo "$tar_path"
}

# it_import_base NAME:TAG: imports the minbase root filesystem into the current daemon.
it_import_base() {
	docker import "$(it_rootfs_tar)" "$1" >/dev/null || it_fail "docker import failed"
}

# it_start_registry: runs Debian's docker-registry on 127.0.0.1 at a free
# port, storage in the test root; sets IT_REGISTRY=127.0.0.1:PORT.
it_start_registry() {
	dir=$BH_IT_ROOT/registry
	mkdir -p "$dir/data"
	port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
	cat >"$dir/config.yml" <<CONF
version: 0.1
storage:
  filesystem:
    rootdirectory: $dir/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
CONF
	docker-registry serve "$dir/config.yml" >"$dir/registry.log" 2>&1 &
	BH_IT_PIDS="$BH_IT_PIDS $!"
	for _ in $(seq 1 100); do
		if curl -sf "http://127.0.0.1:$port/v2/" >/dev/null 2>&1; then
			IT_REGISTRY=127.0.0.1:$port
			return 0
		fi
		sleep 0.1
	done
	tail -20 "$dir/registry.log" >&2
	it_fail "docker-registry did not start"
}
