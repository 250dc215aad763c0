#!/bin/sh
# Checks bulkhead's Debian version ordering against dpkg itself.
#
#   dpkg-oracle.sh VERCMP_CLI [PAIRS]
#
# Generates PAIRS (default 100000) version pairs deterministically (python3,
# fixed seed): epochs, '~', '+', '.', '-', letters of both cases, long digit
# runs, leading zeros, revisions, and mutations of one version into a close
# neighbour so that most pairs differ in one place. bulkhead answers every pair
# with -1/0/1 through VERCMP_CLI; dpkg then checks each answer with one
# `dpkg --compare-versions A lt|eq|gt B` (a true answer confirms bulkhead, a false
# one is a mismatch), run as many small shell loops in parallel under xargs -P.
# Mismatches are reported with dpkg's own answer, and the script fails.
# Exits 77 (ctest: skipped) when dpkg or python3 is missing.
set -eu

cli=${1:?usage: dpkg-oracle.sh VERCMP_CLI [PAIRS]}
count=${2:-100000}
command -v dpkg >/dev/null 2>&1 || { echo "dpkg not found: skipped"; exit 77; }
command -v python3 >/dev/null 2>&1 || { echo "python3 not found: skipped"; exit 77; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
start=$(date +%s)

python3 - "$count" >"$tmp/pairs" <<'PY'
import random, sys

rng = random.Random(20261123)
count = int(sys.argv[1])
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()

def digits():
    r = rng.random()
    if r < 0.05:
        return "".join(rng.choice("0123456789") for _ in range(rng.randint(15, 45)))
    if r < 0.15:
        return "0" * rng.randint(1, 4) + str(rng.randint(0, 99))
    return str(rng.choice([0, 0, 1, 1, 2, 3, 9, 10, 11, 99, 100, rng.randint(0, 99999)]))

def letters():
    pool = rng.choice([LOWER, LOWER, UPPER, LOWER + UPPER])
    words = ["alpha", "beta", "rc", "pre", "dfsg", "ubuntu", "deb", "git", "svn", "build", "a", "b", "z", "Z"]
    if rng.random() < 0.4:
        return rng.choice(words)
    return "".join(rng.choice(pool) for _ in range(rng.randint(1, 4)))

def part(allow_hyphen, start_digit=True):
    out = [digits() if start_digit else letters()]
    for _ in range(rng.randint(0, 6)):
        r = rng.random()
        seps = ".+~-" if allow_hyphen else ".+~"
        if r < 0.45:
            out.append(rng.choice(seps) + rng.choice([digits, letters])())
        elif r < 0.6:
            out.append(letters())
        elif r < 0.75:
            out.append(digits())
        elif r < 0.85:
            out.append("~" * rng.randint(1, 3))
        else:
            out.append(rng.choice(seps))
    return "".join(out)

def version():
    v = ""
    has_epoch = rng.random() < 0.3
    if has_epoch:
        v += rng.choice(["0", "1", "2", "3", "10", "00", "01", "007", "2147483647"]) + ":"
    v += part(True, start_digit=rng.random() > 0.03)
    if has_epoch and rng.random() < 0.05:
        v += ":" + digits()          # a colon inside the upstream version
    if rng.random() < 0.6 or "-" in v:
        v += "-" + part(False, start_digit=rng.random() > 0.2)
    return v

def parseable(v):
    # what dpkg refuses outright; its warnings (a letter first, odd characters)
    # are fine, the comparison still runs
    if " " in v or v.startswith("-"):  # dpkg would take "-..." for an option
        return False
    rest = v
    if ":" in v:
        epoch, rest = v.split(":", 1)
        if not epoch.isdigit() or int(epoch) > 2147483647 or not rest:
            return False
    upstream, hyphen, revision = rest.rpartition("-")
    if hyphen:
        return upstream != "" and revision != ""
    return rest != ""

def mutate(v):
    i = rng.randrange(len(v) + 1)
    r = rng.random()
    if r < 0.2:
        return v[:i] + rng.choice("0123456789") + v[i:]
    if r < 0.35:
        return v[:i] + "~" + v[i:]
    if r < 0.45:
        return v[:i] + rng.choice(".+") + v[i:]
    if r < 0.55:
        return v[:i] + rng.choice(LOWER + UPPER) + v[i:]
    if r < 0.65 and i < len(v):
        return v[:i] + v[i + 1:]
    if r < 0.75:
        return v + rng.choice(["~", "+", ".0", "0", "a", "~rc1", "+b1", "-1", "-0", "-0~"])
    if r < 0.85:
        return v.replace(rng.choice("0123456789"), "0" + rng.choice("0123456789"), 1)
    if r < 0.92:
        return "0:" + v if ":" not in v else v.split(":", 1)[1]
    return v

made = 0
while made < count:
    a = version()
    r = rng.random()
    if r < 0.05:
        b = a
    elif r < 0.65:
        b = mutate(a)
        if rng.random() < 0.3:
            b = mutate(b)
    else:
        b = version()
    if rng.random() < 0.5:
        a, b = b, a
    if parseable(a) and parseable(b):
        print(a, b)
        made += 1
PY

"$cli" dpkg <"$tmp/pairs" >"$tmp/ours"
# "A OP B" where OP is bulkhead's answer, all on one stream for xargs
paste -d ' ' "$tmp/pairs" "$tmp/ours" |
	awk '{ op = $3 < 0 ? "lt" : $3 > 0 ? "gt" : "eq"; print $1, op, $2 }' >"$tmp/claims"

jobs=$(( $(nproc 2>/dev/null || echo 2) * 2 ))
# Each shell runs dpkg for 200 claims; dpkg exits 0 when the claim holds,
# 1 when it does not, 2 when it cannot parse a version.
tr '\n' ' ' <"$tmp/claims" |
	LC_ALL=C xargs -n 600 -P "$jobs" sh -c '
		while [ $# -ge 3 ]; do
			dpkg --compare-versions "$1" "$2" "$3" 2>/dev/null
			r=$?
			[ $r -eq 0 ] || echo "$r $1 $2 $3"
			shift 3
		done' sh >"$tmp/bad"

end=$(date +%s)
pairs=$(wc -l <"$tmp/pairs")
bad=$(wc -l <"$tmp/bad")
echo "dpkg oracle: $pairs pairs checked against dpkg $(dpkg-query -W -f '${Version}' dpkg 2>/dev/null || true) in $((end - start))s with $jobs parallel jobs"
if [ "$bad" -ne 0 ]; then
	echo "dpkg oracle: $bad mismatches; the first ones:"
	head -n "${ORACLE_SHOW:-10}" "$tmp/bad" | while read -r r a op b; do
		if [ "$r" -eq 2 ]; then
			echo "  dpkg rejects '$a' or '$b'"
			continue
		fi
		truth=gt
		if dpkg --compare-versions "$a" lt "$b" 2>/dev/null; then truth=lt
		elif dpkg --compare-versions "$a" eq "$b" 2>/dev/null; then truth=eq; fi
		echo "  '$a' vs '$b': bulkhead says $op, dpkg says $truth"
	done
	exit 1
fi
echo "dpkg oracle: no mismatches"
