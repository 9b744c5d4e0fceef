--TEST--
Mock Atlassian: bearer checks; an expired access token gets 401 until the client refreshes
--FILE--
<?php
require __DIR__ . '/mock.inc';
$m = new AmcTestMock(['spaces' => 1, 'pages' => 3]);
$t = $m->login();
$get = fn (?string $tok, string $path = 'user/current') => amc_http('GET', "{$m->wiki}/$path", $tok === null ? [] : ["Authorization: Bearer $tok"]);

[$st, , $body] = $get($t['access_token']);
echo "valid: $st ", json_decode($body, true)['type'], "\n";
[$st, $h, $body] = $get(null);
echo "missing: $st ", $body, ' ', $h['www-authenticate'] ?? '-', "\n";
echo 'wrong: ', $get('amc_at_nope')[0], "\n";
echo 'basic auth: ', amc_http('GET', "{$m->wiki}/space", ['Authorization: Basic ' . base64_encode('a:b')])[0], "\n";
echo 'other cloud id: ', amc_http('GET', str_replace($m->info['cloud_id'], 'cloud-other', $m->wiki) . '/space', ["Authorization: Bearer {$t['access_token']}"])[0], "\n";

echo 'expired tokens: ', $m->admin('expire-token')['expired'], "\n";
[$st, , $body] = $get($t['access_token'], 'content?spaceKey=ENG');
echo "after expiry: $st ", $body, "\n";
echo 'search after expiry: ', $get($t['access_token'], 'content/search?cql=type%3Dpage')[0], "\n";

[$st, , $body] = amc_http('POST', "{$m->base}/oauth/token", ['Content-Type: application/json'], json_encode([
    'grant_type' => 'refresh_token', 'client_id' => $m->info['client_id'], 'client_secret' => $m->info['client_secret'], 'refresh_token' => $t['refresh_token'],
]));
$t2 = json_decode($body, true);
echo "refresh: $st\n";
echo 'new token: ', $get($t2['access_token'], 'content?spaceKey=ENG')[0], "\n";
echo 'old token still: ', $get($t['access_token'])[0], "\n";
echo 'expire one token: ', $m->admin('expire-token', ['token' => $t2['access_token']])['expired'], ', then ', $get($t2['access_token'])[0], "\n";

$m->admin('settings', ['token-ttl' => 1]);
$ts = $m->login();
echo "ttl 1s: expires_in={$ts['expires_in']} now ", amc_http('GET', "{$m->wiki}/user/current", ["Authorization: Bearer {$ts['access_token']}"])[0];
sleep(2);
echo ', later ', amc_http('GET', "{$m->wiki}/user/current", ["Authorization: Bearer {$ts['access_token']}"])[0], "\n";
?>
--EXPECT--
valid: 200 known
missing: 401 {"code":401,"message":"Unauthorized"} Bearer realm="api.atlassian.com", error="invalid_token"
wrong: 401
basic auth: 401
other cloud id: 404
expired tokens: 1
after expiry: 401 {"code":401,"message":"Unauthorized; token expired"}
search after expiry: 401
refresh: 200
new token: 200
old token still: 401
expire one token: 1, then 401
ttl 1s: expires_in=1 now 200, later 401
