<?php

namespace App\Console;

use Illuminate\Support\Facades\Http;

/** The loopback mock's admin side: what it serves, and changes between syncs. */
final class MockAtlassian
{
    public function __construct(public readonly string $base) {}

    /** Points the Confluence provider config at the mock. */
    public function configure(): void
    {
        $urls = [];
        foreach (self::providerUrls($this->base) as $key => $url) {
            $urls["connectors.providers.confluence.$key"] = $url;
        }
        config($urls);
    }

    /**
     * The provider config's URLs for a mock at $base (config/connectors.php
     * takes them from DEMO_MOCK_URL for queue workers).
     *
     * @return array<string, string>
     */
    public static function providerUrls(string $base): array
    {
        return [
            'oauth_authorize_url' => "$base/authorize",
            'oauth_token_url' => "$base/oauth/token",
            'accessible_resources_url' => "$base/oauth/token/accessible-resources",
            'api_base' => $base,
        ];
    }

    /** @return list<array{id: string, space: string, title: string, version: int, status: string}> */
    public function pages(): array
    {
        return $this->admin('get', 'pages')['pages'];
    }

    /** @return array<string, mixed> */
    public function mutate(int $edit, int $archive, int $add): array
    {
        return $this->admin('post', 'mutate', ['edit' => $edit, 'archive' => $archive, 'add' => $add]);
    }

    /**
     * Changes run-time settings (latency, faults, slow pages).
     *
     * @param array<string, scalar> $settings
     * @return array<string, mixed>
     */
    public function settings(array $settings): array
    {
        return $this->admin('post', 'settings', $settings);
    }

    public function expireToken(): void
    {
        $this->admin('post', 'expire-token');
    }

    /** @return array<string, mixed> */
    public function stats(): array
    {
        return $this->admin('get', 'stats');
    }

    /** Follows the authorize URL the way a browser would, up to the redirect back. */
    public function authorize(string $authorizeUrl): string
    {
        $response = Http::withOptions(['allow_redirects' => false])->get($authorizeUrl);
        $location = $response->header('Location');
        if ($response->status() !== 302 || $location === '') {
            throw new \RuntimeException("mock authorize did not redirect back (HTTP {$response->status()})");
        }

        return $location;
    }

    /**
     * @param array<string, mixed> $body
     * @return array<string, mixed>
     */
    private function admin(string $method, string $path, array $body = []): array
    {
        $response = Http::acceptJson()->{$method}("{$this->base}/__admin/{$path}", $body);
        if (! $response->successful()) {
            throw new \RuntimeException("mock admin $path failed: HTTP {$response->status()} {$response->body()}");
        }

        return (array) $response->json();
    }
}
