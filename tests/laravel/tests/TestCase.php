<?php

declare(strict_types=1);

namespace AskMyDocsConnector\Tests\Laravel;

use AskMyDocsConnector\Tests\Laravel\Fixtures\App;
use AskMyDocsConnector\Tests\Laravel\Fixtures\FakeConnector;
use Illuminate\Foundation\Testing\TestCase as LaravelTestCase;
use Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault;
use Padosoft\AskMyDocsConnectorBase\Contracts\ConnectorIngestionContract;
use Padosoft\AskMyDocsConnectorBase\Models\ConnectorCredential;
use Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation;
use Padosoft\AskMyDocsConnectorBase\Support\TenantContext;

/** Boots the suite's own Laravel 12 application (see Fixtures\App), no testbench. */
abstract class TestCase extends LaravelTestCase
{
    /** artisan() without Mockery (not installable here): migrations run for real. */
    public $mockConsoleOutput = false;

    public function createApplication()
    {
        return App::create();
    }

    protected function vault(): OAuthCredentialVault
    {
        return $this->app->make(OAuthCredentialVault::class);
    }

    protected function tenantContext(): TenantContext
    {
        return $this->app->make(TenantContext::class);
    }

    protected function connector(string $key = 'fake'): FakeConnector
    {
        $connector = new FakeConnector($this->vault(), $this->tenantContext(), $this->app->make(ConnectorIngestionContract::class));
        $connector->connectorKey = $key;

        return $connector;
    }

    protected function makeInstallation(string $tenantId = 'default', string $connectorName = 'google-drive',
        string $status = ConnectorInstallation::STATUS_PENDING, string $label = 'default'): ConnectorInstallation
    {
        return ConnectorInstallation::create([
            'tenant_id' => $tenantId,
            'connector_name' => $connectorName,
            'label' => $label,
            'status' => $status,
            'created_by' => null,
        ]);
    }

    /** @param array<string, mixed> $extra */
    protected function makeInstallationWithCredential(array $extra = [], string $connectorName = 'notion'): ConnectorInstallation
    {
        $installation = $this->makeInstallation(connectorName: $connectorName, status: ConnectorInstallation::STATUS_ACTIVE);
        ConnectorCredential::create([
            'tenant_id' => 'default',
            'connector_installation_id' => $installation->id,
            'encrypted_access_token' => \Illuminate\Support\Facades\Crypt::encryptString('AT-xyz'),
            'encrypted_refresh_token' => null,
            'expires_at' => \Carbon\Carbon::now()->addYears(10),
            'extra_json' => $extra === [] ? null : $extra,
        ]);

        return $installation;
    }
}
