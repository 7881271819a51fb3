#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Framewise needs to build, run and test.
# Idempotent and non-interactive; works as root and uses sudo otherwise.
#   packaging/install-deps.sh           what the build and the tests need (CI runs this)
#   packaging/install-deps.sh --bench   also the reference programs the on-demand benchmarks
#                                       compare against (mitmproxy's mitmdump for bench_intercept)
set -euo pipefail

bench=0
for argument in "$@"; do
    case "$argument" in
        --bench) bench=1 ;;
        -h|--help) sed -n '3,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install-deps: unknown option $argument (known: --bench)" >&2; exit 2 ;;
    esac
done

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git clang-format clang-tidy
    # Qt 6 and the libraries the layers link
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev libqt6sql6-sqlite
    libgl-dev zlib1g-dev libssl-dev libsqlite3-dev
    # real peers the tests start on 127.0.0.1
    python3 python3-websockets nodejs node-ws openssl nginx-light tinyproxy microsocks chromium
    firefox-esr libnss3-tools curl
    # a real Secret Service for the keychain tests (private D-Bus session)
    dbus dbus-bin gnome-keyring libsecret-tools
    # headless window runs and screenshots
    xvfb xauth imagemagick
    # the .deb (CPack, dpkg-shlibdeps) and its checks; Qt's own translations (Cancel, Yes, No…)
    dpkg-dev lintian desktop-file-utils appstream man-db qt6-translations-l10n
    # libFuzzer targets under tests/fuzz (the fuzz preset and the fuzz_replay test)
    clang-14 libclang-rt-14-dev
)
# Benchmarks only, never a test's: CI does not install them.
if [ "$bench" -eq 1 ]; then
    packages+=(mitmproxy)
fi

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
