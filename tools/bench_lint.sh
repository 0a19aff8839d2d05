#!/bin/sh
# Lint benchmark (issue 13: lint at the speed of editing): one JSON line per client with its
# reachable states and the time `rapport lint` takes on one worker and on all, the best of
# three runs each. Clients: tests/lint/million.lua (a 2x-node client with about a million
# states, made for this) and every bundled client.
#   tools/bench_lint.sh [BINARY]             (default build/rapport)
#   tools/bench_lint.sh BEFORE AFTER         two builds, their runs alternated
# With two builds each line gives both ("lint_s_1":[before,after]), each run of one followed
# by a run of the other: on a machine whose speed drifts over minutes, two runs of the script
# one after the other compare the drift as much as the builds.
set -e
cd "$(dirname "$0")/.."
bin=${1:-build/rapport}
bin2=${2:-}
for b in "$bin" $bin2; do
  [ -x "$b" ] || { echo "bench_lint: no $b: build first (tools/test.sh)" >&2; exit 2; }
done
all=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)

# Wall time in seconds of one run of a command.
wall() {
  t0=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  t1=$(date +%s.%N)
  awk -v a="$t0" -v z="$t1" 'BEGIN { print z - a }'
}

lower() { awk -v v="$1" -v b="$2" 'BEGIN { print (b == "" || v + 0 < b + 0) ? v : b }'; }

# The best (smallest) of three runs of lint FILE --workers N, for each build, alternated:
# "t" with one build, "[t1,t2]" with two.
best3() {
  b1="" b2=""
  for i in 1 2 3; do
    b1=$(lower "$(wall "$bin" lint "$1" --workers "$2")" "$b1")
    [ -z "$bin2" ] || b2=$(lower "$(wall "$bin2" lint "$1" --workers "$2")" "$b2")
  done
  if [ -z "$bin2" ]; then printf '%.2f' "$b1"; else printf '[%.2f,%.2f]' "$b1" "$b2"; fi
}

for f in tests/lint/million.lua scripts/clients/*.lua; do
  states=$("$bin" explore "$f" --stats --workers 1 2>&1 >/dev/null | sed -n 's/.*"states":\([0-9]*\).*/\1/p')
  one=$(best3 "$f" 1)
  many=$(best3 "$f" "$all")
  printf '{"client":"%s","states":%s,"lint_s_1":%s,"lint_s_%s":%s}\n' \
    "$(basename "$f" .lua)" "${states:-null}" "$one" "$all" "$many"
done
