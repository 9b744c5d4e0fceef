--TEST--
AtlassianPaginator: maxPages reached with a next link, and next-link loops stop at once
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/fixtures/laravel_response.php';
use AmcTest\FakeHttp;
use Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorPaginationLimitException;
use Padosoft\AskMyDocsConnectorConfluence\Confluence\AtlassianPaginator;
use function AmcTest\page;

// Upstream's case: the same next link forever, maxPages: 2.
$http = new FakeHttp(page([['id' => 'forever']], 'https://api.atlassian.com/pageN'));
try {
    (new AtlassianPaginator)->walk($http->fetcher(), maxPages: 2);
} catch (ConnectorPaginationLimitException $e) {
    echo get_class($e), ': ', $e->getMessage(), ' maxPages=', $e->maxPages, ' sent=', count($http->sent), "\n";
}

// Distinct pages: maxPages counts followed next links exactly like upstream.
function endless(): \Closure
{
    $n = 0;
    return function (?string $next) use (&$n) {
        $n++;
        return AmcTest\page([['id' => $n]], '/page' . ($n + 1));
    };
}
foreach ([1, 2, 3, 0, -1] as $max) {
    $calls = 0;
    $fetch = endless();
    $counting = function (?string $next) use (&$calls, $fetch) { $calls++; return $fetch($next); };
    try {
        (new AtlassianPaginator)->walk($counting, $max);
    } catch (ConnectorPaginationLimitException $e) {
        echo "maxPages=$max: limit after $calls fetches, ", $e->getMessage(), "\n";
    }
}

// Exactly maxPages pages and then no next link: no exception.
$http = new FakeHttp(page([['id' => 1]], '/p2'), page([['id' => 2]], '/p3'), page([['id' => 3]]));
var_dump(count((new AtlassianPaginator)->walk($http->fetcher(), 3)));

// A loop (A -> B -> A) stops as soon as a followed link comes back.
$http = new FakeHttp(page([['id' => 1]], '/A'), page([['id' => 2]], '/B'), page([['id' => 3]], '/A'), page([['id' => 4]], '/B'));
try {
    (new AtlassianPaginator)->walk($http->fetcher());
} catch (ConnectorPaginationLimitException $e) {
    echo get_class($e), ': ', $e->getMessage(), ' maxPages=', $e->maxPages, "\n";
    var_dump($http->sent);
}

// Lazily: the limit surfaces when the consumer asks for the next batch.
$it = (new AtlassianPaginator)->walkLazy(endless(), 1);
foreach ((function () use ($it) { yield from []; })() as $_) {}
try {
    foreach ($it as $k => $batch) {
        echo "batch $k: ", json_encode($batch), "\n";
    }
} catch (ConnectorPaginationLimitException $e) {
    echo "lazy: ", $e->getMessage(), "\n";
}
var_dump($it->valid());
?>
--EXPECT--
Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorPaginationLimitException: Pagination limit (maxPages=2) reached while has_more=true. maxPages=2 sent=2
maxPages=1: limit after 1 fetches, Pagination limit (maxPages=1) reached while has_more=true.
maxPages=2: limit after 2 fetches, Pagination limit (maxPages=2) reached while has_more=true.
maxPages=3: limit after 3 fetches, Pagination limit (maxPages=3) reached while has_more=true.
maxPages=0: limit after 1 fetches, Pagination limit (maxPages=0) reached while has_more=true.
maxPages=-1: limit after 1 fetches, Pagination limit (maxPages=-1) reached while has_more=true.
int(3)
Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorPaginationLimitException: Pagination loop: _links.next repeats a page already fetched in this walk (/A); stopped after 3 pages. maxPages=100
array(3) {
  [0]=>
  string(31) "https://api.atlassian.com/page1"
  [1]=>
  string(2) "/A"
  [2]=>
  string(2) "/B"
}
batch 0: [{"id":1}]
lazy: Pagination limit (maxPages=1) reached while has_more=true.
bool(false)
