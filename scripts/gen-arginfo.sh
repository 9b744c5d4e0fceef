#!/usr/bin/env bash
# Regenerates stubs/*_arginfo.h from stubs/*.stub.php with PHP's gen_stub.php,
# offline: gen_stub wants to download PHP-Parser, so we hand it Debian's
# php-parser package instead. With --check, fails when the committed headers drift.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gen_stub=""
for cand in "$(php-config --prefix)/lib/php/build/gen_stub.php" /usr/lib/php/*/build/gen_stub.php; do
  [ -f "$cand" ] && { gen_stub=$cand; break; }
done
[ -n "$gen_stub" ] || { echo "gen_stub.php not found: apt-get install php8.2-dev" >&2; exit 1; }
[ -d /usr/share/php/PhpParser ] || { echo "PHP-Parser not found: apt-get install php-parser" >&2; exit 1; }

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp "$gen_stub" "$work/gen_stub.php"
ver=$(grep -o '\$version = "[0-9.]*"' "$gen_stub" | head -1 | grep -o '[0-9.]*')
mkdir -p "$work/PHP-Parser-$ver"
ln -s /usr/share/php "$work/PHP-Parser-$ver/lib"

mode=${1:-}
if [ "$mode" = "--check" ]; then
  cp -r "$root/stubs" "$work/stubs"
  php "$work/gen_stub.php" -f "$work/stubs" >/dev/null
  status=0
  for h in "$work"/stubs/*_arginfo.h; do
    if ! diff -u "$root/stubs/$(basename "$h")" "$h"; then
      echo "DRIFT: stubs/$(basename "$h") is not what gen_stub.php makes of its stub; run scripts/gen-arginfo.sh" >&2
      status=1
    fi
  done
  exit $status
fi
php "$work/gen_stub.php" -f "$root/stubs"
