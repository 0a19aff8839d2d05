#!/bin/sh
# Crash-safe progress: play a client in the terminal, feeding choices, and kill -9 it at a
# random moment, many times. After each kill the save must be a valid record whose choices
# are the first ones fed (nothing torn, at most the choice being made lost), and resuming it
# must show exactly what a fresh replay of the saved choices shows: the same turn, the same
# band and the same line (drawn by the same seeded generator).
rapport=$1 rounds=${2:-30}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data"
save="$XDG_DATA_HOME/rapport/progress/dana-results.json"
fail=0 checked=0
# The choices fed: the MI bot's path for seed 7, as the terminal numbers it (the shown order),
# so the session lasts long enough to be killed in the middle of it.
keys=$("$rapport" run dana-results --policy mi --seed 7 --json --no-record | sed -n 's/.*"pressed":\([0-9]*\).*/\1/p')
nkeys=$(printf '%s\n' $keys | wc -l)
[ "$nkeys" -ge 6 ] || { echo "FAIL: the mi path for seed 7 has only $nkeys turns"; exit 1; }
i=0
while [ $i -lt "$rounds" ]; do
  i=$((i + 1))
  delay=$(awk -v s="$i" -v n="$nkeys" 'BEGIN { srand(s); printf "%.3f", 0.02 + rand() * 0.03 * n }')
  ( for k in $keys; do echo "$k"; sleep 0.03; done ) |
    "$rapport" play --text dana-results --seed 7 --fresh --no-record >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  [ -f "$save" ] || continue # killed before the first choice, or after the ending
  checked=$((checked + 1))
  if ! "$rapport" replay "$save" --json > "$tmp/replay.jsonl" 2>"$tmp/err"; then
    echo "FAIL round $i: the save does not replay: $(cat "$tmp/err")"; fail=1; continue
  fi
  # The saved choices are a prefix of the choices fed.
  n=$(grep -c '^{"turn":' "$tmp/replay.jsonl")
  k=0
  while [ $k -lt "$n" ]; do
    k=$((k + 1))
    want=$(printf '%s\n' $keys | sed -n "${k}p")
    got=$(sed -n "${k}p" "$tmp/replay.jsonl" | sed 's/.*"pressed":\([0-9]*\).*/\1/')
    [ "$got" = "$want" ] || { echo "FAIL round $i: saved choice $k is $got, fed $want"; fail=1; }
  done
  end=$(grep '^{"end"' "$tmp/replay.jsonl")
  line=$(echo "$end" | sed 's/.*"say":"\(.*\)","turns".*/\1/' | sed 's/\\"/"/g')
  band=$(echo "$end" | sed 's/.*"band":"\([a-z]*\)".*/\1/')
  # One line per paragraph (no wrapping), so the line can be found whole.
  printf 'q\n' | COLUMNS=999 "$rapport" play --text dana-results --resume --no-record > "$tmp/resumed.txt" 2>&1
  grep -q "(resumed at turn $n of your saved session)" "$tmp/resumed.txt" ||
    { echo "FAIL round $i: did not resume at turn $n"; sed -n 3p "$tmp/resumed.txt"; fail=1; }
  grep -qF "Dana ($band): $line" "$tmp/resumed.txt" ||
    { echo "FAIL round $i: the resumed session does not show the replay's line ($band): $line"; fail=1; }
done
echo "kill and resume: $rounds kills, $checked saves checked, $([ $fail -eq 0 ] && echo all exact || echo FAILURES)"
[ $checked -gt 0 ] || { echo "FAIL: no kill happened after a choice"; exit 1; }
exit $fail
