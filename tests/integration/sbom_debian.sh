#!/bin/sh
# bulkhead sbom against the real thing: the debootstrap Debian minbase root
# filesystem, unpacked into a directory and imported as an image on a
# private dockerd (docker import + docker save). Both inventories must equal
# what dpkg-query itself reads from that root's database, package for
# package and version for version, and both documents must be valid
# CycloneDX 1.5 and SPDX 2.3. Then a layer on top that purges a package:
# the inventory must equal dpkg-query run inside that image.
BULKHEAD=$1
SRC=$(cd "$(dirname "$0")/.." && pwd)
. "$(dirname "$0")/lib.sh"
it_require dockerd docker debootstrap dpkg-query python3 curl
trap it_cleanup EXIT
[ -x "$BULKHEAD" ] || it_fail "usage: sbom_debian.sh PATH-TO-BULKHEAD"
R=$BH_IT_ROOT

tarball=$(it_rootfs_tar)
mkdir -p "$R/rootfs"
tar -C "$R/rootfs" --numeric-owner -xf "$tarball" 2>/dev/null || it_fail "cannot unpack $tarball"
dpkg-query --admindir="$R/rootfs/var/lib/dpkg" -W -f '${Package} ${Version}\n' | sort >"$R/expected"
want=$(wc -l <"$R/expected")
[ "$want" -gt 50 ] || it_fail "dpkg-query lists only $want packages"

# check NAME EXPECTED ARGS...: sbom in both formats, schema-valid, same
# inventory as the dpkg-query output in EXPECTED.
check() {
	name=$1 expected=$2
	shift 2
	"$BULKHEAD" sbom --format cyclonedx -o "$R/$name.cdx.json" "$@" || it_fail "$name: sbom cyclonedx failed"
	"$BULKHEAD" sbom --format spdx -o "$R/$name.spdx.json" "$@" || it_fail "$name: sbom spdx failed"
	python3 "$SRC/pkg/sbom_check.py" "$SRC/schemas" "$R/$name.cdx.json" "$R/$name.spdx.json" deb \
		>"$R/$name.got" || it_fail "$name: documents are not valid"
	diff -u "$expected" "$R/$name.got" || it_fail "$name: inventory differs from dpkg-query"
	got=$(wc -l <"$R/$name.got")
	want=$(wc -l <"$expected")
	[ "$got" = "$want" ] || it_fail "$name: $got packages, dpkg-query lists $want"
	grep -q '"name": "debian"' "$R/$name.cdx.json" || it_fail "$name: operating system not recognised"
	echo "$name: $got packages equal dpkg-query"
}

check rootfs "$R/expected" --fs "$R/rootfs"

it_start_dockerd sbom
it_import_base bulkhead-test/debian:bookworm
docker save bulkhead-test/debian:bookworm -o "$R/debian.tar" || it_fail "docker save failed"
check image "$R/expected" "$R/debian.tar"
# provenance FILE LAYER: every dpkg package comes from that layer's database.
provenance() {
	python3 - "$1" "$2" <<'PY' || it_fail "$1: wrong provenance"
import json, sys
doc = json.load(open(sys.argv[1]))
for c in doc["components"]:
    p = {x["name"]: x["value"] for x in c.get("properties", [])}
    if p.get("bulkhead:package:type") == "deb":
        assert p["bulkhead:package:path"] == "var/lib/dpkg/status", c
        assert p["bulkhead:package:layer"] == sys.argv[2], c
PY
}
provenance "$R/image.cdx.json" 0

# A second layer that purges a package: its files become whiteouts and the
# database is rewritten. The oracle is dpkg-query run inside the image.
docker run --name derive --network none -e DEBIAN_FRONTEND=noninteractive bulkhead-test/debian:bookworm \
	dpkg --purge tzdata >"$R/purge.log" 2>&1 ||
	it_fail "dpkg --purge in a container failed"
docker commit derive bulkhead-test/derived:1 >/dev/null || it_fail "docker commit failed"
docker run --rm --network none bulkhead-test/derived:1 dpkg-query -W -f '${Package} ${Version}\n' | sort >"$R/expected-derived"
grep -q '^tzdata ' "$R/expected-derived" && it_fail "tzdata still installed in the derived image"
docker save bulkhead-test/derived:1 -o "$R/derived.tar" || it_fail "docker save failed"
check derived "$R/expected-derived" "$R/derived.tar"
provenance "$R/derived.cdx.json" 1
echo "sbom ok: Debian minbase as a directory, as an image, and with a layer that purges a package"
