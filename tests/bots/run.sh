#!/bin/sh
# Bots that must fail (resistance-model.md section 7, version 2): on a client whose skilled
# reply is always the longest, `rapport test` must fail and name the bot, its rates against
# chance and the choice points that give the answer away; the other surface bots stay at chance.
rapport=$1
fail=0
out=$("$rapport" test tests/bots/giveaway.lua 2>&1); rc=$?
[ "$rc" = 1 ] && echo "ok   giveaway client fails (exit 1)" || { echo "FAIL giveaway: exit $rc, expected 1"; fail=1; }
expect() {
  if printf '%s\n' "$out" | grep -qxF "$1"; then echo "ok   $2"; else echo "FAIL $2: no line"; echo "  $1"; fail=1; fi
}
expect "FAIL giveaway: bot longest: beats chance: success 100.0%, pass 100.0% in 500 runs against the random bot's 3.4%, 3.4%; it takes the MI-consistent option at a (500 of 500), b (500 of 500), c (500 of 500)" \
  "longest beats chance, with the choice points named"
expect "ok   giveaway: bot shortest: success 0.0%, pass 0.0% in 500 runs; chance (random): 3.4%, 3.4%" \
  "shortest stays at chance"
expect "ok   giveaway: bot first: success 2.2%, pass 2.2% in 500 runs; chance (random): 3.4%, 3.4%" \
  "first (the shuffled order) stays at chance"
printf '%s\n' "$out" | grep -q "^7 passed, 2 failed$" && echo "ok   count" || { echo "FAIL count"; fail=1; }
# The same bots from the command line: --policy longest wins every session.
line=$("$rapport" run tests/bots/giveaway.lua --policy longest --runs 50 --quiet --no-record | grep "success .*policy")
[ "$line" = "  success 100.0%, pass 100.0% (policy longest)" ] && echo "ok   run --policy longest" || { echo "FAIL run --policy longest: $line"; fail=1; }
"$rapport" run tests/bots/giveaway.lua --policy cleverest --no-record >/dev/null 2>&1
[ $? = 2 ] && echo "ok   unknown policy exits 2" || { echo "FAIL unknown policy"; fail=1; }
[ $fail -eq 0 ] && echo "bots: all passed" || echo "bots: failures"
exit $fail
