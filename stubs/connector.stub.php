<?php

/** @generate-class-entries */

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

        public function __construct(
            \Padosoft\AskMyDocsConnectorBase\Auth\OAuthCredentialVault $vault,
            \Padosoft\AskMyDocsConnectorBase\Support\TenantContext $tenantContext,
            \Padosoft\AskMyDocsConnectorBase\Contracts\ConnectorIngestionContract $ingestion,
        ) {}

        /** @return list<string> */
        public function oauthScopes(): array {}

        public function iconUrl(): string {}

        public function refreshTokenIfExpired(int $installationId): ?string {}

        protected function dispatchIngestion(
            string $projectKey,
            string $relativePath,
            string $disk,
            string $title,
            array $metadata,
            string $mimeType,
            string $tenantId,
        ): void {}

        protected function resolveProjectKey(\Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation $installation): string {}

        /** @return array{relative: string, absolute: string, disk: string} */
        protected function resolveKbSourcePath(string $relativePath): array {}

        protected function maybeRedactContent(string $content): string {}

        protected function emitAudit(
            string $eventType,
            ?int $installationId = null,
            ?array $metadata = null,
        ): void {}

        protected function softDeleteByMetadataKey(
            \Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation $installation,
            string $metadataKey,
            string $remoteId,
        ): bool {}

        protected function issueOAuthState(int $installationId): string {}

        protected function consumeOAuthState(int $installationId, #[\SensitiveParameter] string $token): bool {}

        protected function loadInstallation(int $installationId): \Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation {}

        private function stateCacheKey(int $installationId, #[\SensitiveParameter] string $token): string {}
    }
}
