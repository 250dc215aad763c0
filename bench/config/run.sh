#!/bin/sh
# Config throughput benchmark: `bulkhead config` over a large generated set
# of Kubernetes manifests and compose files, on one core, against a floor.
#
#   bench/config/run.sh
#   K8S_DOCS=10000 K8S_FILES=10 COMPOSE_FILES=1000 SEED=20241123 bench/config/run.sh
#
# 1. builds bulkhead (Release) into bench/out/build, and the floor
#    bench/config/yaml_events.c (libyaml's event parser over the same files,
#    no tree, no checks) into bench/out/yaml-events
# 2. generates K8S_DOCS Kubernetes documents in K8S_FILES multi-document
#    files and COMPOSE_FILES compose files with bench/config/generate.py
#    into bench/out/config-corpus (fixed seed: the same files everywhere)
# 3. one hyperfine run pinned to CPU 0 (taskset), with warmup, JSON output:
#      bulkhead-all      bulkhead config --no-config --format json corpus
#      bulkhead-k8s      ... the Kubernetes files only
#      bulkhead-compose  ... the compose files only
#      yaml-events       the floor, every file
#      pyyaml-c          python3 yaml.safe_load_all with the libyaml-backed
#                        CSafeLoader (only when python3-yaml with libyaml is
#                        installed): what a script that only loads would cost
# 4. peak RSS of each command with /usr/bin/time -v
# Results: bench/out/config-hyperfine.json and bench/out/config-results.md.
# Nothing here is a test: no time is asserted.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/bench/out
src=${BULKHEAD_SRC:-$root}
k8s_docs=${K8S_DOCS:-10000}
k8s_files=${K8S_FILES:-10}
compose_files=${COMPOSE_FILES:-1000}
seed=${SEED:-20241123}

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
# shellcheck disable=SC2046 # pkg-config prints several flags
cc -O2 -Wall -Wextra "$root/bench/config/yaml_events.c" $(pkg-config --cflags --libs yaml-0.1) -o yaml-events
for tool in hyperfine:hyperfine time:/usr/bin/time; do
	if ! command -v "${tool#*:}" >/dev/null 2>&1; then
		echo "== apt-get install ${tool%%:*}"
		apt-get install -y "${tool%%:*}" >/dev/null
	fi
done

echo "== corpus"
rm -rf config-corpus
python3 "$root/bench/config/generate.py" config-corpus "$k8s_docs" "$k8s_files" "$compose_files" "$seed"
find config-corpus -type f | LC_ALL=C sort > config-all.list
all=$(tr '\n' ' ' < config-all.list)
bytes=$(cat $all | wc -c)

# Sanity: bulkhead loads every file without an input error (exit 2).
set +e
"$bulkhead" config --no-config --format json config-corpus > config-report.json 2>/dev/null
rc=$?
set -e
if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
	echo "bulkhead config failed on the corpus (exit $rc)" >&2
	exit 1
fi
./yaml-events $all

pyyaml=""
if python3 -c 'import yaml; yaml.CSafeLoader' 2>/dev/null; then
	cat > pyyaml-load.py <<'PY'
import sys, yaml
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        for _ in yaml.load_all(f, Loader=yaml.CSafeLoader):
            pass
PY
	pyyaml="python3 $out/pyyaml-load.py $all"
	pyyaml_version=$(python3 -c 'import yaml; print(yaml.__version__)')
fi

echo "== hyperfine (taskset -c 0); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
uptime > config-load.txt
set -- -n bulkhead-all "$bulkhead config --no-config --format json config-corpus" \
	-n bulkhead-k8s "$bulkhead config --no-config --format json config-corpus/k8s" \
	-n bulkhead-compose "$bulkhead config --no-config --format json config-corpus/compose" \
	-n yaml-events "$out/yaml-events $all"
if [ -n "$pyyaml" ]; then
	set -- "$@" -n pyyaml-c "$pyyaml"
fi
taskset -c 0 hyperfine -N --warmup 2 --min-runs 10 --ignore-failure \
	--export-json config-hyperfine.json "$@"

echo "== peak RSS (/usr/bin/time -v)"
rss() {
	# shellcheck disable=SC2086 # the command is word-split on purpose
	/usr/bin/time -v taskset -c 0 $1 2>&1 >/dev/null |
		sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p'
}
rss_all=$(rss "$bulkhead config --no-config --format json config-corpus")
rss_k8s=$(rss "$bulkhead config --no-config --format json config-corpus/k8s")
rss_compose=$(rss "$bulkhead config --no-config --format json config-corpus/compose")
rss_floor=$(rss "$out/yaml-events $all")
rss_py=0
if [ -n "$pyyaml" ]; then
	rss_py=$(rss "$pyyaml")
fi
findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' config-report.json)

python3 - "$k8s_docs" "$compose_files" "$bytes" "$findings" "$rss_all" "$rss_k8s" "$rss_compose" "$rss_floor" "$rss_py" "${pyyaml_version:-}" <<'PY' | tee config-results.md
import json, sys
k8s, compose, nbytes, findings = (int(x) for x in sys.argv[1:5])
rss = dict(zip(["bulkhead-all", "bulkhead-k8s", "bulkhead-compose", "yaml-events", "pyyaml-c"],
               (int(x) for x in sys.argv[5:10])))
docs = {"bulkhead-all": k8s + compose, "bulkhead-k8s": k8s, "bulkhead-compose": compose,
        "yaml-events": k8s + compose, "pyyaml-c": k8s + compose}
res = {r["command"]: r for r in json.load(open("config-hyperfine.json"))["results"]}
# CPU time (user + system, means) is reported next to wall time: on a
# shared machine it is the steadier figure of the two.
print("| command | documents | runs | median (s) | min (s) | mean ± σ (s) | CPU user+sys (s) | documents/s (median) | documents per CPU-second | µs per document (median) | peak RSS (MiB) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for name in ["bulkhead-all", "bulkhead-k8s", "bulkhead-compose", "yaml-events", "pyyaml-c"]:
    if name not in res:
        continue
    r, n = res[name], docs[name]
    cpu = r["user"] + r["system"]
    print("| %s | %d | %d | %.4f | %.4f | %.4f ± %.4f | %.4f | %.0f | %.0f | %.1f | %.1f |" % (
        name, n, len(r["times"]), r["median"], r["min"], r["mean"], r["stddev"], cpu, n / r["median"],
        n / cpu, 1e6 * r["median"] / n, rss[name] / 1024))
cb = res["bulkhead-all"]["user"] + res["bulkhead-all"]["system"]
cf = res["yaml-events"]["user"] + res["yaml-events"]["system"]
print()
print("CPU time: bulkhead config %.2f s, libyaml event-parse floor %.2f s (%.1fx)." % (cb, cf, cb / cf))
b, f = res["bulkhead-all"]["median"], res["yaml-events"]["median"]
print()
print("%d Kubernetes documents and %d compose files, %.1f MiB of YAML, %d findings." % (k8s, compose, nbytes / 1048576, findings))
print("bulkhead config takes %.1fx the time of the libyaml event-parse floor (one core, medians)." % (b / f))
if "pyyaml-c" in res:
    print("PyYAML %s CSafeLoader only loading the same files: %.1fx bulkhead's time." % (sys.argv[10], res["pyyaml-c"]["median"] / b))
PY
