#!/bin/sh
# Proves the integration harness itself: a private dockerd starts, a
# debootstrap image imports and runs, and the local registry accepts a push.
. "$(dirname "$0")/lib.sh"
it_require dockerd docker debootstrap docker-registry skopeo curl python3
trap it_cleanup EXIT

it_start_dockerd harness
it_import_base bulkhead-test/debian:bookworm
out=$(docker run --rm --network none bulkhead-test/debian:bookworm cat /etc/debian_version) ||
	it_fail "docker run failed: $(tail -5 "$IT_DOCKERD_DIR/dockerd.log")"
case "$out" in 12.*) ;; *) it_fail "unexpected /etc/debian_version: $out" ;; esac

it_start_registry
docker save bulkhead-test/debian:bookworm -o "$BH_IT_ROOT/debian.tar"
skopeo copy --quiet --dest-tls-verify=false "docker-archive:$BH_IT_ROOT/debian.tar" \
	"docker://$IT_REGISTRY/test/debian:bookworm" || it_fail "skopeo push failed"
curl -sf "http://$IT_REGISTRY/v2/test/debian/tags/list" | grep -q bookworm || it_fail "registry has no tag"
echo "harness ok: dockerd, docker import/run, registry push"
