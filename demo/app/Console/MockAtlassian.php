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
        config([
            'connectors.providers.confluence.oauth_authorize_url' => "{$this->base}/authorize",
            'connectors.providers.confluence.oauth_token_url' => "{$this->base}/oauth/token",
            'connectors.providers.confluence.accessible_resources_url' => "{$this->base}/oauth/token/accessible-resources",
            'connectors.providers.confluence.api_base' => $this->base,
        ]);
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
