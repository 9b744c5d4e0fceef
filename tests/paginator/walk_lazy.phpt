--TEST--
AtlassianPaginator::walkLazy(): lazy like upstream's generator (no fetch before iteration, one fetch per step, early break)
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/fixtures/laravel_response.php';
use AmcTest\FakeHttp;
use AskMyDocs\Connector\Pagination\LazyPageIterator;
use Padosoft\AskMyDocsConnectorConfluence\Confluence\AtlassianPaginator;
use function AmcTest\{page, ids};

// Upstream: yields one batch at a time.
$http = new FakeHttp(page([['id' => '1'], ['id' => '2']], 'https://api.atlassian.com/page2'), page([['id' => '3']]));
$batches = [];
foreach ((new AtlassianPaginator)->walkLazy($http->fetcher()) as $batch) {
    $batches[] = ids($batch);
}
var_dump($batches === [['1', '2'], ['3']]);

// Upstream: a consumer that breaks after the first batch caused exactly one request.
$http = new FakeHttp(page([['id' => 'first']], 'https://api.atlassian.com/page2'), page([['id' => 'should-not-fetch']]));
$seen = [];
foreach ((new AtlassianPaginator)->walkLazy($http->fetcher()) as $batch) {
    foreach ($batch as $row) {
        $seen[] = $row['id'];
    }
    break;
}
var_dump($seen, count($http->sent));

// No fetch before the first iteration; one fetch per step; keys 0..n.
$http = new FakeHttp(page([['id' => 1]], '/2'), page([['id' => 2]], '/3'), page([['id' => 3]]));
$it = (new AtlassianPaginator)->walkLazy($http->fetcher());
var_dump($it instanceof \Iterator, $it instanceof LazyPageIterator, count($http->sent));
foreach ($it as $k => $batch) {
    echo "key $k id ", $batch[0]['id'], " after ", count($http->sent), " requests\n";
}
var_dump($it->valid(), $it->key(), $it->current());

// Exceptions surface during iteration, after the earlier batches were consumed.
$http = new FakeHttp(page([['id' => 1]], '/2'), new Illuminate\Http\Client\Response('nope', 500));
$it = (new AtlassianPaginator)->walkLazy($http->fetcher());
try {
    foreach ($it as $k => $batch) {
        echo "got batch $k\n";
    }
} catch (Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException $e) {
    echo "during iteration: ", $e->getMessage(), "\n";
}
var_dump($it->valid());

// Like a generator: rewinding at the first batch is fine, later it is not.
$http = new FakeHttp(page([['id' => 1]], '/2'), page([['id' => 2]]));
$it = (new AtlassianPaginator)->walkLazy($http->fetcher());
$it->rewind();
$it->rewind();
$it->next();
try {
    $it->rewind();
} catch (\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
// current()/key()/next() start it as well.
$http = new FakeHttp(page([['id' => 1]], '/2'), page([['id' => 2]]));
$it = (new AtlassianPaginator)->walkLazy($http->fetcher());
$it->next();
var_dump($it->key(), ids($it->current()), count($http->sent));

// Not constructible, not clonable, not serializable; re-entry is refused.
try { new LazyPageIterator(); } catch (\Error $e) { echo $e->getMessage(), "\n"; }
try { clone $it; } catch (\Error $e) { echo $e->getMessage(), "\n"; }
try { serialize($it); } catch (\Exception $e) { echo $e->getMessage(), "\n"; }
$it = null;
$it = (new AtlassianPaginator)->walkLazy(function (?string $n) use (&$it) { $it->next(); });
try { $it->rewind(); } catch (\Error $e) { echo $e->getMessage(), "\n"; }
// A cycle through the closure is collected.
$it = null;
gc_collect_cycles();
echo "done\n";
?>
--EXPECT--
bool(true)
array(1) {
  [0]=>
  string(5) "first"
}
int(1)
bool(true)
bool(true)
int(0)
key 0 id 1 after 1 requests
key 1 id 2 after 2 requests
key 2 id 3 after 3 requests
bool(false)
NULL
NULL
got batch 0
during iteration: Atlassian API call failed: HTTP 500 nope
bool(false)
Exception: Cannot rewind a generator that was already run
int(1)
array(1) {
  [0]=>
  int(2)
}
int(2)
Call to private AskMyDocs\Connector\Pagination\LazyPageIterator::__construct() from global scope
Trying to clone an uncloneable object of class AskMyDocs\Connector\Pagination\LazyPageIterator
Serialization of 'AskMyDocs\Connector\Pagination\LazyPageIterator' is not allowed
Cannot resume an already running LazyPageIterator
done
