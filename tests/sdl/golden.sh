#!/bin/sh
# Golden frames: each bundled client calm and hostile (golden/cases.txt), rendered headless and
# compared with the committed PNGs within a small tolerance (font rasterizers differ a little
# between machines). The calm and hostile avatars must also differ clearly.
# UPDATE=1 rewrites the PNGs: look at them before committing.
# usage: golden.sh RAPPORT IMGCMP OUTDIR
R=$1 CMP=$2 OUT=$3
DIR=$(dirname "$0")/golden
mkdir -p "$OUT" || exit 2
# The loop below runs in a subshell (a pipe), so failures are counted in a file: in a fresh
# directory per run, removed on any exit or interruption, so a killed run never fails the next
# (nor can a straggling loop recreate the file once the directory is gone).
rm -f "$OUT/failed"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rapport-golden.XXXXXX") || exit 2
failed=$tmp/failed
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
trap 'exit 141' PIPE
grep -v '^#' "$DIR/cases.txt" | while read -r client state seed choices; do
  [ -n "$client" ] || continue
  frame="$OUT/$client-$state.bmp" golden="$DIR/$client-$state.png"
  if ! "$R" render "$client" --seed "$seed" --choices "$choices" --out "$frame"; then
    echo "FAIL render $client $state"; echo x 2>/dev/null >>"$failed"; continue
  fi
  if [ -n "$UPDATE" ]; then "$CMP" topng "$frame" "$golden" && echo "wrote $golden"; continue; fi
  if "$CMP" compare "$golden" "$frame" --tol 24 --max-pct 1.5 --max-mean 2.5; then echo "ok   $client $state"; else
    echo "FAIL $client $state: see $frame"; echo x 2>/dev/null >>"$failed"; fi
done
for client in $(grep -v '^#' "$DIR/cases.txt" | awk 'NF { print $1 }' | sort -u); do
  if "$CMP" differ "$OUT/$client-calm.bmp" "$OUT/$client-hostile.bmp" --region 0,60,460,480 --min-pct 12 >/dev/null; then
    echo "ok   $client: calm and hostile avatars differ clearly"
  else echo "FAIL $client: calm and hostile avatars look alike"; echo x 2>/dev/null >>"$failed"; fi
done
if [ -s "$failed" ]; then exit 1; fi
exit 0
