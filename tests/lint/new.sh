#!/bin/sh
# rapport new (issue 13): the client it writes lints clean with --werror and passes its
# test plans and bots; it never overwrites a file; a bad id is refused. All in a temp dir.
rapport=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
fail=0
dir=$(mktemp -d "${TMPDIR:-/tmp}/rapport-new.XXXXXX") || exit 2
trap 'rm -rf "$dir"' EXIT
check() { # name, expected exit, actual exit
  if [ "$2" != "$3" ]; then echo "FAIL $1: exit $3, expected $2"; fail=1; else echo "ok   $1"; fi
}
(cd "$dir" && "$rapport" new my-client >/dev/null); check "new writes the file" 0 $?
[ -f "$dir/my-client.lua" ] && grep -q 'id = "my-client"' "$dir/my-client.lua" \
  && echo "ok   the id is in the file" || { echo "FAIL no my-client.lua with its id"; fail=1; }
out=$("$rapport" lint --werror "$dir/my-client.lua" 2>&1); check "lint --werror" 0 $?
[ "$out" = "0 errors, 0 warnings" ] && echo "ok   no findings" || { echo "FAIL lint: $out"; fail=1; }
out=$("$rapport" test "$dir/my-client.lua" 2>&1); rc=$?
check "test" 0 $rc
[ $rc -eq 0 ] || printf '%s\n' "$out"
printf '%s\n' "$out" | grep -q '^[1-9][0-9]* passed, 0 failed$' && echo "ok   plans and bots pass" \
  || { echo "FAIL test summary"; fail=1; }
err=$(cd "$dir" && "$rapport" new my-client 2>&1 >/dev/null); check "no overwrite" 2 $?
[ "$err" = "rapport new: my-client.lua: already exists; not overwritten" ] \
  && echo "ok   one-line refusal" || { echo "FAIL refusal: $err"; fail=1; }
"$rapport" new other --out "$dir/sub-other.lua" >/dev/null; check "--out" 0 $?
[ -f "$dir/sub-other.lua" ] && echo "ok   --out path written" || { echo "FAIL --out"; fail=1; }
"$rapport" new "Not An Id" >/dev/null 2>&1; check "bad id" 2 $?
"$rapport" new --help | grep -q '^usage: rapport new ID' && echo "ok   --help" || { echo "FAIL --help"; fail=1; }
[ $fail -eq 0 ] && echo "new: all passed" || echo "new: failures"
exit $fail
