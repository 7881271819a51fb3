#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The package checks that CTest runs (packaging/CMakeLists.txt registers them):
#   checks.sh desktop   FILE.desktop
#   checks.sh appstream FILE.metainfo.xml VERSION CHANGELOG
#   checks.sh man       MAN_DIR FRAMEWISE FRAMEWISE_CLI
#   checks.sh build     BUILD_DIR DEB          (cpack -G DEB; the fixture of the next two)
#   checks.sh lintian   DEB
#   checks.sh install   DEB VERSION
# A check whose tool is missing prints SKIP and exits 77 (packaging/install-deps.sh has them all).
set -euo pipefail

need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "SKIP: $1 is not installed (apt-get install $2, or run packaging/install-deps.sh)"
        exit 77
    fi
}
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

check_desktop() {
    need desktop-file-validate desktop-file-utils
    local out
    out=$(desktop-file-validate "$1" 2>&1) || fail "desktop-file-validate: $out"
    # Hints and warnings count too: the file is small enough to keep spotless.
    [ -z "$out" ] || fail "desktop-file-validate: $out"
    echo "desktop-file-validate: $1 is valid"
}

check_appstream() {
    need appstreamcli appstream
    local metainfo=$1 version=$2 changelog=$3
    appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli validate found problems"
    # The newest release (listed first) and the Debian changelog name the project's version.
    local newest
    newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
    [ "$newest" = "$version" ] || fail "newest <release> in $metainfo is '$newest', the project is $version"
    local debian
    debian=$(head -1 "$changelog" | sed -n 's/^[a-z0-9.+-]* (\([^)]*\)).*/\1/p')
    [ "$debian" = "$version" ] || fail "$changelog starts with version '$debian', the project is $version"
    echo "appstream: valid, release $version in the metainfo and the changelog"
}

check_man() {
    need man man-db
    local dir=$1 gui=$2 cli=$3 page out status=0
    for page in "$dir"/*.1; do
        out=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
        [ -z "$out" ] || { echo "$page: $out"; status=1; }
    done
    # Every long option that --help lists is described in the man page.
    local program name option
    for program in "$gui" "$cli"; do
        name=$(basename "$program")
        for option in $("$program" --lang en --help | grep -o '^ *\(-[a-zA-Z], \)\?--[a-z0-9-]*' | sed 's/.*--//'); do
            # groff source writes the dashes as \- (or \-\-).
            grep -q -- "\\\\-\\\\-${option//-/\\\\-}\\b" "$dir/$name.1" || {
                echo "$dir/$name.1: --$option (from $name --help) is not described"
                status=1
            }
        done
    done
    [ "$status" -eq 0 ] || fail "man pages are incomplete or have groff warnings"
    echo "man: both pages format cleanly and describe every option of --help"
}

check_build() {
    need cpack cmake
    need dpkg-shlibdeps dpkg-dev
    local build=$1 deb=$2
    rm -f "$deb"
    (cd "$build" && cpack -G DEB --config CPackConfig.cmake) || fail "cpack failed"
    [ -f "$deb" ] || fail "cpack did not produce $deb"
    dpkg-deb --info "$deb"
    echo "built $deb"
}

check_lintian() {
    need lintian lintian
    local deb=$1
    if [ ! -f "$deb" ]; then
        echo "SKIP: $deb is missing (package_deb builds it; was it skipped?)"
        exit 77
    fi
    # Errors fail; warnings and notes are shown (and counted below).
    lintian --fail-on error --display-info --tag-display-limit 0 "$deb" | tee lintian.log
    echo "lintian: no errors ($(grep -c '^W:' lintian.log || true) warnings, $(grep -c '^I:' lintian.log || true) notes)"
}

check_install() {
    need dpkg-deb dpkg
    local deb=$1 version=$2
    if [ ! -f "$deb" ]; then
        echo "SKIP: $deb is missing (package_deb builds it; was it skipped?)"
        exit 77
    fi
    # Global, not local: the EXIT trap runs after this function has returned.
    root=$(mktemp -d)
    trap 'rm -rf "$root"' EXIT
    dpkg-deb -x "$deb" "$root/install"
    local id=io.github.framewise.Framewise path
    for path in usr/bin/framewise usr/bin/framewise-cli \
        usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
        usr/share/icons/hicolor/scalable/apps/$id.svg usr/share/icons/hicolor/48x48/apps/$id.png \
        usr/share/icons/hicolor/256x256/apps/$id.png \
        usr/share/man/man1/framewise.1.gz usr/share/man/man1/framewise-cli.1.gz \
        usr/share/doc/framewise/copyright usr/share/doc/framewise/changelog.gz; do
        [ -e "$root/install/$path" ] || fail "the package lacks /$path"
    done
    local depends
    depends=$(dpkg-deb --field "$deb" Depends)
    echo "Depends: $depends"
    for library in libqt6core6 libqt6widgets6 libqt6svg6 qt6-qpa-plugins libqt6sql6-sqlite; do
        grep -q "$library" <<<"$depends" || fail "Depends lacks $library"
    done

    # Settings and caches go to the scratch folder, not to the user's home.
    export HOME="$root/home" XDG_CONFIG_HOME="$root/home/config" XDG_CACHE_HOME="$root/home/cache"
    export XDG_DATA_HOME="$root/home/data" QT_QPA_PLATFORM=offscreen
    mkdir -p "$HOME"
    local out
    out=$("$root/install/usr/bin/framewise-cli" --version)
    [ "$out" = "framewise-cli $version" ] || fail "framewise-cli --version said '$out'"
    "$root/install/usr/bin/framewise-cli" --local-echo --send hello --count 1 --quiet ||
        fail "framewise-cli --local-echo did not close cleanly"
    out=$("$root/install/usr/bin/framewise-cli" --lang de --help)
    grep -q "Verbindet sich" <<<"$out" || fail "framewise-cli --lang de --help is not German: $out"
    timeout 60 "$root/install/usr/bin/framewise" --screenshot "$root/shot.png" --screenshot-delay 300 ||
        fail "framewise did not start and quit"
    [ "$(head -c 8 "$root/shot.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] ||
        fail "framewise --screenshot wrote no PNG"
    if command -v appstreamcli >/dev/null 2>&1; then
        appstreamcli validate-tree --no-net "$root/install" || fail "appstreamcli validate-tree failed"
    fi
    echo "install: the unpacked package runs (framewise-cli $version, a $(stat -c %s "$root/shot.png")-byte screenshot)"
}

command=$1
shift
case "$command" in
desktop | appstream | man | build | lintian | install) "check_$command" "$@" ;;
*) fail "unknown check '$command'" ;;
esac
