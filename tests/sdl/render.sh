#!/bin/sh
# Headless frames (rapport render): the avatar tells an open client from a hostile one, the
# speech text is drawn and revealed progressively, the debrief draws, the layout survives
# small windows, a scenario's avatar override works, and bad arguments exit 2 with one line.
# usage: render.sh RAPPORT IMGCMP OUTDIR
R=$1 CMP=$2 OUT=$3
mkdir -p "$OUT" || exit 2
fails=0
check() { # description, command...
  what=$1; shift
  if "$@" >"$OUT/last.txt" 2>&1; then echo "ok   $what"; else echo "FAIL $what"; cat "$OUT/last.txt"; fails=$((fails + 1)); fi
}
render() { "$R" render "$@" || { echo "FAIL rapport render $*"; fails=$((fails + 1)); }; }

# Dana open and hostile: the golden cases (tests/sdl/golden/cases.txt).
CALM=reflect_money,reflect_gap,ask_keith,reflect_carrying,ask_tony,welcome_cancel,reframe_shared,reassure_spread,offer_view
HOSTILE=ask_results,ask_counting,booth_math,fire_hose
render dana-results --seed 15 --choices $CALM --out "$OUT/calm.bmp"
render dana-results --seed 10 --choices $HOSTILE --out "$OUT/hostile.bmp"
render dana-results --seed 15 --choices $CALM --mode assessment --out "$OUT/calm-a.bmp"
render dana-results --seed 10 --choices $HOSTILE --mode assessment --out "$OUT/hostile-a.bmp"
# The avatar's panel at 1280x720 is x 0-460 from y 40; the meters sit under it in practice mode.
# The room behind the client does not change, so about a third of the panel is the same in any
# two frames: open against hostile measured 13.5% (the same figure twice: 0%).
check "avatar differs clearly between calm and hostile" "$CMP" differ "$OUT/calm.bmp" "$OUT/hostile.bmp" --region 0,60,460,480 --min-pct 8
check "avatar differs with the meters hidden (assessment)" "$CMP" differ "$OUT/calm-a.bmp" "$OUT/hostile-a.bmp" --region 0,60,460,560 --min-pct 8
check "assessment mode hides the meters" "$CMP" differ "$OUT/calm.bmp" "$OUT/calm-a.bmp" --region 0,600,460,90 --min-pct 5
check "frame is 1280x720" "$CMP" size "$OUT/calm.bmp" 1280x720

# Speech text: the panel (x 472-922, y 52) has its line drawn; at 0 ms nothing is revealed yet.
render dana-results --out "$OUT/start.bmp"
render dana-results --at-ms 0 --out "$OUT/start0.bmp"
render dana-results --at-ms 1500 --out "$OUT/start1500.bmp"
check "speech text is drawn" "$CMP" ink "$OUT/start.bmp" --region 480,80,440,80 --bg 40,46,60 --min-pct 4
check "speech text is not yet shown at 0 ms" sh -c "! \"$CMP\" ink \"$OUT/start0.bmp\" --region 480,80,440,80 --bg 40,46,60 --min-pct 0.5"
check "speech text is partly revealed at 1500 ms" "$CMP" differ "$OUT/start1500.bmp" "$OUT/start.bmp" --region 480,80,440,80 --min-pct 1
# Speech: the jaw moves while the line appears (400 and 470 ms: 1.37% of the face box apart)
# and rests once it is all shown (12000 and 12070 ms: 0%).
render dana-results --at-ms 400 --out "$OUT/talk400.bmp"
render dana-results --at-ms 470 --out "$OUT/talk470.bmp"
render dana-results --at-ms 12000 --out "$OUT/still12000.bmp"
render dana-results --at-ms 12070 --out "$OUT/still12070.bmp"
check "the mouth moves while the line appears" "$CMP" differ "$OUT/talk400.bmp" "$OUT/talk470.bmp" --region 160,140,160,140 --min-pct 0.5
check "the face is still once the line is shown" "$CMP" compare "$OUT/still12000.bmp" "$OUT/still12070.bmp" --region 160,140,160,140 --max-pct 0 --max-mean 0
check "history panel has the caption" "$CMP" ink "$OUT/start.bmp" --region 940,70,330,40 --bg 40,46,60 --min-pct 2

# The debrief: chart and choices.
render dana-results --seed 2 --choices welcome_open,reflect_gap,reflect_keith,welcome_questions,reflect_sales,reflect_cancel,reframe_shared,reflect_doubt,reflect_test,final_summary --debrief --out "$OUT/debrief.bmp"
check "debrief chart is drawn" "$CMP" ink "$OUT/debrief.bmp" --region 560,100,700,160 --bg 40,46,60 --min-pct 20
check "debrief lists the choices" "$CMP" ink "$OUT/debrief.bmp" --region 545,360,700,200 --bg 40,46,60 --min-pct 3

# Other sizes, high contrast, every bundled client's first frame.
render dana-results --size 800x600 --choices 1 --out "$OUT/narrow.bmp"
render dana-results --size 320x240 --out "$OUT/tiny.bmp"
render dana-results --size 1920x1080 --out "$OUT/big.bmp"
render dana-results --contrast --out "$OUT/contrast.bmp"
render dana-results --size 800x600 --text-size 40 --choices 1 --out "$OUT/large-text.bmp"
render dana-results --text-size 12 --choices 1 --out "$OUT/small-text.bmp"
check "narrow frame" "$CMP" size "$OUT/narrow.bmp" 800x600
check "large text scrolls the replies into view" "$CMP" differ "$OUT/narrow.bmp" "$OUT/large-text.bmp" --region 340,60,450,480 --min-pct 20
check "high contrast differs" "$CMP" differ "$OUT/start.bmp" "$OUT/contrast.bmp" --min-pct 30
for c in dana-results marcus-authority sam-father team-pushback; do render $c --out "$OUT/first-$c.bmp"; done

# A scenario's avatar override, and its errors.
render tests/sdl/avatar-override.lua --choices smile --out "$OUT/ov-smile.bmp"
render tests/sdl/avatar-override.lua --choices plain --out "$OUT/ov-plain.bmp"
check "avatar override changes the figure" "$CMP" differ "$OUT/ov-smile.bmp" "$OUT/ov-plain.bmp" --region 0,60,460,480 --min-pct 10

# Bad input: one line, exit 2.
expect() { # exit code, first line of stderr, args...
  code=$1 msg=$2; shift 2
  "$R" "$@" >/dev/null 2>"$OUT/err.txt"
  got=$?
  line=$(head -n 1 "$OUT/err.txt")
  if [ "$got" = "$code" ] && [ "$line" = "$msg" ]; then echo "ok   rapport $*"; else
    echo "FAIL rapport $*: exit $got, '$line'; wanted exit $code, '$msg'"; fails=$((fails + 1)); fi
}
expect 2 "rapport render: --out FILE.bmp is required" render dana-results
expect 2 "rapport render: which scenario?" render --out "$OUT/x.bmp"
expect 2 "rapport render: --size needs WIDTHxHEIGHT, at least 320x240: 10x10" render dana-results --size 10x10 --out "$OUT/x.bmp"
expect 2 "rapport render: --size needs WIDTHxHEIGHT, at least 320x240: big" render dana-results --size big --out "$OUT/x.bmp"
expect 2 "rapport render: --at-ms needs milliseconds (0 to 3600000): soon" render dana-results --at-ms soon --out "$OUT/x.bmp"
expect 2 "rapport render: --choices: step 2: choice 99 is out of range at node 'numbers': 4 offered" render dana-results --choices 1,99 --out "$OUT/x.bmp"
expect 2 "rapport render: --choices: step 1: no choice 'nope' is offered at node 'opening'" render dana-results --choices nope --out "$OUT/x.bmp"
expect 2 "rapport render: --choices: step 2 is empty or too long" render dana-results --choices 1,,2 --out "$OUT/x.bmp"
expect 2 "rapport render: --debrief: the session has not ended after these choices (at 'numbers')" render dana-results --choices 1 --debrief --out "$OUT/x.bmp"
expect 2 "rapport render: unknown option: --frobnicate" render dana-results --frobnicate --out "$OUT/x.bmp"
expect 2 "rapport render: --repeat needs a count (1 to 100000): 0" render dana-results --repeat 0 --out "$OUT/x.bmp"
expect 2 "rapport render: --text-size needs pixels (12 to 40): 41" render dana-results --text-size 41 --out "$OUT/x.bmp"
expect 2 "rapport: no client 'nobody': give a .lua file or one of the bundled clients (rapport list)" render nobody --out "$OUT/x.bmp"
expect 2 "rapport render: cannot write /nonexistent/dir/x.bmp: No such file or directory" render dana-results --out /nonexistent/dir/x.bmp
expect 2 "tests/sdl/avatar-bad.lua:11: 'avatar' function returned string: it must return a table of channels" render tests/sdl/avatar-bad.lua --out "$OUT/x.bmp"
sed 's/return "smile"/return { grin = 1 }/' tests/sdl/avatar-bad.lua >"$OUT/avatar-channel.lua"
expect 2 "$OUT/avatar-channel.lua:11: 'avatar' returned an unknown channel 'grin'" render "$OUT/avatar-channel.lua" --out "$OUT/x.bmp"
sed 's/return "smile"/return { arms = "akimbo" }/' tests/sdl/avatar-bad.lua >"$OUT/avatar-arms.lua"
expect 2 "$OUT/avatar-arms.lua:11: 'avatar' channel 'arms' must be a number or \"open\", \"table\", \"crossed\"" render "$OUT/avatar-arms.lua" --out "$OUT/x.bmp"
expect 2 "rapport play: --script: unknown step 'dance' (key:NAME click:X,Y move:X,Y wait:MS shot:FILE dump:FILE resize:WxH mark:NAME quit)" play dana-results --script "key:1 dance"
expect 2 "rapport play: --script: unknown key 'Banana' (SDL key names: 1, Return, Down, F5, Escape, ...)" play dana-results --script "key:Banana"
expect 2 "rapport play: --mode is practice or assessment: exam" play --mode exam
expect 2 "rapport play: unknown option: --frobnicate" play --frobnicate
expect 2 "rapport play: one scenario at a time; unexpected: b" play a b

# No font at all (fontconfig with an empty configuration): one clear line, exit 2.
printf '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n' >"$OUT/no-fonts.conf"
FONTCONFIG_FILE="$OUT/no-fonts.conf" "$R" render dana-results --out "$OUT/x.bmp" >/dev/null 2>"$OUT/err.txt"
got=$?
line=$(head -n 1 "$OUT/err.txt")
want="rapport: no font found: install fonts-dejavu-core (apt-get install fonts-dejavu-core) or set font = /path/to/font.ttf in the settings file"
if [ "$got" = 2 ] && [ "$line" = "$want" ]; then echo "ok   rapport render with no font"; else
  echo "FAIL rapport render with no font: exit $got, '$line'"; fails=$((fails + 1)); fi

# No display: the window says so instead of opening an invisible one.
env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER "$R" play dana-results >/dev/null 2>"$OUT/err.txt"
got=$?
line=$(head -n 1 "$OUT/err.txt")
want="rapport: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset); try 'rapport play --text'"
if [ "$got" = 2 ] && [ "$line" = "$want" ]; then echo "ok   rapport play without a display"; else
  echo "FAIL rapport play without a display: exit $got, '$line'"; fails=$((fails + 1)); fi

# A client can choose assessment mode (no meters); --mode still wins over it.
sed 's/^  id = "first-client",/  id = "first-client", mode = "assessment",/' scripts/examples/first-client.lua >"$OUT/assess.lua"
render scripts/examples/first-client.lua --out "$OUT/mode-default.bmp"
render "$OUT/assess.lua" --out "$OUT/mode-client.bmp"
render "$OUT/assess.lua" --mode practice --out "$OUT/mode-forced.bmp"
check "a client in assessment mode hides the meters" "$CMP" differ "$OUT/mode-default.bmp" "$OUT/mode-client.bmp" --region 0,590,460,110 --min-pct 20
check "--mode practice shows them again" "$CMP" compare "$OUT/mode-default.bmp" "$OUT/mode-forced.bmp" --region 0,590,460,110 --max-pct 1 --max-mean 1
sed 's/^  id = "first-client",/  id = "first-client", mode = "exam",/' scripts/examples/first-client.lua >"$OUT/mode-bad.lua"
expect 2 "$OUT/mode-bad.lua:11: 'mode' must be \"practice\" or \"assessment\"" render "$OUT/mode-bad.lua" --out "$OUT/x.bmp"

[ $fails -eq 0 ] && echo "render: all checks passed" && exit 0
echo "render: $fails check(s) failed"
exit 1
