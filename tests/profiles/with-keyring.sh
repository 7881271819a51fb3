#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command on a private D-Bus session bus with a real Secret Service (gnome-keyring),
# unlocked with a throwaway password, in a scratch HOME so no real keyring is touched.
#   with-keyring.sh [--no-keyring] command args...
# --no-keyring: a private bus that cannot start a Secret Service (no service activation).
set -euo pipefail
keyring=1
if [ "${1:-}" = "--no-keyring" ]; then keyring=0; shift; fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export XDG_RUNTIME_DIR="$scratch/run" XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
export FRAMEWISE_TEST_KEYRING=$keyring
if [ "$keyring" = 1 ]; then
    exec dbus-run-session -- bash -c '
        printf "throwaway" | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
        exec "$@"' keyring "$@"
else
    exec dbus-run-session --config-file="$(dirname "$0")/no-secret-service-bus.conf" -- "$@"
fi
