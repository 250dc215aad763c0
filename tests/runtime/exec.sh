#!/bin/sh
# exec: another process in a running container, in the shapes the shim uses
# (--process FILE --detach --pid-file) and a person uses (flags and a command),
# compared with runc on the same bundle.
. "$(dirname "$0")/lib.sh"
rt_require jq

B=$(rt_bundle ex --userns --seccomp --cgroups-path "$RT_CG/ex-@RT@" --pids 40 -- sh -c 'while :; do sleep 0.1; done')
cp "$B/config.json" "$B/config.tmpl"
STATUS='grep -E "^(Cap(Eff|Bnd)|NoNewPrivs|Seccomp):" /proc/self/status'
cat >"$B/process.json" <<JSON
{ "terminal": false, "user": {"uid": 7, "gid": 8, "additionalGids": [9]}, "args": ["sh", "-c", "id; pwd; echo \$X; grep -E '^(CapEff|NoNewPrivs):' /proc/self/status"],
  "env": ["PATH=/usr/bin:/bin", "X=from-process-json"], "cwd": "/usr", "noNewPrivileges": true,
  "capabilities": {"bounding": ["CAP_KILL"], "effective": ["CAP_KILL"], "permitted": ["CAP_KILL"]} }
JSON

transcript() {
	rt=$1
	id=ex-$rt
	sed "s#@RT@#$rt#" "$B/config.tmpl" >"$B/config.json"
	(cd "$B" && "$rt" run --detach "$id" </dev/null >/dev/null) || echo "run --detach failed"
	"$rt" exec "$id" sh -c "id; $STATUS; cat /proc/self/uid_map; grep pids /proc/self/cgroup; ls /proc/\$\$/fd; readlink /proc/1/exe; exit 5"
	echo "exit $?"
	"$rt" exec --user 1000:1000 --cwd /tmp --env FOO=bar --env PATH=/bin "$id" sh -c 'id; pwd; echo $FOO $PATH'
	echo "exit $?"
	"$rt" exec --cap CAP_SYS_ADMIN --no-new-privs "$id" sh -c "$STATUS"
	"$rt" exec --process "$B/process.json" "$id"
	echo "exit $?"
	"$rt" exec --detach --pid-file "$BH_IT_ROOT/$rt.pid" "$id" sleep 30
	echo "detach exit $?"
	pid=$(cat "$BH_IT_ROOT/$rt.pid")
	"$rt" ps --format json "$id" | jq --argjson p "$pid" 'index($p) != null' | sed 's/^/detached process in ps: /'
	"$rt" exec "$id" /no/such/program >/dev/null 2>&1
	echo "missing program: $?"
	"$rt" kill "$id" KILL
	for _ in $(seq 1 100); do [ "$("$rt" state "$id" | jq -r .status)" = stopped ] && break; sleep 0.05; done
	"$rt" exec "$id" true >/dev/null 2>&1
	echo "exec in stopped: $?"
	"$rt" delete --force "$id"
}
transcript rc >"$BH_IT_ROOT/runc.transcript" 2>&1
transcript bh >"$BH_IT_ROOT/bh.transcript" 2>&1
sed -i "s#$RT_CG/ex-rc#CG#; s#$RT_CG/ex-bh#CG#" "$BH_IT_ROOT/runc.transcript" "$BH_IT_ROOT/bh.transcript"
cat "$BH_IT_ROOT/bh.transcript"
diff -u "$BH_IT_ROOT/runc.transcript" "$BH_IT_ROOT/bh.transcript" || it_fail "exec differs from runc"
echo "exec: same as runc"
