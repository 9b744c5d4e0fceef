#!/usr/bin/env bash
# A small run of the README's demo command (scripts/demo.sh): OAuth install,
# full sync, upstream changes, incremental sync, health and token refresh
# against the loopback mock, with latency and injected 429s and 503s. Fails
# when any count or file is wrong.
set -euo pipefail
root=${AMC_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
DEMO_BUILD=${AMC_BUILD_ROOT:-$root/.build-test}/plain DEMO_SPACES=2 DEMO_PAGES=40 \
  DEMO_LATENCY_MS=5 DEMO_RATE_429=0.1 DEMO_RATE_503=0.05 exec "$root/scripts/demo.sh"
