#!/bin/sh
# freetext.calibrate (issue 15): the typed-reply matcher and MITI coder against the labelled sets
# in the tree, each at the targets (top-1 >= 85%, confident wrong <= 5%, code agreement >= 80%,
# reflections told from questions >= 90%); --code-misses lists exactly what it should; and a
# labels file written by a stranger gets one line naming file:line.
R=${1:?usage: run.sh RAPPORT}
cd "$(dirname "$0")/../.." || exit 2
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

# The labelled sets (tests/freetext/README.md): eval.tsv and five later sets the coder was
# tuned on (development), and fresh-e.tsv and fresh-f.tsv, written last by two more people who
# never saw the engine and measured once, after the tuning stopped (held out). Every target of
# issue 15 is checked on each: top-1 accuracy 85%, confident wrong 5% of all replies, code
# agreement 80%, reflections told from questions 90%.
DEV="tests/freetext/heldout.tsv tests/freetext/fresh-a.tsv tests/freetext/fresh-b.tsv tests/freetext/fresh-c.tsv tests/freetext/fresh-d.tsv"
HELD="tests/freetext/fresh-e.tsv tests/freetext/fresh-f.tsv"
check() { # name, calibrate arguments...
    name=$1
    shift
    "$R" calibrate --json "$@" > "$tmp/$name.json" || { fail "calibrate --json $*"; return; }
    verdict=$(jq -r '[
        (if .top1 < 0.85 then "top-1 \(.top1) < 0.85" else empty end),
        (if .confident_wrong > 0.05 then "confident wrong \(.confident_wrong) > 0.05" else empty end),
        (if .reflections_vs_questions < 0.90
         then "reflections vs questions \(.reflections_vs_questions) < 0.90" else empty end),
        (if .code_agreement < 0.80 then "code agreement \(.code_agreement) < 0.80" else empty end)
        ] | join("; ")' "$tmp/$name.json")
    [ -z "$verdict" ] && echo "ok   calibrate ($name): $(cut -c1-160 "$tmp/$name.json")" || fail "calibrate ($name): $verdict"
}
check eval tests/freetext/eval.tsv
# shellcheck disable=SC2086
check development $DEV
# shellcheck disable=SC2086
check held-out $HELD

# --code-misses lists exactly the replies coded otherwise than labelled, with all three codes.
printf 'client\tnode\treply\tchoice\tcode\tqtype\ndana-results\topening\twhat happened next?\t-\tQ\topen\ndana-results\topening\tyou seem really defensive\t-\tSR\t-\n' > "$tmp/misses.tsv"
got=$("$R" calibrate "$tmp/misses.tsv" --worst 0 --code-misses 5 | sed -n '/^code misses:/,/^targets/p')
want=$(printf 'code misses:\n  %s:3 dana-results/opening: "you seem really defensive"\n    labelled SR, played Confront, coder Confront\ntargets: NOT all met' "$tmp/misses.tsv")
[ "$got" = "$want" ] && echo "ok   code misses" || fail "code misses: $got"

# Bad labels: one line each, file:line, exit 2.
bad() { # name, contents (printf format), expected message
    printf "$2" > "$tmp/$1.tsv"
    got=$("$R" calibrate "$tmp/$1.tsv" 2>&1 >/dev/null); rc=$?
    want=$(printf '%s' "$3" | sed "s|FILE|$tmp/$1.tsv|")
    [ "$rc" = 2 ] && [ "$got" = "$want" ] && echo "ok   $1" || fail "$1 (exit $rc): $got"
}
H='client\tnode\treply\tchoice\tcode\tqtype\n'
bad header 'client,node\n' "FILE:1: the first line must be the header: client, node, reply, choice, code, qtype (tab-separated)"
bad fields "$H"'dana-results\topening\tso\n' "FILE:2: expected 6 fields separated by tabs (client, node, reply, choice, code, qtype)"
bad client "$H"'nobody\topening\tso\t-\t-\t-\n' "FILE:2: no client with the id 'nobody'"
bad node "$H"'dana-results\topenin\tso\t-\t-\t-\n' "FILE:2: no node 'openin'"
bad choice "$H"'dana-results\topening\tso\treflect_mony\tCR\t-\n' "FILE:2: no choice at that node named 'reflect_mony'"
bad code "$H"'dana-results\topening\tso\treflect_money\tXR\t-\n' "FILE:2: not a MITI code (Q SR CR AF Seek Emphasize GI PWP Persuade Confront or -): 'XR'"
bad qtype "$H"'dana-results\topening\tso?\task_results\tQ\twide\n' "FILE:2: qtype must be open, closed or -, not 'wide'"
bad empty "$H" "FILE:1: no labelled replies"
printf "$H"'dana-results\topening\t\377\t-\t-\t-\n' > "$tmp/utf8.tsv"
got=$("$R" calibrate "$tmp/utf8.tsv" 2>&1 >/dev/null)
[ "$got" = "$tmp/utf8.tsv:2: not UTF-8 text" ] && echo "ok   utf8" || fail "utf8: $got"
echo "freetext.calibrate: $fails failed"
[ "$fails" = 0 ]
