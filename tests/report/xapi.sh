#!/bin/sh
# xAPI export (issue 6): the statements of the version-1 record and of a session of typed
# replies (issue 15) are exact (golden), the same record exports the same statements twice,
# and every export (those records and the class's) passes the xAPI 1.0.3 and cmi5 checks of test_xapi, which must also reject broken ones.
# Usage: tests/report/xapi.sh path/to/rapport path/to/test_xapi OUTDIR   (UPDATE=1 rewrites the golden)
set -u
R=$1; CHECK=$2; OUT=$3
D=tests/report
rm -rf "$OUT"; mkdir -p "$OUT"
fails=0
$R export --xapi $D/v1-dana.json --out "$OUT/v1-dana.xapi.json" || { echo "FAIL: export exited $?"; exit 1; }
$R export --xapi $D/v1-dana.json > "$OUT/again.json" || fails=$((fails + 1))
cmp -s "$OUT/v1-dana.xapi.json" "$OUT/again.json" || { echo "FAIL: two exports of one record differ"; fails=$((fails + 1)); }
if [ "${UPDATE:-}" = 1 ]; then cp "$OUT/v1-dana.xapi.json" $D/v1-dana.xapi.json; echo "updated $D/v1-dana.xapi.json"; fi
diff -u $D/v1-dana.xapi.json "$OUT/v1-dana.xapi.json" || { echo "FAIL: the export differs from $D/v1-dana.xapi.json"; fails=$((fails + 1)); }
# Typed replies (issue 15): after initialized, one "responded" per typed turn, a fill-in
# interaction with the words as the response, marked typed; a "~move" turn names no choice.
$R export --xapi $D/typed-dana.json --out "$OUT/typed-dana.xapi.json" || { echo "FAIL: export of typed replies exited $?"; fails=$((fails + 1)); }
if [ "${UPDATE:-}" = 1 ]; then cp "$OUT/typed-dana.xapi.json" $D/typed-dana.xapi.json; echo "updated $D/typed-dana.xapi.json"; fi
diff -u $D/typed-dana.xapi.json "$OUT/typed-dana.xapi.json" || { echo "FAIL: the export differs from $D/typed-dana.xapi.json"; fails=$((fails + 1)); }
for f in $D/class/*.json; do
    $R export --xapi "$f" --out "$OUT/$(basename "$f" .json).xapi.json" || { echo "FAIL: export $f"; fails=$((fails + 1)); }
done
# A session that stopped before an ending: initialized and terminated only.
$R run dana-results --choices 1,2 --trainee Kim --record "$OUT/unfinished.json" > /dev/null || fails=$((fails + 1))
$R export --xapi "$OUT/unfinished.json" --out "$OUT/unfinished.xapi.json" || fails=$((fails + 1))
n=$(grep -c '"verb":' "$OUT/unfinished.xapi.json")
[ "$n" = 2 ] || { echo "FAIL: an unfinished session exports $n statements, expected 2"; fails=$((fails + 1)); }
grep -q '"http://adlnet.gov/expapi/verbs/passed"' "$OUT/bea.xapi.json" || { echo "FAIL: a passing session exports no 'passed'"; fails=$((fails + 1)); }
grep -q '"http://adlnet.gov/expapi/verbs/failed"' "$OUT/dee.xapi.json" || { echo "FAIL: a failing session exports no 'failed'"; fails=$((fails + 1)); }
$CHECK "$OUT"/*.xapi.json || fails=$((fails + 1))
[ "$fails" = 0 ] || exit 1
