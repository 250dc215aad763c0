#!/bin/sh
# Builds the libFuzzer targets (clang, ASan + UBSan + libFuzzer) and fuzzes
# each one for a while. See docs/fuzzing.md.
#
#   tests/fuzz/run.sh [-t SECONDS] [-B BUILD_DIR] [TARGET...]
#
# TARGET is a name such as dockerfile, spec_k8s or image_tar (default: every
# tests/fuzz/fuzz_*.c).
# Environment: FUZZ_SECONDS (default 60, same as -t), FUZZ_MAX_LEN (bytes per
# input, default 16384; image_tar gets 262144 unless FUZZ_MAX_LEN is set),
# FUZZ_RSS_MB (default 2048), FUZZ_TIMEOUT (seconds one input may take,
# default 10), FUZZ_NICE (default 10).
#
# Seeds come from tests/fuzz/corpus/<target>/ (image_tar: the fixtures that
# tests/image/make-evil.py writes into the build tree). What the fuzzer
# learns goes to BUILD_DIR/fuzz-corpus/<target>/, which later runs start
# from. Any crash, leak, timeout or out-of-memory reproducer is written into
# tests/fuzz/corpus/<target>/, where the replay test (fuzz/replay_<target>)
# keeps checking it in every build once it is committed with its fix.
# Exits 1 when any target found something.
set -eu

src=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${FUZZ_SECONDS:-60}
build=$src/build-fuzz
while getopts t:B: opt; do
	case $opt in
	t) seconds=$OPTARG ;;
	B) build=$OPTARG ;;
	*) echo "usage: $0 [-t SECONDS] [-B BUILD_DIR] [TARGET...]" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
# every tests/fuzz/fuzz_*.c is one target
all=$(cd "$src/tests/fuzz" && for f in fuzz_*.c; do n=${f#fuzz_}; printf '%s ' "${n%.c}"; done)
targets=${*:-$all}
for t in $targets; do
	case " $all " in
	*" $t "*) ;;
	*) echo "unknown target: $t (one of: $all)" >&2; exit 2 ;;
	esac
done
rss=${FUZZ_RSS_MB:-2048}
timeout=${FUZZ_TIMEOUT:-10}
niceness=${FUZZ_NICE:-10}

echo "== build ($build)"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang \
	-DBULKHEAD_FUZZ=ON -DBULKHEAD_SANITIZE=ON >/dev/null
fuzzers=""
for t in $targets; do
	fuzzers="$fuzzers fuzz_$t"
done
# shellcheck disable=SC2086 # one word per target
nice -n "$niceness" cmake --build "$build" --target $fuzzers

case " $targets " in
*" image_tar "*)
	python3 "$src/tests/image/make-evil.py" "$build/tests/image-fixtures" >/dev/null ;;
esac

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=""
for t in $targets; do
	work=$build/fuzz-corpus/$t
	found=$src/tests/fuzz/corpus/$t
	if [ "$t" = image_tar ]; then
		seeds=$build/tests/image-fixtures/layers
		max_len=${FUZZ_MAX_LEN:-262144}
	else
		seeds=$found
		max_len=${FUZZ_MAX_LEN:-16384}
	fi
	mkdir -p "$work" "$found"
	echo "== fuzz_$t: ${seconds}s, -max_len=$max_len -rss_limit_mb=$rss -timeout=$timeout"
	set +e
	nice -n "$niceness" "$build/tests/fuzz/fuzz_$t" \
		-max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb="$rss" \
		-timeout="$timeout" -print_final_stats=1 -artifact_prefix="$found/" \
		"$work" "$seeds" > "$build/fuzz-$t.log" 2>&1
	rc=$?
	set -e
	grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs)' "$build/fuzz-$t.log" || true
	if [ "$rc" -ne 0 ]; then
		echo "fuzz_$t FAILED (exit $rc): see $build/fuzz-$t.log; reproducer in $found/" >&2
		grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$build/fuzz-$t.log" | head -n 5 >&2 || true
		failed="$failed $t"
	fi
done
if [ -n "$failed" ]; then
	echo "== found something in:$failed" >&2
	exit 1
fi
echo "== no crash, leak, timeout or out-of-memory in: $targets"
