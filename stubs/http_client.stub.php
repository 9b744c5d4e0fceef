<?php

/** @generate-class-entries */

namespace AskMyDocs\Connector\Http {

    /**
     * Atlassian Cloud REST client on libcurl: bearer auth, retries with
     * Retry-After/backoff, connection reuse across PHP requests, and
     * concurrent `_links.next` walks. The token is kept in C only.
     * @not-serializable
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
        public function __construct(string $baseUrl, #[\SensitiveParameter] string $token, array $options = []) {}

        /** Resolves a `_links.next` (or any path) against the base URL. */
        public function resolve(string $link): string {}

        /** One GET, retried per the policy; transport failures throw ConnectorApiException. */
        public function get(string $urlOrPath): Response {}

        /** Walks one listing: keys 0..n, one batch of rows per page. */
        public function walk(string $start, int $maxPages = 100): PageWalk {}

        /**
         * Walks several listings at once under the concurrency cap; the key of
         * each batch is the key of its start URL, batches of one listing in order.
         */
        public function walkMany(array $starts, int $maxPages = 100): PageWalk {}

        /** @return array<string, int> */
        public function stats(): array {}
    }

    /**
     * The subset of Illuminate\Http\Client\Response that connectors use.
     * @not-serializable
     */
    final class Response
    {
        private function __construct() {}

        public function status(): int {}

        public function successful(): bool {}

        public function failed(): bool {}

        public function body(): string {}

        public function json(?string $key = null, mixed $default = null): mixed {}

        public function header(string $header): string {}

        /** @return array<string, list<string>> */
        public function headers(): array {}

        public function effectiveUri(): string {}

        /** The negotiated HTTP version, spelt as PSR-7 does: "1.0", "1.1", "2" or "3". */
        public function protocolVersion(): string {}
    }
}
