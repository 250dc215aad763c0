#!/bin/sh
# Vulnerability database benchmark: import time for a large generated OSV
# archive and match time for many packages against it.
#
#   bench/vuln/run.sh                          (from anywhere)
#   RECORDS=100000 PACKAGES=10000 bench/vuln/run.sh
#   BASELINE=/path/to/older/bulkhead bench/vuln/run.sh
#
# 1. builds bulkhead (Release) into bench/out/build-vuln
# 2. generates RECORDS (default 100,000) OSV records with five ranges each
#    (500,000 ranges) as one all.zip, and PACKAGES (default 10,000) packages,
#    with generate.py (fixed seed)
# 3. times `bulkhead db import` of the archive into a fresh database
# 4. times `bulkhead vuln --packages` three times (warm cache) with
#    --severity unknown, which matches everything but reports nothing, so the
#    time is the matching and not the report
# 5. with BASELINE (another bulkhead binary, e.g. one built from an older
#    commit), does steps 3 and 4 with it too, into its own database, in the
#    same run, and compares the two JSON reports byte for byte
# Wall time, CPU time and peak RSS come from /usr/bin/time. The machine may
# be shared: the load average is recorded. Results: bench/out/vuln-results.md.
# Nothing here is a test: no time is asserted.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/bench/out
records=${RECORDS:-100000}
packages=${PACKAGES:-10000}
mkdir -p "$out/vuln"

echo "== build (Release)"
cmake -S "$root" -B "$out/build-vuln" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$out/build-vuln" --target bulkhead >/dev/null
bin=$out/build-vuln/bulkhead

echo "== generate ($records records, $packages packages)"
python3 "$root/bench/vuln/generate.py" "$out/vuln" "$records" "$packages"

res=$out/vuln-results.md
{
	echo "# bench/vuln"
	echo
	echo "records: $records (ranges: $((records * 5))), packages: $packages, load: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo
	echo "| step | wall s | cpu user s | peak RSS KiB |"
	echo "|---|---|---|---|"
} >"$res"

# bench NAME BINARY DB: import into DB, time three matches, write the
# JSON report to DB.json
bench() {
	echo "== $1: import"
	rm -f "$3"
	/usr/bin/time -f "| $1: import | %e | %U | %M |" -a -o "$res" \
		"$2" db import -q --db "$3" --name bench "$out/vuln/osv.zip"
	echo "== $1: match"
	for i in 1 2 3; do
		/usr/bin/time -f "| $1: match $packages packages (run $i) | %e | %U | %M |" -a -o "$res" \
			"$2" vuln --no-config --db "$3" --packages "$out/vuln/packages.json" \
			--severity unknown -o /dev/null || true
	done
	"$2" vuln --no-config --db "$3" --packages "$out/vuln/packages.json" --format json \
		-o "$3.json" || true
}

bench current "$bin" "$out/vuln/vuln.db"
cp "$out/vuln/vuln.db.json" "$out/vuln/report.json"
if [ -n "${BASELINE:-}" ]; then
	bench baseline "$BASELINE" "$out/vuln/baseline.db"
	if cmp -s "$out/vuln/report.json" "$out/vuln/baseline.db.json"; then
		printf '\nreports: identical\n' >>"$res"
	else
		printf '\nreports: DIFFERENT (%s and %s)\n' "$out/vuln/report.json" "$out/vuln/baseline.db.json" >>"$res"
	fi
fi
python3 -c 'import json,sys; print("\nmatches:", len(json.load(open(sys.argv[1]))["vulnerabilities"]))' \
	"$out/vuln/report.json" >>"$res"
cat "$res"
