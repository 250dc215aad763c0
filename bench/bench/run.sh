#!/bin/sh
# Benchmark of `bulkhead bench`: wall time and peak memory against a private
# dockerd with 0 and with 50 running containers.
#
#   sudo bench/bench/run.sh            (root: it starts dockerd; CONTAINERS=50 RUNS=10 by default)
#
# 1. builds bulkhead (Release) into bench/out/bench-build
# 2. starts a private dockerd (overlay2, no network, its own data root) with
#    tests/integration/lib.sh and imports the debootstrap Debian image
#    (cached in /var/tmp/bulkhead-test-cache; built once from the Debian mirror)
# 3. for 0 and then CONTAINERS running containers (`sleep infinity`,
#    --network none), times with hyperfine:
#      bulkhead   bulkhead bench --no-config --format json   (all 117 checks)
#      api-floor  one curl process making exactly the Engine API requests
#                 bulkhead makes (/version, /info, /containers/json, every
#                 /containers/{id}/json, /images/json, every /images/{id}/json
#                 and /history): what any tool reading the same facts through
#                 the API must at least spend
#    and measures bulkhead's peak RSS with /usr/bin/time.
# docker-bench-security is not installed here (not packaged in Debian; its
# repository cannot be fetched), so the floor above is the comparison.
# Results: bench/out/bench-hyperfine-N.json and bench/out/bench-results.md.
# Nothing here is a test: no time is asserted.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/bench/out
count=${CONTAINERS:-50}
runs=${RUNS:-10}
mkdir -p "$out"

echo "== build (Release)"
if ! { cmake -S "$root" -B "$out/bench-build" -G Ninja -DCMAKE_BUILD_TYPE=Release &&
	nice ninja -C "$out/bench-build" bulkhead; } >"$out/bench-build.log" 2>&1; then
	tail -n 30 "$out/bench-build.log" >&2
	exit 1
fi
bulkhead=$out/bench-build/bulkhead
command -v hyperfine >/dev/null 2>&1 || apt-get install -y hyperfine >/dev/null

# the integration helpers start and tear down the daemon
BULKHEAD_INTEGRATION=1
. "$root/tests/integration/lib.sh"
trap it_cleanup EXIT
it_start_dockerd bench --storage-driver=overlay2
sock=${DOCKER_HOST#unix://}
IMG=bulkhead-test/debian:bookworm
it_import_base "$IMG"

# The request list bulkhead makes, as one curl invocation (one process, one
# connection reused for every URL).
floor_script=$out/bench-api-floor.sh
write_floor() {
	{
		printf '#!/bin/sh\nexec curl -sf --unix-socket %s -o /dev/null' "$sock"
		for p in /version /info /containers/json /images/json; do printf ' -o /dev/null http://d%s' "$p"; done
		curl -sf --unix-socket "$sock" http://d/containers/json |
			python3 -c 'import json,sys; [print(c["Id"]) for c in json.load(sys.stdin)]' |
			while read -r id; do printf ' -o /dev/null http://d/containers/%s/json' "$id"; done
		curl -sf --unix-socket "$sock" http://d/images/json |
			python3 -c 'import json,sys; [print(i["Id"].split(":")[-1]) for i in json.load(sys.stdin)]' |
			while read -r id; do printf ' -o /dev/null http://d/images/%s/json -o /dev/null http://d/images/%s/history' "$id" "$id"; done
		printf '\n'
	} >"$floor_script"
	chmod +x "$floor_script"
}

results=$out/bench-results.md
{
	echo "# bulkhead bench: wall time and peak RSS"
	echo
	echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(dockerd --version)"
	echo
	echo "| running containers | command | mean ± σ (ms) | median (ms) | min (ms) | peak RSS (KiB) |"
	echo "|---|---|---|---|---|---|"
} >"$results"

measure() {
	n=$1
	write_floor
	export DOCKER_HOST
	hyperfine -N -i --warmup 2 --runs "$runs" --export-json "$out/bench-hyperfine-$n.json" \
		-n bulkhead "$bulkhead bench --no-config --format json -o /dev/null" \
		-n api-floor "$floor_script" >/dev/null
	rss=$( { /usr/bin/time -f '%M' "$bulkhead" bench --no-config --format json -o /dev/null; } 2>&1 | tail -n 1)
	frss=$( { /usr/bin/time -f '%M' "$floor_script"; } 2>&1 | tail -n 1)
	python3 - "$out/bench-hyperfine-$n.json" "$n" "$rss" "$frss" >>"$results" <<'PY'
import json, statistics, sys
doc = json.load(open(sys.argv[1]))
rss = {"bulkhead": sys.argv[3], "api-floor": sys.argv[4]}
for r in doc["results"]:
    t = [x * 1000 for x in r["times"]]
    print(f"| {sys.argv[2]} | {r['command']} | {statistics.mean(t):.1f} ± {statistics.pstdev(t):.1f} | "
          f"{statistics.median(t):.1f} | {min(t):.1f} | {rss[r['command']]} |")
PY
	"$bulkhead" bench --no-config --format json -o "$out/bench-report-$n.json" || true
}

echo "== 0 running containers"
measure 0
echo "== starting $count containers"
i=0
while [ "$i" -lt "$count" ]; do
	docker run -d --network none --name "bench$i" "$IMG" sleep infinity >/dev/null
	i=$((i + 1))
done
echo "== $count running containers"
measure "$count"
python3 - "$out/bench-report-0.json" "$out/bench-report-$count.json" >>"$results" <<'PY'
import json, sys
print()
for path in sys.argv[1:]:
    b = json.load(open(path))["bench"]
    print(f"- {path.rsplit('/', 1)[-1]}: {b['checks']} checks, {b['pass']} pass, {b['warn']} warn, "
          f"{b['info']} info, {b['note']} note, {b['skip']} skip, score {b['score']}")
PY
cat "$results"
