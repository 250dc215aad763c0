#!/bin/sh
# bulkhead bench against real daemons: each scenario starts a private dockerd
# with its own daemon.json and flags and asserts the exact verdict of every
# check the configuration decides.
BULKHEAD=$1
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/bench_lib.sh"
it_require dockerd docker curl python3 openssl
trap it_cleanup EXIT
[ -x "$BULKHEAD" ] || it_fail "usage: bench_daemon.sh PATH-TO-BULKHEAD"
R=$BH_IT_ROOT

# start NAME JSON [flags...]: daemon.json with JSON, private dockerd.
# start_ipt: the same with iptables on (icc=false needs it).
start() {
	name=$1 json=$2
	shift 2
	mkdir -p "$R/$name"
	printf '%s\n' "$json" >"$R/$name/daemon.json"
	it_start_dockerd "$name" --config-file "$R/$name/daemon.json" "$@"
}
start_ipt() {
	name=$1 json=$2
	shift 2
	mkdir -p "$R/$name"
	printf '%s\n' "$json" >"$R/$name/daemon.json"
	bench_start_dockerd "$name" --config-file "$R/$name/daemon.json" "$@"
}

# 1. defaults: nothing hardened (the harness always adds --iptables=false)
start defaults '{}'
bench_run "$R/defaults.json" --no-config
bench_expect "$R/defaults.json" 2.1=warn 2.2=warn 2.3=pass 2.4=warn 2.5=pass 2.6=pass 2.7=info 2.8=info \
	2.9=warn 2.10=pass 2.11=pass 2.12=warn 2.13=warn 2.14=warn 2.15=warn 2.16=warn 2.17=info 2.18=pass \
	1.2.2=info 6.1=info 6.2=info 7.1=skip 7.3=skip 7.5=skip 3.17=pass 3.18=pass
bench_field_has "$R/defaults.json" 2.2 remediation '"icc": false'
bench_field_has "$R/defaults.json" 2.2 remediation "$R/defaults/daemon.json"
bench_field_has "$R/defaults.json" 2.4 evidence "--iptables=false"
bench_field_has "$R/defaults.json" 2.4 remediation 'Remove `--iptables=false` from the dockerd command line'
bench_field_has "$R/defaults.json" 7.1 detail "swarm mode is not active"
bench_field_has "$R/defaults.json" 6.1 detail "0 images"
# the default text format has the summary and the score
"$BULKHEAD" bench --no-config >"$R/defaults.txt"
grep -q '^\[WARN\] 2.2 ' "$R/defaults.txt" || it_fail "text report lacks [WARN] 2.2"
grep -q '^Checks: [0-9]* ([0-9]* pass, [0-9]* warn, [0-9]* info, [0-9]* note, [0-9]* skip)$' "$R/defaults.txt" ||
	it_fail "text report lacks the status counts"
grep -q '^Score: -\{0,1\}[0-9]' "$R/defaults.txt" || it_fail "text report lacks the score"
# --include/--exclude select checks
bench_run "$R/only.json" --no-config --include 2.2,3 --exclude 3.1
python3 - "$R/only.json" <<'PY' || it_fail "--include/--exclude selected the wrong checks"
import json, sys
ids = [c["id"] for c in json.load(open(sys.argv[1]))["checks"]]
assert ids[0] == "2.2" and "3.1" not in ids and "3.2" in ids and all(i == "2.2" or i.startswith("3.") for i in ids), ids
PY
it_stop_dockerd

# 2. hardened through daemon.json: verdicts point at the daemon.json line
start_ipt hardened '{
  "icc": false,
  "log-level": "info",
  "no-new-privileges": true,
  "live-restore": true,
  "userland-proxy": false,
  "default-ulimits": {"nofile": {"Name": "nofile", "Soft": 1024, "Hard": 2048}}
}'
bench_run "$R/hardened.json" --no-config
bench_expect "$R/hardened.json" 2.2=pass 2.3=pass 2.4=pass 2.8=pass 2.14=pass 2.15=pass 2.16=pass 2.9=warn
[ "$(bench_field "$R/hardened.json" 2.2 location.line)" = 2 ] || it_fail "2.2 does not point at daemon.json line 2"
[ "$(bench_field "$R/hardened.json" 2.2 location.path)" = "$R/hardened/daemon.json" ] || it_fail "2.2 path"
[ "$(bench_field "$R/hardened.json" 2.14 location.line)" = 4 ] || it_fail "2.14 does not point at line 4"
it_stop_dockerd

# 3. icc explicitly on, debug logging: the daemon.json line is the evidence
start iccon '{"icc": true, "log-level": "debug"}'
bench_run "$R/iccon.json" --no-config
bench_expect "$R/iccon.json" 2.2=warn 2.3=warn
bench_field_has "$R/iccon.json" 2.2 evidence '"icc": true'
bench_field_has "$R/iccon.json" 2.3 remediation '"log-level": "info"'
it_stop_dockerd

# 4. the same settings as flags, in every form pflag accepts
start_ipt flags '{}' --icc=false -l warn --no-new-privileges --live-restore --userland-proxy=false --experimental \
	--insecure-registry 10.1.2.3:5000 --insecure-registry=10.9.9.9:5000 --default-ulimit nofile=1024:2048
bench_run "$R/flags.json" --no-config
bench_expect "$R/flags.json" 2.2=pass 2.3=warn 2.5=warn 2.8=pass 2.14=pass 2.15=pass 2.16=pass 2.18=warn
bench_field_has "$R/flags.json" 2.2 evidence "dockerd --icc=false"
bench_field_has "$R/flags.json" 2.3 evidence "dockerd -l warn"
bench_field_has "$R/flags.json" 2.5 detail "10.1.2.3:5000, 10.9.9.9:5000"
bench_field_has "$R/flags.json" 2.18 remediation 'Remove `--experimental`'
it_stop_dockerd

# 5. user namespace remapping: the remapped root (uid 100000 from
# /etc/subuid, which dockerd fills in for its dockremap user) must be able to
# traverse the data root, and mktemp made the test root private.
chmod 0711 "$R"
start userns '{"userns-remap": "default"}' --storage-driver=overlay2
# a container under the remapping really runs in its own user namespace
it_import_base bulkhead-test/debian:bookworm
docker run -d --network none --name remapped bulkhead-test/debian:bookworm sleep infinity >/dev/null ||
	it_fail "docker run under userns-remap failed: $(tail -3 "$IT_DOCKERD_DIR/dockerd.log")"
bench_run "$R/userns.json" --no-config
bench_expect "$R/userns.json" 2.9=pass 5.31=pass
bench_field_has "$R/userns.json" 5.31 detail "[runtime: 1 of 1 run in their own user namespace]"
bench_field_has "$R/userns.json" 2.9 detail "default"
# /info names the remapped directory; 1.1.1 and 1.1.5 are about the data root above it
bench_field_has "$R/userns.json" 1.1.1 detail "$R/userns/data "
it_stop_dockerd

# 6. TCP without TLS
port=$(free_port)
start tcpplain '{}' -H "tcp://127.0.0.1:$port"
bench_run "$R/tcpplain.json" --no-config
bench_expect "$R/tcpplain.json" 2.7=warn 3.9=info 3.14=info
bench_field_has "$R/tcpplain.json" 2.7 detail "without TLS"
bench_field_has "$R/tcpplain.json" 2.7 remediation '"tlsverify": true'
it_stop_dockerd

# 7. TCP with TLS client verification; the TLS files the config names are checked
tls=$R/tls
mkdir -p "$tls"
(
	cd "$tls" &&
		openssl req -x509 -newkey rsa:2048 -nodes -keyout ca-key.pem -out ca.pem -days 1 -subj /CN=bench-ca &&
		openssl req -newkey rsa:2048 -nodes -keyout server-key.pem -out server.csr -subj /CN=127.0.0.1 &&
		printf 'subjectAltName=IP:127.0.0.1\n' >ext.cnf &&
		openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -out server-cert.pem \
			-days 1 -extfile ext.cnf
) >"$R/openssl.log" 2>&1 || it_fail "openssl: $(tail -5 "$R/openssl.log")"
chmod 0444 "$tls/ca.pem"
chmod 0644 "$tls/server-cert.pem"
chmod 0400 "$tls/server-key.pem"
port=$(free_port)
start tcptls '{}' -H "tcp://127.0.0.1:$port" --tlsverify --tlscacert "$tls/ca.pem" \
	--tlscert="$tls/server-cert.pem" --tlskey "$tls/server-key.pem"
bench_run "$R/tcptls.json" --no-config
bench_expect "$R/tcptls.json" 2.7=pass 3.9=pass 3.10=pass 3.11=pass 3.12=warn 3.13=pass 3.14=pass
bench_field_has "$R/tcptls.json" 3.12 detail "0644: 0200 is outside 444"
bench_field_has "$R/tcptls.json" 3.12 remediation "chmod 444 $tls/server-cert.pem"
it_stop_dockerd

# 8. TLS without client verification
port=$(free_port)
start tcpnoverify '{}' -H "tcp://127.0.0.1:$port" --tls --tlscacert "$tls/ca.pem" --tlscert "$tls/server-cert.pem" --tlskey "$tls/server-key.pem"
bench_run "$R/tcpnoverify.json" --no-config
bench_expect "$R/tcpnoverify.json" 2.7=warn
bench_field_has "$R/tcpnoverify.json" 2.7 detail "does not verify clients"
it_stop_dockerd

# 9. a daemon that cannot be reached: API checks are skipped with the reason
bench_run "$R/none.json" --no-config --docker-host "unix://$R/absent.sock"
bench_expect "$R/none.json" 6.1=skip 7.1=skip 1.2.2=skip
bench_field_has "$R/none.json" 6.1 detail "$R/absent.sock"
echo "bench daemon scenarios ok"
