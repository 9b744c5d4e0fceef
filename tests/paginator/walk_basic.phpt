--TEST--
AtlassianPaginator::walk(): next-link loop ends without a next link; single page; empty results
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/fixtures/laravel_response.php';
use AmcTest\FakeHttp;
use Padosoft\AskMyDocsConnectorConfluence\Confluence\AtlassianPaginator;
use function AmcTest\{page, ids};

$http = new FakeHttp(
    page([['id' => '1'], ['id' => '2']], 'https://api.atlassian.com/page2'),
    page([['id' => '3']]),
);
$items = (new AtlassianPaginator)->walk($http->fetcher());
var_dump(count($items), ids($items), $http->sent);

$http = new FakeHttp(page([['id' => 'one']]));
var_dump(ids((new AtlassianPaginator)->walk($http->fetcher())));

$http = new FakeHttp(page([]));
var_dump((new AtlassianPaginator)->walk($http->fetcher()));

// The closure gets null first, then the raw (relative) next link, verbatim.
$seen = [];
$http = new FakeHttp(page([['id' => 'a']], '/wiki/rest/api/content?start=25&limit=25'), page([['id' => 'b']]));
(new AtlassianPaginator)->walk(function (?string $next) use (&$seen, $http) {
    $seen[] = $next;
    return $http->get($next ?? 'first');
});
var_dump($seen);

// Rows that are not arrays are skipped; keys are renumbered; no `results` is an empty page.
$http = new FakeHttp(
    new Illuminate\Http\Client\Response(['results' => ['x' => ['id' => 'k'], 'str', 7, null, ['id' => 'z']], '_links' => ['next' => '/p2']]),
    new Illuminate\Http\Client\Response(['_links' => ['next' => '']]),
);
var_dump((new AtlassianPaginator)->walk($http->fetcher()));

// A JSON list is an array too (upstream checks is_array), with no rows.
$http = new FakeHttp(new Illuminate\Http\Client\Response('[1,2,3]'));
var_dump((new AtlassianPaginator)->walk($http->fetcher()));
?>
--EXPECT--
int(3)
array(3) {
  [0]=>
  string(1) "1"
  [1]=>
  string(1) "2"
  [2]=>
  string(1) "3"
}
array(2) {
  [0]=>
  string(31) "https://api.atlassian.com/page1"
  [1]=>
  string(31) "https://api.atlassian.com/page2"
}
array(1) {
  [0]=>
  string(3) "one"
}
array(0) {
}
array(2) {
  [0]=>
  NULL
  [1]=>
  string(40) "/wiki/rest/api/content?start=25&limit=25"
}
array(2) {
  [0]=>
  array(1) {
    ["id"]=>
    string(1) "k"
  }
  [1]=>
  array(1) {
    ["id"]=>
    string(1) "z"
  }
}
array(0) {
}
