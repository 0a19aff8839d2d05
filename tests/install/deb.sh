#!/bin/sh
# install.deb (issue 16): `cpack -G DEB` builds the package; its Depends names runtime
# packages only (the libraries the program links and the window's font, never a tool the tests
# use); extracted into a scratch root with `dpkg -x`, the program there lists and plays the
# bundled clients headless and draws a frame, with a clean environment. Skipped (77) without
# cpack or dpkg-deb.
# Usage: tests/install/deb.sh path/to/rapport BUILD_DIR WORK_DIR
set -u
R=$1; BUILD=$2; WORK=$3
for t in cpack dpkg-deb; do
    command -v $t >/dev/null || { echo "SKIP: $t is not installed (cmake, dpkg)"; exit 77; }
done
rm -rf "$WORK"; mkdir -p "$WORK/home"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$WORK" > "$WORK/cpack.log" 2>&1 ||
    { echo "FAIL: cpack -G DEB:"; tail -n 10 "$WORK/cpack.log"; exit 1; }
set -- "$WORK"/rapport_*.deb
[ -f "$1" ] || { echo "FAIL: cpack made no rapport_*.deb in $WORK"; ls "$WORK"; exit 1; }
DEB=$1
depends=$(dpkg-deb -f "$DEB" Depends)
echo "Depends: $depends"
for p in $(printf '%s\n' "$depends" | tr ',|' '\n\n' | sed 's/(.*//; s/ //g'); do
    case $p in
    chromium* | valgrind* | clang* | libclang* | llvm* | xvfb* | xauth* | xdotool* | graphviz* | \
        cmake* | *-dev | lua5.4 | libcmocka* | build-essential* | gcc* | scdoc* | pandoc* | \
        desktop-file-utils* | appstream* | man-db*)
        fail "Depends names a build or test tool: $p" ;;
    esac
done
for p in libsdl2-2.0-0 libsdl2-ttf-2.0-0 libcjson1 libpng16-16 libfontconfig1 libstemmer0d \
         libhunspell-1.7-0 hunspell-en-us; do
    printf '%s\n' "$depends" | grep -qE "(^|[ ,|])$p( |,|$)" || fail "Depends misses $p"
done
dpkg-deb -c "$DEB" > "$WORK/contents.txt"
for f in ./usr/bin/rapport ./usr/share/rapport/lib/model.lua ./usr/share/rapport/clients/dana-results.lua \
         ./usr/share/applications/invalid.rapport.Rapport.desktop ./usr/share/metainfo/invalid.rapport.Rapport.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/invalid.rapport.Rapport.svg; do
    grep -q " $f\$" "$WORK/contents.txt" || fail "the package lacks $f"
done
if [ -f "$BUILD/rapport.1.gz" ]; then
    grep -q " ./usr/share/man/man1/rapport.1.gz\$" "$WORK/contents.txt" || fail "the package lacks the man page"
fi

dpkg-deb -x "$DEB" "$WORK/root" || { echo "FAIL: dpkg -x"; exit 1; }
run() {
    (cd / && env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
        ${ASAN_OPTIONS+ASAN_OPTIONS="$ASAN_OPTIONS"} ${LSAN_OPTIONS+LSAN_OPTIONS="$LSAN_OPTIONS"} \
        ${UBSAN_OPTIONS+UBSAN_OPTIONS="$UBSAN_OPTIONS"} "$@")
}
RR=$WORK/root/usr/bin/rapport
run "$RR" list > "$WORK/list.txt" 2>&1 || fail "rapport list from the package exited $?"
grep -q "^dana-results " "$WORK/list.txt" || fail "rapport list from the package does not show dana-results"
run "$RR" run dana-results --policy mi --no-record > "$WORK/play.txt" 2>&1 || fail "rapport run dana-results from the package exited $?"
grep -q "^score: " "$WORK/play.txt" || fail "the session from the package did not reach its summary"
printf 'q\n' | run "$RR" play --text sam-father --no-record > "$WORK/text.txt" 2>&1 ||
    fail "rapport play --text sam-father from the package exited $?"
run "$RR" render team-pushback --choices 1 --out "$WORK/frame.bmp" > "$WORK/render.txt" 2>&1 ||
    fail "rapport render from the package exited $? ($(head -n 1 "$WORK/render.txt"))"
[ -s "$WORK/frame.bmp" ] || fail "rapport render from the package drew no frame"

[ "$fails" = 0 ] && echo "ok: $(basename "$DEB") built; runtime Depends only; extracted with dpkg -x, it lists, plays and draws from there"
exit $((fails > 0))
