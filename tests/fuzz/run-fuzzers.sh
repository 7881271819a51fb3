#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the fuzz preset (clang-14, libFuzzer + ASan + UBSan) and runs every fuzzer for SECONDS
# seconds (default 15), one after another, each on a scratch copy of its committed seed corpus
# (the committed corpus never grows). Fails when any fuzzer reports a crash, a failed check, a
# leak, a timeout or an ASan/UBSan error; the input that did it is kept in build/fuzz/artifacts/.
# Usage: tests/fuzz/run-fuzzers.sh [SECONDS] [FUZZER...]   (FUZZER: e.g. fuzz_frames; default all)
# FUZZ_RUNS=N in the environment also stops each fuzzer after N inputs (long runs: a large SECONDS
# as the cap and FUZZ_RUNS=10000000). FUZZ_TIMEOUT=S changes the per-input timeout (default 10 s; it
# is wall-clock time, so a long run at nice 19 beside a build wants more, e.g. 120).
set -euo pipefail

seconds=${1:-15}
shift || true
# shellcheck source-path=SCRIPTDIR source=fuzz-common.sh
source "$(dirname "$0")/fuzz-common.sh"
fuzz_build run-fuzzers

artifacts="$build_dir/artifacts"
mkdir -p "$artifacts"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/framewise-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# Reports abort the run (libFuzzer then saves the input); leaks are checked after every input.
# malloc_context_size=5: ASan records a stack for every allocation and free, and Qt's call chains
# are deep: with 5 frames instead of the default 30 fuzz_har ran 1.5x faster (2026-12-04, 30 s
# each, same seed). Detection is the same; a report's allocation stacks are shorter (replay the
# saved input with ASAN_OPTIONS=malloc_context_size=30 for the full ones).
fuzz_sanitizer_options 5

fuzz_names run-fuzzers "$@"

runs_limit=()
if [ -n "${FUZZ_RUNS:-}" ]; then
    runs_limit=(-runs="$FUZZ_RUNS")
fi

failed=()
for name in "${names[@]}"; do
    FUZZ_CORPUS=""
    FUZZ_ARGS=()
    # shellcheck disable=SC1090
    source "$build_dir/fuzzers/$name.env"
    corpus="$scratch/$name"
    mkdir -p "$corpus"
    if [ -d "$FUZZ_CORPUS" ]; then
        cp -r "$FUZZ_CORPUS/." "$corpus/"
    fi
    log="$scratch/$name.log"
    echo "run-fuzzers: $name for ${seconds} s (${FUZZ_ARGS[*]} ${runs_limit[*]})"
    fuzz_started=$SECONDS
    if nice "$build_dir/fuzzers/$name" "${FUZZ_ARGS[@]}" -max_total_time="$seconds" "${runs_limit[@]}" -timeout="${FUZZ_TIMEOUT:-10}" \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/$name-" "$corpus" >"$log" 2>&1; then
        # stat::number_of_executed_units, and the last status line (cov/ft/corp/exec/s)
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        status=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
        echo "run-fuzzers: $name ok: $runs runs in $((SECONDS - fuzz_started)) s; $status"
    else
        echo "run-fuzzers: $name FAILED; its log ends:" >&2
        tail -n 60 "$log" >&2
        failed+=("$name")
    fi
done

echo "run-fuzzers: done in $((SECONDS - started)) s"
if [ "${#failed[@]}" -gt 0 ]; then
    echo "run-fuzzers: failed: ${failed[*]} (inputs in $artifacts)" >&2
    exit 1
fi
