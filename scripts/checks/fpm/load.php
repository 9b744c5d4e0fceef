<?php
/*
 * Load generator of the PHP-FPM check: ROUNDS rounds, each of three waves of
 * CONCURRENCY requests in flight at once through nginx: /start, the mock's
 * authorize (the browser's step), the OAuth callback; then a wave of
 * conversions of a storage document. Checks every answer; after each round,
 * runs SAMPLE (a command printing the pool's worker PIDs and their RssAnon).
 * Usage: php load.php BASE_URL ROUNDS CONCURRENCY SAMPLE_CMD STORAGE_FILE EXPECTED_MD_FILE
 * Prints one JSON line per round; exits 1 on any wrong answer.
 */
[, $base, $rounds, $concurrency, $sampleCmd, $storageFile, $expectedFile] = $argv;
$storage = file_get_contents($storageFile);
$expected = file_get_contents($expectedFile);
$errors = 0;

/** @param list<array{url: string, post?: string}> $reqs @return list<array{int, string, string, array}> */
function wave(array $reqs): array
{
    $mh = curl_multi_init();
    $handles = [];
    foreach ($reqs as $i => $r) {
        $h = curl_init($r['url']);
        $headers = [];
        curl_setopt_array($h, [CURLOPT_RETURNTRANSFER => true, CURLOPT_TIMEOUT => 60, CURLOPT_FOLLOWLOCATION => false,
            CURLOPT_HEADERFUNCTION => function ($h, $line) use (&$headers, $i) {
                if (preg_match('/^([\w-]+):\s*(.*?)\s*$/', $line, $m)) {
                    $headers[$i][strtolower($m[1])] = $m[2];
                }
                return strlen($line);
            }]);
        if (isset($r['post'])) {
            curl_setopt($h, CURLOPT_POSTFIELDS, $r['post']);
            curl_setopt($h, CURLOPT_HTTPHEADER, ['Content-Type: application/xhtml+xml']);
        }
        curl_multi_add_handle($mh, $h);
        $handles[$i] = $h;
    }
    do {
        $status = curl_multi_exec($mh, $running);
        $running && curl_multi_select($mh, 1.0);
    } while ($running && $status === CURLM_OK);
    $out = [];
    foreach ($handles as $i => $h) {
        $out[$i] = [curl_getinfo($h, CURLINFO_RESPONSE_CODE), (string) curl_multi_getcontent($h), curl_error($h), $headers[$i] ?? []];
        curl_multi_remove_handle($mh, $h);
    }
    curl_multi_close($mh);
    return $out;
}

function fail(string $what, array $r): void
{
    global $errors;
    if ($errors++ < 5) {
        fwrite(STDERR, "$what: HTTP {$r[0]} {$r[2]} " . substr($r[1], 0, 300) . "\n");
    }
}

$pids = [];
for ($round = 1; $round <= (int) $rounds; $round++) {
    $n = (int) $concurrency;
    $starts = wave(array_fill(0, $n, ['url' => "$base/start"]));
    $auth = [];
    foreach ($starts as $r) {
        $j = json_decode($r[1], true);
        $r[0] === 200 && isset($j['authorize']) ? $auth[] = $j : fail('start', $r);
        isset($r[3]['x-worker-pid']) && $pids[$r[3]['x-worker-pid']] = true;
    }
    $redirects = wave(array_map(fn ($j) => ['url' => $j['authorize']], $auth));
    $callbacks = [];
    foreach ($redirects as $i => $r) {
        $loc = $r[3]['location'] ?? '';
        if ($r[0] !== 302 || ! str_contains($loc, 'code=')) {
            fail('authorize', $r);
            continue;
        }
        $callbacks[] = ['url' => "$base/connectors/confluence/callback?installation={$auth[$i]['installation']}&" . parse_url($loc, PHP_URL_QUERY), 'id' => $auth[$i]['installation']];
    }
    foreach (wave($callbacks) as $i => $r) {
        $j = json_decode($r[1], true);
        $r[0] === 200 && ($j['installed'] ?? null) === $callbacks[$i]['id'] ? null : fail('callback', $r);
        isset($r[3]['x-worker-pid']) && $pids[$r[3]['x-worker-pid']] = true;
    }
    foreach (wave(array_fill(0, $n, ['url' => "$base/convert", 'post' => $storage])) as $r) {
        $j = json_decode($r[1], true);
        $r[0] === 200 && ($j['markdown'] ?? null) === $expected ? null : fail('convert', $r);
        isset($r[3]['x-worker-pid']) && $pids[$r[3]['x-worker-pid']] = true;
    }
    echo json_encode(['round' => $round, 'installed' => count($callbacks), 'errors' => $errors,
        'pids_seen' => count($pids), 'workers' => trim((string) shell_exec($sampleCmd))]), "\n";
}
exit($errors === 0 ? 0 : 1);
