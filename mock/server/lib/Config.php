<?php
// The mock's settings: launcher options (dashed names) map to config.json keys
// (underscored). Faults, latency and API details (RUNTIME) can change at run time.
declare(strict_types=1);

namespace AmcMock\Server;

use AmcMock\Generator\Rng;

final class Config
{
    public const DEFAULTS = [
        'seed' => 42,
        'spaces' => 3,
        'pages' => 150,                  // per space
        'large_rate' => 0.03,            // share of 150-600 KB pages
        'latency_ms' => 0,
        'slow_pages' => '',              // comma-separated page ids content/{id} answers only after slow_ms
        'slow_ms' => 60000,
        'rate_429' => 0.0,
        'rate_503' => 0.0,
        'rate_reset' => 0.0,
        'retry_after' => 1,              // seconds, in 429 responses
        'client_id' => 'amc-client-id',
        'client_secret' => 'amc-client-secret',
        'redirect_uri' => '',            // '' accepts any redirect_uri
        'token_ttl' => 3600,
        'cloud_id' => '',                // '' derives one from the seed
        'site_name' => 'amc-mock',
        'base_url' => '',                // '' uses the request's Host
        'next_style' => 'rest',          // "rest": /rest/api/... (Cloud); "wiki": /wiki/rest/api/...
        'max_limit' => 100,
        'search_archived' => true,       // CQL without a status clause also finds archived pages
        'listings' => 'site',            // "site": the generated site; "query": sized by the request (QueryListings)
        'auth' => 'oauth',               // "oauth": tokens this mock issued; "any": any bearer token
    ];

    /** Settings /__admin/settings may change while the server runs. */
    public const RUNTIME = ['latency_ms', 'slow_pages', 'slow_ms', 'rate_429', 'rate_503', 'rate_reset', 'retry_after', 'token_ttl', 'next_style', 'max_limit', 'search_archived'];

    /** Typed config from loose values (options or query strings). */
    public static function from(array $values, array $base = self::DEFAULTS): array
    {
        $cfg = $base;
        foreach ($values as $k => $v) {
            $k = str_replace('-', '_', (string) $k);
            if (!array_key_exists($k, self::DEFAULTS) || $v === null) {
                continue;
            }
            $cfg[$k] = match (gettype(self::DEFAULTS[$k])) {
                'integer' => (int) $v,
                'double' => (float) $v,
                'boolean' => filter_var($v, FILTER_VALIDATE_BOOLEAN),
                default => (string) $v,
            };
        }
        if ($cfg['cloud_id'] === '') {
            $cfg['cloud_id'] = Rng::derive($cfg['seed'], 'cloud')->uuid();
        }
        $cfg['base_url'] = rtrim($cfg['base_url'], '/');
        return $cfg;
    }
}
