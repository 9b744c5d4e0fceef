#!/usr/bin/env bash
# The README's test command: installs what the tests need, builds the extension,
# and runs every check. Exits non-zero on any failure.
#   1. stubs, generated arginfo headers and the IDE/PHPStan stub agree
#   2. the phpt suite on a plain build
#   3. the phpt suite on an ASan+UBSan build with USE_ZEND_ALLOC=0
#   4. the phpt suite under valgrind (run-tests.php -m)
#   5. every scripts/checks/*.sh (converter golden corpus, fuzz, Laravel suite, ...)
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

step "stubs match generated arginfo" scripts/gen-arginfo.sh --check
step "analysis stubs match stubs" php scripts/gen-ide-stubs.php --check

ext=$(scripts/build.sh "$build/plain") || { echo "build failed" >&2; exit 1; }
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

echo
echo "checks: $passed passed, $failed failed"
[ $failed -eq 0 ] || { printf 'failed: %s\n' "${failures[@]}"; exit 1; }
