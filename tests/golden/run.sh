#!/bin/sh
# Golden transcripts: each line of cases.txt is "name | rapport arguments"; the output must
# equal tests/golden/NAME exactly. UPDATE=1 rewrites the files (then review the diff).
rapport=$1
pass=0 fail=0
while IFS='|' read -r name args; do
  case "$name" in '#'*|'') continue ;; esac
  name=$(echo "$name" | tr -d ' ')
  file=tests/golden/$name
  # shellcheck disable=SC2086
  out=$("$rapport" $args 2>&1)
  if [ -n "$UPDATE" ]; then printf '%s\n' "$out" > "$file"; fi
  if [ -f "$file" ] && [ "$(cat "$file")" = "$out" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $name: rapport$args"
    printf '%s\n' "$out" | diff "$file" - | head -n 20
  fi
done < tests/golden/cases.txt
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
