#!/bin/sh
# Golden terminal sessions (rapport play --text): each case types its input on stdin at a fixed
# terminal width (COLUMNS) and seed, and the whole output must equal tests/golden/NAME exactly:
# wrapping at words, cues and posture in words (each posture sentence once per change), the
# per-turn cue in practice mode, the ending's title and the computed recap. UPDATE=1 rewrites
# the files (then review the diff). Saves and settings go to a temporary folder.
rapport=$1
pass=0 fail=0
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
case_() { # name, columns, input, arguments...
  name=$1 width=$2 input=$3; shift 3
  file=tests/golden/$name
  out=$(printf "$input" | COLUMNS=$width "$rapport" play --text --no-record --fresh "$@" 2>&1)
  if [ -n "$UPDATE" ]; then printf '%s\n' "$out" > "$file"; fi
  if [ -f "$file" ] && [ "$(cat "$file")" = "$out" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $name: COLUMNS=$width rapport play --text $*"
    printf '%s\n' "$out" | diff "$file" - | head -n 20
  fi
}
case_ play-dana-practice.txt 60 '2\n1\n2\nu\n3\n1\nr 2\n4\nq\n' dana-results --seed 3 --mode practice
case_ play-dana-ending.txt 72 '2\n1\n2\n3\n' dana-results --seed 3 --mode assessment
case_ play-sam-narrow.txt 40 '1\n2\n1\nq\n' sam-father --seed 5 --mode practice
case_ play-help.txt 80 '' --help
# Typed replies (--free): a confident match, a close one picked from "did you mean", a reply
# that fits no choice (it counts as its code; the client answers its unmatched line), one with
# nothing to code (no turn), Enter alone, an undo, and the debrief with the trainee's words.
case_ play-dana-free.txt 72 'Good, I would rather hear it from you today than in an email. Walk me through what you are seeing.\nnine leads\n1\ndid you catch the game last night\njjjj zxcvb\n\nu\nSo the content works right up to the sales floor, and there it stops.\nq\n' dana-results --seed 3 --free --mode practice
case_ play-example-free.txt 72 "so this wasn't your idea\\neveryone is watching and it all lands on you\\nlets leave it there then\\nq\\n" scripts/examples/first-client.lua --seed 1 --free --mode practice
# A course of sessions: a missed second session and a third attended (seed 3), and a missed
# last session ending the course (seed 1); the choice text and cue by state (flow fixture).
case_ play-course-missed.txt 72 '2\nn\n2\nn\nq\n' tests/flow/course.lua --seed 3
case_ play-course-ends.txt 72 '2\nn\n2\nn\nq\n' tests/flow/course.lua --seed 1
case_ play-flow-text.txt 72 '3\n3\n3\n3\nq\n' tests/flow/flow.lua --seed 2
echo "golden play: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
