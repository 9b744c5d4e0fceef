<?php

// Analysis stubs of the askmydocs_connector extension, for IDEs and PHPStan.
// Generated from stubs/*.stub.php by scripts/gen-ide-stubs.php: do not edit.
// The classes are declared by the extension at run time; never include this file.

namespace Padosoft\AskMyDocsConnectorBase {
    /**
     * Shared helpers of every connector. The eight remaining
     * ConnectorInterface methods stay abstract; the helpers call
     * $this->key() virtually.
     */
    abstract class BaseConnector implements ConnectorInterface
    {
        protected readonly \Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault $vault;
        protected readonly \Padosoft\AskMyDocsConnectorBase\Support\TenantContext $tenantContext;
        protected readonly \Padosoft\AskMyDocsConnectorBase\Contracts\ConnectorIngestionContract $ingestion;
        public function __construct(\Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault $vault, \Padosoft\AskMyDocsConnectorBase\Support\TenantContext $tenantContext, \Padosoft\AskMyDocsConnectorBase\Contracts\ConnectorIngestionContract $ingestion)
        {
        }
        /** @return list<string> */
        public function oauthScopes() : array
        {
        }
        public function iconUrl() : string
        {
        }
        public function refreshTokenIfExpired(int $installationId) : ?string
        {
        }
        protected function dispatchIngestion(string $projectKey, string $relativePath, string $disk, string $title, array $metadata, string $mimeType, string $tenantId) : void
        {
        }
        protected function resolveProjectKey(\Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation $installation) : string
        {
        }
        /** @return array{relative: string, absolute: string, disk: string} */
        protected function resolveKbSourcePath(string $relativePath) : array
        {
        }
        protected function maybeRedactContent(string $content) : string
        {
        }
        protected function emitAudit(string $eventType, ?int $installationId = null, ?array $metadata = null) : void
        {
        }
        protected function softDeleteByMetadataKey(\Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation $installation, string $metadataKey, string $remoteId) : bool
        {
        }
        protected function issueOAuthState(int $installationId) : string
        {
        }
        protected function consumeOAuthState(int $installationId, #[\SensitiveParameter] string $token) : bool
        {
        }
        protected function loadInstallation(int $installationId) : \Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation
        {
        }
        private function stateCacheKey(int $installationId, #[\SensitiveParameter] string $token) : string
        {
        }
    }
}

namespace Padosoft\AskMyDocsConnectorBase {
    /** Contract every external-source connector implements. */
    interface ConnectorInterface
    {
        public function key() : string;
        public function displayName() : string;
        public function iconUrl() : string;
        /** @return list<string> */
        public function oauthScopes() : array;
        public function initiateOAuth(int $installationId) : string;
        public function handleOAuthCallback(int $installationId, \Illuminate\Http\Request $request) : void;
        public function syncFull(int $installationId) : SyncResult;
        public function syncIncremental(int $installationId, ?\Carbon\Carbon $since) : SyncResult;
        public function disconnect(int $installationId) : void;
        public function health(int $installationId) : HealthStatus;
    }
    /** Who authored a document's text. */
    enum ProvenanceTier : string
    {
        case TrustedInternal = 'trusted-internal';
        case UntrustedExternal = 'untrusted-external';
        case MachineGenerated = 'machine-generated';
        public static function default() : ProvenanceTier
        {
        }
        public static function fromStorage(?string $value) : ProvenanceTier
        {
        }
        public function isExternallyAuthored() : bool
        {
        }
        public function label() : string
        {
        }
    }
}

namespace Padosoft\AskMyDocsConnectorBase\Contracts {
    /** Bridge from connector packages to the host application's ingest pipeline. */
    interface ConnectorIngestionContract
    {
        /**
         * @phpstan-param array<string,mixed> $metadata
         */
        public function dispatchIngestion(string $projectKey, string $relativePath, string $disk, string $title, array $metadata, string $mimeType, string $tenantId) : void;
        /** @return array{relative: string, absolute: string, disk: string} */
        public function resolveKbSourcePath(string $relativePath) : array;
        public function redactContent(string $content) : string;
        /**
         * @phpstan-param array<string,mixed>|null $metadata
         */
        public function emitAudit(string $connectorKey, string $eventType, ?int $installationId = null, ?array $metadata = null) : void;
        public function softDeleteByRemoteId(\Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation $installation, string $metadataKey, string $remoteId) : bool;
    }
    /** Fail-loud default binding: dispatchIngestion() throws a LogicException. */
    final class NullConnectorIngestionContract implements ConnectorIngestionContract
    {
        /**
         * @phpstan-param array<string,mixed> $metadata
         */
        public function dispatchIngestion(string $projectKey, string $relativePath, string $disk, string $title, array $metadata, string $mimeType, string $tenantId) : void
        {
        }
        /** @return array{relative: string, absolute: string, disk: string} */
        public function resolveKbSourcePath(string $relativePath) : array
        {
        }
        public function redactContent(string $content) : string
        {
        }
        /**
         * @phpstan-param array<string,mixed>|null $metadata
         */
        public function emitAudit(string $connectorKey, string $eventType, ?int $installationId = null, ?array $metadata = null) : void
        {
        }
        public function softDeleteByRemoteId(\Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation $installation, string $metadataKey, string $remoteId) : bool
        {
        }
    }
    /** Optional: a connector that knows who authored the content it ingests. */
    interface DeclaresProvenance
    {
        public function provenanceTier(int $installationId) : \Padosoft\AskMyDocsConnectorBase\ProvenanceTier;
    }
}

namespace Padosoft\AskMyDocsConnectorConfluence\Confluence {
    /**
     * Confluence storage format (XHTML with ac:/ri: macros) to markdown, in the
     * profile the ini setting askmydocs_connector.markdown_profile names:
     * "upstream" (default, upstream's output) or "lossless".
     */
    final class ConfluenceStorageToMarkdown
    {
        public function convert(string $storage) : string
        {
        }
    }
}

namespace AskMyDocs\Connector\Confluence {
    /**
     * The same conversion as ConfluenceStorageToMarkdown::convert(), reporting
     * how the page was parsed: tools (bin/confluence2md) warn about pages that
     * are not well-formed XML, whose Confluence macros the HTML fallback loses.
     * $options override the ini settings: "profile" ("upstream"|"lossless") and,
     * for the lossless profile, "users": mentions as @Display Name, from an
     * accountId => name map or a callable(string $accountId): ?string (else
     * written @user:<accountId>).
     */
    final class StorageConverter
    {
        private function __construct()
        {
        }
        /**
         * @phpstan-param array{parser: 'none'|'fast'|'xml'|'html', well_formed: bool}|null $report
         * @phpstan-param-out array{parser: 'none'|'fast'|'xml'|'html', well_formed: bool} $report
         * @phpstan-param array{profile?: 'upstream'|'lossless', users?: array<string, string>|callable(string): ?string} $options
         */
        public static function convert(string $storage, ?array &$report = null, array $options = []) : string
        {
        }
    }
}

namespace Padosoft\AskMyDocsConnectorBase\Exceptions {
    /** 401/403 and OAuth failures: the job stops retrying. */
    class ConnectorAuthException extends \RuntimeException
    {
    }
    /** Non-auth upstream failures: the job retries with backoff. */
    class ConnectorApiException extends \RuntimeException
    {
    }
    /** A paginator reached maxPages while the upstream still had a next page. */
    class ConnectorPaginationLimitException extends \RuntimeException
    {
        public readonly int $maxPages;
        /** @var list<array<string, mixed>> always empty, kept for compatibility */
        public readonly array $partialResults;
        public function __construct(int $maxPages, array $partialResults = [], ?\Throwable $previous = null)
        {
        }
    }
    /** A connector FQCN or registry config is invalid at boot. */
    class RegistryConfigurationException extends \RuntimeException
    {
    }
}

namespace AskMyDocs\Connector\Http {
    /**
     * Atlassian Cloud REST client on libcurl: bearer auth, retries with
     * Retry-After/backoff, connection reuse across PHP requests, and
     * concurrent `_links.next` walks. The token is kept in C only.
     */
    final class AtlassianClient
    {
        /**
         * $baseUrl is the site API base, e.g. https://api.atlassian.com/ex/confluence/{cloudId}.
         * $options: connect_timeout, timeout (seconds), max_body_bytes, ca_bundle, concurrency,
         * max_retries, walk_retry_budget, backoff_base_ms, backoff_max_ms,
         * max_retry_after (seconds), prefetch, http2, user_agent, deadline and walk_deadline
         * (seconds of wall time for one request, retries included, and for one walk; 0: none),
         * allowed_origins (list of further origins that may receive the token, e.g. a gateway).
         * The token is sent only to the base URL's origin and to allowed_origins.
         */
        public function __construct(string $baseUrl, #[\SensitiveParameter] string $token, array $options = [])
        {
        }
        /** Resolves a `_links.next` (or any path) against the base URL. */
        public function resolve(string $link) : string
        {
        }
        /** One GET, retried per the policy; transport failures throw ConnectorApiException. */
        public function get(string $urlOrPath) : Response
        {
        }
        /** Walks one listing: keys 0..n, one batch of rows per page. */
        public function walk(string $start, int $maxPages = 100) : PageWalk
        {
        }
        /**
         * Walks several listings at once under the concurrency cap; the key of
         * each batch is the key of its start URL, batches of one listing in order.
         */
        public function walkMany(array $starts, int $maxPages = 100) : PageWalk
        {
        }
        /** @return array<string, int> */
        public function stats() : array
        {
        }
    }
    /**
     * The subset of Illuminate\Http\Client\Response that connectors use.
     */
    final class Response
    {
        private function __construct()
        {
        }
        public function status() : int
        {
        }
        public function successful() : bool
        {
        }
        public function failed() : bool
        {
        }
        public function body() : string
        {
        }
        public function json(?string $key = null, mixed $default = null) : mixed
        {
        }
        public function header(string $header) : string
        {
        }
        /** @return array<string, list<string>> */
        public function headers() : array
        {
        }
        public function effectiveUri() : string
        {
        }
        /** The negotiated HTTP version, spelt as PSR-7 does: "1.0", "1.1", "2" or "3". */
        public function protocolVersion() : string
        {
        }
    }
}

namespace AskMyDocs\Connector\Pagination {
    /**
     * Iterator returned by AtlassianPaginator::walkLazy(): keys 0..n, one batch
     * (list of rows) per page. Like a generator it cannot be rewound once it
     * moved past its first batch, nor be resumed while it is running (from a
     * destructor of its own rows, say).
     * @implements \Iterator<int, list<array<string, mixed>>>
     */
    final class LazyPageIterator implements \Iterator
    {
        private function __construct()
        {
        }
        public function current() : ?array
        {
        }
        public function key() : ?int
        {
        }
        public function next() : void
        {
        }
        public function rewind() : void
        {
        }
        public function valid() : bool
        {
        }
    }
}

namespace AskMyDocs\Connector\Http {
    /**
     * Iterator over batches of one or more walks (AtlassianClient::walk/walkMany);
     * the same iterator as LazyPageIterator, over native transfers.
     * @implements \Iterator<array-key, list<array<string, mixed>>>
     */
    final class PageWalk implements \Iterator
    {
        private function __construct()
        {
        }
        public function current() : ?array
        {
        }
        public function key() : mixed
        {
        }
        public function next() : void
        {
        }
        public function rewind() : void
        {
        }
        public function valid() : bool
        {
        }
    }
}

namespace Padosoft\AskMyDocsConnectorConfluence\Confluence {
    /** Walks Atlassian Cloud's `_links.next` pagination. */
    final class AtlassianPaginator
    {
        /** @return list<array<string, mixed>> */
        public function walk(\Closure $fetch, int $maxPages = 100) : array
        {
        }
        /**
         * Lazy: nothing is fetched before the first iteration, then one page per step.
         * Returns an \AskMyDocs\Connector\Pagination\LazyPageIterator (a native Iterator,
         * not a Generator).
         * @return \Iterator<int, list<array<string, mixed>>>
         */
        public function walkLazy(\Closure $fetch, int $maxPages = 100) : \Iterator
        {
        }
    }
}

namespace Padosoft\AskMyDocsConnectorBase {
    /** Immutable outcome of a full or incremental sync. */
    final class SyncResult
    {
        public readonly int $documentsAdded;
        public readonly int $documentsUpdated;
        public readonly int $documentsRemoved;
        /** @var list<string> */
        public readonly array $errors;
        public readonly \Carbon\Carbon $completedAt;
        /**
         * @phpstan-param list<string> $errors
         */
        public function __construct(int $documentsAdded, int $documentsUpdated, int $documentsRemoved, array $errors, \Carbon\Carbon $completedAt)
        {
        }
        public static function empty() : SyncResult
        {
        }
        /**
         * @return array{documents_added: int, documents_updated: int, documents_removed: int, errors: list<string>, completed_at: string}
         */
        public function toArray() : array
        {
        }
        public function hasErrors() : bool
        {
        }
        public function totalChanged() : int
        {
        }
    }
    /** Result of a connector's health probe: healthy, degraded or errored. */
    final class HealthStatus
    {
        /** @var string */
        public const STATE_HEALTHY = 'healthy';
        /** @var string */
        public const STATE_DEGRADED = 'degraded';
        /** @var string */
        public const STATE_ERRORED = 'errored';
        /** @phpstan-var 'healthy'|'degraded'|'errored' */
        public readonly string $state;
        public readonly \Carbon\Carbon $lastCheck;
        public readonly ?string $message;
        public function __construct(string $state, \Carbon\Carbon $lastCheck, ?string $message = null)
        {
        }
        public static function healthy(?string $message = null) : HealthStatus
        {
        }
        public static function degraded(string $message) : HealthStatus
        {
        }
        public static function errored(string $message) : HealthStatus
        {
        }
        /** @return array{state: 'healthy'|'degraded'|'errored', last_check: string, message: ?string} */
        public function toArray() : array
        {
        }
    }
}

namespace Padosoft\AskMyDocsConnectorBase\Support {
    /** The active tenant id; 'default' until set(). */
    final class TenantContext
    {
        /** @var string */
        private const DEFAULT_TENANT = 'default';
        private string $tenantId = 'default';
        public function set(string $tenantId) : void
        {
        }
        public function current() : string
        {
        }
        public function isDefault() : bool
        {
        }
        public function reset() : void
        {
        }
    }
}

namespace Padosoft\AskMyDocsConnectorBase\Auth {
    /** Encrypted-at-rest OAuth credentials, scoped to the active tenant. */
    class OAuthCredentialVault
    {
        private readonly \Padosoft\AskMyDocsConnectorBase\Support\TenantContext $tenantContext;
        public function __construct(\Padosoft\AskMyDocsConnectorBase\Support\TenantContext $tenantContext)
        {
        }
        public function getAccessToken(int $installationId) : ?string
        {
        }
        public function getRefreshToken(int $installationId) : ?string
        {
        }
        public function getCredentialRow(int $installationId) : ?\Padosoft\AskMyDocsConnectorBase\Models\ConnectorCredential
        {
        }
        /** @return array<string, mixed> */
        public function getExtra(int $installationId) : array
        {
        }
        public function getExtraKey(int $installationId, string $key) : mixed
        {
        }
        public function setExtraKey(int $installationId, string $key, #[\SensitiveParameter] mixed $value) : void
        {
        }
        public function setCredentials(int $installationId, #[\SensitiveParameter] string $accessToken, #[\SensitiveParameter] ?string $refreshToken = null, ?\Carbon\Carbon $expiresAt = null, #[\SensitiveParameter] array $extra = []) : void
        {
        }
        public function clearCredentials(int $installationId) : int
        {
        }
        private function findInstallation(int $installationId) : ?\Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation
        {
        }
        private function findCredential(int $installationId) : ?\Padosoft\AskMyDocsConnectorBase\Models\ConnectorCredential
        {
        }
    }
}

namespace AskMyDocs\Connector\Internal {
    /**
     * Test and benchmark hooks of the vault's cipher: Laravel Encrypter
     * payloads with an explicit cipher and key, and the vault's own path
     * through the running application's encrypter.
     */
    final class LaravelCrypt
    {
        private function __construct()
        {
        }
        public static function encryptString(string $cipher, #[\SensitiveParameter] string $key, #[\SensitiveParameter] string $value) : string
        {
        }
        /* $keys: the current key first, then previous keys. */
        public static function decryptString(string $cipher, #[\SensitiveParameter] array $keys, string $payload) : string
        {
        }
        public static function appEncryptString(#[\SensitiveParameter] string $value) : string
        {
        }
        public static function appDecryptString(string $payload) : string
        {
        }
    }
}
