<?php

/** @generate-class-entries */

namespace Padosoft\AskMyDocsConnectorConfluence\Confluence {

    /** Confluence storage format (XHTML with ac:/ri: macros) to markdown. */
    final class ConfluenceStorageToMarkdown
    {
        public function convert(string $storage): string {}
    }
}

namespace AskMyDocs\Connector\Confluence {

    /**
     * The same conversion as ConfluenceStorageToMarkdown::convert(), reporting
     * how the page was parsed: tools (bin/confluence2md) warn about pages that
     * are not well-formed XML, whose Confluence macros the HTML fallback loses.
     */
    final class StorageConverter
    {
        private function __construct() {}

        /**
         * @phpstan-param array{parser: 'none'|'fast'|'xml'|'html', well_formed: bool}|null $report
         * @phpstan-param-out array{parser: 'none'|'fast'|'xml'|'html', well_formed: bool} $report
         */
        public static function convert(string $storage, ?array &$report = null): string {}
    }
}
