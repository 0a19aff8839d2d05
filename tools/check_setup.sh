#!/bin/sh
# Proves the README's quick start step 1 on a genuinely fresh Debian 12 (bookworm) system:
# in a minimal debootstrap root (--variant=minbase, nothing else installed), `sh tools/setup.sh`
# run as root with no terminal installs what building and playing need, exits 0 and builds
# build/rapport, which lists the clients and plays a headless session; and it does NOT install
# the test-only tools (chromium, valgrind, clang, xvfb, graphviz, the lua5.4 interpreter), which
# only tools/test.sh adds. Prints the installed package count and the disk size of the root.
#
# Needs root (debootstrap, chroot, mounts) and debootstrap (installed with apt-get if missing),
# and network access to the Debian mirror this machine's apt uses.
#
#   sh tools/check_setup.sh [--cache FILE.tar] [--no-cache] [--mirror URL] [--src DIR] [WORKDIR]
#
#   WORKDIR      where the root is made, WORKDIR/root (default /tmp/rapport-fresh); it is
#                deleted and remade on every run, and left in place afterwards for inspection
#   --cache F    pristine bootstrap tarball: extracted instead of bootstrapping when F exists,
#                written right after bootstrapping when it does not
#                (default WORKDIR/bookworm-minbase.tar)
#   --no-cache   always bootstrap, neither read nor write a tarball
#   --mirror U   Debian mirror (default: the first bookworm mirror in /etc/apt/sources.list*)
#   --src D      source tree to copy in (default: the tree this script is in); build*/ and
#                .git are left out
#
# Exit 0 when every check passes, otherwise non-zero with a one-line reason on stderr
# (setup.sh's log is in WORKDIR/setup.log).
set -eu

fail() { echo "check_setup: FAIL: $*" >&2; exit 1; }
say() { echo "check_setup: $*"; }

work="/tmp/rapport-fresh"
cache=""
nocache=0
mirror="${MIRROR:-}"
src="$(cd "$(dirname "$0")/.." && pwd)"
while [ $# -gt 0 ]; do
  case "$1" in
    --cache) [ $# -ge 2 ] || fail "--cache needs a file"; cache="$2"; shift 2 ;;
    --no-cache) nocache=1; shift ;;
    --mirror) [ $# -ge 2 ] || fail "--mirror needs a URL"; mirror="$2"; shift 2 ;;
    --src) [ $# -ge 2 ] || fail "--src needs a directory"; src="$(cd "$2" && pwd)"; shift 2 ;;
    -h|--help) sed -n '2,/^set -eu/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "usage: sh tools/check_setup.sh [--cache FILE.tar] [--no-cache] [--mirror URL] [--src DIR] [WORKDIR]" >&2; exit 2 ;;
    *) work="$1"; shift ;;
  esac
done
[ -n "$cache" ] || cache="$work/bookworm-minbase.tar"
[ "$nocache" -eq 0 ] || cache=""
root="$work/root"
log="$work/setup.log"

[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap, chroot and mounts)"
[ -f "$src/tools/setup.sh" ] || fail "no tools/setup.sh in $src"
if ! command -v debootstrap >/dev/null 2>&1; then
  say "installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null \
    || fail "could not install debootstrap"
fi

# The mirror this machine's apt uses: a bookworm (not -security) entry in one-line .list or
# deb822 .sources files.
if [ -z "$mirror" ]; then
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    mirror="$(awk '$1 == "deb" { u = ""; for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { u = $i; s = $(i + 1); break }
               if (u != "" && s == "bookworm") { print u; exit } }' "$f")"
    [ -z "$mirror" ] || break
  done
fi
if [ -z "$mirror" ]; then
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    mirror="$(awk 'BEGIN { RS = ""; FS = "\n" }
               { u = ""; ok = 0
                 for (i = 1; i <= NF; i++) {
                   if ($i ~ /^URIs:/) { split($i, a, /[ \t]+/); u = a[2] }
                   if ($i ~ /^Suites:/ && $i ~ /[ \t]bookworm([ \t]|$)/) ok = 1
                 }
                 if (ok && u != "") { print u; exit } }' "$f")"
    [ -z "$mirror" ] || break
  done
fi
[ -n "$mirror" ] || fail "no bookworm mirror in /etc/apt/sources.list*; pass --mirror URL"

# Mounts inside the root, undone on any exit.
mounted=""
cleanup() {
  for m in $mounted; do
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
  done
  mounted=""
}
trap cleanup EXIT
trap 'cleanup; trap - EXIT; exit 130' INT TERM HUP
mountin() { # fstype-or-bind source target
  mkdir -p "$3"
  if [ "$1" = bind ]; then mount --bind "$2" "$3"; else mount -t "$1" "$2" "$3"; fi \
    || fail "could not mount $3"
  mounted="$3 $mounted"
}

# A leftover root from an interrupted run may still have mounts: undo them before deleting it.
mkdir -p "$work"
if [ -d "$root" ]; then
  for m in dev/pts dev sys proc; do
    if grep -q " $root/$m " /proc/mounts; then umount "$root/$m" 2>/dev/null || umount -l "$root/$m"; fi
  done
  grep -q " $root/" /proc/mounts && fail "something is still mounted under $root"
  rm -rf "$root"
fi
mkdir -p "$root"

t0=$(date +%s)
if [ -n "$cache" ] && [ -f "$cache" ]; then
  say "extracting the pristine root from $cache"
  tar --numeric-owner -C "$root" -xpf "$cache" || fail "could not extract $cache"
  how="extracted from cache"
else
  say "bootstrapping bookworm (minbase) from $mirror into $root"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || fail "debootstrap failed (see $work/debootstrap.log)"
  if [ -n "$cache" ]; then
    mkdir -p "$(dirname "$cache")"
    tar --numeric-owner -C "$root" -cpf "$cache.tmp" . && mv "$cache.tmp" "$cache" \
      || fail "could not write $cache"
    say "pristine root saved to $cache"
  fi
  how="debootstrap"
fi
t1=$(date +%s)
base_count=$(chroot "$root" dpkg-query -W -f='${Status}\n' | grep -c 'install ok installed' || true)

# What a fresh machine has anyway: name resolution for apt. Services must not start in a chroot.
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

mountin proc proc "$root/proc"
mountin sysfs sysfs "$root/sys"
mountin bind /dev "$root/dev"
mountin bind /dev/pts "$root/dev/pts"

mkdir -p "$root/src"
tar --exclude='./build*' --exclude='./.git' -C "$src" -cf - . | tar -C "$root/src" -xf - \
  || fail "could not copy $src into the root"

# As root, stdin and stdout not terminals, a clean environment like a login shell's.
inchroot() {
  chroot "$root" /usr/bin/env -i HOME=/root USER=root LOGNAME=root TERM=dumb LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/sh -c "$1" </dev/null
}
say "running sh tools/setup.sh in the chroot (log: $log)"
set +e
inchroot 'cd /src && sh tools/setup.sh' >"$log" 2>&1
rc=$?
set -e
t2=$(date +%s)
say "time: root $((t1 - t0)) s ($how), setup.sh $((t2 - t1)) s"
if [ "$rc" -ne 0 ]; then
  tail -n 25 "$log" | sed 's/^/  | /' >&2
  first="$(grep -m 1 -E 'error: |^E: ' "$log" || true)"
  fail "tools/setup.sh exited $rc in the fresh root${first:+, first error: $first} (log: $log)"
fi
sed 's/^/  | /' "$log"

[ -x "$root/src/build/rapport" ] || fail "tools/setup.sh exited 0 but build/rapport does not exist"
inchroot 'cd /src && ./build/rapport list' >"$work/list.out" 2>&1 \
  || fail "./build/rapport list failed in the root: $(head -n 1 "$work/list.out")"
grep -q '^dana-results ' "$work/list.out" || fail "./build/rapport list does not list dana-results"
inchroot 'cd /src && ./build/rapport run dana-results --policy mi --quiet' >"$work/run.out" 2>&1 \
  || fail "./build/rapport run dana-results --policy mi --quiet failed: $(head -n 1 "$work/run.out")"
say "build/rapport runs: list gives $(grep -c '^[a-z]' "$work/list.out") clients, a headless mi session ends:"
sed 's/^/  | /' "$work/run.out"

# None of the test-only tools, by name or in any version.
bad=""
installed="$(chroot "$root" dpkg-query -W -f='${Package} ${Status}\n' | awk '/ install ok installed$/ { print $1 }')"
for p in $installed; do
  case "$p" in
    chromium|chromium-*|valgrind|valgrind-*|clang|clang-[0-9]*|clang-format*|xvfb|graphviz|lua5.4|xdotool)
      bad="$bad $p" ;;
  esac
done
[ -z "$bad" ] || fail "tools/setup.sh installed test-only packages:$bad"
say "absent, as they should be: chromium valgrind clang xvfb graphviz lua5.4 (the interpreter)"

count=$(echo "$installed" | grep -c . || true)
size=$(du -sxh "$root" | cut -f1)
debs=$(du -sxh "$root/var/cache/apt/archives" 2>/dev/null | cut -f1)
say "installed packages: $count (pristine minbase root: $base_count)"
say "root size: $size ($debs of it downloaded .debs in /var/cache/apt/archives)"
say "PASS"
