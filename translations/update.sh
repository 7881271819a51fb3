#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/*.ts from the strings in app/, channel/ and ui/ (run it after adding, changing or
# removing a tr() string), then lists what needs a translator:
#   translations/update.sh            # refresh every .ts file
#   LUPDATE=/path/to/lupdate translations/update.sh
# New and changed strings arrive as type="unfinished"; strings no longer in the code are dropped
# (-no-obsolete). framewise_en.ts gets only the plural forms of %n messages (-pluralonly).
# Translate the unfinished entries (Qt Linguist: linguist translations/framewise_de.ts, or edit
# the XML: fill <translation>, remove type="unfinished"; a %n message has one <numerusform> per
# plural form of the language: de, es, fr, en: two; zh_CN: one). tst_translations fails until none
# is left.
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    if [ -x /usr/lib/qt6/bin/lupdate ]; then lupdate=/usr/lib/qt6/bin/lupdate; else lupdate=lupdate; fi
fi
options=(-locations none -no-obsolete -no-ui-lines -source-language en -silent)

# The shipped languages; a new one goes here and in FRAMEWISE_LANGUAGES (translations/CMakeLists.txt).
languages=(de es fr zh_CN en)
for language in "${languages[@]}"; do
    ts=translations/framewise_$language.ts
    extra=()
    [ "$language" = en ] && extra=(-pluralonly)
    # Classes with Q_DECLARE_TR_FUNCTIONS instead of Q_OBJECT are fine; lupdate warns about them.
    "$lupdate" "${options[@]}" "${extra[@]}" -target-language "$language" app channel ui -ts "$ts" \
        2> >(grep -v 'lacks Q_OBJECT macro' >&2)
done
wait

left=0
for language in "${languages[@]}"; do
    ts=translations/framewise_$language.ts
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    messages=$(grep -c '<message' "$ts" || true)
    echo "update: $ts: $messages messages, $unfinished to translate"
    left=$((left + unfinished))
done
if [ "$left" -eq 0 ]; then echo "update: every translation is complete"; fi
