#!/bin/sh
# Corpus test: every generated Dockerfile is valid, so linting the corpus
# must report no parse or input error.
#   check.sh BULKHEAD OUTDIR [COUNT]
# Generates COUNT (default 600) Dockerfiles into OUTDIR (wiped first) and
# runs `BULKHEAD lint --no-config --format json OUTDIR`. Fails when the exit
# status is 2 or the report's "errors" array is non-empty; findings (exit 1)
# are expected and fine.
set -u
if [ $# -lt 2 ]; then
	echo "usage: $0 BULKHEAD OUTDIR [COUNT]" >&2
	exit 2
fi
bulkhead=$1
out=$2
count=${3:-600}
here=$(cd "$(dirname "$0")" && pwd)

case "$out" in
"" | / | "$here" | "$here"/*) echo "refusing to write the corpus to '$out'" >&2; exit 2 ;;
esac
rm -rf "$out"
python3 "$here/generate.py" "$out/files" "$count" >/dev/null || exit 1
nfiles=$(find "$out/files" -type f | wc -l)

"$bulkhead" lint --no-config --format json --output "$out/report.json" "$out/files" 2>"$out/stderr.txt"
rc=$?
if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
	echo "FAIL: bulkhead lint exited with status $rc on $nfiles valid Dockerfiles" >&2
	head -n 20 "$out/stderr.txt" >&2
fi

python3 - "$out/report.json" "$rc" "$nfiles" <<'PY'
import json, sys
path, rc, nfiles = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
try:
    with open(path) as f:
        report = json.load(f)
except (OSError, ValueError) as e:
    print("FAIL: no JSON report: %s" % e, file=sys.stderr)
    sys.exit(1)
errors = report.get("errors", [])
for e in errors[:20]:
    print("FAIL: %s:%s:%s: %s" % (e.get("path"), e.get("line"), e.get("column"), e.get("message")),
          file=sys.stderr)
if len(errors) > 20:
    print("... and %d more errors" % (len(errors) - 20), file=sys.stderr)
findings = len(report.get("findings", []))
print("corpus: %d Dockerfiles linted, %d findings, %d parse errors, exit status %d"
      % (nfiles, findings, len(errors), rc))
sys.exit(1 if errors or rc not in (0, 1) else 0)
PY
