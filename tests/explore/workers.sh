#!/bin/sh
# explore on several threads reports exactly what it reports on one: for each case the text
# report, the --json report, the messages on stderr and the exit code with --workers 2 and
# --workers 3 equal --workers 1 byte for byte; and lint of a client says the same with 1 and
# 2 workers. Cases: a bounded depth, a course of sessions, a flow with calls, a violated
# invariant (its counterexample), a run cut at --max-states, a script error deep in the space
# (the first failing state wins), the bound that comes just before it, and an error a hundred
# turns deep, found with rounds in flight on every worker.
# usage: workers.sh RAPPORT (from the source tree)
rapport=$1
dir=$(mktemp -d "${TMPDIR:-/tmp}/rapport-workers.XXXXXX") || exit 2
trap 'rm -rf "$dir"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
trap 'exit 141' PIPE
fail=0
# run NAME WORKERS ARGS...: stdout, stderr and the exit code into $dir/NAME.WORKERS.*
run() {
  name=$1 w=$2
  shift 2
  "$rapport" "$@" --workers "$w" >"$dir/$name.$w.out" 2>"$dir/$name.$w.err"
  echo $? >"$dir/$name.$w.rc"
}
# same NAME MAXWORKERS ARGS...: every worker count up to MAXWORKERS against one
same() {
  name=$1 max=$2
  shift 2
  run "$name" 1 "$@"
  bad=$fail fail=0
  w=2
  while [ "$w" -le "$max" ]; do
    run "$name" "$w" "$@"
    for part in out err rc; do
      if ! cmp -s "$dir/$name.1.$part" "$dir/$name.$w.$part"; then
        echo "FAIL $name: --workers $w differs from --workers 1 ($part; < 1 worker, > $w):"
        diff "$dir/$name.1.$part" "$dir/$name.$w.$part" | head -n 20
        fail=1
      fi
    done
    w=$((w + 1))
  done
  if [ ! -s "$dir/$name.1.out" ] && [ ! -s "$dir/$name.1.err" ]; then
    echo "FAIL $name: no output at all"
    fail=1
  fi
  [ $fail -eq 0 ] && echo "ok   $name: rapport $* (exit $(cat "$dir/$name.1.rc"))"
  fail=$((fail | bad))
}
for fmt in text json; do
  j=
  [ "$fmt" = json ] && j=--json
  same "dana-$fmt" 3 explore scripts/clients/dana-results.lua --max-depth 8 $j
  same "course-$fmt" 3 explore tests/flow/course.lua $j
  same "flow-$fmt" 3 explore tests/flow/flow.lua $j
  same "invariant-$fmt" 3 explore tests/explore/invariant.lua $j
  same "bounded-$fmt" 3 explore scripts/clients/team-pushback.lua --max-states 5000 $j
  same "fails-$fmt" 3 explore tests/explore/fails.lua $j
  same "fails71-$fmt" 3 explore tests/explore/fails.lua --max-states 71 $j
  same "fails72-$fmt" 3 explore tests/explore/fails.lua --max-states 72 $j
  same "deep-$fmt" 3 explore tests/explore/fails_deep.lua $j
done
same lint 2 lint scripts/clients/ruth-sessions.lua
# The cases must say what they are meant to (else a broken explorer could agree with itself).
grep -q 'stopped at --max-depth' "$dir/dana-text.1.out" || { echo "FAIL dana: not cut at depth 8"; fail=1; }
grep -q 'INVARIANT VIOLATED' "$dir/invariant-text.1.out" || { echo "FAIL invariant: not violated"; fail=1; }
grep -q '"hit_max_states":true' "$dir/bounded-json.1.out" || { echo "FAIL bounded: not bounded"; fail=1; }
grep -q 'too far at a=3 b=4' "$dir/fails-text.1.err" || { echo "FAIL fails: not the first error"; fail=1; }
grep -q 'explored explore-fails: 71 states' "$dir/fails71-text.1.out" || { echo "FAIL fails71: not cut"; fail=1; }
grep -q 'too far' "$dir/fails72-text.1.err" || { echo "FAIL fails72: no error"; fail=1; }
grep -q 'fails_deep.lua:17: too deep at a=90 b=24 c=6$' "$dir/deep-text.1.err" ||
  { echo "FAIL deep: not the first error"; fail=1; }
# The threads really ran (a worker that cannot open its copy of the file is left out).
for w in 2 3; do
  "$rapport" explore tests/flow/flow.lua --workers $w --stats 2>&1 >/dev/null | grep -q "\"workers\":$w," ||
    { echo "FAIL --workers $w: --stats does not say $w workers ran"; fail=1; }
done
"$rapport" explore tests/flow/flow.lua --workers 1 --stats 2>&1 >/dev/null | grep -q '"workers":1,' ||
  { echo "FAIL --workers 1: --stats does not say 1 worker"; fail=1; }
# --workers is checked like every whole-number option.
for bad in 0 65 x; do
  out=$("$rapport" explore tests/flow/course.lua --workers "$bad" 2>&1)
  rc=$?
  if [ $rc -ne 2 ] || [ "$(printf '%s\n' "$out" | wc -l)" -ne 1 ]; then
    echo "FAIL --workers $bad: exit $rc, expected 2 and one line: $out"
    fail=1
  fi
done
if [ $fail -eq 0 ]; then echo "ok   every report is the same on 1, 2 and 3 workers"; fi
exit $fail
