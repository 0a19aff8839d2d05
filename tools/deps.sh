#!/bin/sh
# Installs the Debian packages Rapport needs, only those missing (sudo when not root).
#   sh tools/deps.sh          what building and playing need (tools/setup.sh)
#   sh tools/deps.sh --test   that, and the tools only the tests use (tools/test.sh)
set -e
# Building and playing: the compiler and CMake, the libraries the program links, its font,
# cmocka (the default build compiles the unit tests) and scdoc (the man page).
pkgs="build-essential cmake pkg-config liblua5.4-dev libsdl2-dev libsdl2-ttf-dev libcmocka-dev
      libstemmer-dev libhunspell-dev hunspell-en-us
      libfontconfig1-dev fonts-dejavu-core libcjson-dev libpng-dev scdoc"
# The tests only: lua5.4 and graphviz (clients.graph), Xvfb, xauth and xdotool (the window
# under a virtual display), chromium (report.browser, about 290 MB), clang and its runtime
# (sanitizers, fuzzing), valgrind, desktop-file-utils, appstream and man-db (install.files),
# clang-format (the format check in .ci/run), jq (records read in the report and window tests).
test_pkgs="lua5.4 graphviz xvfb xauth xdotool chromium clang libclang-rt-14-dev valgrind
           desktop-file-utils appstream man-db clang-format jq"
case "${1:-}" in
  "") ;;
  --test) pkgs="$pkgs $test_pkgs" ;;
  *) echo "usage: sh tools/deps.sh [--test]" >&2; exit 2 ;;
esac
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || {
    echo "tools/deps.sh: missing:$missing; run this as root, or install sudo" >&2; exit 1; }
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
