#!/bin/sh
# install.files (issue 16): the desktop entry passes desktop-file-validate, the AppStream
# metainfo passes `appstreamcli validate`, and the man page built from dist/rapport.1.scd
# formats with `man -l` without a warning and covers every subcommand and every option the
# program's help and usage messages name. Skipped (77) when one of those tools is missing and
# nothing failed.
# Usage: tests/install/files.sh path/to/rapport BUILD_DIR SOURCE_DIR
set -u
R=$1; BUILD=$2; SRC=$3
fails=0; skipped=""
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
skip() { echo "SKIP: $*"; skipped="$skipped $1"; }
ID=invalid.rapport.Rapport

if command -v desktop-file-validate >/dev/null; then
    out=$(desktop-file-validate "$SRC/dist/$ID.desktop" 2>&1)
    [ $? = 0 ] && [ -z "$out" ] && echo "ok: desktop-file-validate dist/$ID.desktop" ||
        fail "desktop-file-validate dist/$ID.desktop: $out"
else
    skip desktop-file-validate "is not installed (desktop-file-utils; tools/test.sh installs it)"
fi

if command -v appstreamcli >/dev/null; then
    out=$(appstreamcli validate --no-net "$SRC/dist/$ID.metainfo.xml" 2>&1)
    rc=$?
    # Only the note that .invalid is not a known top-level domain is allowed: the id uses the
    # reserved domain the xAPI export uses too (https://rapport.invalid).
    notes=$(printf '%s\n' "$out" | grep -E '^[EWI]:' | grep -v 'cid-maybe-not-rdns')
    [ "$rc" = 0 ] && [ -z "$notes" ] && echo "ok: appstreamcli validate dist/$ID.metainfo.xml" ||
        fail "appstreamcli validate dist/$ID.metainfo.xml (exit $rc): $out"
else
    skip appstreamcli "is not installed (appstream; tools/test.sh installs it)"
fi

PAGE=$BUILD/rapport.1
if ! command -v man >/dev/null; then
    skip man "is not installed (man-db; tools/test.sh installs it)"
elif [ ! -f "$PAGE" ]; then
    skip scdoc "was not installed when the build was configured, so rapport.1 was not built (apt-get install scdoc, then cmake again)"
else
    warn=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$PAGE" 2>&1 >/dev/null)
    text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$PAGE" 2>/dev/null | col -b 2>/dev/null || LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$PAGE")
    if [ -n "$warn" ] || [ -z "$text" ]; then
        fail "man -l $PAGE: ${warn:-no output}"
    else
        # Every subcommand `rapport --help` lists, and every option of its --help (each
        # subcommand's help comes from its one option table).
        usage=$("$R" --help 2>&1)
        cmds=$(printf '%s\n' "$usage" | sed -n '/^commands:/,/^$/p' | awk 'NR > 1 && NF { print ($1 == "rapport" ? $2 : $1) }')
        [ "$(printf '%s\n' "$cmds" | wc -l)" -ge 10 ] || fail "rapport --help lists too few commands: $cmds"
        for c in $cmds; do
            usage="$usage $("$R" "$c" --help 2>&1)"
        done
        usage="$usage $("$R" play --text --help 2>&1)"
        missing=""
        for c in $cmds; do
            printf '%s\n' "$text" | grep -qE "^ +(rapport )?$c( |$)" || missing="$missing $c"
        done
        for o in $(printf '%s\n' "$usage" | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
            printf '%s\n' "$text" | grep -q -- "$o" || missing="$missing $o"
        done
        for b in random mi righting questions first longest shortest you-words no-but; do
            printf '%s\n' "$text" | grep -q -- "$b" || missing="$missing bot:$b"
        done
        [ -z "$missing" ] && echo "ok: man -l rapport.1 formats cleanly and covers every subcommand and option" ||
            fail "rapport.1 does not document:$missing (dist/rapport.1.scd)"
    fi
fi

[ "$fails" = 0 ] || exit 1
[ -z "$skipped" ] || exit 77
exit 0
