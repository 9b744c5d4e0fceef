#!/usr/bin/env bash
# scripts/uninstall.sh on a stand-in of /etc/php and of the extension dir
# (nothing of the machine is touched): the extension enabled the Debian way
# for cli and fpm (mods-available + conf.d links), a line pecl appended to a
# php.ini, a second PHP version, and an unrelated ini. After -n nothing has
# changed; after the real run no file loads askmydocs_connector, the .so files
# are gone, every other line and file is as before, and a php reading the
# cleaned configuration starts without a warning. A second run has nothing to do.
set -euo pipefail
root=${AMC_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
etc=$work/etc/php ext=$work/ext
mkdir -p "$ext/20220829" "$ext/20230831"
for v in 8.2 8.3; do
  mkdir -p "$etc/$v/mods-available" "$etc/$v/cli/conf.d" "$etc/$v/fpm/conf.d"
  printf '; configuration for php askmydocs_connector module\n; priority=20\nextension=askmydocs_connector.so\n' > "$etc/$v/mods-available/askmydocs_connector.ini"
  printf 'extension=ctype.so\n' > "$etc/$v/mods-available/ctype.ini"
  for sapi in cli fpm; do
    ln -s ../../mods-available/askmydocs_connector.ini "$etc/$v/$sapi/conf.d/20-askmydocs_connector.ini"
    ln -s ../../mods-available/ctype.ini "$etc/$v/$sapi/conf.d/20-ctype.ini"
    printf '[PHP]\nmemory_limit = 256M\n; extension=askmydocs_connector is documented here\n' > "$etc/$v/$sapi/php.ini"
  done
done
echo 'extension="askmydocs_connector.so"' >> "$etc/8.2/cli/php.ini"   # as pecl's php_ini setting appends it
printf 'extension = "%s/20220829/askmydocs_connector.so" ; by hand\nmax_execution_time = 30\n' "$ext" >> "$etc/8.2/fpm/php.ini"
touch "$ext/20220829/askmydocs_connector.so" "$ext/20230831/askmydocs_connector.so" "$ext/20220829/other.so"
snapshot() { (cd "$work" && find etc ext -printf '%p %l\n' | sort && find etc -type f -exec md5sum {} + | sort); }

run() { AMC_PHP_ETC=$etc AMC_EXT_DIRS="$ext/20220829 $ext/20230831" AMC_PECL= "$root/scripts/uninstall.sh" "$@"; }

before=$(snapshot)
run -n > "$work/dry.out"
[ "$(snapshot)" = "$before" ] || { echo "FAIL: -n changed files"; exit 1; }
grep -q "20-askmydocs_connector.ini" "$work/dry.out" || { echo "FAIL: -n did not list the conf.d links"; cat "$work/dry.out"; exit 1; }
echo "dry run: $(grep -c '^+' "$work/dry.out") actions listed, nothing changed"

run > "$work/run.out"; cat "$work/run.out"
left=$(grep -rEl '^[[:space:]]*extension[[:space:]]*=.*askmydocs_connector' "$etc" || true)
[ -z "$left" ] || { echo "FAIL: still loading it: $left"; exit 1; }
[ -z "$(find "$etc" "$ext" -name '*askmydocs_connector*')" ] || { echo "FAIL: left:"; find "$etc" "$ext" -name '*askmydocs_connector*'; exit 1; }
for v in 8.2 8.3; do for sapi in cli fpm; do
  [ -e "$etc/$v/$sapi/conf.d/20-ctype.ini" ] || { echo "FAIL: an unrelated conf.d entry went"; exit 1; }
  grep -q '^memory_limit = 256M$' "$etc/$v/$sapi/php.ini" && grep -q '^; extension=askmydocs_connector is documented' "$etc/$v/$sapi/php.ini" ||
    { echo "FAIL: other lines of $v/$sapi/php.ini changed"; exit 1; }
done; done
grep -q '^max_execution_time = 30$' "$etc/8.2/fpm/php.ini" && [ -e "$ext/20220829/other.so" ] || { echo "FAIL: unrelated content removed"; exit 1; }
# The cleaned configuration loads without a word about the extension.
out=$(php -n -c "$etc/8.2/cli/php.ini" -r 'echo "started";' 2>&1)
[ "$out" = started ] || { echo "FAIL: php warns with the cleaned php.ini: $out"; exit 1; }
echo "uninstall: $(grep -c '^+' "$work/run.out") actions; no ini loads it, no .so left, everything else kept"
run | grep -q "nothing to do" || { echo "FAIL: a second run found something"; exit 1; }
echo "second run: nothing to do"
