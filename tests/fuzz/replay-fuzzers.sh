#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The fuzzers' CI gate (CTest: fuzz_replay): builds the fuzz preset (clang-14, libFuzzer + ASan +
# UBSan) and runs every fuzzer once on each file of its committed corpus (corpus/<target>/) and of
# its past findings (regressions/<target>/), and nothing else: no mutation, no random exploration,
# so a tree that passes once passes every time. Random exploration is for the on-demand runs
# (run-fuzzers.sh SECONDS, run-campaign.sh).
# Fails when any input crashes, fails a FUZZ_CHECK, times out or makes an ASan/UBSan report, or when
# the process reports a leak at exit; it names every failing input (after a failure it goes on with
# the files after that one) and keeps each failing run's log in build/fuzz/replay/.
# Usage: tests/fuzz/replay-fuzzers.sh [FUZZER...]   (FUZZER: e.g. fuzz_har; default all)
# FUZZ_TIMEOUT=S is the per-input timeout (default 60 s: every input here runs in milliseconds, and
# a wall-clock limit close to that would make the gate depend on the machine's load).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=fuzz-common.sh
source "$(dirname "$0")/fuzz-common.sh"
fuzz_build replay-fuzzers

logs="$build_dir/replay"
rm -rf "$logs"
mkdir -p "$logs"

# As in run-fuzzers.sh, a report aborts the run and leaks are checked (here at exit), but with ASan's
# full allocation stacks (a replay is short, and its report is what someone will read).
fuzz_sanitizer_options 30

fuzz_names replay-fuzzers "$@"

failed=()
total=0
for name in "${names[@]}"; do
    FUZZ_CORPUS=""
    FUZZ_REGRESSIONS="$source_dir/tests/fuzz/regressions/$name"
    FUZZ_ARGS=()
    # shellcheck disable=SC1090
    source "$build_dir/fuzzers/$name.env"
    # Sorted, so every run replays the same files in the same order.
    mapfile -t files < <(find "$FUZZ_CORPUS" "$FUZZ_REGRESSIONS" -type f 2>/dev/null | LC_ALL=C sort)
    if [ "${#files[@]}" -eq 0 ]; then
        echo "replay-fuzzers: $name has no inputs in $FUZZ_CORPUS or $FUZZ_REGRESSIONS" >&2
        failed+=("$name (no inputs)")
        continue
    fi
    total=$((total + ${#files[@]}))
    fuzz_started=$SECONDS
    bad=0
    remaining=("${files[@]}")
    attempt=0
    # Files given on the command line are run once each, in order (libFuzzer prints "Running: F"
    # before and "Executed F" after each). A failure ends the process; the input it was running is
    # the culprit, and the files after it get a fresh process.
    while [ "${#remaining[@]}" -gt 0 ]; do
        attempt=$((attempt + 1))
        log="$logs/$name-$attempt.log"
        if "$build_dir/fuzzers/$name" "${FUZZ_ARGS[@]}" -runs=1 -timeout="${FUZZ_TIMEOUT:-60}" -rss_limit_mb=2048 \
            "${remaining[@]}" >"$log" 2>&1; then
            rm -f "$log"
            break
        fi
        bad=$((bad + 1))
        culprit=$(sed -n 's/^Running: //p' "$log" | tail -n 1)
        if [ -n "$culprit" ] && ! grep -qF -- "Executed $culprit in " "$log"; then
            echo "replay-fuzzers: $name FAILED on ${culprit#"$source_dir"/}; its log ($log) from there:" >&2
            sed -n "$(grep -nF -- "Running: $culprit" "$log" | tail -n 1 | cut -d: -f1),\$p" "$log" | head -n 40 >&2
            failed+=("$name: ${culprit#"$source_dir"/}")
            rest=()
            seen=0
            for file in "${remaining[@]}"; do
                [ "$seen" -eq 1 ] && rest+=("$file")
                [ "$file" = "$culprit" ] && seen=1
            done
            remaining=("${rest[@]}")
        else
            # Every input ran to its end: the failure came at exit (LeakSanitizer) or before the first.
            echo "replay-fuzzers: $name FAILED outside any one input (a leak at exit?); its log ($log) ends:" >&2
            tail -n 40 "$log" >&2
            failed+=("$name: at exit, after ${#remaining[@]} inputs")
            break
        fi
    done
    if [ "$bad" -eq 0 ]; then
        echo "replay-fuzzers: $name ok: ${#files[@]} inputs in $((SECONDS - fuzz_started)) s"
    fi
done

echo "replay-fuzzers: $total inputs replayed; done in $((SECONDS - started)) s"
if [ "${#failed[@]}" -gt 0 ]; then
    echo "replay-fuzzers: failed:" >&2
    printf '  %s\n' "${failed[@]}" >&2
    exit 1
fi
