#!/bin/sh
# Runs a command that must exit 0 and print exactly the expected text (stdout; stderr is
# shown only when the check fails). A changed count, a renamed plan or a missing line fails.
# usage: expect.sh EXPECTED_FILE COMMAND [ARG...]
# UPDATE=1 rewrites EXPECTED_FILE from the command's output: read the diff before committing.
want=$1; shift
dir=$(mktemp -d "${TMPDIR:-/tmp}/rapport-expect.XXXXXX") || exit 2
trap 'rm -rf "$dir"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
trap 'exit 141' PIPE
"$@" >"$dir/out" 2>"$dir/err"
rc=$?
if [ "$rc" != 0 ]; then
  echo "FAIL: $* exited $rc"; cat "$dir/out" "$dir/err"; exit 1
fi
if [ -n "$UPDATE" ]; then cp "$dir/out" "$want" && echo "wrote $want"; exit 0; fi
if ! cmp -s "$want" "$dir/out"; then
  echo "FAIL: $* printed other than $want (< expected, > printed):"
  diff "$want" "$dir/out"; cat "$dir/err"; exit 1
fi
cat "$dir/out"
echo "ok   output as in $want"
