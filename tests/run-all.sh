#!/bin/sh
# Installs what the tests need (Debian 12, as root), builds bulkhead twice
# (warnings as errors; and with AddressSanitizer + UndefinedBehaviorSanitizer)
# and runs every test, integration tests included, in both builds.
set -eu
cd "$(dirname "$0")/.."

DEPS="build-essential cmake ninja-build pkg-config clang libclang-rt-14-dev libyaml-dev python3 python3-jsonschema
      libcurl4-openssl-dev libarchive-dev libzstd-dev zlib1g-dev libssl-dev libseccomp-dev libcap-dev
      libsqlite3-dev curl docker.io docker-registry skopeo debootstrap openssl db5.3-util runc jq crun uidmap libvectorscan-dev
      podman rootlesskit slirp4netns libexpat1-dev"
missing=""
for p in $DEPS; do
	dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "installing:$missing"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi

export BULKHEAD_INTEGRATION=1
jobs=$(nproc)

echo "== sanitizer build (clang, ASan + UBSan, libFuzzer smoke runs)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang \
	-DBULKHEAD_SANITIZE=ON -DBULKHEAD_FUZZ=ON -DBULKHEAD_WERROR=ON >/dev/null
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	ctest --test-dir build-asan --output-on-failure -j "$jobs"

echo "== release build (gcc, warnings as errors)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBULKHEAD_WERROR=ON >/dev/null
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"
