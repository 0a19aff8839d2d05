#!/bin/sh
# N random sessions of every bundled client: no script error, no dead end (exit 0 from run),
# and the outcome counts exactly as expected for this seed (EXPECTED: one "== client" block
# per client with run's summary; UPDATE=1 rewrites it).
# usage: random.sh RAPPORT RUNS EXPECTED
rapport=$1 runs=$2 want=$3
out=$(mktemp "${TMPDIR:-/tmp}/rapport-random.XXXXXX") || exit 2
trap 'rm -f "$out"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
trap 'exit 141' PIPE
status=0
for f in scripts/clients/*.lua; do
  echo "== $f" >>"$out"
  if ! "$rapport" run "$f" --policy random --seed 1 --runs "$runs" --quiet >>"$out" 2>&1; then
    printf 'FAIL %s\n' "$f"
    status=1
  fi
done
if [ -n "$UPDATE" ]; then cp "$out" "$want" && echo "wrote $want"; exit $status; fi
cat "$out"
if ! cmp -s "$want" "$out"; then
  echo "FAIL: the outcome counts differ from $want (< expected, > now):"
  diff "$want" "$out"
  status=1
fi
exit $status
