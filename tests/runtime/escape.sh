#!/bin/sh
# The three container-escape classes the runtime defends against, each
# attacked for real:
#   CVE-2019-5736  the host runtime binary overwritten through /proc/PID/exe
#   CVE-2021-30465 a mount target that is a symlink pointing out of the root
#   CVE-2024-21626 a host descriptor or host cwd leaking into the container
. "$(dirname "$0")/lib.sh"
rt_require

ROOTFS=$(rt_rootfs)

# --- CVE-2019-5736: the init runs from a sealed memfd copy ---------------
B=$(rt_bundle exe -- true)
(cd "$B" && bh create exe </dev/null) || it_fail "create"
pid=$(bh state exe | sed -n 's/.*"pid": *\([0-9]*\).*/\1/p')
[ -n "$pid" ] || it_fail "no pid in state"
exe=$(readlink "/proc/$pid/exe")
case "$exe" in
/memfd:*) it_log "init runs from $exe" ;;
*) it_fail "container init runs from $exe, not from a sealed memfd" ;;
esac
[ "$(stat -L -c %i "/proc/$pid/exe")" != "$(stat -c %i "$BULKHEAD")" ] || it_fail "init's exe is the host binary"
host_sum=$(sha256sum <"$BULKHEAD")
# What a process in the container would try: open the runtime's exe for writing.
if (exec 3>>"/proc/$pid/exe") 2>/dev/null; then
	it_fail "the init's executable can be opened for writing"
fi
if (printf 'x' | dd of="/proc/$pid/exe" conv=notrunc 2>/dev/null); then
	it_fail "the init's executable could be written"
fi
[ "$(sha256sum <"$BULKHEAD")" = "$host_sum" ] || it_fail "host binary changed"
bh delete --force exe || it_fail "delete"
# and the process in the container has its own program as /proc/self/exe
out=$(cd "$B" && sed 's#"true"#"readlink", "/proc/self/exe"#' config.json >c && mv c config.json && bh run exe2 </dev/null)
[ "$out" = /usr/bin/readlink ] || it_fail "/proc/self/exe in the container: $out"
it_log "CVE-2019-5736 class: host binary unreachable"

# --- CVE-2021-30465: symlinked mount targets stay inside the root --------
# /data in the image points far up and into a host directory; the bind mount
# for /data must land inside the rootfs, never on the host directory.
# (a host directory outside /tmp, which is a tmpfs in the container)
HOSTDIR=/srv/bulkhead-escape-$$
trap 'rm -rf "$HOSTDIR"; rt_cleanup' EXIT
PAYLOAD=$BH_IT_ROOT/payload
mkdir -p "$HOSTDIR" "$PAYLOAD"
echo host >"$HOSTDIR/host-marker"
echo payload >"$PAYLOAD/payload-marker"
ln -s "../../../../../../../../..$HOSTDIR" "$ROOTFS/data"
ln -s / "$ROOTFS/evil-root"
CHECK='ls /data; ls /evil-root/data'
rt_compare "symlink mount target" --bind "$PAYLOAD:/data:ro" -- sh -c "$CHECK"
grep -qx payload-marker "$RT_LAST_OUT" || it_fail "the mount is not visible through the symlink in the container"
grep -q host-marker "$RT_LAST_OUT" && it_fail "the host directory is visible in the container"
[ -d "$ROOTFS$HOSTDIR" ] || it_fail "the mount target was not created inside the rootfs"
[ ! -e "$HOSTDIR/payload-marker" ] || it_fail "the mount landed on the host directory"
# a target through a symlink to "/" resolves to the container's own root
rt_compare "mount through a symlink to /" --bind "$PAYLOAD:/evil-root/mnt/p:ro" -- sh -c 'ls /mnt/p'
grep -qx payload-marker "$RT_LAST_OUT" || it_fail "mount through /evil-root did not land on the container's /mnt/p"
rm -rf "$ROOTFS/data" "$ROOTFS/evil-root" "$ROOTFS/srv/${HOSTDIR#/srv/}" "$HOSTDIR"
it_log "CVE-2021-30465 class: mount targets resolved inside the root"

# --- CVE-2024-21626: no host descriptor or cwd in the container ----------
# The runtime is started with extra descriptors open (a host file and a host
# directory) and from a host working directory.
# The shell's own descriptors, listed by a child writing straight to stdout
# (a command substitution or pipe would add one of the shell's own).
FDS='find /proc/$$/fd -mindepth 1 -printf "fd %f -> %l\n"; echo "cwd $(readlink /proc/$$/cwd)"; echo "init cwd $(readlink /proc/1/cwd)"'
B=$(rt_bundle fds -- sh -c "$FDS")
out=$(cd "$BH_IT_ROOT" && exec 7</etc/hostname 8<"$BH_IT_ROOT" 9<"$ROOTFS" && bh run --bundle "$B" fds </dev/null 2>&1)
echo "$out"
fds=$(echo "$out" | sed -n 's#^fd \([0-9]*\) .*#\1#p' | tr '\n' ' ')
[ "$fds" = "0 1 2 " ] || it_fail "descriptors in the container: $fds (expected 0 1 2)"
echo "$out" | grep -qx 'cwd /' || it_fail "cwd is not / inside the container"
echo "$out" | grep -qx 'init cwd /' || it_fail "init cwd is not /"
echo "$out" | grep -q "$BH_IT_ROOT" && it_fail "a host path is visible through the container's descriptors"
it_log "CVE-2024-21626 class: only 0, 1, 2 and cwd inside"
echo "escape: all three classes hold"
