#!/bin/sh
# The engine's layers include only downwards (README, "How it is built"):
#   core -> text -> lua -> store -> sdl -> report -> cli
# core includes nothing above it; text only core; lua only core and text; store only core and lua; sdl only core, lua,
# store; report also sdl (its PNG chart draws text with sdl/text.h); cli is the top. Scans
# engine/*/*.c and *.h for every relative include form ("../LAYER/x.h", <../LAYER/x.h>,
# "../../engine/LAYER/x.h", with any spacing after #) and fails naming file:line and the
# upward include. Run from the source tree, or give it as $1.
cd "${1:-.}" || exit 2
[ -d engine ] || { echo "layers.sh: no engine/ folder in $(pwd)" >&2; exit 2; }
rank() {
    case $1 in
    core) echo 0 ;; text) echo 1 ;; lua) echo 2 ;; store) echo 3 ;; sdl) echo 4 ;; report) echo 5 ;; cli) echo 6 ;;
    *) echo -1 ;;
    esac
}
bad=0
for dir in engine/*/; do
    layer=$(basename "$dir")
    own=$(rank "$layer")
    if [ "$own" -lt 0 ]; then
        echo "$dir: not a known layer (core, text, lua, store, sdl, report, cli): add it to tests/layers.sh and the README"
        bad=1
        continue
    fi
    for f in "$dir"*.c "$dir"*.h; do
        [ -f "$f" ] || continue
        # file:line:layer:include for every include that leaves its folder.
        hits=$(awk '
            /^[ \t]*#[ \t]*include[ \t]*["<]/ {
                s = $0
                sub(/^[ \t]*#[ \t]*include[ \t]*["<]/, "", s)
                sub(/[">].*$/, "", s)
                if (s ~ /^\.\.\//) {
                    t = s
                    gsub(/^(\.\.\/)+/, "", t)
                    sub(/^engine\//, "", t)
                    n = index(t, "/")
                    l = n ? substr(t, 1, n - 1) : "?"
                    print FILENAME ":" FNR ":" l ":" s
                }
            }' "$f")
        [ -n "$hits" ] || continue
        while IFS=: read -r file line to inc; do
            r=$(rank "$to")
            if [ "$r" -lt 0 ]; then
                echo "$file:$line: includes \"$inc\", outside the engine's layers"
                bad=1
            elif [ "$r" -gt "$own" ]; then
                echo "$file:$line: $layer includes \"$inc\" from $to, a layer above it"
                bad=1
            fi
        done <<HITS
$hits
HITS
    done
done
[ $bad -eq 0 ] && echo "layers: every include goes down (core -> lua -> store -> sdl -> report -> cli)"
exit $bad
