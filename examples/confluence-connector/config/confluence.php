<?php

// Defaults for config('connectors.providers.confluence'); the host app overrides them.
return [
    'client_id' => env('CONNECTOR_CONFLUENCE_CLIENT_ID', ''),
    'client_secret' => env('CONNECTOR_CONFLUENCE_CLIENT_SECRET', ''),
    'redirect_uri' => env('CONNECTOR_CONFLUENCE_REDIRECT_URI', ''),
    'oauth_authorize_url' => env('CONNECTOR_CONFLUENCE_AUTHORIZE_URL', 'https://auth.atlassian.com/authorize'),
    'oauth_token_url' => env('CONNECTOR_CONFLUENCE_TOKEN_URL', 'https://auth.atlassian.com/oauth/token'),
    'accessible_resources_url' => env('CONNECTOR_CONFLUENCE_RESOURCES_URL', 'https://api.atlassian.com/oauth/token/accessible-resources'),
    'api_base' => env('CONNECTOR_CONFLUENCE_API_BASE', 'https://api.atlassian.com'),
    // Options of the native AskMyDocs\Connector\Http\AtlassianClient.
    'http' => [
        'concurrency' => 4,
        'connect_timeout' => 5,
        'timeout' => 30,
    ],
];
