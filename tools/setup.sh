#!/bin/sh
# Quick start, step 1: install what is missing to build and play (no test tools: tools/test.sh
# adds those), build, and start the default client.
set -e
cd "$(dirname "$0")/.."
sh tools/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
echo "built: $(pwd)/build/rapport"
if [ -t 0 ] && [ -t 1 ]; then
  exec ./build/rapport
else
  echo "(no terminal: not starting a session; run ./build/rapport to play)"
fi
