#!/usr/bin/env bash
# The README's test command: installs what the tests need, builds the extension,
# and runs every check. Exits non-zero on any failure.
#   1. stubs, generated arginfo headers and the IDE/PHPStan stub agree
#   2. the phpt suite on a plain build
#   3. the phpt suite on an ASan+UBSan build with USE_ZEND_ALLOC=0
#   4. the phpt suite under valgrind (run-tests.php -m)
#   5. every scripts/checks/*.sh (converter golden corpus, fuzz, Laravel suite, ...)
#   6. the platform matrix (scripts/matrix/): one step per row, each in a Debian
#      root made with debootstrap and kept in /var/lib/askmydocs-roots; a table
#      at the end. AMC_MATRIX=0 leaves it out (then the run says so, last).
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

matrix_rows=(php84-l12 php84-l13 php85-l13 debug zts-debug)
if [ "${AMC_MATRIX:-1}" != 0 ]; then
  for row in "${matrix_rows[@]}"; do
    step "matrix $row" scripts/matrix/run.sh "$row"
  done
fi

echo
echo "matrix:"
host=ok
for f in "${failures[@]}"; do case $f in "matrix "*) ;; *) host=FAILED ;; esac; done
printf '  %-10s %s\n' "host" "$host (PHP $(php -r 'echo PHP_VERSION;'), libxml2 $(php -r 'echo LIBXML_DOTTED_VERSION;'), Laravel 12 + PHPUnit 11: every step above)"
for row in "${matrix_rows[@]}"; do
  if [ "${AMC_MATRIX:-1}" = 0 ]; then r="NOT RUN (AMC_MATRIX=0)"
  elif [[ " ${failures[*]} " == *" matrix $row "* ]]; then r=FAILED
  else r=ok; fi
  printf '  %-10s %s\n' "$row" "$r"
done
echo "checks: $passed passed, $failed failed"
[ $failed -eq 0 ] || { printf 'failed: %s\n' "${failures[@]}"; exit 1; }
