#!/bin/sh
# Formatting: applies .clang-format to every C file in the tree, or with --check lists the
# files that differ from it and exits 1 (CI runs the check).
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "tools/format.sh: needs clang-format (apt-get install clang-format)" >&2; exit 2; }
files=$(git ls-files '*.c' '*.h')
if [ "${1:-}" = --check ]; then
  bad=0
  for f in $files; do
    clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || { echo "not formatted: $f (tools/format.sh fixes it)"; bad=1; }
  done
  [ $bad -eq 0 ] && echo "format: $(echo "$files" | wc -l) files clean"
  exit $bad
fi
clang-format -i $files
