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
