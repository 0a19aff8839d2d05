#!/bin/sh
# A headless session under valgrind: no invalid reads or writes, no definite or indirect
# leaks (valgrind -q writes nothing, and exits 0), and each session's ending and score exactly
# as in EXPECTED (so the program ran them all under valgrind). UPDATE=1 rewrites EXPECTED.
# usage: valgrind.sh RAPPORT EXPECTED
rapport=$1 want=$2
command -v valgrind >/dev/null || { echo "valgrind is not installed (tools/test.sh installs it)"; exit 1; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/rapport-valgrind.XXXXXX") || exit 2
trap 'rm -rf "$dir"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
trap 'exit 141' PIPE
for f in scripts/clients/dana-results.lua scripts/examples/first-client.lua; do
  echo "== $f" >>"$dir/out"
  if ! valgrind -q --error-exitcode=3 --leak-check=full --show-leak-kinds=definite,indirect \
      --errors-for-leak-kinds=definite,indirect --log-file="$dir/valgrind.log" \
      "$rapport" run "$f" --policy random --seed 2 --runs 20 >>"$dir/out" 2>"$dir/err"; then
    echo "FAIL $f: valgrind or rapport exited non-zero"; cat "$dir/valgrind.log" "$dir/err"; exit 1
  fi
  if [ -s "$dir/valgrind.log" ] || [ -s "$dir/err" ]; then
    echo "FAIL $f: valgrind reported:"; cat "$dir/valgrind.log" "$dir/err"; exit 1
  fi
done
grep -E '^(== |ending: |score: )' "$dir/out" >"$dir/summary"
if [ -n "$UPDATE" ]; then cp "$dir/summary" "$want" && echo "wrote $want"; exit 0; fi
if ! cmp -s "$want" "$dir/summary"; then
  echo "FAIL: the sessions under valgrind ended other than $want says (< expected, > now):"
  diff "$want" "$dir/summary"; exit 1
fi
cat "$dir/summary"
echo "valgrind: clean"
