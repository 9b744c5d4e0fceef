#!/usr/bin/env bash
# A small run of the queue workers demo (DEMO_WORKERS=N scripts/demo.sh): the
# sync as Laravel jobs on a throwaway Redis with 1 and 2 queue:work processes,
# a worker SIGKILLed mid-job, a job on a slow page ended by --timeout, and one
# worker's RSS over 2,000 pages (sampled every 500). Fails on any wrong count, a job that is not
# retried or not stopped in time, or RSS growing past the bound.
set -euo pipefail
root=${AMC_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
DEMO_BUILD=${AMC_BUILD_ROOT:-$root/.build-test}/plain DEMO_WORKERS=2 DEMO_SPACES=2 DEMO_PAGES=20 \
  DEMO_LATENCY_MS=50 DEMO_BATCH=5 DEMO_RSS_PAGES=2000 DEMO_RSS_EVERY=500 DEMO_DEADLINE=60 exec "$root/scripts/demo.sh"
