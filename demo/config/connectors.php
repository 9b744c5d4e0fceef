<?php

// The connector framework's config. demo:run points the provider at the mock
// itself; queue workers (demo:workers) are told where it is by DEMO_MOCK_URL.
$mock = rtrim((string) env('DEMO_MOCK_URL', ''), '/');

return [
    'oauth_state_ttl_seconds' => 600,
    'providers' => [
        'confluence' => [
            'client_id' => 'demo-client',
            'client_secret' => env('DEMO_CLIENT_SECRET', 'demo-secret'),
            'redirect_uri' => 'http://127.0.0.1/connectors/confluence/callback',
            'http' => ['concurrency' => 4, 'connect_timeout' => 5, 'timeout' => 30, 'max_retries' => 6],
        ] + ($mock === '' ? [] : App\Console\MockAtlassian::providerUrls($mock)),
    ],
];
