#!/usr/bin/env bash
# Runs the phpt suite against one build of the extension.
# Usage: scripts/run-phpt.sh EXT_SO [extra run-tests.php options] [-- test paths]
# Fails on any failed, borked, leaked or skipped test: a skip means a missing
# dependency, which is an installation bug.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ext=${1:?usage: scripts/run-phpt.sh EXT_SO [options] [-- paths]}
shift
opts=(); paths=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; paths=("$@"); break; fi
  opts+=("$1"); shift
done
# Default to the whole suite, unless tests come from a list (-r FILE).
if [ ${#paths[@]} -eq 0 ] && [[ " ${opts[*]} " != *" -r "* ]]; then
  paths=("$root/tests")
fi

run_tests=""
for cand in "$(php-config --prefix)/lib/php/build/run-tests.php" /usr/lib/php/*/build/run-tests.php; do
  [ -f "$cand" ] && { run_tests=$cand; break; }
done
[ -n "$run_tests" ] || { echo "run-tests.php not found: apt-get install php8.2-dev" >&2; exit 1; }

log=$(mktemp)
ini_dir=$(mktemp -d)
trap 'rm -rf "$log" "$ini_dir"' EXIT
# Test this build even when the extension is also enabled system-wide.
. "$root/scripts/php-ini-isolate.sh"
amc_isolate_php_ini "$ini_dir" || exit 1
# AMC_SANITIZER_PRELOAD (scripts/run-sanitizers.sh): the sanitizer runtimes,
# preloaded into run-tests.php and the PHP processes it starts.
preload=()
[ -n "${AMC_SANITIZER_PRELOAD:-}" ] && preload=(env "LD_PRELOAD=$AMC_SANITIZER_PRELOAD")
NO_INTERACTION=1 REPORT_EXIT_STATUS=1 TEST_PHP_EXECUTABLE=$(command -v php) \
  ${preload[@]+"${preload[@]}"} php "$run_tests" -q --show-diff -d "extension=$ext" "${opts[@]}" ${paths[@]+"${paths[@]}"} 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if grep -Eq "^Tests skipped *: *[1-9]" "$log"; then
  echo "FAIL: tests were skipped (a missing dependency is an installation bug)" >&2
  status=1
fi
if ! grep -Eq "^Tests passed *: *[1-9]" "$log"; then
  echo "FAIL: no test passed" >&2
  status=1
fi
exit $status
