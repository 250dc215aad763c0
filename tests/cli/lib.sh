# Shared by the command-line tests: run the real binary the way a user would
# and compare what it prints. Source it with BIN set to the bulkhead binary.
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
T_PASS=0
T_FAIL=0
T_DIR=$(mktemp -d /tmp/bulkhead-cli.XXXXXX)
trap 'rm -rf "$T_DIR"' EXIT
T_SRC=$(cd "$(dirname "$0")/../.." && pwd)

ok() { T_PASS=$((T_PASS + 1)); }
not_ok() {
	T_FAIL=$((T_FAIL + 1))
	echo "FAIL: $*"
}

# expect_rc WANT DESCRIPTION -- COMMAND...: runs COMMAND, output in $T_DIR/out and $T_DIR/err
expect_rc() {
	want=$1
	what=$2
	shift 3
	"$@" >"$T_DIR/out" 2>"$T_DIR/err"
	rc=$?
	if [ "$rc" -eq "$want" ]; then ok; else
		not_ok "$what: exit $rc, want $want"
		sed 's/^/    /' "$T_DIR/err" | head -5
	fi
}

# expect_grep FILE PATTERN DESCRIPTION / expect_no_grep ...
expect_grep() {
	if grep -qE -- "$2" "$1"; then ok; else not_ok "$3: no /$2/ in output"; sed 's/^/    /' "$1" | head -5; fi
}
expect_no_grep() {
	if grep -qE -- "$2" "$1"; then not_ok "$3: unexpected /$2/"; grep -E -- "$2" "$1" | head -3 | sed 's/^/    /'; else ok; fi
}

# json_get FILE PYTHON-EXPRESSION-ON-d: prints the value
json_get() {
	python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"
}
expect_json() {
	got=$(json_get "$1" "$2")
	if [ "$got" = "$3" ]; then ok; else not_ok "$4: $2 is '$got', want '$3'"; fi
}

finish() {
	echo "$T_PASS passed, $T_FAIL failed"
	[ "$T_FAIL" -eq 0 ]
}
