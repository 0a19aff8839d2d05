#!/bin/sh
# Installs the Debian packages Rapport needs, only those missing (sudo when not root).
set -e
pkgs="build-essential cmake pkg-config liblua5.4-dev libsdl2-dev libsdl2-ttf-dev libcmocka-dev
      libfontconfig1-dev fonts-dejavu-core libcjson-dev lua5.4 graphviz
      zlib1g-dev xvfb xauth chromium clang libclang-rt-14-dev valgrind xdotool
      scdoc desktop-file-utils appstream man-db"
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
