<?php

// Analysis stubs of the askmydocs_connector extension, for IDEs and PHPStan.
// Generated from stubs/*.stub.php by scripts/gen-ide-stubs.php: do not edit.
// The classes are declared by the extension at run time; never include this file.

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
         */
        public function walkLazy(\Closure $fetch, int $maxPages = 100) : \Iterator
        {
        }
    }
}

namespace AskMyDocs\Connector\Pagination {
    /**
     * Iterator returned by AtlassianPaginator::walkLazy(): keys 0..n, one batch
     * (list of rows) per page. Like a generator it cannot be rewound once it
     * moved past its first batch.
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
