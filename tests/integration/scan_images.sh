#!/bin/sh
# bulkhead scan against real images: a private dockerd builds images from the
# debootstrap Debian base with planted problems, and every source (the
# daemon, a `docker save` archive, a registry) must give the same, exact
# findings. The clean base must give no secret finding at all.
BULKHEAD=$1
. "$(dirname "$0")/lib.sh"
it_require dockerd docker debootstrap docker-registry skopeo curl python3 openssl
trap it_cleanup EXIT
[ -x "$BULKHEAD" ] || it_fail "usage: scan_images.sh PATH-TO-BULKHEAD"
R=$BH_IT_ROOT

# findings FILE.json: "RULE OBJECT" per finding, sorted
findings() {
	python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
for e in d.get("errors", []):
    print("ERROR", e.get("message", ""))
for f in d["findings"]:
    print(f["rule"], f.get("object") or "-")' "$1" | sort
}
# message_of FILE.json RULE OBJECT
message_of() {
	python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
for f in d["findings"]:
    if f["rule"] == sys.argv[2] and (f.get("object") or "-") == sys.argv[3]:
        print(f["message"]); print(f.get("evidence") or "")' "$1" "$2" "$3"
}
scan() { # scan OUT.json IMAGE [args]: exit 0 or 1 expected
	out=$1
	shift
	"$BULKHEAD" scan --no-config --format json "$@" >"$out" 2>"$out.err"
	rc=$?
	[ "$rc" -le 1 ] || it_fail "bulkhead scan $* exited $rc: $(cat "$out.err")"
}

it_start_dockerd scan
it_import_base bulkhead-test/debian:bookworm

# ---- the clean base: no secrets, and the base's own facts ----
scan "$R/base-secret.json" docker:bulkhead-test/debian:bookworm --scanners secret
[ "$(findings "$R/base-secret.json")" = "" ] || it_fail "secrets in the clean base: $(findings "$R/base-secret.json")"

# ---- the planted image ----
ctx=$R/ctx
mkdir -p "$ctx"
# Credentials that look real but were never issued.
printf 'region = eu-west-1\naws_access_key_id = AKIAZ3MKQ7RT5XW2PLNB\n' >"$ctx/settings.ini"
printf '//registry.npmjs.org/:_authToken=npm_Zq3X9vB7mK2pL8rT4wY6nC1dF5gH0jSaEbUo\n' >"$ctx/npmrc"
printf 'GITHUB_TOKEN=ghp_R8mK2vL9pQ4tX7wZ3nB6cF1dG5hJ0sAeYuIo\n' >"$ctx/build-secret.txt"
printf '%s\n' '-----BEGIN RSA PRIVATE KEY-----' 'MIIEowIBAAKCAQEAzQx1bWlkZW50aWFs' '-----END RSA PRIVATE KEY-----' >"$ctx/deploy_key"
# Near misses that must not be reported.
printf 'password = changeme\naws_access_key_id = ${AWS_KEY}\nchecksum = 3f786850e387550fdab836ed7e6dc881de23001b\n' >"$ctx/near-miss.conf"
cat >"$ctx/Dockerfile" <<'DOCKERFILE'
FROM bulkhead-test/debian:bookworm
ENV APP_HOME=/app API_TOKEN=tok_8fK2mQ9vX4pL7wR3zT6nB1cY5dH0jGsA
EXPOSE 22 80 8080
COPY settings.ini near-miss.conf deploy_key /app/
COPY npmrc /root/.npmrc
COPY build-secret.txt /tmp/build-secret.txt
ARG DB_PASSWORD
RUN rm /tmp/build-secret.txt && cp /bin/true /usr/local/bin/suid-true && chmod 4755 /usr/local/bin/suid-true \
 && mkdir /srv/drop && chmod 0777 /srv/drop && touch /srv/open.log && chmod 0666 /srv/open.log \
 && mkdir -p /app/.git/refs && echo 'ref: refs/heads/main' >/app/.git/HEAD \
 && echo 'mysql -u root' >/root/.bash_history && echo "$DB_PASSWORD" >/dev/null
DOCKERFILE
build_planted() {
	DOCKER_BUILDKIT=0 docker build -q --network none --build-arg DB_PASSWORD=Xk7pQ2mZ9vL4wR8tN3 \
		-t bulkhead-test/planted:1 "$ctx" >"$R/build.log" 2>&1
}
# The legacy builder on vfs copies the whole base layer per step; on a loaded
# machine the daemon has been seen to drop the build connection. One retry,
# then the daemon's own log explains the failure.
build_planted || { it_log "docker build failed once: $(tail -3 "$R/build.log")"; sleep 2; build_planted; } ||
	it_fail "docker build failed: $(tail -5 "$R/build.log")
dockerd log:
$(tail -20 "$IT_DOCKERD_DIR/dockerd.log")"

scan "$R/daemon.json" docker:bulkhead-test/planted:1
docker save bulkhead-test/planted:1 -o "$R/planted.tar" || it_fail "docker save failed"
scan "$R/archive.json" "$R/planted.tar"
it_start_registry
skopeo copy --quiet --dest-tls-verify=false "docker-archive:$R/planted.tar" \
	"docker://$IT_REGISTRY/test/planted:1" || it_fail "skopeo push failed"
scan "$R/registry.json" "registry:$IT_REGISTRY/test/planted:1"

cat >"$R/want" <<'WANT'
IMG001 config.User
IMG002 config.Healthcheck
IMG003 config.ExposedPorts
IMG004 config.ExposedPorts
IMG005 config.Env
IMG009 history[7]
IMG012 usr/bin/chage
IMG012 usr/bin/chfn
IMG012 usr/bin/chsh
IMG012 usr/bin/expiry
IMG012 usr/bin/gpasswd
IMG012 usr/bin/mount
IMG012 usr/bin/newgrp
IMG012 usr/bin/passwd
IMG012 usr/bin/su
IMG012 usr/bin/umount
IMG012 usr/local/bin/suid-true
IMG012 usr/sbin/unix_chkpwd
IMG014 srv/open.log
IMG015 srv/drop
IMG016 -
IMG017 app/.git
IMG018 root/.bash_history
IMG019 var/cache/apt/archives
IMG019 var/lib/apt/lists
IMG020 app/deploy_key
IMG020 app/settings.ini
IMG020 tmp/build-secret.txt
IMG021 root/.npmrc
IMG032 dev/console
IMG032 dev/full
IMG032 dev/null
IMG032 dev/ptmx
IMG032 dev/random
IMG032 dev/tty
IMG032 dev/urandom
IMG032 dev/zero
WANT
for src in daemon archive registry; do
	findings "$R/$src.json" >"$R/$src.got"
	diff -u "$R/want" "$R/$src.got" || it_fail "scan of the $src source: findings differ (above)"
done

# The deleted secret names both layers; every secret is masked.
msg=$(message_of "$R/daemon.json" IMG020 tmp/build-secret.txt)
echo "$msg" | grep -q "present in layer 4, deleted in layer 5, still extractable" || it_fail "deleted secret: $msg"
echo "$msg" | grep -q "ghp_\*\*\*\*" || it_fail "GitHub token not masked: $msg"
grep -q "R8mK2vL9pQ4tX7wZ3nB6cF1dG5hJ0sAeYuIo\|Zq3X9vB7mK2pL8rT4wY6nC1dF5gH0jSaEbUo\|Xk7pQ2mZ9vL4wR8tN3\|AKIAZ3MKQ7RT5XW2PLNB" \
	"$R/daemon.json" "$R/registry.json" "$R/archive.json" && it_fail "a secret appears unmasked in a report"
msg=$(message_of "$R/daemon.json" IMG009 "history[7]")
echo "$msg" | grep -q "DB_PASSWORD" || it_fail "build argument: $msg"

# ---- a registry that wants a Bearer token, and a two-platform image ----
# The token service grants bob (and nobody else) whatever scope is asked.
start_token_registry() {
	tdir=$R/treg
	mkdir -p "$tdir/data"
	openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tdir/key.pem" -out "$tdir/cert.pem" -days 2 \
		-subj /CN=bulkhead-token >/dev/null 2>&1 || it_fail "openssl req failed"
	python3 "$(dirname "$0")/token_server.py" "$tdir/tport" "$tdir/key.pem" "$tdir/cert.pem" bob 'Pa55-w0rd' \
		bulkhead-issuer "$tdir/token.log" 2>"$tdir/token.err" &
	BH_IT_PIDS="$BH_IT_PIDS $!"
	for _ in $(seq 1 100); do [ -s "$tdir/tport" ] && break; sleep 0.1; done
	[ -s "$tdir/tport" ] || it_fail "token service did not start: $(cat "$tdir/token.err")"
	port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
	cat >"$tdir/config.yml" <<CONF
version: 0.1
storage:
  filesystem:
    rootdirectory: $tdir/data
http:
  addr: 127.0.0.1:$port
auth:
  token:
    realm: http://127.0.0.1:$(cat "$tdir/tport")/token
    service: bulkhead-registry
    issuer: bulkhead-issuer
    rootcertbundle: $tdir/cert.pem
CONF
	docker-registry serve "$tdir/config.yml" >"$tdir/registry.log" 2>&1 &
	BH_IT_PIDS="$BH_IT_PIDS $!"
	for _ in $(seq 1 100); do
		code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/v2/")
		[ "$code" = 401 ] && break
		sleep 0.1
	done
	[ "$code" = 401 ] || it_fail "token registry did not start: $(tail -5 "$tdir/registry.log")"
	TREG=127.0.0.1:$port
}
start_token_registry
creds=bob:Pa55-w0rd
skopeo copy --quiet --dest-tls-verify=false --dest-creds "$creds" "docker-archive:$R/planted.tar" \
	"docker://$TREG/test/planted:1" || it_fail "skopeo push with a token failed"
python3 "$(dirname "$0")/make_multiplatform.py" "$R/multi"
skopeo copy --quiet --all --dest-tls-verify=false --dest-creds "$creds" "oci:$R/multi:1" \
	"docker://$TREG/test/multi:1" || it_fail "skopeo push of the index failed"

# Without credentials the token service says no: an input error naming it.
mkdir -p "$R/nocreds" "$R/creds"
DOCKER_CONFIG=$R/nocreds "$BULKHEAD" scan --no-config "registry:$TREG/test/planted:1" >/dev/null 2>"$R/e3"
[ $? -eq 2 ] && grep -q "token service answered 401" "$R/e3" || it_fail "no credentials: $(cat "$R/e3")"
# With the Docker config's auths: the same exact findings as every other source.
printf '{"auths": {"%s": {"auth": "%s"}}}\n' "$TREG" "$(printf %s "$creds" | base64)" >"$R/creds/config.json"
export DOCKER_CONFIG=$R/creds
scan "$R/token.json" "registry:$TREG/test/planted:1"
findings "$R/token.json" >"$R/token.got"
diff -u "$R/want" "$R/token.got" || it_fail "scan through a token registry: findings differ (above)"
grep -q "^ok bob repository:test/planted:pull$" "$R/treg/token.log" ||
	it_fail "no pull token was asked for: $(cat "$R/treg/token.log")"

# The index: the default platform, another one, one that is not there, by digest.
scan "$R/multi-amd64.json" "registry:$TREG/test/multi:1" --scanners fs
[ "$(findings "$R/multi-amd64.json")" = "IMG012 app/suid" ] || it_fail "index, amd64: $(findings "$R/multi-amd64.json")"
scan "$R/multi-arm64.json" "registry:$TREG/test/multi:1" --scanners fs --platform linux/arm64
[ "$(findings "$R/multi-arm64.json")" = "IMG014 app/open" ] || it_fail "index, arm64: $(findings "$R/multi-arm64.json")"
"$BULKHEAD" scan --no-config --platform linux/s390x "registry:$TREG/test/multi:1" >/dev/null 2>"$R/e4"
[ $? -eq 2 ] && grep -q "no-platform.*linux/amd64, linux/arm64/v8" "$R/e4" || it_fail "missing platform: $(cat "$R/e4")"
skopeo inspect --raw --tls-verify=false --creds "$creds" "docker://$TREG/test/multi:1" >"$R/index.raw" ||
	it_fail "skopeo inspect failed"
idx=sha256:$(sha256sum <"$R/index.raw" | cut -d' ' -f1)
scan "$R/multi-digest.json" "registry:$TREG/test/multi@$idx" --scanners fs --platform linux/arm64
[ "$(findings "$R/multi-digest.json")" = "IMG014 app/open" ] || it_fail "by digest: $(findings "$R/multi-digest.json")"

# A blob changed in the registry's storage is refused while it streams.
arm=$(python3 -c 'import json,sys
for m in json.load(open(sys.argv[1]))["manifests"]:
    if m["platform"]["architecture"] == "arm64": print(m["digest"])' "$R/index.raw")
skopeo inspect --raw --tls-verify=false --creds "$creds" "docker://$TREG/test/multi@$arm" >"$R/arm.raw"
layer=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["layers"][0]["digest"].split(":")[1])' "$R/arm.raw")
data=$(find "$R/treg/data" -path "*/blobs/sha256/*/$layer/data")
[ -f "$data" ] || it_fail "layer blob $layer not found in the registry storage"
python3 -c 'import sys
p=sys.argv[1]; b=bytearray(open(p,"rb").read()); b[len(b)//2]^=1; open(p,"wb").write(bytes(b))' "$data"
"$BULKHEAD" scan --no-config --platform linux/arm64 "registry:$TREG/test/multi:1" >/dev/null 2>"$R/e5"
[ $? -eq 2 ] && grep -q "digest-mismatch.*$layer" "$R/e5" || it_fail "tampered blob: $(cat "$R/e5")"
unset DOCKER_CONFIG

# On a terminal, standard error carries a progress line (and only there).
script -qec "'$BULKHEAD' scan --no-config --scanners secret '$R/planted.tar' >/dev/null" /dev/null >"$R/tty.out" 2>&1
grep -q "bulkhead scan: reading layer [0-9]*, [0-9.]* MiB" "$R/tty.out" || it_fail "no progress line on a terminal"
grep -q "reading layer" "$R/archive.json.err" && it_fail "progress line written to a file"

# Exit codes: findings at or above --fail-on give 1; below give 0.
"$BULKHEAD" scan --no-config --scanners fs --fail-on critical "$R/planted.tar" >/dev/null 2>&1
[ $? -eq 0 ] || it_fail "--fail-on critical with only fs findings should exit 0"
"$BULKHEAD" scan --no-config --scanners secret --fail-on critical "$R/planted.tar" >/dev/null 2>&1
[ $? -eq 1 ] || it_fail "--fail-on critical with a secret should exit 1"

# setuid_allow in the policy silences the listed paths only.
mkdir -p "$R/pol"
printf 'setuid_allow:\n  - /usr/bin/*\n  - /usr/sbin/unix_chkpwd\n' >"$R/pol/.bulkhead.yaml"
(cd "$R/pol" && "$BULKHEAD" scan --format json --scanners fs "$R/planted.tar" >"$R/pol.json" 2>"$R/pol.err")
[ "$(findings "$R/pol.json" | grep IMG012)" = "IMG012 usr/local/bin/suid-true" ] ||
	it_fail "setuid_allow: $(findings "$R/pol.json" | grep IMG012)"

# Errors: a missing image and a missing tag are input errors (exit 2).
"$BULKHEAD" scan --no-config docker:bulkhead-test/nothing:here >/dev/null 2>"$R/e1"
[ $? -eq 2 ] && grep -q "docker:bulkhead-test/nothing:here" "$R/e1" || it_fail "missing daemon image: $(cat "$R/e1")"
"$BULKHEAD" scan --no-config "registry:$IT_REGISTRY/test/planted:nope" >/dev/null 2>"$R/e2"
[ $? -eq 2 ] && grep -q "missing-blob" "$R/e2" || it_fail "missing registry tag: $(cat "$R/e2")"
echo "scan_images ok: daemon, archive and registry give the same exact findings"
