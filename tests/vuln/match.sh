#!/bin/sh
# Vulnerability matching end to end: builds databases from the real-format
# fixtures (an OSV directory and the same records as an OSV all.zip, the
# Debian Security Tracker JSON, Alpine secdb files), runs `bulkhead vuln` on a
# package list and on CycloneDX and SPDX SBOMs, and compares every match
# (package, version, id, status, fixed version, severity, aliases) with the
# expected lists in expected/. Also: options, VEX, policy ignores, stale
# warnings and the errors malformed input must produce.
set -eu
BIN=$1
HERE=$(cd "$(dirname "$0")" && pwd)
FX=$HERE/fixtures
EXP=$HERE/expected
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export BULKHEAD_DB=$T/vuln.db
fail=0

check() { # name expected-file actual-file
	if ! diff -u "$2" "$3"; then
		echo "FAIL: $1"
		fail=1
	else
		echo "ok: $1"
	fi
}

expect_rc() { # name want got
	if [ "$2" != "$3" ]; then
		echo "FAIL: $1: exit code $3, expected $2"
		fail=1
	else
		echo "ok: $1 (exit $3)"
	fi
}

# The same OSV records as the zip archive OSV publishes per ecosystem.
python3 - "$FX/osv" "$T/all.zip" <<'PY'
import os, sys, zipfile
src, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name in sorted(os.listdir(src)):
        z.write(os.path.join(src, name), name)
PY

"$BIN" db import -q --name debian-tracker "$FX/debian-tracker.json"
"$BIN" db import -q --name osv "$T/all.zip"
"$BIN" db import -q --name alpine-3.19-main "$FX/alpine-v3.19-main.json"
"$BIN" db import -q --name alpine-3.20-main "$FX/alpine-v3.20-main.json"

vuln() { # output-file args...
	out=$1
	shift
	set +e
	"$BIN" vuln --no-config --format json "$@" >"$T/report.json" 2>"$T/stderr"
	rc=$?
	set -e
	python3 "$HERE/summarize.py" "$T/report.json" >"$out"
	return $rc
}

rc=0; vuln "$T/all.txt" --packages "$FX/packages.json" || rc=$?
expect_rc "findings exit 1" 1 $rc
check "package list, every source" "$EXP/all.txt" "$T/all.txt"

# An OSV directory imports exactly what the zip does.
BULKHEAD_DB=$T/dir.db "$BIN" db import -q --name debian-tracker "$FX/debian-tracker.json"
BULKHEAD_DB=$T/dir.db "$BIN" db import -q --name osv "$FX/osv"
BULKHEAD_DB=$T/dir.db "$BIN" db import -q --name alpine-3.19-main "$FX/alpine-v3.19-main.json"
BULKHEAD_DB=$T/dir.db "$BIN" db import -q --name alpine-3.20-main "$FX/alpine-v3.20-main.json"
vuln "$T/dir.txt" --db "$T/dir.db" --packages "$FX/packages.json" || true
check "OSV directory equals OSV zip" "$EXP/all.txt" "$T/dir.txt"

vuln "$T/unfixed.txt" --packages "$FX/packages.json" --ignore-unfixed || true
awk '$5 != "-"' "$EXP/all.txt" >"$T/unfixed.want"
check "--ignore-unfixed keeps only matches with a fix" "$T/unfixed.want" "$T/unfixed.txt"
if grep -q 'will-not-fix\|no-fix-yet\|fix-deferred' "$T/unfixed.txt"; then echo "FAIL: unfixed kept"; fail=1; fi

vuln "$T/sev.txt" --packages "$FX/packages.json" --severity CRITICAL,high || true
awk '$6 == "critical" || $6 == "high"' "$EXP/all.txt" >"$T/sev.want"
check "--severity critical,high" "$T/sev.want" "$T/sev.txt"
[ "$(wc -l <"$T/sev.txt")" -eq 4 ] || { echo "FAIL: expected 4 critical/high matches"; fail=1; }

vuln "$T/vex.txt" --packages "$FX/packages.json" --vex "$FX/vex.json" || true
grep -v '^lodash ' "$EXP/all.txt" >"$T/vex.want"
check "--vex not_affected drops lodash, under_investigation drops nothing" "$T/vex.want" "$T/vex.txt"

# Policy ignores by vulnerability id (or alias), with reason and expiry.
mkdir -p "$T/proj"
cp "$FX/packages.json" "$T/proj/"
cat >"$T/proj/.bulkhead.yaml" <<'YAML'
ignore:
  - rule: CVE-2021-44228
    reason: log4j is only on the build path, never at runtime
    expires: 2099-12-31
  - rule: CVE-2023-45853
    reason: minizip is not used
    expires: 2020-01-01
YAML
set +e
"$BIN" vuln --format json --packages "$T/proj/packages.json" >"$T/report.json" 2>"$T/stderr"
set -e
python3 "$HERE/summarize.py" "$T/report.json" >"$T/policy.txt"
grep -v '^org.apache.logging.log4j:log4j-core ' "$EXP/all.txt" >"$T/policy.want"
check "policy ignore by alias id; expired ignore keeps the match" "$T/policy.want" "$T/policy.txt"
if grep -q 'CVE-2023-45853.*expired on 2020-01-01' "$T/stderr"; then echo "ok: expired ignore warned"; else
	echo "FAIL: no expiry warning"; cat "$T/stderr"; fail=1; fi

rc=0; vuln "$T/cdx.txt" --sbom "$FX/sbom.cdx.json" || rc=$?
check "CycloneDX SBOM" "$EXP/sbom-cdx.txt" "$T/cdx.txt"
rc=0; vuln "$T/spdx.txt" --sbom "$FX/sbom.spdx.json" || rc=$?
check "SPDX SBOM" "$EXP/sbom-spdx.txt" "$T/spdx.txt"

# Text and SARIF go through the shared reporters.
set +e
"$BIN" vuln --no-config --packages "$FX/packages.json" >"$T/text" 2>&1
"$BIN" vuln --no-config --format sarif --packages "$FX/packages.json" >"$T/sarif" 2>&1
set -e
grep -q 'CVE-2023-6129 in libssl3 3.0.11-1~deb12u2 (medium): fixed in 3.0.11-1' "$T/text" && echo "ok: text report" ||
	{ echo "FAIL: text report"; cat "$T/text"; fail=1; }
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["runs"][0]["results"]) == int(sys.argv[2])' \
	"$T/sarif" "$(wc -l <"$EXP/all.txt")" &&
	echo "ok: sarif report" || { echo "FAIL: sarif"; fail=1; }

# Both reports follow their schemas (bulkhead's JSON report, SARIF 2.1.0).
"$BIN" vuln --no-config --format json --packages "$FX/packages.json" >"$T/full.json" 2>/dev/null || true
for pair in "$HERE/../../docs/schemas/report-v1.schema.json:$T/full.json" "$HERE/../schemas/sarif-2.1.0.json:$T/sarif"; do
	if python3 "$HERE/../cli/validate.py" "${pair%%:*}" "${pair#*:}" 2>"$T/validate.err"; then
		echo "ok: $(basename "${pair#*:}") follows $(basename "${pair%%:*}")"
	else
		echo "FAIL: $(basename "${pair#*:}") does not follow $(basename "${pair%%:*}")"
		head -5 "$T/validate.err"
		fail=1
	fi
done

# Staleness: a database last checked 30 days ago is used, with a warning.
cp "$BULKHEAD_DB" "$T/old.db"
python3 -c 'import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1]); c.execute("UPDATE source SET checked_at=?", (int(time.time())-30*86400,)); c.commit()' "$T/old.db"
vuln "$T/old.txt" --db "$T/old.db" --packages "$FX/packages.json" || true
check "stale database still matches" "$EXP/all.txt" "$T/old.txt"
grep -q 'last updated 30 days ago' "$T/stderr" && echo "ok: stale warning" || { echo "FAIL: stale warning"; fail=1; }
"$BIN" db status --db "$T/old.db" | grep -q STALE && echo "ok: status says stale" || { echo "FAIL: status stale"; fail=1; }

# Input errors: exit 2, the file and line named, the database untouched.
sum_before=$(sha256sum "$BULKHEAD_DB" | cut -d' ' -f1)
set +e
"$BIN" db import -q "$FX/broken-tracker.json" 2>"$T/err"; rc=$?
set -e
expect_rc "malformed tracker JSON" 2 $rc
grep -q "broken-tracker.json:[0-9]*:[0-9]*: invalid Debian Security Tracker JSON" "$T/err" && echo "ok: error names the file and line" ||
	{ echo "FAIL: error message"; cat "$T/err"; fail=1; }
set +e
"$BIN" db import -q "$FX/bad-status.json" 2>"$T/err"; rc=$?
set -e
expect_rc "unknown tracker status" 2 $rc
grep -q 'bad-status.json:5:.*unknown status "maybe"' "$T/err" && echo "ok: status error names the line" ||
	{ echo "FAIL: status error"; cat "$T/err"; fail=1; }
[ "$(sha256sum "$BULKHEAD_DB" | cut -d' ' -f1)" = "$sum_before" ] && echo "ok: failed imports left the database as it was" ||
	{ echo "FAIL: database changed"; fail=1; }
ls "$T" | grep -q 'vuln.db.tmp' && { echo "FAIL: temporary file left behind"; fail=1; } || echo "ok: no temporary file left"

printf '{"packages": [{"type": "deb", "name": "x"' >"$T/trunc.json"
set +e
"$BIN" vuln --no-config --packages "$T/trunc.json" 2>"$T/err"; rc=$?
set -e
expect_rc "truncated package list" 2 $rc
grep -q "trunc.json:[0-9]*:[0-9]*: invalid JSON" "$T/err" && echo "ok: package list error names the file" || { echo "FAIL"; cat "$T/err"; fail=1; }
set +e
"$BIN" vuln --no-config --db "$T/missing.db" --packages "$FX/packages.json" 2>"$T/err"; rc=$?
set -e
expect_rc "missing database" 2 $rc
grep -q 'bulkhead db update' "$T/err" && echo "ok: missing database explains what to do" || { echo "FAIL"; cat "$T/err"; fail=1; }
echo "not a database" >"$T/garbage.db"
set +e
"$BIN" vuln --no-config --db "$T/garbage.db" --packages "$FX/packages.json" 2>"$T/err"; rc=$?
set -e
expect_rc "garbage database" 2 $rc

# A database from a newer schema is refused, not misread.
cp "$BULKHEAD_DB" "$T/newer.db"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("PRAGMA user_version=99"); c.commit()' "$T/newer.db"
set +e
"$BIN" db status --db "$T/newer.db" 2>"$T/err"; rc=$?
set -e
expect_rc "newer schema refused" 2 $rc
grep -q 'schema version 99' "$T/err" && echo "ok: newer schema named" || { echo "FAIL"; cat "$T/err"; fail=1; }

# A schema-2 database (before the derived package index) is refused until an
# update migrates it; the migrating update builds the index from the rows it
# carries forward, and the matches are those of the fresh database.
cp "$BULKHEAD_DB" "$T/v2.db"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript("DROP TABLE package_advisory; DROP TABLE package_advisory_report; DROP TABLE package_key; PRAGMA user_version=2")' "$T/v2.db"
set +e
"$BIN" vuln --no-config --db "$T/v2.db" --packages "$FX/packages.json" 2>"$T/err"; rc=$?
set -e
expect_rc "schema 2 refused until migrated" 2 $rc
grep -q 'schema version 2.*db update' "$T/err" && echo "ok: schema 2 asks for an update" || { echo "FAIL"; cat "$T/err"; fail=1; }
echo '{"id": "MIGRATE-1", "modified": "2024-01-01T00:00:00Z", "affected": []}' >"$T/one-record.json"
"$BIN" db import -q --db "$T/v2.db" --name migrate "$T/one-record.json"
for db in "$BULKHEAD_DB" "$T/v2.db"; do
	"$BIN" vuln --no-config --db "$db" --format json --packages "$FX/packages.json" 2>/dev/null |
		python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["vulnerabilities"], indent=1))' >"$db.matches"
done
check "schema 2 migrated: the same matches" "$BULKHEAD_DB.matches" "$T/v2.db.matches"

# A damaged package index (a list without its final NUL) is an error, not a
# crash or a wrong answer.
cp "$BULKHEAD_DB" "$T/damaged.db"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("UPDATE package_advisory SET ranges = CAST(x'"'"'3D31'"'"' AS BLOB) WHERE ranges IS NOT NULL"); c.commit()' "$T/damaged.db"
set +e
"$BIN" vuln --no-config --db "$T/damaged.db" --packages "$FX/packages.json" >/dev/null 2>"$T/err"; rc=$?
set -e
expect_rc "damaged package index" 2 $rc
grep -q 'damaged' "$T/err" && echo "ok: damaged package index named" || { echo "FAIL"; cat "$T/err"; fail=1; }

# Usage errors exit 2; --help exits 0.
for args in "vuln" "vuln --sbom a --packages b" "vuln --severity urgent --packages x" "db" "db frob" \
	"db import" "db import --kind yaml x" "db status extra"; do
	set +e
	# shellcheck disable=SC2086
	"$BIN" $args >/dev/null 2>&1; rc=$?
	set -e
	expect_rc "usage: bulkhead $args" 2 $rc
done
"$BIN" vuln --help | grep -q -- '--ignore-unfixed' && "$BIN" db --help | grep -q 'db import' && echo "ok: --help" ||
	{ echo "FAIL: --help"; fail=1; }

exit $fail
