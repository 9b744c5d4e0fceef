<?php

// demo:workers runs the sync as jobs on Redis; everything else stays in process.
return [
    'default' => env('QUEUE_CONNECTION', 'sync'),
    'connections' => [
        'sync' => ['driver' => 'sync'],
        'redis' => [
            'driver' => 'redis',
            'connection' => 'default',
            'queue' => 'confluence',
            // A reserved job whose worker died (SIGKILL, a crash) runs again
            // after this many seconds; it must exceed every worker's --timeout.
            'retry_after' => (int) env('DEMO_RETRY_AFTER', 90),
            // Workers wait on BLPOP instead of sleeping between empty polls.
            'block_for' => 1,
            'after_commit' => false,
        ],
    ],
    // demo:workers: a worker records its memory every this many pages.
    'demo_rss_every' => (int) env('DEMO_RSS_EVERY', 1000),
    'failed' => ['driver' => 'database-uuids', 'database' => 'sqlite', 'table' => 'failed_jobs'],
];
