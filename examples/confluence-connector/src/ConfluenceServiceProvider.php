<?php

declare(strict_types=1);

namespace AskMyDocs\Examples\Confluence;

use Illuminate\Support\ServiceProvider;

/** Registers the connector's provider config defaults, as connector packages do. */
final class ConfluenceServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->mergeConfigFrom(__DIR__ . '/../config/confluence.php', 'connectors.providers.confluence');
    }
}
