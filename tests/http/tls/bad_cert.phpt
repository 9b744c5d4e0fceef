--TEST--
TLS verification is always on: an untrusted certificate, a wrong host name, no trusted CA or an unreadable CA bundle fail with a ConnectorApiException that says which, in the project's words whatever libcurl's, without retries; no option turns it off
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/fixtures/nginx.php';
use AskMyDocs\Connector\Http\AtlassianClient;
use Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException;

$t = new AmcTlsServer();
$api = '/wiki/rest/api/space?limit=2';
function attempt(string $label, AtlassianClient $c, string $url): void
{
    global $t;
    try {
        $c->get($url);
        echo "$label: ACCEPTED\n";
    } catch (ConnectorApiException $e) {
        $s = $c->stats();
        $msg = strtr($e->getMessage(), array_flip(array_map(fn ($p) => "127.0.0.1:$p", $t->ports)) + [$t->dir => 'TMP']);
        echo "$label: $msg; requests {$s['requests']}, retries {$s['retries']}, token shown: ", var_export(str_contains($msg, 'SECRET'), true), "\n";
    }
}
$opts = ['ca_bundle' => $t->ca, 'max_retries' => 3, 'backoff_base_ms' => 1];

// Issued by nobody the client trusts (the names are right).
attempt('self-signed', new AtlassianClient($t->base('selfsigned'), 'SECRET', $opts), $api);
// Issued by the trusted CA, for another host.
attempt('wrong host', new AtlassianClient($t->base('wronghost'), 'SECRET', $opts), $api);

// Verified with the CA: fine. The connection now sits in the persistent share...
$good = new AtlassianClient($t->base('h2'), 'SECRET', $opts);
echo "with the CA: HTTP ", $good->get($api)->status(), "\n";
// ...and a client that does not trust that CA (the system store) must not get it.
$system = new AtlassianClient($t->base('h2'), 'SECRET', ['max_retries' => 3]);
try {
    $system->get($api);
    echo "system store: ACCEPTED\n";
} catch (ConnectorApiException $e) {
    echo "system store: ", str_contains($e->getMessage(), ': TLS verification failed'), ", requests {$system->stats()['requests']}\n";
}
echo "with the CA again: HTTP ", $good->get($api)->status(), ", new connections {$good->stats()['new_connections']}\n";

attempt('missing CA bundle', new AtlassianClient($t->base('h2'), 'SECRET', ['ca_bundle' => $t->dir . '/nope.pem'] + $opts), $api);
// A bundle that holds something else than the issuer.
attempt('wrong CA bundle', new AtlassianClient($t->base('h2'), 'SECRET', ['ca_bundle' => $t->dir . '/self.pem'] + $opts), $api);

// Walks fail at their first step, with nothing yielded.
foreach (['walk' => fn ($c) => $c->walk($api), 'walkMany' => fn ($c) => $c->walkMany(['X' => $api, 'Y' => $api . '&start=2'])] as $how => $make) {
    try {
        foreach ($make(new AtlassianClient($t->base('selfsigned'), 'SECRET', $opts)) as $batch) {
            echo "$how: BATCH\n";
        }
    } catch (ConnectorApiException $e) {
        echo "$how: ", str_contains($e->getMessage(), 'after 1 attempt: TLS verification failed: the certificate is not trusted: '), "\n";
    }
}

// There is no way to turn verification off.
foreach (['verify' => false, 'ssl_verify_peer' => false, 'ssl_verifypeer' => 0, 'verify_host' => false, 'insecure' => true, 'ca_bundle' => ''] as $k => $v) {
    try {
        new AtlassianClient($t->base('selfsigned'), 'SECRET', [$k => $v]);
        echo "$k: ACCEPTED\n";
    } catch (\ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
// nginx saw only the verified requests: the failed handshakes never got as far as HTTP.
$log = $t->log(2);
echo "requests nginx served: ", count($log), ", all on the h2 listener: ", var_export(array_unique(array_column($log, 'port')) === [(string) $t->ports['h2']], true), "\n";
?>
--EXPECTF--
self-signed: Atlassian API request failed after 1 attempt: TLS verification failed: the certificate is not trusted: %s (GET https://selfsigned/ex/confluence/cloud-1/wiki/rest/api/space?limit=2); requests 1, retries 0, token shown: false
wrong host: Atlassian API request failed after 1 attempt: TLS verification failed: the certificate does not match the host name: %s (GET https://wronghost/ex/confluence/cloud-1/wiki/rest/api/space?limit=2); requests 1, retries 0, token shown: false
with the CA: HTTP 200
system store: 1, requests 1
with the CA again: HTTP 200, new connections 1
missing CA bundle: Atlassian API request failed after 1 attempt: TLS verification failed: cannot read the CA bundle: %s (GET https://h2/ex/confluence/cloud-1/wiki/rest/api/space?limit=2); requests 1, retries 0, token shown: false
wrong CA bundle: Atlassian API request failed after 1 attempt: TLS verification failed: the certificate is not trusted: %s (GET https://h2/ex/confluence/cloud-1/wiki/rest/api/space?limit=2); requests 1, retries 0, token shown: false
walk: 1
walkMany: 1
AtlassianClient: unknown option "verify"
AtlassianClient: unknown option "ssl_verify_peer"
AtlassianClient: unknown option "ssl_verifypeer"
AtlassianClient: unknown option "verify_host"
AtlassianClient: unknown option "insecure"
AtlassianClient option "ca_bundle" must be a non-empty string without NUL bytes
requests nginx served: 2, all on the h2 listener: true
