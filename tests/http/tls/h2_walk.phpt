--TEST--
HTTPS via nginx with the test CA as ca_bundle: get, walk, walkMany and the native paginator mode; HTTP/2 where nginx offers it, HTTP/1.1 otherwise
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/fixtures/nginx.php';
use AskMyDocs\Connector\Http\AtlassianClient;
use Padosoft\AskMyDocsConnectorConfluence\Confluence\AtlassianPaginator;

$t = new AmcTlsServer();
$c = new AtlassianClient($t->base('h2'), 'tok', ['ca_bundle' => $t->ca, 'concurrency' => 3]);

$r = $c->get('/wiki/rest/api/space?limit=2');
var_dump($r->status(), $r->protocolVersion(), $r->json('results.1.key'), $r->header('Content-Type'));
var_dump($r->effectiveUri() === $t->base('h2') . '/wiki/rest/api/space?limit=2');

// Relative next links resolve against the https base.
foreach ($c->walk('/wiki/rest/api/space?limit=2&count=7') as $k => $batch) {
    echo "walk $k: ", implode(',', array_column($batch, 'key')), "\n";
}
$got = [];
foreach ($c->walkMany([
    'A' => '/wiki/rest/api/content?spaceKey=A&limit=2&pages=3',
    'B' => '/wiki/rest/api/content?spaceKey=B&limit=1&pages=4',
    'C' => '/wiki/rest/api/content/search?cql=type%3Dpage&limit=3&pages=2',
]) as $space => $batch) {
    $got[$space] = [...($got[$space] ?? []), ...array_column($batch, 'id')];
}
ksort($got);
foreach ($got as $space => $ids) {
    echo "walkMany $space: ", implode(',', $ids), "\n";
}
$rows = (new AtlassianPaginator)->walk(fn (?string $next) => $c->get($next ?? '/wiki/rest/api/content?spaceKey=P&limit=2&pages=2'));
echo "paginator: ", implode(',', array_column($rows, 'id')), "\n";

// Every request of this client went over HTTP/2 (nginx's own record).
$log = array_filter($t->log(16), fn ($l) => (int) $l['port'] === $t->ports['h2']);
echo "h2 server: ", count($log), " requests, protocols ", implode(',', array_unique(array_column($log, 'proto'))), "\n";

// A listener without http2, and a client that does not offer h2: HTTP/1.1.
$h1 = new AtlassianClient($t->base('h1'), 'tok', ['ca_bundle' => $t->ca]);
echo "h1 server: ", $h1->get('/wiki/rest/api/space?limit=2')->protocolVersion(), "\n";
$no2 = new AtlassianClient($t->base('h2'), 'tok', ['ca_bundle' => $t->ca, 'http2' => false]);
echo "http2 => false: ", $no2->get('/wiki/rest/api/space?limit=2')->protocolVersion(), "\n";
echo "h2 again: ", $c->get('/wiki/rest/api/space?limit=2')->protocolVersion(), "\n";
// Cleartext (the mock itself) stays HTTP/1.1: no h2c upgrade attempts.
echo "cleartext: ", (new AtlassianClient($t->mock->base, 'tok'))->get('/wiki/rest/api/space')->protocolVersion(), "\n";
?>
--EXPECT--
int(200)
string(1) "2"
string(3) "SP1"
string(30) "application/json;charset=UTF-8"
bool(true)
walk 0: SP0,SP1
walk 1: SP2,SP3
walk 2: SP4,SP5
walk 3: SP6
walkMany A: A-0,A-1,A-2,A-3,A-4,A-5
walkMany B: B-0,B-1,B-2,B-3
walkMany C: hit-0,hit-1,hit-2,hit-3,hit-4,hit-5
paginator: P-0,P-1,P-2,P-3
h2 server: 16 requests, protocols HTTP/2.0
h1 server: 1.1
http2 => false: 1.1
h2 again: 2
cleartext: 1.1
