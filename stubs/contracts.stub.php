<?php

/** @generate-class-entries */

namespace Padosoft\AskMyDocsConnectorBase {

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

    interface ConnectorIngestionContract
    {
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

    final class NullConnectorIngestionContract implements ConnectorIngestionContract
    {
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

    interface DeclaresProvenance
    {
        public function provenanceTier(int $installationId): \Padosoft\AskMyDocsConnectorBase\ProvenanceTier;
    }
}
