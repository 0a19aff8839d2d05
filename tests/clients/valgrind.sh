#!/bin/sh
# A headless session under valgrind: no invalid reads or writes, no definite or indirect
# leaks (the exit code says so).
rapport=$1
command -v valgrind >/dev/null || { echo "valgrind is not installed (tools/deps.sh installs it)"; exit 1; }
for f in scripts/clients/dana-results.lua scripts/examples/first-client.lua; do
  valgrind -q --error-exitcode=3 --leak-check=full --show-leak-kinds=definite,indirect \
    --errors-for-leak-kinds=definite,indirect "$rapport" run "$f" --policy random --seed 2 --runs 20 >/dev/null || exit 1
done
echo "valgrind: clean"
