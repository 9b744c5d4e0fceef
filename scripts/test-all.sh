#!/usr/bin/env bash
# The README's test command: installs what the tests need, builds the extension,
# and runs every check. Exits non-zero on any failure.
#   1. stubs, generated arginfo headers and the IDE/PHPStan stub agree
#   2. the phpt suite on a plain build
#   3. the phpt suite on an ASan+UBSan build with USE_ZEND_ALLOC=0
#   4. the phpt suite under valgrind (run-tests.php -m)
#   5. every scripts/checks/*.sh (converter golden corpus, fuzz, Laravel suite, ...)
#   6. the platform matrix (scripts/matrix/run.sh): PHP 8.4 and 8.5, libxml2 2.15,
#      Laravel 13, debug and thread-safe debug PHP, in Debian roots; its table
#      begins with this host's row (PHP 8.2, Laravel 12: steps 1-5)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=${AMC_BUILD_ROOT:-$root/.build-test}
passed=0; failed=0; failures=()

step() { # step NAME COMMAND...
  local name=$1; shift
  echo "=== $name"
  if "$@"; then passed=$((passed + 1)); echo "--- ok: $name"
  else failed=$((failed + 1)); failures+=("$name"); echo "--- FAILED: $name"; fi
}

scripts/install-deps.sh || { echo "dependency installation failed" >&2; exit 1; }

# The matrix's Debian roots (debootstrap, apt: mostly network and dpkg) are
# made in the background while the host checks run, when missing; the rows
# run after those checks. AMC_SKIP_MATRIX=1 leaves the matrix out, loudly.
root_jobs=()
if [ "${AMC_SKIP_MATRIX:-0}" != 1 ]; then
  mkdir -p "$root/.build-matrix/logs"
  for r in trixie forky; do
    scripts/matrix/root.sh make "$r" >"$root/.build-matrix/logs/root-$r.log" 2>&1 &
    root_jobs+=($!)
  done
fi
matrix_start=$SECONDS

step "stubs match generated arginfo" scripts/gen-arginfo.sh --check
step "analysis stubs match stubs" php scripts/gen-ide-stubs.php --check

ext=$(scripts/build.sh "$build/plain") || { echo "build failed" >&2; exit 1; }
. scripts/php-ini-isolate.sh && amc_isolate_php_ini "$build/php-ini" || exit 1 # every check tests this build, even if one is enabled system-wide
export AMC_EXT=$ext AMC_ROOT=$root AMC_BUILD_ROOT=$build
step "phpt suite" scripts/run-phpt.sh "$ext" -j2

if [ "${AMC_SKIP_SANITIZERS:-0}" != 1 ]; then
  step "phpt suite under ASan+UBSan" scripts/run-sanitizers.sh
  step "phpt suite under valgrind" scripts/run-phpt.sh "$ext" -m -j2
fi

for check in scripts/checks/*.sh; do
  [ -e "$check" ] || continue
  step "$(basename "$check" .sh)" bash "$check"
done

if [ "${AMC_SKIP_MATRIX:-0}" != 1 ]; then
  # A root that failed is made again, and reported, by run.sh.
  for j in "${root_jobs[@]}"; do wait "$j" || true; done
  host="PHP $(php -r 'echo PHP_VERSION;'), libxml2 $(pkg-config --modversion libxml-2.0), Laravel 12 + PHPUnit 11 (steps above)"
  if [ $failed -eq 0 ]; then host_result=ok; else host_result="FAILED (${failures[*]})"; fi
  step "platform matrix" env AMC_MATRIX_HOST="$host|$((SECONDS - matrix_start))|$host_result" scripts/matrix/run.sh
else
  echo "=== platform matrix NOT RUN (AMC_SKIP_MATRIX=1)"
fi

echo
echo "checks: $passed passed, $failed failed (${SECONDS}s)"
[ $failed -eq 0 ] || { printf 'failed: %s\n' "${failures[@]}"; exit 1; }
