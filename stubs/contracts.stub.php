<?php

/** @generate-class-entries */

namespace Padosoft\AskMyDocsConnectorBase {

    /** Contract every external-source connector implements. */
    interface ConnectorInterface
    {
        public function key(): string;

        public function displayName(): string;

        public function iconUrl(): string;

        /** @return list<string> */
        public function oauthScopes(): array;

        public function initiateOAuth(int $installationId): string;

        public function handleOAuthCallback(int $installationId, \Illuminate\Http\Request $request): void;

        public function syncFull(int $installationId): SyncResult;

        public function syncIncremental(int $installationId, ?\Carbon\Carbon $since): SyncResult;

        public function disconnect(int $installationId): void;

        public function health(int $installationId): HealthStatus;
    }

    /** Who authored a document's text. */
    enum ProvenanceTier: string
    {
        case TrustedInternal = 'trusted-internal';
        case UntrustedExternal = 'untrusted-external';
        case MachineGenerated = 'machine-generated';

        public static function default(): ProvenanceTier {}

        public static function fromStorage(?string $value): ProvenanceTier {}

        public function isExternallyAuthored(): bool {}

        public function label(): string {}
    }
}

namespace Padosoft\AskMyDocsConnectorBase\Contracts {

    /** Bridge from connector packages to the host application's ingest pipeline. */
    interface ConnectorIngestionContract
    {
        /**
         * @phpstan-param array<string,mixed> $metadata
         */
        public function dispatchIngestion(
            string $projectKey,
            string $relativePath,
            string $disk,
            string $title,
            array $metadata,
            string $mimeType,
            string $tenantId,
        ): void;

        /** @return array{relative: string, absolute: string, disk: string} */
        public function resolveKbSourcePath(string $relativePath): array;

        public function redactContent(string $content): string;

        /**
         * @phpstan-param array<string,mixed>|null $metadata
         */
        public function emitAudit(
            string $connectorKey,
            string $eventType,
            ?int $installationId = null,
            ?array $metadata = null,
        ): void;

        public function softDeleteByRemoteId(
            \Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation $installation,
            string $metadataKey,
            string $remoteId,
        ): bool;
    }

    /** Fail-loud default binding: dispatchIngestion() throws a LogicException. */
    final class NullConnectorIngestionContract implements ConnectorIngestionContract
    {
        /**
         * @phpstan-param array<string,mixed> $metadata
         */
        public function dispatchIngestion(
            string $projectKey,
            string $relativePath,
            string $disk,
            string $title,
            array $metadata,
            string $mimeType,
            string $tenantId,
        ): void {}

        /** @return array{relative: string, absolute: string, disk: string} */
        public function resolveKbSourcePath(string $relativePath): array {}

        public function redactContent(string $content): string {}

        /**
         * @phpstan-param array<string,mixed>|null $metadata
         */
        public function emitAudit(
            string $connectorKey,
            string $eventType,
            ?int $installationId = null,
            ?array $metadata = null,
        ): void {}

        public function softDeleteByRemoteId(
            \Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation $installation,
            string $metadataKey,
            string $remoteId,
        ): bool {}
    }

    /** Optional: a connector that knows who authored the content it ingests. */
    interface DeclaresProvenance
    {
        public function provenanceTier(int $installationId): \Padosoft\AskMyDocsConnectorBase\ProvenanceTier;
    }
}
