--TEST--
AtlassianClient walks and AtlassianPaginator with the native Response: lazy steps, early break, limits, loops, concurrent spaces under the cap
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/fixtures/server.php';
use AskMyDocs\Connector\Http\{AtlassianClient, PageWalk};
use Padosoft\AskMyDocsConnectorBase\Exceptions\{ConnectorApiException, ConnectorAuthException, ConnectorPaginationLimitException};
use Padosoft\AskMyDocsConnectorConfluence\Confluence\AtlassianPaginator;

$srv = new AmcMockServer(8);
$c = new AtlassianClient($srv->base, 'tok', ['backoff_base_ms' => 10, 'concurrency' => 3]);
$ids = fn (array $b) => implode(',', array_column($b, 'id'));

// Closure mode, upstream style: the closure resolves the raw next link.
$p = new AtlassianPaginator;
$rows = $p->walk(fn (?string $next) => $c->get($next ?? '/wiki/rest/api/content?spaceKey=N&limit=2&pages=3'));
echo "closure walk: ", $ids($rows), "\n";
foreach (['401' => 'auth', '500' => 'api', 'nonjson' => 'nonjson'] as $fault => $label) {
    try {
        $p->walk(fn (?string $next) => $c->get($next ?? "/wiki/rest/api/space?fault=$fault"));
    } catch (ConnectorAuthException | ConnectorApiException $e) {
        echo "closure $label: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    $p->walk(fn (?string $next) => $c->get($next ?? '/wiki/rest/api/space?fault=loop&limit=2'));
} catch (ConnectorPaginationLimitException $e) {
    echo "closure loop: ", $e->getMessage(), "\n";
}
echo "CQL search: ", $ids($p->walk(fn (?string $n) => $c->get($n ?? '/wiki/rest/api/content/search?' . http_build_query(['cql' => 'type = "page"', 'limit' => 2, 'pages' => 2])))), "\n";

// Native walk: nothing before the first iteration, one request per step.
$srv->reset();
$w = $c->walk('/wiki/rest/api/content?spaceKey=L&limit=2&pages=3');
var_dump($w instanceof PageWalk, $srv->stats()['requests']);
foreach ($w as $k => $batch) {
    echo "step $k: ", $ids($batch), ", requests so far: ", $srv->stats()['requests'], "\n";
}
// Break after the first batch: exactly one request.
$srv->reset();
foreach ($c->walk('/wiki/rest/api/content?spaceKey=B&limit=2&pages=5') as $batch) {
    break;
}
echo "break after the first batch: ", $srv->stats()['requests'], " request(s)\n";

// maxPages like upstream, loops stop at once.
try {
    foreach ($c->walk('/wiki/rest/api/content?spaceKey=M&limit=1&pages=9', 2) as $k => $b) echo "limited batch $k\n";
} catch (ConnectorPaginationLimitException $e) {
    echo $e->getMessage(), "\n";
}
try {
    foreach ($c->walk('/wiki/rest/api/space?fault=loop&limit=2') as $k => $b) echo "loop batch $k\n";
} catch (ConnectorPaginationLimitException $e) {
    echo preg_replace('/\(.*\)/', '(...)', $e->getMessage()), "\n";
}

// Several spaces at once: each space's batches in order, never more than the cap in flight.
foreach ([false, true] as $prefetch) {
    $srv->reset();
    $cc = new AtlassianClient($srv->base, 'tok', ['concurrency' => 3, 'prefetch' => $prefetch]);
    $starts = [];
    foreach (['S1', 'S2', 'S3', 'S4', 'S5'] as $s) {
        $starts[$s] = "/wiki/rest/api/content?spaceKey=$s&limit=2&pages=4&slowms=0";
    }
    $got = [];
    foreach ($cc->walkMany($starts) as $space => $batch) {
        $got[$space][] = $ids($batch);
    }
    ksort($got);
    $ok = true;
    foreach ($got as $space => $batches) {
        $ok = $ok && $batches === ["$space-0,$space-1", "$space-2,$space-3", "$space-4,$space-5", "$space-6,$space-7"];
    }
    $st = $srv->stats();
    echo "walkMany prefetch=", var_export($prefetch, true), ": spaces ", count($got), ", in order ", var_export($ok, true),
        ", client max in flight ", $cc->stats()['max_in_flight'], ", server max in flight <= 3: ", var_export($st['in_flight_max'] <= 3, true), "\n";
}

// An error in one space surfaces in that space's order.
try {
    foreach ($c->walkMany(['ok' => '/wiki/rest/api/content?spaceKey=O&limit=1&pages=2', 'bad' => '/wiki/rest/api/space?fault=401']) as $k => $b) {
        // (the other space's batches may come first or not)
    }
} catch (ConnectorAuthException $e) {
    echo "walkMany: ", $e->getMessage(), "\n";
}
try { $c->walkMany(['a' => 42]); } catch (\TypeError $e) { echo $e->getMessage(), "\n"; }
$w = $c->walk('/wiki/rest/api/content?spaceKey=R&limit=1&pages=2');
$w->rewind(); $w->next();
try { $w->rewind(); } catch (\Exception $e) { echo $e->getMessage(), "\n"; }
// A walk may outlive its client.
$w = (new AtlassianClient($srv->base, 'tok'))->walk('/wiki/rest/api/content?spaceKey=Z&limit=1&pages=2');
foreach ($w as $b) { echo "orphan walk: ", $ids($b), "\n"; }
?>
--EXPECT--
closure walk: N-0,N-1,N-2,N-3,N-4,N-5
closure auth: Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorAuthException: Atlassian API call failed: HTTP 401 {"message":"invalid token"}
closure api: Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException: Atlassian API call failed: HTTP 500 {"message":"internal error"}
closure nonjson: Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException: Atlassian API returned non-JSON body.
closure loop: Pagination loop: _links.next repeats a page already fetched in this walk (/wiki/rest/api/space?fault=loop&start=0&limit=2); stopped after 2 pages.
CQL search: hit-0,hit-1,hit-2,hit-3
bool(true)
int(0)
step 0: L-0,L-1, requests so far: 1
step 1: L-2,L-3, requests so far: 2
step 2: L-4,L-5, requests so far: 3
break after the first batch: 1 request(s)
limited batch 0
limited batch 1
Pagination limit (maxPages=2) reached while has_more=true.
loop batch 0
loop batch 1
Pagination loop: _links.next repeats a page already fetched in this walk (...); stopped after 2 pages.
walkMany prefetch=false: spaces 5, in order true, client max in flight 3, server max in flight <= 3: true
walkMany prefetch=true: spaces 5, in order true, client max in flight 3, server max in flight <= 3: true
walkMany: Atlassian API call failed: HTTP 401 {"message":"invalid token"}
AskMyDocs\Connector\Http\AtlassianClient::walkMany(): Argument #1 ($starts) must contain only non-empty strings
Cannot rewind a PageWalk that was already run
orphan walk: Z-0
orphan walk: Z-1
