#!/bin/sh
# The dialogue graph of every bundled client: `rapport graph --coverage` exits 0, Graphviz
# parses the DOT it writes, and the DOT declares every node of the client file (the ids read
# from the file by tests/clients/nodes.lua, not from rapport) and no other.
# usage: graph.sh RAPPORT
rapport=$1
for tool in dot lua5.4; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (tools/test.sh installs it)"; exit 1; }
done
dir=$(mktemp -d "${TMPDIR:-/tmp}/rapport-graph.XXXXXX") || exit 2
trap 'rm -rf "$dir"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
trap 'exit 141' PIPE
fails=0
for f in scripts/clients/*.lua; do
  name=$(basename "$f" .lua)
  dotfile="$dir/$name.dot"
  "$rapport" graph "$f" --coverage >"$dotfile"
  rc=$?
  if [ "$rc" != 0 ]; then
    echo "FAIL $name: rapport graph exited $rc"; fails=$((fails + 1)); continue
  fi
  if ! dot -Tsvg -o /dev/null "$dotfile"; then
    echo "FAIL $name: dot does not parse the graph"; fails=$((fails + 1)); continue
  fi
  if ! lua5.4 "$(dirname "$0")/nodes.lua" "$f" >"$dir/$name.want" || [ ! -s "$dir/$name.want" ]; then
    echo "FAIL $name: no node ids read from $f"; fails=$((fails + 1)); continue
  fi
  # Rule edges say when they fire ("discord >= 80"), not which rule they are ("rule 1").
  if grep -q 'label="rule [0-9]' "$dotfile"; then
    echo "FAIL $name: a rule edge is labelled by its number, not its condition"
    fails=$((fails + 1)); continue
  fi
  # Node statements: a quoted id followed by its attribute list, one a line; "(any turn)" is the
  # graph's own marker for rules, "(back)" for returns from sub-conversations and "(session N)"
# for where a later session of a course opens: not nodes of the client.
  sed -n 's/^  "\([^"]*\)" \[.*/\1/p' "$dotfile" | grep -vx '(any turn)\|(back)\|(session [0-9]*)' |
    sort -u >"$dir/$name.got"
  sort "$dir/$name.want" >"$dir/$name.want.sorted"
  if cmp -s "$dir/$name.want.sorted" "$dir/$name.got"; then
    echo "ok   $name: $(wc -l <"$dir/$name.got" | tr -d ' ') nodes, DOT parses"
  else
    echo "FAIL $name: the DOT's nodes differ from the client's (< client, > DOT):"
    diff "$dir/$name.want.sorted" "$dir/$name.got"
    fails=$((fails + 1))
  fi
done
[ "$fails" = 0 ] || { echo "graph: $fails client(s) failed"; exit 1; }
