<?php

declare(strict_types=1);

namespace AskMyDocs\Examples\Confluence;

use Carbon\Carbon;

/** Tokens from Atlassian's token endpoint. */
final class TokenGrant
{
    public function __construct(
        #[\SensitiveParameter] public readonly string $accessToken,
        #[\SensitiveParameter] public readonly ?string $refreshToken,
        public readonly ?Carbon $expiresAt,
        public readonly string $tokenType,
        public readonly string $scope,
    ) {}

    /** @param array<mixed> $payload */
    public static function fromPayload(array $payload): self
    {
        $expiresIn = $payload['expires_in'] ?? null;

        return new self(
            accessToken: (string) $payload['access_token'],
            refreshToken: is_string($payload['refresh_token'] ?? null) ? $payload['refresh_token'] : null,
            expiresAt: is_numeric($expiresIn) ? Carbon::now()->addSeconds((int) $expiresIn) : null,
            tokenType: is_string($payload['token_type'] ?? null) ? $payload['token_type'] : 'Bearer',
            scope: is_string($payload['scope'] ?? null) ? $payload['scope'] : '',
        );
    }

    /** @return array<string, string> */
    public function __debugInfo(): array
    {
        return ['tokenType' => $this->tokenType, 'scope' => $this->scope];
    }
}
