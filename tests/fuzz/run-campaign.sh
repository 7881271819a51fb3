#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A long fuzzing campaign for one target: runs it in slices (a fresh process each, so the rate does
# not decay as a long-lived process's memory grows) on a corpus kept in build/fuzz/campaign/TARGET,
# until GOAL inputs in total, and can be stopped and resumed: the runs done so far are kept in
# build/fuzz/campaign/TARGET.runs. Stops at the first crash, leak, timeout or sanitizer report (the
# input is in build/fuzz/artifacts/). Build the fuzz tree first (tests/fuzz/run-fuzzers.sh does).
# Usage: tests/fuzz/run-campaign.sh TARGET [GOAL (10000000)] [SLICE (1000000)]
# FUZZ_CPU=N pins the fuzzer to core N (taskset; TLB flushes then stay on that core);
# FUZZ_TIMEOUT=S is libFuzzer's per-input wall-clock timeout (default 600 s: a slice at nice 19
# may be starved by other work for minutes without it being the input's fault).
set -euo pipefail

target=${1:?usage: run-campaign.sh TARGET [GOAL] [SLICE]}
goal=${2:-10000000}
slice=${3:-1000000}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir="$source_dir/build/fuzz"
fuzzer="$build_dir/fuzzers/$target"
[ -x "$fuzzer" ] || { echo "run-campaign: $fuzzer is not built (run tests/fuzz/run-fuzzers.sh 1 $target)" >&2; exit 1; }

FUZZ_CORPUS=""
FUZZ_ARGS=()
# shellcheck disable=SC1090
source "$build_dir/fuzzers/$target.env"
campaign="$build_dir/campaign"
corpus="$campaign/$target"
state="$campaign/$target.runs"
mkdir -p "$campaign/logs" "$build_dir/artifacts"
if [ ! -d "$corpus" ]; then
    mkdir -p "$corpus"
    [ -d "$FUZZ_CORPUS" ] && cp -r "$FUZZ_CORPUS/." "$corpus/"
fi
done_runs=$(cat "$state" 2>/dev/null || echo 0)

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1:malloc_context_size=5:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"
pin=()
[ -n "${FUZZ_CPU:-}" ] && pin=(taskset -c "$FUZZ_CPU")

started=$SECONDS
while [ "$done_runs" -lt "$goal" ]; do
    runs=$((goal - done_runs))
    [ "$runs" -gt "$slice" ] && runs=$slice
    log="$campaign/logs/$target-$(date +%Y%m%d-%H%M%S).log"
    slice_started=$SECONDS
    status=0
    "${pin[@]}" nice -n 19 "$fuzzer" "${FUZZ_ARGS[@]}" -runs="$runs" -timeout="${FUZZ_TIMEOUT:-600}" \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build_dir/artifacts/$target-" "$corpus" \
        >"$log" 2>&1 || status=$?
    # 72 is libFuzzer's exit code when interrupted (Ctrl+C): what ran until then counts.
    executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    done_runs=$((done_runs + ${executed:-0}))
    echo "$done_runs" >"$state"
    line=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
    echo "run-campaign: $target: ${executed:-0} runs in $((SECONDS - slice_started)) s, $done_runs of $goal; $line"
    if [ "$status" -ne 0 ]; then
        [ "$status" -eq 72 ] && { echo "run-campaign: interrupted; run again to resume"; exit 72; }
        echo "run-campaign: $target FAILED (exit $status); its log ($log) ends:" >&2
        tail -n 40 "$log" >&2
        exit 1
    fi
done
echo "run-campaign: $target reached $done_runs runs ($((SECONDS - started)) s this time)"
