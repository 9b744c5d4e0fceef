#!/usr/bin/env bash
# Builds the extension out of tree and runs bench/http_walk.php with it.
# Usage: bench/run.sh [BUILD_DIR]   (default /tmp/amc-build-bench)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ext=$("$root/scripts/build.sh" "${1:-/tmp/amc-build-bench}")
exec php -d "extension=$ext" "$root/bench/http_walk.php"
