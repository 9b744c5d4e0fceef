#!/usr/bin/env bash
# Installs the demo app's Composer packages (Laravel 12, the example connector
# and its fixtures, PHPStan) into demo/vendor when missing or out of date.
# Composer runs with the extension loaded: the connector package requires it.
# Usage: scripts/install-demo-packages.sh EXT_SO
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ext=${1:?usage: scripts/install-demo-packages.sh EXT_SO}
demo=$root/demo
stale=0
[ -f "$demo/vendor/autoload.php" ] || stale=1
for f in "$demo/composer.json" "$root"/examples/confluence-connector/composer.json "$root"/tests/fixtures/*/composer.json; do
  [ "$f" -nt "$demo/vendor/autoload.php" ] && stale=1
done
if [ $stale = 1 ]; then
  echo "installing the demo's Composer packages"
  (cd "$demo" && COMPOSER_ALLOW_SUPERUSER=1 php -d "extension=$ext" "$(command -v composer)" update --no-interaction --no-progress --quiet)
fi
mkdir -p "$demo/storage/framework/cache" "$demo/storage/logs" "$demo/bootstrap/cache"
