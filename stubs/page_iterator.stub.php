<?php

/** @generate-class-entries */

namespace AskMyDocs\Connector\Pagination {

    /**
     * Iterator returned by AtlassianPaginator::walkLazy(): keys 0..n, one batch
     * (list of rows) per page. Like a generator it cannot be rewound once it
     * moved past its first batch, nor be resumed while it is running (from a
     * destructor of its own rows, say).
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

namespace AskMyDocs\Connector\Http {

    /**
     * Iterator over batches of one or more walks (AtlassianClient::walk/walkMany);
     * the same iterator as LazyPageIterator, over native transfers.
     * @not-serializable
     * @implements \Iterator<array-key, list<array<string, mixed>>>
     */
    final class PageWalk implements \Iterator
    {
        private function __construct() {}

        /** @implementation-alias AskMyDocs\Connector\Pagination\LazyPageIterator::current */
        public function current(): ?array {}

        /** @implementation-alias AskMyDocs\Connector\Pagination\LazyPageIterator::key */
        public function key(): mixed {}

        /** @implementation-alias AskMyDocs\Connector\Pagination\LazyPageIterator::next */
        public function next(): void {}

        /** @implementation-alias AskMyDocs\Connector\Pagination\LazyPageIterator::rewind */
        public function rewind(): void {}

        /** @implementation-alias AskMyDocs\Connector\Pagination\LazyPageIterator::valid */
        public function valid(): bool {}
    }
}
