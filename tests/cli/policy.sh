#!/bin/sh
# The policy file (.bulkhead.yaml, docs/policy.md) on the real binary:
#   policy.sh BULKHEAD
BIN=$1
. "$(dirname "$0")/lib.sh"
P=$T_DIR/project
mkdir -p "$P/app/sub" "$P/vendor"
cat >"$P/app/Dockerfile" <<'DF'
FROM registry.example.com/base:1.0
USER 1000
HEALTHCHECK CMD true
RUN curl -fsSL https://get.example.com/install.sh | sh
RUN apt-get update
DF
cp "$P/app/Dockerfile" "$P/vendor/Dockerfile"
rules() { python3 -c 'import json,sys; print(" ".join(sorted(f["rule"]+":"+f["severity"] for f in json.load(open(sys.argv[1]))["findings"])))' "$1"; }
lint_json() { "$BIN" lint --format json "$@" >"$T_DIR/r.json" 2>"$T_DIR/err"; }

# without a policy: DF003 (not pinned by digest, info), DF009 (curl|sh), DF013 (update alone)
lint_json --no-config "$P/app/Dockerfile"
base=$(rules "$T_DIR/r.json")
[ "$base" = "DF003:info DF009:high DF013:medium" ] && ok || not_ok "baseline findings: $base"

# disable, severity override, found upward from the target's directory
cat >"$P/.bulkhead.yaml" <<'Y'
version: 1
rules:
  disable: [DF003]
  severity:
    DF013: critical
Y
lint_json "$P/app/Dockerfile"
got=$(rules "$T_DIR/r.json")
[ "$got" = "DF009:high DF013:critical" ] && ok || not_ok "disable + severity override (policy found upward): $got"
(cd "$P/app/sub" && "$BIN" lint --format json ../Dockerfile >"$T_DIR/r.json" 2>/dev/null)
got=$(rules "$T_DIR/r.json")
[ "$got" = "DF009:high DF013:critical" ] && ok || not_ok "policy found upward from a relative target: $got"
lint_json --no-config "$P/app/Dockerfile"
[ "$(rules "$T_DIR/r.json")" = "$base" ] && ok || not_ok "--no-config ignores the policy"

# --config FILE wins over discovery
printf 'rules:\n  disable: [DF009, DF013]\n' >"$T_DIR/other.yaml"
lint_json --config "$T_DIR/other.yaml" "$P/app/Dockerfile"
got=$(rules "$T_DIR/r.json")
[ "$got" = "DF003:info" ] && ok || not_ok "--config: $got"

# ignores: with a reason, scoped by path glob; still active; expired
cat >"$P/.bulkhead.yaml" <<'Y'
ignore:
  - rule: DF009
    path: app/*
    reason: the installer is vendored and reviewed
    expires: 2999-12-31
  - rule: DF013
    reason: checked by the release pipeline
    expires: 2001-01-01
Y
lint_json "$P/app/Dockerfile"
got=$(rules "$T_DIR/r.json")
[ "$got" = "DF003:info DF013:medium" ] && ok || not_ok "active ignore drops DF009, expired one does not drop DF013: $got"
expect_json "$T_DIR/r.json" 'd["summary"]["suppressed"]' 1 "suppressed count"
expect_json "$T_DIR/r.json" '"expired on 2001-01-01" in [f for f in d["findings"] if f["rule"]=="DF013"][0]["ignore_expired"]' True "expired ignore is reported in JSON"
expect_grep "$T_DIR/err" "expired" "expired ignore warns on stderr"
lint_json "$P/vendor/Dockerfile"
got=$(rules "$T_DIR/r.json")
[ "$got" = "DF003:info DF009:high DF013:medium" ] && ok || not_ok "ignore scoped to app/* must not hide vendor/: $got"

# ignore_paths drops whole files; fail_on in the policy sets the threshold
cat >"$P/.bulkhead.yaml" <<'Y'
ignore_paths: ["vendor/**"]
fail_on: critical
Y
lint_json "$P"
got=$(python3 -c 'import json,sys; print(sorted(set(f["location"]["path"].split("/")[-2] for f in json.load(open(sys.argv[1]))["findings"])))' "$T_DIR/r.json")
[ "$got" = "['app']" ] && ok || not_ok "ignore_paths: findings in $got"
expect_rc 0 "policy fail_on: critical (only high findings)" -- "$BIN" lint "$P/app/Dockerfile"
expect_rc 1 "--fail-on on the command line overrides the policy" -- "$BIN" lint --fail-on high "$P/app/Dockerfile"

# trusted registries: the base image's registry must be listed
printf 'trusted_registries: [docker.io, "*.corp.example"]\n' >"$P/.bulkhead.yaml"
lint_json "$P/app/Dockerfile"
expect_grep "$T_DIR/r.json" '"DF004"' "untrusted registry reported"
printf 'trusted_registries: [docker.io, "*.example.com"]\n' >"$P/.bulkhead.yaml"
lint_json "$P/app/Dockerfile"
expect_no_grep "$T_DIR/r.json" '"DF004"' "wildcard trusted registry accepted"

# inline suppression on the line before an instruction
printf 'FROM debian:12\nUSER 1000\nHEALTHCHECK CMD true\n# bulkhead ignore=DF009,DF013\nRUN curl -fsSL https://x.example/i.sh | sh && apt-get update\nRUN curl -fsSL https://x.example/j.sh | sh && apt-get update\n' >"$T_DIR/inline.Dockerfile"
"$BIN" lint --no-config --format json "$T_DIR/inline.Dockerfile" >"$T_DIR/r.json" 2>/dev/null
got=$(python3 -c 'import json,sys; print(sorted((f["rule"],f["location"]["line"]) for f in json.load(open(sys.argv[1]))["findings"] if f["rule"] in ("DF009","DF013")))' "$T_DIR/r.json")
[ "$got" = "[('DF009', 6), ('DF013', 6)]" ] && ok || not_ok "inline suppression applies to the next instruction only: $got"

# a broken policy is an input error naming file:line:col
printf 'rules:\n  disable: [DF003]\nfrobnicate: 1\n' >"$P/.bulkhead.yaml"
expect_rc 2 "unknown policy key" -- "$BIN" lint "$P/app/Dockerfile"
expect_grep "$T_DIR/err" "\.bulkhead\.yaml:3:1: .*frobnicate" "unknown key named with its position"
printf 'ignore:\n  - rule: DF009\n' >"$P/.bulkhead.yaml"
expect_rc 2 "ignore without a reason" -- "$BIN" lint "$P/app/Dockerfile"
expect_grep "$T_DIR/err" "\.bulkhead\.yaml:2:.*reason" "missing reason named"
printf 'ignore:\n  - rule: DF009\n    reason: x\n    expires: 31/12/2030\n' >"$P/.bulkhead.yaml"
expect_rc 2 "bad expiry date" -- "$BIN" lint "$P/app/Dockerfile"
printf 'rules:\n  disable: [NOPE42]\n' >"$P/.bulkhead.yaml"
expect_rc 2 "unknown rule id" -- "$BIN" lint "$P/app/Dockerfile"
expect_grep "$T_DIR/err" "NOPE42" "unknown rule id named"
printf 'rules: [\n' >"$P/.bulkhead.yaml"
expect_rc 2 "invalid YAML" -- "$BIN" lint "$P/app/Dockerfile"
expect_grep "$T_DIR/err" "\.bulkhead\.yaml:[0-9]+:" "YAML error position"
printf 'version: 2\n' >"$P/.bulkhead.yaml"
expect_rc 2 "unsupported version" -- "$BIN" lint "$P/app/Dockerfile"

finish
