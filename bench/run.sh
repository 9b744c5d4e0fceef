#!/usr/bin/env bash
# Builds the extension and runs the benchmarks, each printing its figures side
# by side with what it is compared against, in one run.
#   bench/run.sh [converter|http|vault|all]   (default: all)
# converter: native vs DOMDocument::loadXML() alone, league/html-to-markdown
#            (Debian php-league-html-to-markdown) and turndown (npm, installed
#            into the git-ignored .build-bench/)
# http:      concurrent native walk vs a sequential one, with faults injected
# vault:     the vault's encrypt+decrypt round trip vs Laravel's Crypt
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
what=${1:-all}
ext=${AMC_EXT:-$("$root/scripts/build.sh" "$root/.build-bench/ext")}

converter() {
  dpkg-query -W -f='${Status}' php-league-html-to-markdown 2>/dev/null | grep -q "install ok installed" ||
    { apt-get update -qq && apt-get install -y -qq php-league-html-to-markdown >/dev/null; }
  local td="$root/.build-bench/turndown"
  if [ ! -d "$td/node_modules/turndown" ]; then
    mkdir -p "$td"
    (cd "$td" && npm install --silent --no-audit --no-fund turndown@7 >/dev/null)
  fi
  AMC_EXT=$ext php -d "extension=$ext" "$root/bench/converter.php" "$td"
}

http() {
  php -d "extension=$ext" "$root/bench/http_walk.php"
}

vault() {
  # Laravel's Crypt comes from the Laravel suite's Composer packages.
  AMC_EXT=$ext AMC_ROOT=$root bash -c '
    suite=$AMC_ROOT/tests/laravel
    [ -f "$suite/vendor/autoload.php" ] || (cd "$suite" && COMPOSER_ALLOW_SUPERUSER=1 composer update --no-interaction --no-progress --quiet)'
  php -d "extension=$ext" "$root/bench/vault_crypt.php" 100000
}

case $what in
  converter|http|vault) "$what" ;;
  all) converter; http; vault ;;
  *) echo "usage: bench/run.sh [converter|http|vault|all]" >&2; exit 1 ;;
esac
