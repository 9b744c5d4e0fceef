--TEST--
AtlassianPaginator::walk(): 401/403 auth, 5xx/429 API, non-JSON and non-response failures with upstream's messages
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
require __DIR__ . '/fixtures/laravel_response.php';
use AmcTest\FakeHttp;
use Illuminate\Http\Client\Response;
use Padosoft\AskMyDocsConnectorConfluence\Confluence\AtlassianPaginator;

function attempt(\Closure $fetch): void
{
    try {
        (new AtlassianPaginator)->walk($fetch);
        echo "no exception\n";
    } catch (\Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

attempt((new FakeHttp(new Response(['message' => 'invalid token'], 401)))->fetcher());
attempt((new FakeHttp(new Response(['message' => 'forbidden'], 403)))->fetcher());
attempt((new FakeHttp(new Response(['message' => 'down'], 502)))->fetcher());
attempt((new FakeHttp(new Response(['message' => 'rate'], 429)))->fetcher());
attempt((new FakeHttp(new Response('', 500)))->fetcher());
// Only the first 200 bytes of the body.
attempt((new FakeHttp(new Response(str_repeat('a', 150) . str_repeat('b', 100), 503)))->fetcher());
attempt((new FakeHttp(new Response('<html>oops</html>', 200)))->fetcher());
attempt((new FakeHttp(new Response('"just a string"', 200)))->fetcher());
attempt(fn (?string $next) => ['results' => []]);
attempt(fn (?string $next) => new \stdClass);
attempt(fn (?string $next) => throw new \LogicException('from the closure'));

// A subclass of the Laravel response is a response.
class MyResponse extends Response {}
attempt(fn (?string $next) => new MyResponse(['results' => [['id' => 1]]]));

// Auth and API exceptions are RuntimeExceptions, like upstream's.
var_dump(is_subclass_of(Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorAuthException::class, \RuntimeException::class));
?>
--EXPECTF--
Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorAuthException: Atlassian API call failed: HTTP 401 {"message":"invalid token"}
Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorAuthException: Atlassian API call failed: HTTP 403 {"message":"forbidden"}
Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException: Atlassian API call failed: HTTP 502 {"message":"down"}
Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException: Atlassian API call failed: HTTP 429 {"message":"rate"}
Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException: Atlassian API call failed: HTTP 500 
Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException: Atlassian API call failed: HTTP 503 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException: Atlassian API returned non-JSON body.
Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException: Atlassian API returned non-JSON body.
RuntimeException: AtlassianPaginator: fetch closure must return an Illuminate Http Response instance.
RuntimeException: AtlassianPaginator: fetch closure must return an Illuminate Http Response instance.
LogicException: from the closure
no exception
bool(true)
