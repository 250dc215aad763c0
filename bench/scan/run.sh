#!/bin/sh
# Benchmark of a full `bulkhead scan` (config, secret, fs, pkg and vuln
# scanners) of the Debian minbase image against the floor of reading it.
#
#   bench/scan/run.sh            (RUNS=10 by default)
#
# 1. builds bulkhead (Release) into bench/out/build-scan
# 2. takes the debootstrap Debian bookworm minbase root filesystem from
#    tests/integration/lib.sh (it_rootfs_tar: cached in
#    /var/tmp/bulkhead-test-cache, built once from the Debian mirror) and
#    wraps it into a one-layer docker-archive with wrap.py (what `docker
#    import` + `docker save` produce)
# 3. builds a vulnerability database with `bulkhead db import` from a Debian
#    Security Tracker JSON that tracker.py generates for the image's source
#    packages (20 made-up CVEs each: fixed before, fixed after, open,
#    unimportant), since the real tracker cannot be fetched here
# 4. times with hyperfine, in one run:
#      floor      tar -xOf of every layer of the archive, piped into
#                 tar -xOf - >/dev/null: decompressing and reading every byte
#                 of every layer, which any scanner must at least do
#      digest     tar -xOf of every layer piped into `openssl dgst -sha256`: reading
#                 every byte and computing the SHA-256 the image's digests
#                 are checked against, which a scanner that verifies what
#                 it reads must also do (one core: SHA-256 is sequential)
#      bulkhead   bulkhead scan --no-config --db DB IMAGE -o /dev/null
#      bulkhead without pkg,vuln   the same with --scanners config,secret,fs:
#                 what the package inventory and the matching add
#    and the peak RSS of both with /usr/bin/time -v.
#    BEFORE=/path/to/an/older/bulkhead adds that binary's full scan to the
#    same hyperfine run, for before/after figures under the same load.
# Results: bench/out/scan-hyperfine.json, bench/out/scan-results.md.
# Nothing here is a test: no time is asserted.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/bench/out
runs=${RUNS:-10}
mkdir -p "$out/scan"

. "$root/tests/integration/lib.sh"
trap 'rm -rf "$BH_IT_ROOT"' EXIT

echo "== build (Release)"
cmake -S "$root" -B "$out/build-scan" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$out/build-scan" --target bulkhead >/dev/null
bin=$out/build-scan/bulkhead

echo "== image and database"
rootfs=$(it_rootfs_tar)
img=$out/scan/debian-minbase.tar
python3 "$root/bench/scan/wrap.py" "$rootfs" "$img" >/dev/null
python3 "$root/bench/scan/tracker.py" "$rootfs" "$out/scan/tracker.json"
rm -f "$out/scan/vuln.db"
"$bin" db import -q --db "$out/scan/vuln.db" --name debian-tracker "$out/scan/tracker.json"
layers=$(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))[0]["Layers"]))' \
	"$(mkdir -p "$out/scan/m" && tar -C "$out/scan/m" -xf "$img" manifest.json && echo "$out/scan/m/manifest.json")")

floor="for l in $layers; do tar -xOf '$img' \"\$l\" | tar -xOf - >/dev/null; done"
digest="for l in $layers; do tar -xOf '$img' \"\$l\" | openssl dgst -sha256 >/dev/null; done"
scan="'$bin' scan --no-config --db '$out/scan/vuln.db' '$img' -o /dev/null; test \$? -le 1"
noscan="'$bin' scan --no-config --scanners config,secret,fs '$img' -o /dev/null; test \$? -le 1"

set -- -n floor "$floor" -n digest "$digest" -n bulkhead "$scan" -n "bulkhead without pkg,vuln" "$noscan"
if [ -n "${BEFORE:-}" ]; then
	before="'$BEFORE' scan --no-config --db '$out/scan/vuln.db' '$img' -o /dev/null; test \$? -le 1"
	set -- "$@" -n "before: bulkhead" "$before"
fi
echo "== hyperfine ($runs runs)"
hyperfine --warmup 1 --runs "$runs" --export-json "$out/scan-hyperfine.json" \
	--export-markdown "$out/scan/hyperfine.md" "$@"

rss() { /usr/bin/time -v sh -c "$1" 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p'; }
"$bin" scan --no-config --db "$out/scan/vuln.db" "$img" --format json -o "$out/scan/report.json" || true
res=$out/scan-results.md
{
	echo "# bench/scan"
	echo
	echo "image: $(du -m "$img" | cut -f1) MiB docker-archive, $(echo "$layers" | wc -w) layer(s), $(tar -tf "$rootfs" | wc -l) entries; load: $(cut -d' ' -f1-3 /proc/loadavg)"
	python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("packages: %d, vulnerabilities: %d, findings: %d" % (len(r["packages"]), len(r["vulnerabilities"]), len(r["findings"])))' "$out/scan/report.json"
	echo
	cat "$out/scan/hyperfine.md"
	echo
	echo "peak RSS: floor (largest process of the pipeline) $(rss "$floor") KiB, bulkhead $(rss "$scan") KiB${BEFORE:+, before: bulkhead $(rss "$before") KiB}"
} >"$res"
cat "$res"
