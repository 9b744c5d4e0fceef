#!/usr/bin/env bash
# A debug PHP (debug) or thread-safe debug PHP with the embed SAPI (zts-debug) built from Debian's
# own PHP source (apt-get source, in the trixie root), as php-src's CI runs
# extensions: --disable-all plus what the phpt suite needs. Installed under
# /opt/php-VARIANT inside the root and kept there; prints that prefix.
# Usage (inside the root): scripts/matrix/build-php.sh debug|zts-debug
set -euo pipefail
variant=${1:?usage: build-php.sh debug|zts-debug}
case $variant in
  debug) flags=(--enable-debug) ;;
  zts-debug) flags=(--enable-debug --enable-zts --enable-embed) ;; # embed: the threaded test's driver
  *) echo "build-php.sh: unknown variant $variant" >&2; exit 2 ;;
esac
prefix=/opt/php-$variant
# ext/libxml and dom (golden corpus, libxml2 version), openssl, pcntl, posix
# (phpt), mbstring and ctype (Carbon), tokenizer and filter (run-tests.php).
opts=(--prefix="$prefix" "${flags[@]}" --disable-all --disable-cgi --disable-phpdbg --enable-cli
  --with-libxml --enable-dom --enable-xml --with-openssl --enable-pcntl --enable-posix
  --enable-mbstring --disable-mbregex --enable-ctype --enable-tokenizer --enable-filter --with-zlib)
stamp="${opts[*]}"
if [ "$(cat "$prefix/.amc-php" 2>/dev/null)" = "$stamp" ] && [ -x "$prefix/bin/php" ]; then
  echo "$prefix"; exit 0
fi
{
  src=/usr/src/amc-php
  mkdir -p "$src"
  if ! ls -d "$src"/php8.4-*/ >/dev/null 2>&1; then
    cd "$src"
    if ! apt-get source -qq php8.4; then
      # The registry lists a php8.4 whose source files it does not serve
      # (8.4.27); it does serve 8.4.16's .dsc and orig tarball: that, checked
      # against the .dsc's SHA-256.
      v=${AMC_PHP_SOURCE_VERSION:-8.4.16-1}
      mirror=$(awk '$1 == "deb-src" {print $2; exit}' /etc/apt/sources.list)
      pool=$mirror/pool/main/p/php8.4
      curl -fsS -o "php8.4_$v.dsc" "$pool/php8.4_$v.dsc"
      orig=php8.4_${v%-*}.orig.tar.xz
      sum=$(awk -v f="$orig" '/^Checksums-Sha256:/ {on=1; next} /^[^ ]/ {on=0} on && $3 == f {print $1}' "php8.4_$v.dsc")
      [ -n "$sum" ] || { echo "no checksum of $orig in php8.4_$v.dsc" >&2; exit 1; }
      curl -fsS -o "$orig" "$pool/$orig"
      echo "$sum  $orig" | sha256sum -c --quiet - || { echo "$orig: checksum mismatch" >&2; exit 1; }
      mkdir -p "php8.4-${v%-*}" && tar xJf "$orig" -C "php8.4-${v%-*}" --strip-components=1
    fi
  fi
  dir=$(ls -d "$src"/php8.4-*/ | head -1)
  build=$src/build-$variant
  rm -rf "$build"; mkdir -p "$build"
  cd "$build"
  "$dir/configure" "${opts[@]}" >configure.out 2>&1 || { tail -30 configure.out >&2; exit 1; }
  make -j"$(nproc)" >make.out 2>&1 || { grep -E "error" make.out | head -30 >&2; exit 1; }
  make install >install.out 2>&1 || { tail -30 install.out >&2; exit 1; }
  echo "$stamp" > "$prefix/.amc-php"
} >&2
echo "$prefix"
