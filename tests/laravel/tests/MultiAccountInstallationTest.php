<?php

declare(strict_types=1);

namespace AskMyDocsConnector\Tests\Laravel;

use Illuminate\Database\QueryException;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation;

/** Several installations of one connector per tenant, told apart by label, each with its own credentials. */
final class MultiAccountInstallationTest extends TestCase
{
    use RefreshDatabase;

    public function test_label_defaults_and_project_key_is_nullable(): void
    {
        $installation = ConnectorInstallation::create(['tenant_id' => 'acme', 'connector_name' => 'imap', 'status' => 'active']);
        $this->assertSame('default', $installation->fresh()->label);
        $this->assertNull($installation->fresh()->project_key);
    }

    public function test_same_label_is_rejected_but_other_labels_and_tenants_are_allowed(): void
    {
        $this->makeInstallation('acme', 'imap', 'active', 'support');
        $this->makeInstallation('acme', 'imap', 'active', 'sales');
        $this->makeInstallation('other', 'imap', 'active', 'support');
        $this->assertSame(2, ConnectorInstallation::query()->forTenant('acme')->where('connector_name', 'imap')->count());

        $this->expectException(QueryException::class);
        $this->makeInstallation('acme', 'imap', 'active', 'support');
    }

    public function test_each_account_keeps_its_own_vaulted_credentials(): void
    {
        $support = $this->makeInstallation('default', 'imap', 'active', 'support');
        $sales = $this->makeInstallation('default', 'imap', 'active', 'sales');
        $this->vault()->setCredentials($support->id, 'support-pw');
        $this->vault()->setCredentials($sales->id, 'sales-pw');
        $this->vault()->setExtraKey($sales->id, 'folder', 'INBOX');

        $this->assertSame('support-pw', $this->vault()->getAccessToken($support->id));
        $this->assertSame('sales-pw', $this->vault()->getAccessToken($sales->id));
        $this->assertSame([], $this->vault()->getExtra($support->id));
        $this->assertSame(['folder' => 'INBOX'], $this->vault()->getExtra($sales->id));
    }
}
