--TEST--
askmydocs_connector.paginator_retry: off (default) keeps upstream's error on 429; on retries 429/502/503/504 with Retry-After or backoff, within the per-page retries and the walk's budget, interruptibly
--EXTENSIONS--
askmydocs_connector
pcntl
--FILE--
<?php
require __DIR__ . '/fixtures/laravel_response.php';
use AmcTest\FakeHttp;
use Illuminate\Http\Client\Response;
use Padosoft\AskMyDocsConnectorConfluence\Confluence\AtlassianPaginator;
use function AmcTest\{ids, page};

$limited = fn (string $after = '1') => new Response(['message' => 'rate limited'], 429, ['Retry-After' => $after]);
function run(string $label, FakeHttp $http, bool $lazy = false): void
{
    $t = microtime(true);
    try {
        $p = new AtlassianPaginator();
        $rows = [];
        if ($lazy) {
            foreach ($p->walkLazy($http->fetcher()) as $batch) {
                array_push($rows, ...$batch);
            }
        } else {
            $rows = $p->walk($http->fetcher());
        }
        $out = 'rows ' . implode(',', ids($rows));
    } catch (\Throwable $e) {
        $out = (new \ReflectionClass($e))->getShortName() . ': ' . $e->getMessage();
    }
    printf("%s: %s; %d requests, %s\n", $label, $out, count($http->sent), microtime(true) - $t >= 0.9 ? 'waited' : 'no wait');
}

echo "default: ", var_export(ini_get('askmydocs_connector.paginator_retry'), true), "\n";
run('off, 429', new FakeHttp(page([['id' => 1]], 'p2'), $limited(), page([['id' => 2]])));

ini_set('askmydocs_connector.paginator_retry', 'on');
run('on, 429 Retry-After: 1', new FakeHttp(page([['id' => 1]], 'p2'), $limited(), page([['id' => 2]])));
run('on, lazy, 429 twice', new FakeHttp(page([['id' => 1]], 'p2'), $limited('0'), $limited('0'), page([['id' => 2]])), true);
run('on, 503 and 502 (backoff)', new FakeHttp(new Response('busy', 503), new Response('bad gateway', 502), page([['id' => 1]])));
run('on, Retry-After as an HTTP date', new FakeHttp($limited(gmdate('D, d M Y H:i:s', time() + 2) . ' GMT'), page([['id' => 1]])));
run('on, 429 every time', new FakeHttp($limited('0')));
run('on, Retry-After beyond 120 s', new FakeHttp($limited('3600'), page([['id' => 1]])));
run('on, 500 is not retried', new FakeHttp(new Response('boom', 500), page([['id' => 1]])));
run('on, 401 is not retried', new FakeHttp(new Response('no', 401), page([['id' => 1]])));

// The walk's budget (100 retries) is shared by its pages: 26 pages each limited 4 times.
$queue = [];
for ($i = 0; $i < 26; $i++) {
    array_push($queue, $limited('0'), $limited('0'), $limited('0'), $limited('0'), page([['id' => $i]], $i < 25 ? 'p' . ($i + 1) : null));
}
run('on, budget spent', new FakeHttp(...$queue));

// A signal handler that throws ends the wait (what queue:work --timeout relies on).
pcntl_async_signals(true);
pcntl_signal(SIGALRM, function () { throw new RuntimeException('alarm'); });
pcntl_alarm(1);
run('on, SIGALRM during Retry-After: 30', new FakeHttp($limited('30'), page([['id' => 1]])));
?>
--EXPECT--
default: '0'
off, 429: ConnectorApiException: Atlassian API call failed: HTTP 429 {"message":"rate limited"}; 2 requests, no wait
on, 429 Retry-After: 1: rows 1,2; 3 requests, waited
on, lazy, 429 twice: rows 1,2; 4 requests, no wait
on, 503 and 502 (backoff): rows 1; 3 requests, no wait
on, Retry-After as an HTTP date: rows 1; 2 requests, waited
on, 429 every time: ConnectorApiException: Atlassian API call failed: HTTP 429 {"message":"rate limited"}; 5 requests, no wait
on, Retry-After beyond 120 s: ConnectorApiException: Atlassian API call failed: HTTP 429 {"message":"rate limited"}; 1 requests, no wait
on, 500 is not retried: ConnectorApiException: Atlassian API call failed: HTTP 500 boom; 1 requests, no wait
on, 401 is not retried: ConnectorAuthException: Atlassian API call failed: HTTP 401 no; 1 requests, no wait
on, budget spent: ConnectorApiException: Atlassian API call failed: HTTP 429 {"message":"rate limited"}; 126 requests, no wait
on, SIGALRM during Retry-After: 30: RuntimeException: alarm; 1 requests, waited
