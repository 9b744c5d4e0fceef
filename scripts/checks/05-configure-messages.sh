#!/usr/bin/env bash
# configure stops with a message naming the Debian package when a library is
# missing: hide one .pc file at a time from pkg-config and check the message.
set -euo pipefail
root=${AMC_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$root" && git ls-files -co --exclude-standard -z -- config.m4 '*.h' 'src/*' 'stubs/*' | xargs -0 tar cf -) | (cd "$work" && tar xf -)
(cd "$work" && phpize >/dev/null 2>&1)

pcdirs=$(pkg-config --variable pc_path pkg-config | tr ':' ' ')
status=0
for pair in libxml-2.0:libxml2-dev libcurl:libcurl4-openssl-dev libsodium:libsodium-dev libcrypto:libssl-dev; do
  pc=${pair%%:*} deb=${pair#*:}
  fake="$work/pc-without-$pc"
  mkdir -p "$fake"
  for d in $pcdirs; do
    [ -d "$d" ] && for f in "$d"/*.pc; do [ -e "$f" ] && ln -sf "$f" "$fake/"; done
  done
  rm -f "$fake/$pc.pc"
  out=$(cd "$work" && PKG_CONFIG_LIBDIR="$fake" PKG_CONFIG_PATH= ./configure --enable-askmydocs-connector 2>&1) && {
    echo "configure succeeded without $pc"; status=1; continue; }
  if grep -q "configure: error: $pc.* not found: install the Debian package $deb" <<<"$out"; then
    echo "without $pc: configure names $deb"
  else
    echo "without $pc: unexpected failure:"; tail -3 <<<"$out"; status=1
  fi
done
exit $status
