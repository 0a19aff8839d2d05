#!/bin/sh
# Engine benchmark, one JSON line per case, side by side:
#   - model-free: synthetic scenarios from tools/gen_scenario.lua (3 choices per node, a
#     quarter conditional, two clamped variables changed by every choice, turn limit 40, four
#     endings decided by state, model = false) of 200, 2,000 and 20,000 nodes;
#   - model on: every bundled client (the Lua client model called on every choice).
# Each line: load time, random play (choices and sessions per second), exhaustive exploration
# (states per second and bytes per stored state) with one worker and with all, peak memory.
# Random play is 200,000 sessions in every case: at 20,000 a client's run lasted 25 to 60 ms,
# and opening each further worker's own copy of the client (a few ms) weighed on its rate.
# Best of three runs for the smallest case, two for the clients, one for the large graphs.
#   tools/bench_engine.sh [BINARY]   (default build/rapport)
set -e
cd "$(dirname "$0")/.."
bin=${1:-build/rapport}
[ -x "$bin" ] || { echo "bench_engine: no $bin: build first (tools/test.sh)" >&2; exit 2; }
command -v lua5.4 >/dev/null || { echo "bench_engine: needs lua5.4 (apt-get install lua5.4)" >&2; exit 2; }
all=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
# A binary from before --workers (to compare with an older build) explores on one thread.
if "$bin" explore --help 2>&1 | grep -q -- --workers; then w1="--workers 1" wn="--workers $all"; else w1="" wn="" all=1; fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

field() { echo "$1" | sed -n "s/.*\"$2\":\([0-9.]*\).*/\1/p"; }
# The best (largest) value of a field over N runs of a command printing a JSON line on stderr.
best() {
  n=$1 key=$2
  shift 2
  b=""
  i=0
  while [ "$i" -lt "$n" ]; do
    line=$("$@" 2>&1 >/dev/null | grep '^{' | tail -n 1)
    v=$(field "$line" "$key")
    b=$(awk -v v="$v" -v b="$b" 'BEGIN { print (b == "" || v + 0 > b + 0) ? v : b }')
    last=$line
    i=$((i + 1))
  done
  echo "$b $last"
}

bench_case() { # name, file, model (true/false), random runs, explore cap, repeats
  name=$1 f=$2 model=$3 runs=$4 cap=$5 rep=$6
  set -- $(best "$rep" choices_per_s "$bin" run "$f" --policy random --seed 1 --runs "$runs" --quiet --stats $w1)
  play_cps=$1 play=$2
  set -- $(best "$rep" choices_per_s "$bin" run "$f" --policy random --seed 1 --runs "$runs" --quiet --stats $wn)
  playn_cps=$1
  set -- $(best "$rep" states_per_s "$bin" explore "$f" --stats $w1 --max-states "$cap")
  one_sps=$1 one=$2
  set -- $(best "$rep" states_per_s "$bin" explore "$f" --stats $wn --max-states "$cap")
  all_sps=$1 many=$2
  printf '{"case":"%s","model":%s,"file_bytes":%s,"load_ms":%s,"choices_per_s_1":%s,"choices_per_s_%s":%s,' \
    "$name" "$model" "$(wc -c < "$f")" "$(field "$play" load_ms)" "$play_cps" "$all" "$playn_cps"
  bps=$(field "$one" bytes_per_state)
  printf '"states":%s,"complete":%s,"states_per_s_1":%s,"states_per_s_%s":%s,"bytes_per_state":%s,"peak_rss_kb_play":%s,"peak_rss_kb_explore":%s}\n' \
    "$(field "$one" states)" "$( [ "$(field "$one" states)" -lt "$cap" ] && echo true || echo false)" \
    "$one_sps" "$all" "$all_sps" "${bps:-null}" "$(field "$play" peak_rss_kb)" "$(field "$many" peak_rss_kb)"
}

for n in 200 2000 20000; do
  lua5.4 tools/gen_scenario.lua "$n" > "$dir/synthetic-$n.lua"
  if [ "$n" = 20000 ]; then
    bench_case "synthetic-$n" "$dir/synthetic-$n.lua" false 200000 5000000 1
  else
    bench_case "synthetic-$n" "$dir/synthetic-$n.lua" false 200000 50000000 "$([ "$n" = 200 ] && echo 3 || echo 1)"
  fi
done
for f in scripts/clients/*.lua; do
  bench_case "$(basename "$f" .lua)" "$f" true 200000 50000000 2
done
