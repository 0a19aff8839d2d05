#!/bin/sh
# Every bundled client explores to completion (exit 0: every ending reachable, no soft-lock,
# no state without a way to an ending, every invariant holds), and the explorer's report
# (states, transitions, depth, each ending's state count and shortest path, coverage, the
# variables at each ending) is exactly EXPECTED. The timing line of --stats (stderr) is shown,
# not compared. UPDATE=1 rewrites EXPECTED.
# usage: explore.sh RAPPORT EXPECTED
rapport=$1 want=$2
dir=$(mktemp -d "${TMPDIR:-/tmp}/rapport-explore.XXXXXX") || exit 2
trap 'rm -rf "$dir"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
trap 'exit 141' PIPE
status=0
for f in scripts/clients/*.lua; do
  echo "== $f" >>"$dir/out"
  if "$rapport" explore "$f" --stats >>"$dir/out" 2>"$dir/err"; then
    printf '%s: %s\n' "$f" "$(cat "$dir/err")"
  else
    printf 'FAIL %s\n' "$f"; cat "$dir/err"
    status=1
  fi
done
if [ -n "$UPDATE" ]; then cp "$dir/out" "$want" && echo "wrote $want"; exit $status; fi
if ! cmp -s "$want" "$dir/out"; then
  echo "FAIL: the explorer's report differs from $want (< expected, > now):"
  diff "$want" "$dir/out"
  status=1
else
  grep -E '^(== |explored )' "$dir/out"
  echo "ok   every report as in $want"
fi
exit $status
