<?php

/** @generate-class-entries */

namespace Padosoft\AskMyDocsConnectorBase\Exceptions;

/** 401/403 and OAuth failures: the job stops retrying. */
class ConnectorAuthException extends \RuntimeException {}

/** Non-auth upstream failures: the job retries with backoff. */
class ConnectorApiException extends \RuntimeException {}

/** A paginator reached maxPages while the upstream still had a next page. */
class ConnectorPaginationLimitException extends \RuntimeException
{
    public readonly int $maxPages;

    /** @var list<array<string, mixed>> always empty, kept for compatibility */
    public readonly array $partialResults;

    public function __construct(int $maxPages, array $partialResults = [], ?\Throwable $previous = null) {}
}

/** A connector FQCN or registry config is invalid at boot. */
class RegistryConfigurationException extends \RuntimeException {}
