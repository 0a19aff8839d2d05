#!/bin/sh
# Golden frames: each bundled client calm and hostile (golden/cases.txt), rendered headless at
# 1280x720 and compared with the committed PNGs. Three checks, each guarding something else:
#  - the whole frame, loosely (--tol 24, at most 1.5% of pixels, mean 2.5): the layout, panels,
#    text and colours. Loose because font rasterizers differ a little between machines, and
#    text is most of the frame; so loose that a changed face (a few hundred of 921600 pixels,
#    0.02-0.08%) passes it.
#  - the avatar's face, strictly (FACE below, --tol 24, at most 0.3% of its pixels, mean 0.15):
#    the expression. The face has no text, so the same code draws it pixel for pixel the same
#    (0.000% on a re-render); a smile drawn as a frown differs in 0.67-1.66% of the box (mean
#    0.32-1.07) and brows flipped from angry to worried in 1.09-3.10%, so either fails.
#  - calm against hostile, over the avatar panel: the state still shows on the avatar at all.
# UPDATE=1 rewrites the PNGs: look at them before committing.
# usage: golden.sh RAPPORT IMGCMP OUTDIR
R=$1 CMP=$2 OUT=$3
DIR=$(dirname "$0")/golden
# The face box X,Y,W,H: brows, eyes, nose and mouth (not the hair's outline nor the name plate)
# for the 1280x720 layout every client shares (avatar panel 460 wide under a 40-pixel header,
# meters below), with room for the head's tilt, turn, nod and lean in the hostile cases. It
# moves only when that layout (engine/sdl/draw.c) or the figure's framing (avatar_build) does.
FACE=160,140,160,140
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
  if "$CMP" compare "$golden" "$frame" --region "$FACE" --tol 24 --max-pct 0.3 --max-mean 0.15; then
    echo "ok   $client $state: the face"
  else echo "FAIL $client $state: the face ($FACE) changed: see $frame"; echo x 2>/dev/null >>"$failed"; fi
done
for client in $(grep -v '^#' "$DIR/cases.txt" | awk 'NF { print $1 }' | sort -u); do
  if "$CMP" differ "$OUT/$client-calm.bmp" "$OUT/$client-hostile.bmp" --region 0,60,460,480 --min-pct 12 >/dev/null; then
    echo "ok   $client: calm and hostile avatars differ clearly"
  else echo "FAIL $client: calm and hostile avatars look alike"; echo x 2>/dev/null >>"$failed"; fi
done
if [ -s "$failed" ]; then exit 1; fi
exit 0
