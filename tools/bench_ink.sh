#!/bin/sh
# Rapport beside inkjs on the same generated graph (tools/gen_scenario.lua, and its --ink output:
# the same nodes, choices, conditions, effects, clamping, rules and turn limit of 40). For each
# size: inkjs compiles the ink with its own compiler, then plays uniformly random playthroughs
# (tools/bench_ink.js); Rapport plays the Lua scenario with `run --policy random --stats`. One
# JSON line per size: load/compile times, choices and playthroughs per second, peak memory, both
# engines' ending distributions (uniform random play on the same graph: they must agree, else
# the translation is wrong and the script exits 1), an exact check (TRACES random inkjs
# playthroughs replayed in Rapport with --choices: the same nodes, states after every turn and
# ending, else exit 1), and the ratios. Best of REPS runs each.
#
#   tools/bench_ink.sh [RAPPORT_BINARY]          (default: build/rapport)
#   env: SIZES="200 2000 20000" REPS=3 INK_RUNS=5000 RAPPORT_RUNS=200000 INK_TIMEOUT=600 TRACES=40
#        INKJS_VERSION=2.4.0 INKJS_CACHE=$HOME/.cache/rapport-bench
#        INK_FORM=tunnel (gen_scenario.lua --ink: the rules in a tunnel), inline (--ink-inline:
#        written out in every choice, no faster, too big for inkjs's compiler at 20000 nodes)
#        or shared (--ink-shared: one `step` knot with parameters, 2.5 to 3 times slower)
#
# Needs node, npm (inkjs is installed from npm into the cache once), lua5.4 and a built rapport.
set -e
bin=${1:-}
if [ -n "$bin" ]; then
  case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
fi
cd "$(dirname "$0")/.."
root=$PWD
bin=${bin:-$root/build/rapport}

fail() { echo "bench_ink.sh: $*" >&2; exit 2; }
command -v node >/dev/null 2>&1 || fail "needs node (Node.js 14 or later; apt-get install nodejs)"
command -v npm >/dev/null 2>&1 || fail "needs npm to install inkjs (apt-get install npm)"
command -v lua5.4 >/dev/null 2>&1 || fail "needs lua5.4 (apt-get install lua5.4)"
[ -x "$bin" ] || fail "no rapport binary at $bin: build first (tools/test.sh) or pass its path"

sizes=${SIZES:-200 2000 20000}
reps=${REPS:-3}
ink_runs=${INK_RUNS:-5000}
rapport_runs=${RAPPORT_RUNS:-200000}
ink_timeout=${INK_TIMEOUT:-600}
traces=${TRACES:-40}
version=${INKJS_VERSION:-2.4.0}
form=${INK_FORM:-tunnel}
case $form in
  tunnel) inkflag=--ink ;;
  inline) inkflag=--ink-inline ;;
  shared) inkflag=--ink-shared ;;
  *) fail "INK_FORM is tunnel, inline or shared, not '$form'" ;;
esac

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
trap 'exit 130' INT TERM
# A private copy: the build directory may be rebuilt while this runs.
cp "$bin" "$dir/rapport"
RAPPORT_SCRIPTS=${RAPPORT_SCRIPTS:-$root/scripts}
export RAPPORT_SCRIPTS

# inkjs, pinned, installed once into a cache (or the temp dir when there is no usable cache).
cache=${INKJS_CACHE:-${HOME:+$HOME/.cache/rapport-bench}}
if [ -z "$cache" ] || ! mkdir -p "$cache" 2>/dev/null || [ ! -w "$cache" ]; then cache=$dir; fi
inkdir=$cache/inkjs-$version
if [ "$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$inkdir/node_modules/inkjs/package.json" 2>/dev/null)" != "$version" ]; then
  echo "bench_ink.sh: installing inkjs@$version into $inkdir" >&2
  mkdir -p "$inkdir"
  npm install --no-save --no-audit --no-fund --silent --prefix "$inkdir" "inkjs@$version" >&2 ||
    fail "npm could not install inkjs@$version"
fi
node -e 'require(require.resolve("inkjs/full", { paths: [process.argv[1]] }))' "$inkdir" 2>/dev/null ||
  node -e 'require(require.resolve("inkjs/compiler/Compiler", { paths: [process.argv[1]] }))' "$inkdir" 2>/dev/null ||
  fail "inkjs@$version in $inkdir has no compiler entry (inkjs/full or inkjs/compiler/Compiler)"

run_limited() { # a command, stopped after INK_TIMEOUT seconds when timeout(1) exists
  if command -v timeout >/dev/null 2>&1; then timeout "$ink_timeout" "$@"; else "$@"; fi
}
num() { echo "$1" | sed -n "s/.*\"$2\":\([0-9.eE+-]*\).*/\1/p"; }
best_max() { if [ -z "$1" ] || awk "BEGIN{exit !($2 > $1)}"; then echo "$2"; else echo "$1"; fi; }
best_min() { if [ -z "$1" ] || awk "BEGIN{exit !($2 < $1)}"; then echo "$2"; else echo "$1"; fi; }
node_base=$(node -e 'console.log(process.resourceUsage().maxRSS)')
status=0

for n in $sizes; do
  lua=$dir/synthetic-$n.lua ink=$dir/synthetic-$n.ink json=$dir/synthetic-$n.json
  lua5.4 tools/gen_scenario.lua "$n" 3 0.25 1 > "$lua"
  lua5.4 tools/gen_scenario.lua "$n" 3 0.25 1 "$inkflag" > "$ink"

  # Rapport: load time and throughput, best of REPS; the distribution is the same every time.
  r_load='' r_cps='' r_sps='' r_rss=''
  i=0
  while [ "$i" -lt "$reps" ]; do
    "$dir/rapport" run "$lua" --policy random --seed 1 --runs "$rapport_runs" --quiet --stats \
      > "$dir/r.out" 2> "$dir/r.err"
    s=$(grep '^{' "$dir/r.err" | tail -n 1)
    r_load=$(best_min "$r_load" "$(num "$s" load_ms)")
    r_cps=$(best_max "$r_cps" "$(num "$s" choices_per_s)")
    r_sps=$(best_max "$r_sps" "$(num "$s" sessions_per_s)")
    r_rss=$(best_min "$r_rss" "$(num "$s" peak_rss_kb)")
    r_sessions=$(num "$s" sessions) r_choices=$(num "$s" choices)
    i=$((i + 1))
  done
  r_end=$(awk '$1=="won"||$1=="walked"||$1=="lost"||$1=="timeout" { c[$1] = $3 }
    END { printf "%d %d %d %d", c["won"], c["walked"], c["lost"], c["timeout"] }' "$dir/r.out")

  # inkjs: compile (best of REPS, only once when a compile takes over 20 s), then play.
  c_ms='' c_rss='' c_reps=0 ok=1
  while [ "$c_reps" -lt "$reps" ]; do
    if ! s=$(run_limited node tools/bench_ink.js compile "$inkdir" "$ink" "$json" 2> "$dir/c.err"); then
      ok=0
      break
    fi
    c_ms=$(best_min "$c_ms" "$(num "$s" compile_ms)")
    c_rss=$(best_min "$c_rss" "$(num "$s" peak_rss_kb)")
    json_bytes=$(num "$s" json_bytes)
    c_reps=$((c_reps + 1))
    awk "BEGIN{exit !($c_ms > 20000)}" && break
  done
  rapport_json=$(printf '{"load_ms":%s,"choices_per_s":%s,"sessions_per_s":%s,"peak_rss_kb":%s,"sessions":%s,"choices_per_session":%s}' \
    "$r_load" "$r_cps" "$r_sps" "$r_rss" "$r_sessions" "$(awk "BEGIN{printf \"%.3f\", $r_choices / $r_sessions}")")
  if [ "$ok" = 0 ]; then
    # shellcheck disable=SC1003
    why=$(head -c 200 "$dir/c.err" | tr -d '"\\' | tr '\n' ' ')
    printf '{"nodes":%s,"rapport":%s,"inkjs":{"error":"compile failed or took over %ss: %s"}}\n' \
      "$n" "$rapport_json" "$ink_timeout" "$why"
    continue
  fi

  p_load='' p_cps='' p_sps='' p_rss='' p_heap='' i_end="0 0 0 0" i_sessions=0 i_choices=0 i=0
  while [ "$i" -lt "$reps" ]; do
    # A different seed each repetition: the distributions add up to REPS x INK_RUNS playthroughs.
    s=$(run_limited node tools/bench_ink.js play "$inkdir" "$json" "$ink_runs" $((i + 1)))
    p_load=$(best_min "$p_load" "$(num "$s" load_ms)")
    p_cps=$(best_max "$p_cps" "$(num "$s" choices_per_s)")
    p_sps=$(best_max "$p_sps" "$(num "$s" sessions_per_s)")
    p_rss=$(best_min "$p_rss" "$(num "$s" peak_rss_kb)")
    p_heap=$(best_min "$p_heap" "$(num "$s" heap_used_kb)")
    i_end=$(echo "$i_end $(num "$s" won) $(num "$s" walked) $(num "$s" lost) $(num "$s" timeout)" |
      awk '{ printf "%d %d %d %d", $1 + $5, $2 + $6, $3 + $7, $4 + $8 }')
    i_sessions=$((i_sessions + $(num "$s" sessions)))
    i_choices=$((i_choices + $(num "$s" choices)))
    i=$((i + 1))
  done

  # Agreement: each ending's share within 4 standard errors (+0.5 points) of the other engine's.
  cmp=$(echo "$r_end $i_end" | awk -v nr="$r_sessions" -v ni="$i_sessions" '{
    split("won walked lost timeout", name, " "); ok = 1; maxd = 0
    for (k = 1; k <= 4; k++) {
      a = $k / nr; b = $(k + 4) / ni; p = ($k + $(k + 4)) / (nr + ni)
      d = a - b; if (d < 0) d = -d; if (d > maxd) maxd = d
      if (d > 4 * sqrt(p * (1 - p) * (1 / nr + 1 / ni)) + 0.005) ok = 0
      rd = rd sprintf("%s\"%s\":%.4f", k > 1 ? "," : "", name[k], a)
      id = id sprintf("%s\"%s\":%.4f", k > 1 ? "," : "", name[k], b)
    }
    printf "{%s}|{%s}|%.4f|%s", rd, id, maxd, ok ? "true" : "false" }')
  r_dist=${cmp%%|*} rest=${cmp#*|}
  i_dist=${rest%%|*} rest=${rest#*|}
  maxd=${rest%%|*} agree=${rest#*|}
  [ "$agree" = true ] || { status=1; echo "bench_ink.sh: $n nodes: the engines' ending distributions differ (max $maxd): the ink translation is wrong" >&2; }

  # Exact replay: inkjs's playthroughs, choice by choice, in Rapport; node, trust and heat
  # after every turn and the ending must be the same.
  run_limited node tools/bench_ink.js trace "$inkdir" "$json" "$traces" 7 > "$dir/traces"
  same=0 tried=0
  while read -r ending picks steps; do
    got=$("$dir/rapport" run "$lua" --choices "$picks" --json --no-record 2> /dev/null |
      sed -n -e 's/^{"turn":[0-9]*,"node":"\([^"]*\)".*"state":{"heat":\([0-9.-]*\),"trust":\([0-9.-]*\),.*/\1:\3:\2/p' \
             -e 's/^{"end":"ending","node":"\([^"]*\)".*/\1/p' | tr '\n' ' ')
    tried=$((tried + 1))
    if [ "${got% }" = "$steps $ending" ]; then
      same=$((same + 1))
    elif [ "$same" -eq $((tried - 1)) ]; then
      status=1
      echo "bench_ink.sh: $n nodes: choices $picks: inkjs went $steps $ending, Rapport ${got% }" >&2
    fi
  done < "$dir/traces"
  [ "$same" -eq "$tried" ] || status=1

  printf '{"nodes":%s,"lua_bytes":%s,"ink_bytes":%s,' "$n" "$(wc -c < "$lua" | tr -d ' ')" "$(wc -c < "$ink" | tr -d ' ')"
  printf '"rapport":%s,' "$(echo "$rapport_json" | sed "s/}\$/,\"endings\":$r_dist}/")"
  printf '"inkjs":{"version":"%s","form":"%s","compile_ms":%s,"compile_reps":%s,"compile_peak_rss_kb":%s,"json_bytes":%s,"load_ms":%s,"choices_per_s":%s,"sessions_per_s":%s,"peak_rss_kb":%s,"heap_used_kb":%s,"node_baseline_rss_kb":%s,"sessions":%s,"choices_per_session":%s,"endings":%s},' \
    "$version" "$form" "$c_ms" "$c_reps" "$c_rss" "$json_bytes" "$p_load" "$p_cps" "$p_sps" "$p_rss" "$p_heap" "$node_base" \
    "$i_sessions" "$(awk "BEGIN{printf \"%.3f\", $i_choices / $i_sessions}")" "$i_dist"
  awk -v rc="$r_cps" -v ic="$p_cps" -v rs="$r_sps" -v is="$p_sps" -v rr="$r_rss" -v ir="$p_rss" \
      -v rl="$r_load" -v cl="$c_ms" -v pl="$p_load" -v md="$maxd" -v ag="$agree" 'BEGIN {
    printf "\"ratios\":{\"choices_per_s_rapport_over_inkjs\":%.1f,\"sessions_per_s_rapport_over_inkjs\":%.1f,", rc / ic, rs / is
    printf "\"peak_rss_inkjs_over_rapport\":%.1f,\"load_inkjs_compile_plus_load_over_rapport\":%.1f},", ir / rr, (cl + pl) / rl
    printf "\"endings_max_abs_diff\":%s,\"endings_agree\":%s,", md, ag }'
  printf '"replays_identical":"%s/%s"}\n' "$same" "$tried"
done
exit "$status"
