--TEST--
gzip through nginx: JSON compressed on the wire (HTTP/2 and HTTP/1.1), body() and json() plain, the body cap applies to the decoded size
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/fixtures/nginx.php';
use AskMyDocs\Connector\Http\AtlassianClient;
use Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException;

$t = new AmcTlsServer();
$big = '/wiki/rest/api/space?limit=400&count=400';
$seen = 0;
function wire(int $n): array
{
    global $t, $seen;
    $new = array_slice($t->log($seen + $n), $seen);
    $seen += count($new);
    return $new;
}

foreach (['h2', 'h1'] as $server) {
    $c = new AtlassianClient($t->base($server), 'tok', ['ca_bundle' => $t->ca]);
    $r = $c->get($big);
    $body = $r->body();
    $sent = (int) wire(1)[0]['sent'];
    echo "$server: HTTP/{$r->protocolVersion()} {$r->status()}, Content-Encoding ", $r->header('Content-Encoding'),
        ", body is plain JSON: ", var_export(str_starts_with($body, '{"results":[{"key":"SP0"') && json_decode($body) !== null, true),
        ", rows ", count($r->json('results')), ", last ", $r->json('results.399.name'),
        ", on the wire < 1/4 of the body: ", var_export($sent > 0 && $sent * 4 < strlen($body), true),
        ", stats bytes = body: ", var_export($c->stats()['bytes'] === strlen($body), true), "\n";

    $keys = [];
    $before = $c->stats()['bytes'];
    foreach ($c->walk('/wiki/rest/api/space?limit=150&count=400') as $batch) {
        $keys = [...$keys, ...array_column($batch, 'key')];
    }
    $log = wire(3);
    echo "$server walk: ", count($keys), " rows, SP0..SP399 in order: ", var_export($keys === array_map(fn ($i) => "SP$i", range(0, 399)), true),
        ", every page compressed: ", var_export(array_sum(array_column($log, 'sent')) * 4 < $c->stats()['bytes'] - $before, true), "\n";

    // Offered by the client and passed through by nginx to the mock (h2 names are lower case).
    echo "$server offers: ", array_change_key_case(json_decode($c->get($t->url($server) . '/__admin/echo')->body(), true)['headers'])['accept-encoding'] ?? '(none)', "\n";
    wire(1);
    // Already gzipped by the upstream: nginx passes it through, the client decodes it once.
    echo "$server upstream gzip: ", count($c->get('/wiki/rest/api/space?fault=gzip&limit=3')->json('results')), " rows\n";
    wire(1);

    // The cap counts decoded bytes: a small compressed page that inflates past it is refused.
    $capped = new AtlassianClient($t->base($server), 'tok', ['ca_bundle' => $t->ca, 'max_body_bytes' => 4 * (int) $sent]);
    try {
        $capped->get($big);
        echo "$server capped: ACCEPTED\n";
    } catch (ConnectorApiException $e) {
        echo "$server capped: ", strstr($e->getMessage(), ' (GET ', true), ", requests {$capped->stats()['requests']}\n";
    }
    wire(1);
}
?>
--EXPECTF--
h2: HTTP/2 200, Content-Encoding gzip, body is plain JSON: true, rows 400, last Space 399, on the wire < 1/4 of the body: true, stats bytes = body: true
h2 walk: 400 rows, SP0..SP399 in order: true, every page compressed: true
h2 offers: %Sgzip%S
h2 upstream gzip: 3 rows
h2 capped: Atlassian API request failed after 1 attempt: response body exceeds the configured maximum size, requests 1
h1: HTTP/1.1 200, Content-Encoding gzip, body is plain JSON: true, rows 400, last Space 399, on the wire < 1/4 of the body: true, stats bytes = body: true
h1 walk: 400 rows, SP0..SP399 in order: true, every page compressed: true
h1 offers: %Sgzip%S
h1 upstream gzip: 3 rows
h1 capped: Atlassian API request failed after 1 attempt: response body exceeds the configured maximum size, requests 1
