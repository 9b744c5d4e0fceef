#!/usr/bin/env bash
# Debian roots of the platform matrix, made with debootstrap from the Debian
# registry the host's apt sources name, and kept between runs under
# $AMC_ROOTS (default /var/lib/askmydocs-roots). Needs root.
#   scripts/matrix/root.sh make NAME        make the root when missing (or half made)
#   scripts/matrix/root.sh run NAME CMD...  run CMD in it, from the project root
# Roots: trixie  (PHP 8.4, libxml2 2.9.14, libcurl 8.14)
#        forky   (PHP 8.5 and libxml2 2.15 from experimental on a forky base)
# run bind-mounts the project, ../shared and the host's CA trust store (Composer
# then trusts what the host trusts) in a private mount namespace, so nothing
# stays mounted when the command ends, however it ends.
set -euo pipefail
project=$(cd "$(dirname "$0")/../.." && pwd)
roots=${AMC_ROOTS:-/var/lib/askmydocs-roots}

die() { echo "root.sh: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "needs root (debootstrap, chroot, mounts)"

# The Debian mirror of the host's own apt sources (deb822 or one-line format).
mirror() {
  local uri
  uri=$(grep -hE '^\s*URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' |
        grep -v -- '-security' | head -1 || true)
  [ -n "$uri" ] || uri=$(grep -hE '^\s*deb\s' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
        sed -E 's/\[[^]]*\]//' | awk '{print $2}' | grep -v -- '-security' | head -1 || true)
  [ -n "$uri" ] || die "no Debian mirror in the host's apt sources"
  echo "${uri%/}"
}

# Packages of every root: the extension's build, the phpt suite (nginx and the
# openssl CLI for the TLS tests), the converter C core check (clang with its
# sanitizer runtimes), the Laravel suite (Composer, PostgreSQL) and, in
# trixie, what building PHP from Debian's source needs.
common_pkgs="ca-certificates gcc make pkg-config libxml2-dev libcurl4-openssl-dev libsodium-dev libssl-dev
  composer unzip git postgresql clang nginx openssl util-linux php-nesbot-carbon dpkg-dev
  bison re2c libsqlite3-dev zlib1g-dev file xz-utils curl"
php_exts="dev cli xml curl sqlite3 pgsql mbstring"

in_root() { # in_root DIR CMD... (setup only: no project mounts; the root's own
  # CA store, which its ca-certificates package maintains)
  local dir=$1; shift
  cp -L /etc/resolv.conf "$dir/etc/resolv.conf"
  unshare --mount --propagation private -- bash -c '
    set -e; d=$1; shift
    mount --rbind /dev "$d/dev"; mount -t proc proc "$d/proc"
    exec chroot "$d" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
      DEBIAN_FRONTEND=noninteractive "$@"' _ "$dir" "$@"
}

make_root() {
  local name=$1 dir=$roots/$1 suite script php stamp
  case $name in
    trixie) suite=trixie; script=trixie; php=8.4 ;;
    forky)  suite=forky;  script=sid;    php=8.5 ;;
    *) die "unknown root $name (trixie, forky)" ;;
  esac
  stamp="v1 $suite php$php $(echo $common_pkgs)"
  [ "$(cat "$dir/.amc-root" 2>/dev/null)" = "$stamp" ] && return 0
  local m; m=$(mirror)
  echo "making Debian root $dir ($suite, from $m)"
  command -v debootstrap >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
  mkdir -p "$roots"
  # The base system is kept when only the package step has to run again.
  if [ "$(cat "$dir/.amc-debootstrap" 2>/dev/null)" != "$suite $m" ]; then
    rm -rf --one-file-system "$dir"
    # forky: debootstrap has no forky script; sid's fits. Its Release files are a
    # frozen snapshot past Valid-Until, which debootstrap does not check but apt does.
    debootstrap --variant=minbase "$suite" "$dir" "$m" "/usr/share/debootstrap/scripts/$script" >"$roots/$name.debootstrap.log" 2>&1 ||
      { tail -20 "$roots/$name.debootstrap.log" >&2; die "debootstrap $suite failed (log: $roots/$name.debootstrap.log)"; }
    echo "$suite $m" > "$dir/.amc-debootstrap"
  fi
  {
    echo "deb $m $suite main"
    [ "$name" = forky ] && echo "deb $m experimental main"
    echo "deb-src $m $suite main"
  } > "$dir/etc/apt/sources.list"
  echo 'Acquire::Check-Valid-Until "false";' > "$dir/etc/apt/apt.conf.d/90amc-valid-until"
  echo 'APT::Install-Recommends "false";' > "$dir/etc/apt/apt.conf.d/90amc-no-recommends"
  # No daemons started by package scripts (nginx, postgresql): the tests start their own.
  printf '#!/bin/sh\nexit 101\n' > "$dir/usr/sbin/policy-rc.d"; chmod 755 "$dir/usr/sbin/policy-rc.d"
  local pkgs phps="" e
  pkgs=$(echo $common_pkgs)
  for e in $php_exts; do phps="$phps php$php-$e"; done
  # php8.5 is only in experimental (forky): apt takes it from there and
  # everything else from the base suite (no -t experimental, which would
  # pull experimental's libc6, perl and php-common as well).
  in_root "$dir" bash -c "set -e; dpkg --configure -a >/dev/null 2>&1 || true; apt-get update -qq
    apt-get install -y -qq $pkgs $phps >/dev/null
    v=\$(clang --version | sed -nE 's/.*clang version ([0-9]+).*/\1/p' | head -1)
    apt-get install -y -qq libclang-rt-\$v-dev >/dev/null
    update-alternatives --set php /usr/bin/php$php >/dev/null
    update-alternatives --set php-config /usr/bin/php-config$php >/dev/null
    update-alternatives --set phpize /usr/bin/phpize$php >/dev/null
    apt-get clean" || die "installing packages in $dir failed"
  echo "$stamp" > "$dir/.amc-root"
}

run_in_root() { # run_in_root NAME CMD...
  local name=$1; shift
  local dir=$roots/$name shared
  [ -f "$dir/.amc-root" ] || die "root $name is not made: scripts/matrix/root.sh make $name"
  shared=$(cd "$project/.." && pwd)/shared
  cp -L /etc/resolv.conf "$dir/etc/resolv.conf"
  unshare --mount --propagation private -- bash -c '
    set -e; d=$1 p=$2 s=$3; shift 3
    mount --rbind /dev "$d/dev"; mount -t proc proc "$d/proc"
    mkdir -p "$d/etc/ssl/certs"; mount --bind /etc/ssl/certs "$d/etc/ssl/certs"
    mkdir -p "$d$p"; mount --bind "$p" "$d$p"
    if [ -d "$s" ]; then mkdir -p "$d$s"; mount --bind "$s" "$d$s"; fi
    # a git worktree: its repository lives elsewhere (build.sh lists files with git)
    g=$(git -C "$p" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)
    case $g in ""|"$p"/*) ;; *) mkdir -p "$d$g"; mount --bind "$g" "$d$g" ;; esac
    exec chroot "$d" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      HOME=/root LANG=C.UTF-8 TERM=dumb SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt \
      COMPOSER_ALLOW_SUPERUSER=1 ${AMC_ROW_ENV:-} bash -c "cd \"\$0\" && exec \"\$@\"" "$p" "$@"' \
    _ "$dir" "$project" "$shared" "$@"
}

cmd=${1:-}; shift || true
case $cmd in
  make) make_root "${1:?root name}" ;;
  run)  name=${1:?root name}; shift; run_in_root "$name" "$@" ;;
  *) die "usage: root.sh make NAME | run NAME CMD..." ;;
esac
