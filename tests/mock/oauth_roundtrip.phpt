--TEST--
Mock Atlassian: OAuth 3LO round trip (authorize, code and refresh grants, accessible-resources)
--FILE--
<?php
require __DIR__ . '/mock.inc';
$m = new AmcTestMock(['client-id' => 'cid-1', 'client-secret' => 'sec-1', 'spaces' => 1, 'pages' => 2]);
$B = $m->base;
$auth = fn (array $q) => amc_http('GET', "$B/authorize?" . http_build_query($q + [
    'audience' => 'api.atlassian.com', 'client_id' => 'cid-1', 'scope' => 'read:confluence-content.all offline_access',
    'redirect_uri' => 'http://127.0.0.1/cb?x=1', 'state' => 'opaque state', 'response_type' => 'code', 'prompt' => 'consent',
]));
$token = fn (array $f, bool $json = true) => amc_http('POST', "$B/oauth/token",
    [$json ? 'Content-Type: application/json' : 'Content-Type: application/x-www-form-urlencoded'], $json ? json_encode($f) : http_build_query($f));

[$st, $h] = $auth([]);
echo "authorize: $st\n";
$loc = parse_url($h['location']);
parse_str($loc['query'], $q);
echo "redirect: {$loc['host']}{$loc['path']} x={$q['x']} state={$q['state']} code=", strlen($q['code']) > 10 ? 'yes' : 'no', "\n";
echo 'unknown client: ', $auth(['client_id' => 'nope'])[0], "\n";
parse_str(parse_url($auth(['audience' => 'other'])[1]['location'], PHP_URL_QUERY), $bad);
echo "bad audience: {$bad['error']} state={$bad['state']}\n";

$grant = ['grant_type' => 'authorization_code', 'client_id' => 'cid-1', 'client_secret' => 'sec-1', 'code' => $q['code'], 'redirect_uri' => 'http://127.0.0.1/cb?x=1'];
[$st, , $body] = $token(['client_secret' => 'wrong'] + $grant);
echo "wrong secret: $st ", json_decode($body, true)['error'], "\n";
[$st, , $body] = $token($grant);
$t = json_decode($body, true);
echo "exchange: $st type={$t['token_type']} expires_in={$t['expires_in']} scope={$t['scope']} refresh=", isset($t['refresh_token']) ? 'yes' : 'no', "\n";
[$st, , $body] = $token($grant);
echo "code reused: $st ", json_decode($body, true)['error'], "\n";

[$st, , $body] = amc_http('GET', "$B/oauth/token/accessible-resources", ["Authorization: Bearer {$t['access_token']}"]);
$sites = json_decode($body, true);
echo "resources: $st ", count($sites), ' site, id matches: ', var_export($sites[0]['id'] === $m->info['cloud_id'], true), ' scopes: ', implode(',', $sites[0]['scopes']), ' url: ', var_export($sites[0]['url'] === $B, true), "\n";
echo 'resources without token: ', amc_http('GET', "$B/oauth/token/accessible-resources")[0], "\n";

// Refresh, form-encoded; refresh tokens rotate.
[$st, , $body] = $token(['grant_type' => 'refresh_token', 'client_id' => 'cid-1', 'client_secret' => 'sec-1', 'refresh_token' => $t['refresh_token']], false);
$t2 = json_decode($body, true);
echo "refresh: $st new access=", var_export($t2['access_token'] !== $t['access_token'], true), ' new refresh=', var_export($t2['refresh_token'] !== $t['refresh_token'], true), "\n";
echo 'old refresh reused: ', $token(['grant_type' => 'refresh_token', 'client_id' => 'cid-1', 'client_secret' => 'sec-1', 'refresh_token' => $t['refresh_token']])[0], "\n";
echo 'user/current with refreshed token: ', amc_http('GET', "{$m->wiki}/user/current", ["Authorization: Bearer {$t2['access_token']}"])[0], "\n";

// Without offline_access Atlassian issues no refresh token.
$t3 = $m->login('read:confluence-content.all');
echo 'no offline_access, refresh: ', isset($t3['refresh_token']) ? 'yes' : 'no', "\n";
echo 'unsupported grant: ', $token(['grant_type' => 'password', 'client_id' => 'cid-1', 'client_secret' => 'sec-1'])[0], "\n";
?>
--EXPECT--
authorize: 302
redirect: 127.0.0.1/cb x=1 state=opaque state code=yes
unknown client: 400
bad audience: invalid_request state=opaque state
wrong secret: 401 access_denied
exchange: 200 type=Bearer expires_in=3600 scope=read:confluence-content.all offline_access refresh=yes
code reused: 403 invalid_grant
resources: 200 1 site, id matches: true scopes: read:confluence-content.all url: true
resources without token: 401
refresh: 200 new access=true new refresh=true
old refresh reused: 403
user/current with refreshed token: 200
no offline_access, refresh: no
unsupported grant: 400
