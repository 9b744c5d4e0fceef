--TEST--
BaseConnector: a subclass constructor that skips parent::__construct(), or newInstanceWithoutConstructor(), gives PHP's own Error; state keys and icon URLs keep NUL bytes
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
use Padosoft\AskMyDocsConnectorBase\BaseConnector;
use Padosoft\AskMyDocsConnectorBase\HealthStatus;
use Padosoft\AskMyDocsConnectorBase\SyncResult;

// Laravel's asset() helper, as far as iconUrl() needs it.
function asset(string $path): string
{
    return 'https://kb.test/' . $path;
}

class Connector extends BaseConnector
{
    public string $connectorKey = 'fake';
    public function key(): string { return $this->connectorKey; }
    public function displayName(): string { return 'Fake'; }
    public function initiateOAuth(int $installationId): string { return ''; }
    public function handleOAuthCallback(int $installationId, \Illuminate\Http\Request $request): void {}
    public function syncFull(int $installationId): SyncResult { throw new LogicException(); }
    public function syncIncremental(int $installationId, ?\Carbon\Carbon $since): SyncResult { throw new LogicException(); }
    public function disconnect(int $installationId): void {}
    public function health(int $installationId): HealthStatus { throw new LogicException(); }

    public function call(string $method, mixed ...$args): mixed { return $this->$method(...$args); }
}

class Forgetful extends Connector
{
    public function __construct() {} // no parent::__construct()
}

function attempt(string $label, callable $f): void
{
    try {
        echo $label, ': ';
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

$bare = (new ReflectionClass(Connector::class))->newInstanceWithoutConstructor();
$forgetful = new Forgetful();
foreach (['newInstanceWithoutConstructor' => $bare, 'no parent::__construct()' => $forgetful] as $how => $c) {
    echo "-- $how\n";
    attempt('refreshTokenIfExpired', fn () => $c->refreshTokenIfExpired(1));
    attempt('dispatchIngestion', fn () => $c->call('dispatchIngestion', 'p', 'a.md', 'kb', 'T', [], 'text/markdown', 'default'));
    attempt('resolveKbSourcePath', fn () => $c->call('resolveKbSourcePath', 'a.md'));
    attempt('maybeRedactContent', fn () => $c->call('maybeRedactContent', 'x'));
    attempt('emitAudit', fn () => $c->call('emitAudit', 'installed', 1, ['k' => 'v']));
    attempt('oauthScopes', fn () => $c->oauthScopes());
    attempt('iconUrl', fn () => $c->iconUrl());
}

echo "-- NUL bytes\n";
$forgetful->connectorKey = "a\0b";
var_dump(str_replace("\0", '\0', $forgetful->iconUrl()));
$stateKey = fn (int $id, string $token) => (new ReflectionMethod(BaseConnector::class, 'stateCacheKey'))->invoke($forgetful, $id, $token);
var_dump(str_replace("\0", '\0', $stateKey(42, "tok\0en")));
var_dump($stateKey(42, "tok\0en") === $stateKey(42, "tok\0other"));
?>
--EXPECT--
-- newInstanceWithoutConstructor
refreshTokenIfExpired: Error: Typed property Padosoft\AskMyDocsConnectorBase\BaseConnector::$vault must not be accessed before initialization
dispatchIngestion: Error: Typed property Padosoft\AskMyDocsConnectorBase\BaseConnector::$ingestion must not be accessed before initialization
resolveKbSourcePath: Error: Typed property Padosoft\AskMyDocsConnectorBase\BaseConnector::$ingestion must not be accessed before initialization
maybeRedactContent: Error: Typed property Padosoft\AskMyDocsConnectorBase\BaseConnector::$ingestion must not be accessed before initialization
emitAudit: Error: Typed property Padosoft\AskMyDocsConnectorBase\BaseConnector::$ingestion must not be accessed before initialization
oauthScopes: array(0) {
}
iconUrl: string(35) "https://kb.test/connectors/fake.svg"
-- no parent::__construct()
refreshTokenIfExpired: Error: Typed property Padosoft\AskMyDocsConnectorBase\BaseConnector::$vault must not be accessed before initialization: Forgetful::__construct() must call parent::__construct()
dispatchIngestion: Error: Typed property Padosoft\AskMyDocsConnectorBase\BaseConnector::$ingestion must not be accessed before initialization: Forgetful::__construct() must call parent::__construct()
resolveKbSourcePath: Error: Typed property Padosoft\AskMyDocsConnectorBase\BaseConnector::$ingestion must not be accessed before initialization: Forgetful::__construct() must call parent::__construct()
maybeRedactContent: Error: Typed property Padosoft\AskMyDocsConnectorBase\BaseConnector::$ingestion must not be accessed before initialization: Forgetful::__construct() must call parent::__construct()
emitAudit: Error: Typed property Padosoft\AskMyDocsConnectorBase\BaseConnector::$ingestion must not be accessed before initialization: Forgetful::__construct() must call parent::__construct()
oauthScopes: array(0) {
}
iconUrl: string(35) "https://kb.test/connectors/fake.svg"
-- NUL bytes
string(35) "https://kb.test/connectors/a\0b.svg"
string(32) "connector:oauth_state:42:tok\0en"
bool(false)
