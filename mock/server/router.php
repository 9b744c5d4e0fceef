<?php
// Router of the mock Atlassian Cloud under PHP's built-in server (several
// workers). Started by mock/bin/atlassian-mock, which prepares the state
// directory (AMC_MOCK_STATE) before the first request. Loopback only.
//
//   GET  /authorize                                   OAuth 3LO consent (automatic)
//   POST /oauth/token                                 authorization_code, refresh_token
//   GET  /oauth/token/accessible-resources            sites for the token
//   GET  /ex/confluence/{cloudId}/wiki/rest/api/...   space, content, content/search,
//                                                     content/{id}, user/current;
//                                                     fault=<mode> asks for a fault (RequestFaults.php)
//   *    /__admin/...                                 mock controls (see Admin.php)
declare(strict_types=1);

require __DIR__ . '/lib/autoload.php';

use AmcMock\Server\{Admin, Api, Config, Faults, Http, OAuth, RequestFaults, Stats, Store};

$dir = getenv('AMC_MOCK_STATE');
if (!$dir || !is_file("$dir/config.json")) {
    Http::json(['message' => 'AMC_MOCK_STATE is not a prepared state directory'], 500);
}
$store = new Store($dir);
$cfg = Config::from($store->read('config'));
$origin = Http::origin($cfg);
$path = (string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);

if (str_starts_with($path, '/__admin/')) {
    (new Admin($store, $cfg, $origin))->handle(substr($path, 9));
}

$api = preg_match('#^/ex/confluence/([^/]+)/wiki/rest/api/(.+?)/?$#', $path, $m) === 1;
$route = $api ? 'api:' . preg_replace('#^content/\d+$#', 'content/{id}', $m[2]) : $path;
$stats = new Stats($store);
$seq = $stats->begin($route, $api);
register_shutdown_function($stats->end(...));

if ($cfg['latency_ms'] > 0) {
    usleep($cfg['latency_ms'] * 1000);
}
if ($seq !== null) {
    (new Faults($cfg, $stats))->apply($seq);
    (new RequestFaults($store))->apply($_GET);
}

$oauth = new OAuth($store, $cfg);
match (true) {
    $api => (new Api($store, $cfg, $origin))->handle($m[1], $m[2]),
    $path === '/authorize' && $_SERVER['REQUEST_METHOD'] === 'GET' => $oauth->authorize($_GET),
    $path === '/oauth/token' && $_SERVER['REQUEST_METHOD'] === 'POST' => $oauth->token(),
    $path === '/oauth/token/accessible-resources' => $oauth->resources($origin),
    default => Http::json(['code' => 404, 'message' => "No route for $path"], 404),
};
