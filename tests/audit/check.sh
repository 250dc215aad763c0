#!/bin/sh
# bulkhead audit over fixture trees: the exact findings of a tree with every
# kind of file and every kind of exclusion, single-file targets, input errors
# (exit 2 naming file and line, other files still reported) and an
# unreachable daemon with --docker.
# Usage: check.sh BULKHEAD DIR
bin=$1
dir=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() {
	echo "FAIL: $*"
	fails=$((fails + 1))
}

# "PATH RULE LINE" per finding (PATH relative to $2), sorted; errors as "ERROR PATH LINE".
findings() {
	python3 -c '
import json, sys
prefix = sys.argv[2].rstrip("/") + "/"
d = json.load(open(sys.argv[1]))
rel = lambda p: p[len(prefix):] if p and p.startswith(prefix) else p
for e in d.get("errors", []):
    print("ERROR", rel(e.get("path")), e.get("line", 0))
for f in d["findings"]:
    print(rel(f["location"]["path"]), f["rule"], f["location"].get("line", 0))
' "$1" "$2" | sort
}

# 1. The whole tree, policy discovered upward from it.
"$bin" audit --format json "$dir/tree" >"$tmp/tree.json" 2>"$tmp/tree.err"
rc=$?
[ "$rc" = 1 ] || fail "tree: exit $rc, want 1: $(cat "$tmp/tree.err")"
findings "$tmp/tree.json" "$dir/tree" >"$tmp/tree.got"
grep -v '^#' "$dir/tree.expect" | sed '/^$/d' | sort >"$tmp/tree.want"
diff -u "$tmp/tree.want" "$tmp/tree.got" || fail "tree: findings differ"
[ -s "$tmp/tree.err" ] && fail "tree: unexpected standard error: $(cat "$tmp/tree.err")"

# 1b. The same from inside the tree, with the default PATH (.): the policy
# and .bulkheadignore are found the same way.
(cd "$dir/tree" && "$bin" audit --format json) >"$tmp/dot.json" 2>"$tmp/dot.err"
findings "$tmp/dot.json" "." | diff -u "$tmp/tree.want" - || fail "audit in the tree with no PATH: findings differ"

# 2. The same tree in text and SARIF: one report naming every file.
"$bin" audit "$dir/tree" >"$tmp/tree.txt" 2>/dev/null
for f in app/Dockerfile app/docker-compose.yml k8s/deploy.yaml runtime/config.json svc/api.Dockerfile; do
	grep -qx "$dir/tree/$f" "$tmp/tree.txt" || fail "text report does not name $f"
done
"$bin" audit --format sarif "$dir/tree" >"$tmp/tree.sarif" 2>/dev/null
python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))
run = s["runs"][0]
assert s["version"] == "2.1.0"
assert run["tool"]["driver"]["name"] == "bulkhead"
ids = sorted(r["ruleId"] for r in run["results"])
assert ids == sorted(["DF021", "CS001", "CS031", "CS006", "CS001", "CS024", "DF007", "DF001"]), ids
' "$tmp/tree.sarif" || fail "sarif report"

# 2b. Both reports follow their schemas (bulkhead's JSON report, SARIF 2.1.0).
validate() {
	python3 "$dir/../cli/validate.py" "$1" "$2" 2>"$tmp/validate.err" ||
		fail "$2 does not follow $(basename "$1"): $(head -5 "$tmp/validate.err")"
}
validate "$dir/../../docs/schemas/report-v1.schema.json" "$tmp/tree.json"
validate "$dir/../schemas/sarif-2.1.0.json" "$tmp/tree.sarif"

# 3. --fail-on gates the exit code as for every command.
"$bin" audit --fail-on critical "$dir/tree/svc" >/dev/null 2>&1
rc=$?
[ "$rc" = 0 ] || fail "svc with --fail-on critical: exit $rc, want 0"

# 4. --no-config: the policy's ignore_paths no longer hide vendored/.
"$bin" audit --no-config --format json "$dir/tree" >"$tmp/nocfg.json" 2>/dev/null
findings "$tmp/nocfg.json" "$dir/tree" | grep -q '^vendored/compose.yaml CS001 4$' ||
	fail "--no-config: vendored/compose.yaml not audited"

# 5. Single files: a Dockerfile is linted, anything else checked as a run configuration.
"$bin" audit --format json "$dir/tree/svc/api.Dockerfile" "$dir/tree/k8s/deploy.yaml" >"$tmp/files.json" 2>/dev/null
printf 'k8s/deploy.yaml CS006 9\nsvc/api.Dockerfile DF001 1\n' >"$tmp/files.want"
findings "$tmp/files.json" "$dir/tree" | diff -u "$tmp/files.want" - || fail "single files"
"$bin" audit "$dir/tree/notes/package.json" >/dev/null 2>"$tmp/notspec.err"
rc=$?
[ "$rc" = 2 ] && grep -q 'notes/package.json: not a container spec' "$tmp/notspec.err" ||
	fail "a named file that is no container spec: exit $rc, $(cat "$tmp/notspec.err")"

# 6. An input error is exit 2 naming the file and line; the other files are still reported.
"$bin" audit --no-config --format json "$dir/broken" >"$tmp/broken.json" 2>"$tmp/broken.err"
rc=$?
[ "$rc" = 2 ] || fail "broken: exit $rc, want 2"
grep -qF "$dir/broken/bad/compose.yaml:4:17:" "$tmp/broken.err" || fail "broken: error does not name compose.yaml:4:17: $(cat "$tmp/broken.err")"
findings "$tmp/broken.json" "$dir/broken" | grep -q '^ok/Dockerfile DF002 1$' || fail "broken: ok/Dockerfile not reported"

# 7. A malformed .bulkheadignore is an input error naming its line.
"$bin" audit --no-config "$dir/badignore" >/dev/null 2>"$tmp/badignore.err"
rc=$?
[ "$rc" = 2 ] && grep -qF "$dir/badignore/.bulkheadignore:3:1: empty pattern after !" "$tmp/badignore.err" ||
	fail "bad .bulkheadignore: exit $rc, $(cat "$tmp/badignore.err")"

# 8. --docker with no daemon: exit 2 naming the socket, file findings still reported.
"$bin" audit --no-config --docker-host "unix://$tmp/no-daemon.sock" --format json "$dir/tree/svc" >"$tmp/nodaemon.json" 2>"$tmp/nodaemon.err"
rc=$?
[ "$rc" = 2 ] || fail "no daemon: exit $rc, want 2"
grep -qF "$tmp/no-daemon.sock" "$tmp/nodaemon.err" || fail "no daemon: error does not name the socket: $(cat "$tmp/nodaemon.err")"
findings "$tmp/nodaemon.json" "$dir/tree" | grep -q '^svc/api.Dockerfile DF001 1$' || fail "no daemon: file findings missing"
validate "$dir/../../docs/schemas/report-v1.schema.json" "$tmp/nodaemon.json"

# 9. Usage errors.
"$bin" audit - >/dev/null 2>&1
[ $? = 2 ] || fail "audit - must be a usage error"
"$bin" audit --bogus >/dev/null 2>&1
[ $? = 2 ] || fail "an unknown option must be a usage error"
"$bin" audit --help | grep -q '^usage: bulkhead audit' || fail "--help"

[ "$fails" = 0 ] && echo "audit ok" || exit 1
