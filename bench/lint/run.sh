#!/bin/sh
# Lint throughput benchmark: bulkhead vs dockerfilelint on one core.
#
#   bench/lint/run.sh            (from anywhere; needs network on first run)
#   FILES=5000 SEED=20241123 BULKHEAD_SRC=/path/to/tree bench/lint/run.sh
#   BASELINE_SRC=/path/to/older/tree bench/lint/run.sh   (before/after)
#
# 1. builds bulkhead (Release) into bench/out/build
# 2. generates FILES (default 5000) Dockerfiles with tests/corpus/generate.py
#    into bench/out/corpus (fixed seed: the same files on every machine)
# 3. installs dockerfilelint with npm into a cache outside the repository
#    ($BENCH_CACHE/npm, default /var/tmp/bulkhead-bench/npm) if it is
#    missing, and hyperfine and time (/usr/bin/time) with apt-get if missing
# 4. keeps the files dockerfilelint lints without crashing (it throws on
#    some valid syntax, e.g. HEALTHCHECK NONE, which aborts a whole run), so
#    that both tools are timed on exactly the same files; they are copied to
#    short names (c/00042.Dockerfile) so that the whole list fits in one
#    command line and hyperfine can run without a shell (-N)
# 5. one hyperfine run, pinned to CPU 0 with taskset, JSON output for both:
#      bulkhead-dir    bulkhead lint --no-config --format json corpus   (all files)
#      bulkhead        bulkhead lint --no-config --format json FILE...  (common set)
#      dockerfilelint  dockerfilelint -j FILE...                        (common set)
#      bulkhead-1 / dockerfilelint-1: one file, i.e. start-up latency
# 6. peak RSS of each command with /usr/bin/time -v
# With BASELINE_SRC (another checkout, e.g. a worktree of an older commit),
# that tree is built too and its binary runs the two bulkhead commands in
# the same hyperfine run (baseline-dir, baseline), interleaved with the
# others on the same core, so before and after see the same machine load.
# The machine is shared: the table reports the median and the minimum of
# each command as well as mean ± σ, and the load average before the run.
# Results: bench/out/lint-hyperfine.json and bench/out/lint-results.md.
# Nothing here is a test: no time is asserted.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/bench/out
src=${BULKHEAD_SRC:-$root}  # the source tree to build (default: this checkout)
files=${FILES:-5000}
seed=${SEED:-20241123}
dfl_version=1.8.0
npm_dir=${BENCH_CACHE:-/var/tmp/bulkhead-bench}/npm

mkdir -p "$out"
cd "$out"

echo "== build (Release)"
if [ -f build/CMakeCache.txt ] && ! grep -qx "CMAKE_HOME_DIRECTORY:INTERNAL=$src" build/CMakeCache.txt; then
	rm -rf build  # configured for another source tree
fi
if ! { cmake -S "$src" -B "$out/build" -G Ninja -DCMAKE_BUILD_TYPE=Release &&
	ninja -C "$out/build" bulkhead; } > build.log 2>&1; then
	tail -n 30 build.log >&2
	exit 1
fi
bulkhead=$out/build/bulkhead

baseline=
if [ -n "${BASELINE_SRC:-}" ]; then
	echo "== build baseline (Release) from $BASELINE_SRC"
	if [ -f build-baseline/CMakeCache.txt ] &&
		! grep -qx "CMAKE_HOME_DIRECTORY:INTERNAL=$BASELINE_SRC" build-baseline/CMakeCache.txt; then
		rm -rf build-baseline
	fi
	if ! { cmake -S "$BASELINE_SRC" -B "$out/build-baseline" -G Ninja -DCMAKE_BUILD_TYPE=Release &&
		ninja -C "$out/build-baseline" bulkhead; } > build-baseline.log 2>&1; then
		tail -n 30 build-baseline.log >&2
		exit 1
	fi
	baseline=$out/build-baseline/bulkhead
fi

echo "== corpus: $files Dockerfiles"
rm -rf corpus
python3 "$root/tests/corpus/generate.py" corpus "$files" "$seed" >/dev/null
find corpus -type f | LC_ALL=C sort > all.list

if [ ! -x "$npm_dir/node_modules/.bin/dockerfilelint" ]; then
	echo "== npm install dockerfilelint@$dfl_version into $npm_dir"
	mkdir -p "$npm_dir"
	npm install --prefix "$npm_dir" --cache "$npm_dir/.cache" --no-audit --no-fund \
		"dockerfilelint@$dfl_version" >/dev/null
fi
dfl="node $npm_dir/node_modules/dockerfilelint/bin/dockerfilelint"
for tool in hyperfine:hyperfine time:/usr/bin/time; do
	if ! command -v "${tool#*:}" >/dev/null 2>&1; then
		echo "== apt-get install ${tool%%:*}"
		apt-get install -y "${tool%%:*}" >/dev/null
	fi
done

# Sanity: bulkhead must parse every file (the corpus is valid).
set +e
"$bulkhead" lint --no-config --format json corpus > bulkhead-report.json 2>/dev/null
rc=$?
set -e
if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
	echo "bulkhead failed on the corpus (exit $rc); run tests/corpus/check.sh" >&2
	exit 1
fi

node "$root/bench/lint/dockerfilelint-accepts.js" "$npm_dir/node_modules" < all.list > common.list
rm -rf c
python3 - <<'PY'
import os, shutil
os.mkdir("c")
names = []
for i, src in enumerate(l.strip() for l in open("common.list") if l.strip()):
    if i == 5000:  # keeps the command line under the 128 KiB limit of one argument
        break
    names.append("c/%05d.Dockerfile" % i)
    shutil.copyfile(src, names[-1])
open("c.list", "w").write("\n".join(names) + "\n")
PY
ncommon=$(wc -l < c.list)
list=$(tr '\n' ' ' < c.list)
one=$(head -n 1 c.list)

echo "== hyperfine (taskset -c 0); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
uptime > lint-load.txt
set -- -n bulkhead-dir "$bulkhead lint --no-config --format json corpus" \
	-n bulkhead "$bulkhead lint --no-config --format json $list"
if [ -n "$baseline" ]; then
	set -- "$@" -n baseline-dir "$baseline lint --no-config --format json corpus" \
		-n baseline "$baseline lint --no-config --format json $list"
fi
taskset -c 0 hyperfine -N --warmup 2 --min-runs 10 --ignore-failure \
	--export-json lint-hyperfine.json "$@" \
	-n dockerfilelint "$dfl -j $list" \
	-n bulkhead-1 "$bulkhead lint --no-config --format json $one" \
	-n dockerfilelint-1 "$dfl -j $one"

echo "== peak RSS (/usr/bin/time -v)"
rss() {
	# shellcheck disable=SC2086 # the command is word-split on purpose
	/usr/bin/time -v taskset -c 0 $1 2>&1 >/dev/null |
		sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p'
}
rss_dir=$(rss "$bulkhead lint --no-config --format json corpus")
rss_bh=$(rss "$bulkhead lint --no-config --format json $list")
rss_dfl=$(rss "$dfl -j $list")
rss_bh1=$(rss "$bulkhead lint --no-config --format json $one")
rss_dfl1=$(rss "$dfl -j $one")
rss_base_dir=0 rss_base=0
if [ -n "$baseline" ]; then
	rss_base_dir=$(rss "$baseline lint --no-config --format json corpus")
	rss_base=$(rss "$baseline lint --no-config --format json $list")
fi

python3 - "$files" "$ncommon" "$rss_dir" "$rss_bh" "$rss_dfl" "$rss_bh1" "$rss_dfl1" "$rss_base_dir" "$rss_base" <<'PY' | tee lint-results.md
import json, sys
nall, ncommon = int(sys.argv[1]), int(sys.argv[2])
rss = dict(zip(["bulkhead-dir", "bulkhead", "dockerfilelint", "bulkhead-1", "dockerfilelint-1",
                "baseline-dir", "baseline"],
               (int(x) for x in sys.argv[3:10])))
nfiles = {"bulkhead-dir": nall, "bulkhead": ncommon, "dockerfilelint": ncommon,
          "bulkhead-1": 1, "dockerfilelint-1": 1, "baseline-dir": nall, "baseline": ncommon}
res = {r["command"]: r for r in json.load(open("lint-hyperfine.json"))["results"]}
# CPU time (user + system, means) is reported next to wall time: on a
# shared machine it is the steadier figure of the two.
print("| command | files | runs | median (s) | min (s) | mean ± σ (s) | CPU user+sys (s) | files/s (median) | files per CPU-second | ms per file (median) | peak RSS (MiB) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for name in ["baseline-dir", "bulkhead-dir", "baseline", "bulkhead", "dockerfilelint", "bulkhead-1", "dockerfilelint-1"]:
    if name not in res:
        continue
    r = res[name]
    n = nfiles[name]
    cpu = r["user"] + r["system"]
    print("| %s | %d | %d | %.4f | %.4f | %.4f ± %.4f | %.4f | %.0f | %.0f | %.4f | %.1f |" % (
        name, n, len(r["times"]), r["median"], r["min"], r["mean"], r["stddev"], cpu, n / r["median"],
        n / cpu, 1000 * r["median"] / n, rss[name] / 1024))
b, d = res["bulkhead"]["median"], res["dockerfilelint"]["median"]
print()
print("bulkhead is %.1fx faster than dockerfilelint on the same %d files (one core, medians)." % (d / b, ncommon))
for now, then in (("bulkhead-dir", "baseline-dir"), ("bulkhead", "baseline")):
    if then in res:
        c0 = res[then]["user"] + res[then]["system"]
        c1 = res[now]["user"] + res[now]["system"]
        print("%s: %.0f -> %.0f files per CPU-second (%.2fx), median wall %.4f -> %.4f s." % (
            now, nfiles[now] / c0, nfiles[now] / c1, c0 / c1, res[then]["median"], res[now]["median"]))
PY
