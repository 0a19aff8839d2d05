#!/bin/sh
# install.relocated (issue 16): `cmake --install` into a prefix, the prefix moved elsewhere, and
# the installed program run from / with a clean environment (no RAPPORT_SCRIPTS, no build or
# source path anywhere in it): it must find its own share/rapport, list and play the bundled
# clients, join the educator's own clients ($XDG_DATA_HOME/rapport/clients) to `rapport list`
# and to lookups by id but not to `rapport test`, and still give way to RAPPORT_SCRIPTS.
# Usage: tests/install/relocated.sh path/to/rapport BUILD_DIR SOURCE_DIR WORK_DIR
set -u
R=$1; BUILD=$2; SRC=$3; WORK=$4
command -v cmake >/dev/null || { echo "SKIP: cmake is not installed"; exit 77; }
rm -rf "$WORK"; mkdir -p "$WORK/home"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

cmake --install "$BUILD" --prefix "$WORK/staged" > "$WORK/install.log" 2>&1 ||
    { echo "FAIL: cmake --install:"; tail -n 5 "$WORK/install.log"; exit 1; }
# Moved after installing: nothing may depend on the prefix it was installed to.
mv "$WORK/staged" "$WORK/moved"
P=$WORK/moved
for f in bin/rapport share/rapport/lib/model.lua share/rapport/lib/score.lua \
         share/rapport/types/rapport.lua share/rapport/examples/first-client.lua \
         share/rapport/README.md share/rapport/assets/rapport.svg \
         share/applications/invalid.rapport.Rapport.desktop \
         share/metainfo/invalid.rapport.Rapport.metainfo.xml \
         share/icons/hicolor/scalable/apps/invalid.rapport.Rapport.svg; do
    [ -f "$P/$f" ] || fail "not installed: $f"
done
for f in "$SRC"/scripts/clients/*.lua; do
    [ -f "$P/share/rapport/clients/${f##*/}" ] || fail "bundled client not installed: ${f##*/}"
done
if [ -f "$BUILD/rapport.1.gz" ] && [ ! -f "$P/share/man/man1/rapport.1.gz" ]; then
    fail "the man page was built but not installed"
fi

# The installed program, from /, with only what a user's shell would have. Sanitizer options
# pass through (the ASan build's suppressions).
run() {
    (cd / && env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
        ${ASAN_OPTIONS+ASAN_OPTIONS="$ASAN_OPTIONS"} ${LSAN_OPTIONS+LSAN_OPTIONS="$LSAN_OPTIONS"} \
        ${UBSAN_OPTIONS+UBSAN_OPTIONS="$UBSAN_OPTIONS"} "$@")
}
R_INST=$P/bin/rapport

run "$R_INST" list > "$WORK/list.txt" 2> "$WORK/list.err" || fail "rapport list exited $? ($(head -n 1 "$WORK/list.err"))"
for f in "$SRC"/scripts/clients/*.lua; do
    id=${f##*/}; id=${id%.lua}
    grep -q "^$id " "$WORK/list.txt" || fail "rapport list from the install does not show $id"
done

# It reads its own share/rapport, not the source tree compiled into it: a client added to the
# install only shows up.
cp "$P/share/rapport/examples/first-client.lua" "$P/share/rapport/clients/zz-probe.lua"
run "$R_INST" list > "$WORK/list-probe.txt" 2>&1
grep -q "^first-client " "$WORK/list-probe.txt" || fail "a client added to the installed share/rapport/clients is not listed"
run "$R_INST" run zz-probe --policy mi --no-record > /dev/null 2>&1 || fail "rapport run zz-probe (installed clients folder) exited $?"
rm "$P/share/rapport/clients/zz-probe.lua"

run "$R_INST" run dana-results --policy mi --no-record > "$WORK/dana.txt" 2>&1
rc=$?
[ "$rc" = 0 ] || { fail "rapport run dana-results --policy mi --no-record exited $rc"; tail -n 3 "$WORK/dana.txt"; }
grep -q "^score: " "$WORK/dana.txt" || fail "the installed dana-results session did not reach its summary"
[ -d "$WORK/home/.local/share/rapport/records" ] && fail "--no-record left a record"

# `rapport test` from the install passes the bundled clients, as the build tree does.
run "$R_INST" test > "$WORK/test.txt" 2>&1
rc=$?
RAPPORT_SCRIPTS=$SRC/scripts "$R" test > "$WORK/test-build.txt" 2>&1
rc_build=$?
if [ "$rc" != "$rc_build" ] || [ "$(tail -n 1 "$WORK/test.txt")" != "$(tail -n 1 "$WORK/test-build.txt")" ]; then
    fail "rapport test from the install: exit $rc, '$(tail -n 1 "$WORK/test.txt")'; from the build tree: exit $rc_build, '$(tail -n 1 "$WORK/test-build.txt")'"
elif [ "$rc" != 0 ]; then
    fail "rapport test fails the bundled clients, from the install and the build tree alike (see clients.plans): $(tail -n 1 "$WORK/test.txt")"
fi

# The educator's own clients: ~/.local/share/rapport/clients, then $XDG_DATA_HOME's.
mine=$WORK/home/.local/share/rapport/clients
mkdir -p "$mine"
sed 's/id = "first-client"/id = "my-client"/' "$P/share/rapport/examples/first-client.lua" > "$mine/my-client.lua"
run "$R_INST" list > "$WORK/list-mine.txt" 2>&1 || fail "rapport list with a client of one's own exited $?"
grep -q "^my-client .*(yours: $mine/my-client.lua)" "$WORK/list-mine.txt" ||
    fail "rapport list does not show ~/.local/share/rapport/clients/my-client.lua as the educator's: $(grep my-client "$WORK/list-mine.txt")"
grep -q "^dana-results " "$WORK/list-mine.txt" || fail "the bundled clients went missing from rapport list"
run "$R_INST" run my-client --policy mi --no-record > "$WORK/mine.txt" 2>&1 || fail "rapport run my-client (by id) exited $?"
run "$R_INST" test > "$WORK/test-mine.txt" 2>&1
grep -q "my-client" "$WORK/test-mine.txt" && fail "rapport test without arguments tested the educator's own client"
mkdir -p "$WORK/xdg/rapport/clients"
sed 's/id = "first-client"/id = "xdg-client"/' "$P/share/rapport/examples/first-client.lua" > "$WORK/xdg/rapport/clients/xdg-client.lua"
(cd / && env -i HOME="$WORK/home" XDG_DATA_HOME="$WORK/xdg" PATH=/usr/bin:/bin "$R_INST" list) > "$WORK/list-xdg.txt" 2>&1
grep -q "^xdg-client .*(yours: " "$WORK/list-xdg.txt" || fail "rapport list does not show \$XDG_DATA_HOME/rapport/clients"
grep -q "^my-client " "$WORK/list-xdg.txt" && fail "with XDG_DATA_HOME set, ~/.local/share was still read"
# A bundled client's id finds the bundled client even when the educator has one of that name.
sed 's/id = "first-client"/id = "not-dana"/' "$P/share/rapport/examples/first-client.lua" > "$mine/dana-results.lua"
run "$R_INST" list > "$WORK/list-shadow.txt" 2>&1
grep -q "^not-dana .*a bundled client has its name" "$WORK/list-shadow.txt" || fail "a shadowed client of one's own is not flagged"
rm "$mine/dana-results.lua"

# Installed with --prefix ~/.local, the bundled clients' folder is the educator's own: each
# client is listed once, as bundled.
cmake --install "$BUILD" --prefix "$WORK/home2/.local" > "$WORK/install2.log" 2>&1 || fail "cmake --install --prefix ~/.local"
(cd / && env -i HOME="$WORK/home2" PATH=/usr/bin:/bin "$WORK/home2/.local/bin/rapport" list) > "$WORK/list-local.txt" 2>&1
[ "$(grep -c '^dana-results ' "$WORK/list-local.txt")" = 1 ] && ! grep -q "(yours" "$WORK/list-local.txt" ||
    fail "installed in ~/.local, rapport list shows the bundled clients twice or as yours"

# RAPPORT_SCRIPTS still overrides the installed folder.
mkdir -p "$WORK/alt/clients"
cp -r "$P/share/rapport/lib" "$WORK/alt/"
cp "$P/share/rapport/examples/first-client.lua" "$WORK/alt/clients/"
(cd / && env -i HOME="$WORK/home" RAPPORT_SCRIPTS="$WORK/alt" PATH=/usr/bin:/bin "$R_INST" list) > "$WORK/list-alt.txt" 2>&1
grep -q "^first-client " "$WORK/list-alt.txt" && ! grep -q "^dana-results " "$WORK/list-alt.txt" ||
    fail "RAPPORT_SCRIPTS does not override the installed scripts folder"

[ "$fails" = 0 ] && echo "ok: installed to a prefix, moved, and run from / with a clean environment: $(grep -c '^[a-z]' "$WORK/list.txt") bundled clients listed, dana-results played, rapport test: $(tail -n 1 "$WORK/test.txt")"
exit $((fails > 0))
