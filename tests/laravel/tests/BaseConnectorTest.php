<?php

declare(strict_types=1);

namespace AskMyDocsConnector\Tests\Laravel;

use AskMyDocsConnector\Tests\Laravel\Fixtures\ForgetfulConnector;
use AskMyDocsConnector\Tests\Laravel\Fixtures\RecordingIngestion;
use Carbon\Carbon;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Str;
use Padosoft\AskMyDocsConnectorBase\Contracts\ConnectorIngestionContract;
use Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation;

/** The BaseConnector helpers, through Laravel's config, cache, Str, Carbon and Eloquent. */
final class BaseConnectorTest extends TestCase
{
    use RefreshDatabase;

    public function test_default_scopes_and_icon_url_use_asset_and_the_virtual_key(): void
    {
        $this->app['config']->set('app.url', 'https://kb.example.test');
        $this->app['url']->forceRootUrl('https://kb.example.test');
        $this->app['url']->forceScheme('https');
        $connector = $this->connector('google-drive');

        $this->assertSame([], $connector->oauthScopes());
        $this->assertSame('https://kb.example.test/connectors/google-drive.svg', $connector->iconUrl());
        $connector->connectorKey = 'notion';
        $this->assertSame('https://kb.example.test/connectors/notion.svg', $connector->iconUrl());
    }

    public function test_refresh_token_if_expired_returns_the_vault_access_token(): void
    {
        $installation = $this->makeInstallation(status: ConnectorInstallation::STATUS_ACTIVE);
        $this->assertNull($this->connector()->refreshTokenIfExpired($installation->id));
        $this->vault()->setCredentials($installation->id, 'live-token', expiresAt: Carbon::now()->addMinute());
        $this->assertSame('live-token', $this->connector()->refreshTokenIfExpired($installation->id));
    }

    public function test_ingestion_helpers_forward_to_the_contract(): void
    {
        $connector = $this->connector('imap');
        /** @var RecordingIngestion $ingestion */
        $ingestion = $this->app->make(ConnectorIngestionContract::class);
        $installation = $this->makeInstallation(connectorName: 'imap');

        $args = ['proj', 'a/b.md', 'kb', 'Title', ['k' => 'v'], 'text/markdown', 'default'];
        $connector->exposeDispatchIngestion($args);
        $this->assertSame(['relative' => 'x.md', 'absolute' => '/kb/x.md', 'disk' => 'kb'], $connector->exposeResolveKbSourcePath('x.md'));
        $this->assertSame('a [redacted] b', $connector->exposeMaybeRedactContent('a secret b'));
        $connector->exposeEmitAudit('installed', 7, ['m' => 1]);
        $connector->exposeEmitAudit('synced');
        $this->assertTrue($connector->exposeSoftDelete($installation, 'remote_id', 'present'));
        $this->assertFalse($connector->exposeSoftDelete($installation, 'remote_id', 'absent'));

        $this->assertSame(['dispatchIngestion', $args], $ingestion->calls[0]);
        $this->assertSame(['emitAudit', ['imap', 'installed', 7, ['m' => 1]]], $ingestion->calls[3]);
        $this->assertSame(['emitAudit', ['imap', 'synced', null, null]], $ingestion->calls[4]);
        $this->assertSame('softDeleteByRemoteId', $ingestion->calls[5][0]);
        $this->assertSame($installation, $ingestion->calls[5][1][0]);
    }

    public function test_issue_oauth_state_stores_upstreams_entry_under_upstreams_key(): void
    {
        Str::createRandomStringsUsing(fn (int $length) => str_repeat('s', $length));
        Carbon::setTestNow(Carbon::parse('2026-01-02T03:04:05+00:00'));
        try {
            $token = $this->connector()->exposeIssueOAuthState(42);
            $entry = Cache::get('connector:oauth_state:42:'.$token);
        } finally {
            Str::createRandomStringsNormally();
            Carbon::setTestNow();
        }
        $this->assertSame(str_repeat('s', 32), $token);
        $this->assertSame(['tenant_id' => 'default', 'installation_id' => 42, 'issued_at' => '2026-01-02T03:04:05+00:00'], $entry);
    }

    public function test_state_tokens_are_random_and_32_chars(): void
    {
        $a = $this->connector()->exposeIssueOAuthState(1);
        $b = $this->connector()->exposeIssueOAuthState(1);
        $this->assertSame(32, strlen($a));
        $this->assertNotSame($a, $b);
    }

    public function test_consume_oauth_state_is_single_use(): void
    {
        $connector = $this->connector();
        $token = $connector->exposeIssueOAuthState(5);
        $this->assertTrue($connector->exposeConsumeOAuthState(5, $token));
        $this->assertFalse($connector->exposeConsumeOAuthState(5, $token));
        $this->assertNull(Cache::get('connector:oauth_state:5:'.$token));
    }

    public function test_consume_rejects_unknown_token_other_installation_and_other_tenant(): void
    {
        $connector = $this->connector();
        $this->assertFalse($connector->exposeConsumeOAuthState(5, 'never-issued'));

        $token = $connector->exposeIssueOAuthState(5);
        $this->assertFalse($connector->exposeConsumeOAuthState(6, $token));

        $this->tenantContext()->set('tenant-a');
        $token = $connector->exposeIssueOAuthState(5);
        $this->tenantContext()->set('tenant-b');
        $this->assertFalse($connector->exposeConsumeOAuthState(5, $token));
        $this->tenantContext()->set('tenant-a');
        $this->assertFalse($connector->exposeConsumeOAuthState(5, $token), 'a failed check still consumes the token');
        $this->tenantContext()->reset();

        Cache::put('connector:oauth_state:9:forged', 'not-an-array', 60);
        $this->assertFalse($connector->exposeConsumeOAuthState(9, 'forged'));
        Cache::put('connector:oauth_state:9:stringly', ['tenant_id' => 'default', 'installation_id' => '9'], 60);
        $this->assertFalse($connector->exposeConsumeOAuthState(9, 'stringly'));
    }

    public function test_state_ttl_comes_from_config_and_cache_flush_clears_it(): void
    {
        $this->app['config']->set('connectors.oauth_state_ttl_seconds', 30);
        $connector = $this->connector();
        $token = $connector->exposeIssueOAuthState(3);
        Carbon::setTestNow(Carbon::now()->addSeconds(31));
        try {
            $this->assertFalse($connector->exposeConsumeOAuthState(3, $token), 'expired after the configured TTL');
        } finally {
            Carbon::setTestNow();
        }

        $token = $connector->exposeIssueOAuthState(3);
        Cache::flush();
        $this->assertFalse($connector->exposeConsumeOAuthState(3, $token));
    }

    public function test_consume_works_on_file_and_database_stores(): void
    {
        foreach (['file', 'database'] as $store) {
            $this->app['config']->set('cache.default', $store);
            Cache::clearResolvedInstances();
            $this->app->forgetInstance('cache');
            $this->app->forgetInstance('cache.store');
            $connector = $this->connector();
            $token = $connector->exposeIssueOAuthState(11);
            $this->assertTrue($connector->exposeConsumeOAuthState(11, $token), $store);
            $this->assertFalse($connector->exposeConsumeOAuthState(11, $token), $store);
        }
    }

    public function test_load_installation_scopes_by_id_tenant_and_connector_key(): void
    {
        $mine = $this->makeInstallation(connectorName: 'fake');
        $other = $this->makeInstallation(connectorName: 'other');
        $foreign = $this->makeInstallation(tenantId: 'tenant-z', connectorName: 'fake');
        $connector = $this->connector();

        $this->assertTrue($mine->is($connector->exposeLoadInstallation($mine->id)));
        foreach ([[$other->id, 'default'], [$foreign->id, 'default'], [999, 'default']] as [$id, $tenant]) {
            try {
                $connector->exposeLoadInstallation($id);
                $this->fail("installation $id must not load");
            } catch (\InvalidArgumentException $e) {
                $this->assertSame("Connector installation {$id} not found for connector 'fake' in tenant '{$tenant}'.", $e->getMessage());
            }
        }
        $this->tenantContext()->set('tenant-z');
        $this->assertTrue($foreign->is($connector->exposeLoadInstallation($foreign->id)));
        $this->tenantContext()->reset();
    }

    public function test_a_connector_that_skips_parent_construct_gets_phps_error_naming_the_fix(): void
    {
        $connector = new ForgetfulConnector();
        $hint = ' must not be accessed before initialization: '.ForgetfulConnector::class.'::__construct() must call parent::__construct()';
        $calls = [
            'tenantContext' => [
                fn () => $connector->exposeIssueOAuthState(42),  // once ended in "zend_mm_heap corrupted"
                fn () => $connector->exposeLoadInstallation(1),
            ],
            'vault' => [fn () => $connector->refreshTokenIfExpired(1)],
            'ingestion' => [fn () => $connector->exposeMaybeRedactContent('x'), fn () => $connector->exposeEmitAudit('installed')],
        ];
        foreach ($calls as $property => $fns) {
            foreach ($fns as $fn) {
                try {
                    $fn();
                    $this->fail("\$$property must not be readable");
                } catch (\Error $e) {
                    $this->assertSame('Typed property Padosoft\AskMyDocsConnectorBase\BaseConnector::$'.$property.$hint, $e->getMessage());
                }
            }
        }
        // Helpers that need none of the three still work, as upstream's do.
        $this->assertSame([], $connector->oauthScopes());
        $this->assertFalse($connector->exposeConsumeOAuthState(42, 'never-issued'));
    }

    public function test_state_tokens_are_binary_safe_in_the_cache_key(): void
    {
        $connector = $this->connector();
        Cache::put('connector:oauth_state:42:tok', ['tenant_id' => 'default', 'installation_id' => 42], 60);
        // A NUL byte must not cut the key short and match another token's entry.
        $this->assertFalse($connector->exposeConsumeOAuthState(42, "tok\0forged"));
        $this->assertTrue($connector->exposeConsumeOAuthState(42, 'tok'));

        Cache::put("connector:oauth_state:42:a\0b", ['tenant_id' => 'default', 'installation_id' => 42], 60);
        $this->assertFalse($connector->exposeConsumeOAuthState(42, 'a'));
        $this->assertTrue($connector->exposeConsumeOAuthState(42, "a\0b"));
    }

    public function test_not_found_message_keeps_nul_bytes_of_the_connector_key(): void
    {
        $connector = $this->connector("no\0pe");
        $this->expectException(\InvalidArgumentException::class);
        $this->expectExceptionMessage("Connector installation 999 not found for connector 'no\0pe' in tenant 'default'.");
        $connector->exposeLoadInstallation(999);
    }
}
