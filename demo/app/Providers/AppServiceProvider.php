<?php

namespace App\Providers;

use App\Kb\KbIngestionBridge;
use Illuminate\Support\ServiceProvider;
use Padosoft\AskMyDocsConnectorBase\Contracts\ConnectorIngestionContract;
use Padosoft\AskMyDocsConnectorBase\Support\TenantContext;

/** The host's side of the connector framework: one tenant context, one ingestion bridge. */
final class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(TenantContext::class);
        $this->app->singleton(ConnectorIngestionContract::class, KbIngestionBridge::class);
    }

    public function boot(): void
    {
        $this->loadMigrationsFrom(database_path('migrations'));
    }
}
