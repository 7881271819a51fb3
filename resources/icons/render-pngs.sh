#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the application icon's PNG sizes from io.github.framewise.Framewise.svg into
# hicolor/<size>x<size>/apps/. The PNGs are committed so that building needs no SVG renderer;
# run this (it needs rsvg-convert: apt-get install librsvg2-bin) after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
id=io.github.framewise.Framewise
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$id.svg" --output "hicolor/${size}x${size}/apps/$id.png"
done
echo "render-pngs: hicolor/*/apps/$id.png rendered"
