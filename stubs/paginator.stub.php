<?php

/** @generate-class-entries */

namespace Padosoft\AskMyDocsConnectorConfluence\Confluence {

    /** Walks Atlassian Cloud's `_links.next` pagination. */
    final class AtlassianPaginator
    {
        /** @return list<array<string, mixed>> */
        public function walk(\Closure $fetch, int $maxPages = 100): array {}

        /**
         * Lazy: nothing is fetched before the first iteration, then one page per step.
         * Returns an \AskMyDocs\Connector\Pagination\LazyPageIterator (a native Iterator,
         * not a Generator).
         * @return \Iterator<int, list<array<string, mixed>>>
         */
        public function walkLazy(\Closure $fetch, int $maxPages = 100): \Iterator {}
    }
}

namespace AskMyDocs\Connector\Pagination {

    /**
     * Iterator returned by AtlassianPaginator::walkLazy(): keys 0..n, one batch
     * (list of rows) per page. Like a generator it cannot be rewound once it
     * moved past its first batch.
     * @not-serializable
     * @implements \Iterator<int, list<array<string, mixed>>>
     */
    final class LazyPageIterator implements \Iterator
    {
        private function __construct() {}

        public function current(): ?array {}

        public function key(): ?int {}

        public function next(): void {}

        public function rewind(): void {}

        public function valid(): bool {}
    }
}
