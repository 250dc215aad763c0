#!/bin/sh
# Report formats, colour and exit codes, checked on the real binary:
#   output.sh BULKHEAD
# JSON output is validated against docs/schemas/report-v1.schema.json and
# SARIF output against the official SARIF 2.1.0 schema (tests/schemas/).
BIN=$1
. "$(dirname "$0")/lib.sh"
EX=$T_SRC/examples/insecure-app
CLEAN=$T_SRC/tests/cases/dockerfile/clean-multistage.Dockerfile
REPORT_SCHEMA=$T_SRC/docs/schemas/report-v1.schema.json
SARIF_SCHEMA=$T_SRC/tests/schemas/sarif-2.1.0.json

# --- every format of every auditing command is valid against its schema ---
for cmd in "lint $EX/Dockerfile" "lint $CLEAN" "config $EX/docker-compose.yml" "config $EX/deployment.yaml"; do
	# shellcheck disable=SC2086
	"$BIN" $cmd --no-config --format json >"$T_DIR/r.json" 2>/dev/null
	if python3 "$T_SRC/tests/cli/validate.py" "$REPORT_SCHEMA" "$T_DIR/r.json" 2>"$T_DIR/v"; then ok; else
		not_ok "$cmd: JSON report does not match docs/schemas/report-v1.schema.json"
		sed 's/^/    /' "$T_DIR/v"
	fi
	# shellcheck disable=SC2086
	"$BIN" $cmd --no-config --format sarif >"$T_DIR/r.sarif" 2>/dev/null
	if python3 "$T_SRC/tests/cli/validate.py" "$SARIF_SCHEMA" "$T_DIR/r.sarif" 2>"$T_DIR/v"; then ok; else
		not_ok "$cmd: SARIF is not valid SARIF 2.1.0"
		sed 's/^/    /' "$T_DIR/v"
	fi
	# what code-scanning UIs need beyond the schema: each result's rule is
	# described with help text and a helpUri, and ruleIndex points at it
	python3 - "$T_DIR/r.sarif" "$T_DIR/r.json" >"$T_DIR/v" 2>&1 <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); j = json.load(open(sys.argv[2]))
run = s["runs"][0]; rules = run["tool"]["driver"].get("rules", [])
assert len(run["results"]) == len(j["findings"]), "result count differs from the JSON report"
for r in run["results"]:
    rule = rules[r["ruleIndex"]]
    assert rule["id"] == r["ruleId"], (rule["id"], r["ruleId"])
    assert rule.get("helpUri"), rule["id"] + " has no helpUri"
    assert rule.get("help", {}).get("text"), rule["id"] + " has no help text"
    assert r["level"] in ("error", "warning", "note")
PY
	if [ $? -eq 0 ]; then ok; else not_ok "$cmd: SARIF rules/results inconsistent"; sed 's/^/    /' "$T_DIR/v"; fi
done

# --- JSON carries what the issue promises for a known finding ---
"$BIN" lint --no-config --format json "$EX/Dockerfile" >"$T_DIR/r.json" 2>/dev/null
expect_json "$T_DIR/r.json" '[f["location"]["line"] for f in d["findings"] if f["rule"]=="DF009"][0]' 8 "curl|bash finding line"
expect_json "$T_DIR/r.json" '[f["severity"] for f in d["findings"] if f["rule"]=="DF009"][0]' high "curl|bash severity"
expect_json "$T_DIR/r.json" 'd["summary"]["total"]==len(d["findings"])' True "summary total"

# --- exit codes ---
expect_rc 1 "findings at or above the default threshold" -- "$BIN" lint --no-config "$EX/Dockerfile"
expect_rc 0 "clean Dockerfile" -- "$BIN" lint --no-config "$CLEAN"
printf 'FROM debian:12@sha256:%064d\nUSER 1000\nHEALTHCHECK CMD true\n' 0 >"$T_DIR/Dockerfile"
"$BIN" lint --no-config --format json "$T_DIR/Dockerfile" >"$T_DIR/r.json" 2>/dev/null
expect_json "$T_DIR/r.json" 'sorted(set(f["severity"] for f in d["findings"]))' "[]" "minimal pinned Dockerfile has no findings"
printf 'FROM debian:12\nUSER 1000\nHEALTHCHECK CMD true\n' >"$T_DIR/Dockerfile"
expect_rc 0 "info-only finding under --fail-on low" -- "$BIN" lint --no-config "$T_DIR/Dockerfile"
expect_rc 1 "info-only finding under --fail-on info" -- "$BIN" lint --no-config --fail-on info "$T_DIR/Dockerfile"
expect_rc 0 "high findings under --fail-on critical" -- "$BIN" lint --no-config --fail-on critical "$T_DIR/Dockerfile"
expect_rc 2 "unknown severity" -- "$BIN" lint --no-config --fail-on severe "$CLEAN"
expect_grep "$T_DIR/err" "severe" "unknown severity is named"
expect_rc 2 "unknown format" -- "$BIN" lint --no-config --format xml "$CLEAN"
expect_rc 2 "unknown option" -- "$BIN" lint --no-config --frobnicate "$CLEAN"
expect_rc 2 "missing file" -- "$BIN" lint --no-config "$T_DIR/does-not-exist"
expect_grep "$T_DIR/err" "does-not-exist" "missing file is named"
printf 'FROM debian:12\nCOPY onlyone\n' >"$T_DIR/bad.Dockerfile"
expect_rc 2 "malformed Dockerfile" -- "$BIN" lint --no-config "$T_DIR/bad.Dockerfile"
expect_grep "$T_DIR/err" "bad.Dockerfile:2:" "malformed Dockerfile error names file:line"
expect_rc 2 "unknown command" -- "$BIN" frobnicate
expect_rc 2 "no command" -- "$BIN"

# --- --help on every command: exit 0, a usage line on stdout ---
for cmd in $("$BIN" --help | awk '/^commands:/{on=1;next} on&&/^  [a-z]/{print $1} on&&/^$/{on=0}'); do
	expect_rc 0 "$cmd --help" -- "$BIN" "$cmd" --help
	expect_grep "$T_DIR/out" "^usage: bulkhead $cmd" "$cmd --help prints usage"
done

# --- colour only on a terminal, never with NO_COLOR or TERM=dumb ---
esc=$(printf '\033')
"$BIN" lint --no-config "$EX/Dockerfile" >"$T_DIR/pipe" 2>&1
expect_no_grep "$T_DIR/pipe" "$esc" "no colour when stdout is a pipe"
TERM=xterm script -qec "$BIN lint --no-config $EX/Dockerfile" /dev/null >"$T_DIR/tty" 2>&1
expect_grep "$T_DIR/tty" "$esc\[" "colour on a terminal"
expect_grep "$T_DIR/tty" "DF009" "terminal output has the findings"
NO_COLOR=1 TERM=xterm script -qec "$BIN lint --no-config $EX/Dockerfile" /dev/null >"$T_DIR/tty" 2>&1
expect_no_grep "$T_DIR/tty" "$esc" "NO_COLOR turns colour off"
TERM=dumb script -qec "$BIN lint --no-config $EX/Dockerfile" /dev/null >"$T_DIR/tty" 2>&1
expect_no_grep "$T_DIR/tty" "$esc" "TERM=dumb turns colour off"
TERM=xterm script -qec "$BIN lint --no-config -o $T_DIR/report.txt $EX/Dockerfile" /dev/null >/dev/null 2>&1
expect_no_grep "$T_DIR/report.txt" "$esc" "no colour in a report file"
expect_grep "$T_DIR/report.txt" "DF009" "-o writes the report"

finish
