# Sourced as root inside `unshare -m`: replaces this mount namespace's view
# of /sys/fs/cgroup with the cgroup2 hierarchy alone, what a pure cgroup v2
# host shows (the host's own mounts are not touched).
mount --make-rprivate /
umount -l /sys/fs/cgroup
mount -t cgroup2 none /sys/fs/cgroup
[ "$(stat -f -c %T /sys/fs/cgroup)" = cgroup2fs ]
