--TEST--
Hostile server: the token stays with its origin (next links, get, resolve, walkMany, prefetch, the paginator over native responses); deadlines and signals end native waits
--EXTENSIONS--
askmydocs_connector
pcntl
posix
--FILE--
<?php
require __DIR__ . '/fixtures/server.php';
use AskMyDocs\Connector\Http\AtlassianClient;
use Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException;
use Padosoft\AskMyDocsConnectorConfluence\Confluence\AtlassianPaginator;

$site = new AmcMockServer(4);
$thief = new AmcMockServer(2);        // another origin: must never see a request
$thiefOrigin = 'http://' . parse_url($thief->root, PHP_URL_HOST) . ':' . parse_url($thief->root, PHP_URL_PORT);
$siteOrigin = 'http://' . parse_url($site->root, PHP_URL_HOST) . ':' . parse_url($site->root, PHP_URL_PORT);
$steal = $thief->base . '/wiki/rest/api/space?limit=1';
$hostile = '/wiki/rest/api/space?limit=1&fault=nextto&to=' . rawurlencode($steal);
$thief->reset();

/**
 * Runs $fn; says what it threw and, for the waits that must be cut short,
 * whether it ended within $within seconds (bounds far below the wait they
 * cut, so that a slow machine or valgrind does not matter).
 */
function attempt(string $label, callable $fn, float $within = INF): void
{
    global $thiefOrigin, $siteOrigin;
    $t = microtime(true);
    try {
        $out = $fn();
        echo "$label: no exception", $out === null ? '' : " ($out)", "\n";
    } catch (\Throwable $e) {
        $msg = str_replace([$thiefOrigin, $siteOrigin], ['THIEF', 'SITE'], $e->getMessage());
        $took = microtime(true) - $t;
        echo "$label: ", (new \ReflectionClass($e))->getShortName(), ': ', preg_replace('/ \(GET .*\)$/', '', $msg),
            $took < $within ? '' : sprintf(' [TOOK %.2f s, limit %.1f s]', $took, $within), "\n";
    }
}
$collect = function (iterable $walk): string {
    $n = 0;
    foreach ($walk as $batch) {
        $n += count($batch);
    }
    return "$n rows";
};

echo "--- credential policy\n";
$c = new AtlassianClient($site->base, 'SECRET-site-token');
attempt('walk to another origin', fn () => $collect($c->walk($hostile)));
attempt('walk, prefetch', fn () => $collect((new AtlassianClient($site->base, 'SECRET', ['prefetch' => true]))->walk($hostile)));
attempt('walkMany', fn () => $collect($c->walkMany(['ok' => '/wiki/rest/api/space?limit=1', 'bad' => $hostile])));
attempt('walk starting there', fn () => $collect($c->walk($steal)));
attempt('get', fn () => $c->get($steal)->status());
attempt('resolve', fn () => $c->resolve($steal));
attempt('userinfo trick', fn () => $c->resolve($site->root . '@evil.example/x'));
attempt('paginator over get()', fn () => count((new AtlassianPaginator())->walk(fn (?string $next) => $c->get($next ?? $hostile))));
$https = new AtlassianClient('https://127.0.0.1:1/ex/confluence/c', 'SECRET');
attempt('https to http', fn () => $https->resolve('http://127.0.0.1:1/ex/confluence/c/x'));
attempt('https, other port', fn () => $https->resolve('https://127.0.0.1:2/x'));
attempt('https, same origin in other case and explicit port', fn () => $https->resolve('HTTPS://127.0.0.1:1/y'));
echo "thief saw ", $thief->stats()['requests'], " requests\n";

attempt('allowed_origins: cleartext beside https', fn () => new AtlassianClient('https://127.0.0.1:1', 'SECRET', ['allowed_origins' => ['http://127.0.0.1:1']]));
attempt('allowed_origins: not an origin', fn () => new AtlassianClient($site->base, 'SECRET', ['allowed_origins' => ['ftp://x']]));
$gw = new AtlassianClient($site->base, 'SECRET', ['allowed_origins' => [$thief->root]]);
attempt('allowed_origins: a gateway', fn () => $collect($gw->walk($hostile)));
echo "gateway saw ", $thief->stats()['requests'], " request(s)\n";

echo "--- deadlines\n";
$api = '/wiki/rest/api/space?limit=1';
attempt('Retry-After: 4, deadline 1 s', fn () => (new AtlassianClient($site->base, 'SECRET', ['deadline' => 1]))->get("$api&fault=429&after=4&tag=d1")->status(), 3.0);
attempt('slow server, deadline 1 s', fn () => (new AtlassianClient($site->base, 'SECRET', ['deadline' => 1]))->get("$api&fault=slow&ms=5000&tag=d2")->status(), 3.5);
attempt('slow server, walk deadline 1.5 s', fn () => $collect((new AtlassianClient($site->base, 'SECRET', ['walk_deadline' => 1.5]))
    ->walk('/wiki/rest/api/content?spaceKey=V&limit=1&pages=20&fault=slow&ms=400')), 5.0);
attempt('walk deadline 1 s', fn () => $collect((new AtlassianClient($site->base, 'SECRET', ['walk_deadline' => 1, 'deadline' => 0]))
    ->walk('/wiki/rest/api/content?spaceKey=W&limit=1&pages=20&fault=429&after=1&times=50&tag=d3')), 3.0);
attempt('deadline option', fn () => new AtlassianClient($site->base, 'SECRET', ['deadline' => -1]));

echo "--- signals\n";
// What queue:work --timeout does: an alarm with async signals, its handler running within 100 ms.
pcntl_async_signals(true);
$t0 = 0.0;
pcntl_signal(SIGALRM, function () use (&$t0) { throw new RuntimeException(sprintf('alarm handler threw after %.1f s', microtime(true) - $t0)); });
$t0 = microtime(true);
pcntl_alarm(1);
attempt('SIGALRM during Retry-After: 4', fn () => (new AtlassianClient($site->base, 'SECRET'))->get("$api&fault=429&after=4&tag=s1")->status(), 3.0);
$t0 = microtime(true);
pcntl_alarm(1);
attempt('SIGALRM during a slow walk', fn () => $collect((new AtlassianClient($site->base, 'SECRET'))->walk('/wiki/rest/api/content?spaceKey=S&limit=1&pages=3&fault=slow&ms=6000')), 4.0);
$ran = null;
pcntl_signal(SIGALRM, function () use (&$ran, &$t0) { $ran = microtime(true) - $t0; });
$t0 = microtime(true);
pcntl_alarm(1);
attempt('SIGALRM handler that returns', fn () => (new AtlassianClient($site->base, 'SECRET'))->get("$api&fault=429&after=4&tag=s2")->status());
echo "handler ran before the wait ended: ", var_export($ran !== null && $ran < 3.0, true), "\n";
?>
--EXPECTF--
--- credential policy
walk to another origin: ConnectorApiException: AtlassianClient: refusing to send the bearer token to THIEF: only the base URL's origin (SITE) receives it; list a gateway of this deployment in the allowed_origins option
walk, prefetch: ConnectorApiException: AtlassianClient: refusing to send the bearer token to THIEF: only the base URL's origin (SITE) receives it; list a gateway of this deployment in the allowed_origins option
walkMany: ConnectorApiException: AtlassianClient: refusing to send the bearer token to THIEF: only the base URL's origin (SITE) receives it; list a gateway of this deployment in the allowed_origins option
walk starting there: ConnectorApiException: AtlassianClient: refusing to send the bearer token to THIEF: only the base URL's origin (SITE) receives it; list a gateway of this deployment in the allowed_origins option
get: ConnectorApiException: AtlassianClient: refusing to send the bearer token to THIEF: only the base URL's origin (SITE) receives it; list a gateway of this deployment in the allowed_origins option
resolve: ConnectorApiException: AtlassianClient: refusing to send the bearer token to THIEF: only the base URL's origin (SITE) receives it; list a gateway of this deployment in the allowed_origins option
userinfo trick: ConnectorApiException: AtlassianClient: refusing to send the bearer token to http://evil.example:80: only the base URL's origin (SITE) receives it; list a gateway of this deployment in the allowed_origins option
paginator over get(): ConnectorApiException: AtlassianClient: refusing to send the bearer token to THIEF: only the base URL's origin (SITE) receives it; list a gateway of this deployment in the allowed_origins option
https to http: ConnectorApiException: AtlassianClient: refusing to send the bearer token to http://127.0.0.1:1: only the base URL's origin (https://127.0.0.1:1) receives it; list a gateway of this deployment in the allowed_origins option
https, other port: ConnectorApiException: AtlassianClient: refusing to send the bearer token to https://127.0.0.1:2: only the base URL's origin (https://127.0.0.1:1) receives it; list a gateway of this deployment in the allowed_origins option
https, same origin in other case and explicit port: no exception (HTTPS://127.0.0.1:1/y)
thief saw 0 requests
allowed_origins: cleartext beside https: ValueError: AtlassianClient option "allowed_origins": "http://127.0.0.1:1" is refused: an http:// origin would receive the token in cleartext
allowed_origins: not an origin: ValueError: AtlassianClient option "allowed_origins": "ftp://x" is refused: it is not an absolute http(s) URL
allowed_origins: a gateway: no exception (6 rows)
gateway saw 1 request(s)
--- deadlines
Retry-After: 4, deadline 1 s: ConnectorApiException: Atlassian API request did not finish within its deadline (1 s): 1 attempt, last answer HTTP 429
slow server, deadline 1 s: ConnectorApiException: Atlassian API request did not finish within its deadline (1 s): 1 attempt, last error: Operation timed out after %d milliseconds with 0 bytes received
slow server, walk deadline 1.5 s: ConnectorApiException: PageWalk stopped at its deadline (1.5 s) after %d batches: 1 attempt, last error: Operation timed out after %d milliseconds with 0 bytes received
walk deadline 1 s: ConnectorApiException: PageWalk stopped at its deadline (1 s) after %d batches: 1 attempt, last answer HTTP 429
deadline option: ValueError: AtlassianClient option "deadline" is out of range
--- signals
SIGALRM during Retry-After: 4: RuntimeException: alarm handler threw after %f s
SIGALRM during a slow walk: RuntimeException: alarm handler threw after %f s
SIGALRM handler that returns: no exception (200)
handler ran before the wait ended: true
