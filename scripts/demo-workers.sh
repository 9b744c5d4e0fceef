#!/usr/bin/env bash
# DEMO_WORKERS=N scripts/demo.sh: the Confluence sync as Laravel queued jobs on
# Redis, consumed by `queue:work` processes with the extension loaded
# (demo:workers, README "Queue workers"). Run by scripts/demo.sh once the deps,
# the build and the demo's packages are in place (DEMO_EXT = the built .so, the
# php ini already isolated). Starts a throwaway redis-server (loopback, a free
# port, a temp dir, no persistence) and two mocks: one with latency for the
# worker series, the kill and the timeout; one with many pages and no latency
# for the memory run. Everything is stopped on exit.
#
# Environment: DEMO_WORKERS (series 1, 2, 4... up to it), DEMO_SPACES (3),
# DEMO_PAGES (150), DEMO_LATENCY_MS (50), DEMO_RATE_429 (0), DEMO_SEED (42),
# DEMO_BATCH (10 pages per job), DEMO_TIMEOUT (3 s, queue:work --timeout),
# DEMO_RETRY_AFTER (5 s), DEMO_RSS_PAGES (10000), DEMO_RSS_EVERY (1000),
# DEMO_RSS_BOUND_MB (4), DEMO_DEADLINE (300 s, the longest any one wait may take;
# the memory run allows 0.1 s per page if that is more).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
ext=${DEMO_EXT:?run through scripts/demo.sh}
workers=${DEMO_WORKERS:?DEMO_WORKERS=N}
rss_pages=${DEMO_RSS_PAGES:-10000}

state=$(mktemp -d)
redis_pid=
cleanup() {
  [ -n "$redis_pid" ] && kill "$redis_pid" 2>/dev/null && wait "$redis_pid" 2>/dev/null
  for m in mock rss-mock; do php mock/bin/atlassian-mock --stop --state "$state/$m" >/dev/null 2>&1 || true; done
  rm -rf "$state"
}
trap cleanup EXIT

free_port() { php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];'; }
# The port is free when chosen; another process may take it before Redis binds: try again.
mkdir -p "$state/redis"
for try in 1 2 3; do
  port=$(free_port)
  redis-server --bind 127.0.0.1 --port "$port" --dir "$state/redis" --save '' --appendonly no \
    --daemonize no --logfile "$state/redis/redis.log" &
  redis_pid=$!
  for _ in $(seq 100); do
    redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG && break 2
    kill -0 "$redis_pid" 2>/dev/null || break
    sleep 0.05
  done
  kill "$redis_pid" 2>/dev/null || true; wait "$redis_pid" 2>/dev/null || true; redis_pid=
done
[ -n "$redis_pid" ] || { echo "redis-server did not start:"; cat "$state/redis/redis.log"; exit 1; }
echo "redis-server $(redis-server --version | grep -o 'v=[0-9.]*') on 127.0.0.1:$port (no persistence)"

start_mock() { # STATE OPTIONS... -> base URL
  php mock/bin/atlassian-mock --state "$1" "${@:2}" --seed "${DEMO_SEED:-42}" \
    --client-id demo-client --client-secret demo-secret \
    --redirect-uri http://127.0.0.1/connectors/confluence/callback >"$state/$(basename "$1").out"
  php -r 'echo json_decode(file_get_contents($argv[1]), true)["base_url"];' "$1/mock.json"
}
mock=$(start_mock "$state/mock" --workers 8 --spaces "${DEMO_SPACES:-3}" --pages "${DEMO_PAGES:-150}" \
  --latency-ms "${DEMO_LATENCY_MS:-50}" --rate-429 "${DEMO_RATE_429:-0}")
rss_mock=$(start_mock "$state/rss-mock" --workers 4 --spaces 4 --pages $(((rss_pages + 3) / 4)))
echo "mock Atlassian Cloud at $mock (${DEMO_SPACES:-3} spaces x ${DEMO_PAGES:-150} pages, ${DEMO_LATENCY_MS:-50} ms latency); memory run's at $rss_mock (4 spaces x $(((rss_pages + 3) / 4)) pages, no latency)"

REDIS_HOST=127.0.0.1 REDIS_PORT=$port DEMO_EXT=$ext DEMO_RETRY_AFTER=${DEMO_RETRY_AFTER:-5} \
DEMO_RSS_EVERY=${DEMO_RSS_EVERY:-1000} \
  php -d "extension=$ext" demo/artisan demo:workers --mock="$mock" --rss-mock="$rss_mock" --workers="$workers" \
    --batch="${DEMO_BATCH:-10}" --timeout="${DEMO_TIMEOUT:-3}" --rss-bound-mb="${DEMO_RSS_BOUND_MB:-4}" \
    --deadline="${DEMO_DEADLINE:-300}"
