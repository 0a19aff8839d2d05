#!/bin/sh
# Quick start, step 2: install what is missing (what tools/setup.sh installs, and the tools
# only the tests use: tools/deps.sh --test), build, and run every test (ctest).
set -e
cd "$(dirname "$0")/.."
sh tools/deps.sh --test
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
ctest --test-dir build --output-on-failure "$@"
