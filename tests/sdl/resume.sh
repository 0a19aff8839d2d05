#!/bin/sh
# The window keeps the trainee's progress: three choices in the window, then kill -9; the next
# start offers the saved session, Enter resumes it at the same turn with the same avatar and
# line, and the window's record of the session equals a headless record of the same choices
# but for its times. Exit 77 (skipped) without Xvfb.
# usage: resume.sh RAPPORT IMGCMP OUTDIR
R=$1 CMP=$2 OUT=$3
command -v xvfb-run >/dev/null 2>&1 || { echo "skipped: xvfb-run is not installed"; exit 77; }
rm -rf "$OUT" && mkdir -p "$OUT" || exit 2
export XDG_CONFIG_HOME="$OUT/config" XDG_DATA_HOME="$OUT/data" RAPPORT_TRAINEE=tester
fails=0
check() {
  what=$1; shift
  if "$@" >"$OUT/last.txt" 2>&1; then echo "ok   $what"; else echo "FAIL $what"; cat "$OUT/last.txt"; fails=$((fails + 1)); fi
}
win() { xvfb-run -a -s "-screen 0 1280x800x24" "$R" play --seed 1 "$@"; }
save="$XDG_DATA_HOME/rapport/progress/dana-results.json"

win dana-results --script "wait:400 key:Right key:1 wait:300 key:Right key:3 wait:300 key:Right key:3 wait:1200 shot:$OUT/before-kill.bmp wait:60000 quit" >/dev/null 2>&1 &
# Wait for the screenshot to be complete (its size stops changing), then kill the program
# itself (not the xvfb-run around it) with SIGKILL.
i=0 last=-1
while [ $i -lt 150 ]; do
  size=$(stat -c %s "$OUT/before-kill.bmp" 2>/dev/null || echo 0)
  [ "$size" -gt 0 ] && [ "$size" = "$last" ] && break
  last=$size
  sleep 0.2
  i=$((i + 1))
done
pkill -KILL -f "^$R play --seed 1 dana-results --script" || true
wait
check "the window left a save after three choices" test -f "$save"
check "the save replays" "$R" replay "$save"
check "it holds the three choices" sh -c "\"$R\" replay \"$save\" --json | grep -c '^{\"turn\"' | grep -qx 3"

win dana-results --script "wait:600 shot:$OUT/offer.bmp key:Return wait:1200 shot:$OUT/resumed.bmp key:Right key:2 wait:600 quit" >/dev/null 2>&1
check "the offer is shown" "$CMP" differ "$OUT/before-kill.bmp" "$OUT/offer.bmp" --region 0,40,930,560 --min-pct 5
check "resuming shows the same turn, avatar and line" "$CMP" compare "$OUT/before-kill.bmp" "$OUT/resumed.bmp" --region 0,40,930,480 --max-pct 2 --max-mean 3

# The window's record of the resumed session (4 choices) and a headless record of the same.
# The window numbers the choices in the order shown (seed 1): keys 1, 3, 3, 2 are the mi bot's
# path, welcome_open, reflect_gap, reflect_keith, reflect_carrying.
rec=$(ls -t "$XDG_DATA_HOME"/rapport/records/*.json | head -n 1)
"$R" run dana-results --seed 1 --choices welcome_open,reflect_gap,reflect_keith,reflect_carrying --record "$OUT/headless.json" >/dev/null
grep -v '"started"\|"ended"' "$rec" > "$OUT/window.cmp"
grep -v '"started"\|"ended"' "$OUT/headless.json" > "$OUT/headless.cmp"
check "the window's record equals the headless record but for its times" cmp "$OUT/window.cmp" "$OUT/headless.cmp"

[ $fails -eq 0 ] && echo "resume: all checks passed" && exit 0
echo "resume: $fails check(s) failed"
exit 1
