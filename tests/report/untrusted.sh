#!/bin/sh
# Records are data (issue 10, classes 4 and 5): a record never chooses which Lua file runs
# (report and replay load a client by the record's id or from --scenario FILE, and say which);
# records are checked field by field; text from a record or a client file reaches the terminal
# with its control characters shown, not obeyed; class-view CSV cells cannot be formulas;
# names that are not UTF-8 are refused; temporary files are never written through a planted
# symlink, and the settings file is read only when it is a regular file under 64 KB.
# Each check: the exact message and exit code. Usage: tests/report/untrusted.sh path/to/rapport
set -u
R=$1
D=tests/report
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ok() { echo "ok   $*"; }

# expect CODE "FIRST STDERR LINE" command...: that exit code, that first line on stderr.
expect() {
    code=$1; want=$2; shift 2
    timeout 30 "$@" > "$tmp/out" 2> "$tmp/err"
    got=$?
    first=$(head -n 1 "$tmp/err")
    if [ "$got" = "$code" ] && [ "$first" = "$want" ]; then ok "$want"; else
        fail "$*"; echo "  want (exit $code): $want"; echo "  got  (exit $got): $first"; fi
}

# --- 1. A record is data: its scenario.path never runs. -----------------------------------
# evil.lua would leave a marker if it ran (through io, were it reachable) and fails loudly
# otherwise, so either way running it shows.
marker="$tmp/evil-ran"
cat > "$tmp/evil.lua" <<EOF
pcall(function() local f = io.open("$marker", "w"); f:write("ran"); f:close() end)
error("EVIL.LUA RAN")
EOF
ran() { [ -e "$marker" ] || grep -q 'EVIL.LUA RAN\|evil\.lua' "$tmp/out" "$tmp/err"; }
# (a) the bundled client's id: the bundled file is used, and the output says so.
$R run dana-results --choices 1,2,1 --record "$tmp/fresh.json" > /dev/null 2>&1 || fail "run --record"
jq --arg p "$tmp/evil.lua" '.scenario.path = $p' "$tmp/fresh.json" > "$tmp/evil-bundled.json"
expect 0 "rapport report: client file scripts/clients/dana-results.lua (found by the record's scenario id)" \
    $R report "$tmp/evil-bundled.json" --format text
ran && fail "report ran the record's scenario.path (bundled id)"
grep -q '^The best path the explorer finds' "$tmp/out" && grep -q '^  [0-9]* turns to ' "$tmp/out" ||
    fail "report with the bundled client shows no best path"
# A client file the user names that does not load is bad input (exit 2), not a quiet report.
expect 2 "rapport report: client file $tmp/missing.lua (given with --scenario)" \
    $R report "$tmp/fresh.json" --scenario "$tmp/missing.lua" --format text
grep -qx "$tmp/missing.lua: cannot open: No such file or directory" "$tmp/err" ||
    fail "report --scenario with a missing file does not say it cannot open it"
expect 0 "rapport replay: client file scripts/clients/dana-results.lua (found by the record's scenario id)" \
    $R replay "$tmp/evil-bundled.json"
ran && fail "replay ran the record's scenario.path (bundled id)"
# (b) an id that is no client: the report goes on without one, replay stops; neither runs it.
jq --arg p "$tmp/evil.lua" '.scenario.path = $p | .scenario.id = "no-such-client"' $D/v1-dana.json > "$tmp/evil.json"
expect 0 "rapport report: no client 'no-such-client' among the bundled clients or yours: reporting the record alone (give the client file with --scenario FILE)" \
    $R report "$tmp/evil.json" --format text
ran && fail "report ran the record's scenario.path"
grep -qxF "  Note: no client file for 'no-such-client' (give one with --scenario FILE), so the best path is not shown." "$tmp/out" ||
    fail "report without a client does not say so"
expect 0 "rapport report: no client 'no-such-client' among the bundled clients or yours: reporting the record alone (give the client file with --scenario FILE)" \
    $R report "$tmp/evil.json" --out "$tmp/evil.html"
ran && fail "report --out (HTML) ran the record's scenario.path"
expect 2 "$tmp/evil.json: no client 'no-such-client' among the bundled clients or yours: give its file with --scenario FILE" \
    $R replay "$tmp/evil.json"
ran && fail "replay ran the record's scenario.path"
# (c) the class view reads records only.
mkdir "$tmp/class"; cp "$tmp/evil.json" "$tmp/evil-bundled.json" "$tmp/class/"
expect 0 "" $R report --summary "$tmp/class"
ran && fail "the class view ran a record's scenario.path"
# (d) --scenario FILE: the user's file runs, and the output says so.
cp scripts/clients/dana-results.lua "$tmp/mine.lua"
expect 0 "rapport report: client file $tmp/mine.lua (given with --scenario)" \
    $R report "$tmp/evil.json" --scenario "$tmp/mine.lua" --format text
jq '.scenario.id = "no-such-client"' "$tmp/evil-bundled.json" > "$tmp/evil-fresh.json"
expect 0 "rapport replay: client file $tmp/mine.lua (given with --scenario)" \
    $R replay "$tmp/evil-fresh.json" --scenario "$tmp/mine.lua"
ran && fail "a run with --scenario ran the record's scenario.path"

# --- 2. Records checked field by field. ----------------------------------------------------
bad() { # NAME JQ-FILTER "MESSAGE AFTER 'not a valid record: '"
    jq "$2" $D/v1-dana.json > "$tmp/$1.json"
    expect 2 "$tmp/$1.json: not a valid record: $3" $R report "$tmp/$1.json" --format text
    expect 2 "$tmp/$1.json: not a valid record: $3" $R replay "$tmp/$1.json"
}
bad hash '.scenario.hash = "<img src=x>"' "scenario.hash must be 16 lower-case hex digits"
bad hashcase '.scenario.hash = "F81A276A3FFF568D"' "scenario.hash must be 16 lower-case hex digits"
bad id '.scenario.id = "../../tmp/evil"' "scenario.id must be lower-case letters, digits and '-'"
bad move '.turns[1].move = "<script>"' "turns[1].move is not a move tag (lower-case letters, digits and '_')"
bad omove '.turns[0].offered[2].move = "a\"b"' "turns[0].offered[2].move is not a move tag (lower-case letters, digits and '_')"
bad miti '.turns[2].miti = "XX"' "turns[2].miti is not a MITI code (Q, SR, CR, AF, Seek, Emphasize, GI, PWP, Persuade, Confront, none)"
bad codes '.turns[0].codes = ["CR", "<b>"]' "turns[0].codes must be a list of MITI codes (Q, SR, CR, AF, Seek, Emphasize, GI, PWP, Persuade, Confront, none)"
bad var '.final_state["a<b"] = 1' "final_state must map variable names (letters, digits and '_', not first a digit) to numbers or true/false"
bad tvar '.turns[3].state["x y"] = 2' "turns[3].state must map variable names (letters, digits and '_', not first a digit) to numbers or true/false"
bad seed '.seed = 1.5' "seed must be a whole number from 0 to 18446744073709551615"
bad seedneg '.seed = -3' "seed must be a whole number from 0 to 18446744073709551615"
# A trainee's name that is not UTF-8 (a raw byte 0xff in the JSON).
sed 's/"trainee":\t"[^"]*"/"trainee":\t"Ev\xffe"/' $D/v1-dana.json > "$tmp/badname.json"
expect 2 "$tmp/badname.json: not a valid record: trainee is not UTF-8 text" $R report "$tmp/badname.json"
expect 2 "$tmp/badname.json: not a valid record: trainee is not UTF-8 text" $R export --xapi "$tmp/badname.json"
# A seed written as a string of digits is exact.
jq '.seed = "1"' "$tmp/fresh.json" > "$tmp/seedstr.json"
expect 0 "rapport replay: client file scripts/clients/dana-results.lua (found by the record's scenario id)" $R replay "$tmp/seedstr.json"

# --- 3. Terminal-safe text, CSV cells, UTF-8 names. -----------------------------------------
ESC=$(printf '\033')
C1=$(printf '\302\233')
noraw() { # FILE WHAT: no ESC, BEL or C1 CSI in FILE
    if LC_ALL=C grep -q "[$ESC$(printf '\007')]" "$1" || LC_ALL=C grep -q "$C1" "$1"; then fail "$2 passes a control character through"; else ok "$2 shows control characters escaped"; fi
}
# A client whose line and choice carry a clear-screen, an OSC 52 clipboard write and a C1 CSI.
sed -e 's/"So\. My manager/"\\27[2JSo. My manager/' -e 's/"This wasn.t your idea\."/"This wasn'"'"'t \\27]52;c;ZXZpbA==\\7your idea.\\194\\155"/' \
    scripts/examples/first-client.lua > "$tmp/esc.lua"
$R run "$tmp/esc.lua" --seed 7 --choices reflect --no-record > "$tmp/run.txt" 2>&1 || fail "run of a client with escapes: $(head -n 3 "$tmp/run.txt")"
noraw "$tmp/run.txt" "run"
grep -qF '^[[2JSo. My manager' "$tmp/run.txt" || fail "run: the ESC is not shown as ^["
grep -qF "This wasn't ^[]52;c;ZXZpbA==^Gyour idea.\\u009b" "$tmp/run.txt" || fail "run: the OSC 52 or the C1 CSI is not shown: $(grep -F 'your idea' "$tmp/run.txt" | head -n 1)"
printf '1\n1\nq\n' | $R play --text "$tmp/esc.lua" --seed 7 --fresh --no-record > "$tmp/play.txt" 2>&1
noraw "$tmp/play.txt" "play --text"
grep -qF '^[[2JSo. My manager' "$tmp/play.txt" || fail "play --text: the ESC is not shown as ^["
# A record's trainee with an escape, in the text report and the class view.
jq '.trainee = "Eve\u001b]0;pwned\u0007 Ünal" | .turns[0].say = "hi\u009b2J"' $D/v1-dana.json > "$tmp/class2.json"
$R report "$tmp/class2.json" --format text > "$tmp/rep.txt" 2> /dev/null || fail "report of a record with escapes"
noraw "$tmp/rep.txt" "report --format text"
grep -qxF 'Trainee: Eve^[]0;pwned^G Ünal' "$tmp/rep.txt" || fail "report: the trainee: $(grep '^Trainee' "$tmp/rep.txt")"
mkdir "$tmp/class2"; cp "$tmp/class2.json" "$tmp/class2/"
$R report --summary "$tmp/class2" > "$tmp/sum.txt" 2>&1 || fail "class view of a record with escapes"
noraw "$tmp/sum.txt" "the class view"
grep -qF 'Eve^[]0;pwned^G Ünal' "$tmp/sum.txt" || fail "class view: the trainee is not shown escaped"
# CSV cells that a spreadsheet would run.
mkdir "$tmp/csv"
jq '.trainee = "=HYPERLINK(\"http://x\",\"y\")" | .started = "+1+1" | .ending.id = "@SUM(A1)"' $D/v1-dana.json > "$tmp/csv/a.json"
jq '.trainee = "-2+3" | .ending.outcome = "=cmd|x"' $D/class/bea.json > "$tmp/csv/b.json"
$R report --summary "$tmp/csv" --csv > "$tmp/c.csv" 2> "$tmp/c.err" || fail "class view CSV: $(cat "$tmp/c.err")"
grep -qF '"'"'"'=HYPERLINK(""http://x"",""y"")"' "$tmp/c.csv" || fail "CSV: the = cell is not neutralised: $(cat "$tmp/c.csv")"
grep -qF '"'"'"'@SUM(A1)"' "$tmp/c.csv" || fail "CSV: the @ cell is not neutralised"
grep -qF '"'"'"'+1+1"' "$tmp/c.csv" || fail "CSV: the + cell is not neutralised"
grep -qF '"'"'"'-2+3"' "$tmp/c.csv" || fail "CSV: the - cell is not neutralised"
grep -qF '"'"'"'=cmd|x"' "$tmp/c.csv" || fail "CSV: the unquoted outcome cell is not neutralised"
if grep -q '^=\|,=\|,+\|,@' "$tmp/c.csv"; then fail "CSV: a formula cell is left bare"; else ok "CSV cells neutralised"; fi
# --trainee that is not UTF-8.
expect 2 "rapport run: --trainee is not UTF-8 text: give the name in UTF-8" \
    $R run dana-results --choices 1 --no-record --trainee "$(printf 'Ev\377e')"
expect 2 "rapport play: --trainee is not UTF-8 text: give the name in UTF-8" \
    $R play --text dana-results --no-record --trainee "$(printf 'Ev\300\257e')"

# --- 4. Files. -------------------------------------------------------------------------------
# A symlink planted where the old fixed temporary name was: never written through.
echo precious > "$tmp/victim"
ln -s "$tmp/victim" "$tmp/x.json.tmp"
expect 0 "" $R export --xapi $D/v1-dana.json --out "$tmp/x.json"
[ "$(cat "$tmp/victim")" = precious ] && ok "export --out leaves a planted symlink's target alone" || fail "export --out wrote through a planted symlink"
jq -e 'length == 4' "$tmp/x.json" > /dev/null || fail "export --out did not write the statements"
ls "$tmp" | grep -q '^x\.json\.tmp-' && fail "export --out left a temporary file"
# A settings file that is an endless device (or a FIFO) is not read; the command goes on.
mkdir -p "$tmp/cfg/rapport"
ln -s /dev/zero "$tmp/cfg/rapport/settings.conf"
expect 0 "rapport: $tmp/cfg/rapport/settings.conf: ignored: the settings file must be a regular file under 64 KB" \
    env XDG_CONFIG_HOME="$tmp/cfg" $R run dana-results --choices 1 --no-record
rm "$tmp/cfg/rapport/settings.conf"
head -c 70000 /dev/zero | tr '\0' '#' > "$tmp/cfg/rapport/settings.conf"
expect 0 "rapport: $tmp/cfg/rapport/settings.conf: ignored: the settings file must be a regular file under 64 KB" \
    env XDG_CONFIG_HOME="$tmp/cfg" $R run dana-results --choices 1 --no-record
# Records are still written, by a fresh temporary file renamed into place.
$R run dana-results --choices 1 --record "$tmp/rec.json" > /dev/null 2>&1 || fail "run --record"
jq -e '.format == "rapport-record"' "$tmp/rec.json" > /dev/null && ok "run --record writes the record" || fail "run --record wrote no record"
ls "$tmp" | grep -q '^rec\.json\.tmp' && fail "run --record left a temporary file"

[ "$fails" = 0 ] && echo "untrusted: all checks passed" || { echo "untrusted: $fails failed"; exit 1; }
