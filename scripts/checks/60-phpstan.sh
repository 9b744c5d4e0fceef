#!/usr/bin/env bash
# PHPStan 2 at level 8 over the example connector, reading the extension's
# surface from the generated analysis stub (ide/), as IDEs and connector
# packages do. PHPStan and Laravel come from the demo app's Composer packages.
set -euo pipefail
root=${AMC_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
"$root/scripts/install-demo-packages.sh" "${AMC_EXT:?set AMC_EXT to the built askmydocs_connector.so}"
cd "$root/examples/confluence-connector"
php "$root/demo/vendor/bin/phpstan" analyse -c phpstan.neon --autoload-file="$root/demo/vendor/autoload.php" \
  --no-progress --memory-limit=1G
