#!/bin/sh
# bulkhead config --compose-file A --compose-file B: the files merged in order
# like `docker compose -f A -f B`, findings located in the file that wrote the
# setting:   compose-files.sh BULKHEAD
BIN=$1
. "$(dirname "$0")/lib.sh"
cat >"$T_DIR/base.yaml" <<'Y'
services:
  web:
    image: registry.example.com/acme/web:1.0@sha256:3f1c8e6e0b0a7c5d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8d
    user: "10001"
    read_only: true
    cap_drop: [ALL]
    security_opt: ["no-new-privileges:true"]
    mem_limit: 256m
    cpus: "0.5"
    pids_limit: 100
Y
cat >"$T_DIR/debug.yaml" <<'Y'
services:
  web:
    privileged: true
Y
cat >"$T_DIR/fix.yaml" <<'Y'
services:
  web:
    privileged: false
Y
located() {
	python3 -c 'import json,sys; print(" ".join(sorted("%s@%s:%s" % (f["rule"], f["location"]["path"].split("/")[-1], f["location"].get("line", 0)) for f in json.load(open(sys.argv[1]))["findings"])))' "$T_DIR/r.json"
}
"$BIN" config --no-config --format json --compose-file "$T_DIR/base.yaml" >"$T_DIR/r.json" 2>"$T_DIR/err"
[ "$(located)" = "" ] && ok || not_ok "hardened base alone: $(located)"
"$BIN" config --no-config --format json --compose-file "$T_DIR/base.yaml" --compose-file "$T_DIR/debug.yaml" >"$T_DIR/r.json" 2>"$T_DIR/err"
[ "$(located)" = "CS001@debug.yaml:3" ] && ok || not_ok "second file makes it privileged: $(located)"
"$BIN" config --no-config --format json --compose-file "$T_DIR/base.yaml" --compose-file "$T_DIR/debug.yaml" \
	--compose-file "$T_DIR/fix.yaml" >"$T_DIR/r.json" 2>"$T_DIR/err"
[ "$(located)" = "" ] && ok || not_ok "a later file wins: $(located)"
expect_rc 2 "a missing compose file" -- "$BIN" config --no-config --compose-file "$T_DIR/base.yaml" --compose-file "$T_DIR/nope.yaml"
expect_grep "$T_DIR/err" "nope.yaml" "the missing file is named"
finish
