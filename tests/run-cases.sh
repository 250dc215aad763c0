#!/bin/sh
# Data-driven rule tests, one case per file:
#   NAME.<ext>      the input (Dockerfile, compose file, manifest, ...)
#   NAME.expect     the exact findings it must produce, one "RULE LINE" per line
#                   (sorted; an empty file means no findings)
#   NAME.args       optional extra arguments for the command
#   NAME.policy     optional policy file (.bulkhead.yaml syntax) used instead of --no-config
#   NAME.error      instead of NAME.expect: the input must be rejected with exit
#                   code 2 and an error at "LINE:COL" (the file's first line)
# Usage: run-cases.sh BULKHEAD CASE_DIR [COMMAND]   (COMMAND defaults to lint)
bin=$1
dir=$2
command=${3:-lint}
pass=0
fail=0
for expect in "$dir"/*.expect "$dir"/*.error; do
	[ -f "$expect" ] || continue # no case of this kind: the glob stayed literal
	base=${expect%.*}
	input=$(ls "$base".* 2>/dev/null | grep -v -e '\.expect$' -e '\.error$' -e '\.args$' -e '\.dockerignore$' -e '\.override\.' -e '\.policy$' | head -n 1)
	args=""
	[ -f "$base.args" ] && args=$(cat "$base.args")
	policy=--no-config
	[ -f "$base.policy" ] && policy="--config $base.policy"
	if [ "${expect##*.}" = error ]; then
		where=$(sed '/^$/d' "$expect" | head -n 1)
		# shellcheck disable=SC2086
		"$bin" "$command" $policy $args "$input" >/dev/null 2>/tmp/bulkhead-case-err.$$
		rc=$?
		if [ "$rc" -eq 2 ] && grep -qF -- "$input:$where:" /tmp/bulkhead-case-err.$$; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "FAIL: $input (want exit 2 and $input:$where:, got exit $rc)"
			sed 's/^/    /' /tmp/bulkhead-case-err.$$
		fi
		rm -f /tmp/bulkhead-case-err.$$
		continue
	fi
	# shellcheck disable=SC2086
	actual=$("$bin" "$command" $policy $args --format json "$input" 2>/dev/null |
		python3 -c 'import json,sys
d=json.load(sys.stdin)
for e in d.get("errors", []):
    print("ERROR", e.get("line", 0), e.get("message", ""))
for f in d["findings"]:
    print(f["rule"], f["location"].get("line", 0))' | sort)
	wanted=$(grep -v '^#' "$expect" | sed '/^$/d' | sort)
	if [ "$actual" = "$wanted" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $input"
		echo "$wanted" >/tmp/bulkhead-case-want.$$
		echo "$actual" >/tmp/bulkhead-case-got.$$
		diff -u /tmp/bulkhead-case-want.$$ /tmp/bulkhead-case-got.$$ | tail -n +3 | sed 's/^/    /'
		rm -f /tmp/bulkhead-case-want.$$ /tmp/bulkhead-case-got.$$
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
