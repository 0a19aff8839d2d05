#!/bin/sh
# Every bundled client explores to completion (exit 0: every ending reachable, no soft-lock,
# no state without a way to an ending, every invariant holds).
rapport=$1
status=0
for f in scripts/clients/*.lua; do
  if out=$("$rapport" explore "$f" --stats 2>&1); then
    printf '%s: %s\n' "$f" "$(printf '%s\n' "$out" | head -n 1)"
  else
    printf 'FAIL %s\n%s\n' "$f" "$out"
    status=1
  fi
done
exit $status
