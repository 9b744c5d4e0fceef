<?php

namespace App\Console;

use AskMyDocs\Examples\Confluence\ConfluenceConnector;
use Illuminate\Http\Request;
use Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation;

/** The connector's OAuth 2.0 (3LO) install against the mock, as a browser would go through it. */
final class OAuthInstall
{
    /**
     * @param string $label one installation per label (unique per tenant and connector)
     * @return array{0: int, 1: array<string, mixed>} the installation id and
     *   the callback's query (state and code), for a replay check
     */
    public static function run(ConfluenceConnector $connector, MockAtlassian $mock, string $label = 'default'): array
    {
        $installation = ConnectorInstallation::create(['connector_name' => 'confluence', 'label' => $label, 'status' => 'pending']);
        $redirect = $mock->authorize($connector->initiateOAuth($installation->id));
        parse_str((string) parse_url($redirect, PHP_URL_QUERY), $query);
        $connector->handleOAuthCallback($installation->id, Request::create($redirect, 'GET', $query));
        $installation->update(['status' => 'active']);

        return [(int) $installation->id, $query];
    }
}
