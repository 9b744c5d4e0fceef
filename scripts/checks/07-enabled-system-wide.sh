#!/usr/bin/env bash
# The test commands work when askmydocs_connector is already enabled
# system-wide, and then test the build, not the installed copy. "System-wide"
# is simulated without touching /etc: PHP_INI_SCAN_DIR names a temp dir holding
# the machine's conf.d files (Debian's shared modules) plus an ini enabling
# a copy of the .so, and, second case, PHPRC names a php.ini that enables it.
# Proves: PHP then really loads the copy; under scripts/php-ini-isolate.sh the
# same shared modules load as before, minus the copy, and -d extension=BUILD
# maps the build without "already loaded"; a phpt subset passes through
# scripts/run-phpt.sh, and so does the small demo (Laravel, SQLite, the mock).
# Needs AMC_EXT (the built .so); test-all.sh sets it.
set -euo pipefail
root=${AMC_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
ext=${AMC_EXT:?set AMC_EXT to the built askmydocs_connector.so}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# This check builds its own "system"; an isolation inherited from test-all.sh
# would hide it.
unset AMC_PHP_INI_ISOLATED PHPRC PHP_INI_SCAN_DIR

mkdir -p "$work/system" "$work/scan" "$work/phprc"
cp "$ext" "$work/system/askmydocs_connector.so"
installed="$work/system/askmydocs_connector.so"
read -r ini scanned < <(php -r 'echo php_ini_loaded_file() ?: "-", " ", php_ini_scanned_files() ? dirname(explode(",", php_ini_scanned_files())[0]) : "-", "\n";')
[ "$scanned" != - ] && for f in "$scanned"/*.ini; do ln -s "$f" "$work/scan/"; done
echo "extension=$installed" > "$work/scan/99-askmydocs_connector.ini"
{ [ "$ini" != - ] && cat "$ini"; echo "extension=\"$installed\""; } > "$work/phprc/php.ini"
before=$(php -m 2>/dev/null | sort)

maps_of() { # the askmydocs_connector.so files mapped by a php with ARGS
  php "$@" -r 'echo file_get_contents("/proc/self/maps");' 2>"$work/stderr" | grep -o '/[^ ]*askmydocs_connector\.so' | sort -u
}

check_case() { # check_case NAME: runs with the "system" enablement in the environment
  local name=$1 mapped
  echo "--- enabled system-wide via $name"
  mapped=$(maps_of)
  [ "$mapped" = "$installed" ] || { echo "premise: php does not load the installed copy ($mapped)" >&2; return 1; }
  php -d "extension=$ext" -r '' 2>&1 | grep -q "already loaded" ||
    { echo "premise: loading the build a second time did not warn" >&2; return 1; }
  (
    . "$root/scripts/php-ini-isolate.sh"
    amc_isolate_php_ini "$work/isolated-$name"
    after=$(php -m 2>/dev/null | sort)
    [ "$after" = "$before" ] || { echo "isolation changed the module list:"; diff <(echo "$before") <(echo "$after"); exit 1; }
    mapped=$(maps_of -d "extension=$ext")
    [ "$mapped" = "$ext" ] && [ ! -s "$work/stderr" ] ||
      { echo "isolated php maps '$mapped' (want $ext)"; cat "$work/stderr"; exit 1; }
    echo "isolated: same modules as the machine's PHP ($(wc -l <<<"$after") lines of php -m), the build mapped, no warning"
  )
  "$root/scripts/run-phpt.sh" "$ext" -j2 -- "$root/tests/base" "$root/tests/cli/confluence2md.phpt" "$root/tests/vault" | tail -12
}

PHP_INI_SCAN_DIR=$work/scan check_case conf.d
PHPRC=$work/phprc check_case php.ini

echo "--- the small demo with the extension enabled system-wide (conf.d)"
PHP_INI_SCAN_DIR=$work/scan DEMO_BUILD=${AMC_BUILD_ROOT:-$root/.build-test}/plain DEMO_SPACES=1 DEMO_PAGES=20 \
  DEMO_LATENCY_MS=2 DEMO_RATE_429=0 "$root/scripts/demo.sh" > "$work/demo.log" 2>&1 ||
  { tail -30 "$work/demo.log"; exit 1; }
grep -q "already loaded" "$work/demo.log" && { grep "already loaded" "$work/demo.log" | head -3; exit 1; }
grep -E "\[(ok|FAIL)\]|demo:" "$work/demo.log"
