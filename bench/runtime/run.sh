#!/bin/sh
# Start-to-exit latency of running /bin/true from one OCI bundle with
# `bulkhead runtime run`, `runc run` and `crun run`, in one hyperfine run,
# plus the peak RSS of each (/usr/bin/time -v).
#
#   bench/runtime/run.sh          (root; RUNS=50 by default;
#                                  BULKHEAD=path skips the Release build;
#                                  BEFORE=path adds that binary, e.g. an
#                                  older build, as "bulkhead (before)")
#
# 1. builds bulkhead (Release) into bench/out/build-runtime unless BULKHEAD
#    names a binary
# 2. extracts the debootstrap Debian bookworm minbase root filesystem from
#    tests/integration/lib.sh (it_rootfs_tar, cached in
#    /var/tmp/bulkhead-test-cache) into bench/out/runtime/bundle/rootfs and
#    writes the bundle's config.json with `bulkhead runtime spec` (the
#    hardened default: user namespace, no capabilities, no_new_privs,
#    seccomp, read-only root, memory and pids limits), changing only the
#    process to /bin/true. All three runtimes run this same file.
# 3. crun 1.8 (Debian bookworm) refuses to start on this hybrid cgroup host
#    while the cgroup v2 mount /sys/fs/cgroup/unified is visible, so crun
#    alone runs inside `unshare -m` after unmounting it there (the host's
#    mount table is not touched). That wrapper costs time of its own, so it is
#    measured too ("crun wrapper") and is to be subtracted from crun's figure.
# Results: bench/out/runtime-hyperfine.json, bench/out/runtime-results.md.
# Nothing here is a test: no time is asserted.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/bench/out
runs=${RUNS:-50}
[ "$(id -u)" = 0 ] || { echo "bench/runtime needs root" >&2; exit 2; }
for t in runc crun hyperfine unshare /usr/bin/time; do
	command -v "$t" >/dev/null || { echo "missing: $t (apt-get install runc crun hyperfine time)" >&2; exit 2; }
done

. "$root/tests/integration/lib.sh"
work=$out/runtime
bundle=$work/bundle
state=$work/state
trap 'rm -rf "$BH_IT_ROOT" "$state"' EXIT

if [ -n "${BULKHEAD:-}" ]; then
	bin=$BULKHEAD
else
	echo "== build (Release)"
	cmake -S "$root" -B "$out/build-runtime" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
	cmake --build "$out/build-runtime" --target bulkhead >/dev/null
	bin=$out/build-runtime/bulkhead
fi

echo "== bundle"
rm -rf "$bundle" "$state"
mkdir -p "$bundle/rootfs" "$state"
# a mapped container root must be able to reach the rootfs
chmod 755 "$work" "$bundle"
tar -C "$bundle/rootfs" --numeric-owner -xf "$(it_rootfs_tar)"
"$bin" runtime spec --bundle "$bundle"
python3 - "$bundle/config.json" <<'EOF'
import json, sys
c = json.load(open(sys.argv[1]))
c["process"]["args"] = ["/bin/true"]
json.dump(c, open(sys.argv[1], "w"), indent=2)
EOF

bh="'$bin' runtime --root '$state/bh' run --bundle '$bundle' bench-bh </dev/null"
runc="runc --root '$state/runc' run --bundle '$bundle' bench-runc </dev/null"
hide="umount /sys/fs/cgroup/unified 2>/dev/null || true"
crun="unshare -m sh -c \"$hide; exec crun --root '$state/crun' run --bundle '$bundle' bench-crun\" </dev/null"
wrapper="unshare -m sh -c \"$hide; exec true\""

echo "== hyperfine ($runs runs)"
set -- -n bulkhead "$bh"
[ -z "${BEFORE:-}" ] || set -- "$@" -n "bulkhead (before)" "'$BEFORE' runtime --root '$state/before' run --bundle '$bundle' bench-before </dev/null"
hyperfine --warmup 3 --runs "$runs" --export-json "$out/runtime-hyperfine.json" \
	--export-markdown "$work/hyperfine.md" \
	"$@" -n runc "$runc" -n crun "$crun" -n "crun wrapper" "$wrapper"

# Peak RSS of the runtime process itself (time -v wraps the runtime binary).
rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null </dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p'; }
rss_bh=$(rss "$bin" runtime --root "$state/bh" run --bundle "$bundle" rss-bh)
rss_before=
[ -z "${BEFORE:-}" ] || rss_before=", bulkhead (before) $(rss "$BEFORE" runtime --root "$state/before" run --bundle "$bundle" rss-before)"
rss_runc=$(rss runc --root "$state/runc" run --bundle "$bundle" rss-runc)
rss_crun=$(unshare -m sh -c "$hide; /usr/bin/time -v crun --root '$state/crun' run --bundle '$bundle' rss-crun" 2>&1 >/dev/null </dev/null |
	sed -n 's/.*Maximum resident set size (kbytes): //p')

res=$out/runtime-results.md
{
	echo "# bench/runtime"
	echo
	echo "$(date -u +%Y-%m-%dT%H:%MZ); $(nproc) CPUs, $(sed -n 's/^model name\t*: //p' /proc/cpuinfo | head -1); kernel $(uname -r); load: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "runc $(runc --version | sed -n 's/^runc version //p'), crun $(crun --version | sed -n 's/^crun version //p'), $("$bin" --version 2>/dev/null | head -1)"
	echo
	cat "$work/hyperfine.md"
	echo
	# wall-clock suffers from other users of a shared machine; CPU time less so
	python3 -c 'import json,sys
print("| Command | CPU (user + system) mean [ms] |")
print("|:---|---:|")
for r in json.load(open(sys.argv[1]))["results"]:
    print("| `%s` | %.1f |" % (r["command"], 1000 * (r["user"] + r["system"])))' "$out/runtime-hyperfine.json"
	echo
	echo "peak RSS (KiB, /usr/bin/time -v around the runtime, largest of it and the processes it waited for): bulkhead $rss_bh$rss_before, runc $rss_runc, crun $rss_crun"
} >"$res"
cat "$res"
