#!/bin/sh
# Benchmark of the window (under Xvfb, 1280x720): time from start to first frame, mean and
# 99th-percentile frame time while animating (eight turns of reveal, easing and cues), CPU use
# over 10 idle seconds (8-18 s after the last input: blinks only) and 10 resting seconds (a
# minute on: no frames), and peak memory; plus the time of one headless `rapport render`.
# SDL_RENDER_DRIVER=software measures SDL's software renderer instead of OpenGL; headless_draw_ms
# is `rapport render --repeat`: one frame drawn in memory by the software renderer, no X.
# Prints one JSON line. Usage: tools/bench_window.sh [RAPPORT] (default build/rapport).
set -e
cd "$(dirname "$0")/.."
R=${1:-build/rapport}
[ -x "$R" ] || { echo "build first: tools/test.sh or tools/setup.sh" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (tools/test.sh installs it)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config"
win() { RAPPORT_FRAME_LOG="$1" xvfb-run -a -s "-screen 0 1280x800x24" "$R" play dana-results --size 1280x720 --script "$2"; }
val() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }

# Time to first frame: the median of five starts.
for i in 1 2 3 4 5; do win "$tmp/start$i.log" "wait:300 quit"; val "$tmp/start$i.log" first_frame_ms; done | sort -n >"$tmp/first"
first=$(sed -n 3p "$tmp/first")

# Animating: eight turns, each revealing a line and easing the avatar.
steps=""
for i in 1 2 3 4 5 6 7 8; do steps="$steps key:Right key:1 wait:1500"; done
win "$tmp/anim.log" "$steps quit"

# Idle: past the lively seconds after the last input only blinks redraw; after a minute,
# nothing does.
win "$tmp/idle.log" "wait:8000 mark:idle0 wait:10000 mark:idle1 wait:43000 mark:rest0 wait:10000 mark:rest1 quit"
# "mark NAME wall_ms W cpu_ms C frames F"
cpu0=$(awk '$1 == "mark" && $2 == "idle0" { print $6 }' "$tmp/idle.log")
cpu1=$(awk '$1 == "mark" && $2 == "idle1" { print $6 }' "$tmp/idle.log")
f0=$(awk '$1 == "mark" && $2 == "idle0" { print $8 }' "$tmp/idle.log")
f1=$(awk '$1 == "mark" && $2 == "idle1" { print $8 }' "$tmp/idle.log")
r0=$(awk '$1 == "mark" && $2 == "rest0" { print $6 }' "$tmp/idle.log")
r1=$(awk '$1 == "mark" && $2 == "rest1" { print $6 }' "$tmp/idle.log")
g0=$(awk '$1 == "mark" && $2 == "rest0" { print $8 }' "$tmp/idle.log")
g1=$(awk '$1 == "mark" && $2 == "rest1" { print $8 }' "$tmp/idle.log")

t0=$(date +%s.%N)
"$R" render dana-results --choices 1,1 --out "$tmp/frame.bmp"
t1=$(date +%s.%N)
# Drawing alone, with the software renderer into memory (no X, no present).
draw=$("$R" render dana-results --choices 1,1 --at-ms 200 --repeat 300 --out "$tmp/frame.bmp" | awk '{ print $2 }')

awk -v first="$first" -v mean="$(val "$tmp/anim.log" frame_mean_ms)" -v p99="$(val "$tmp/anim.log" frame_p99_ms)" \
    -v n="$(val "$tmp/anim.log" animating_frames)" -v c0="$cpu0" -v c1="$cpu1" -v f0="$f0" -v f1="$f1" -v r0="$r0" -v r1="$r1" -v g0="$g0" -v g1="$g1" \
    -v rss="$(val "$tmp/anim.log" peak_rss_kb)" -v r="$(val "$tmp/anim.log" renderer)" -v t0="$t0" -v t1="$t1" -v draw="$draw" 'BEGIN {
  printf "{\"renderer\":\"%s\",\"first_frame_ms\":%.0f,\"animating_frames\":%d,\"frame_mean_ms\":%.2f,\"frame_p99_ms\":%.2f,", r, first, n, mean, p99
  printf "\"idle_cpu_pct\":%.2f,\"idle_frames_10s\":%d,\"rest_cpu_pct\":%.2f,\"rest_frames_10s\":%d,", (c1 - c0) / 100, f1 - f0, (r1 - r0) / 100, g1 - g0
  printf "\"peak_rss_mb\":%.1f,\"render_frame_s\":%.2f,\"headless_draw_ms\":%.2f}\n", rss / 1024, t1 - t0, draw }'
