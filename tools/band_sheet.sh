#!/bin/sh
# band_sheet: the bundled clients in the four bands side by side, one row per client (open,
# guarded, resistant, hostile from left to right), from the golden cases
# (tests/sdl/golden/cases.txt): what a reviewer looks at to judge the faces. Renders headless
# and tiles the avatar panels with ImageMagick's montage (a review tool, not a dependency).
# usage: tools/band_sheet.sh RAPPORT OUT.png [face]   ("face" crops to the face alone)
set -eu
if [ $# -lt 2 ]; then echo "usage: tools/band_sheet.sh RAPPORT OUT.png [face]" >&2; exit 2; fi
R=$1 OUT=$2
command -v montage >/dev/null || { echo "band_sheet: needs montage (apt-get install imagemagick)" >&2; exit 2; }
CROP=460x500+0+40
[ "${3:-}" = face ] && CROP=220x200+130+100
DIR=$(dirname "$0")/../tests/sdl/golden
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rapport-sheet.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
grep -v '^#' "$DIR/cases.txt" | while read -r client band seed choices; do
  [ -n "$client" ] || continue
  SDL_VIDEODRIVER=dummy "$R" render "$client" --seed "$seed" --choices "$choices" --out "$tmp/$client-$band.bmp"
  /usr/bin/convert "$tmp/$client-$band.bmp" -crop "$CROP" +repage "$tmp/$client-$band.png"
done
files=$(grep -v '^#' "$DIR/cases.txt" | awk 'NF { printf "%s/%s-%s.png\n", T, $1, $2 }' T="$tmp")
# shellcheck disable=SC2086
montage $files -tile 4x -geometry +2+2 -background '#202020' "$OUT"
echo "wrote $OUT"
