<?php

/** @generate-class-entries */

namespace Padosoft\AskMyDocsConnectorBase\Auth {

    /** Encrypted-at-rest OAuth credentials, scoped to the active tenant. */
    class OAuthCredentialVault
    {
        private readonly \Padosoft\AskMyDocsConnectorBase\Support\TenantContext $tenantContext;

        public function __construct(\Padosoft\AskMyDocsConnectorBase\Support\TenantContext $tenantContext) {}

        public function getAccessToken(int $installationId): ?string {}

        public function getRefreshToken(int $installationId): ?string {}

        public function getCredentialRow(int $installationId): ?\Padosoft\AskMyDocsConnectorBase\Models\ConnectorCredential {}

        /** @return array<string, mixed> */
        public function getExtra(int $installationId): array {}

        public function getExtraKey(int $installationId, string $key): mixed {}

        public function setExtraKey(int $installationId, string $key, #[\SensitiveParameter] mixed $value): void {}

        public function setCredentials(
            int $installationId,
            #[\SensitiveParameter] string $accessToken,
            #[\SensitiveParameter] ?string $refreshToken = null,
            ?\Carbon\Carbon $expiresAt = null,
            #[\SensitiveParameter] array $extra = [],
        ): void {}

        public function clearCredentials(int $installationId): int {}

        private function findInstallation(int $installationId): ?\Padosoft\AskMyDocsConnectorBase\Models\ConnectorInstallation {}

        private function findCredential(int $installationId): ?\Padosoft\AskMyDocsConnectorBase\Models\ConnectorCredential {}
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
        private function __construct() {}

        public static function encryptString(string $cipher, #[\SensitiveParameter] string $key, #[\SensitiveParameter] string $value): string {}

        /* $keys: the current key first, then previous keys. */
        public static function decryptString(string $cipher, #[\SensitiveParameter] array $keys, string $payload): string {}

        public static function appEncryptString(#[\SensitiveParameter] string $value): string {}

        public static function appDecryptString(string $payload): string {}
    }
}
