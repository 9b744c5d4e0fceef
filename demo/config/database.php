<?php

return [
    'default' => 'sqlite',
    'connections' => [
        'sqlite' => [
            'driver' => 'sqlite',
            'database' => env('DEMO_DB', storage_path('demo.sqlite')),
            'prefix' => '',
            'foreign_key_constraints' => true,
            'busy_timeout' => 10000,
            'journal_mode' => 'wal',
        ],
    ],
    // Queue workers' Redis (demo:workers): the script starts a throwaway
    // redis-server on loopback and passes its port.
    'redis' => [
        'client' => 'phpredis',
        'options' => ['prefix' => ''],
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'port' => (int) env('REDIS_PORT', 6379),
            'database' => 0,
            'read_timeout' => 5,
        ],
    ],
    'migrations' => ['table' => 'migrations', 'update_date_on_publish' => true],
];
