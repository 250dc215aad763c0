#!/bin/sh
# `bulkhead db update` against a local HTTP server (httpd.py on 127.0.0.1):
# first download, conditional requests (304), a changed source, a corrupt
# download and an unreachable server that must leave the previous data in
# place, and an interrupted transfer that the next update resumes.
set -eu
BIN=$1
HERE=$(cd "$(dirname "$0")" && pwd)
FX=$HERE/fixtures
EXP=$HERE/expected
T=$(mktemp -d)
SRV=$T/srv
mkdir -p "$SRV"
python3 "$HERE/httpd.py" "$SRV" "$T/port" "$T/log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$T"' EXIT
for i in $(seq 1 50); do [ -f "$T/port" ] && break; sleep 0.1; done
PORT=$(cat "$T/port")
URL=http://127.0.0.1:$PORT
export BULKHEAD_DB=$T/db/vuln.db
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }

mkzip() { # out dir
	python3 - "$2" "$1" <<'PY'
import os, sys, zipfile
src, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name in sorted(os.listdir(src)):
        z.write(os.path.join(src, name), name)
PY
}

cp "$FX/debian-tracker.json" "$SRV/tracker.json"
cp "$FX/alpine-v3.19-main.json" "$SRV/main-3.19.json"
cp "$FX/alpine-v3.20-main.json" "$SRV/main-3.20.json"
mkdir -p "$T/osv"
cp "$FX"/osv/*.json "$T/osv/"
mkzip "$SRV/all.zip" "$T/osv"
cat >"$T/sources" <<EOS
# name              kind    url
debian-tracker      debian  $URL/tracker.json
osv                 osv     $URL/all.zip
alpine-3.19-main    alpine  $URL/main-3.19.json
alpine-3.20-main    alpine  $URL/main-3.20.json
EOS

matches() { # out
	"$BIN" vuln --no-config --format json --packages "$FX/packages.json" >"$T/report.json" 2>/dev/null || true
	python3 "$HERE/summarize.py" "$T/report.json" >"$1"
}
status_field() { # source field
	"$BIN" db status --format json | python3 -c '
import json, sys
d = json.load(sys.stdin)
print([s for s in d["sources"] if s["name"] == sys.argv[1]][0][sys.argv[2]])' "$1" "$2"
}

# 1. first update: everything downloaded and imported
"$BIN" db update --sources "$T/sources" 2>"$T/err" && ok "first update" || { bad "first update"; cat "$T/err"; }
matches "$T/m1"
diff -u "$EXP/all.txt" "$T/m1" && ok "matches after update" || bad "matches after update"
[ "$(status_field alpine-3.19-main sha256)" = "$(sha256sum "$SRV/main-3.19.json" | cut -d' ' -f1)" ] &&
	ok "sha256 recorded" || bad "sha256 recorded"
case "$(status_field osv etag)" in \"*\") ok "etag recorded" ;; *) bad "etag recorded" ;; esac
[ -n "$(status_field osv last_modified)" ] && ok "Last-Modified recorded" || bad "Last-Modified recorded"

# 2. nothing changed: conditional requests, 304, data kept
: >"$T/log"
imported=$(status_field osv imported_at)
sleep 1
"$BIN" db update --sources "$T/sources" 2>"$T/err" || bad "second update"
[ "$(grep -c ' 304 If-None-Match=' "$T/log")" -eq 4 ] && ok "four conditional requests answered 304" ||
	{ bad "conditional requests"; cat "$T/log"; }
[ "$(grep -c 'not modified' "$T/err")" -eq 4 ] && ok "not modified reported" || bad "not modified reported"
[ "$(status_field osv imported_at)" = "$imported" ] && ok "304 keeps the import time" || bad "imported_at changed"
[ "$(status_field osv checked_at)" -gt "$imported" ] && ok "304 refreshes the check time" || bad "checked_at"
matches "$T/m2"
diff -u "$EXP/all.txt" "$T/m2" && ok "matches after 304" || bad "matches after 304"

# 3. one source changed: only it is downloaded again
python3 - "$SRV/tracker.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["bash"]["CVE-2024-0099"] = {"description": "added upstream", "releases": {"bookworm": {"status": "resolved", "fixed_version": "5.2.15-2+deb12u1", "urgency": "medium"}}}
json.dump(d, open(sys.argv[1], "w"), indent=1)
PY
: >"$T/log"
"$BIN" db update --sources "$T/sources" 2>"$T/err" || { bad "third update"; cat "$T/err"; }
grep -q '^/tracker.json 200' "$T/log" && [ "$(grep -c ' 304 ' "$T/log")" -eq 3 ] && ok "only the changed source re-downloaded" ||
	{ bad "changed source"; cat "$T/log"; }
matches "$T/m3"
grep -q '^bash 5.2.15-2+b2 CVE-2024-0099 fixed 5.2.15-2+deb12u1 medium' "$T/m3" && ok "new advisory matched (source version of a binNMU)" ||
	{ bad "new advisory"; cat "$T/m3"; }

# 4. a corrupt download: the source keeps its previous data, exit 2
old_sha=$(status_field alpine-3.19-main sha256)
printf '{"distroversion": "v3.19", "packages": [ {"pkg": ' >"$SRV/main-3.19.json"
set +e
"$BIN" db update -q --sources "$T/sources" 2>"$T/err"; rc=$?
set -e
[ $rc -eq 2 ] && ok "corrupt download exits 2" || bad "corrupt download exit $rc"
grep -q 'alpine-3.19-main: the download from .* could not be imported (keeping the previous data)' "$T/err" &&
	ok "corrupt download named" || { bad "corrupt message"; cat "$T/err"; }
[ "$(status_field alpine-3.19-main sha256)" = "$old_sha" ] && ok "old checksum kept" || bad "checksum changed"
matches "$T/m4"
diff -u "$T/m3" "$T/m4" && ok "old alpine data still matches" || bad "alpine data lost"
ls "$T/db" | grep -q 'tmp-' && bad "temporary database left behind" || ok "no temporary database left"
cp "$FX/alpine-v3.19-main.json" "$SRV/main-3.19.json"

# 5. an interrupted transfer is resumed with Range + If-Range
cat >"$T/osv/GHSA-cxjh-pqwp-8mfp.json" <<'EOS'
{"id": "GHSA-cxjh-pqwp-8mfp", "modified": "2024-02-01T00:00:00Z", "aliases": ["CVE-2024-24758"],
 "summary": "undici proxy-authorization header not cleared on cross-origin redirect",
 "database_specific": {"severity": "LOW"},
 "affected": [{"package": {"ecosystem": "npm", "name": "lodash"},
   "ranges": [{"type": "SEMVER", "events": [{"introduced": "4.17.0"}, {"fixed": "4.17.22"}]}]}]}
EOS
mkzip "$SRV/all.zip" "$T/osv"
half=$(( $(stat -c %s "$SRV/all.zip") / 2 ))
echo $half >"$SRV/all.zip.cut"
: >"$T/log"
set +e
"$BIN" db update -q --sources "$T/sources" --only osv 2>"$T/err"; rc=$?
set -e
[ $rc -eq 2 ] && ok "interrupted transfer exits 2" || { bad "interrupted transfer exit $rc"; cat "$T/err"; }
[ -f "$T/db/downloads/osv.part" ] && [ "$(stat -c %s "$T/db/downloads/osv.part")" -eq $half ] &&
	ok "partial download kept for resuming" || bad "partial download"
matches "$T/m5"
diff -u "$T/m3" "$T/m5" && ok "interrupted update changed nothing" || bad "interrupted update changed data"
"$BIN" db update --sources "$T/sources" --only osv 2>"$T/err" || { bad "resumed update"; cat "$T/err"; }
grep -q "^/all.zip 206 .*Range=bytes=$half- If-Range=\"" "$T/log" && ok "resumed with Range and If-Range" ||
	{ bad "resume request"; cat "$T/log"; }
grep -q 'resumed download' "$T/err" && ok "resume reported" || bad "resume reported"
[ "$(status_field osv sha256)" = "$(sha256sum "$SRV/all.zip" | cut -d' ' -f1)" ] && ok "resumed file checksum" ||
	bad "resumed checksum"
matches "$T/m6"
grep -q '^lodash 4.17.20 GHSA-cxjh-pqwp-8mfp fixed 4.17.22 low CVE-2024-24758' "$T/m6" && ok "resumed archive imported" ||
	{ bad "resumed archive"; cat "$T/m6"; }

# 6. unreachable server and missing file: exit 2, data kept
kill $pid
wait $pid 2>/dev/null || true
set +e
"$BIN" db update -q --sources "$T/sources" 2>"$T/err"; rc=$?
set -e
[ $rc -eq 2 ] && grep -q 'download failed' "$T/err" && ok "unreachable server exits 2" || { bad "unreachable"; cat "$T/err"; }
matches "$T/m7"
diff -u "$T/m6" "$T/m7" && ok "data kept when the server is down" || bad "data lost"

# 7. a broken sources file is an input error naming the line
printf 'good osv http://127.0.0.1:1/x\nbad kind\n' >"$T/badsources"
set +e
"$BIN" db update -q --sources "$T/badsources" 2>"$T/err"; rc=$?
set -e
[ $rc -eq 2 ] && grep -q 'badsources:2:' "$T/err" && ok "bad sources file" || { bad "bad sources file"; cat "$T/err"; }
exit $fail
