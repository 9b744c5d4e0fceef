<?php
// Benchmark of the native HTTP engine against the mock Atlassian server
// (loopback, 20 ms latency per request): 5 spaces x 40 pages.
//   0. sequential, upstream connector style: AtlassianPaginator + Laravel's Http
//      client (Guzzle), one space after another (needs demo/vendor: scripts/demo.sh
//      or scripts/install-demo-packages.sh installs it)
//   1. sequential: AtlassianPaginator + AtlassianClient::get(), one space after another
//   2. concurrent: AtlassianClient::walkMany() with a cap of 4
//   3. concurrent with faults: 10% 429 (Retry-After: 0), 5% 503, 2% connection resets
// Run: bench/run.sh (builds the extension, then runs this file with it).
declare(strict_types=1);

require __DIR__ . '/../tests/http/fixtures/server.php';

use AskMyDocs\Connector\Http\AtlassianClient;
use Padosoft\AskMyDocsConnectorConfluence\Confluence\AtlassianPaginator;

const SPACES = 5;
const PAGES = 40;
const CAP = 4;

function starts(): array
{
    $s = [];
    for ($i = 1; $i <= SPACES; $i++) {
        $s["SP$i"] = "/wiki/rest/api/content?spaceKey=SP$i&limit=1&pages=" . PAGES;
    }
    return $s;
}

/** True when every space got pages 0..PAGES-1 exactly once, in order. */
function complete(array $got): bool
{
    if (count($got) !== SPACES) {
        return false;
    }
    foreach ($got as $space => $ids) {
        $want = array_map(fn ($i) => "$space-$i", range(0, PAGES - 1));
        if ($ids !== $want) {
            return false;
        }
    }
    return true;
}

function concurrent(AmcMockServer $srv, array $options): array
{
    $c = new AtlassianClient($srv->base, 'bench-token', $options + ['concurrency' => CAP]);
    $srv->reset();
    $got = [];
    $t = microtime(true);
    foreach ($c->walkMany(starts()) as $space => $batch) {
        foreach ($batch as $row) {
            $got[$space][] = $row['id'];
        }
    }
    $elapsed = microtime(true) - $t;
    return [$elapsed, $got, $c->stats(), $srv->stats()];
}

$latency = 20;
$srv = new AmcMockServer(10, ['latency-ms' => $latency]);
printf("mock server: %d ms latency per request, %d spaces x %d pages, PHP built-in server with 10 workers\n", $latency, SPACES, PAGES);

// 0. Sequential, the way upstream's connector walks: Laravel's Http client.
$laravelSeq = null;
$autoload = __DIR__ . '/../demo/vendor/autoload.php';
if (is_file($autoload)) {
    require $autoload;
    $http = new Illuminate\Http\Client\Factory();
    $srv->reset();
    $got = [];
    $requests = 0;
    $t = microtime(true);
    foreach (starts() as $space => $start) {
        $fetch = function (?string $next) use ($http, $srv, $start, &$requests) {
            $requests++;
            return $http->withToken('bench-token')->acceptJson()->get($srv->base . ($next ?? $start));
        };
        foreach ((new AtlassianPaginator)->walkLazy($fetch) as $batch) {
            foreach ($batch as $row) {
                $got[$space][] = $row['id'];
            }
        }
    }
    $laravelSeq = microtime(true) - $t;
    printf("sequential (paginator + Laravel Http, upstream style): %6.3f s, %d requests, complete and in order: %s\n",
        $laravelSeq, $requests, complete($got) ? 'yes' : 'NO');
} else {
    echo "sequential (paginator + Laravel Http): skipped, demo/vendor is not installed (scripts/install-demo-packages.sh)\n";
}

// 1. Sequential, native client.
$c = new AtlassianClient($srv->base, 'bench-token');
$srv->reset();
$got = [];
$t = microtime(true);
foreach (starts() as $space => $start) {
    foreach ((new AtlassianPaginator)->walkLazy(fn (?string $next) => $c->get($next ?? $start)) as $batch) {
        foreach ($batch as $row) {
            $got[$space][] = $row['id'];
        }
    }
}
$seq = microtime(true) - $t;
printf("sequential (paginator + get):      %6.3f s, %d requests, complete and in order: %s\n",
    $seq, $c->stats()['requests'], complete($got) ? 'yes' : 'NO');

// 2. Concurrent, cap 4.
[$conc, $got, $cs, $ss] = concurrent($srv, []);
printf("concurrent walkMany (cap %d):       %6.3f s, %d requests, server max in flight %d, complete and in order: %s\n",
    CAP, $conc, $cs['requests'], $ss['in_flight_max'], complete($got) ? 'yes' : 'NO');
[$pre, $got, $cs, $ss] = concurrent($srv, ['prefetch' => true]);
printf("concurrent walkMany + prefetch:    %6.3f s, %d requests, server max in flight %d, complete and in order: %s\n",
    $pre, $cs['requests'], $ss['in_flight_max'], complete($got) ? 'yes' : 'NO');
printf("speed-up (native sequential / concurrent): %.2fx (target >= 4x; with a cap of 4 over the same transport, 4x is the ceiling)\n", $seq / $conc);
if ($laravelSeq !== null) {
    printf("speed-up (upstream-style sequential / concurrent): %.2fx (target >= 4x)\n", $laravelSeq / $conc);
}
unset($srv);

// 3. Faults, seeded (mock/server/lib/Faults.php): the same requests fail on every run.
$srv = new AmcMockServer(10, ['latency-ms' => $latency, 'rate-429' => 0.10, 'rate-503' => 0.05, 'rate-reset' => 0.02, 'retry-after' => 0]);
[$fault, $got, $cs, $ss] = concurrent($srv, ['backoff_base_ms' => 20, 'backoff_max_ms' => 200, 'max_retries' => 8, 'walk_retry_budget' => 1000]);
printf("with 10%% 429, 5%% 503, 2%% resets:  %6.3f s, %d requests, %d retries, server max in flight %d, every page exactly once in order: %s\n",
    $fault, $cs['requests'], $cs['retries'], $ss['in_flight_max'], complete($got) ? 'yes' : 'NO');
