# Helpers for the OCI runtime tests: a root filesystem from the debootstrap
# cache, bundles written by config.py, and the same bundle run by runc (the
# oracle) and by `bulkhead runtime`. Source after setting BULKHEAD to the binary.

RT_DIR=$(cd "$(dirname "$0")" && pwd)
. "$RT_DIR/../integration/lib.sh"

# rt_require TOOLS...: skip unless asked, then demand root, runc and the tools.
rt_require() {
	it_require runc python3 tar "$@"
	# a mapped container root must be able to reach the rootfs
	chmod 755 "$BH_IT_ROOT"
	[ -x "${BULKHEAD:-}" ] || it_fail "BULKHEAD must point at the bulkhead binary"
	trap rt_cleanup EXIT
	RT_BH_ROOT=$BH_IT_ROOT/bh-state
	RT_RUNC_ROOT=$BH_IT_ROOT/runc-state
	RT_CG=/bulkhead-test-$$
	RT_N=0
}

rt_cleanup() {
	for id in $(runc --root "$RT_RUNC_ROOT" list -q 2>/dev/null); do
		runc --root "$RT_RUNC_ROOT" delete --force "$id" >/dev/null 2>&1
	done
	for id in $("$BULKHEAD" runtime --root "$RT_BH_ROOT" list --quiet 2>/dev/null); do
		"$BULKHEAD" runtime --root "$RT_BH_ROOT" delete --force "$id" >/dev/null 2>&1
	done
	for c in /sys/fs/cgroup/*/; do
		[ -d "$c$RT_CG" ] && find "$c$RT_CG" -depth -type d -exec rmdir {} \; 2>/dev/null
	done
	it_cleanup
}

# rt_rootfs: path of an extracted (read-only in the tests) Debian root filesystem.
rt_rootfs() {
	if [ ! -d "$BH_IT_ROOT/rootfs/usr" ]; then
		mkdir -p "$BH_IT_ROOT/rootfs"
		tar -C "$BH_IT_ROOT/rootfs" --numeric-owner -xf "$(it_rootfs_tar)" || it_fail "extracting the rootfs"
	fi
	echo "$BH_IT_ROOT/rootfs"
}

# rt_bundle NAME [config.py options] [-- ARGS...]: creates $BH_IT_ROOT/NAME with
# a config.json over the shared rootfs; prints the bundle path.
rt_bundle() {
	name=$1
	shift
	rootfs=$(rt_rootfs)
	mkdir -p "$BH_IT_ROOT/$name"
	python3 "$RT_DIR/config.py" "$BH_IT_ROOT/$name/config.json" "$rootfs" "$@" || it_fail "config.py $*"
	echo "$BH_IT_ROOT/$name"
}

bh() { "$BULKHEAD" runtime --root "$RT_BH_ROOT" "$@"; }
rc() { runc --root "$RT_RUNC_ROOT" "$@"; }

# rt_compare WHAT [config.py options] -- ARGS...: runs the same bundle with
# runc and bulkhead (`run`, fresh ids, distinct cgroups) and fails unless the
# exit status and standard output are identical.
rt_compare() {
	what=$1
	shift
	RT_N=$((RT_N + 1))
	dir=$(rt_bundle "cmp$RT_N" "$@")
	for rt in runc bh; do
		sed "s#@CG@#$RT_CG/$rt-$RT_N#" "$dir/config.json" >"$dir/config.$rt.json"
	done
	cp "$dir/config.runc.json" "$dir/config.json"
	(cd "$dir" && rc run "r$RT_N" >"$dir/runc.out" 2>"$dir/runc.err" </dev/null)
	echo "exit $?" >>"$dir/runc.out"
	cp "$dir/config.bh.json" "$dir/config.json"
	(cd "$dir" && bh run "b$RT_N" >"$dir/bh.out" 2>"$dir/bh.err" </dev/null)
	echo "exit $?" >>"$dir/bh.out"
	if ! diff -u "$dir/runc.out" "$dir/bh.out" >"$dir/diff"; then
		cat "$dir/diff" >&2
		echo "--- runc stderr:" >&2; cat "$dir/runc.err" >&2
		echo "--- bulkhead stderr:" >&2; cat "$dir/bh.err" >&2
		it_fail "$what: bulkhead differs from runc"
	fi
	grep -q '^exit 0$' "$dir/runc.out" || [ -n "${RT_EXPECT_FAIL:-}" ] || {
		cat "$dir/runc.err" >&2
		it_fail "$what: the case itself fails under runc"
	}
	it_log "same as runc: $what"
	RT_LAST_OUT=$dir/bh.out
}
