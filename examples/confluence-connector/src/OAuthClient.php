<?php

declare(strict_types=1);

namespace AskMyDocs\Examples\Confluence;

use Illuminate\Http\Client\Response;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Str;
use Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorAuthException;

/** Atlassian OAuth 2.0 (3LO): code exchange, refresh, and the site (cloud id) lookup. */
final class OAuthClient
{
    public function __construct(private readonly ProviderConfig $provider) {}

    public function exchangeCode(#[\SensitiveParameter] string $code): TokenGrant
    {
        return $this->grant('token exchange', [
            'grant_type' => 'authorization_code',
            'code' => $code,
            'redirect_uri' => $this->provider->redirectUri,
        ]);
    }

    public function refresh(#[\SensitiveParameter] string $refreshToken): TokenGrant
    {
        return $this->grant('refresh', ['grant_type' => 'refresh_token', 'refresh_token' => $refreshToken]);
    }

    /** The first site whose scopes grant Confluence reads. */
    public function confluenceCloudId(#[\SensitiveParameter] string $accessToken): string
    {
        $response = Http::withToken($accessToken)->acceptJson()->get($this->provider->accessibleResourcesUrl);
        $this->ensureOk($response, 'accessible-resources lookup');
        foreach ((array) $response->json() as $site) {
            $scopes = is_array($site) && is_array($site['scopes'] ?? null) ? $site['scopes'] : [];
            foreach ($scopes as $scope) {
                if (is_string($scope) && str_starts_with($scope, 'read:confluence') && is_string($site['id'] ?? null) && $site['id'] !== '') {
                    return $site['id'];
                }
            }
        }
        throw new ConnectorAuthException('Confluence accessible-resources returned no Confluence-capable site.');
    }

    /** @param array<string, string> $params */
    private function grant(string $what, #[\SensitiveParameter] array $params): TokenGrant
    {
        $response = Http::asJson()->acceptJson()->post($this->provider->tokenUrl, $params + [
            'client_id' => $this->provider->clientId,
            'client_secret' => $this->provider->clientSecret,
        ]);
        $this->ensureOk($response, "OAuth $what");
        $payload = $response->json();
        if (! is_array($payload) || ! is_string($payload['access_token'] ?? null)) {
            throw new ConnectorAuthException("Confluence OAuth $what returned no access_token.");
        }

        return TokenGrant::fromPayload($payload);
    }

    private function ensureOk(Response $response, string $what): void
    {
        if (! $response->successful()) {
            throw new ConnectorAuthException(sprintf(
                'Confluence %s failed: HTTP %d %s', $what, $response->status(), Str::limit($response->body(), 200),
            ));
        }
    }
}
