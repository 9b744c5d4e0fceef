#!/usr/bin/env bash
# One row of the platform matrix, run inside its Debian root (scripts/matrix/
# root.sh run ROOT scripts/matrix/row.sh ROW), from the project root:
#   php84-l12      PHP 8.4 (trixie): -Werror build, phpt suite, converter C core
#                  check, Laravel 12 + PHPUnit 11
#   php84-l13      PHP 8.4 (trixie): -Werror build, Laravel 13 + PHPUnit 12
#   php85-l13      PHP 8.5 + libxml2 2.15 (experimental on forky): -Werror build,
#                  phpt suite, converter C core check, Laravel 13 + PHPUnit 12
#   debug          PHP built from Debian's source with --enable-debug: phpt suite
#   zts-debug      the same with --enable-zts: phpt suite, and 8 embed-SAPI
#                  threads under ThreadSanitizer (embed-threads.sh)
# Each step fails the row; nothing is skipped.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
row=${1:?usage: row.sh ROW}
export AMC_ROOT=$root AMC_BUILD_ROOT=$root/.build-matrix/$row

section() { echo "--- [$row] $*"; }

build_werror() {
  section "build with -Werror against $(php-config --version)"
  AMC_EXT=$(AMC_WERROR=1 scripts/build.sh "$AMC_BUILD_ROOT/plain")
  export AMC_EXT
}
phpt() { section "phpt suite"; scripts/run-phpt.sh "$AMC_EXT" -j2; }
core() { section "converter C core check (libxml2 $(pkg-config --modversion libxml-2.0))"; bash scripts/checks/10-converter-core.sh; }
laravel() { # laravel MAJOR
  section "Laravel $1 suite"
  AMC_LARAVEL=$1 AMC_LARAVEL_WORK=$AMC_BUILD_ROOT/laravel$1 bash scripts/checks/40-laravel.sh
}

case $row in
  php84-l12) build_werror; phpt; core; laravel 12 ;;
  php84-l13) build_werror; laravel 13 ;;
  php85-l13) build_werror; phpt; core; laravel 13 ;;
  debug|zts-debug)
    prefix=$(scripts/matrix/build-php.sh "$row")
    export PATH="$prefix/bin:$PATH"
    # The mock server runs on the root's PHP 8.4: its connection resets need
    # FFI, which this PHP (--disable-all) lacks; the extension is tested here.
    export AMC_MOCK_PHP=/usr/bin/php8.4
    php -v | head -1
    build_werror
    phpt
    if [ "$row" = zts-debug ]; then
      section "8 threads under ThreadSanitizer (embed SAPI)"
      bash scripts/matrix/embed-threads.sh
    fi ;;
  *) echo "row.sh: unknown row $row" >&2; exit 2 ;;
esac
section "ok"
