#!/bin/sh
# The HTML report in a real browser (issue 6): headless Chromium screenshots the debrief of a
# bundled client's session; the picture must be a full page, not blank, with the chart's
# colours in it. Reports itself skipped (exit 77, SKIP_RETURN_CODE in tests/CMakeLists.txt) where
# Chromium is not installed (tools/test.sh installs it); label browser.
# Usage: tests/report/browser.sh path/to/rapport path/to/pngstat OUTDIR
set -u
R=$1; PNGSTAT=$2; OUT=$3
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then echo "SKIP: chromium is not installed (tools/test.sh installs it)"; exit 77; fi
rm -rf "$OUT"; mkdir -p "$OUT"
$R report tests/report/v1-dana.json --out "$OUT/report.html" || { echo "FAIL: rapport report exited $?"; exit 1; }
profile=$(mktemp -d)
timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$profile" --screenshot="$OUT/report.png" --window-size=1280,2000 \
    "file://$(cd "$OUT" && pwd)/report.html" > "$OUT/chromium.log" 2>&1
rc=$?
rm -rf "$profile"
[ "$rc" = 0 ] && [ -s "$OUT/report.png" ] || { echo "FAIL: chromium exited $rc without a screenshot"; tail -n 5 "$OUT/chromium.log"; exit 1; }
set -- $($PNGSTAT "$OUT/report.png") || exit 1
echo "screenshot $OUT/report.png: ${1}x${2}, ${3} colours, ${4} of 1000 pixels inked"
fails=0
[ "$1" = 1280 ] && [ "$2" = 2000 ] || { echo "FAIL: the screenshot is ${1}x${2}, expected 1280x2000"; fails=1; }
# The styled page with its chart renders in thousands of colours (4,480 on the development
# machine: text, the chart's band fills, lines and move marks, the coloured tags); the same page
# without its style sheet renders in about 250, a blank page in one. At least a twelfth of the
# pixels must be inked (134 per thousand measured).
[ "$3" -ge 1500 ] || { echo "FAIL: only $3 colours: the page or its chart did not render styled"; fails=1; }
[ "$4" -ge 80 ] || { echo "FAIL: only $4 of 1000 pixels inked: the page is nearly blank"; fails=1; }
exit $fails
