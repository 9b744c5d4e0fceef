<?php

declare(strict_types=1);

namespace AskMyDocsConnector\Tests\Laravel;

use Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation;

/** Column, then legacy config_json['project_key'], then kb.ingest.default_project, then 'default'. */
final class ResolveProjectKeyTest extends TestCase
{
    private function installation(array $attributes): ConnectorInstallation
    {
        return new ConnectorInstallation(['tenant_id' => 'acme', 'connector_name' => 'fake', 'label' => 'support'] + $attributes);
    }

    public function test_returns_the_installations_project_key_when_set(): void
    {
        $this->assertSame('acme-hr', $this->connector()->exposeResolveProjectKey($this->installation(['project_key' => 'acme-hr'])));
    }

    public function test_explicit_project_key_wins_over_config_json_and_host_default(): void
    {
        $this->app['config']->set('kb.ingest.default_project', 'tenant-wide');
        $installation = $this->installation(['project_key' => 'acme-hr', 'config_json' => ['project_key' => 'legacy']]);
        $this->assertSame('acme-hr', $this->connector()->exposeResolveProjectKey($installation));
    }

    public function test_falls_back_to_default_when_nothing_is_set(): void
    {
        $this->app['config']->set('kb.ingest.default_project', null);
        $this->assertSame('default', $this->connector()->exposeResolveProjectKey($this->installation(['project_key' => null])));
        $this->app['config']->set('kb.ingest.default_project', '');
        $this->assertSame('default', $this->connector()->exposeResolveProjectKey($this->installation(['project_key' => ''])));
        $this->app['config']->set('kb.ingest.default_project', 42);
        $this->assertSame('default', $this->connector()->exposeResolveProjectKey($this->installation([])));
    }

    public function test_honours_the_host_default_project_when_project_key_is_empty(): void
    {
        $this->app['config']->set('kb.ingest.default_project', 'tenant-wide');
        $this->assertSame('tenant-wide', $this->connector()->exposeResolveProjectKey($this->installation(['project_key' => ''])));
    }

    public function test_legacy_config_json_project_key_wins_over_host_default(): void
    {
        $this->app['config']->set('kb.ingest.default_project', 'tenant-wide');
        $installation = $this->installation(['project_key' => null, 'config_json' => ['project_key' => 'legacy-proj', 'auth_mode' => 'basic']]);
        $this->assertSame('legacy-proj', $this->connector()->exposeResolveProjectKey($installation));
    }

    public function test_empty_or_non_string_legacy_key_is_ignored(): void
    {
        $this->app['config']->set('kb.ingest.default_project', 'tenant-wide');
        foreach ([['project_key' => ''], ['project_key' => null], ['project_key' => 7], ['other' => 'x'], []] as $config) {
            $installation = $this->installation(['project_key' => null, 'config_json' => $config]);
            $this->assertSame('tenant-wide', $this->connector()->exposeResolveProjectKey($installation), json_encode($config));
        }
    }

    public function test_rejects_a_non_installation_argument(): void
    {
        $this->expectException(\TypeError::class);
        $method = new \ReflectionMethod($this->connector(), 'resolveProjectKey');
        $method->invoke($this->connector(), new \stdClass());
    }
}
