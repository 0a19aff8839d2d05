#!/bin/sh
# Records and goldens: a record replays to the same transcript; a record made against an
# edited scenario names the choice that no longer exists; broken records get one line and
# exit 2; --golden passes on the same transcript and fails (exit 1) with the first difference.
rapport=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
expect() { # name, want-exit, got-exit, [want-line, got-line]
  if [ "$2" != "$3" ] || [ "$4" != "$5" ]; then
    printf 'FAIL %s\n  want (exit %s): %s\n  got  (exit %s): %s\n' "$1" "$2" "$4" "$3" "$5"; fail=1
  else echo "ok   $1"; fi
}
cp scripts/examples/first-client.lua "$tmp/client.lua"
"$rapport" run "$tmp/client.lua" --policy random --seed 4 --record "$tmp/rec.json" > "$tmp/run.txt"
expect "run --record" 0 $? "" ""
"$rapport" replay "$tmp/rec.json" --scenario "$tmp/client.lua" > "$tmp/replay.txt"
rc=$?
# The replay's header line names the record; the rest must match the run exactly.
if tail -n +2 "$tmp/run.txt" | cmp -s - "$(tail -n +2 "$tmp/replay.txt" > "$tmp/r2" && echo "$tmp/r2")"; then same=same; else same=differs; fi
expect "replay gives the same transcript" 0 $rc same "$same"
sed -i 's/id = "name_it"/id = "name_the_pressure"/' "$tmp/client.lua"
"$rapport" run "$tmp/client.lua" --choices reflect,name_the_pressure,1 --record "$tmp/rec2.json" >/dev/null
sed -i 's/id = "name_the_pressure"/id = "renamed"/' "$tmp/client.lua"
"$rapport" replay "$tmp/rec2.json" --scenario "$tmp/client.lua" 2>"$tmp/err" >/dev/null
rc=$?
got=$(tail -n 1 "$tmp/err")
expect "edited scenario names the missing choice" 2 $rc "$tmp/rec2.json: record step 2: choice 'name_the_pressure' no longer exists at node 'pressure'" "$got"
printf '{"format":"rapport-record","version":9}' > "$tmp/v9.json"
got=$("$rapport" replay "$tmp/v9.json" 2>&1)
expect "wrong version" 2 $? "$tmp/v9.json: record version 9 is not one this engine reads (1 to 1)" "$got"
head -c 200 "$tmp/rec.json" > "$tmp/cut.json"
got=$("$rapport" replay "$tmp/cut.json" 2>&1)
expect "truncated record" 2 $? "$tmp/cut.json:$(wc -l < "$tmp/cut.json" | awk '{print $1+1}'): not a valid record: the JSON is malformed or cut short" "$got"
printf 'hello' > "$tmp/junk.json"
got=$("$rapport" replay "$tmp/junk.json" 2>&1)
expect "not JSON" 2 $? "$tmp/junk.json:1: not a valid record: the JSON is malformed or cut short" "$got"
got=$("$rapport" replay "$tmp/none.json" 2>&1)
expect "missing record" 2 $? "$tmp/none.json: cannot open: No such file or directory" "$got"
"$rapport" run scripts/examples/first-client.lua --choices 1,1,1 --golden "$tmp/g.txt" --update 2>/dev/null
"$rapport" run scripts/examples/first-client.lua --choices 1,1,1 --golden "$tmp/g.txt"
expect "golden matches" 0 $? "" ""
"$rapport" run scripts/examples/first-client.lua --choices 1,1,2 --golden "$tmp/g.txt" 2>"$tmp/err"
rc=$?
got=$(head -n 1 "$tmp/err")
expect "golden differs" 1 $rc "$tmp/g.txt:21: the transcript differs from the golden file" "$got"
# Seeds are exact: 2^64-1 and 2^53+1 (a double would make them 2^64 and 2^53) are recorded,
# replayed, reported and exported as themselves.
for seed in 18446744073709551615 9007199254740993; do
  "$rapport" run dana-results --policy random --seed $seed --record "$tmp/s$seed.json" > "$tmp/s$seed.txt"
  rc=$?
  got=$(grep -c "\"seed\":.*\"$seed\"" "$tmp/s$seed.json")
  expect "seed $seed recorded exactly" 0 $rc 1 "$got"
  "$rapport" replay "$tmp/s$seed.json" > "$tmp/s$seed.replay" 2>/dev/null
  rc=$?
  got=$(head -n 1 "$tmp/s$seed.replay" | grep -o "seed [0-9]*")
  expect "seed $seed replayed as itself" 0 $rc "seed $seed" "$got"
  if tail -n +2 "$tmp/s$seed.txt" | cmp -s - "$(tail -n +2 "$tmp/s$seed.replay" > "$tmp/r3" && echo "$tmp/r3")"; then same=same; else same=differs; fi
  expect "seed $seed replays the same transcript" 0 0 same "$same"
  got=$("$rapport" report "$tmp/s$seed.json" --format text 2>/dev/null | grep -o "seed [0-9]*")
  expect "seed $seed in the text report" 0 $? "seed $seed" "$got"
  "$rapport" export --xapi "$tmp/s$seed.json" --out "$tmp/x$seed.json" 2>/dev/null
  want=$(grep -c "\"seed\":" "$tmp/x$seed.json")
  got=$(grep -c "\"seed\":.*\"$seed\"" "$tmp/x$seed.json")
  expect "seed $seed in xAPI (every statement)" 0 0 "$want" "$got"
  got=$("$rapport" run dana-results --choices 1 --seed $seed --json | grep -o "\"seed\":\"[0-9]*\"")
  expect "seed $seed in the JSON transcript" 0 $? "\"seed\":\"$seed\"" "$got"
done
[ $fail -eq 0 ] && echo "replay: all passed"
exit $fail
