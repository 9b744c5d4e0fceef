#!/usr/bin/env bash
# Builds the extension, installs the comparison converters (Debian's
# php-league-html-to-markdown; turndown from npm into the git-ignored
# .build-bench/) and runs bench/converter.php. Usage: bench/run.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dpkg-query -W -f='${Status}' php-league-html-to-markdown 2>/dev/null | grep -q "install ok installed" ||
  { apt-get update -qq && apt-get install -y -qq php-league-html-to-markdown >/dev/null; }
td="$root/.build-bench/turndown"
if [ ! -d "$td/node_modules/turndown" ]; then
  mkdir -p "$td"
  (cd "$td" && npm install --silent --no-audit --no-fund turndown@7 >/dev/null)
fi
ext=${AMC_EXT:-$("$root/scripts/build.sh" "$root/.build-bench/ext")}
AMC_EXT=$ext php -d "extension=$ext" "$root/bench/converter.php" "$td"
