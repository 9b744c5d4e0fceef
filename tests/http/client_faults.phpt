--TEST--
AtlassianClient: 429/503 with Retry-After (seconds, HTTP date) or backoff, resets, truncation, timeouts retried; 401/403/500 not; body cap
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/fixtures/server.php';
use AskMyDocs\Connector\Http\AtlassianClient;
use Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException;

$srv = new AmcMockServer();
$api = '/wiki/rest/api/space?limit=2';
function client(array $o = []): AtlassianClient
{
    global $srv;
    return new AtlassianClient($srv->base, 'tok', $o + ['backoff_base_ms' => 20, 'backoff_max_ms' => 100]);
}
function show(string $label, AtlassianClient $c, string $url, ?float $minSeconds = null): void
{
    $t = microtime(true);
    try {
        $r = $c->get($url);
        $out = 'HTTP ' . $r->status();
    } catch (ConnectorApiException $e) {
        $out = 'ConnectorApiException: ' . preg_replace('/ \(GET .*\)$/', '', $e->getMessage());
    }
    $s = $c->stats();
    $waited = $minSeconds === null ? '' : (microtime(true) - $t >= $minSeconds ? ' waited' : ' TOO SOON');
    echo "$label: $out, requests {$s['requests']}, retries {$s['retries']}$waited\n";
}

show('429 Retry-After: 1', client(), "$api&fault=429&tag=a&after=1", 0.95);
show('429 Retry-After: <HTTP date>', client(), "$api&fault=429date&tag=b&after=2", 0.9);
show('429 twice, Retry-After: 0', client(), "$api&fault=429&tag=c&after=0&times=2");
show('503 without Retry-After, backoff', client(), "$api&fault=503&tag=d&times=2");
show('connection reset', client(), "$api&fault=reset&tag=e&times=2");
show('truncated body', client(), "$api&fault=truncate&tag=f");
show('slow response, total timeout', client(['timeout' => 0.3, 'max_retries' => 1]), "$api&fault=slow&ms=1500");
show('429 beyond max_retry_after', client(['max_retry_after' => 5]), "$api&fault=429&tag=g&after=3600");
show('503 more often than max_retries', client(['max_retries' => 2]), "$api&fault=503&tag=h&times=10");
show('401 never retried', client(), "$api&fault=401");
show('403 never retried', client(), "$api&fault=403");
show('500 not retried', client(), "$api&fault=500");
show('20 MB page', client(), "$api&fault=big");
show('20 MB page over max_body_bytes', client(['max_body_bytes' => 1 << 20]), "$api&fault=big");

// The walk's retry budget is shared by its pages: exhausted, the 503 surfaces.
$c = client(['walk_retry_budget' => 1]);
try {
    foreach ($c->walk('/wiki/rest/api/content?spaceKey=B&limit=1&pages=3&fault=503&tag=i&times=1') as $k => $batch) {
        echo "batch $k\n";
    }
} catch (ConnectorApiException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECTF--
429 Retry-After: 1: HTTP 200, requests 2, retries 1 waited
429 Retry-After: <HTTP date>: HTTP 200, requests 2, retries 1 waited
429 twice, Retry-After: 0: HTTP 200, requests 3, retries 2
503 without Retry-After, backoff: HTTP 200, requests 3, retries 2
connection reset: HTTP 200, requests 3, retries 2
truncated body: HTTP 200, requests 2, retries 1
slow response, total timeout: ConnectorApiException: Atlassian API request failed after 2 attempts: Operation timed out after %d milliseconds with 0 bytes received, requests 2, retries 1
429 beyond max_retry_after: HTTP 429, requests 1, retries 0
503 more often than max_retries: HTTP 503, requests 3, retries 2
401 never retried: HTTP 401, requests 1, retries 0
403 never retried: HTTP 403, requests 1, retries 0
500 not retried: HTTP 500, requests 1, retries 0
20 MB page: HTTP 200, requests 1, retries 0
20 MB page over max_body_bytes: ConnectorApiException: Atlassian API request failed after 1 attempt: response body exceeds the configured maximum size, requests 1, retries 0
batch 0
Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException: Atlassian API call failed: HTTP 503 {"message":"unavailable"}
