#!/bin/sh
# Lint: the broken scenarios must produce exactly expected.txt (every code), exit codes must
# follow the rules (0 clean, 1 findings, 2 bad input), and --werror must fail on warnings.
rapport=$1
fail=0
check() { # name, expected exit, actual exit
  if [ "$2" != "$3" ]; then echo "FAIL $1: exit $3, expected $2"; fail=1; else echo "ok   $1"; fi
}
out=$("$rapport" lint tests/lint/r001.lua tests/lint/r007.lua tests/lint/broken.lua 2>&1); rc=$?
check "broken scenarios exit 1" 1 $rc
if [ "$out" != "$(cat tests/lint/expected.txt)" ]; then
  echo "FAIL lint output differs from tests/lint/expected.txt:"; printf '%s\n' "$out" | diff tests/lint/expected.txt - ; fail=1
else echo "ok   lint output matches expected.txt"; fi
for code in R001 R002 R003 R004 R005 R006 R007 R008 R009 R010 R011 R012 R013 R014 R015; do
  printf '%s\n' "$out" | grep -q " $code " || { echo "FAIL code $code not tripped"; fail=1; }
done
out=$("$rapport" lint tests/lint/broken.lua --max-states 2 2>&1)
printf '%s\n' "$out" | grep -q " R016 " && echo "ok   R016 when exploration is bounded" || { echo "FAIL R016"; fail=1; }
"$rapport" lint scripts/examples/first-client.lua >/dev/null 2>&1; check "clean example exits 0" 0 $?
"$rapport" lint --werror tests/lint/warnings-only.lua >/dev/null 2>&1; check "--werror fails on warnings" 1 $?
"$rapport" lint tests/lint/warnings-only.lua >/dev/null 2>&1; check "warnings alone exit 0" 0 $?
"$rapport" lint tests/lint/missing.lua >/dev/null 2>&1; check "missing file exits 2" 2 $?
"$rapport" lint --frob >/dev/null 2>&1; check "unknown option exits 2" 2 $?
"$rapport" lint --json tests/lint/r001.lua | grep -q '"code":"R001"' && echo "ok   --json" || { echo "FAIL --json"; fail=1; }
[ $fail -eq 0 ] && echo "lint: all passed" || echo "lint: failures"
exit $fail
