#!/bin/sh
# `bulkhead run --dry-run` unpacks every image fixture of make-evil.py (valid
# and hostile): a valid image unpacks (exit 0), a broken one is an error
# naming it (exit 2), and the unpack directory is always removed.
# Usage: run-fixtures.sh BULKHEAD FIXTURE-DIR
BH=$1
FIX=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir "$T/tmp"
fail=0 n=0
while IFS='	' read -r name path opts expect; do
	[ "$opts" = - ] || continue # limits and platforms are not run options
	n=$((n + 1))
	TMPDIR=$T/tmp "$BH" run --dry-run --user 0 "$FIX/$path" -- /bin/true >"$T/out" 2>"$T/err"
	rc=$?
	case $expect in
	error=*) want=2 ;;
	*) want=0 ;;
	esac
	# a name longer than NAME_MAX is valid in a tar and cannot exist on Linux
	[ $rc = 2 ] && grep -q "File name too long" "$T/err" && want=2
	if [ $rc != "$want" ]; then
		echo "FAIL $name: exit $rc, want $want: $(cat "$T/err")"
		fail=1
	elif [ $want = 2 ] && ! grep -q "$path\|File name too long" "$T/err"; then
		echo "FAIL $name: the error does not name $path: $(cat "$T/err")"
		fail=1
	elif [ $want = 0 ] && ! python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/out"; then
		echo "FAIL $name: --dry-run output is not JSON"
		fail=1
	fi
	if [ -n "$(ls -A "$T/tmp")" ]; then
		echo "FAIL $name: unpack directory left behind"
		rm -rf "${T:?}/tmp/"*
		fail=1
	fi
done <"$FIX/expect.tsv"
[ $n -gt 10 ] || { echo "FAIL: only $n fixtures"; exit 1; }
[ $fail = 0 ] && echo "run-fixtures: $n images unpacked or refused, nothing left behind"
exit $fail
