#!/bin/sh
# Golden frames: each bundled client in each of the four bands (golden/cases.txt), rendered
# headless at 1280x720 and compared with the committed PNGs. Four checks, each guarding
# something else:
#  - the whole frame, loosely (--tol 24, at most 1.5% of pixels, mean 2.5): the layout, panels,
#    text and colours. Loose because font rasterizers differ a little between machines, and
#    text is most of the frame; so loose that a changed face (a few hundred of 921600 pixels,
#    0.02-0.08%) passes it.
#  - the avatar's face, strictly (FACE below, --tol 24, at most 0.3% of its pixels, mean 0.15):
#    the expression. The face has no text, so the same code draws it pixel for pixel the same
#    (0.000% on a re-render); a smile drawn as a frown differs in 0.67-1.66% of the box (mean
#    0.32-1.07) and brows flipped from angry to worried in 1.09-3.10%, so either fails.
#  - each band against the next, on the face alone (rapport render --face: the head square to
#    the viewer, the body still, so only the action units, gaze, flush and tears can differ):
#    every band is its own face. Measured 5.6-13.8% of the features' box apart; with the
#    action units planted at zero the closest pair fell to 1.26% (gaze and flush alone).
#  - the four clients' open faces against one another: distinct people, not one mannequin.
# Each band must also be the band the frame says (its meter label), so a changed model that
# moves a case into another band fails here rather than silently testing the wrong face.
# UPDATE=1 rewrites the PNGs: look at them before committing.
# usage: golden.sh RAPPORT IMGCMP OUTDIR
R=$1 CMP=$2 OUT=$3
DIR=$(dirname "$0")/golden
# The face box X,Y,W,H: brows, eyes, nose and mouth (not the hair's outline nor the name plate)
# for the 1280x720 layout every client shares (avatar panel 460 wide under a 40-pixel header,
# meters below), with room for the head's tilt, turn, nod and lean in the hostile cases. It
# moves only when that layout (engine/sdl/draw.c) or the figure's framing (avatar_build) does.
FACE=160,140,160,140
# The features (brows to chin) in a 320x320 --face frame.
FEATURES=84,105,152,200
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
  band=$("$R" run "$client" --seed "$seed" --choices "$choices" --json 2>/dev/null | grep '"resistance":' | tail -n 1 |
    sed -n 's/.*"resistance":\([0-9.]*\).*/\1/p')
  want=$(case $state in open) echo 0 25;; guarded) echo 25 50;; resistant) echo 50 75;; *) echo 75 101;; esac)
  if ! awk -v r="$band" -v w="$want" 'BEGIN { split(w, b, " "); exit !(r != "" && r >= b[1] && r < b[2]) }'; then
    echo "FAIL $client $state: resistance after the choices is '$band', not in the band"; echo x >>"$failed"
  fi
  [ -n "$client" ] || continue
  frame="$OUT/$client-$state.bmp" golden="$DIR/$client-$state.png"
  if ! "$R" render "$client" --seed "$seed" --choices "$choices" --face --size 320x320 \
    --out "$OUT/face-$client-$state.bmp"; then
    echo "FAIL render --face $client $state"; echo x >>"$failed"
  fi
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
bands="open guarded resistant hostile"
for client in $(grep -v '^#' "$DIR/cases.txt" | awk 'NF { print $1 }' | sort -u); do
  prev=
  for b in $bands; do
    if [ -n "$prev" ]; then
      if "$CMP" differ "$OUT/face-$client-$prev.bmp" "$OUT/face-$client-$b.bmp" --region "$FEATURES" --min-pct 3 >/dev/null; then
        echo "ok   $client: $prev and $b faces differ clearly"
      else echo "FAIL $client: the $prev and $b faces look alike"; echo x >>"$failed"; fi
    fi
    prev=$b
  done
done
clients=$(grep -v '^#' "$DIR/cases.txt" | awk 'NF { print $1 }' | sort -u)
for a in $clients; do
  for b in $clients; do
    [ "$a" \< "$b" ] || continue
    if "$CMP" differ "$OUT/$a-open.bmp" "$OUT/$b-open.bmp" --region "$FACE" --min-pct 25 >/dev/null; then
      echo "ok   $a and $b: different faces"
    else echo "FAIL $a and $b: their open faces look alike"; echo x >>"$failed"; fi
  done
done
if [ -s "$failed" ]; then exit 1; fi
exit 0
