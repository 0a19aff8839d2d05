#!/bin/sh
# Engine benchmark on synthetic scenarios (tools/gen_scenario.lua): 3 choices per node, a
# quarter conditional, two variables changed by every choice, turn limit 40, four endings
# decided by state. One JSON line per size: load time, random playthroughs and choices per
# second, exploration states per second, peak memory. Single-threaded.
#   tools/bench_engine.sh [SIZES...]   (default: 200 2000 20000)
set -e
cd "$(dirname "$0")/.."
[ -x build/rapport ] || { echo "build first: tools/test.sh" >&2; exit 2; }
command -v lua5.4 >/dev/null || { echo "needs lua5.4 (apt-get install lua5.4)" >&2; exit 2; }
sizes=${*:-200 2000 20000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for n in $sizes; do
  f=$dir/synthetic-$n.lua
  lua5.4 tools/gen_scenario.lua "$n" > "$f"
  run=$(./build/rapport run "$f" --policy random --seed 1 --runs 200000 --quiet --stats 2>&1 >/dev/null)
  # Exploration of the larger graphs is bounded: their reachable space grows with the graph.
  explore=$(./build/rapport explore "$f" --stats --max-states 5000000 2>&1 >/dev/null | grep '^{' || true)
  field() { echo "$1" | sed -n "s/.*\"$2\":\([0-9.]*\).*/\1/p"; }
  printf '{"nodes":%s,"file_bytes":%s,"load_ms":%s,"playthroughs_per_s":%s,"choices_per_s":%s,"explore_states":%s,"explore_states_per_s":%s,"peak_rss_kb_play":%s,"peak_rss_kb_explore":%s}\n' \
    "$n" "$(wc -c < "$f")" "$(field "$run" load_ms)" "$(field "$run" sessions_per_s)" "$(field "$run" choices_per_s)" \
    "$(field "$explore" states)" "$(field "$explore" states_per_s)" "$(field "$run" peak_rss_kb)" "$(field "$explore" peak_rss_kb)"
done
