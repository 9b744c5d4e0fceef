#!/usr/bin/env bash
# PHP-FPM: Debian's php-fpm (a master and pool of its own, on loopback) behind
# nginx serves the demo app (Laravel 12 + the example connector) with the
# extension enabled in FPM's own ini only: FPM's php.ini and conf.d are copied
# (minus any askmydocs line) and an askmydocs ini is added to the copy; the
# machine's FPM and CLI configuration is not touched. The load: ROUNDS rounds
# of 200 concurrent requests per wave (start an install, the OAuth callback
# exchanging the code at the mock, a storage-to-Markdown conversion), with
# pm.max_requests recycling the workers mid-run. Proves: every answer right,
# no error in FPM's or nginx's log, workers recycled, and each worker's
# private memory (RssAnon) flat over its life.
# Needs AMC_EXT (the built .so); test-all.sh sets it.
set -euo pipefail
root=${AMC_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
ext=${AMC_EXT:?set AMC_EXT to the built askmydocs_connector.so}
rounds=${AMC_FPM_ROUNDS:-8} concurrency=${AMC_FPM_CONCURRENCY:-200}
fpm=$(command -v php-fpm8.2 || ls /usr/sbin/php-fpm8.2 2>/dev/null) || { echo "php-fpm not found: apt-get install php8.2-fpm" >&2; exit 1; }
fpm_etc=/etc/php/8.2/fpm
"$root/scripts/install-demo-packages.sh" "$ext"

work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
  [ -f "$work/fpm.pid" ] && kill "$(cat "$work/fpm.pid")" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  php "$root/mock/bin/atlassian-mock" --stop --state "$work/mock" >/dev/null 2>&1 || true
  sleep 0.5; rm -rf "$work"
}
trap cleanup EXIT
free_port() { php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];'; }

# FPM's own configuration: Debian's fpm php.ini and conf.d, plus the extension.
. "$root/scripts/php-ini-isolate.sh"
mkdir -p "$work/ini/conf.d"
amc_filter_ini < "$fpm_etc/php.ini" > "$work/ini/php.ini"
for f in "$fpm_etc"/conf.d/*.ini; do amc_filter_ini < "$f" > "$work/ini/conf.d/$(basename "$f")"; done
echo "extension=$ext" > "$work/ini/conf.d/99-askmydocs_connector.ini"

# The mock Atlassian Cloud, as the demo starts it.
mkdir -p "$work/mock"
php "$root/mock/bin/atlassian-mock" --state "$work/mock" --workers 8 --spaces 1 --pages 5 --seed 7 --latency-ms 2 \
  --rate-429 0 --rate-503 0 --client-id demo-client --client-secret demo-secret \
  --redirect-uri http://127.0.0.1/connectors/confluence/callback > "$work/mock.out"
mock=$(php -r 'echo json_decode(file_get_contents($argv[1]), true)["base_url"];' "$work/mock/mock.json")

# The app's database and storage.
mkdir -p "$work/storage/framework/cache" "$work/storage/logs"
touch "$work/app.sqlite"
DEMO_DB="$work/app.sqlite" php -d "extension=$ext" "$root/demo/artisan" migrate --force > "$work/migrate.log" 2>&1 || { cat "$work/migrate.log"; exit 1; }

fpm_port=$(free_port) web_port=$(free_port)
user=$(id -un) group=$(id -gn)
cat > "$work/fpm.conf" <<CONF
[global]
pid = $work/fpm.pid
error_log = $work/fpm.log
log_level = notice
daemonize = no
[amc]
user = $user
group = $group
listen = 127.0.0.1:$fpm_port
listen.backlog = 1024
pm = static
pm.max_children = 8
pm.max_requests = 500
catch_workers_output = yes
decorate_workers_output = no
env[AMC_DEMO_DIR] = $root/demo
env[AMC_STORAGE] = $work/storage
env[AMC_MOCK_URL] = $mock
env[DEMO_DB] = $work/app.sqlite
php_admin_value[error_log] = $work/php-errors.log
php_admin_flag[log_errors] = on
CONF
root_flag=(); [ "$(id -u)" = 0 ] && root_flag=(-R)
PHP_INI_SCAN_DIR="$work/ini/conf.d" setpriv --pdeathsig TERM "$fpm" "${root_flag[@]}" -c "$work/ini/php.ini" -y "$work/fpm.conf" > "$work/fpm.out" 2>&1 &
mkdir -p "$work/tmp"
cat > "$work/nginx.conf" <<CONF
daemon off;
worker_processes 2;
pid $work/nginx.pid;
user $user $group;
error_log $work/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/tmp/body; proxy_temp_path $work/tmp/proxy; fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi; scgi_temp_path $work/tmp/scgi;
  server {
    listen 127.0.0.1:$web_port;
    location / {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME $root/scripts/checks/fpm/index.php;
      fastcgi_pass 127.0.0.1:$fpm_port;
      fastcgi_read_timeout 60s;
    }
  }
}
CONF
setpriv --pdeathsig TERM nginx -p "$work" -c "$work/nginx.conf" > "$work/nginx.out" 2>&1 &
for _ in $(seq 100); do
  [ -f "$work/fpm.pid" ] && [ -f "$work/nginx.pid" ] && curl -s -o /dev/null "http://127.0.0.1:$web_port/start" && break
  sleep 0.1
done
master=$(cat "$work/fpm.pid")
# The pool's php really loads the extension from FPM's ini, and only there.
grep -q askmydocs "$work/ini/conf.d/99-askmydocs_connector.ini"
workers_pids=$(pgrep -P "$master" | head -1)
grep -q "$ext" "/proc/$workers_pids/maps" || { echo "the FPM worker did not map $ext" >&2; cat "$work/fpm.log" >&2; exit 1; }
echo "php-fpm $("$fpm" -v | head -1 | cut -d' ' -f2) (pool of 8, pm.max_requests=500) behind nginx on 127.0.0.1:$web_port; the worker maps $ext"

# The conversion's expected Markdown, from the CLI.
printf '<h1>Title</h1><p>Some <strong>bold</strong> and <a href="https://example.org/x">a link</a>.</p><ac:structured-macro ac:name="code"><ac:parameter ac:name="language">php</ac:parameter><ac:plain-text-body><![CDATA[echo 1;]]></ac:plain-text-body></ac:structured-macro><table><tr><th>a</th></tr><tr><td>1</td></tr></table>' > "$work/page.xhtml"
php -d "extension=$ext" -r 'echo (new Padosoft\AskMyDocsConnectorConfluence\Confluence\ConfluenceStorageToMarkdown())->convert(file_get_contents($argv[1]));' "$work/page.xhtml" > "$work/page.md"

sample="for p in \$(pgrep -P $master); do echo \"\$p:\$(awk '/RssAnon/{print \$2}' /proc/\$p/status 2>/dev/null)\"; done | tr '\n' ' '"
php "$root/scripts/checks/fpm/load.php" "http://127.0.0.1:$web_port" "$rounds" "$concurrency" "$sample" "$work/page.xhtml" "$work/page.md" | tee "$work/rounds.jsonl"
status=${PIPESTATUS[0]}

# Verdicts.
php -r '
$rounds = array_map(fn ($l) => json_decode($l, true), file($argv[1], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
$seen = []; // pid => list of [round, kB]
foreach ($rounds as $r) {
    foreach (preg_split("/\s+/", trim($r["workers"])) as $w) {
        [$pid, $kb] = explode(":", $w) + [1 => ""];
        if ($kb !== "") $seen[$pid][] = [$r["round"], (int) $kb];
    }
}
$fail = 0; $worst = 0;
foreach ($seen as $pid => $s) {
    // From its second sample (warmed up) to its last: private memory may not grow by 2 MiB (one Zend MM chunk).
    if (count($s) < 3) continue;
    $growth = end($s)[1] - $s[1][1];
    $worst = max($worst, $growth);
    if ($growth >= 2048) { fwrite(STDERR, "worker $pid RssAnon grew by $growth kB: " . json_encode($s) . "\n"); $fail = 1; }
}
$last = end($rounds);
printf("workers seen: %d (8 at a time: recycled %s); worst RssAnon growth of a worker over its life: %d kB\n",
    $last["pids_seen"], $last["pids_seen"] > 8 ? "yes" : "NO", $worst);
if ($last["pids_seen"] <= 8) { fwrite(STDERR, "pm.max_requests did not recycle any worker\n"); $fail = 1; }
exit($fail);' "$work/rounds.jsonl" || status=1
if grep -Ei "error|warning|fatal|exited on signal|core dumped" "$work/fpm.log" "$work/nginx-error.log" "$work/php-errors.log" 2>/dev/null | grep -v "exited with code 0" | head -5 | grep .; then
  echo "FAIL: errors in the FPM, nginx or PHP log" >&2; status=1
fi
installs=$(php -r '$db = new PDO("sqlite:" . $argv[1]); echo $db->query("select count(*) from connector_installations where status = \"active\"")->fetchColumn();' "$work/app.sqlite")
[ "$installs" = $((rounds * concurrency)) ] || { echo "FAIL: $installs active installations, want $((rounds * concurrency))" >&2; status=1; }
echo "installations completed over OAuth through FPM: $installs; conversions: $((rounds * concurrency))"
exit $status
