#!/bin/sh
# Each line of cli_cases.txt: arguments | exit code | the exact first line of stderr, or of
# stdout when it starts with "stdout: " (for --help).
# Also checks what `rapport test` prints for a failing plan.
rapport=$1
pass=0 fail=0
while IFS='|' read -r args code want; do
  case "$args" in '#'*|'') continue ;; esac
  args=$(echo "$args" | sed 's/ *$//'); code=$(echo "$code" | tr -d ' '); want=$(echo "$want" | sed 's/^ *//')
  # shellcheck disable=SC2086
  case "$want" in
    'stdout: '*) want=${want#stdout: }; got=$("$rapport" $args 2>/dev/null </dev/null | head -n 1) ;;
    *) got=$("$rapport" $args 2>&1 >/dev/null </dev/null | head -n 1) ;;
  esac
  "$rapport" $args >/dev/null 2>&1 </dev/null
  rc=$?
  if [ "$rc" = "$code" ] && [ "$got" = "$want" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    printf 'FAIL rapport %s\n  want (exit %s): %s\n  got  (exit %s): %s\n' "$args" "$code" "$want" "$rc" "$got"
  fi
done < tests/bindings/cli_cases.txt
want="FAIL failing-plan: expects the wrong things: tests/bindings/failing-plan.lua:11: expected turns == 3, got 1; expected rapport > 90, got 42"
got=$("$rapport" test --no-bots tests/bindings/failing-plan.lua | head -n 1)
if [ "$got" = "$want" ]; then pass=$((pass + 1)); else
  fail=$((fail + 1)); printf 'FAIL failing plan report\n  want: %s\n  got:  %s\n' "$want" "$got"; fi
# Lines that must be printed exactly (stdout), and stderr that must be one line only.
has_line() { # want, args...
  want=$1; shift
  # shellcheck disable=SC2086
  if "$rapport" "$@" 2>/dev/null </dev/null | grep -Fxq -- "$want"; then pass=$((pass + 1)); else
    fail=$((fail + 1)); printf 'FAIL rapport %s\n  want the line: %s\n' "$*" "$want"; fi
}
one_stderr_line() { # args...
  n=$("$rapport" "$@" 2>&1 >/dev/null </dev/null | wc -l)
  if [ "$n" -eq 1 ]; then pass=$((pass + 1)); else
    fail=$((fail + 1)); printf 'FAIL rapport %s\n  want one line on stderr, got %s\n' "$*" "$n"; fi
}
one_stderr_line test tests/bindings/bad/runtime_when.lua
one_stderr_line test tests/bindings/goals/plan-error.lua
g=tests/bindings/goals
has_line "FAIL goal-except: bot random: never reached: walked_out [done 1000, walked_out 0]" test $g/no-except.lua
has_line "ok   goal-except: bot random: done 1000, walked_out 0" test $g/except.lua
has_line "ok   minimal: bot mi: done 100 (no default goal: it needs the model, a success ending and an MI-consistent choice)" test $g/minimal.lua
has_line "ok   minimal: bot questions: done 100 (no default goal: it needs the model and three question choices in a row)" test $g/minimal.lua
has_line "ok   goal-except: bot questions: done 100, walked_out 0 (no default goal: it needs the model and three question choices in a row)" test $g/except.lua
has_line "ok   complained: three questions draw it" test $g/complained.lua
has_line "ok   complained: it stays said" test $g/complained.lua
has_line "FAIL complained: fails: expects no complaint: $g/complained.lua:24: expected the client not to complain about the questions" test --no-bots $g/complained.lua
has_line "ok   complained: bot questions: done 100, walked_out 0" test $g/complained.lua
has_line "ok   bare-choice: bot random: done 1000, walked_out 0" test $g/bare-choice.lua
has_line "ok   x: bot mi: done 100, walked_out 0 (no default goal: it needs the model, a success ending and an MI-consistent choice)" test $g/bare.lua
echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
