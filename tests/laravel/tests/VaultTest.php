<?php

declare(strict_types=1);

namespace AskMyDocsConnector\Tests\Laravel;

use AskMyDocsConnector\Tests\Laravel\Fixtures\ForgetfulVault;
use Carbon\Carbon;
use Illuminate\Database\Eloquent\JsonEncodingException;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\Crypt;
use Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorAuthException;
use Padosoft\AskMyDocsConnectorBase\Models\ConnectorCredential;
use Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation;

/** What upstream's vault tests pin: encryption at rest, tenant scoping, lifecycle, extra_json. */
final class VaultTest extends TestCase
{
    use RefreshDatabase;

    public function test_set_credentials_persists_encrypted_tokens(): void
    {
        $installation = $this->makeInstallation();
        $this->vault()->setCredentials($installation->id, accessToken: 'plain-access-token',
            refreshToken: 'plain-refresh-token', expiresAt: Carbon::now()->addHour(), extra: ['scope' => 'drive.readonly']);

        $row = ConnectorCredential::query()->where('connector_installation_id', $installation->id)->first();
        $this->assertNotNull($row);
        $this->assertStringNotContainsString('plain-access-token', $row->encrypted_access_token);
        $this->assertStringNotContainsString('plain-refresh-token', $row->encrypted_refresh_token);
        $this->assertSame('plain-access-token', Crypt::decryptString($row->encrypted_access_token));
        $this->assertSame('plain-refresh-token', Crypt::decryptString($row->encrypted_refresh_token));
        $this->assertSame(['scope' => 'drive.readonly'], $row->extra_json);
        $this->assertSame('default', $row->tenant_id);
    }

    public function test_get_access_token_returns_decrypted_value(): void
    {
        $installation = $this->makeInstallation(status: ConnectorInstallation::STATUS_ACTIVE);
        $this->vault()->setCredentials($installation->id, accessToken: 'plain-access-token', expiresAt: Carbon::now()->addHour());

        $this->assertSame('plain-access-token', $this->vault()->getAccessToken($installation->id));
        $this->assertNull($this->vault()->getRefreshToken($installation->id));
    }

    public function test_expired_access_token_returns_null_but_refresh_token_survives(): void
    {
        $installation = $this->makeInstallation(status: ConnectorInstallation::STATUS_ACTIVE);
        $this->vault()->setCredentials($installation->id, accessToken: 'plain-access-token',
            refreshToken: 'plain-refresh-token', expiresAt: Carbon::now()->subSecond());

        $this->assertNull($this->vault()->getAccessToken($installation->id));
        $this->assertSame('plain-refresh-token', $this->vault()->getRefreshToken($installation->id));
    }

    public function test_expiry_follows_carbon_test_now(): void
    {
        $installation = $this->makeInstallation(status: ConnectorInstallation::STATUS_ACTIVE);
        $this->vault()->setCredentials($installation->id, 'tok', expiresAt: Carbon::now()->addHour());
        Carbon::setTestNow(Carbon::now()->addHours(2));
        try {
            $this->assertNull($this->vault()->getAccessToken($installation->id));
        } finally {
            Carbon::setTestNow();
        }
        $this->assertSame('tok', $this->vault()->getAccessToken($installation->id));
    }

    public function test_tenant_isolation_blocks_cross_tenant_access(): void
    {
        $installationA = $this->makeInstallation(tenantId: 'tenant-a', status: ConnectorInstallation::STATUS_ACTIVE);
        $this->tenantContext()->set('tenant-a');
        $this->vault()->setCredentials($installationA->id, accessToken: 'tenant-a-secret', expiresAt: Carbon::now()->addHour());
        $this->assertSame('tenant-a-secret', $this->vault()->getAccessToken($installationA->id));

        $this->tenantContext()->set('tenant-b');
        $this->assertNull($this->vault()->getAccessToken($installationA->id));
        $this->assertNull($this->vault()->getRefreshToken($installationA->id));
        $this->assertNull($this->vault()->getCredentialRow($installationA->id));
        $this->assertSame([], $this->vault()->getExtra($installationA->id));
        $this->assertNull($this->vault()->getExtraKey($installationA->id, 'x'));
        $this->vault()->setExtraKey($installationA->id, 'x', 1); // silent no-op
        $this->assertSame(0, $this->vault()->clearCredentials($installationA->id));
        $this->assertDatabaseHas('connector_credentials', ['connector_installation_id' => $installationA->id]);

        try {
            $this->vault()->setCredentials($installationA->id, 'other');
            $this->fail('cross-tenant setCredentials must throw');
        } catch (\InvalidArgumentException $e) {
            $this->assertSame("Installation {$installationA->id} not found (or belongs to a different tenant).", $e->getMessage());
        }
        $this->tenantContext()->reset();
    }

    public function test_clear_credentials_removes_row_and_is_idempotent(): void
    {
        $installation = $this->makeInstallation(status: ConnectorInstallation::STATUS_ACTIVE);
        $this->vault()->setCredentials($installation->id, 'plain-access-token', expiresAt: Carbon::now()->addHour());

        $this->assertSame(1, $this->vault()->clearCredentials($installation->id));
        $this->assertDatabaseMissing('connector_credentials', ['connector_installation_id' => $installation->id]);
        $this->assertSame(0, $this->vault()->clearCredentials($installation->id));
        $this->assertSame(0, $this->vault()->clearCredentials(999_999));
    }

    public function test_set_credentials_overwrites_existing_row(): void
    {
        $installation = $this->makeInstallation(status: ConnectorInstallation::STATUS_ACTIVE);
        $this->vault()->setCredentials($installation->id, 'token-1', 'refresh-1', null, ['a' => 1]);
        $this->vault()->setCredentials($installation->id, 'token-2');

        $this->assertSame(1, ConnectorCredential::query()->where('connector_installation_id', $installation->id)->count());
        $this->assertSame('token-2', $this->vault()->getAccessToken($installation->id));
        $this->assertNull($this->vault()->getRefreshToken($installation->id));
        $this->assertSame([], $this->vault()->getExtra($installation->id));
        $this->assertNull($this->vault()->getCredentialRow($installation->id)->extra_json);
    }

    public function test_set_credentials_throws_when_installation_missing(): void
    {
        $this->expectException(\InvalidArgumentException::class);
        $this->expectExceptionMessage('Installation 999999 not found (or belongs to a different tenant).');
        $this->vault()->setCredentials(999_999, 'token');
    }

    public function test_get_credential_row_returns_the_model_with_tokens_hidden(): void
    {
        $installation = $this->makeInstallationWithCredential(['bot_id' => 'b']);
        $row = $this->vault()->getCredentialRow($installation->id);
        $this->assertInstanceOf(ConnectorCredential::class, $row);
        $this->assertArrayNotHasKey('encrypted_access_token', $row->toArray());
        $this->assertNull($this->vault()->getCredentialRow(424242));
    }

    public function test_set_extra_stores_value_in_extra_json(): void
    {
        $installation = $this->makeInstallationWithCredential();
        $this->vault()->setExtraKey($installation->id, 'bot_id', 'bot-123');

        $row = ConnectorCredential::query()->where('connector_installation_id', $installation->id)->first();
        $this->assertSame('bot-123', $row->extra_json['bot_id']);
    }

    public function test_get_extra_returns_null_for_missing_key_and_for_null_value(): void
    {
        $installation = $this->makeInstallationWithCredential(['workspace_id' => 'ws-1', 'nothing' => null]);
        $this->assertNull($this->vault()->getExtraKey($installation->id, 'never_set'));
        $this->assertNull($this->vault()->getExtraKey($installation->id, 'nothing'));
        $this->assertSame('ws-1', $this->vault()->getExtraKey($installation->id, 'workspace_id'));
        $this->assertSame([], $this->vault()->getExtra(31337));
    }

    public function test_set_extra_overrides_existing_value(): void
    {
        $installation = $this->makeInstallationWithCredential(['bot_id' => 'bot-old']);
        $this->vault()->setExtraKey($installation->id, 'bot_id', 'bot-new');
        $this->assertSame('bot-new', $this->vault()->getExtraKey($installation->id, 'bot_id'));
    }

    public function test_set_extra_preserves_other_keys_and_value_types(): void
    {
        $installation = $this->makeInstallationWithCredential([
            'bot_id' => 'bot-123', 'workspace_id' => 'ws-456', 'workspace_name' => 'Acme Workspace',
        ]);
        $this->vault()->setExtraKey($installation->id, 'changes_page_token', 'cursor-1');
        $this->vault()->setExtraKey($installation->id, 'nested', ['a' => [1, 2], 'b' => true]);
        $this->vault()->setExtraKey($installation->id, '42', 'numeric key');

        $extra = $this->vault()->getExtra($installation->id);
        $this->assertSame('bot-123', $extra['bot_id']);
        $this->assertSame('ws-456', $extra['workspace_id']);
        $this->assertSame('Acme Workspace', $extra['workspace_name']);
        $this->assertSame('cursor-1', $extra['changes_page_token']);
        $this->assertSame(['a' => [1, 2], 'b' => true], $extra['nested']);
        $this->assertSame('numeric key', $this->vault()->getExtraKey($installation->id, '42'));
    }

    public function test_set_extra_key_throws_if_credentials_deleted_concurrently(): void
    {
        $installation = $this->makeInstallation(connectorName: 'notion');
        $this->expectException(ConnectorAuthException::class);
        $this->expectExceptionMessage("Cannot update extra_json for installation {$installation->id}: credential row was deleted concurrently (likely a parallel disconnect).");
        try {
            $this->vault()->setExtraKey($installation->id, 'bot_id', 'bot-x');
        } finally {
            $this->assertDatabaseMissing('connector_credentials', ['connector_installation_id' => $installation->id]);
        }
    }

    public function test_set_extra_key_on_missing_installation_is_a_no_op(): void
    {
        $this->vault()->setExtraKey(777_777, 'k', 'v');
        $this->assertDatabaseCount('connector_credentials', 0);
    }

    public function test_sequential_set_extra_key_writes_do_not_lose_data(): void
    {
        $installation = $this->makeInstallationWithCredential(['workspace_id' => 'ws-1']);
        $this->vault()->setExtraKey($installation->id, 'bot_id', 'bot-A');
        $this->vault()->setExtraKey($installation->id, 'changes_page_token', 'cursor-B');

        $extra = $this->vault()->getExtra($installation->id);
        $this->assertSame('ws-1', $extra['workspace_id']);
        $this->assertSame('bot-A', $extra['bot_id']);
        $this->assertSame('cursor-B', $extra['changes_page_token']);
    }

    public function test_set_extra_does_not_corrupt_encrypted_tokens(): void
    {
        $installation = $this->makeInstallationWithCredential();
        $this->vault()->setExtraKey($installation->id, 'workspace_id', 'ws-1');
        $this->assertSame('AT-xyz', $this->vault()->getAccessToken($installation->id));
    }

    public function test_set_extra_key_inside_an_outer_transaction_commits_with_it(): void
    {
        $installation = $this->makeInstallationWithCredential();
        \Illuminate\Support\Facades\DB::transaction(function () use ($installation) {
            $this->vault()->setExtraKey($installation->id, 'inside', 'yes');
        });
        $this->assertSame('yes', $this->vault()->getExtraKey($installation->id, 'inside'));
    }

    public function test_a_vault_subclass_that_skips_parent_construct_gets_phps_error_naming_the_fix(): void
    {
        $installation = $this->makeInstallationWithCredential();
        $vault = new ForgetfulVault();
        $message = 'Typed property Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault::$tenantContext must not be accessed '
            .'before initialization: '.ForgetfulVault::class.'::__construct() must call parent::__construct()';
        foreach ([
            fn () => $vault->getAccessToken($installation->id),
            fn () => $vault->getExtraKey($installation->id, 'k'),
            fn () => $vault->setExtraKey($installation->id, 'k', 'v'),
            fn () => $vault->setCredentials($installation->id, 'token'),
            fn () => $vault->clearCredentials($installation->id),
        ] as $fn) {
            try {
                $fn();
                $this->fail('the tenant context must not be readable');
            } catch (\Error $e) {
                $this->assertSame($message, $e->getMessage());
            }
        }
        $this->assertSame('AT-xyz', $this->vault()->getAccessToken($installation->id));
    }

    public function test_set_extra_key_with_a_value_json_cannot_encode_throws_laravels_exception(): void
    {
        $installation = $this->makeInstallationWithCredential(['kept' => 1]);
        try {
            // The model's array cast throws while the attribute is set, before save().
            $this->vault()->setExtraKey($installation->id, 'bad', "\xff");
            $this->fail('invalid UTF-8 must not be stored');
        } catch (JsonEncodingException $e) {
            $this->assertStringContainsString('extra_json', $e->getMessage());
        }
        $this->assertSame(['kept' => 1], $this->vault()->getExtra($installation->id));
    }
}
