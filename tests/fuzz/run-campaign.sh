#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A long fuzzing campaign for one target: runs it in slices (a fresh process each, so the rate does
# not decay as a long-lived process's memory grows) on a corpus kept in build/fuzz/campaign/TARGET,
# until GOAL inputs in total, and can be stopped and resumed: the runs done so far are kept in
# build/fuzz/campaign/TARGET.runs. Stops at the first crash, leak, timeout or sanitizer report (the
# input is in build/fuzz/artifacts/). Build the fuzz tree first (tests/fuzz/run-fuzzers.sh does).
# Usage: tests/fuzz/run-campaign.sh TARGET [GOAL (10000000)] [SLICE (1000000)]
# FUZZ_CPU=N pins the fuzzer to core N (taskset; TLB flushes then stay on that core); a list such
# as FUZZ_CPU=0,1 runs one process per listed core in each slice (SLICE split between them), all on
# the one corpus, so a single target can use the whole machine;
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
cpus=()
[ -n "${FUZZ_CPU:-}" ] && IFS=, read -r -a cpus <<<"$FUZZ_CPU"
workers=${#cpus[@]}
[ "$workers" -eq 0 ] && workers=1

# Runs one libFuzzer process (exec: the background job's pid is the fuzzer's): worker index,
# inputs, log file.
run_worker() {
    local pin=()
    [ -n "${cpus[$1]:-}" ] && pin=(taskset -c "${cpus[$1]}")
    exec "${pin[@]}" nice -n 19 "$fuzzer" "${FUZZ_ARGS[@]}" -runs="$2" -timeout="${FUZZ_TIMEOUT:-600}" \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build_dir/artifacts/$target-" "$corpus" \
        >"$3" 2>&1
}

# Background workers ignore Ctrl+C in a script without job control; libFuzzer ends on SIGTERM as on
# SIGINT (exit 72, final stats printed).
declare -A log_of=() # the running workers' pids -> their logs
trap 'kill -TERM "${!log_of[@]}" 2>/dev/null || true' INT TERM

started=$SECONDS
while [ "$done_runs" -lt "$goal" ]; do
    runs=$((goal - done_runs))
    [ "$runs" -gt "$slice" ] && runs=$slice
    stamp=$(date +%Y%m%d-%H%M%S)-$done_runs
    slice_started=$SECONDS
    logs=()
    slice_workers=$((runs < workers ? runs : workers))
    for ((w = 0; w < slice_workers; w++)); do
        share=$((runs / slice_workers + (w < runs % slice_workers ? 1 : 0)))
        logs+=("$campaign/logs/$target-$stamp-w$w.log")
        run_worker "$w" "$share" "${logs[$w]}" &
        log_of[$!]=${logs[$w]}
    done
    # The first finding stops the other workers and wins over an interruption (72, libFuzzer's exit
    # code for Ctrl+C and SIGTERM).
    status=0
    failed_log=""
    while [ "${#log_of[@]}" -gt 0 ]; do
        finished=""
        worker_status=0
        wait -n -p finished "${!log_of[@]}" || worker_status=$?
        [ -n "${finished:-}" ] || continue # a trapped signal ended the wait
        finished_log=${log_of[$finished]}
        unset "log_of[$finished]"
        [ "$worker_status" -eq 0 ] && continue
        if [ "$status" -eq 0 ] || [ "$status" -eq 72 ]; then
            status=$worker_status
            failed_log=$finished_log
            if [ "$status" -ne 72 ] && [ "${#log_of[@]}" -gt 0 ]; then
                kill -TERM "${!log_of[@]}" 2>/dev/null || true
            fi
        fi
    done
    # What ran until an interruption counts.
    executed=0
    for log in "${logs[@]}"; do
        count=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
        executed=$((executed + ${count:-0}))
    done
    done_runs=$((done_runs + executed))
    echo "$done_runs" >"$state"
    line=$(grep -E '^#[0-9]+' "${logs[$((slice_workers - 1))]}" | tail -n 1 || true)
    echo "run-campaign: $target: $executed runs in $((SECONDS - slice_started)) s ($slice_workers process(es)), $done_runs of $goal; $line"
    if [ "$status" -ne 0 ]; then
        [ "$status" -eq 72 ] && { echo "run-campaign: interrupted; run again to resume"; exit 72; }
        echo "run-campaign: $target FAILED (exit $status); its log ($failed_log) ends:" >&2
        tail -n 40 "$failed_log" >&2
        exit 1
    fi
done
echo "run-campaign: $target reached $done_runs runs ($((SECONDS - started)) s this time)"
