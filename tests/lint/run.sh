#!/bin/sh
# Lint: the broken scenarios must produce exactly expected.txt (every code), the choice-design
# fixtures design-expected.txt, the pre-v2 clients before-expected.txt; exit codes must
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
# R025: conditional lines never said, found by exploring.
out=$("$rapport" lint tests/lint/cond-lines.lua 2>&1); rc=$?
check "conditional lines never said exit 0 (warnings)" 0 $rc
if [ "$out" != "$(cat tests/lint/cond-lines.txt)" ]; then
  echo "FAIL lint output differs from tests/lint/cond-lines.txt:"; printf '%s\n' "$out" | diff tests/lint/cond-lines.txt - ; fail=1
else echo "ok   lint output matches cond-lines.txt"; fi
# Choice design (R017-R021): each code once, plus R017 by position in a fixed-order client.
out=$("$rapport" lint tests/lint/design.lua tests/lint/design-order.lua 2>&1); rc=$?
check "design warnings exit 0" 0 $rc
if [ "$out" != "$(cat tests/lint/design-expected.txt)" ]; then
  echo "FAIL lint output differs from tests/lint/design-expected.txt:"; printf '%s\n' "$out" | diff tests/lint/design-expected.txt - ; fail=1
else echo "ok   lint output matches design-expected.txt"; fi
for code in R017 R018 R019 R020 R021; do
  printf '%s\n' "$out" | grep -q " $code " || { echo "FAIL code $code not tripped"; fail=1; }
done
printf '%s\n' "$out" | grep -q ' R017 .*shown first' && echo "ok   R017 by position" || { echo "FAIL R017 by position"; fail=1; }
# R026: choices too alike to tell apart when typed (the matcher's similarity).
out=$("$rapport" lint tests/lint/typed-apart.lua 2>&1); rc=$?
check "choices too alike exit 0 (warnings)" 0 $rc
if [ "$out" != "$(cat tests/lint/typed-apart.txt)" ]; then
  echo "FAIL lint output differs from tests/lint/typed-apart.txt:"; printf '%s\n' "$out" | diff tests/lint/typed-apart.txt - ; fail=1
else echo "ok   lint output matches typed-apart.txt"; fi
# The bundled clients as they were before the v2 rewrite: their giveaways and mis-tags.
# (Their directives are all tagged persuade or confront, and no reflection-tagged repair says
# sorry, so of R019-R021 only R019 is truthfully theirs.)
out=$("$rapport" lint tests/lint/before/*.lua 2>&1)
if [ "$out" != "$(cat tests/lint/before-expected.txt)" ]; then
  echo "FAIL lint output differs from tests/lint/before-expected.txt:"; printf '%s\n' "$out" | diff tests/lint/before-expected.txt - ; fail=1
else echo "ok   lint output matches before-expected.txt"; fi
for code in R017 R019; do
  printf '%s\n' "$out" | grep -q " $code " || { echo "FAIL code $code not reported on the old clients"; fail=1; }
done
for client in dana-results marcus-authority sam-father team-pushback; do
  printf '%s\n' "$out" | grep -q "^tests/lint/before/$client.lua:[0-9]*: R017 " || { echo "FAIL no R017 giveaway in $client"; fail=1; }
done
out=$("$rapport" lint tests/lint/broken.lua --max-states 2 2>&1)
printf '%s\n' "$out" | grep -q " R016 " && echo "ok   R016 when exploration is bounded" || { echo "FAIL R016"; fail=1; }
"$rapport" lint scripts/examples/first-client.lua >/dev/null 2>&1; check "clean example exits 0" 0 $?
"$rapport" lint --werror tests/lint/warnings-only.lua >/dev/null 2>&1; check "--werror fails on warnings" 1 $?
"$rapport" lint tests/lint/warnings-only.lua >/dev/null 2>&1; check "warnings alone exit 0" 0 $?
"$rapport" lint tests/lint/missing.lua >/dev/null 2>&1; check "missing file exits 2" 2 $?
"$rapport" lint --frob >/dev/null 2>&1; check "unknown option exits 2" 2 $?
"$rapport" lint --json tests/lint/r001.lua | grep -q '"code":"R001"' && echo "ok   --json" || { echo "FAIL --json"; fail=1; }
# Issue 13: every mistake in one run. six-faults.lua holds independent faults (load errors
# and static findings on the half-built scenario); the output must be six-faults.txt exactly.
out=$("$rapport" lint tests/lint/six-faults.lua 2>&1); rc=$?
check "six faults exit 1" 1 $rc
if [ "$out" != "$(cat tests/lint/six-faults.txt)" ]; then
  echo "FAIL lint output differs from tests/lint/six-faults.txt:"; printf '%s\n' "$out" | diff tests/lint/six-faults.txt - ; fail=1
else echo "ok   lint output matches six-faults.txt"; fi
for code in E001 R001 R002 R007 R008 R009 R022; do
  printf '%s\n' "$out" | grep -q " $code " || { echo "FAIL six-faults: code $code not reported"; fail=1; }
done
printf '%s\n' "$out" | grep -q "^tests/lint/six-faults.lua:15: R007 .*'affirmation' (did you mean 'affirm'?)" \
  && echo "ok   unknown move at its own line, with did you mean" || { echo "FAIL R007 line or suggestion"; fail=1; }
# The run command prints every load error, in file order, and exits 2.
"$rapport" run tests/lint/six-faults.lua --choices 1 >/dev/null 2>"${TMPDIR:-/tmp}/six-faults.err.$$"; rc=$?
check "run with load errors exits 2" 2 $rc
n=$(grep -c '^tests/lint/six-faults.lua:[0-9]*: ' "${TMPDIR:-/tmp}/six-faults.err.$$")
sort -t: -k2,2n -c "${TMPDIR:-/tmp}/six-faults.err.$$" 2>/dev/null && [ "$n" = 5 ] && echo "ok   run prints all 5 load errors in file order" \
  || { echo "FAIL run: $n load error lines, or not in file order"; cat "${TMPDIR:-/tmp}/six-faults.err.$$"; fail=1; }
rm -f "${TMPDIR:-/tmp}/six-faults.err.$$"
# The smallest client loads and lints clean: no title, setting, client, walkout or debrief.
out=$("$rapport" lint --werror tests/lint/minimal.lua 2>&1); check "minimal client lints clean" 0 $?
[ "$out" = "0 errors, 0 warnings" ] && echo "ok   minimal: no findings" || { echo "FAIL minimal: $out"; fail=1; }
# The lint benchmark's client (tools/bench_lint.sh) stays a clean, passing client of about a
# million states.
out=$("$rapport" lint --werror tests/lint/million.lua 2>&1); check "million lints clean" 0 $?
[ "$out" = "0 errors, 0 warnings" ] && echo "ok   million: no findings" || { echo "FAIL million: $out"; fail=1; }
"$rapport" test tests/lint/million.lua >/dev/null 2>&1; check "million passes its tests and bots" 0 $?
# R023 (reachable clamp) and, with --dead-lines, R024 (lines never said).
out=$("$rapport" lint --dead-lines tests/lint/clamps.lua 2>&1)
if [ "$out" != "$(cat tests/lint/clamps.txt)" ]; then
  echo "FAIL lint output differs from tests/lint/clamps.txt:"; printf '%s\n' "$out" | diff tests/lint/clamps.txt - ; fail=1
else echo "ok   lint output matches clamps.txt"; fi
"$rapport" lint tests/lint/clamps.lua 2>&1 | grep -q ' R024 ' && { echo "FAIL R024 without --dead-lines"; fail=1; }
# --min-coverage: 2 of 3 choices taken is 66.7%.
err=$("$rapport" lint --min-coverage 67 tests/lint/coverage.lua 2>&1 >/dev/null); check "--min-coverage 67 fails" 1 $?
[ "$err" = "tests/lint/coverage.lua: coverage 66.7% of choices taken in exploration is below --min-coverage 67" ] \
  && echo "ok   --min-coverage message" || { echo "FAIL --min-coverage message: $err"; fail=1; }
"$rapport" lint --min-coverage 66 tests/lint/coverage.lua >/dev/null 2>&1; check "--min-coverage 66 passes" 0 $?
[ $fail -eq 0 ] && echo "lint: all passed" || echo "lint: failures"
exit $fail
