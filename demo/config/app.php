<?php

return [
    'name' => 'AskMyDocs connector demo',
    'env' => env('APP_ENV', 'demo'),
    'debug' => false,
    'url' => env('APP_URL', 'http://127.0.0.1'),
    'timezone' => 'UTC',
    'locale' => 'en',
    'fallback_locale' => 'en',
    'cipher' => 'AES-256-CBC',
    // A fixed demo key: the demo's database is thrown away after every run.
    'key' => env('APP_KEY', 'base64:' . base64_encode(str_repeat('k', 32))),
    'previous_keys' => [],
    'maintenance' => ['driver' => 'file'],
    'providers' => Illuminate\Support\ServiceProvider::defaultProviders()->toArray(),
];
