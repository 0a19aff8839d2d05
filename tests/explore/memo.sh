#!/bin/sh
# The model's memo (engine/lua/memo.c) and the passes remembered (host_session_passed) change
# nothing but the time: for every bundled client,
# random play (the tally, and the transcripts with every turn's state as JSON), exhaustive
# exploration and the client's own tests and bots say the same byte for byte with the memo
# on and with RAPPORT_MODEL_MEMO=0; and the memo did answer calls (else the comparison would
# prove nothing).
# usage: memo.sh RAPPORT (from the source tree)
rapport=$1
dir=$(mktemp -d "${TMPDIR:-/tmp}/rapport-memo.XXXXXX") || exit 2
trap 'rm -rf "$dir"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
trap 'exit 141' PIPE
fail=0
# same NAME ARGS...: stdout, stderr and the exit code with the memo and without
same() {
  name=$1
  shift
  "$rapport" "$@" >"$dir/$name.on.out" 2>"$dir/$name.on.err"
  echo $? >"$dir/$name.on.rc"
  RAPPORT_MODEL_MEMO=0 "$rapport" "$@" >"$dir/$name.off.out" 2>"$dir/$name.off.err"
  echo $? >"$dir/$name.off.rc"
  for part in out err rc; do
    if ! cmp -s "$dir/$name.on.$part" "$dir/$name.off.$part"; then
      echo "FAIL $name: the memo changes $part (< with it, > without):"
      diff "$dir/$name.on.$part" "$dir/$name.off.$part" | head -n 20
      fail=1
      return
    fi
  done
  if [ ! -s "$dir/$name.on.out" ]; then
    echo "FAIL $name: no output"
    fail=1
    return
  fi
  echo "ok   $name: rapport $* (exit $(cat "$dir/$name.on.rc"))"
}
for f in scripts/clients/*.lua; do
  c=$(basename "$f" .lua)
  same "$c-tally" run "$f" --policy random --seed 5 --runs 3000 --quiet --workers 1
  same "$c-turns" run "$f" --policy random --seed 9 --runs 200 --json --no-record
  same "$c-explore" explore "$f" --json --workers 1 --max-states 150000
  same "$c-test" test "$f"
  # The memo answered, and only with it on.
  on=$("$rapport" run "$f" --policy random --seed 5 --runs 3000 --quiet --workers 1 --stats 2>&1 >/dev/null)
  off=$(RAPPORT_MODEL_MEMO=0 "$rapport" run "$f" --policy random --seed 5 --runs 3000 --quiet \
    --workers 1 --stats 2>&1 >/dev/null)
  answered=$(printf '%s\n' "$on" | sed -n 's/.*"model_memo_answered":\([0-9]*\).*/\1/p')
  if [ "${answered:-0}" -lt 1000 ]; then
    echo "FAIL $c: the memo answered ${answered:-no} calls of 3,000 sessions: $on"
    fail=1
  fi
  printf '%s\n' "$off" | grep -q '"model_memo_asked":0,"model_memo_answered":0,' ||
    { echo "FAIL $c: RAPPORT_MODEL_MEMO=0 did not turn the memo off: $off"; fail=1; }
done
# The turns compared carry the state: every turn's discord, as numbers.
grep -q '"discord":' "$dir/sam-father-turns.on.out" || { echo "FAIL turns: no state in them"; fail=1; }
if [ $fail -eq 0 ]; then echo "ok   the memo changes nothing but the time"; fi
exit $fail
