#!/usr/bin/env python3
"""Writes an OCI config.json for the runtime tests.

The base is a plain runtime-spec 1.0 container (the shape `runc spec`
produces, written out here so the tests do not depend on it); options turn
on the features a test compares between runtimes.

usage: config.py OUT.json ROOTFS [options] -- ARGS...
"""
import argparse
import json
import sys

ALL_CAPS_DEFAULT = ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"]


def base(rootfs, args):
    return {
        "ociVersion": "1.0.2",
        "process": {
            "terminal": False,
            "user": {"uid": 0, "gid": 0},
            "args": args,
            "env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "TERM=xterm"],
            "cwd": "/",
            "capabilities": {k: list(ALL_CAPS_DEFAULT) for k in ("bounding", "effective", "permitted", "ambient")},
            "rlimits": [{"type": "RLIMIT_NOFILE", "hard": 1024, "soft": 1024}],
            "noNewPrivileges": True,
        },
        "root": {"path": rootfs, "readonly": True},
        "hostname": "bulkhead-test",
        "mounts": [
            {"destination": "/proc", "type": "proc", "source": "proc"},
            {"destination": "/dev", "type": "tmpfs", "source": "tmpfs",
             "options": ["nosuid", "strictatime", "mode=755", "size=65536k"]},
            {"destination": "/dev/pts", "type": "devpts", "source": "devpts",
             "options": ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"]},
            {"destination": "/dev/shm", "type": "tmpfs", "source": "shm",
             "options": ["nosuid", "noexec", "nodev", "mode=1777", "size=65536k"]},
            {"destination": "/dev/mqueue", "type": "mqueue", "source": "mqueue", "options": ["nosuid", "noexec", "nodev"]},
            {"destination": "/sys", "type": "sysfs", "source": "sysfs", "options": ["nosuid", "noexec", "nodev", "ro"]},
            {"destination": "/sys/fs/cgroup", "type": "cgroup", "source": "cgroup",
             "options": ["nosuid", "noexec", "nodev", "relatime", "ro"]},
            {"destination": "/tmp", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "nodev", "mode=1777"]},
        ],
        "linux": {
            "resources": {"devices": [{"allow": False, "access": "rwm"}]},
            "namespaces": [{"type": t} for t in ("pid", "network", "ipc", "uts", "mount")],
            "maskedPaths": ["/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
                            "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/sys/firmware", "/proc/scsi"],
            "readonlyPaths": ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"],
        },
    }


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("rootfs")
    p.add_argument("--userns", action="store_true", help="new user namespace, 0 -> 100000 (65536 ids)")
    p.add_argument("--cgroupns", action="store_true")
    p.add_argument("--user", help="UID:GID")
    p.add_argument("--caps", help="comma list for every set; empty drops all")
    p.add_argument("--new-privs", action="store_true", help="noNewPrivileges false")
    p.add_argument("--seccomp", action="store_true", help="allow by default; mkdir and chmod fail with EPERM")
    p.add_argument("--memory", type=int)
    p.add_argument("--pids", type=int)
    p.add_argument("--cpu-quota", type=int)
    p.add_argument("--cgroups-path")
    p.add_argument("--hostname")
    p.add_argument("--writable", action="store_true")
    p.add_argument("--cwd")
    p.add_argument("--env", action="append", default=[])
    p.add_argument("--terminal", action="store_true")
    p.add_argument("--bind", action="append", default=[], help="SRC:DEST[:ro]")
    argv = sys.argv[1:]
    args = []
    if "--" in argv:
        cut = argv.index("--")
        argv, args = argv[:cut], argv[cut + 1:]
    o = p.parse_args(argv)
    c = base(o.rootfs, args or ["true"])
    proc, lin = c["process"], c["linux"]
    if o.userns:
        lin["namespaces"].append({"type": "user"})
        lin["uidMappings"] = [{"containerID": 0, "hostID": 100000, "size": 65536}]
        lin["gidMappings"] = [{"containerID": 0, "hostID": 100000, "size": 65536}]
    if o.cgroupns:
        lin["namespaces"].append({"type": "cgroup"})
    if o.user:
        uid, gid = o.user.split(":")
        proc["user"] = {"uid": int(uid), "gid": int(gid)}
    if o.caps is not None:
        caps = [x for x in o.caps.split(",") if x]
        proc["capabilities"] = {k: list(caps) for k in ("bounding", "effective", "permitted", "ambient")}
    if o.new_privs:
        proc["noNewPrivileges"] = False
    if o.seccomp:
        lin["seccomp"] = {
            "defaultAction": "SCMP_ACT_ALLOW",
            "architectures": ["SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32"],
            "syscalls": [{"names": ["mkdir", "mkdirat", "chmod", "fchmodat"], "action": "SCMP_ACT_ERRNO", "errnoRet": 1}],
        }
    res = lin["resources"]
    if o.memory:
        res["memory"] = {"limit": o.memory}
    if o.pids:
        res["pids"] = {"limit": o.pids}
    if o.cpu_quota:
        res["cpu"] = {"quota": o.cpu_quota, "period": 100000}
    if o.cgroups_path:
        lin["cgroupsPath"] = o.cgroups_path
    if o.hostname:
        c["hostname"] = o.hostname
    if o.writable:
        c["root"]["readonly"] = False
    if o.cwd:
        proc["cwd"] = o.cwd
    proc["env"] += o.env
    if o.terminal:
        proc["terminal"] = True
    for b in o.bind:
        parts = b.split(":")
        opts = ["rbind", "nosuid", "nodev"] + (["ro"] if len(parts) > 2 and parts[2] == "ro" else [])
        c["mounts"].append({"destination": parts[1], "type": "bind", "source": parts[0], "options": opts})
    with open(o.out, "w") as f:
        json.dump(c, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
