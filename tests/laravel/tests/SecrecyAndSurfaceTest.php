<?php

declare(strict_types=1);

namespace AskMyDocsConnector\Tests\Laravel;

use AskMyDocs\Connector\Internal\LaravelCrypt;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault;
use Padosoft\AskMyDocsConnectorBase\BaseConnector;
use Padosoft\AskMyDocsConnectorBase\Support\TenantContext;

/** No token or key in dumps, casts, serialisation or traces; upstream's exact surface. */
final class SecrecyAndSurfaceTest extends TestCase
{
    use RefreshDatabase;

    private const TOKEN = 'tok-SECRET-4f1c';
    private const REFRESH = 'ref-SECRET-9a2b';

    /** Every rendering of an object that could leak. */
    private function renderings(object $o): string
    {
        ob_start();
        var_dump($o);
        $dump = ob_get_clean();

        return $dump.print_r($o, true).var_export($o, true).serialize($o).json_encode($o).print_r((array) $o, true)
            .print_r((new \ReflectionObject($o))->getProperties(), true);
    }

    private function assertNoSecret(string $haystack, string $what): void
    {
        foreach ([self::TOKEN, self::REFRESH, base64_decode(substr((string) getenv('AMC_APP_KEY'), 7)), substr((string) getenv('AMC_APP_KEY'), 7)] as $secret) {
            $this->assertStringNotContainsString($secret, $haystack, $what);
        }
    }

    public function test_vault_and_connector_never_show_tokens_or_keys(): void
    {
        $installation = $this->makeInstallation();
        $this->vault()->setCredentials($installation->id, self::TOKEN, self::REFRESH);
        $this->assertSame(self::TOKEN, $this->vault()->getAccessToken($installation->id));
        $connector = $this->connector();
        $this->assertSame(self::TOKEN, $connector->refreshTokenIfExpired($installation->id));

        $this->assertNoSecret($this->renderings($this->vault()), 'vault');
        $this->assertNoSecret($this->renderings($connector), 'connector');
        $row = $this->vault()->getCredentialRow($installation->id);
        $this->assertNoSecret($row->toJson().json_encode($row->toArray()), 'credential row serialisation');
    }

    public function test_exception_traces_hide_sensitive_arguments(): void
    {
        $this->assertSame('0', ini_get('zend.exception_ignore_args'));
        $traces = '';
        foreach ([
            fn () => $this->vault()->setCredentials(123456, self::TOKEN, self::REFRESH, null, ['secret' => self::TOKEN]),
            fn () => LaravelCrypt::encryptString('aes-256-cbc', self::TOKEN, self::REFRESH),
            fn () => LaravelCrypt::decryptString('aes-256-cbc', [self::TOKEN], 'garbage'),
            fn () => $this->vault()->setExtraKey($this->makeInstallation(label: 'x'.random_int(1, 1_000_000_000))->id, 'k', self::TOKEN),
        ] as $call) {
            try {
                $call();
                $this->fail('expected an exception');
            } catch (\Throwable $e) {
                $traces .= $e->getTraceAsString().$e.$this->scalarArgs($e);
            }
        }
        $this->assertStringContainsString('SensitiveParameterValue', $traces);
        $this->assertNoSecret($traces, 'traces');
    }

    /** The trace's argument values (objects by class only: the test case itself holds the app). */
    private function scalarArgs(\Throwable $e): string
    {
        $out = '';
        foreach ($e->getTrace() as $frame) {
            foreach ($frame['args'] ?? [] as $arg) {
                $out .= (is_object($arg) ? get_class($arg) : var_export($arg, true))."\n";
            }
        }

        return $out;
    }

    public function test_sensitive_parameters_are_marked(): void
    {
        $expected = [
            [OAuthCredentialVault::class, 'setCredentials', ['accessToken', 'refreshToken', 'extra']],
            [OAuthCredentialVault::class, 'setExtraKey', ['value']],
            [BaseConnector::class, 'consumeOAuthState', ['token']],
            [LaravelCrypt::class, 'encryptString', ['key', 'value']],
            [LaravelCrypt::class, 'decryptString', ['keys']],
            [LaravelCrypt::class, 'appEncryptString', ['value']],
        ];
        foreach ($expected as [$class, $method, $names]) {
            $marked = [];
            foreach ((new \ReflectionMethod($class, $method))->getParameters() as $p) {
                if ($p->getAttributes(\SensitiveParameter::class) !== []) {
                    $marked[] = $p->getName();
                }
            }
            $this->assertSame($names, $marked, "$class::$method");
        }
    }

    public function test_surface_matches_upstream(): void
    {
        $base = new \ReflectionClass(BaseConnector::class);
        $this->assertTrue($base->isAbstract());
        $this->assertTrue($base->isInternal());
        foreach (['vault' => OAuthCredentialVault::class, 'tenantContext' => TenantContext::class,
            'ingestion' => \Padosoft\AskMyDocsConnectorBase\Contracts\ConnectorIngestionContract::class] as $name => $type) {
            $p = $base->getProperty($name);
            $this->assertTrue($p->isProtected() && $p->isReadOnly() && $p->isPromoted(), $name);
            $this->assertSame($type, (string) $p->getType());
        }
        $vaultProp = (new \ReflectionClass(OAuthCredentialVault::class))->getProperty('tenantContext');
        $this->assertTrue($vaultProp->isPrivate() && $vaultProp->isReadOnly() && $vaultProp->isPromoted());
        $this->assertFalse((new \ReflectionClass(OAuthCredentialVault::class))->isFinal());

        foreach ([$base, new \ReflectionClass(OAuthCredentialVault::class)] as $class) {
            foreach ($class->getMethods() as $m) {
                $this->assertFalse($m->isFinal(), $m->class.'::'.$m->name);
            }
        }
        $abstract = array_map(fn ($m) => $m->name, array_filter($base->getMethods(), fn ($m) => $m->isAbstract()));
        sort($abstract);
        $this->assertSame(['disconnect', 'displayName', 'handleOAuthCallback', 'health', 'initiateOAuth', 'key', 'syncFull', 'syncIncremental'], $abstract);

        $signature = fn (string $c, string $m) => implode(', ', array_map(
            fn (\ReflectionParameter $p) => ($p->getType() ? $p->getType().' ' : '').'$'.$p->getName()
                .($p->isDefaultValueAvailable() ? ' = '.var_export($p->getDefaultValue(), true) : ''),
            (new \ReflectionMethod($c, $m))->getParameters())).' : '.(new \ReflectionMethod($c, $m))->getReturnType();
        $this->assertSame('int $installationId, string $accessToken, ?string $refreshToken = NULL, ?Carbon\Carbon $expiresAt = NULL, array $extra = array (
) : void', $signature(OAuthCredentialVault::class, 'setCredentials'));
        $this->assertSame('string $eventType, ?int $installationId = NULL, ?array $metadata = NULL : void', $signature(BaseConnector::class, 'emitAudit'));
        $this->assertSame('Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation $installation : string', $signature(BaseConnector::class, 'resolveProjectKey'));
        $this->assertTrue((new \ReflectionMethod(BaseConnector::class, 'stateCacheKey'))->isPrivate());
        $this->assertTrue((new \ReflectionMethod(BaseConnector::class, 'issueOAuthState'))->isProtected());
        $this->assertSame('connector:oauth_state:7:abc', (new \ReflectionMethod(BaseConnector::class, 'stateCacheKey'))->invoke($this->connector(), 7, 'abc'));
    }

    public function test_subclasses_override_helpers_and_vault_methods(): void
    {
        $vault = new class($this->tenantContext()) extends OAuthCredentialVault
        {
            public function getAccessToken(int $installationId): ?string
            {
                return 'overridden-'.$installationId;
            }

            public function getExtra(int $installationId): array
            {
                return ['k' => 'from-override'];
            }
        };
        $this->assertSame('from-override', $vault->getExtraKey(1, 'k'), 'getExtraKey() calls $this->getExtra() virtually');
        $connector = new \AskMyDocsConnector\Tests\Laravel\Fixtures\FakeConnector($vault, $this->tenantContext(),
            $this->app->make(\Padosoft\AskMyDocsConnectorBase\Contracts\ConnectorIngestionContract::class));
        $this->assertSame('overridden-9', $connector->refreshTokenIfExpired(9));
        $this->assertSame([$vault, $this->tenantContext()], array_slice($connector->exposeProps(), 0, 2));
    }
}
