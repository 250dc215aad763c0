#!/bin/sh
# The matcher's full JSON report on a generated data set (bench/vuln's
# generator, fixed seed: 6,000 OSV records with five ranges each, 3,000
# packages) compared with the report the matcher produced before it was
# reworked for speed (expected/bench-report.json, written by the schema-1
# matcher that ran one query per advisory row). Any change to which
# vulnerabilities match, their order or any field shows up here. Only
# tool.version is left out, so a release does not invalidate the file.
set -eu
BIN=$1
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
python3 "$HERE/../../bench/vuln/generate.py" "$T" 6000 3000
"$BIN" db import -q --db "$T/vuln.db" --name bench "$T/osv.zip"
rc=0
"$BIN" vuln --no-config --db "$T/vuln.db" --packages "$T/packages.json" --format json -o "$T/report.json" || rc=$?
if [ "$rc" != 1 ]; then
	echo "FAIL: bulkhead vuln exited $rc, expected 1 (vulnerabilities found)"
	exit 1
fi
python3 "$HERE/normalize_report.py" "$T/report.json" >"$T/got.json"
if ! diff -u "$HERE/expected/bench-report.json" "$T/got.json" >"$T/diff"; then
	head -40 "$T/diff"
	echo "FAIL: the report differs from expected/bench-report.json"
	exit 1
fi
echo "ok: $(grep -c '"id"' "$T/got.json") matches, report identical"
