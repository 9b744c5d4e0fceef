<?php

return [
    'default' => 'kb',
    'disks' => [
        // The Markdown knowledge base the connector writes: demo/kb/...
        'kb' => ['driver' => 'local', 'root' => env('DEMO_KB', base_path('kb')), 'throw' => true],
    ],
];
