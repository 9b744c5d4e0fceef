#!/usr/bin/env bash
# Removes askmydocs_connector from this machine: disables it for every PHP
# version and SAPI (Debian's phpdismod), removes every ini line that loads it
# (conf.d files and php.ini, where `pecl install` may have appended one, so
# that no php is left warning "Unable to load dynamic library"), then the
# module and what PECL installed (pecl uninstall, else the .so by hand).
# Restart php-fpm and the queue workers afterwards.
#
# Usage: scripts/uninstall.sh [-n] [--ini FILE]...
#   -n          dry run: print what would be removed, change nothing
#   --ini FILE  also clean FILE (a php.ini outside /etc/php)
# Environment: AMC_PHP_ETC (/etc/php), AMC_EXT_DIRS (the extension dirs of
# every installed PHP: /usr/lib/php/2*), AMC_PECL (pecl; "" skips it).
set -euo pipefail
dry=0; extra=()
while [ $# -gt 0 ]; do
  case $1 in
    -n) dry=1 ;;
    --ini) extra+=("${2:?--ini needs a file}"); shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
etc=${AMC_PHP_ETC:-/etc/php}
pecl=${AMC_PECL-pecl}
# An ini line that loads the extension: (zend_)extension = [dir/]askmydocs_connector[.so], maybe quoted.
loads='^[[:space:]]*(zend_)?extension[[:space:]]*=[[:space:]]*["'"'"']?([^"'"'"';[:space:]]*/)?askmydocs_connector(\.so)?["'"'"']?[[:space:]]*(;.*)?$'
changed=0

run() { # run CMD...: print it; run it unless -n
  echo "+ $*"
  [ $dry = 1 ] || "$@"
}

# Only the loading line and comments: a file of its own (mods-available, a conf.d link).
own_file() { ! grep -Evq "$loads|^[[:space:]]*(;.*)?$" "$1"; }

clean_ini() { # clean_ini FILE [keep]: remove the file if it is the extension's own, else (or with keep) its loading lines
  local f=$1 keep=${2:-}
  [ -e "$f" ] || [ -L "$f" ] || return 0
  if [ -L "$f" ] && [ ! -e "$f" ]; then
    # A dangling conf.d link: its target (mods-available) is gone already.
    [[ $(basename "$f") == *askmydocs_connector* ]] && { run rm -f "$f"; changed=1; }
    return 0
  fi
  grep -Eq "$loads" "$f" || return 0
  changed=1
  if [ -z "$keep" ] && own_file "$f"; then
    run rm -f "$f"
  else
    echo "+ remove the askmydocs_connector line(s) from $f"
    [ $dry = 1 ] || sed -E -i "\\~$loads~d" "$(readlink -f "$f")"
  fi
}

# 1. Debian: phpdismod every SAPI of every version that has the module.
for avail in "$etc"/*/mods-available/askmydocs_connector.ini; do
  [ -e "$avail" ] || continue
  version=$(basename "$(dirname "$(dirname "$avail")")")
  if command -v phpdismod >/dev/null && [ "$etc" = /etc/php ]; then
    run phpdismod -v "$version" askmydocs_connector
  fi
done
# 2. Every ini that still loads it (conf.d entries first, their targets after).
shopt -s nullglob
for f in "$etc"/*/*/conf.d/* "$etc"/*/mods-available/askmydocs_connector.ini; do
  clean_ini "$f"
done
for f in "$etc"/*/*/php.ini ${extra[@]+"${extra[@]}"}; do
  clean_ini "$f" keep # a php.ini stays, even when that line was all it held
done
# 3. The module and PECL's files (confluence2md, the stub, the tests).
if [ -n "$pecl" ] && command -v "$pecl" >/dev/null && "$pecl" list 2>/dev/null | grep -q '^askmydocs_connector '; then
  run "$pecl" uninstall askmydocs_connector
  changed=1
fi
if [ -n "${AMC_EXT_DIRS:-}" ]; then read -ra ext_dirs <<<"$AMC_EXT_DIRS"; else ext_dirs=(/usr/lib/php/2*); fi
for d in ${ext_dirs[@]+"${ext_dirs[@]}"}; do
  [ -e "$d/askmydocs_connector.so" ] && { run rm -f "$d/askmydocs_connector.so"; changed=1; }
done

[ $changed = 1 ] || { echo "askmydocs_connector is not installed: nothing to do"; exit 0; }
[ $dry = 1 ] && exit 0
# Nothing may still load it, or warn for its absence.
if [ "$etc" = /etc/php ] && command -v php >/dev/null; then
  out=$(php -m 2>&1)
  if grep -qi askmydocs_connector <<<"$out"; then
    echo "php still mentions askmydocs_connector:" >&2; grep -i askmydocs_connector <<<"$out" >&2; exit 1
  fi
fi
echo "askmydocs_connector removed; now restart php-fpm (systemctl restart php8.2-fpm) and the queue workers (php artisan queue:restart)"
