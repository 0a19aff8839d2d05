#!/bin/sh
# Lint benchmark (issue 13: lint at the speed of editing): one JSON line per client with its
# reachable states and the time `rapport lint` takes on one worker and on all, the best of
# three runs each. Clients: tests/lint/million.lua (a 2x-node client with about a million
# states, made for this) and every bundled client.
#   tools/bench_lint.sh [BINARY]   (default build/rapport)
set -e
cd "$(dirname "$0")/.."
bin=${1:-build/rapport}
[ -x "$bin" ] || { echo "bench_lint: no $bin: build first (tools/test.sh)" >&2; exit 2; }
all=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)

# The best (smallest) wall time in seconds of three runs of a command.
best3() {
  b=""
  for i in 1 2 3; do
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    t1=$(date +%s.%N)
    b=$(awk -v a="$t0" -v z="$t1" -v b="$b" 'BEGIN { t = z - a; print (b == "" || t < b) ? t : b }')
  done
  printf '%.2f' "$b"
}

for f in tests/lint/million.lua scripts/clients/*.lua; do
  states=$("$bin" explore "$f" --stats --workers 1 2>&1 >/dev/null | sed -n 's/.*"states":\([0-9]*\).*/\1/p')
  one=$(best3 "$bin" lint "$f" --workers 1)
  many=$(best3 "$bin" lint "$f" --workers "$all")
  printf '{"client":"%s","states":%s,"lint_s_1":%s,"lint_s_%s":%s}\n' \
    "$(basename "$f" .lua)" "${states:-null}" "$one" "$all" "$many"
done
