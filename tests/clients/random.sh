#!/bin/sh
# N random sessions of every bundled client: no script error, no dead end (exit 0 from run).
rapport=$1 runs=$2
status=0
for f in scripts/clients/*.lua; do
  if ! out=$("$rapport" run "$f" --policy random --seed 1 --runs "$runs" --quiet 2>&1); then
    printf 'FAIL %s\n%s\n' "$f" "$out"
    status=1
  else
    printf '%s: %s\n' "$f" "$(echo "$out" | head -n 1)"
  fi
done
exit $status
