<?php
// Mock Atlassian Cloud for the HTTP engine tests and the benchmark, run by
// PHP's built-in server with several workers. Loopback only.
//
// Listings under /ex/confluence/{cloudId}/wiki/rest/api/:
//   space?start=&limit=&count=                    spaces, relative _links.next
//   content?spaceKey=&start=&limit=&pages=         pages of a space
//   content/search?cql=&start=&limit=&pages=       CQL search
// Every listing takes fault=<mode> (see fault()); `tag` keys per-test state.
// Control: /__stats (requests, max in flight), /__reset, /echo (request headers).
// Environment: AMC_STATE_DIR (required), AMC_LATENCY_MS, AMC_P429, AMC_P503,
// AMC_PRESET (random faults for the benchmark).

declare(strict_types=1);

$state = getenv('AMC_STATE_DIR') ?: sys_get_temp_dir();
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/';
$q = $_GET;

/** Runs $fn on the JSON state file under an exclusive lock. */
function with_state(string $dir, callable $fn): mixed
{
    $h = fopen("$dir/state.json", 'c+');
    flock($h, LOCK_EX);
    $raw = stream_get_contents($h);
    $s = $raw ? json_decode($raw, true) : [];
    $s = is_array($s) ? $s : [];
    $ret = $fn($s);
    ftruncate($h, 0);
    rewind($h);
    fwrite($h, json_encode($s));
    fflush($h);
    flock($h, LOCK_UN);
    fclose($h);
    return $ret;
}

/** How many times this (tag, mode, page) was requested before, counted atomically. */
function seen(string $dir, string $key): int
{
    return with_state($dir, function (array &$s) use ($key) {
        $n = $s['seen'][$key] ?? 0;
        $s['seen'][$key] = $n + 1;
        return $n;
    });
}

function json_out(mixed $data, int $status = 200, array $headers = []): never
{
    http_response_code($status);
    header('Content-Type: application/json');
    foreach ($headers as $h) {
        header($h);
    }
    echo json_encode($data);
    exit;
}

/** Aborts the TCP connection with a RST (SO_LINGER 0, then the worker's fd is swapped for /dev/null). */
function reset_connection(): never
{
    $ffi = FFI::cdef('
        int setsockopt(int, int, int, const void *, unsigned int);
        int getpeername(int, void *, unsigned int *);
        int open(const char *, int);
        int dup2(int, int);
        int close(int);', 'libc.so.6');
    foreach (scandir('/proc/self/fd') as $fd) {
        if (!ctype_digit($fd) || !str_starts_with((string) @readlink("/proc/self/fd/$fd"), 'socket:')) {
            continue;
        }
        $addr = $ffi->new('unsigned char[128]');
        $len = $ffi->new('unsigned int');
        $len->cdata = 128;
        if ($ffi->getpeername((int) $fd, FFI::addr($addr[0]), FFI::addr($len)) !== 0) {
            continue;
        }
        if ((($addr[2] << 8) | $addr[3]) !== (int) $_SERVER['REMOTE_PORT']) {
            continue;
        }
        $linger = $ffi->new('int[2]');
        $linger[0] = 1;
        $linger[1] = 0;
        $ffi->setsockopt((int) $fd, 1 /* SOL_SOCKET */, 13 /* SO_LINGER */, FFI::addr($linger[0]), 8);
        $null = $ffi->open('/dev/null', 2);
        $ffi->dup2($null, (int) $fd);
        $ffi->close($null);
        exit;
    }
    exit;
}

// ---- bookkeeping: requests in flight across workers ----
if ($path === '/__stats') {
    json_out(with_state($state, fn (array &$s) => ['requests' => $s['requests'] ?? 0, 'max_in_flight' => $s['max'] ?? 0, 'in_flight' => $s['cur'] ?? 0, 'pages' => $s['pages'] ?? []]));
}
if ($path === '/__reset') {
    with_state($state, function (array &$s) { $s = []; });
    json_out(['ok' => true]);
}
with_state($state, function (array &$s) {
    $s['requests'] = ($s['requests'] ?? 0) + 1;
    $s['cur'] = ($s['cur'] ?? 0) + 1;
    $s['max'] = max($s['max'] ?? 0, $s['cur']);
});
register_shutdown_function(function () use ($state) {
    with_state($state, function (array &$s) { $s['cur'] = max(0, ($s['cur'] ?? 1) - 1); });
});

$latency = (int) (getenv('AMC_LATENCY_MS') ?: 0);
if ($latency > 0) {
    usleep($latency * 1000);
}

if ($path === '/echo') {
    json_out(['headers' => getallheaders(), 'uri' => $_SERVER['REQUEST_URI']]);
}

if (!preg_match('#^/ex/confluence/([^/]+)/wiki/rest/api/(space|content|content/search)$#', $path, $m)) {
    json_out(['message' => 'not found: ' . $path], 404);
}
[, $cloud, $kind] = $m;
$start = (int) ($q['start'] ?? 0);
$limit = max(1, (int) ($q['limit'] ?? 2));
$tag = (string) ($q['tag'] ?? '');
$page = intdiv($start, $limit);

// Random faults for the benchmark: AMC_PRESET="p429,p503,preset" probabilities.
if (($preset = getenv('AMC_FAULTS')) !== false && $preset !== '') {
    [$p429, $p503, $preset_reset] = array_map('floatval', explode(',', $preset));
    $r = mt_rand() / mt_getrandmax();
    if ($r < $p429) {
        json_out(['message' => 'rate limited'], 429, ['Retry-After: 0']);
    } elseif ($r < $p429 + $p503) {
        json_out(['message' => 'unavailable'], 503);
    } elseif ($r < $p429 + $p503 + $preset_reset) {
        reset_connection();
    }
}

$fault = (string) ($q['fault'] ?? '');
$times = (int) ($q['times'] ?? 1);
$key = "$tag|$fault|$kind|" . ($q['spaceKey'] ?? '') . "|$start";
switch ($fault) {
    case '429':           // Retry-After in seconds, `times` times
        if (seen($state, $key) < $times) {
            json_out(['message' => 'rate limited'], 429, ['Retry-After: ' . ($q['after'] ?? '1')]);
        }
        break;
    case '429date':       // Retry-After as an HTTP date
        if (seen($state, $key) < $times) {
            json_out(['message' => 'rate limited'], 429, ['Retry-After: ' . gmdate('D, d M Y H:i:s', time() + (int) ($q['after'] ?? 1)) . ' GMT']);
        }
        break;
    case '503':
        if (seen($state, $key) < $times) {
            json_out(['message' => 'unavailable'], 503);
        }
        break;
    case '500':
        json_out(['message' => 'internal error'], 500);
    case '401':
        json_out(['message' => 'invalid token'], 401);
    case '403':
        json_out(['message' => 'forbidden'], 403);
    case 'slow':
        usleep((int) ($q['ms'] ?? 2000) * 1000);
        break;
    case 'reset':
        if (seen($state, $key) < $times) {
            reset_connection();
        }
        break;
    case 'truncate':      // announces more bytes than it sends
        if (seen($state, $key) < $times) {
            header('Content-Type: application/json');
            header('Content-Length: 5000');
            echo '{"results":[{"id":"trunc';
            exit;
        }
        break;
    case 'nonjson':
        http_response_code(200);
        header('Content-Type: text/html');
        echo '<html><body>Atlassian maintenance</body></html>';
        exit;
    case 'big':           // a 20 MB page
        header('Content-Type: application/json');
        $row = json_encode(['id' => 'x', 'body' => str_repeat('a', 1000)]);
        echo '{"results":[', implode(',', array_fill(0, 20 * 1024, $row)), '],"_links":{}}';
        exit;
}

// ---- listings ----
$total = match ($kind) {
    'space' => (int) ($q['count'] ?? 5),
    default => (int) ($q['pages'] ?? 3) * $limit,
};
$rows = [];
for ($i = $start; $i < min($total, $start + $limit); $i++) {
    $rows[] = match ($kind) {
        'space' => ['key' => 'SP' . $i, 'name' => "Space $i"],
        'content' => ['id' => ($q['spaceKey'] ?? 'X') . '-' . $i, 'title' => "Page $i", 'space' => ['key' => $q['spaceKey'] ?? 'X']],
        default => ['id' => 'hit-' . $i, 'title' => 'Result ' . $i, 'cql' => $q['cql'] ?? ''],
    };
}
if (($q['log'] ?? '') === '1') {
    with_state($state, function (array &$s) use ($q, $page) { $s['pages'][$q['spaceKey'] ?? '-'][] = $page; });
}
$links = ['base' => "http://{$_SERVER['HTTP_HOST']}/ex/confluence/$cloud/wiki", 'context' => '/wiki'];
if ($start + $limit < $total) {
    $nq = $q;
    $nq['start'] = $start + $limit;
    $nq['limit'] = $limit;
    $links['next'] = "/wiki/rest/api/$kind?" . http_build_query($nq);
}
if ($fault === 'loop') {
    $links['next'] = "/wiki/rest/api/$kind?" . http_build_query(['fault' => 'loop', 'start' => 0, 'limit' => $limit, 'pages' => 99]);
}
if ($fault === 'gzip' && str_contains($_SERVER['HTTP_ACCEPT_ENCODING'] ?? '', 'gzip')) {
    header('Content-Encoding: gzip');
    header('Content-Type: application/json');
    echo gzencode(json_encode(['results' => $rows, 'start' => $start, 'limit' => $limit, 'size' => count($rows), '_links' => $links]));
    exit;
}
json_out(['results' => $rows, 'start' => $start, 'limit' => $limit, 'size' => count($rows), '_links' => $links]);
