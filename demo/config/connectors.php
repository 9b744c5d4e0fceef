<?php

// The connector framework's config; the mock's URLs come from the demo command.
return [
    'oauth_state_ttl_seconds' => 600,
    'providers' => [
        'confluence' => [
            'client_id' => 'demo-client',
            'client_secret' => env('DEMO_CLIENT_SECRET', 'demo-secret'),
            'redirect_uri' => 'http://127.0.0.1/connectors/confluence/callback',
            'http' => ['concurrency' => 4, 'connect_timeout' => 5, 'timeout' => 30, 'max_retries' => 6],
        ],
    ],
];
