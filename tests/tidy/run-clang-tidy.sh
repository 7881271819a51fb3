#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs Debian's clang-tidy 14 with the root .clang-tidy over every translation unit of our own in
# channel/, app/, ui/, resources/ and translations/ (any depth: files are chosen by their top
# folder, so moving them into subfolders needs no change here), never over tests/ or the files
# the build generates (moc, qrc, *_autogen). Headers are checked only under those same folders.
# Any warning fails it (.clang-tidy: WarningsAsErrors '*'); exit status 0 means clean.
#
# It reads the build tree's compile_commands.json and needs the headers moc/uic generate, so it
# runs after the build: the CTest test clang_tidy (label tidy) does, in ctest after cmake --build.
# Time (91 files, -j2, 2-core machine, 2026-12-07): 608 s of CPU, so about 5 min wall when the
# machine is otherwise idle; ctest -R clang_tidy took 729 s wall while other builds kept the load
# at 5-6 (948 s at 6-8 before bugprone-reserved-identifier was dropped). About
# half is parsing Qt's headers; the checks' share is led by bugprone-reserved-identifier, now off.
#
# Usage: tests/tidy/run-clang-tidy.sh [BUILD_DIR] [extra run-clang-tidy arguments, e.g. -fix]
#        (BUILD_DIR defaults to build/dev)
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${1:-$source_dir/build/dev}
shift || true
build_dir=$(cd "$build_dir" && pwd)

if [ ! -f "$build_dir/compile_commands.json" ]; then
    echo "run-clang-tidy: no compile_commands.json in $build_dir (configure and build first)" >&2
    exit 2
fi

runner=$(command -v run-clang-tidy-14 || command -v run-clang-tidy || true)
tidy=$(command -v clang-tidy-14 || true)
if [ -z "$runner" ] || [ -z "$tidy" ]; then
    echo "run-clang-tidy: needs run-clang-tidy-14 and clang-tidy-14 (Debian package clang-tidy)" >&2
    exit 2
fi

# The source folder as a literal inside a regular expression.
root=$(printf '%s' "$source_dir" | sed 's/[][\.^$*+?(){}|/]/\\&/g')
folders='(channel|app|ui|resources|translations)'
# Translation units (Python re, matched against compile_commands.json's absolute paths): a build
# tree inside the source folder (build/dev/app/...) does not start with one of our folders.
files="^$root/$folders/(?!.*_autogen/).*\.cpp\$"
# Headers (POSIX ERE): our folders under this source folder, not Qt's, not the build tree's.
headers="^$root/$folders/"

# GCC-only warning flags in the compile commands would make clang warn; -quiet drops the
# "N warnings generated" chatter, not the diagnostics. Colours are stripped for the CTest log.
status=0
"$runner" -clang-tidy-binary "$tidy" -p "$build_dir" -j "$(nproc)" -quiet \
    -header-filter="$headers" -extra-arg=-Wno-unknown-warning-option "$@" "$files" 2>&1 |
    sed 's/\x1b\[[0-9;]*m//g' || status=$? # pipefail: run-clang-tidy's own status
if [ "$status" -ne 0 ]; then
    echo "run-clang-tidy: clang-tidy found problems (see above)" >&2
    exit 1
fi
echo "run-clang-tidy: clean"
