--TEST--
OAuthCredentialVault and BaseConnector without their constructor's state, on a minimal stand-in of Laravel: PHP's own Error (with a parent::__construct() hint), never a crash
--EXTENSIONS--
askmydocs_connector
--FILE--
<?php
namespace Illuminate\Contracts\Foundation {
    interface Application {}
}

namespace Illuminate\Container {
    /** Just enough of Laravel's container for the vault and BaseConnector to get going. */
    class Container
    {
        public static mixed $instance = null;
        public static function getInstance(): mixed { return static::$instance; }
    }
}

namespace Illuminate\Support {
    class Str
    {
        public static function random(int $length): string { return str_repeat('s', $length); }
    }
}

namespace Padosoft\AskMyDocsConnectorBase\Models {
    /** Stand-in of the userland model: a query builder that takes where() calls. */
    class ConnectorInstallation
    {
        public static function query(): object
        {
            return new class { public function where(string $column, mixed $value): static { return $this; } };
        }
    }
}

namespace {
    use Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault;
    use Padosoft\AskMyDocsConnectorBase\BaseConnector;
    use Padosoft\AskMyDocsConnectorBase\HealthStatus;
    use Padosoft\AskMyDocsConnectorBase\SyncResult;

    final class App implements Illuminate\Contracts\Foundation\Application
    {
        public function make(string $what): object
        {
            // config(): every key has its default.
            return new class { public function get(string $key, mixed $default): mixed { return $default; } };
        }
    }

    class ForgetfulVault extends OAuthCredentialVault
    {
        public function __construct() {} // no parent::__construct()
    }

    class Connector extends BaseConnector
    {
        public function key(): string { return 'fake'; }
        public function displayName(): string { return 'Fake'; }
        public function initiateOAuth(int $installationId): string { return $this->issueOAuthState($installationId); }
        public function handleOAuthCallback(int $installationId, \Illuminate\Http\Request $request): void {}
        public function syncFull(int $installationId): SyncResult { throw new LogicException(); }
        public function syncIncremental(int $installationId, ?\Carbon\Carbon $since): SyncResult { throw new LogicException(); }
        public function disconnect(int $installationId): void {}
        public function health(int $installationId): HealthStatus { throw new LogicException(); }
        public function load(int $id): mixed { return $this->loadInstallation($id); }
    }

    class ForgetfulConnector extends Connector
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

    Illuminate\Container\Container::$instance = new App();

    $vaults = [
        'newInstanceWithoutConstructor' => (new ReflectionClass(OAuthCredentialVault::class))->newInstanceWithoutConstructor(),
        'no parent::__construct()' => new ForgetfulVault(),
    ];
    foreach ($vaults as $how => $v) {
        echo "-- vault, $how\n";
        attempt('getAccessToken', fn () => $v->getAccessToken(1));
        attempt('getRefreshToken', fn () => $v->getRefreshToken(1));
        attempt('getCredentialRow', fn () => $v->getCredentialRow(1));
        attempt('getExtra', fn () => $v->getExtra(1));
        attempt('getExtraKey', fn () => $v->getExtraKey(1, 'k'));
        attempt('setExtraKey', fn () => $v->setExtraKey(1, 'k', 'v'));
        attempt('setCredentials', fn () => $v->setCredentials(1, 'token'));
        attempt('clearCredentials', fn () => $v->clearCredentials(1));
    }

    $connectors = [
        'newInstanceWithoutConstructor' => (new ReflectionClass(Connector::class))->newInstanceWithoutConstructor(),
        'no parent::__construct()' => new ForgetfulConnector(),
    ];
    foreach ($connectors as $how => $c) {
        echo "-- connector, $how\n";
        // The state entry fails on the tenant context before anything is stored.
        attempt('issueOAuthState', fn () => $c->initiateOAuth(7));
        attempt('loadInstallation', fn () => $c->load(7));
    }

    echo "-- a container without an application\n";
    Illuminate\Container\Container::$instance = null;
    attempt('issueOAuthState', fn () => $connectors['no parent::__construct()']->initiateOAuth(7));
}
?>
--EXPECT--
-- vault, newInstanceWithoutConstructor
getAccessToken: Error: Typed property Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault::$tenantContext must not be accessed before initialization
getRefreshToken: Error: Typed property Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault::$tenantContext must not be accessed before initialization
getCredentialRow: Error: Typed property Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault::$tenantContext must not be accessed before initialization
getExtra: Error: Typed property Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault::$tenantContext must not be accessed before initialization
getExtraKey: Error: Typed property Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault::$tenantContext must not be accessed before initialization
setExtraKey: Error: Typed property Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault::$tenantContext must not be accessed before initialization
setCredentials: Error: Typed property Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault::$tenantContext must not be accessed before initialization
clearCredentials: Error: Typed property Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault::$tenantContext must not be accessed before initialization
-- vault, no parent::__construct()
getAccessToken: Error: Typed property Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault::$tenantContext must not be accessed before initialization: ForgetfulVault::__construct() must call parent::__construct()
getRefreshToken: Error: Typed property Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault::$tenantContext must not be accessed before initialization: ForgetfulVault::__construct() must call parent::__construct()
getCredentialRow: Error: Typed property Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault::$tenantContext must not be accessed before initialization: ForgetfulVault::__construct() must call parent::__construct()
getExtra: Error: Typed property Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault::$tenantContext must not be accessed before initialization: ForgetfulVault::__construct() must call parent::__construct()
getExtraKey: Error: Typed property Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault::$tenantContext must not be accessed before initialization: ForgetfulVault::__construct() must call parent::__construct()
setExtraKey: Error: Typed property Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault::$tenantContext must not be accessed before initialization: ForgetfulVault::__construct() must call parent::__construct()
setCredentials: Error: Typed property Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault::$tenantContext must not be accessed before initialization: ForgetfulVault::__construct() must call parent::__construct()
clearCredentials: Error: Typed property Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault::$tenantContext must not be accessed before initialization: ForgetfulVault::__construct() must call parent::__construct()
-- connector, newInstanceWithoutConstructor
issueOAuthState: Error: Typed property Padosoft\AskMyDocsConnectorBase\BaseConnector::$tenantContext must not be accessed before initialization
loadInstallation: Error: Typed property Padosoft\AskMyDocsConnectorBase\BaseConnector::$tenantContext must not be accessed before initialization
-- connector, no parent::__construct()
issueOAuthState: Error: Typed property Padosoft\AskMyDocsConnectorBase\BaseConnector::$tenantContext must not be accessed before initialization: ForgetfulConnector::__construct() must call parent::__construct()
loadInstallation: Error: Typed property Padosoft\AskMyDocsConnectorBase\BaseConnector::$tenantContext must not be accessed before initialization: ForgetfulConnector::__construct() must call parent::__construct()
-- a container without an application
issueOAuthState: Error: Call to a member function make() on null
