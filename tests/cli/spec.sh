#!/bin/sh
# bulkhead spec (docs/spec.md) on the real binary, no root needed: the file is
# written once and never through a symlink, it is the file of `runtime spec`,
# --cap-add and --seccomp change its seccomp section, broken profiles are
# refused with file and line, and the shipped profile is installed.
#   spec.sh BULKHEAD BUILD_DIR
BIN=$1
BUILD=$2
. "$(dirname "$0")/lib.sh"
command -v jq >/dev/null || { echo "missing tool: jq"; exit 1; }

mkdir "$T_DIR/b" "$T_DIR/r" "$T_DIR/s"
expect_rc 0 "spec --bundle" -- "$BIN" spec --bundle "$T_DIR/b"
expect_rc 1 "spec over an existing file" -- "$BIN" spec --bundle "$T_DIR/b"
expect_grep "$T_DIR/err" "config.json exists" "the existing file is named"
ln -s "$T_DIR/target" "$T_DIR/s/config.json"
expect_rc 1 "spec through a symlink" -- "$BIN" spec --bundle "$T_DIR/s"
[ ! -e "$T_DIR/target" ] && ok || not_ok "spec wrote through a symlink"
expect_rc 0 "runtime spec" -- "$BIN" runtime spec --bundle "$T_DIR/r"
cmp -s "$T_DIR/b/config.json" "$T_DIR/r/config.json" && ok || not_ok "spec and runtime spec differ"
expect_rc 0 "spec --stdout" -- "$BIN" spec --stdout
cmp -s "$T_DIR/out" "$T_DIR/b/config.json" && ok || not_ok "--stdout differs from the file"

# the allow-list, resolved for no capabilities
jq -e '.linux.seccomp.defaultAction == "SCMP_ACT_ERRNO" and .linux.seccomp.defaultErrnoRet == 1
	and (.linux.seccomp.architectures | index("SCMP_ARCH_X86_64")) != null
	and ([.linux.seccomp.syscalls[] | select(.action == "SCMP_ACT_ALLOW") | .names[]] | index("openat")) != null
	and ([.linux.seccomp.syscalls[] | select(.action == "SCMP_ACT_ALLOW") | .names[]] | index("mount")) == null
	and ([.linux.seccomp.syscalls[] | select(.names == ["clone"]) | .args[0].op] == ["SCMP_CMP_MASKED_EQ"])
	and .process.capabilities.bounding == []' "$T_DIR/out" >/dev/null && ok || not_ok "default seccomp section"
expect_rc 0 "spec --cap-add SYS_ADMIN" -- "$BIN" spec --stdout --cap-add sys_admin
jq -e '([.linux.seccomp.syscalls[] | select(.action == "SCMP_ACT_ALLOW" and .args == null) | .names[]] as $a
	| ($a | index("mount")) != null and ($a | index("unshare")) != null and ($a | index("clone")) != null
	and ($a | index("keyctl")) == null)
	and .process.capabilities.effective == ["CAP_SYS_ADMIN"]' "$T_DIR/out" >/dev/null && ok || not_ok "--cap-add SYS_ADMIN seccomp section"
expect_rc 0 "spec --seccomp unconfined" -- "$BIN" spec --stdout --seccomp unconfined
jq -e '.linux.seccomp == null' "$T_DIR/out" >/dev/null && ok || not_ok "--seccomp unconfined keeps a seccomp section"

# profiles in Docker's format
cat >"$T_DIR/p.json" <<'JSON'
{"defaultAction": "SCMP_ACT_ALLOW",
 "archMap": [{"architecture": "SCMP_ARCH_X86_64", "subArchitectures": ["SCMP_ARCH_X86"]}],
 "syscalls": [
  {"names": ["mkdir"], "action": "SCMP_ACT_ERRNO", "errnoRet": 13},
  {"names": ["chroot"], "action": "SCMP_ACT_ERRNO", "excludes": {"caps": ["CAP_SYS_CHROOT"]}},
  {"names": ["ptrace"], "action": "SCMP_ACT_ERRNO", "includes": {"arches": ["s390x"]}}]}
JSON
expect_rc 0 "spec --seccomp FILE" -- "$BIN" spec --stdout --seccomp "$T_DIR/p.json"
jq -e '.linux.seccomp.defaultAction == "SCMP_ACT_ALLOW" and ([.linux.seccomp.syscalls[].names[0]] == ["mkdir", "chroot"])
	and .linux.seccomp.syscalls[0].errnoRet == 13' "$T_DIR/out" >/dev/null && ok || not_ok "--seccomp FILE resolved"
expect_rc 0 "spec --seccomp FILE --cap-add SYS_CHROOT" -- "$BIN" spec --stdout --seccomp "$T_DIR/p.json" --cap-add SYS_CHROOT
jq -e '[.linux.seccomp.syscalls[].names[0]] == ["mkdir"]' "$T_DIR/out" >/dev/null && ok || not_ok "excludes.caps not applied"
printf '{"defaultAction": "SCMP_ACT_ERRNO",\n "syscalls": [{"names": ["read"], "action": "SCMP_ACT_ALLOW",\n  "includes": {"caps": ["SYS_ADMIN"]}}]}\n' >"$T_DIR/bad.json"
expect_rc 2 "broken profile" -- "$BIN" spec --stdout --seccomp "$T_DIR/bad.json"
expect_grep "$T_DIR/err" "bad.json:3:.*unknown capability \"SYS_ADMIN\"" "broken profile named with its line"
[ ! -s "$T_DIR/out" ] && ok || not_ok "a broken profile still printed a config"
expect_rc 2 "missing profile" -- "$BIN" spec --stdout --seccomp "$T_DIR/none.json"
expect_grep "$T_DIR/err" "none.json: No such file" "missing profile named"
expect_rc 2 "directory as profile" -- "$BIN" spec --stdout --seccomp "$T_DIR"
expect_rc 2 "unknown capability" -- "$BIN" spec --stdout --cap-add NOPE
expect_rc 2 "--bundle and --stdout" -- "$BIN" spec --stdout --bundle "$T_DIR"
expect_rc 2 "bulkhead run --seccomp ''" -- "$BIN" run --seccomp "" x
# the same checks through bulkhead run --dry-run need an image: tests/runtime/run.sh and seccomp.sh

# cmake --install ships the profile that is compiled in
rm -rf "$T_DIR/inst"
cmake --install "$BUILD" --prefix "$T_DIR/inst" >/dev/null 2>&1 && ok || not_ok "cmake --install"
cmp -s "$T_DIR/inst/share/bulkhead/seccomp/default.json" "$T_SRC/data/seccomp/default.json" && ok ||
	not_ok "share/bulkhead/seccomp/default.json not installed"
[ -f "$T_DIR/inst/share/man/man1/bulkhead-spec.1" ] && ok || not_ok "bulkhead-spec.1 not installed"
expect_rc 0 "installed binary: spec" -- "$T_DIR/inst/bin/bulkhead" spec --stdout --seccomp "$T_DIR/inst/share/bulkhead/seccomp/default.json"
cp "$T_DIR/out" "$T_DIR/from-file"
expect_rc 0 "installed binary: built-in profile" -- "$T_DIR/inst/bin/bulkhead" spec --stdout
cmp -s "$T_DIR/out" "$T_DIR/from-file" && ok || not_ok "built-in profile differs from the installed file"
finish
