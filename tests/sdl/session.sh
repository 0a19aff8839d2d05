#!/bin/sh
# The session under Xvfb, read back exactly through dump:FILE (what the window shows, as text):
# undo during the text reveal (one press, one turn: three presses undo three turns), the rewind
# mark in the history (kept after further play), text size 40 at 800x600 (the client's line in
# view, the settings dialog fitting), 1920x1080 (the text grows), and the resume prompt as a
# modal dialog (Esc opens no settings over it, other keys and clicks go nowhere), and typed
# replies at text size 40. Exit 77 (skipped) without Xvfb.
# usage: session.sh RAPPORT IMGCMP OUTDIR
R=$1 CMP=$2 OUT=$3
C=${CLIENT:-dana-results}
command -v xvfb-run >/dev/null 2>&1 || { echo "skipped: xvfb-run is not installed"; exit 77; }
rm -rf "$OUT" && mkdir -p "$OUT" || exit 2
export XDG_CONFIG_HOME="$OUT/config" XDG_DATA_HOME="$OUT/data" RAPPORT_TRAINEE=tester
mkdir -p "$XDG_CONFIG_HOME/rapport"
fails=0
check() {
  what=$1; shift
  if "$@" >"$OUT/last.txt" 2>&1; then echo "ok   $what"; else echo "FAIL $what"; cat "$OUT/last.txt"; fails=$((fails + 1)); fi
}
has() { grep -qxF "$2" "$1" || { echo "$1 lacks the line: $2"; cat "$1"; return 1; }; }
lacks() { ! grep -qF "$2" "$1" || { echo "$1 has: $2"; return 1; }; }
# xvfb-run -a can lose the race for a display number to another test starting at the same
# moment: a window that never ran is started again (a run that ran says so with exit 0).
win() {
  for try in 1 2 3; do
    xvfb-run -a -s "-screen 0 1920x1080x24" "$R" play --seed 1 "$@" && return 0
    echo "(attempt $try failed: exit $?)" >&2
    sleep 1
  done
  return 1
}
settings() { printf '%s\n' "$@" > "$XDG_CONFIG_HOME/rapport/settings.conf"; }

# 1. Undo while the line is still appearing (slow reveal): four turns, three quick presses of U
#    while the new line reveals, then one more reply.
settings "reveal = slow"
win $C --script "wait:400 key:Right key:1 wait:300 key:Right key:3 wait:300 key:Right key:3 wait:300 key:Right key:2 wait:150 dump:$OUT/four.txt key:u wait:100 key:u wait:100 key:u wait:300 dump:$OUT/undo.txt key:Right key:3 wait:400 dump:$OUT/replayed.txt quit" >>"$OUT/windows.log" 2>&1
check "four turns played" has "$OUT/four.txt" "turns 4"
check "three presses of U during the reveal undo three turns" has "$OUT/undo.txt" "turns 1"
check "the rewind leaves a mark in the history" has "$OUT/undo.txt" "history 2 — rewound to turn 2 —"
check "one mark: the undone turns' marks go with them" sh -c "[ \$(grep -c 'rewound to turn' '$OUT/undo.txt') -eq 1 ]"
check "the mark stays after further play" has "$OUT/replayed.txt" "history 2 — rewound to turn 2 —"
check "and play went on" has "$OUT/replayed.txt" "turns 2"
check "the mark comes before the replayed turn" sh -c "grep '^history 2 ' '$OUT/replayed.txt' | head -n 1 | grep -q 'rewound to turn 2'"
check "no caption twice in a row" sh -c "awk '/^history/ { \$2=\"\"; if (\$0 == last) exit 1; last = \$0 }' '$OUT/replayed.txt'"
rm -rf "$XDG_DATA_HOME"
settings "reveal = instant"
win tests/sdl/captions.lua --script "wait:400 key:1 wait:300 dump:$OUT/captions.txt quit" >>"$OUT/windows.log" 2>&1
check "the same caption is not said twice in a row" sh -c "[ \$(grep -cx 'history 1 Al sighs.' '$OUT/captions.txt') -eq 1 ]"
rm -rf "$XDG_DATA_HOME"

# 2. Text size 12 to 40 at 800x600: the client's line in view (every row at the start; some
#    rows after the selection moved down the replies); the settings dialog fits at 40.
for ts in 12 24 40; do
  settings "text_size = $ts" "reveal = instant"
  win $C --size 800x600 --script "wait:500 dump:$OUT/t$ts.txt shot:$OUT/t$ts.bmp key:Down key:Down key:Down wait:300 dump:$OUT/t$ts-down.txt key:Escape wait:300 dump:$OUT/t$ts-menu.txt shot:$OUT/t$ts-menu.bmp quit" >>"$OUT/windows.log" 2>&1
  check "text $ts at 800x600: a window of 800x600" has "$OUT/t$ts.txt" "size 800x600"
  check "text $ts at 800x600: the line's first rows are in view" sh -c "grep -q '^line_rows \([1-9][0-9]*\) of ' '$OUT/t$ts.txt' && ! grep -qx 'line_rows 0 of .*' '$OUT/t$ts.txt'"
  check "text $ts at 800x600: the line stays in view after moving the selection" sh -c "! grep -q '^line_rows 0 of' '$OUT/t$ts-down.txt'"
  check "text $ts at 800x600: the settings dialog fits" has "$OUT/t$ts-menu.txt" "menu_fits yes"
  rm -rf "$XDG_DATA_HOME"
done
check "text 12 at 800x600: the whole line is in view" sh -c "grep -q '^line_rows \([0-9]*\) of \1$' '$OUT/t12.txt'"

# 3. 1920x1080 with the default text size: the text grows with the window (18 -> 27).
settings "reveal = instant"
win $C --size 1920x1080 --script "wait:500 dump:$OUT/hd.txt shot:$OUT/hd.bmp quit" >>"$OUT/windows.log" 2>&1
check "1920x1080: a window of 1920x1080" "$CMP" size "$OUT/hd.bmp" 1920x1080
check "1920x1080: the text grows with the window" has "$OUT/hd.txt" "text_px 27"
rm -rf "$XDG_DATA_HOME"

# 4. The resume prompt: a save from an unfinished session, then the next start offers it as a
#    modal dialog: Esc opens no settings over it, a reply key and a click do nothing, Enter
#    resumes; after it, Esc opens the settings.
win $C --script "wait:400 key:Right key:1 wait:300 key:Right key:3 wait:300 key:Right key:3 wait:400 quit" >>"$OUT/windows.log" 2>&1
win $C --script "wait:600 dump:$OUT/offer.txt shot:$OUT/offer.bmp key:1 wait:200 click:700,250 wait:300 dump:$OUT/offer-keys.txt key:Escape wait:300 dump:$OUT/offer-esc.txt shot:$OUT/offer-esc.bmp key:Return wait:800 dump:$OUT/resumed.txt key:Escape wait:300 dump:$OUT/after.txt quit" >>"$OUT/windows.log" 2>&1
check "the offer is shown" has "$OUT/offer.txt" "resume_offer shown"
check "Esc opens no settings over the offer" has "$OUT/offer-esc.txt" "menu closed"
check "the offer stays up after Esc" has "$OUT/offer-esc.txt" "resume_offer shown"
check "a reply key and a click do not reach the replies under the offer" has "$OUT/offer-keys.txt" "turns 0"
check "the offer waits for its answer" has "$OUT/offer-keys.txt" "resume_offer shown"
check "Enter resumes at turn 3" has "$OUT/resumed.txt" "turns 3"
check "the offer is gone once answered" has "$OUT/resumed.txt" "resume_offer none"
check "then Esc opens the settings" has "$OUT/after.txt" "menu open"

# 5. The picker shows each client's face (drawn over the wall colour of its square), and its
#    difficulty beside the title.
settings "reveal = instant"
win --script "wait:1200 dump:$OUT/picker.txt shot:$OUT/picker.bmp quit" >>"$OUT/windows.log" 2>&1
check "the picker is shown" has "$OUT/picker.txt" "screen picker"
check "the picker draws the second client's face" "$CMP" ink "$OUT/picker.bmp" --region 170,220,76,76 --bg 214,206,192 --min-pct 40
check "the picker draws the fourth client's face" "$CMP" ink "$OUT/picker.bmp" --region 170,434,76,76 --bg 214,206,192 --min-pct 40

# 6. Typed replies (issue 15) at text size 40 in 800x600: the settings dialog, with its
#    Replies row, still fits; text typed reaches the box whole (UTF-8 included).
rm -rf "$XDG_DATA_HOME"
settings "text_size = 40" "reveal = instant" "replies = typed"
win $C --size 800x600 --script "wait:500 type:I_hear_you,_José wait:300 dump:$OUT/typed40.txt shot:$OUT/typed40.bmp key:Escape wait:300 dump:$OUT/typed40-menu.txt quit" >>"$OUT/windows.log" 2>&1
check "typed, text 40 at 800x600: the settings say typed" has "$OUT/typed40.txt" "replies typed"
check "typed, text 40 at 800x600: the text is in the box" has "$OUT/typed40.txt" "input I hear you, José"
check "typed, text 40 at 800x600: the settings dialog fits" has "$OUT/typed40-menu.txt" "menu_fits yes"
rm -rf "$XDG_DATA_HOME"

[ $fails -eq 0 ] && echo "session: all checks passed" && exit 0
echo "session: $fails check(s) failed"
exit 1
