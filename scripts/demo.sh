#!/usr/bin/env bash
# README command one: the whole connector story on a fresh Debian 12 machine,
# nothing outside loopback. Installs what it needs (Debian and Composer
# packages), builds the extension, starts the mock Atlassian Cloud, and runs the
# Laravel 12 demo app (demo/, SQLite file) with the extension loaded from the
# build: OAuth install, full sync of SPACES x PAGES into demo/kb, upstream
# changes, incremental sync, health + token refresh, summary.
# Exits non-zero when any count or file is wrong.
#
# Environment: DEMO_SPACES (3), DEMO_PAGES (150), DEMO_LATENCY_MS (20),
# DEMO_RATE_429 (0.05), DEMO_RATE_503 (0), DEMO_SEED (42), DEMO_BUILD (.build-demo);
# DEMO_WORKERS=N and its own variables: scripts/demo-workers.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
spaces=${DEMO_SPACES:-3}
pages=${DEMO_PAGES:-150}
build=${DEMO_BUILD:-$root/.build-demo}

scripts/install-deps.sh
ext=$(scripts/build.sh "$build")
. scripts/php-ini-isolate.sh && amc_isolate_php_ini "$build/php-ini" # test the build even if one is enabled system-wide
php_ext=(php -d "extension=$ext")

scripts/install-demo-packages.sh "$ext"
rm -f demo/storage/demo.sqlite && touch demo/storage/demo.sqlite
# DEMO_WORKERS=N: the sync as queued jobs and queue:work processes instead.
[ -n "${DEMO_WORKERS:-}" ] && DEMO_EXT=$ext exec scripts/demo-workers.sh

state=$(mktemp -d)
trap 'php mock/bin/atlassian-mock --stop --state "$state" >/dev/null 2>&1 || true; rm -rf "$state"' EXIT
php mock/bin/atlassian-mock --state "$state" --workers 8 --spaces "$spaces" --pages "$pages" \
  --seed "${DEMO_SEED:-42}" --latency-ms "${DEMO_LATENCY_MS:-20}" --rate-429 "${DEMO_RATE_429:-0.05}" --rate-503 "${DEMO_RATE_503:-0}" \
  --client-id demo-client --client-secret demo-secret \
  --redirect-uri http://127.0.0.1/connectors/confluence/callback >"$state/mock.out"
mock=$(php -r 'echo json_decode(file_get_contents($argv[1]), true)["base_url"];' "$state/mock.json")
echo "mock Atlassian Cloud at $mock ($spaces spaces x $pages pages, ${DEMO_LATENCY_MS:-20} ms latency, ${DEMO_RATE_429:-0.05} of responses 429)"

"${php_ext[@]}" demo/artisan demo:run --mock="$mock"
