#!/bin/sh
# Golden frames: each bundled client calm and hostile (golden/cases.txt), rendered headless and
# compared with the committed PNGs within a small tolerance (font rasterizers differ a little
# between machines). The calm and hostile avatars must also differ clearly.
# UPDATE=1 rewrites the PNGs: look at them before committing.
# usage: golden.sh RAPPORT IMGCMP OUTDIR
R=$1 CMP=$2 OUT=$3
DIR=$(dirname "$0")/golden
mkdir -p "$OUT" || exit 2
fails=0
grep -v '^#' "$DIR/cases.txt" | while read -r client state seed choices; do
  [ -n "$client" ] || continue
  frame="$OUT/$client-$state.bmp" golden="$DIR/$client-$state.png"
  if ! "$R" render "$client" --seed "$seed" --choices "$choices" --out "$frame"; then
    echo "FAIL render $client $state"; echo x >>"$OUT/failed"; continue
  fi
  if [ -n "$UPDATE" ]; then "$CMP" topng "$frame" "$golden" && echo "wrote $golden"; continue; fi
  if "$CMP" compare "$golden" "$frame" --tol 24 --max-pct 1.5 --max-mean 2.5; then echo "ok   $client $state"; else
    echo "FAIL $client $state: see $frame"; echo x >>"$OUT/failed"; fi
done
for client in $(grep -v '^#' "$DIR/cases.txt" | awk 'NF { print $1 }' | sort -u); do
  if "$CMP" differ "$OUT/$client-calm.bmp" "$OUT/$client-hostile.bmp" --region 0,60,460,480 --min-pct 12 >/dev/null; then
    echo "ok   $client: calm and hostile avatars differ clearly"
  else echo "FAIL $client: calm and hostile avatars look alike"; echo x >>"$OUT/failed"; fi
done
if [ -s "$OUT/failed" ]; then rm -f "$OUT/failed"; exit 1; fi
exit 0
