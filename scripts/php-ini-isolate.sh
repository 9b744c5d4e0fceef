# Sourced, not run: amc_isolate_php_ini DIR
# Makes every php started from here on (and every php those start) read the
# machine's PHP configuration minus the lines that load askmydocs_connector:
# a filtered copy of php.ini and of each scanned conf.d file goes into DIR,
# and PHPRC and PHP_INI_SCAN_DIR point there. The Debian shared modules (json,
# mbstring, curl, pdo_*, dom, pcntl...) still load; `-d extension=BUILD.so`
# then tests the build instead of failing with "Module askmydocs_connector is
# already loaded" when the extension is enabled system-wide.
# Idempotent: a second call (a nested script) keeps the first DIR.
amc_isolate_php_ini() {
  local dir=${1:?usage: amc_isolate_php_ini DIR}
  [ -n "${AMC_PHP_INI_ISOLATED:-}" ] && return 0
  local listing ini n=0 f
  # The configuration this php reads now (a loaded askmydocs only warns here).
  listing=$(php -r 'echo php_ini_loaded_file() ?: "", "\n", str_replace([",", " "], "", (string) php_ini_scanned_files());' 2>/dev/null) ||
    { echo "php does not start: cannot read its configuration" >&2; return 1; }
  rm -rf "$dir" && mkdir -p "$dir/conf.d" || return 1
  ini=$(head -n1 <<<"$listing")
  if [ -n "$ini" ]; then amc_filter_ini <"$ini" >"$dir/php.ini" || return 1
  else : >"$dir/php.ini"; fi
  while read -r f; do
    [ -n "$f" ] || continue
    n=$((n + 1))
    # Numbered copies keep the scan order (PHP reads them sorted by name).
    amc_filter_ini <"$f" >"$dir/conf.d/$(printf '%03d' $n)-$(basename "$f")" || return 1
  done < <(tail -n +2 <<<"$listing")
  export PHPRC=$dir PHP_INI_SCAN_DIR=$dir/conf.d AMC_PHP_INI_ISOLATED=$dir
}

# Comments out (zend_)extension lines naming askmydocs_connector, with or
# without .so, quotes or a directory.
amc_filter_ini() {
  sed -E "s~^([[:space:]]*(zend_)?extension[[:space:]]*=[[:space:]]*[\"']?([^\"';[:space:]]*/)?askmydocs_connector(\\.so)?[\"']?[[:space:]]*(;.*)?)\$~; (not loaded for the tests) \\1~"
}
