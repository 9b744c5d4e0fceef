--TEST--
OAuthCredentialVault and BaseConnector outside Laravel: a clear exception naming what is missing
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
use Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault;
use Padosoft\AskMyDocsConnectorBase\BaseConnector;
use Padosoft\AskMyDocsConnectorBase\Support\TenantContext;
use Padosoft\AskMyDocsConnectorBase\Contracts\NullConnectorIngestionContract;

try {
    new OAuthCredentialVault(new TenantContext());
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// A vault made without its constructor still refuses to work.
$vault = (new ReflectionClass(OAuthCredentialVault::class))->newInstanceWithoutConstructor();
try {
    $vault->getAccessToken(1);
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

class Half extends BaseConnector {
    public function key(): string { return 'half'; }
    public function displayName(): string { return 'Half'; }
    public function initiateOAuth(int $installationId): string { return ''; }
    public function handleOAuthCallback(int $installationId, \Illuminate\Http\Request $request): void {}
    public function syncFull(int $installationId): \Padosoft\AskMyDocsConnectorBase\SyncResult { throw new LogicException; }
    public function syncIncremental(int $installationId, ?\Carbon\Carbon $since): \Padosoft\AskMyDocsConnectorBase\SyncResult { throw new LogicException; }
    public function disconnect(int $installationId): void {}
    public function health(int $installationId): \Padosoft\AskMyDocsConnectorBase\HealthStatus { throw new LogicException; }
}
$c = (new ReflectionClass(Half::class))->newInstanceWithoutConstructor();
try {
    (new ReflectionMethod(BaseConnector::class, '__construct'))->invoke($c, $vault, new TenantContext(), new NullConnectorIngestionContract());
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}

// A fake container that is not a Laravel application.
eval('namespace Illuminate\Container; class Container { public static function getInstance() { return new \stdClass; } }');
eval('namespace Illuminate\Contracts\Foundation; interface Application {}');
try {
    new OAuthCredentialVault(new TenantContext());
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
var_dump($c->oauthScopes());
?>
--EXPECT--
RuntimeException: Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault needs a Laravel application: laravel/framework is not loaded (class Illuminate\Container\Container not found); install it with Composer and load vendor/autoload.php
RuntimeException: Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault needs a Laravel application: laravel/framework is not loaded (class Illuminate\Container\Container not found); install it with Composer and load vendor/autoload.php
Padosoft\AskMyDocsConnectorBase\BaseConnector needs a Laravel application: laravel/framework is not loaded (class Illuminate\Container\Container not found); install it with Composer and load vendor/autoload.php
Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault needs a Laravel application: none is running (Illuminate\Container\Container::getInstance() is not an Illuminate\Contracts\Foundation\Application); boot the application first
array(0) {
}
