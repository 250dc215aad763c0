#!/bin/sh
# bulkhead bench --root-dir: a test tree holding the files of sections 1 and 3
# with deliberately wrong owners and modes (root is needed to chown them and
# to mount the data root). No daemon is contacted: file checks must work from
# the tree alone.
BULKHEAD=$1
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/bench_lib.sh"
it_require python3 mount umount
trap it_cleanup EXIT
[ -x "$BULKHEAD" ] || it_fail "usage: bench_files.sh PATH-TO-BULKHEAD"
T=$BH_IT_ROOT/root
R=$BH_IT_ROOT

mkdir -p "$T/etc/docker/tls" "$T/etc/docker/certs.d/reg.example:5000" "$T/lib/systemd/system" \
	"$T/etc/default" "$T/etc/audit/rules.d" "$T/usr/bin" "$T/run" "$T/var/lib/docker"
cat >"$T/etc/passwd" <<'P'
root:x:0:0:root:/root:/bin/sh
alice:x:1000:1000::/home/alice:/bin/sh
bob:x:1001:1001::/home/bob:/bin/sh
carol:x:1002:998::/home/carol:/bin/sh
P
cat >"$T/etc/group" <<'G'
root:x:0:
docker:x:998:alice,bob
alice:x:1000:
G
cat >"$T/etc/docker/daemon.json" <<'J'
{
  "icc": false,
  "hosts": ["unix:///run/docker.sock"],
  "tlscacert": "/etc/docker/tls/ca.pem",
  "tlscert": "/etc/docker/tls/cert.pem",
  "tlskey": "/etc/docker/tls/key.pem"
}
J
echo ca >"$T/etc/docker/tls/ca.pem"
echo cert >"$T/etc/docker/tls/cert.pem"
echo key >"$T/etc/docker/tls/key.pem"
echo reg >"$T/etc/docker/certs.d/reg.example:5000/ca.crt"
echo '[Service]' >"$T/lib/systemd/system/docker.service"
echo '[Socket]' >"$T/lib/systemd/system/docker.socket"
echo 'DOCKER_OPTS=' >"$T/etc/default/docker"
: >"$T/run/docker.sock"
: >"$T/usr/bin/dockerd"
: >"$T/usr/bin/runc"
printf 'DOCKER_CONTENT_TRUST="1"\n' >"$T/etc/environment"
cat >"$T/etc/audit/rules.d/docker.rules" <<'A'
# dockerd: every access
-w /usr/bin/dockerd -k docker
# /etc/docker: reads only, so writes go unaudited
-w /etc/docker -p r -k docker
-a always,exit -F path=/usr/bin/runc -F perm=wa -k docker
A

chown -R 0:0 "$T"
chmod 0775 "$T/etc/docker"                         # 3.6: group write is outside 755
chmod 0606 "$T/etc/docker/daemon.json"             # 3.18: 606 < 644 as numbers, yet others may write
chmod 0444 "$T/etc/docker/tls/ca.pem"              # 3.10 ok
chown 1000:1000 "$T/etc/docker/tls/cert.pem"       # 3.11: not root:root
chmod 0444 "$T/etc/docker/tls/cert.pem"            # 3.12 ok
chmod 0440 "$T/etc/docker/tls/key.pem"             # 3.14: group read is outside 400
chmod 0644 "$T/etc/docker/certs.d/reg.example:5000/ca.crt" # 3.8: owner write is outside 444
chown 1000:0 "$T/lib/systemd/system/docker.service" # 3.1: not root:root
chmod 0644 "$T/lib/systemd/system/docker.service"  # 3.2 ok
chmod 0606 "$T/lib/systemd/system/docker.socket"   # 3.4: 606 again
chmod 0600 "$T/etc/default/docker"                 # 3.20 ok
chown 0:998 "$T/run/docker.sock"                   # 3.15 ok: root:docker
chmod 0666 "$T/run/docker.sock"                    # 3.16: others may use the socket
printf 'trusted_users: [alice]\n' >"$R/policy.yaml"

tree="--root-dir $T --docker-host unix://$R/absent.sock"
opts="--no-config $tree"
bench_run "$R/files.json" $opts
bench_expect "$R/files.json" 3.1=warn 3.2=pass 3.3=pass 3.4=warn 3.5=pass 3.6=warn 3.7=pass 3.8=warn \
	3.9=pass 3.10=pass 3.11=warn 3.12=pass 3.13=pass 3.14=warn 3.15=pass 3.16=warn 3.17=pass 3.18=warn \
	3.19=pass 3.20=pass 3.21=info 3.22=info 3.23=info 3.24=info \
	1.1.1=warn 1.1.2=info 1.1.3=pass 1.1.6=warn 1.1.18=pass 1.1.10=warn 1.1.12=info \
	2.2=pass 4.5=pass 6.1=skip
bench_field_has "$R/files.json" 3.18 detail "has mode 0606: 0002 is outside 644"
bench_field_has "$R/files.json" 3.18 remediation "chmod 604 $T/etc/docker/daemon.json"
bench_field_has "$R/files.json" 3.4 detail "0606: 0002 is outside 644"
bench_field_has "$R/files.json" 3.6 detail "0775: 0020 is outside 755"
bench_field_has "$R/files.json" 3.14 detail "0440: 0040 is outside 400"
bench_field_has "$R/files.json" 3.11 detail "is owned by alice:alice"
bench_field_has "$R/files.json" 3.1 remediation "chown root:root $T/lib/systemd/system/docker.service"
bench_field_has "$R/files.json" 1.1.6 detail "only for -p r"
bench_field_has "$R/files.json" 1.1.2 detail "alice, bob, carol"
bench_field_has "$R/files.json" 4.5 detail "$T/etc/environment"
[ "$(bench_field "$R/files.json" 4.5 location.line)" = 1 ] || it_fail "4.5 does not point at /etc/environment line 1"
[ "$(bench_field "$R/files.json" 2.2 location.line)" = 2 ] || it_fail "2.2 does not point at daemon.json line 2"

# the policy names the trusted docker group members
bench_run "$R/trusted.json" $tree --config "$R/policy.yaml" --include 1.1.2
bench_expect "$R/trusted.json" 1.1.2=warn
bench_field_has "$R/trusted.json" 1.1.2 detail "not in trusted_users: bob, carol"

# a separate file system at the data root passes 1.1.1
mount -t tmpfs bench-data-root "$T/var/lib/docker" || it_fail "cannot mount a tmpfs"
bench_run "$R/mounted.json" $opts --include 1.1.1
bench_expect "$R/mounted.json" 1.1.1=pass
bench_field_has "$R/mounted.json" 1.1.1 detail "(tmpfs)"
umount "$T/var/lib/docker"

# fixing the modes the report names turns every warn of section 3 into a pass
chown 0:0 "$T/etc/docker/tls/cert.pem" "$T/lib/systemd/system/docker.service"
for f in "$T/etc/docker" "$T/etc/docker/daemon.json" "$T/etc/docker/tls/key.pem" \
	"$T/etc/docker/certs.d/reg.example:5000/ca.crt" "$T/lib/systemd/system/docker.socket" "$T/run/docker.sock"; do
	fix=$(python3 - "$R/files.json" "$f" <<'PY'
import json, re, sys
for c in json.load(open(sys.argv[1]))["checks"]:
    m = re.search(r"chmod ([0-7]+) " + re.escape(sys.argv[2]) + r"(?: |`|$)", c.get("remediation", ""))
    if m:
        print(m.group(1))
        break
PY
)
	[ -n "$fix" ] || it_fail "no chmod remediation for $f"
	chmod "$fix" "$f"
done
bench_run "$R/fixed.json" $opts --include 3
python3 - "$R/fixed.json" <<'PY' || it_fail "section 3 still warns after applying the remediations"
import json, sys
bad = [c for c in json.load(open(sys.argv[1]))["checks"] if c["status"] == "warn"]
for c in bad:
    print(f"  {c['id']}: {c['detail']}", file=sys.stderr)
sys.exit(1 if bad else 0)
PY
echo "bench files ok"
