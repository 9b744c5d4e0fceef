<?php

/** @generate-class-entries */

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
        public function __construct(
            int $documentsAdded,
            int $documentsUpdated,
            int $documentsRemoved,
            array $errors,
            \Carbon\Carbon $completedAt,
        ) {}

        public static function empty(): SyncResult {}

        /**
         * @return array{documents_added: int, documents_updated: int, documents_removed: int, errors: list<string>, completed_at: string}
         */
        public function toArray(): array {}

        public function hasErrors(): bool {}

        public function totalChanged(): int {}
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

        public function __construct(string $state, \Carbon\Carbon $lastCheck, ?string $message = null) {}

        public static function healthy(?string $message = null): HealthStatus {}

        public static function degraded(string $message): HealthStatus {}

        public static function errored(string $message): HealthStatus {}

        /** @return array{state: 'healthy'|'degraded'|'errored', last_check: string, message: ?string} */
        public function toArray(): array {}
    }
}

namespace Padosoft\AskMyDocsConnectorBase\Support {

    /** The active tenant id; 'default' until set(). */
    final class TenantContext
    {
        /** @var string */
        private const DEFAULT_TENANT = 'default';

        private string $tenantId = 'default';

        public function set(string $tenantId): void {}

        public function current(): string {}

        public function isDefault(): bool {}

        public function reset(): void {}
    }
}
