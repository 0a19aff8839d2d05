#!/bin/sh
# Benchmark: random headless sessions per second and choices per second for each bundled
# client, as one JSON line each (best of 3 runs). Usage: tools/bench.sh [RUNS] (default 100000).
set -e
cd "$(dirname "$0")/.."
runs=${1:-100000}
[ -x build/rapport ] || { echo "build first: tools/test.sh or tools/setup.sh" >&2; exit 2; }
for f in scripts/clients/*.lua; do
  best=""
  for i in 1 2 3; do
    t0=$(date +%s.%N)
    out=$(./build/rapport run "$f" --policy random --seed 1 --runs "$runs" --quiet)
    t1=$(date +%s.%N)
    t=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
    best=$(awk -v t="$t" -v b="$best" 'BEGIN { print (b == "" || t < b) ? t : b }')
  done
  choices=$(echo "$out" | head -n 1 | awk '{print $3}')
  nodes=$(echo "$out" | head -n 1 | awk '{print $(NF-1)}')
  awk -v c="$(basename "$f" .lua)" -v n="$nodes" -v r="$runs" -v ch="$choices" -v t="$best" 'BEGIN {
    printf "{\"client\":\"%s\",\"nodes\":%d,\"sessions\":%d,\"choices\":%d,\"seconds\":%.3f,\"sessions_per_s\":%.0f,\"choices_per_s\":%.0f}\n", c, n, r, ch, t, r / t, ch / t }'
done
