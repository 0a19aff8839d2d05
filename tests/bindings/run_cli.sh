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
echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
