<?php
// Atlassian OAuth 2.0 (3LO): the authorize redirect (consent is automatic),
// the token endpoint (authorization_code and refresh_token grants, rotating
// refresh tokens, issued only with offline_access as Atlassian does), the
// accessible-resources list, and bearer checks for the API. State: auth.json.
declare(strict_types=1);

namespace AmcMock\Server;

final class OAuth
{
    public function __construct(private Store $store, private array $cfg)
    {
    }

    public function authorize(array $q): never
    {
        if (($q['client_id'] ?? '') !== $this->cfg['client_id']) {
            Http::oauthError(400, 'invalid_request', 'unknown client_id');
        }
        $redirect = (string) ($q['redirect_uri'] ?? '');
        if ($redirect === '' || ($this->cfg['redirect_uri'] !== '' && $redirect !== $this->cfg['redirect_uri'])) {
            Http::oauthError(400, 'invalid_request', 'redirect_uri is missing or not registered for this app');
        }
        $back = fn (array $params) => $redirect . (str_contains($redirect, '?') ? '&' : '?') . http_build_query($params);
        $state = isset($q['state']) ? ['state' => (string) $q['state']] : [];
        if (($q['response_type'] ?? '') !== 'code') {
            Http::redirect($back(['error' => 'unsupported_response_type'] + $state));
        }
        if (($q['audience'] ?? '') !== 'api.atlassian.com') {
            Http::redirect($back(['error' => 'invalid_request', 'error_description' => 'audience must be api.atlassian.com'] + $state));
        }
        $code = self::mint('code');
        $scope = trim((string) ($q['scope'] ?? ''));
        $this->store->update('auth', function (array &$a) use ($code, $redirect, $scope) {
            $a['codes'][$code] = ['redirect_uri' => $redirect, 'scope' => $scope, 'exp' => time() + 600];
        });
        Http::redirect($back(['code' => $code] + $state));
    }

    public function token(): never
    {
        $f = Http::fields();
        if (($f['client_id'] ?? '') !== $this->cfg['client_id'] || ($f['client_secret'] ?? '') !== $this->cfg['client_secret']) {
            Http::oauthError(401, 'access_denied', 'Unauthorized');
        }
        $grant = match ($f['grant_type'] ?? '') {
            'authorization_code' => $this->useCode((string) ($f['code'] ?? ''), (string) ($f['redirect_uri'] ?? '')),
            'refresh_token' => $this->useRefresh((string) ($f['refresh_token'] ?? '')),
            default => Http::oauthError(400, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token'),
        };
        if ($grant === null) {
            Http::oauthError(403, 'invalid_grant', 'Unknown or invalid refresh token / authorization code');
        }
        Http::json($this->issue($grant['scope']), 200, ['Cache-Control' => 'no-store']);
    }

    /** @return ?array{scope:string} */
    private function useCode(string $code, string $redirect): ?array
    {
        return $this->store->update('auth', function (array &$a) use ($code, $redirect) {
            $c = $a['codes'][$code] ?? null;
            unset($a['codes'][$code]);
            return ($c && $c['exp'] >= time() && $c['redirect_uri'] === $redirect) ? ['scope' => $c['scope']] : null;
        });
    }

    /** Rotating refresh tokens: each one works once. */
    private function useRefresh(string $token): ?array
    {
        return $this->store->update('auth', function (array &$a) use ($token) {
            $r = $a['refresh'][$token] ?? null;
            unset($a['refresh'][$token]);
            return $r ? ['scope' => $r['scope']] : null;
        });
    }

    private function issue(string $scope): array
    {
        $access = self::mint('at');
        $refresh = in_array('offline_access', explode(' ', $scope), true) ? self::mint('rt') : null;
        $ttl = (int) $this->cfg['token_ttl'];
        $this->store->update('auth', function (array &$a) use ($access, $refresh, $scope, $ttl) {
            $now = time();
            foreach ($a['access'] ?? [] as $t => $row) {
                if ($row['exp'] < $now - 86400) {
                    unset($a['access'][$t]);
                }
            }
            $a['access'][$access] = ['exp' => $now + $ttl, 'scope' => $scope];
            if ($refresh !== null) {
                $a['refresh'][$refresh] = ['scope' => $scope];
            }
        });
        $out = ['access_token' => $access, 'expires_in' => $ttl, 'token_type' => 'Bearer', 'scope' => $scope];
        return $refresh === null ? $out : $out + ['refresh_token' => $refresh];
    }

    /** The caller's token record, or a 401 response. */
    public function check(): array
    {
        $token = Http::bearer();
        // --auth any: clients that bring their own token (the HTTP engine's tests) skip the OAuth dance.
        if ($token !== null && $this->cfg['auth'] === 'any') {
            return ['exp' => PHP_INT_MAX, 'scope' => ''];
        }
        $row = $token === null ? null : ($this->store->read('auth')['access'][$token] ?? null);
        if ($row === null || $row['exp'] < time()) {
            Http::json(['code' => 401, 'message' => $row === null ? 'Unauthorized' : 'Unauthorized; token expired'], 401, [
                'WWW-Authenticate' => 'Bearer realm="api.atlassian.com", error="invalid_token"',
            ]);
        }
        return $row;
    }

    public function resources(string $origin): never
    {
        $row = $this->check();
        $scopes = array_values(array_filter(explode(' ', $row['scope']), fn ($s) => $s !== '' && $s !== 'offline_access'));
        Http::json([[
            'id' => $this->cfg['cloud_id'],
            'url' => $origin,
            'name' => $this->cfg['site_name'],
            'scopes' => $scopes,
            'avatarUrl' => $origin . '/avatars/site.png',
        ]]);
    }

    /** Expires live access tokens (one, or all): the API answers 401 until a refresh. */
    public function expire(?string $token): int
    {
        return $this->store->update('auth', function (array &$a) use ($token) {
            $n = 0;
            foreach ($a['access'] ?? [] as $t => $row) {
                if (($token === null || $token === $t) && $row['exp'] >= time()) {
                    $a['access'][$t]['exp'] = time() - 1;
                    $n++;
                }
            }
            return $n;
        });
    }

    private static function mint(string $kind): string
    {
        return "amc_{$kind}_" . bin2hex(random_bytes(20));
    }
}
