#!/bin/sh
# A course of sessions on the record: the second session's record carries the first
# session's steps and "next", replays exactly, says which session it is in the report, and
# in xAPI shares the first session's registration under a session id of its own. A record
# whose "session" is out of range is refused with one line.
# usage: records.sh RAPPORT
R=$1 C=tests/flow/course.lua
t=$(mktemp -d) || exit 2
trap 'rm -rf "$t"' EXIT
fails=0
ok() { if "$@"; then echo "ok   $what"; else echo "FAIL $what"; fails=$((fails + 1)); fi; }
"$R" run $C --choices ask --record "$t/r1.json" >/dev/null 2>&1
"$R" run $C --choices ask,next,reflect --record "$t/r2.json" >/dev/null 2>&1
flat() { tr -d '\t\n' <"$1"; } # the JSON is written indented with tabs
what="the second session's record starts with the first session's steps and next"
ok sh -c "tr -d '\t\n' <'$t/r2.json' | grep -qF '\"choices\":[{\"node\":\"one\",\"choice\":\"ask\"}, {\"node\":\"see_you\",\"choice\":\"next\"}, {\"node\":\"two\",\"choice\":\"reflect\"}]'"
what="it names its session"
ok sh -c "tr -d '\t\n' <'$t/r2.json' | grep -qF '\"session\":{\"number\":2,\"of\":3,\"title\":\"Second session\"}'"
what="it replays"
ok "$R" replay "$t/r2.json" --scenario $C >/dev/null 2>&1
what="the report says which session"
ok sh -c "'$R' report '$t/r2.json' --scenario $C --format text 2>/dev/null | grep -qx 'Course: session 2 of 3, Second session'"
"$R" export --xapi "$t/r1.json" --out "$t/x1.json" 2>/dev/null
"$R" export --xapi "$t/r2.json" --out "$t/x2.json" 2>/dev/null
reg() { flat "$1" | grep -o '"registration":"[^"]*"' | sort -u; }
sid() { flat "$1" | grep -o 'sessionid":"[^"]*"' | sort -u; }
what="one registration for the course"
ok test -n "$(reg "$t/x1.json")" -a "$(reg "$t/x1.json")" = "$(reg "$t/x2.json")"
what="a session id per session"
ok test -n "$(sid "$t/x1.json")" -a "$(sid "$t/x1.json")" != "$(sid "$t/x2.json")"
flat "$t/r2.json" | sed 's/"number":2,"of":3/"number":5,"of":3/' >"$t/bad.json"
"$R" report "$t/bad.json" --scenario $C --format text >/dev/null 2>"$t/err"
rc=$?
what="an out-of-range session is refused (exit 2, one line)"
ok test "$rc" = 2 -a "$(cat "$t/err")" = "$t/bad.json: the record's \"session\" must be { \"number\": 1 to \"of\", \"of\": 2 to 20, \"title\": \"...\" }"
[ "$fails" = 0 ] && echo "records of a course: all passed"
[ "$fails" = 0 ]
