<?php

declare(strict_types=1);

namespace AskMyDocs\Examples\Confluence;

use AskMyDocs\Connector\Http\AtlassianClient;
use Carbon\Carbon;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;
use Padosoft\AskMyDocsConnectorBase\BaseConnector;
use Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorApiException;
use Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorAuthException;
use Padosoft\AskMyDocsConnectorBase\Exceptions\ConnectorPaginationLimitException;
use Padosoft\AskMyDocsConnectorBase\HealthStatus;
use Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation;
use Padosoft\AskMyDocsConnectorBase\SyncResult;
use Padosoft\AskMyDocsConnectorConfluence\Confluence\AtlassianPaginator;
use Padosoft\AskMyDocsConnectorConfluence\Confluence\ConfluenceStorageToMarkdown;

/**
 * A Confluence Cloud connector on the native askmydocs_connector classes.
 *
 * Everything a connector package needs comes from the extension: the
 * BaseConnector helpers (OAuth state, vault, ingestion bridge, audit), the
 * libcurl client that walks every space concurrently and survives rate
 * limits, the paginator, and the storage-format converter. The container
 * autowires the native constructor (vault, tenant context, ingestion).
 */
class ConfluenceConnector extends BaseConnector
{
    private const PAGE_EXPAND = 'body.storage,version,space,status';

    private ?SyncListener $listener = null;

    private ?ConfluenceStorageToMarkdown $converter = null;

    public function key(): string
    {
        return 'confluence';
    }

    public function displayName(): string
    {
        return 'Confluence';
    }

    public function oauthScopes(): array
    {
        return ['read:confluence-content.all', 'read:confluence-space.summary', 'read:confluence-user', 'offline_access'];
    }

    /** Progress and figures of the next syncs go to $listener (a console, a metrics sink). */
    public function listenWith(?SyncListener $listener): void
    {
        $this->listener = $listener;
    }

    public function initiateOAuth(int $installationId): string
    {
        $provider = ProviderConfig::load();

        return $provider->authorizeUrl . '?' . http_build_query([
            'audience' => 'api.atlassian.com',
            'client_id' => $provider->clientId,
            'redirect_uri' => $provider->redirectUri,
            'response_type' => 'code',
            'scope' => implode(' ', $this->oauthScopes()),
            'state' => $this->issueOAuthState($installationId),
            'prompt' => 'consent',
        ]);
    }

    public function handleOAuthCallback(int $installationId, Request $request): void
    {
        $code = $request->input('code');
        $state = $request->input('state');
        if (! is_string($code) || $code === '') {
            throw new ConnectorAuthException('Confluence OAuth callback missing `code` parameter.');
        }
        if (! is_string($state) || ! $this->consumeOAuthState($installationId, $state)) {
            throw new ConnectorAuthException('Confluence OAuth callback state token invalid or expired.');
        }

        $oauth = new OAuthClient(ProviderConfig::load());
        $grant = $oauth->exchangeCode($code);
        $cloudId = $oauth->confluenceCloudId($grant->accessToken);

        $this->vault->setCredentials(
            $installationId,
            accessToken: $grant->accessToken,
            refreshToken: $grant->refreshToken,
            expiresAt: $grant->expiresAt,
            extra: ['token_type' => $grant->tokenType, 'scope' => $grant->scope, 'cloud_id' => $cloudId],
        );
        $this->emitAudit('installed', installationId: $installationId, metadata: [
            'cloud_id' => $cloudId,
            'expires_at' => $grant->expiresAt?->toIso8601String(),
        ]);
    }

    public function refreshTokenIfExpired(int $installationId): ?string
    {
        $access = $this->vault->getAccessToken($installationId);

        return $access ?? $this->refresh($installationId);
    }

    public function syncFull(int $installationId): SyncResult
    {
        [$installation, $client] = $this->session($installationId);
        $projectKey = $this->resolveProjectKey($installation);
        $counts = ['added' => 0, 'updated' => 0];
        $errors = [];

        try {
            $starts = [];
            foreach ($this->spaceKeys($client) as $spaceKey) {
                $starts[$spaceKey] = '/wiki/rest/api/content?' . http_build_query([
                    'spaceKey' => $spaceKey, 'type' => 'page', 'expand' => self::PAGE_EXPAND, 'limit' => 25,
                ]);
                $this->listener?->spaceStarted($spaceKey);
            }
            // One walk per space, concurrently; batches of a space arrive in order.
            foreach ($client->walkMany($starts) as $spaceKey => $batch) {
                foreach ($batch as $page) {
                    $this->ingestOrRecord($installation, $projectKey, $page, (string) $spaceKey, $errors, $counts);
                }
            }
        } catch (ConnectorPaginationLimitException $e) {
            $errors[] = sprintf('listing truncated at maxPages=%d', $e->maxPages);
        } catch (ConnectorApiException $e) {
            $errors[] = $e->getMessage();
        }

        return $this->finish($installationId, $client, $this->result($counts, $errors), ['mode' => 'full']);
    }

    public function syncIncremental(int $installationId, ?Carbon $since): SyncResult
    {
        if ($since === null) {
            return $this->syncFull($installationId);
        }
        [$installation, $client] = $this->session($installationId);
        $projectKey = $this->resolveProjectKey($installation);
        $counts = ['added' => 0, 'updated' => 0];
        $removed = 0;
        $errors = [];

        $search = '/wiki/rest/api/content/search?' . http_build_query([
            'cql' => sprintf('type = "page" AND lastModified > "%s"', $since->copy()->utc()->format('Y-m-d H:i')),
            'limit' => 25,
            'expand' => self::PAGE_EXPAND,
        ]);
        // The paginator in closure mode, fed by the native client's responses.
        $fetch = fn (?string $next) => $client->get($next ?? $search);

        try {
            foreach ((new AtlassianPaginator())->walkLazy($fetch) as $batch) {
                foreach ($batch as $page) {
                    $pageId = (string) ($page['id'] ?? '');
                    $status = strtolower((string) ($page['status'] ?? 'current'));
                    if ($pageId !== '' && ($status === 'archived' || $status === 'trashed')) {
                        $this->softDeleteByMetadataKey($installation, 'confluence_page_id', $pageId) && $removed++;
                        continue;
                    }
                    $spaceKey = (string) ($page['space']['key'] ?? '');
                    $this->ingestOrRecord($installation, $projectKey, $page, $spaceKey, $errors, $counts);
                }
            }
        } catch (ConnectorPaginationLimitException $e) {
            $errors[] = sprintf('incremental sync truncated at maxPages=%d', $e->maxPages);
        } catch (ConnectorApiException $e) {
            $errors[] = $e->getMessage();
        }

        return $this->finish($installationId, $client, $this->result($counts, $errors, $removed), ['mode' => 'incremental', 'since' => $since->toIso8601String()]);
    }

    /**
     * Syncs the given pages, each fetched by id and written as a full sync
     * writes it: a queued job's batch. Idempotent, so a retried batch (a
     * worker killed or timed out mid-job) leaves each page once.
     *
     * @param list<string> $pageIds
     */
    public function syncPages(int $installationId, array $pageIds): SyncResult
    {
        [$installation, $client] = $this->session($installationId);
        $projectKey = $this->resolveProjectKey($installation);
        $counts = ['added' => 0, 'updated' => 0];
        $errors = [];
        $query = '?' . http_build_query(['expand' => self::PAGE_EXPAND]);

        foreach ($pageIds as $pageId) {
            try {
                $response = $client->get('/wiki/rest/api/content/' . rawurlencode($pageId) . $query);
            } catch (ConnectorApiException $e) {
                $errors[] = "page $pageId: {$e->getMessage()}";
                continue;
            }
            $page = $response->json();
            if (! $response->successful() || ! is_array($page)) {
                $errors[] = "page $pageId: HTTP {$response->status()}";
                continue;
            }
            $this->ingestOrRecord($installation, $projectKey, $page, (string) ($page['space']['key'] ?? ''), $errors, $counts);
        }

        return $this->finish($installationId, $client, $this->result($counts, $errors), ['mode' => 'pages', 'pages' => count($pageIds)]);
    }

    /**
     * Every current page id of the site, by space: what a dispatcher splits
     * into jobs. Listed without bodies, so it stays cheap.
     *
     * @return array<string, list<string>>
     */
    public function pageIds(int $installationId): array
    {
        [, $client] = $this->session($installationId);
        $starts = [];
        foreach ($this->spaceKeys($client) as $spaceKey) {
            $starts[$spaceKey] = '/wiki/rest/api/content?' . http_build_query(['spaceKey' => $spaceKey, 'type' => 'page', 'limit' => 100]);
        }
        $ids = [];
        foreach ($client->walkMany($starts, 1000) as $spaceKey => $batch) {
            foreach ($batch as $page) {
                $ids[(string) $spaceKey][] = (string) ($page['id'] ?? '');
            }
        }

        return $ids;
    }

    public function disconnect(int $installationId): void
    {
        // Atlassian 3LO grants have no revoke endpoint: forget the credentials.
        $this->vault->clearCredentials($installationId);
        $this->emitAudit('disconnected', installationId: $installationId);
    }

    /** A rejected token is refreshed once before the probe reports an error. */
    public function health(int $installationId): HealthStatus
    {
        try {
            [, $client] = $this->session($installationId);
            $response = $client->get('/wiki/rest/api/user/current');
            if ($response->status() === 401 && $this->refresh($installationId) !== null) {
                [, $client] = $this->session($installationId);
                $response = $client->get('/wiki/rest/api/user/current');
            }
        } catch (ConnectorAuthException $e) {
            return HealthStatus::errored($e->getMessage());
        } catch (ConnectorApiException $e) {
            return HealthStatus::errored('Network error: ' . $e->getMessage());
        }
        if ($response->successful()) {
            return HealthStatus::healthy();
        }
        if (in_array($response->status(), [401, 403], true)) {
            return HealthStatus::errored("Authorization rejected (HTTP {$response->status()}).");
        }

        return HealthStatus::degraded("user.current returned HTTP {$response->status()}");
    }

    /** @return array{ConnectorInstallation, AtlassianClient} */
    private function session(int $installationId): array
    {
        $token = $this->refreshTokenIfExpired($installationId)
            ?? throw new ConnectorAuthException('No valid Confluence access token; reinstall the connector.');
        $cloudId = (string) ($this->vault->getExtraKey($installationId, 'cloud_id') ?? '');
        if ($cloudId === '') {
            throw new ConnectorAuthException('Confluence cloud_id missing; reinstall the connector.');
        }

        return [$this->loadInstallation($installationId), ProviderConfig::load()->client($cloudId, $token)];
    }

    private function refresh(int $installationId): ?string
    {
        $refreshToken = $this->vault->getRefreshToken($installationId);
        if ($refreshToken === null) {
            return null;
        }
        $grant = (new OAuthClient(ProviderConfig::load()))->refresh($refreshToken);
        $this->vault->setCredentials(
            $installationId,
            accessToken: $grant->accessToken,
            refreshToken: $grant->refreshToken ?? $refreshToken,
            expiresAt: $grant->expiresAt,
            extra: $this->vault->getExtra($installationId),
        );
        $this->emitAudit('token_refreshed', installationId: $installationId);
        $this->listener?->tokenRefreshed();

        return $grant->accessToken;
    }

    /** @return iterable<string> */
    private function spaceKeys(AtlassianClient $client): iterable
    {
        foreach ($client->walk('/wiki/rest/api/space?' . http_build_query(['limit' => 50, 'type' => 'global'])) as $batch) {
            foreach ($batch as $space) {
                $key = (string) ($space['key'] ?? '');
                if ($key !== '') {
                    yield $key;
                }
            }
        }
    }

    /**
     * Writes one page and counts it under 'added' or 'updated'; a failure
     * becomes an entry of $errors.
     *
     * @param array<string, mixed> $page
     * @param list<string> $errors
     * @param array{added: int, updated: int} $counts
     */
    private function ingestOrRecord(ConnectorInstallation $installation, string $projectKey, array $page, string $spaceKey, array &$errors, array &$counts): void
    {
        try {
            $counts[$this->ingestPage($installation, $projectKey, $page, $spaceKey) ? 'added' : 'updated']++;
            $this->listener?->pageWritten($spaceKey);
        } catch (ConnectorAuthException $e) {
            throw $e;
        } catch (\Throwable $e) {
            $errors[] = sprintf('page %s in space %s: %s', $page['id'] ?? '?', $spaceKey, $e->getMessage());
        }
    }

    /**
     * @param array<string, mixed> $page
     * @return bool true when the page is new to the KB (no file for it yet)
     */
    private function ingestPage(ConnectorInstallation $installation, string $projectKey, array $page, string $spaceKey): bool
    {
        $doc = PageDocument::fromApi($page, $spaceKey);
        $this->converter ??= new ConfluenceStorageToMarkdown();

        $started = hrtime(true);
        $markdown = $this->converter->convert($doc->storage);
        $this->listener?->converted(strlen($doc->storage), hrtime(true) - $started);

        $paths = $this->resolveKbSourcePath($doc->relativePath($projectKey));
        $body = $doc->frontMatter() . $this->maybeRedactContent($markdown) . "\n";
        // New or changed is what the KB held before this write, not what the
        // listing says: a sync since T lists pages created and edited after T alike.
        $isNew = ! Storage::disk($paths['disk'])->exists($paths['absolute']);
        $this->writeWhole($paths['disk'], $paths['absolute'], $body);

        $this->dispatchIngestion(
            projectKey: $projectKey,
            relativePath: $paths['relative'],
            disk: $paths['disk'],
            title: $doc->title,
            metadata: $doc->metadata($this->key(), (int) $installation->id),
            mimeType: 'application/vnd.confluence.page+markdown',
            tenantId: (string) $installation->tenant_id,
        );

        return $isNew;
    }

    /**
     * Writes a temporary file and renames it over the page's: a process killed
     * mid-write (a queue worker's timeout, SIGKILL) leaves the old file or
     * none, never half a page. The temporary files live outside the KB tree.
     */
    private function writeWhole(string $disk, string $path, string $body): void
    {
        $storage = Storage::disk($disk);
        $tmp = '.partial/' . bin2hex(random_bytes(8)) . '.md';
        if ($storage->put($tmp, $body) === false || $storage->move($tmp, $path) === false) {
            $storage->delete($tmp);

            throw new \RuntimeException("Failed to write {$path} to KB disk [{$disk}].");
        }
    }

    /**
     * @param array{added: int, updated: int} $counts
     * @param list<string> $errors
     */
    private function result(array $counts, array $errors, int $removed = 0): SyncResult
    {
        return new SyncResult(
            documentsAdded: $counts['added'],
            documentsUpdated: $counts['updated'],
            documentsRemoved: $removed,
            errors: $errors,
            completedAt: Carbon::now(),
        );
    }

    /** @param array<string, mixed> $extra */
    private function finish(int $installationId, AtlassianClient $client, SyncResult $result, array $extra): SyncResult
    {
        $this->listener?->httpStats($client->stats());
        $this->emitAudit('sync_completed', installationId: $installationId, metadata: $result->toArray() + $extra);
        $this->vault->setExtraKey($installationId, 'last_' . $extra['mode'] . '_sync_at', $result->completedAt->toIso8601String());

        return $result;
    }
}
