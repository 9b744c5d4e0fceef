<?php

declare(strict_types=1);

namespace AskMyDocs\Examples\Confluence;

use AskMyDocs\Connector\Http\AtlassianClient;

/** `config('connectors.providers.confluence')`, typed, with Atlassian Cloud's defaults. */
final class ProviderConfig
{
    /** @param array<string, mixed> $http options of the native client (timeouts, ca_bundle, concurrency, ...) */
    public function __construct(
        public readonly string $clientId,
        #[\SensitiveParameter] public readonly string $clientSecret,
        public readonly string $redirectUri,
        public readonly string $authorizeUrl,
        public readonly string $tokenUrl,
        public readonly string $accessibleResourcesUrl,
        public readonly string $apiBase,
        public readonly array $http,
    ) {}

    public static function load(): self
    {
        $c = (array) config('connectors.providers.confluence', []);
        $str = static fn (string $key, string $default = ''): string => is_string($c[$key] ?? null) && $c[$key] !== '' ? $c[$key] : $default;

        return new self(
            clientId: $str('client_id'),
            clientSecret: $str('client_secret'),
            redirectUri: $str('redirect_uri'),
            authorizeUrl: $str('oauth_authorize_url', 'https://auth.atlassian.com/authorize'),
            tokenUrl: $str('oauth_token_url', 'https://auth.atlassian.com/oauth/token'),
            accessibleResourcesUrl: $str('accessible_resources_url', 'https://api.atlassian.com/oauth/token/accessible-resources'),
            apiBase: rtrim($str('api_base', 'https://api.atlassian.com'), '/'),
            http: is_array($c['http'] ?? null) ? $c['http'] : [],
        );
    }

    /** The native libcurl client for one site: relative `_links.next` resolve against it. */
    public function client(string $cloudId, #[\SensitiveParameter] string $accessToken): AtlassianClient
    {
        return new AtlassianClient($this->apiBase . '/ex/confluence/' . rawurlencode($cloudId), $accessToken, $this->http);
    }
}
