#!/bin/sh
# Every file in tests/bindings/bad/ starts with "-- expect: MESSAGE": loading and playing it
# must print exactly that line on stderr and exit with code 2.
rapport=$1
pass=0 fail=0
for f in tests/bindings/bad/*.lua; do
  want=$(head -n 1 "$f" | sed 's/^-- expect: //')
  got=$("$rapport" run "$f" --choices 1 2>&1 >/dev/null)
  code=$?
  if [ "$got" = "$want" ] && [ "$code" -eq 2 ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    printf 'FAIL %s\n  want (exit 2): %s\n  got  (exit %s): %s\n' "$f" "$want" "$code" "$got"
  fi
done
echo "bindings: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
