--TEST--
AtlassianClient: GET against the mock server, Response API, link resolution, the token never shows
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/fixtures/server.php';
use AskMyDocs\Connector\Http\{AtlassianClient, Response};

$srv = new AmcMockServer();
$c = new AtlassianClient($srv->base, 'TOPSECRET-token', ['backoff_base_ms' => 5]);

$r = $c->get('/wiki/rest/api/space?limit=2');
var_dump($r instanceof Response, $r->status(), $r->successful(), $r->failed());
var_dump($r->json('_links.next'), $r->json('results.1.key'), $r->json('nope', 'dflt'), count($r->json()['results']));
var_dump($r->header('CONTENT-TYPE'), $r->header('X-Missing'), isset($r->headers()['Content-Type']));
var_dump($r->effectiveUri() === $srv->base . '/wiki/rest/api/space?limit=2');

// The bearer token is sent, gzip is offered.
$echo = json_decode($c->get($srv->root . '/__admin/echo')->body(), true)['headers'];
var_dump($echo['Authorization'] === 'Bearer TOPSECRET-token', str_contains($echo['Accept-Encoding'], 'gzip'), $echo['Accept']);
// A gzip-encoded page is decoded.
var_dump(count($c->get('/wiki/rest/api/space?fault=gzip&limit=3')->json('results')));

// Relative next links resolve against the site API base; absolute ones on the
// base's origin are kept verbatim (other origins: tests/http/hostile_server.phpt).
foreach (['/wiki/rest/api/content?start=25&limit=25', 'wiki/api/v2/pages?cursor=abc', '/rest/api/space?start=5', $srv->root . '/x?y=1'] as $l) {
    echo str_replace($srv->root, "ROOT", $c->resolve($l)), "\n";
}

// Never in dumps, exports, traces or messages.
ob_start();
var_dump($c); print_r($c); var_export($c); echo json_encode($c);
$dump = ob_get_clean();
var_dump(str_contains($dump, 'TOPSECRET'), str_contains($dump, '[redacted]'));
try {
    new AtlassianClient($srv->base, 'TOPSECRET-token', ['bogus' => 1]);
} catch (\ValueError $e) {
    echo $e->getMessage(), "\n";
    var_dump(str_contains($e->getTraceAsString(), 'TOPSECRET'), str_contains(print_r($e->getTrace(), true), 'TOPSECRET'));
}
try { new AtlassianClient($srv->base, "a\r\nX-Evil: 1"); } catch (\ValueError $e) { echo $e->getMessage(), "\n"; }
try { new AtlassianClient('ftp://x', 't'); } catch (\ValueError $e) { echo $e->getMessage(), "\n"; }
try { new AtlassianClient($srv->base, 't', ['timeout' => 'soon']); } catch (\TypeError $e) { echo $e->getMessage(), "\n"; }
try { new AtlassianClient($srv->base, 't', ['concurrency' => 0]); } catch (\ValueError $e) { echo $e->getMessage(), "\n"; }
try { serialize($c); } catch (\Exception $e) { echo $e->getMessage(), "\n"; }
try { clone $c; } catch (\Error $e) { echo $e->getMessage(), "\n"; }
try { $c->__construct($srv->base, 'x'); } catch (\Error $e) { echo $e->getMessage(), "\n"; }
var_dump((new ReflectionMethod(AtlassianClient::class, '__construct'))->getParameters()[1]->getAttributes()[0]->getName());

// Connection refused is a transport failure: ConnectorApiException after the retries.
$dead = new AtlassianClient('http://127.0.0.1:1', 't', ['max_retries' => 1, 'backoff_base_ms' => 1]);
try { $dead->get('/wiki/rest/api/space'); } catch (Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException $e) {
    echo preg_replace('/: .*\(GET/', ': ... (GET', $e->getMessage()), "\n";
}
?>
--EXPECT--
bool(true)
int(200)
bool(true)
bool(false)
string(36) "/wiki/rest/api/space?limit=2&start=2"
string(3) "SP1"
string(4) "dflt"
int(2)
string(30) "application/json;charset=UTF-8"
string(0) ""
bool(true)
bool(true)
bool(true)
bool(true)
string(16) "application/json"
int(3)
ROOT/ex/confluence/cloud-1/wiki/rest/api/content?start=25&limit=25
ROOT/ex/confluence/cloud-1/wiki/api/v2/pages?cursor=abc
ROOT/ex/confluence/cloud-1/wiki/rest/api/space?start=5
ROOT/x?y=1
bool(false)
bool(true)
AtlassianClient: unknown option "bogus"
bool(false)
bool(false)
AskMyDocs\Connector\Http\AtlassianClient::__construct(): Argument #2 ($token) must be a non-empty token without line breaks or NUL bytes
AskMyDocs\Connector\Http\AtlassianClient::__construct(): Argument #1 ($baseUrl) must be an absolute http(s) URL
AtlassianClient option "timeout" must be a number of seconds, string given
AtlassianClient option "concurrency" must be between 1 and 256
Serialization of 'AskMyDocs\Connector\Http\AtlassianClient' is not allowed
Trying to clone an uncloneable object of class AskMyDocs\Connector\Http\AtlassianClient
AtlassianClient is already initialised
string(18) "SensitiveParameter"
Atlassian API request failed after 2 attempts: ... (GET http://127.0.0.1:1/wiki/rest/api/space)
