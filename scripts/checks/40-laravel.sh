#!/usr/bin/env bash
# Laravel 12 + PHPUnit 11 suite of the native BaseConnector and
# OAuthCredentialVault (tests/laravel), run twice: on a SQLite file database
# and on PostgreSQL, a throwaway server started here on loopback in a temp
# data dir. Composer installs the suite's dependencies into the git-ignored
# tests/laravel/vendor. Needs AMC_EXT (the built .so); test-all.sh sets it.
set -euo pipefail
root=${AMC_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
ext=${AMC_EXT:?set AMC_EXT to the built askmydocs_connector.so}
suite=$root/tests/laravel

# Matrix rows (scripts/matrix/row.sh): AMC_LARAVEL=12|13 with a vendor/ of
# their own under AMC_LARAVEL_WORK, so PHP versions and Laravel majors never
# share one (Laravel 13 goes with PHPUnit 12). The suite itself runs where it
# is; bootstrap.php (and so the concurrency workers) take that vendor/ from
# AMC_LARAVEL_VENDOR.
# Development: AMC_LARAVEL_FILTER=regex runs only the matching tests,
# AMC_LARAVEL_DBS="pgsql" only those databases (default: sqlite pgsql).
vendor=$suite/vendor
phpunit_opts=()
[ -z "${AMC_LARAVEL_FILTER:-}" ] || phpunit_opts+=(--filter "$AMC_LARAVEL_FILTER")
dbs=" ${AMC_LARAVEL_DBS:-sqlite pgsql} "
if [ -n "${AMC_LARAVEL_WORK:-}" ]; then
  major=${AMC_LARAVEL:-12}
  case $major in 12) phpunit='^11.5' ;; 13) phpunit='^12.0' ;; *) echo "AMC_LARAVEL: 12 or 13" >&2; exit 1 ;; esac
  work_suite=$AMC_LARAVEL_WORK
  mkdir -p "$work_suite"
  # The suite's composer.json with the row's majors and absolute path
  # repositories; its own classes are registered by bootstrap.php.
  php -r '$c = json_decode(file_get_contents($argv[1]), true, 512, JSON_THROW_ON_ERROR);
    $c["require"]["laravel/framework"] = "^".$argv[2].".0";
    $c["require"]["phpunit/phpunit"] = $argv[3];
    unset($c["autoload"]);
    foreach ($c["repositories"] as &$r) { $r["url"] = realpath(dirname($argv[1])."/".$r["url"]); }
    $j = json_encode($c, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES)."\n";
    if (@file_get_contents($argv[4]) !== $j) { file_put_contents($argv[4], $j); }' \
    "$suite/composer.json" "$major" "$phpunit" "$work_suite/composer.json"
  rm -rf "$work_suite/tests" "$work_suite/fixtures" "$work_suite/bootstrap.php" "$work_suite/phpunit.xml" # copies made by earlier versions
  vendor=$work_suite/vendor
  phpunit_opts+=(--do-not-cache-result)
  export AMC_LARAVEL_VENDOR=$vendor
  composer_dir=$work_suite
else
  composer_dir=$suite
fi

if [ ! -f "$vendor/autoload.php" ] || [ "$composer_dir/composer.json" -nt "$vendor/autoload.php" ]; then
  echo "installing the suite's Composer dependencies ($(grep -oE '"(laravel/framework|phpunit/phpunit)": "[^"]*"' "$composer_dir/composer.json" | tr '\n' ' '))"
  (cd "$composer_dir" && COMPOSER_ALLOW_SUPERUSER=1 composer update --no-interaction --no-progress --quiet)
fi
echo "Laravel $(cd "$composer_dir" && composer show --no-interaction laravel/framework 2>/dev/null | awk '$1 == "versions" {print $NF}'), PHPUnit $(php "$vendor/bin/phpunit" --version | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -1), PHP $(php -r 'echo PHP_VERSION;')"

work=$(mktemp -d)
chmod 755 "$work"
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "PostgreSQL server not found: apt-get install postgresql" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  [ -f "$work/pg/postmaster.pid" ] && as_pg "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

run_suite() { # run_suite DB [env...]
  local db=$1; shift
  echo "--- Laravel suite on $db"
  mkdir -p "$work/$db"
  (cd "$suite" && env AMC_TEST_DB="$db" AMC_LARAVEL_BASE="$work/$db" AMC_EXT="$ext" "$@" \
    php -d "extension=$ext" -d zend.exception_ignore_args=0 "$vendor/bin/phpunit" "${phpunit_opts[@]}")
}

[[ $dbs != *" sqlite "* ]] || run_suite sqlite
[[ $dbs == *" pgsql "* ]] || exit 0

# PostgreSQL: own cluster, trust auth, loopback only, on a free port.
port=$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')
mkdir -p "$work/pg" "$work/pgsock"
[ "$(id -u)" = 0 ] && chown postgres "$work/pg" "$work/pgsock"
as_pg "$pgbin/initdb" -D "$work/pg" -A trust -U postgres --no-sync >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; exit 1; }
as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pgsock/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $work/pgsock -c fsync=off -c max_connections=50" start >/dev/null
as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres amc_test
run_suite pgsql AMC_PG_PORT="$port" AMC_PG_USER=postgres AMC_PG_DATABASE=amc_test
