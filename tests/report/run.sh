#!/bin/sh
# Reports and records (issue 6): the text report of a bundled client's session (golden), a
# version-1 record from an older engine that still reports (the same text as today's record of
# the same session), the HTML page (self-contained, with the chart and the MITI table), the PNG
# chart, the class view (text and CSV golden, HTML), records kept by default and identical but
# for their times, every bad input as one line and exit 2, and typed replies (issue 15).
# Usage: tests/report/run.sh path/to/rapport path/to/pngstat   (UPDATE=1 rewrites the goldens)
set -u
R=$1
PNGSTAT=$2
D=tests/report
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# golden NAME FILE: FILE must equal tests/report/NAME.
golden() {
    if [ "${UPDATE:-}" = 1 ]; then cp "$2" "$D/$1"; echo "updated $D/$1"; return; fi
    diff -u "$D/$1" "$2" > "$tmp/diff" || { fail "$1 differs from the golden file:"; head -n 40 "$tmp/diff"; }
}

# expect_error CODE "LINE" command...: exactly that one line on stderr, that exit code.
expect_error() {
    code=$1; want=$2; shift 2
    "$@" > "$tmp/out" 2> "$tmp/err"
    got=$?
    [ "$got" = "$code" ] || fail "$*: exit $got, expected $code"
    first=$(head -n 1 "$tmp/err")
    [ "$first" = "$want" ] || fail "$*: stderr was '$first', expected '$want'"
}

# A record's text without its times (the only lines two records of one session may differ in).
untimed() { grep -v -e '"started":' -e '"ended":' "$1"; }

# 1. The text report of the committed version-1 record (an older engine's, without the start
#    state or the offered choices' outcomes) is exact.
$R report $D/v1-dana.json --format text > "$tmp/v1.txt" 2> "$tmp/err" || fail "report --format text exited $?: $(cat "$tmp/err")"
golden v1-dana.txt "$tmp/v1.txt"

# 2. Today's record (model v2: client talk, shuffled choices, the four global proxies) of the
#    commented example, seed 7: the client's sustain talk answered with a question, its change
#    talk with advice. The text report is exact (times set to the fixture's), and the record
#    keeps per turn the client talk, the order shown, the number pressed, the codes as played
#    and the summary's talk entry. (A version-1 record has none of these: its report says so.)
$R run scripts/examples/first-client.lua --seed 7 --choices ask,delegate,reading --trainee "Alex Moreau" \
    --record "$tmp/now.json" > /dev/null || fail "run --record"
sed -e 's/"started":\t"[^"]*"/"started":\t"2026-11-22T10:17:43Z"/' -e 's/"ended":\t"[^"]*"/"ended":\t"2026-11-22T10:17:43Z"/' \
    "$tmp/now.json" > "$tmp/now-fixed.json"
$R report "$tmp/now-fixed.json" --scenario scripts/examples/first-client.lua --format text > "$tmp/now.txt" 2> "$tmp/now.err" || fail "report of today's record"
grep -qx "rapport report: client file scripts/examples/first-client.lua (given with --scenario)" "$tmp/now.err" ||
    fail "the report does not say which client file it used: $(cat "$tmp/now.err")"
golden example-talk.txt "$tmp/now.txt"
grep -q '"initial_state"' "$tmp/now.json" || fail "today's record has no initial_state"
grep -q '"after"' "$tmp/now.json" || fail "today's record has no outcomes for the offered choices"
want='{"turn":2,"talk":{"code":"change","kind":"desire"},"shown":["name_it","delegate"],"offered":["name_it","delegate"],"chose":"delegate","number":2,"pressed":2,"miti":"Persuade","codes":["Persuade"],"answer":{"advice":"Reflect it or ask for more (\"what makes that matter to you?\"): change talk that is heard grows.","answer":"argued","good":false,"kind":"desire","talk":"change","turn":2}}'
got=$(jq -c '.turns[1] | {turn, talk, shown, offered: [.offered[].id], chose, number, pressed, miti, codes, answer}' "$tmp/now.json")
[ "$got" = "$want" ] || fail "record turn 2: $got"
got=$(jq -c '.turns[0] | [.shown, [.offered[].id], .chose, .number, .pressed]' "$tmp/now.json")
[ "$got" = '[["ask","sell","reflect"],["ask","sell","reflect"],"ask",3,1]' ] || fail "record turn 1 (shown order, number, pressed): $got"
got=$(jq -c '[.turns[0].talk, .turns[2].talk, .turns[2].answer, .summary.behind, .summary.no_questions, .summary.utterances]' "$tmp/now.json")
want='[{"code":"sustain","kind":"need"},{"code":"none"},null,{"cultivating":[2],"empathy":[],"partnership":[2,3],"softening":[1]},null,3]'
[ "$got" = "$want" ] || fail "record talk, behind and utterances: $got"
# The version-1 record says what it lacks.
grep -q "^  Not in this record: it was written before client talk was coded.$" "$tmp/v1.txt" || fail "the v1 report does not say it lacks client talk"
grep -q "^  partnership (MITI-style, 1-5) *not in this record" "$tmp/v1.txt" || fail "the v1 report does not say it lacks the proxies"
# Terminal-safe text: an escape sequence in a record's strings reaches the terminal shown, not
# obeyed (ESC as ^[, BEL as ^G, the C1 CSI as \u009b).
jq '.trainee = "Eve\u001b[31mRED\u0007" | .turns[0].say = "line\u009b2J"' "$tmp/now-fixed.json" > "$tmp/esc.json"
$R report "$tmp/esc.json" --format text > "$tmp/esc.txt" || fail "report of a record with escapes"
if LC_ALL=C grep -q "$(printf '\033')" "$tmp/esc.txt"; then fail "the text report passes an escape through"; fi
if LC_ALL=C grep -q "$(printf '\302\233')" "$tmp/esc.txt"; then fail "the text report passes a C1 control through"; fi
grep -qxF 'Trainee: Eve^[[31mRED^G' "$tmp/esc.txt" || fail "the escaped trainee: $(grep '^Trainee' "$tmp/esc.txt")"
grep -qF '1. Client (' "$tmp/esc.txt" && { grep -qF ': line\u009b2J' "$tmp/esc.txt" || fail "the escaped C1 control: $(grep -F 'line' "$tmp/esc.txt" | head -n 1)"; }
$R report "$tmp/esc.json" --out "$tmp/esc.html" || fail "HTML report of a record with markup"
jq '.turns[1].say = "<script>x</script>" | .summary.talk[0].advice = "a & <b>"' "$tmp/now-fixed.json" > "$tmp/tag.json"
$R report "$tmp/tag.json" --out "$tmp/tag.html" || fail "HTML report of a record with markup"
grep -q '<script' "$tmp/tag.html" && fail "the HTML report passes markup through"
grep -qF '&lt;script&gt;x&lt;/script&gt;' "$tmp/tag.html" || fail "the HTML report does not escape the client's line"
grep -qF 'a &amp; &lt;b&gt;' "$tmp/tag.html" || fail "the HTML report does not escape the advice"

# 2b. When the client file changed since, the report says so (and does not patch an older
#     record from a file it no longer matches); without the file, it reports what it has.
sed 's/"hash":\t"f81a276a3fff568d"/"hash":\t"0000000000000000"/' $D/v1-dana.json > "$tmp/changed.json"
$R report "$tmp/changed.json" --format text > "$tmp/changed.txt" || fail "report of a record whose client changed"
$R run dana-results --choices 1 --record "$tmp/now.json" > /dev/null || fail "run for the current hash"
now=$(jq -r '.scenario.hash' "$tmp/now.json")
grep -q "Note: .*dana-results.lua has changed since this session (hash 0000000000000000, now $now)" "$tmp/changed.txt" ||
    fail "no note that the client file changed"
grep -q '^  start ' "$tmp/changed.txt" && fail "the start state was filled in from a changed client file"
sed -e 's/"id":\t"dana-results"/"id":\t"gone-client"/' -e 's#"path":\t"scripts/clients/dana-results.lua"#"path":\t"gone.lua"#' \
    $D/v1-dana.json > "$tmp/gone.json"
$R report "$tmp/gone.json" --format text > "$tmp/gone.txt" 2> "$tmp/gone.err" || fail "report without the client file exited $?"
grep -qF "Note: no client file for 'gone-client' (give one with --scenario FILE), so the best path is not shown." "$tmp/gone.txt" || fail "no note about the missing client file"
grep -qxF "rapport report: no client 'gone-client' among the bundled clients or yours: reporting the record alone (give the client file with --scenario FILE)" "$tmp/gone.err" ||
    fail "no line on stderr about the missing client file: $(cat "$tmp/gone.err")"
grep -q 'MITI-style summary (12 turns)' "$tmp/gone.txt" || fail "the report without the client file lost the summary"

# 3. Two records of the same choices differ only in their times: headless twice, and the
#    terminal session typed by hand (seed 1 in both).
#    The terminal numbers the choices in the order shown, so it presses what the headless
#    record says was pressed ("pressed"), and the two records must agree.
$R run dana-results --choices 1,2,1,1,3 --trainee Kim --record "$tmp/a.json" > /dev/null || fail "run a"
$R run dana-results --choices 1,2,1,1,3 --trainee Kim --record "$tmp/b.json" > /dev/null || fail "run b"
keys=$(jq -r '.turns[].pressed' "$tmp/a.json")
{ printf '%s\n' $keys; printf 'q\n'; } | $R play --text dana-results --seed 1 --fresh --trainee Kim --record "$tmp/c.json" > "$tmp/play.txt" || fail "play --text"
untimed "$tmp/a.json" > "$tmp/a.u"; untimed "$tmp/b.json" > "$tmp/b.u"; untimed "$tmp/c.json" > "$tmp/c.u"
cmp -s "$tmp/a.u" "$tmp/b.u" || fail "two headless records of the same choices differ beyond their times"
cmp -s "$tmp/a.u" "$tmp/c.u" || { fail "the terminal session's record differs from the headless one beyond the times:"; diff "$tmp/a.u" "$tmp/c.u" | head; }

# 4. Records by default: single sessions into $XDG_DATA_HOME/rapport/records, not with
#    --no-record, not for --runs K unless --record-dir; the trainee from the settings file.
mkdir -p "$tmp/cfg/rapport"
printf 'text_size = 18\ntrainee = Sam Lee\n' > "$tmp/cfg/rapport/settings.conf"
XDG_DATA_HOME="$tmp/xdg" XDG_CONFIG_HOME="$tmp/cfg" $R run dana-results --choices 1,2 --seed 4 > /dev/null || fail "run with a default record"
n=$(ls "$tmp/xdg/rapport/records" | wc -l)
[ "$n" = 1 ] || fail "expected 1 default record, found $n"
ls "$tmp/xdg/rapport/records" | grep -q '^dana-results-[0-9]\{8\}T[0-9]\{6\}Z-seed4-sam-lee\.json$' || fail "default record name: $(ls "$tmp/xdg/rapport/records")"
grep -q '"trainee":	"Sam Lee"' "$tmp/xdg/rapport/records"/*.json || fail "the trainee from settings.conf is not in the record"
XDG_DATA_HOME="$tmp/xdg" $R run dana-results --choices 1,2 --no-record > /dev/null || fail "--no-record"
XDG_DATA_HOME="$tmp/xdg" $R run dana-results --runs 5 --quiet > /dev/null || fail "--runs 5"
n=$(ls "$tmp/xdg/rapport/records" | wc -l)
[ "$n" = 1 ] || fail "--no-record or --runs wrote records: $n files"
$R run dana-results --runs 3 --quiet --record-dir "$tmp/many" > /dev/null || fail "--record-dir"
n=$(ls "$tmp/many" | wc -l)
[ "$n" = 3 ] || fail "--runs 3 --record-dir wrote $n records"

# 5. The HTML page: self-contained, with the chart, the MITI table and the sections, for a
#    session of today's client (seed 10, random: three turns, one of them harmful) and for a
#    version-1 record (no client talk in it: the section says so).
$R run dana-results --policy random --seed 10 --trainee "Alex Moreau" --record "$tmp/fresh.json" > /dev/null || fail "run for the HTML report"
$R report "$tmp/fresh.json" --out "$tmp/r.html" || fail "report --out"
for want in '<svg xmlns="http://www.w3.org/2000/svg"' '<polyline class="discord"' '<polyline class="resistance"' \
            '<polyline class="rapport"' '<table class="miti">' 'reflection-to-question ratio (R:Q)' \
            'The turns that raised discord most' 'An MI-consistent choice was offered' 'The best path the explorer finds' \
            'Every choice, its feedback and its effect' '<g class="move harm">' 'Alex Moreau' \
            'What you did with the client&rsquo;s change and sustain talk'; do
    grep -qF "$want" "$tmp/r.html" || fail "the HTML report lacks: $want"
done
$R report $D/v1-dana.json --out "$tmp/v1.html" || fail "report --out of a version-1 record"
grep -qF 'not in this record' "$tmp/v1.html" || fail "the version-1 report does not say the client talk is not in the record"
n=$(grep -o '<svg' "$tmp/r.html" | wc -l)
[ "$n" = 1 ] || fail "expected one <svg>, found $n"
if grep -Eq '<script|<link|<img|<iframe|src=|url\(|@import' "$tmp/r.html"; then fail "the HTML report loads something from outside itself"; fi
# A short session says so instead of scoring the ratios.
$R run dana-results --choices welcome_open,reflect_gap --record "$tmp/short.json" > /dev/null 2>&1
$R report "$tmp/short.json" --out "$tmp/short.html" || fail "report of a short session"
grep -q 'too short to score' "$tmp/short.html" || fail "a 2-turn session's report does not say 'too short to score'"

# 6. The chart alone as PNG, drawn by the engine's renderer: a real 1000x440 picture.
$R report $D/v1-dana.json --png "$tmp/chart.png" > "$tmp/out" || fail "report --png"
[ -s "$tmp/out" ] && fail "--png alone also printed the page"
set -- $($PNGSTAT "$tmp/chart.png")
[ "${1:-}" = 1000 ] && [ "${2:-}" = 440 ] || fail "chart PNG is ${1:-?}x${2:-?}, expected 1000x440"
[ "${3:-0}" -ge 50 ] || fail "chart PNG has only ${3:-0} colours"
[ "${4:-0}" -ge 150 ] || fail "chart PNG is nearly blank (${4:-0} of 1000 pixels inked)"

# 7. The class view: text and CSV exact, HTML with both tables.
$R report --summary $D/class > "$tmp/class.txt" || fail "report --summary"
golden class.txt "$tmp/class.txt"
$R report --summary $D/class --csv > "$tmp/class.csv" || fail "report --summary --csv"
golden class.csv "$tmp/class.csv"
$R report --summary $D/class --html --out "$tmp/class.html" || fail "report --summary --html"
# One section per client; each trainee's latest debrief written beside the page and linked.
for want in '<th>trainee</th>' 'Bea Kim' 'Where the class chose worst' '<span class="note">(dana-results)</span></h3>' \
    '<span class="note">(team-pushback)</span></h3>' 'Dana cancels the contract (fail)' '<a href="debrief-bea.html">debrief</a>'; do
    grep -qF "$want" "$tmp/class.html" || fail "the class page lacks: $want"
done
grep -qF 'Dana recommits to the coaching' "$tmp/debrief-bea.html" || fail "the linked debrief page is not Bea's"
# Each client's section holds its own choice points only.
sed -n '/(team-pushback)<\/span><\/h3>/,/<\/table>/p' "$tmp/class.html" > "$tmp/team.html"
grep -qF 'Eli Sato' "$tmp/team.html" || fail "team-pushback's section lacks its trainee"
grep -qF 'Alex Moreau' "$tmp/team.html" && fail "team-pushback's section shows another client's choice points"
# No internal id reaches a trainee: node and ending ids stay out of the class page.
for id in cancel_threat last_chance recommitted discounted; do
    grep -qF "$id" "$tmp/class.html" && fail "the class page shows the id $id"
done

# 8. Bad inputs: one line, exit 2.
printf 'hello\n' > "$tmp/notjson.json"
sed 's/"version":\t1/"version":\t9/' $D/v1-dana.json > "$tmp/v9.json"
mkdir "$tmp/empty"
expect_error 2 "$tmp/missing.json: cannot open: No such file or directory" $R report "$tmp/missing.json"
expect_error 2 "$tmp/notjson.json:1: not a valid record: the JSON is malformed or cut short" $R report "$tmp/notjson.json"
expect_error 2 "$tmp/v9.json: record version 9 is not one this engine reads (1 to 1)" $R report "$tmp/v9.json"
expect_error 2 "$tmp/empty: no session records (*.json) in this folder" $R report --summary "$tmp/empty"
expect_error 2 "$tmp/nowhere: cannot open the folder: No such file or directory" $R report --summary "$tmp/nowhere"
expect_error 2 "$tmp/v9.json: record version 9 is not one this engine reads (1 to 1)" $R export --xapi "$tmp/v9.json"
expect_error 2 "$tmp/missing.json: cannot open: No such file or directory" $R export --xapi "$tmp/missing.json"
expect_error 2 "rapport report: which record?" $R report
expect_error 2 "rapport report: --format: \"pdf\" is not html or text" $R report $D/v1-dana.json --format pdf
expect_error 2 "rapport export: which format? (--xapi)" $R export $D/v1-dana.json
expect_error 2 "rapport run: --no-record and --record/--record-dir contradict each other" $R run dana-results --no-record --record "$tmp/x.json"
# A folder with one bad file still shows the rest, and says which file is bad.
mkdir "$tmp/mixed"; cp $D/class/bea.json "$tmp/mixed/"; cp "$tmp/notjson.json" "$tmp/mixed/"
expect_error 2 "$tmp/mixed/notjson.json:1: not a valid record: the JSON is malformed or cut short" $R report --summary "$tmp/mixed"
grep -q '^Bea Kim' "$tmp/out" || fail "the class view dropped the good record beside a bad one"

# 9. Typed replies (issue 15). typed-dana.json is a session of today's engine played with
#    --free --seed 3: turn 1 asked (the match unsure, the trainee confirmed), turn 2 matched
#    words with markup in them, turn 3 fit no choice ("~give_information"), the rest matched.
#    The text and HTML debriefs are exact but for the best path, which is the client file's as
#    it is today (it changes as the client is written; the record does not).
nobest() { sed -e '/^The best path the explorer finds$/,$d' -e '/^<h2 id="best">/,/^<p class="note">Made by/{/^<p class="note">Made by/!d}' "$1"; }
$R report $D/typed-dana.json --format text > "$tmp/typed.txt" 2> "$tmp/err" || fail "report of typed replies exited $?: $(cat "$tmp/err")"
nobest "$tmp/typed.txt" > "$tmp/typed-nobest.txt"
golden typed-dana.txt "$tmp/typed-nobest.txt"
$R report $D/typed-dana.json --out "$tmp/typed.html" 2> "$tmp/err" || fail "HTML report of typed replies exited $?: $(cat "$tmp/err")"
nobest "$tmp/typed.html" > "$tmp/typed-nobest.html"
golden typed-dana.html "$tmp/typed-nobest.html"
# The typed words reach a terminal shown, not obeyed, and a "~move" is never looked up among
# the offered choices, even one that happens to share its id.
jq '.turns[1].typed.words = "x\u001b[31mRED" | .turns[2].offered[0].id = "~give_information"' \
    $D/typed-dana.json > "$tmp/typed-esc.json"
$R report "$tmp/typed-esc.json" --format text > "$tmp/typed-esc.txt" 2> /dev/null || fail "report of escaped typed words"
if LC_ALL=C grep -q "$(printf '\033')" "$tmp/typed-esc.txt"; then fail "the text report passes an escape in typed words through"; fi
grep -qF 'You typed: "x^[[31mRED" (coded GI' "$tmp/typed-esc.txt" || fail "the escaped typed words: $(grep -F 'You typed: "x' "$tmp/typed-esc.txt")"
grep -qF 'You typed: "blah blah the weather" — fit none of the replies; counted as give information (GI)' "$tmp/typed-esc.txt" ||
    fail "a \"~move\" turn was taken for an offered choice of the same id"
# The class view counts each trainee's typed turns (a column only where someone typed).
mkdir "$tmp/typedclass"; cp $D/class/bea.json $D/typed-dana.json "$tmp/typedclass/"
$R report --summary "$tmp/typedclass" > "$tmp/typedclass.txt" || fail "class view with typed replies"
grep -q '^Robin Park .* 11  *11  typed-dana.json$' "$tmp/typedclass.txt" || fail "the class view does not count typed turns: $(cat "$tmp/typedclass.txt")"
grep -q '^Bea Kim .* 10  *0  bea.json$' "$tmp/typedclass.txt" || fail "the class view miscounts a session without typed turns"
$R report --summary "$tmp/typedclass" --csv | head -n 1 | grep -q ',typed$' || fail "the class CSV has no typed column"
# A "typed" that is not what the engine writes: one line naming the file and the turn.
expect_error 2 "$D/typed-bad.json: turn 3 of the record: \"typed\" needs \"confidence\": a number from 0 to 1" \
    $R report $D/typed-bad.json
expect_error 2 "$D/typed-bad.json: turn 3 of the record: \"typed\" needs \"confidence\": a number from 0 to 1" \
    $R export --xapi $D/typed-bad.json
jq '.turns[0].typed = "words"' $D/typed-dana.json > "$tmp/typed-str.json"
expect_error 2 "$tmp/typed-str.json: turn 1 of the record: \"typed\" must be an object { \"words\", \"code\", \"confidence\" }" \
    $R report "$tmp/typed-str.json"
jq '.turns[0].typed.alternatives = ["ask_results", 7]' $D/typed-dana.json > "$tmp/typed-alt.json"
expect_error 2 "$tmp/typed-alt.json: turn 1 of the record: \"typed\" \"alternatives\" must be a list of choice ids (strings)" \
    $R report "$tmp/typed-alt.json"
jq '.turns[4] |= del(.typed.words)' $D/typed-dana.json > "$tmp/typed-words.json"
expect_error 2 "$tmp/typed-words.json: turn 5 of the record: \"typed\" needs \"words\": UTF-8 text" \
    $R report "$tmp/typed-words.json"

[ "$fails" = 0 ] && echo "report: all checks passed" || { echo "report: $fails failed"; exit 1; }
