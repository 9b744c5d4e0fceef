#!/usr/bin/env bash
# The platform matrix: makes the Debian roots when missing (scripts/matrix/
# root.sh), runs each row in its root (scripts/matrix/row.sh), and prints the
# matrix table. Usage: scripts/matrix/run.sh ROW... (all rows by default).
# Exits non-zero when any row fails; a root that cannot be made fails its rows.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
all=(php84-l12 php84-l13 php85-l13 debug zts-debug)
rows=("$@"); [ ${#rows[@]} -gt 0 ] || rows=("${all[@]}")
logs=$root/.build-matrix/logs
mkdir -p "$logs"

root_of() { case $1 in php85-*) echo forky ;; *) echo trixie ;; esac; }
label() {
  case $1 in
    php84-l12) echo "PHP 8.4 (trixie), libxml2 2.9.14, Laravel 12 + PHPUnit 11" ;;
    php84-l13) echo "PHP 8.4 (trixie), Laravel 13 + PHPUnit 12" ;;
    php85-l13) echo "PHP 8.5 (experimental/forky), libxml2 2.15, Laravel 13 + PHPUnit 12" ;;
    debug) echo "PHP 8.4 --enable-debug (Debian source), phpt" ;;
    zts-debug) echo "PHP 8.4 --enable-zts --enable-debug, phpt, 8 embed threads + TSan" ;;
  esac
}

declare -A made=() result=() took=()
status=0
for row in "${rows[@]}"; do
  r=$(root_of "$row")
  start=$SECONDS
  if [ -z "${made[$r]:-}" ]; then
    if scripts/matrix/root.sh make "$r"; then made[$r]=ok; else made[$r]=failed; fi
  fi
  if [ "${made[$r]}" != ok ]; then
    result[$row]="FAILED (root $r not made)"; status=1
  elif scripts/matrix/root.sh run "$r" scripts/matrix/row.sh "$row" 2>&1 | tee "$logs/$row.log"; [ "${PIPESTATUS[0]}" = 0 ]; then
    result[$row]=ok
  else
    result[$row]="FAILED (log: .build-matrix/logs/$row.log)"; status=1
  fi
  took[$row]=$((SECONDS - start))
done

echo
echo "platform matrix"
printf '%-10s %-68s %-6s %s\n' row platform time result
if [ -n "${AMC_MATRIX_HOST:-}" ]; then # test-all.sh: "label|seconds|result" of the host's own run
  IFS='|' read -r hl ht hr <<<"$AMC_MATRIX_HOST"
  printf '%-10s %-68s %4ss  %s\n' host "$hl" "$ht" "$hr"
fi
for row in "${rows[@]}"; do
  printf '%-10s %-68s %4ss  %s\n' "$row" "$(label "$row")" "${took[$row]}" "${result[$row]}"
done
exit $status
