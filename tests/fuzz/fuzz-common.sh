# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# What run-fuzzers.sh and replay-fuzzers.sh both do before running a fuzzer: build the fuzz preset,
# set the sanitizers' options, and pick the fuzzers to run. Sourced, not run, after
# `set -euo pipefail`; sourcing it sets source_dir (the repository), build_dir (its build/fuzz) and
# started (for the timings), and moves to source_dir.

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir="$source_dir/build/fuzz"
started=$SECONDS
cd "$source_dir" || exit 1

# fuzz_build PREFIX: configures the fuzz preset once, builds it, and says how long that took.
fuzz_build() {
    if [ ! -f "$build_dir/build.ninja" ]; then
        nice cmake --preset fuzz
    fi
    nice cmake --build --preset fuzz
    echo "$1: build took $((SECONDS - started)) s"
}

# fuzz_sanitizer_options MALLOC_CONTEXT_SIZE: a report aborts the run and leaks are checked; the
# caller chooses how deep ASan's allocation stacks go. Options already in the environment win.
fuzz_sanitizer_options() {
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1:malloc_context_size=$1:${ASAN_OPTIONS:-}"
    export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"
}

# fuzz_names PREFIX [FUZZER...]: sets the array `names` to the fuzzers given, or to every fuzzer
# built in $build_dir/fuzzers; fails when there are none.
fuzz_names() {
    local prefix=$1 env name
    shift
    if [ "$#" -gt 0 ]; then
        names=("$@")
    else
        names=()
        for env in "$build_dir"/fuzzers/*.env; do
            name=$(basename "$env" .env)
            [ -x "$build_dir/fuzzers/$name" ] && names+=("$name")
        done
    fi
    [ "${#names[@]}" -gt 0 ] || { echo "$prefix: no fuzzers built in $build_dir/fuzzers" >&2; exit 1; }
}
