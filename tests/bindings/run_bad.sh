#!/bin/sh
# The bad-input corpus: every file in tests/bindings/bad/ and tests/sandbox/ starts with
# "-- expect: MESSAGE"; loading and playing it (rapport run FILE --choices 1) must print
# exactly that line first on stderr and exit with code 2: never a crash (a signal), never a
# hang (each run has 30 seconds). A 50 MB file, made here, must be refused the same way.
# A file whose second line is "-- cpu seconds: N" runs with the CPU watchdog at N seconds
# (RAPPORT_CPU_S; the default is 10): 30 wall-clock seconds hold 10 CPU seconds only on an
# idle machine.
rapport=$1
pass=0 fail=0
check() { # file, wanted line
  cpu=$(sed -n '2s/^-- cpu seconds: \([0-9][0-9]*\)$/\1/p' "$1")
  got=$(RAPPORT_CPU_S=${cpu:-10} timeout 30 "$rapport" run "$1" --choices 1 2>&1 >/dev/null | head -n 1)
  RAPPORT_CPU_S=${cpu:-10} timeout 30 "$rapport" run "$1" --choices 1 >/dev/null 2>&1
  code=$?
  if [ "$got" = "$2" ] && [ "$code" -eq 2 ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    printf 'FAIL %s\n  want (exit 2): %s\n  got  (exit %s): %s\n' "$1" "$2" "$code" "$got"
  fi
}
for f in tests/bindings/bad/*.lua tests/sandbox/*.lua; do
  check "$f" "$(head -n 1 "$f" | sed 's/^-- expect: //')"
done
big=$(mktemp --suffix=.lua)
head -c 52428800 /dev/zero | tr '\0' ' ' > "$big"
check "$big" "$big: file is 52428800 bytes; a client file is at most 33554432"
rm -f "$big"
echo "bad inputs: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
