#!/bin/sh
# Loading benchmark, one JSON line per size: synthetic scenarios from tools/gen_scenario.lua of
# 200, 2,000 and 20,000 nodes (3 choices per node, model = false). Each line: the file's bytes,
# the Lua parse floor (lua5.4 parsing and running the file alone, with a scenario() that
# returns its table and the collector stopped, as Rapport loads) and Rapport's load_ms (parse,
# run, checks, conversion to C and freezing), both in milliseconds, best of five. The floor is
# CPU time (os.clock); load_ms is Rapport's own figure (wall time): on a busy machine compare
# them at a quiet moment.
#   tools/bench_load.sh [BINARY]   (default build/rapport)
set -e
cd "$(dirname "$0")/.."
bin=${1:-build/rapport}
[ -x "$bin" ] || { echo "bench_load: no $bin: build first (tools/test.sh)" >&2; exit 2; }
command -v lua5.4 >/dev/null || { echo "bench_load: needs lua5.4 (apt-get install lua5.4)" >&2; exit 2; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

field() { echo "$1" | sed -n "s/.*\"$2\":\([0-9.]*\).*/\1/p"; }
lower() { awk -v v="$1" -v b="$2" 'BEGIN { print (b == "" || v + 0 < b + 0) ? v : b }'; }

# The parse floor of a file, in ms: what Lua alone spends on it.
cat > "$dir/floor.lua" <<'LUA'
collectgarbage("stop")
function scenario(t) return t end
local t0 = os.clock()
dofile(arg[1])
io.write(string.format("%.2f\n", (os.clock() - t0) * 1000))
LUA
floor_ms() { lua5.4 "$dir/floor.lua" "$1"; }

for n in 200 2000 20000; do
  f="$dir/synthetic-$n.lua"
  lua5.4 tools/gen_scenario.lua "$n" > "$f"
  parse="" load=""
  i=0
  while [ "$i" -lt 5 ]; do
    parse=$(lower "$(floor_ms "$f")" "$parse")
    line=$("$bin" run "$f" --policy random --seed 1 --runs 1 --quiet --stats 2>&1 >/dev/null |
      grep '^{' | tail -n 1)
    v=$(field "$line" load_ms)
    [ -n "$v" ] || { echo "bench_load: $bin printed no load_ms for $n nodes" >&2; exit 1; }
    load=$(lower "$v" "$load")
    i=$((i + 1))
  done
  printf '{"case":"synthetic-%s","nodes":%s,"file_bytes":%s,"parse_floor_ms":%s,"load_ms":%s}\n' \
    "$n" "$n" "$(wc -c < "$f" | tr -d ' ')" "$parse" "$load"
done
