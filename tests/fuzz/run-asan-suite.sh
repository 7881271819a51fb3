#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer: configures and builds
# the asan preset (build/asan) and runs its tests with ctest --preset asan (ASAN_OPTIONS,
# LSAN_OPTIONS with tests/lsan.supp, UBSAN_OPTIONS from CMakePresets.json; any report fails the
# test that made it). CTest runs this as asan_suite in the dev tree.
# The asan test preset leaves out (its filter) what checks no code of ours the sanitizers could catch:
#   fuzz_replay   the fuzzers are sanitized already, in their own clang tree (build/fuzz)
#   asan_suite    this script (registered only in unsanitized trees anyway)
#   format_check  clang-format over the sources
#   label packaging: desktop file, AppStream, man pages, the .deb and lintian on it, an unpacked
#                 install: they check files and packaging, and a .deb of sanitized binaries is
#                 nothing lintian or a user should see
# Usage: tests/fuzz/run-asan-suite.sh [extra ctest arguments...]
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
cd "$source_dir"

started=$SECONDS
nice cmake --preset asan >/dev/null
nice cmake --build --preset asan
echo "run-asan-suite: configure and build took $((SECONDS - started)) s"

tested=$SECONDS
status=0
ctest --preset asan "$@" || status=$?
echo "run-asan-suite: tests took $((SECONDS - tested)) s; done in $((SECONDS - started)) s"
exit "$status"
