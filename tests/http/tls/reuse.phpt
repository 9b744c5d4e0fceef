--TEST--
Connection reuse through nginx keep-alive: one connection for a client's requests, kept in the persistent share for later clients (HTTP/2 and HTTP/1.1), h2 multiplexing, TLS session resumption on new connections
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/fixtures/nginx.php';
use AskMyDocs\Connector\Http\AtlassianClient;

$t = new AmcTlsServer();
$api = '/wiki/rest/api/space?limit=2';
$seen = 0;
/** nginx's record of the requests since the last call, for one listener. */
function served(string $server, int $count): string
{
    global $t, $seen;
    $all = $t->log($seen + $count);
    $new = array_slice($all, $seen);
    $seen = count($all);
    $mine = array_filter($new, fn ($l) => (int) $l['port'] === $t->ports[$server]);
    usort($mine, fn ($x, $y) => [$x['conn'], (int) $x['nreq']] <=> [$y['conn'], (int) $y['nreq']]); // h2 streams end in any order
    return sprintf('%d requests on %d connection(s) [%s], requests per connection %s, TLS resumed %s',
        count($mine), count(array_unique(array_column($mine, 'conn'))), implode(' ', array_unique(array_column($mine, 'proto'))),
        implode(',', array_column($mine, 'nreq')), implode('', array_column($mine, 'reused')));
}
function client(string $server, array $o = []): AtlassianClient
{
    global $t;
    return new AtlassianClient($t->base($server), 'tok', $o + ['ca_bundle' => $t->ca]);
}
function get(AtlassianClient $c, int $n): array
{
    global $api;
    $conns = [];
    for ($i = 0; $i < $n; $i++) {
        $conns[] = strtok($c->get($api)->header('X-Amc-Connection'), '/');
    }
    return array_unique($conns);
}

foreach (['h2', 'h1'] as $server) {
    echo "== $server\n";
    $a = client($server);
    $connA = get($a, 5);
    echo "client A: ", served($server, 5), ", new connections {$a->stats()['new_connections']}\n";
    // A second client in the same process, while the first is alive...
    $b = client($server);
    $connB = get($b, 3);
    echo "client B: ", served($server, 3), ", new connections {$b->stats()['new_connections']}, same connection as A: ", var_export($connA === $connB, true), "\n";
    // ...and after both are gone: the persistent share outlives its clients.
    unset($a, $b);
    $c = client($server);
    $connC = get($c, 2);
    echo "client C: ", served($server, 2), ", new connections {$c->stats()['new_connections']}, same connection as A: ", var_export($connA === $connC, true), "\n";
}

// HTTP/2: a concurrent walk multiplexes its streams on that one connection.
$c = client('h2', ['concurrency' => 4]);
$n = 0;
foreach ($c->walkMany(['A' => '/wiki/rest/api/content?spaceKey=A&limit=1&pages=4', 'B' => '/wiki/rest/api/content?spaceKey=B&limit=1&pages=4',
    'C' => '/wiki/rest/api/content?spaceKey=C&limit=1&pages=4', 'D' => '/wiki/rest/api/content?spaceKey=D&limit=1&pages=4']) as $batch) {
    $n++;
}
$s = $c->stats();
echo "h2 walkMany: $n batches, ", served('h2', 16), ", new connections {$s['new_connections']}, in flight {$s['max_in_flight']}\n";

// HTTP/1.1: one connection per transfer in flight, each kept alive.
$c = client('h1', ['concurrency' => 3]);
foreach ($c->walkMany(['A' => '/wiki/rest/api/content?spaceKey=A&limit=1&pages=4', 'B' => '/wiki/rest/api/content?spaceKey=B&limit=1&pages=4',
    'C' => '/wiki/rest/api/content?spaceKey=C&limit=1&pages=4']) as $batch) {
}
$log = array_slice($t->log($seen + 12), $seen);
$seen += count($log);
$conns = array_count_values(array_column($log, 'conn'));
echo "h1 walkMany: ", count($log), " requests on at most 3 connections: ", var_export(count($conns) <= 3, true), ", new connections <= 3: ", var_export($c->stats()['new_connections'] <= 3, true), "\n";

// nginx closes after each request here: every request opens a connection, and
// the TLS session cached in the share is resumed, across clients too.
$c = client('h1close');
get($c, 3);
echo "h1close: ", served('h1close', 3), ", new connections {$c->stats()['new_connections']}\n";
$c = client('h1close');
get($c, 1);
echo "h1close, next client: ", served('h1close', 1), "\n";
?>
--EXPECT--
== h2
client A: 5 requests on 1 connection(s) [HTTP/2.0], requests per connection 1,2,3,4,5, TLS resumed ....., new connections 1
client B: 3 requests on 1 connection(s) [HTTP/2.0], requests per connection 6,7,8, TLS resumed ..., new connections 0, same connection as A: true
client C: 2 requests on 1 connection(s) [HTTP/2.0], requests per connection 9,10, TLS resumed .., new connections 0, same connection as A: true
== h1
client A: 5 requests on 1 connection(s) [HTTP/1.1], requests per connection 1,2,3,4,5, TLS resumed ....., new connections 1
client B: 3 requests on 1 connection(s) [HTTP/1.1], requests per connection 6,7,8, TLS resumed ..., new connections 0, same connection as A: true
client C: 2 requests on 1 connection(s) [HTTP/1.1], requests per connection 9,10, TLS resumed .., new connections 0, same connection as A: true
h2 walkMany: 16 batches, 16 requests on 1 connection(s) [HTTP/2.0], requests per connection 11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26, TLS resumed ................, new connections 0, in flight 4
h1 walkMany: 12 requests on at most 3 connections: true, new connections <= 3: true
h1close: 3 requests on 3 connection(s) [HTTP/1.1], requests per connection 1,1,1, TLS resumed .rr, new connections 3
h1close, next client: 1 requests on 1 connection(s) [HTTP/1.1], requests per connection 1, TLS resumed r
