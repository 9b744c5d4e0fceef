--TEST--
Mock Atlassian: injected 429 (Retry-After), 503 and connection resets at a fixed seed; latency; stats
--FILE--
<?php
require __DIR__ . '/mock.inc';
$m = new AmcTestMock(['spaces' => 1, 'pages' => 2, 'seed' => 42, 'rate-429' => 0.2, 'rate-503' => 0.1, 'rate-reset' => 0.1, 'retry-after' => 2, 'latency-ms' => 10]);
$tok = $m->login()['access_token'];
$m->admin('stats/reset');

$seen = ['200' => 0, '429' => 0, '503' => 0, 'reset' => 0];
$retryAfter = [];
$t0 = microtime(true);
for ($i = 0; $i < 40; $i++) {
    [$st, $h] = amc_http('GET', "{$m->wiki}/user/current", ["Authorization: Bearer $tok"]);
    $seen[$st === 0 ? 'reset' : (string) $st]++;
    if ($st === 429) {
        $retryAfter[$h['retry-after'] ?? '-'] = true;
    }
}
$elapsed = microtime(true) - $t0;
echo 'client saw: ', json_encode($seen), "\n";
echo 'Retry-After values: ', implode(',', array_keys($retryAfter)), "\n";
echo 'latency applied: ', var_export($elapsed >= 40 * 0.01, true), "\n";

$s = $m->admin('stats');
echo 'injected: ', json_encode($s['injected']), "\n";
echo 'eligible: ', $s['fault_eligible'], ', requests: ', $s['requests'], "\n";
$by = array_intersect_key($s['by_status'], $seen);
ksort($by);
echo 'by status: ', json_encode($by), "\n";

// OAuth endpoints are never faulted.
$m->admin('settings', ['rate-429' => 1]);
echo 'token endpoint under faults: ', $m->login()['token_type'], "\n";

// In flight: concurrent requests with faults off and a long latency.
$m->admin('settings', ['rate-429' => 0, 'rate-503' => 0, 'rate-reset' => 0, 'latency-ms' => 300]);
$port = parse_url($m->base, PHP_URL_PORT);
$socks = [];
for ($i = 0; $i < 4; $i++) {
    $c = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 30);
    fwrite($c, "GET " . parse_url($m->wiki, PHP_URL_PATH) . "/user/current HTTP/1.0\r\nHost: 127.0.0.1\r\nAuthorization: Bearer $tok\r\n\r\n");
    $socks[] = $c;
}
$ok = 0;
foreach ($socks as $c) {
    stream_set_timeout($c, 120);
    $ok += str_contains((string) fgets($c), ' 200 ') ? 1 : 0;
    fclose($c);
}
// A worker counts a request out just after its response is written: allow it a moment.
for ($i = 0; $i < 200 && ($s2 = $m->admin('stats'))['in_flight'] > 0; $i++) {
    usleep(50_000);
}
echo "concurrent 200s: $ok, in flight max >= 2: ", var_export($s2['in_flight_max'] >= 2, true), ', in flight now: ', $s2['in_flight'], "\n";
?>
--EXPECT--
client saw: {"200":22,"429":9,"503":5,"reset":4}
Retry-After values: 2
latency applied: true
injected: {"429":9,"503":5,"reset":4}
eligible: 40, requests: 40
by status: {"200":22,"429":9,"503":5,"reset":4}
token endpoint under faults: Bearer
concurrent 200s: 4, in flight max >= 2: true, in flight now: 0
