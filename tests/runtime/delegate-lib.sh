# Helpers for the rootless cgroup tests: give a cgroup to nobody (65534) as
# an administrator or systemd's Delegate= does, and run commands as nobody
# from inside it. Needs XDG (nobody's $XDG_RUNTIME_DIR) and it_fail.

# in_groups "DIRS" CMD...: CMD as nobody, from a shell that root first moves
# into each of DIRS (cgroup directories)
in_groups() {
	dirs=$1
	shift
	sh -c 'dirs=$1 xdg=$2; shift 2; for d in $dirs; do echo $$ >"$d/cgroup.procs" || exit 99; done
		exec setpriv --reuid=65534 --regid=65534 --clear-groups env XDG_RUNTIME_DIR="$xdg" "$@"' \
		in_groups "$dirs" "$XDG" "$@"
}

# delegate DIR: DIR made and given to nobody
delegate() {
	mkdir -p "$1" || it_fail "mkdir $1"
	for f in "$1" "$1/cgroup.procs" "$1/cgroup.subtree_control" "$1/cgroup.threads" "$1/tasks"; do
		if [ -e "$f" ]; then chown 65534:65534 "$f" || it_fail "chown $f"; fi
	done
}

# wait_ready FILE PID: until FILE has READY, or the process is gone
wait_ready() {
	for _ in $(seq 1 1800); do
		grep -q READY "$1" 2>/dev/null && return 0
		kill -0 "$2" 2>/dev/null || break
		sleep 0.1
	done
	return 1
}
