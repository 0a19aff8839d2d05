#!/bin/sh
# rapport why and play --text --from/--set (issue 13, authoring items 5 and 6): each case's
# whole output (stdout and stderr) and exit code must equal tests/why/NAME exactly: the state and
# band, why the line was said (band, volatile, questions, deflect, a say function), every
# choice offered (number, place shown, route or rule) or hidden (each term of a table
# condition, or the function's file:line), a terminal session started at a node with variables
# set, and the one-line errors of bad input. UPDATE=1 rewrites the files (then review the diff).
# Run from the source tree: file names in the output are relative to it.
rapport=$1
pass=0 fail=0
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" COLUMNS=72
F=tests/why/why-fixture.lua
check() { # name, output
  file=tests/why/$1
  if [ -n "$UPDATE" ]; then printf '%s\n' "$2" > "$file"; fi
  if [ -f "$file" ] && [ "$(cat "$file")" = "$2" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $1"
    printf '%s\n' "$2" | diff "$file" - | head -n 20
  fi
}
case_() { # name, input, arguments...
  name=$1 input=$2; shift 2
  check "$name" "$(printf "$input" | "$rapport" "$@" 2>&1; echo "exit $?")"
}
# Hidden by a table condition (two terms) and by a function; the last route; a band's line.
case_ fixture-start.txt '' why $F
# Every choice offered; the first route holds after the turn; a rule overrides a route.
case_ fixture-set.txt '' why $F --set trust=4 --set asked=true --set rapport=75
case_ fixture-rule.txt '' why $F --set=discord=75 --seed 2
# The questions and deflect entries, set directly; choices played from a node to an ending.
case_ fixture-questions.txt '' why $F --set questions_complaint=true
case_ fixture-deflect.txt '' why $F --set deflecting=true --from opening
case_ fixture-ending.txt '' why $F --from middle --set asked=true --choices thanks
# The same as one JSON object.
case_ fixture-json.txt '' why $F --json --set=discord=75 --seed 2
# Bundled clients: a say function and a hidden table condition (sam), a volatile answer (team).
case_ sam-dad.txt '' why sam-father --from dad_again --set rapport=55
case_ team-volatile.txt '' why team-pushback --choices 1,1
case_ dana-numbers.txt '' why dana-results --choices reflect_gap
# Across the sessions of a course: "next" and "missed" are steps, as for rapport run.
case_ course-next.txt '' why tests/flow/course.lua --choices ask,next
case_ course-missed.txt '' why tests/flow/course.lua --choices ask,missed
# A terminal session at a node with variables set: undo returns to that node.
case_ play-from.txt '1\nu\n2\nq\n' play --text $F --seed 2 --from middle --set asked=true \
  --set rapport=60 --mode assessment
# Rewinds return to the node started at, its visit counted once: "First." each time.
case_ play-rewind.txt 'r\nr\n1\nr 1\nq\n' play --text tests/why/visits.lua --from a --seed 1
# Sessions started with --from or --set keep no record and no saved session.
kept=$(find "$tmp" -type f 2>/dev/null)
if [ -z "$kept" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: kept $kept"; fi
# Bad input: one line each, exit 2.
errors=$(
  while IFS= read -r args; do
    echo "\$ rapport $args"
    eval "\"\$rapport\" $args" 2>&1 </dev/null
    echo "exit $?"
  done <<CASES
why $F --from openin
why $F --from zzz
why $F --set trsut=3
why $F --set trust=9
why $F --set trust=abc
why $F --set asked=1
why $F --set x
why $F --set resistance=70
why $F --choices 9
why $F --choices nope
why $F --choices ask,more,more
why $F --seed x
why nosuch
why
play --text $F --from midle
play --text $F --set rapport=101 --seed 1
play --text $F --from middle --record /nonexistent/r.json
CASES
)
check errors.txt "$errors"
echo "why: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
